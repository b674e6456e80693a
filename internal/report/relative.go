package report

import (
	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/rules"
)

// Relative names the files of ds and sources as users typed or would type
// them: relative to dir (the working directory) when they lie under it,
// absolute otherwise. lint names every file absolutely; this is the one
// place a name becomes relative, just before it is shown. ds is changed in
// place; the sources come back keyed by the new names.
func Relative(dir string, ds []rules.Diagnostic, sources map[string][]byte) map[string][]byte {
	abs, err := paths.Absolute(dir)
	if err != nil {
		return sources
	}
	rel := func(name string) string {
		if r, ok := paths.Rel(abs, name); ok {
			return r
		}
		return name
	}
	renamed := make(map[string][]byte, len(sources))
	for name, src := range sources {
		renamed[rel(name)] = src
	}
	for i := range ds {
		ds[i].RenameFiles(rel)
	}
	return renamed
}
