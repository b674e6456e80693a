// Package baseline lets a team turn schemalint on over a schema that
// already has findings: the findings of today are recorded in a file, and
// a check reports only what is not in it. A finding is matched by what it
// is about (rule, file, subject: the message without line numbers), the
// identity SARIF fingerprints use, so a finding that only moved lines is
// not new. Entries that no longer occur are reported as fixed, so the
// file can only shrink.
package baseline

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/schemalint/schemalint/rules"
)

// FileName is the baseline's default name, beside schemalint.hcl.
const FileName = "schemalint-baseline.json"

// Entry is one recorded finding; Count is how many identical ones there
// were (two findings on one model with the same message).
type Entry struct {
	Rule    string `json:"rule"`
	File    string `json:"file"`
	Message string `json:"message"`
	Count   int    `json:"count,omitempty"`
}

func (e Entry) key() Entry { e.Count = 0; return e }

// File is the baseline file's content.
type File struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// version is the format written; a newer one is refused.
const version = 1

// PathFunc names a finding's file as the baseline records it: relative
// to the repository, with forward slashes, so that the file means the
// same on every machine.
type PathFunc func(file string) string

// Record builds the baseline of ds: one entry per identity, sorted.
func Record(ds []rules.Diagnostic, path PathFunc) *File {
	counts := map[Entry]int{}
	for _, d := range ds {
		counts[entryOf(d, path)]++
	}
	f := &File{Version: version, Findings: []Entry{}}
	for e, n := range counts {
		if n > 1 {
			e.Count = n
		}
		f.Findings = append(f.Findings, e)
	}
	sort.Slice(f.Findings, func(i, j int) bool {
		a, b := f.Findings[i], f.Findings[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
	return f
}

func entryOf(d rules.Diagnostic, path PathFunc) Entry {
	return Entry{Rule: d.Rule, File: path(d.Range.File), Message: d.Subject()}
}

// Marshal is the file's bytes: indented, one field a line, stable, so that
// its diff in a pull request reads as the findings fixed.
func (f *File) Marshal() []byte {
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		panic(err) // plain strings and ints always marshal
	}
	return append(b, '\n')
}

// Parse reads a baseline file; name is for messages.
func Parse(name string, b []byte) (*File, error) {
	var f File
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: not a schemalint baseline (%v); write it again with schemalint baseline", name, err)
	}
	switch {
	case f.Version == 0:
		return nil, fmt.Errorf("%s: no version; write it again with schemalint baseline", name)
	case f.Version > version:
		return nil, fmt.Errorf("%s: version %d is newer than this schemalint reads (%d); upgrade schemalint", name, f.Version, version)
	}
	for i, e := range f.Findings {
		if e.Rule == "" || e.File == "" || e.Message == "" || e.Count < 0 {
			return nil, fmt.Errorf("%s: finding %d needs a rule, a file and a message; write it again with schemalint baseline", name, i+1)
		}
	}
	return &f, nil
}

// Split divides ds into the findings the baseline does not hold (new) and
// those it does (known), and returns the entries that matched nothing:
// findings fixed since the baseline was written.
func (f *File) Split(ds []rules.Diagnostic, path PathFunc) (fresh, known []rules.Diagnostic, fixed []Entry) {
	left := map[Entry]int{}
	for _, e := range f.Findings {
		left[e.key()] += max(e.Count, 1)
	}
	for _, d := range ds {
		k := entryOf(d, path)
		if left[k] > 0 {
			left[k]--
			known = append(known, d)
			continue
		}
		fresh = append(fresh, d)
	}
	for _, e := range f.Findings {
		if n := left[e.key()]; n > 0 {
			e.Count = 0
			if n > 1 {
				e.Count = n
			}
			fixed = append(fixed, e)
			left[e.key()] = 0
		}
	}
	return fresh, known, fixed
}
