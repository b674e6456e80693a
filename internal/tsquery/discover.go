// Package tsquery finds the Prisma client calls of an application: it lists
// the TypeScript and JavaScript files of a repository, parses them in
// parallel, and spots `<receiver>.<delegate>.<operation>(<args>)` calls.
package tsquery

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// skippedDirs are folders that hold no code of the application: installed
// packages (Yarn's own release, plugins, cache and editor SDKs live in
// .yarn, committed: cal.com's 2.2 MB yarn-3.4.1.cjs), build output and
// version control.
var skippedDirs = map[string]bool{
	"node_modules": true,
	".yarn":        true,
	"dist":         true,
	"build":        true,
	".next":        true,
	"out":          true,
	".git":         true,
}

// pnpFiles are the resolver Yarn Plug'n'Play writes at the repository's
// root: installed packages' map, not the application's code.
var pnpFiles = map[string]bool{".pnp.cjs": true, ".pnp.js": true, ".pnp.loader.mjs": true}

// testDirs hold tests, seeds and data migrations: code that never serves
// a tenant's request; a test's lookups by id are its point, a seed fills
// every tenant's rows, and a migration rewrites them, on purpose.
var testDirs = map[string]bool{
	"migration":  true,
	"migrations": true,
	// llamaworkspace's one-off backfills.
	"data_migrations": true,
	"data-migrations": true,
	"seed":            true,
	"seeds":           true,
	"__tests__":       true,
	"__mocks__":       true,
	"test":            true,
	"tests":           true,
	"e2e":             true,
	"playwright":      true,
	// Helpers and factories only tests call (zoonk's _test-utils,
	// Ballerine's test-utils): they make rows of any tenant on purpose.
	"test-utils":   true,
	"_test-utils":  true,
	"test_utils":   true,
	"testutils":    true,
	"__fixtures__": true,
}

// testFile spots test and seed files by name: a.test.ts, a.spec.tsx,
// NestJS's app.e2e-spec.ts, a.integration-test.ts, seed.ts.
var testFile = lazyregexp.New(`\.(test|spec|e2e|e2e-spec|integration-test)\.[cm]?[jt]sx?$|^seed\.[cm]?[jt]s$`)

// Scope says which files Discover lists.
type Scope struct {
	// Paths are globs relative to the root (slash-separated); empty means
	// every source file.
	Paths []string
	// Exclude are globs relative to the root of files to leave out.
	Exclude []string
	// Skip are absolute folders to leave out: generated Prisma clients.
	Skip []string
	// Read reads a file of the repository (a .gitignore).
	Read func(string) ([]byte, error)
	// Matched, when set, is told of each glob of Paths that selects a file
	// and of Exclude that leaves one out, once per file.
	Matched func(glob string)
	// Landmark, when set, is told of every package.json and .prisma file
	// in the folders walked, whatever Paths and Exclude say: they tell
	// which schema's client a file can import.
	Landmark func(path string)
}

// Discover lists, sorted, the TypeScript and JavaScript files under root
// that scope selects, leaving out installed packages, build output,
// generated clients, tests and seeds, and what .gitignore files ignore.
func Discover(root string, scope Scope) ([]string, error) {
	skip := map[string]bool{}
	for _, s := range scope.Skip {
		skip[filepath.Clean(s)] = true
	}
	named := namedTestDirs(scope.Paths)
	var out []string
	ignores := map[string][]ignoreRule{} // by folder, relative to root
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			// A folder that vanished or cannot be listed while walking is
			// reported by the caller's reads, not here.
			if errors.Is(err, fs.ErrPermission) || errors.Is(err, fs.ErrNotExist) {
				return fs.SkipDir
			}
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if p != root && (skippedDirs[d.Name()] || testDirs[d.Name()] && !named[d.Name()] || skip[filepath.Clean(p)] || ignored(ignores, rel, true)) {
				return fs.SkipDir
			}
			if scope.Read != nil {
				if rules := readIgnore(scope.Read, filepath.Join(p, ".gitignore")); len(rules) > 0 {
					ignores[rel] = rules
				}
			}
			return nil
		}
		if scope.Landmark != nil && d.Type().IsRegular() && (d.Name() == "package.json" || strings.HasSuffix(d.Name(), ".prisma")) && !ignored(ignores, rel, false) {
			scope.Landmark(p)
		}
		if !d.Type().IsRegular() || !tsparse.Supported(p) || strings.HasSuffix(p, ".d.ts") || testFile.MatchString(d.Name()) || pnpFiles[d.Name()] || ignored(ignores, rel, false) {
			return nil
		}
		if len(scope.Paths) > 0 && !matchAll(pathsFor(scope.Paths, rel), rel, scope.Matched) {
			return nil
		}
		if matchAll(scope.Exclude, rel, scope.Matched) {
			return nil
		}
		out = append(out, p)
		return nil
	})
	sort.Strings(out)
	return out, err
}

