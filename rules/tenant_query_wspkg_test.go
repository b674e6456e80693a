package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/tsquery"
)

// A bare import resolves to a workspace package's file as TypeScript
// would with the workspace linked, and to nothing whenever the answer
// depends on what the rule does not model: a condition order it cannot
// know, a null or escaping target, a node_modules folder holding another
// package, a package.json it cannot read.
func TestWorkspacePackages(t *testing.T) {
	root := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(root, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	}
	write("packages/a/package.json", `{
  "name": "@x/a",
  "exports": {
    ".": "./src/index.ts",
    "./s/*": "./src/*.ts",
    "./s/d*": "./src/two.ts",
    "./null": null,
    "./up": "./../b/src/x.ts",
    "./arr": ["./src/one.ts"],
    "./cond": { "custom": "./src/two.ts", "default": "./src/one.ts" },
    "./same": { "node": "./src/one.ts", "default": "./src/one.ts" },
    "./nodefault": { "import": "./src/one.ts" },
    "./both": { "import": "./src/one.ts", "require": "./src/one.ts" },
    "./split": { "import": "./src/one.ts", "require": "./src/two.ts" },
    "./typed": { "types": "./src/two.ts", "import": "./src/one.ts", "require": "./src/one.ts" },
    "./bare": "./src/one"
  }
}`)
	write("packages/cfg/package.json", `{ "name": "@x/cfg" }`)
	write("packages/m/package.json", `{ "name": "@x/m", "main": "./src" }`)
	write("packages/cfg/tsconfig.json", `{}`)
	write("packages/cfg/base.json", `{}`)
	var code []tsquery.File
	for _, p := range []string{"packages/a/src/index.ts", "packages/a/src/one.ts", "packages/a/src/two.ts", "packages/a/src/deep/x.ts", "packages/a/src/deep.ts", "packages/b/src/x.ts", "packages/m/src/index.ts"} {
		write(p, "")
		code = append(code, tsquery.File{Path: filepath.Join(root, filepath.FromSlash(p))})
	}
	write("bundler/tsconfig.json", `{ "compilerOptions": { "moduleResolution": "Bundler", "customConditions": ["custom"] } }`)
	write("node10/tsconfig.json", `{ "compilerOptions": { "moduleResolution": "node" } }`)
	write("nodenext/tsconfig.json", `{ "compilerOptions": { "moduleResolution": "NodeNext" } }`)
	write("nodecustom/tsconfig.json", `{ "compilerOptions": { "moduleResolution": "NodeNext", "customConditions": ["custom"] } }`)
	require.NoError(t, os.MkdirAll(filepath.Join(root, "linked/node_modules/@x"), 0o755))
	require.NoError(t, os.Symlink(filepath.Join(root, "packages/a"), filepath.Join(root, "linked/node_modules/@x/a")))
	write("installed/node_modules/@x/a/package.json", `{ "name": "@x/a" }`)
	packages := []string{"packages/a/package.json", "packages/cfg/package.json", "packages/m/package.json", "installed/node_modules/@x/a/package.json"}
	for i, p := range packages {
		packages[i] = filepath.Join(root, filepath.FromSlash(p))
	}
	texts := func(list []string) func() map[string][]byte {
		return func() map[string][]byte {
			out := map[string][]byte{}
			for _, p := range list {
				out[p], _ = os.ReadFile(p)
			}
			return out
		}
	}
	index := func(list []string) *helperIndex {
		x := newHelperIndex(code, nil)
		x.configs = newTSConfigs(root, os.ReadFile)
		x.configs.packages = newWorkspacePackages(root, texts(list))
		return x
	}
	x := index(packages)
	got := func(from, spec string) string {
		p, ok := x.resolve(filepath.Join(root, filepath.FromSlash(from), "main.ts"), spec)
		if !ok {
			return ""
		}
		rel, _ := filepath.Rel(root, p)
		return filepath.ToSlash(rel)
	}
	for _, c := range []struct{ from, spec, want string }{
		{"bundler", "@x/a", "packages/a/src/index.ts"},
		{"bundler", "@x/a/s/one", "packages/a/src/one.ts"},
		{"bundler", "@x/a/s/deep/x", "packages/a/src/two.ts"}, // the longest prefix
		{"bundler", "@x/a/arr", "packages/a/src/one.ts"},
		{"bundler", "@x/a/cond", "packages/a/src/two.ts"}, // a customCondition, first in the object
		{"bundler", "@x/a/null", ""},
		{"bundler", "@x/a/up", ""},
		{"bundler", "@x/a/src/one", ""}, // not exported
		{"bundler", "@x/a/nodefault", "packages/a/src/one.ts"},
		{"bundler", "@x/a/bare", ""},  // no extension
		{"bundler", "@x/m", ""},       // main names a folder
		{"bundler", "@x/cfg", ""},     // no file
		{"nodenext", "@x/a/cond", ""}, // conditions differ
		{"nodenext", "@x/a/same", "packages/a/src/one.ts"},
		{"nodenext", "@x/a/nodefault", ""},                 // some resolver may match no key
		{"nodenext", "@x/a/both", "packages/a/src/one.ts"}, // an ES module or not, one target
		{"nodenext", "@x/a/split", ""},                     // an ES module or not decides
		{"", "@x/a/both", ""},                              // no config: no default
		{"nodenext", "@x/a/typed", ""},                     // the compiler's file is not node's
		{"nodecustom", "@x/a/cond", ""},                    // node knows no customCondition
		{"node10", "@x/a", ""},                             // exports not read
		{"", "@x/a/s/one", "packages/a/src/one.ts"},        // no config: one target under every condition
		{"linked", "@x/a/s/one", "packages/a/src/one.ts"},
		{"installed", "@x/a/s/one", ""},
		{"bundler", "lodash", ""},
		{"bundler", "node:fs", ""},
	} {
		require.Equal(t, c.want, got(c.from, c.spec), "%s from %s", c.spec, c.from)
	}

	// A package.json that cannot be read could declare any name.
	write("packages/broken/package.json", `{ "name": `)
	x = index(append(packages, filepath.Join(root, "packages/broken/package.json")))
	require.Equal(t, "", got("bundler", "@x/a"))

	// An extends naming a package: a .json file it holds, or its
	// tsconfig.json; nothing for a package with exports.
	w := newWorkspacePackages(root, texts(packages))
	require.Equal(t, filepath.Join(root, "packages/cfg/tsconfig.json"), w.config(root, "@x/cfg"))
	require.Equal(t, filepath.Join(root, "packages/cfg/base.json"), w.config(root, "@x/cfg/base.json"))
	require.Equal(t, "", w.config(root, "@x/cfg/base"))
	require.Equal(t, "", w.config(root, "@x/a/tsconfig.json"))
	require.Equal(t, "", w.config(root, "@x/cfg/../a/tsconfig.json"))
}
