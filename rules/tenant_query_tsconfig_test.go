package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/tsquery"
)

// Aliases resolve only to files of the code inside the repository,
// through configs the rule can read: comments and trailing commas are
// tsconfig's, an extends loop, a package's config or one outside the
// repository resolve nothing.
func TestTSConfigAliases(t *testing.T) {
	top := t.TempDir()
	root := filepath.Join(top, "repo")
	write := func(name, text string) {
		p := filepath.Join(top, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	}
	write("repo/tsconfig.json", `{
  // comments and trailing commas, as tsconfig allows
  "compilerOptions": { "baseUrl": "./src", /* paths relative to it */ "paths": { "@/*": ["./*",], "~up/*": ["../../outside/*"], }, },
}`)
	write("outside/get.ts", "")
	write("repo/loop/tsconfig.json", `{ "extends": "./b", "compilerOptions": { "paths": { "@/*": ["../src/*"] } } }`)
	write("repo/loop/b.json", `{ "extends": "./tsconfig.json" }`)
	write("repo/pkg/tsconfig.json", `{ "extends": "@team/tsconfig/base.json", "compilerOptions": { "paths": { "@/*": ["../src/*"] } } }`)
	write("repo/escape/tsconfig.json", `{ "extends": "../../outside/tsconfig.json", "compilerOptions": { "paths": { "@/*": ["../src/*"] } } }`)
	write("outside/tsconfig.json", `{}`)
	write("repo/deep/tsconfig.json", `{ "extends": "./tsconfig.1.json" }`)
	for i := 1; i <= maxExtends+1; i++ {
		write("repo/deep/tsconfig."+string(rune('0'+i))+".json", `{ "extends": "./tsconfig.`+string(rune('0'+i+1))+`.json" }`)
	}
	write("repo/deep/tsconfig."+string(rune('0'+maxExtends+2))+".json", `{ "compilerOptions": { "paths": { "@/*": ["../src/*"] } } }`)
	write("repo/shallow/tsconfig.json", `{ "extends": "../deep/tsconfig.9.json" }`)
	code := []tsquery.File{}
	for _, p := range []string{"src/lib/get.ts", "src/a.ts", "loop/a.ts", "pkg/a.ts", "escape/a.ts", "deep/a.ts", "shallow/a.ts"} {
		code = append(code, tsquery.File{Path: filepath.Join(root, filepath.FromSlash(p))})
	}
	x := newHelperIndex(code, nil)
	x.configs = newTSConfigs(root, os.ReadFile)
	got := func(from, spec string) string {
		p, ok := x.resolve(filepath.Join(root, filepath.FromSlash(from)), spec)
		if !ok {
			return ""
		}
		rel, _ := filepath.Rel(root, p)
		return filepath.ToSlash(rel)
	}
	require.Equal(t, "src/lib/get.ts", got("src/a.ts", "@/lib/get"))
	require.Equal(t, "src/lib/get.ts", got("src/a.ts", "lib/get"), "baseUrl")
	require.Equal(t, "", got("src/a.ts", "~up/get"), "outside the repository")
	require.Equal(t, "", got("src/a.ts", "lodash"))
	require.Equal(t, "", got("loop/a.ts", "@/lib/get"), "extends loop")
	require.Equal(t, "", got("pkg/a.ts", "@/lib/get"), "a package's config")
	require.Equal(t, "", got("escape/a.ts", "@/lib/get"), "a config outside the repository")
	require.Equal(t, "", got("deep/a.ts", "@/lib/get"), "extends deeper than the bound")
	require.Equal(t, "src/lib/get.ts", got("shallow/a.ts", "@/lib/get"), "the same chain's end, within the bound")
}