// namedTestDirs are the folders of testDirs that a glob of paths names
// as one of its segments (`src/controllers/migration/**`): left out by
// default, they are read when the configuration asks for them by name.
func namedTestDirs(paths []string) map[string]bool {
	named := map[string]bool{}
	for _, g := range paths {
		for _, seg := range strings.Split(g, "/") {
			if testDirs[seg] {
				named[seg] = true
			}
		}
	}
	return named
}

// pathsFor are the globs of paths that may select the file at rel: for a
// file inside a test, seed or migration folder, only those naming every
// such folder of its path (`src/**` does not read `src/migration/x.ts`;
// `src/migration/**` does).
func pathsFor(paths []string, rel string) []string {
	dirs := strings.Split(rel, "/")
	dirs = dirs[:len(dirs)-1]
	var inside []string
	for _, d := range dirs {
		if testDirs[d] {
			inside = append(inside, d)
		}
	}
	if len(inside) == 0 {
		return paths
	}
	var out []string
	for _, g := range paths {
		segs := strings.Split(g, "/")
		if !slices.ContainsFunc(inside, func(d string) bool { return !slices.Contains(segs, d) }) {
			out = append(out, g)
		}
	}
	return out
}

// matchAll reports whether a glob of globs matches rel, telling matched
// (when set) of every one that does.
func matchAll(globs []string, rel string, matched func(string)) bool {
	hit := false
	for _, g := range globs {
		if ok, _ := doublestar.Match(strings.TrimPrefix(g, "./"), rel); ok {
			if matched == nil {
				return true
			}
			hit = true
			matched(g)
		}
	}
	return hit
}

// ignoreRule is one line of a .gitignore.
type ignoreRule struct {
	pattern  string
	negate   bool
	dirOnly  bool
	anchored bool // holds a slash: relative to the .gitignore's folder
}

func readIgnore(read func(string) ([]byte, error), p string) []ignoreRule {
	if _, err := os.Lstat(p); err != nil {
		return nil
	}
	src, err := read(p)
	if err != nil {
		// An unreadable .gitignore ignores nothing: more files are read,
		// none is silently left out.
		return nil
	}
	var out []ignoreRule
	for _, line := range strings.Split(string(src), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimRight(line, " ")
		var r ignoreRule
		if strings.HasPrefix(line, "!") {
			r.negate, line = true, line[1:]
		}
		if strings.HasSuffix(line, "/") {
			r.dirOnly, line = true, strings.TrimSuffix(line, "/")
		}
		r.anchored = strings.Contains(line, "/")
		r.pattern = strings.TrimPrefix(line, "/")
		if r.pattern != "" {
			out = append(out, r)
		}
	}
	return out
}

// ignored applies the .gitignore files of rel's folders, outermost first;
// a later matching line wins, as in git.
func ignored(ignores map[string][]ignoreRule, rel string, isDir bool) bool {
	if len(ignores) == 0 {
		return false
	}
	result := false
	dir := path.Dir(rel)
	var chain []string
	for d := dir; ; d = path.Dir(d) {
		chain = append(chain, d)
		if d == "." || d == "/" {
			break
		}
	}
	for i := len(chain) - 1; i >= 0; i-- {
		base := chain[i]
		rules := ignores[base]
		if len(rules) == 0 {
			continue
		}
		sub := rel
		if base != "." {
			sub = strings.TrimPrefix(rel, base+"/")
		}
		for _, r := range rules {
			if r.dirOnly && !isDir {
				continue
			}
			var ok bool
			if r.anchored {
				ok, _ = doublestar.Match(r.pattern, sub)
			} else {
				ok, _ = doublestar.Match(r.pattern, path.Base(sub))
			}
			if ok {
				result = !r.negate
			}
		}
	}
	return result
}
