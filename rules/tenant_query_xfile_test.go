package rules

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/tsquery"
)

// The index resolves a specifier only to a file of the code it was given:
// one that climbs out of the repository, a package or a path alias, or
// one naming two files, resolves to nothing.
func TestHelperIndexResolve(t *testing.T) {
	root := filepath.FromSlash("/repo")
	file := func(p string) tsquery.File { return tsquery.File{Path: filepath.Join(root, filepath.FromSlash(p))} }
	x := newHelperIndex([]tsquery.File{
		file("src/a.ts"), file("src/lib/get.ts"), file("src/lib/esm.ts"), file("src/dir/index.ts"),
		file("src/two.ts"), file("src/two/index.ts"),
	}, nil)
	from := filepath.Join(root, "src", "a.ts")
	for spec, want := range map[string]string{
		"./lib/get":             "src/lib/get.ts",
		"./lib/get.ts":          "src/lib/get.ts",
		"./lib/esm.js":          "src/lib/esm.ts",
		"./dir":                 "src/dir/index.ts",
		"../src/lib/get":        "src/lib/get.ts",
		"./two":                 "", // src/two.ts and src/two/index.ts
		"../../outside/lib/get": "",
		"@/lib/get":             "",
		"lib/get":               "",
		"./lib/get?raw":         "",
	} {
		got, ok := x.resolve(from, spec)
		if want == "" {
			require.False(t, ok, "%s resolved to %s", spec, got)
			continue
		}
		require.True(t, ok, spec)
		require.Equal(t, filepath.Join(root, filepath.FromSlash(want)), got, spec)
	}
}
