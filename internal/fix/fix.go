// Package fix applies the mechanical fixes rules attach to their findings,
// byte for byte: every byte outside an edit stays as it was, and files are
// replaced atomically.
package fix

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/schemalint/schemalint/rules"
)

// Change is what fixing one file does.
type Change struct {
	File string
	Old  []byte
	New  []byte
	// Applied are the fixes made, in file order; Skipped overlap one of
	// them and wait for the next run.
	Applied []*rules.Diagnostic
	Skipped []*rules.Diagnostic
}

// Plan computes, for each file that a diagnostic's fix edits, its new
// content. source returns a file's current content (nil when the file does
// not exist yet: then only insertions at offset 0 apply). A fix is applied
// whole or not at all; one that overlaps an earlier fix (in diagnostic
// order) is skipped; the same edit offered by two findings is made once.
func Plan(diags []rules.Diagnostic, source func(file string) []byte) ([]*Change, error) {
	type pending struct {
		diag  *rules.Diagnostic
		edits []rules.Edit
	}
	byFile := map[string][]pending{}
	var files []string
	for i := range diags {
		d := &diags[i]
		if d.Fix == nil || len(d.Fix.Edits) == 0 {
			continue
		}
		// Fixes editing several files are split per file but kept whole
		// through the overlap check below, per file.
		per := map[string][]rules.Edit{}
		for _, e := range d.Fix.Edits {
			per[e.File] = append(per[e.File], e)
		}
		for f, edits := range per {
			if _, ok := byFile[f]; !ok {
				files = append(files, f)
			}
			byFile[f] = append(byFile[f], pending{d, edits})
		}
	}
	sort.Strings(files)
	var out []*Change
	for _, f := range files {
		src := source(f)
		ch := &Change{File: f, Old: src}
		var accepted []rules.Edit
		for _, p := range byFile[f] {
			if err := checkBounds(f, src, p.edits); err != nil {
				return nil, err
			}
			fresh, ok := merge(accepted, p.edits)
			if !ok {
				ch.Skipped = append(ch.Skipped, p.diag)
				continue
			}
			accepted = append(accepted, fresh...)
			ch.Applied = append(ch.Applied, p.diag)
		}
		ch.New = Apply(src, accepted)
		if !bytes.Equal(ch.New, src) {
			out = append(out, ch)
		}
	}
	return out, nil
}

func checkBounds(file string, src []byte, edits []rules.Edit) error {
	for _, e := range edits {
		if e.Start < 0 || e.End < e.Start || e.End > len(src) {
			return fmt.Errorf("%s: a fix edits bytes %d-%d of a %d-byte file; the file changed since it was read", file, e.Start, e.End, len(src))
		}
	}
	return nil
}

// merge returns the edits of next not already in accepted, or false when
// one of them overlaps an accepted edit. Two insertions at one offset
// overlap: their order would be a guess.
func merge(accepted, next []rules.Edit) ([]rules.Edit, bool) {
	var fresh []rules.Edit
	for _, e := range next {
		dup := false
		for _, a := range accepted {
			if a == e {
				dup = true
				break
			}
			if e.Start < a.End && a.Start < e.End || e.Start == a.Start {
				return nil, false
			}
		}
		if !dup {
			fresh = append(fresh, e)
		}
	}
	return fresh, true
}

// Apply replaces each edit's bytes of src with its text. The edits must
// not overlap.
func Apply(src []byte, edits []rules.Edit) []byte {
	sorted := append([]rules.Edit(nil), edits...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	var b bytes.Buffer
	at := 0
	for _, e := range sorted {
		b.Write(src[at:e.Start])
		b.WriteString(e.NewText)
		at = e.End
	}
	b.Write(src[at:])
	return b.Bytes()
}

// WriteFile replaces path with data through a temporary file in the same
// folder and a rename, so that a reader never sees half a file. It keeps
// an existing file's permissions (new files get 0644) and creates missing
// parent folders. Errors name path, never the temporary file.
func WriteFile(path string, data []byte) error {
	return WriteFiles([]File{{Path: path, Data: data}})
}

// File is one file to write.
type File struct {
	Path string
	Data []byte
}

// WriteFiles writes several files all or nothing, as far as a file system
// allows: every temporary file is written and synced first, and only then
// renamed over its target, so a full disk or a read-only folder leaves
// every target as it was.
func WriteFiles(files []File) error {
	staged := make([]string, 0, len(files))
	defer func() {
		for _, tmp := range staged {
			os.Remove(tmp) // gone already once renamed
		}
	}()
	for _, f := range files {
		tmp, err := stage(f.Path, f.Data)
		if err != nil {
			return fmt.Errorf("cannot write %s: %v", f.Path, reason(err))
		}
		staged = append(staged, tmp)
	}
	for i, f := range files {
		if err := os.Rename(staged[i], f.Path); err != nil {
			return fmt.Errorf("cannot write %s: %v", f.Path, reason(err))
		}
	}
	return nil
}

// stage writes data to a new temporary file beside path, with the mode
// path has (0644 for a new file), and returns its name.
func stage(path string, data []byte) (string, error) {
	mode := os.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		if info.IsDir() {
			return "", errors.New("it is a folder")
		}
		mode = info.Mode().Perm()
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return "", err
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(mode)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// reason is a system error without the path it names, which may be the
// temporary file's.
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
