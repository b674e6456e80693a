package lint

import (
	"sort"

	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/rules"
)

// The last stage: findings named absolutely, in a stable order, each once.
// report.Relative names files as the user would when they are shown, and
// the CLI sorts again by those names.

// absolute names every file of res absolutely, as the Result promises: a
// root given relatively is read under a relative name. Each name is
// resolved once, against the working directory asked for once: the
// operating system answers filepath.Abs's question with two stats.
func absolute(res *Result) {
	seen := map[string]string{}
	wd := paths.Abser()
	abs := func(name string) string {
		a, ok := seen[name]
		if !ok {
			a = wd(name)
			seen[name] = a
		}
		return a
	}
	sources := make(map[string][]byte, len(res.Sources))
	for name, src := range res.Sources {
		sources[abs(name)] = src
	}
	res.Sources = sources
	for i := range res.Diagnostics {
		res.Diagnostics[i].RenameFiles(abs)
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
