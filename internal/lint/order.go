package lint

import (
	"path/filepath"
	"sort"

	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/rules"
)

// The last stage: findings named as the user would name their files, in
// the order check prints them, each once.

// relativize names files relative to the working directory, as users typed
// or would type them, when they lie under it.
func relativize(res *Result, dir string) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return
	}
	// Findings name a handful of files; each is resolved once, since
	// filepath.Abs asks the operating system for the working directory.
	seen := map[string]string{}
	rel := func(name string) string {
		if r, ok := seen[name]; ok {
			return r
		}
		r := name
		if x, ok := paths.Rel(abs, paths.Abs(name)); ok {
			r = x
		}
		seen[name] = r
		return r
	}
	sources := map[string][]byte{}
	for name, src := range res.Sources {
		sources[rel(name)] = src
	}
	res.Sources = sources
	for i := range res.Diagnostics {
		d := &res.Diagnostics[i]
		d.Range.File = rel(d.Range.File)
		for j := range d.Related {
			d.Related[j].Range.File = rel(d.Related[j].Range.File)
		}
		if d.Fix != nil {
			for j := range d.Fix.Edits {
				d.Fix.Edits[j].File = rel(d.Fix.Edits[j].File)
			}
		}
	}
}

// Sort orders findings as check prints them: by file, line, column, rule
// and message.
func Sort(ds []rules.Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Range.File != b.Range.File {
			return a.Range.File < b.Range.File
		}
		if a.Range.Start.Line != b.Range.Start.Line {
			return a.Range.Start.Line < b.Range.Start.Line
		}
		if a.Range.Start.Col != b.Range.Start.Col {
			return a.Range.Start.Col < b.Range.Start.Col
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
}

// dedupe drops repeated findings, keeping the first: a file that several
// schema roots read (a configured SQL glob they share, overlapping paths)
// is judged once per root, with the same verdict when what it reads is the
// same.
func dedupe(ds []rules.Diagnostic) []rules.Diagnostic {
	type key struct {
		rule     string
		severity severity.Severity
		rng      prisma.Range
		message  string
	}
	seen := map[key]bool{}
	out := ds[:0]
	for _, d := range ds {
		k := key{d.Rule, d.Severity, d.Range, d.Message}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, d)
	}
	return out
}
