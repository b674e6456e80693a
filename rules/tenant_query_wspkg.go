package rules

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/schemalint/schemalint/internal/paths"
)

// workspacePackages are the packages of a monorepo as TypeScript sees
// them once the workspace is linked: `import { getDoc } from
// "@team/docs/get"` names the package whose package.json says
// `"name": "@team/docs"`, wherever it lies in the repository. Only the
// package.json files met while listing the code are known; their text
// comes from the repository reader, each file read once in the run (the
// owners of the code may have read it), and is decoded the first time a
// proof asks for a package (a run whose proofs follow no bare import
// decodes none).
// A name two folders declare, a package.json that cannot be read (its name
// could be any), or a node_modules folder up the importing file's tree
// holding something else under that name: no package.
type workspacePackages struct {
	root string
	// files are the package.json files by path, with their text (nil:
	// unreadable).
	files func() map[string][]byte
	// index is decoded once, on first use.
	index func() *packageIndex
}

// packageIndex is the decoded package.json files of the repository.
type packageIndex struct {
	// byName are the folders declaring each name.
	byName map[string][]string
	// manifests are the package.json files, by folder.
	manifests map[string]*packageManifest
}

// packageManifest is what resolution needs of one package.json.
type packageManifest struct {
	name string
	// exports is nil when the field is absent.
	exports *orderedJSON
	// entry is `typings`, else `types`, else `main`, as TypeScript reads
	// them; empty when none.
	entry string
	// typesVersions and tsconfig say those fields are present: their
	// redirections are not followed.
	typesVersions, tsconfig bool
}

// maxPackageJSONSize is the largest package.json read: far above real ones.
const maxPackageJSONSize = 1 << 20

func newWorkspacePackages(root string, files func() map[string][]byte) *workspacePackages {
	w := &workspacePackages{root: root, files: files}
	w.index = sync.OnceValue(w.decode)
	return w
}

// decode reads every package.json; nil when one cannot be read or
// understood: it could declare any name.
func (w *workspacePackages) decode() *packageIndex {
	x := &packageIndex{byName: map[string][]string{}, manifests: map[string]*packageManifest{}}
	for p, src := range w.files() {
		dir := filepath.Dir(paths.Abs(p))
		if _, inside := paths.Rel(w.root, dir); !inside || underModules(w.root, dir) {
			continue
		}
		m := decodeManifest(src)
		if m == nil {
			return nil
		}
		x.manifests[dir] = m
		if m.name != "" {
			x.byName[m.name] = append(x.byName[m.name], dir)
		}
	}
	return x
}

// decodeManifest is what a package.json says; nil when it cannot be
// read or understood.
func decodeManifest(src []byte) *packageManifest {
	if src == nil || len(src) > maxPackageJSONSize {
		return nil
	}
	var raw struct {
		Name          *string         `json:"name"`
		Exports       json.RawMessage `json:"exports"`
		Types         *string         `json:"types"`
		Typings       *string         `json:"typings"`
		Main          *string         `json:"main"`
		TypesVersions json.RawMessage `json:"typesVersions"`
		TSConfig      json.RawMessage `json:"tsconfig"`
	}
	if json.Unmarshal(src, &raw) != nil {
		return nil
	}
	m := &packageManifest{typesVersions: raw.TypesVersions != nil, tsconfig: raw.TSConfig != nil}
	if raw.Name != nil {
		m.name = *raw.Name
	}
	if raw.Exports != nil {
		if m.exports = decodeOrdered(raw.Exports); m.exports == nil {
			return nil
		}
	}
	for _, f := range []*string{raw.Typings, raw.Types, raw.Main} {
		if f != nil {
			m.entry = *f
			break
		}
	}
	return m
}

// named is the one folder of the repository declaring the package name,
// and its manifest, when TypeScript looking from the folder from would
// find it: no node_modules up from's tree holds another package by that
// name.
func (w *workspacePackages) named(name, from string) (string, *packageManifest) {
	if w == nil {
		return "", nil
	}
	x := w.index()
	if x == nil || len(x.byName[name]) != 1 {
		return "", nil
	}
	dirs := x.byName[name]
	dir := dirs[0]
	for d := from; ; d = filepath.Dir(d) {
		link := filepath.Join(d, "node_modules", filepath.FromSlash(name))
		if info, err := os.Lstat(link); err == nil || !os.IsNotExist(err) {
			// The workspace linked: a link to the package itself.
			if err != nil || info.Mode()&os.ModeSymlink == 0 {
				return "", nil
			}
			real, err1 := filepath.EvalSymlinks(link)
			want, err2 := filepath.EvalSymlinks(dir)
			if err1 != nil || err2 != nil || real != want {
				return "", nil
			}
			break
		}
		if _, inside := paths.Rel(w.root, d); !inside || d == w.root || filepath.Dir(d) == d {
			break
		}
	}
	return dir, x.manifests[dir]
}

// config is the file an `extends` naming a package (`"@team/tsconfig/base.json"`)
// reads from the config in folder from: a `.json` file the package holds,
// or its tsconfig.json for the package alone. A package with `exports`
// (resolved for configs with conditions the rule does not model), a
// `tsconfig` field, or a subpath without `.json`: none.
func (w *workspacePackages) config(from, spec string) string {
	name, sub, ok := splitPackageSpec(spec)
	if !ok {
		return ""
	}
	dir, m := w.named(name, from)
	if m == nil || m.exports != nil {
		return ""
	}
	var file string
	switch {
	case sub == "." && !m.tsconfig:
		file = filepath.Join(dir, "tsconfig.json")
	case sub != "." && strings.HasSuffix(sub, ".json"):
		file = filepath.Join(dir, filepath.FromSlash(sub))
	default:
		return ""
	}
	if rel, inside := paths.Rel(dir, file); !inside || rel == "." || underModules(dir, file) {
		return ""
	}
	return file
}

// splitPackageSpec splits a bare specifier into a package name
// (`@scope/name` or `name`) and the subpath, `.` or `./rest`.
func splitPackageSpec(spec string) (name, sub string, ok bool) {
	if spec == "" || strings.HasPrefix(spec, ".") || strings.HasPrefix(spec, "/") || strings.HasPrefix(spec, "node:") || strings.ContainsAny(spec, "\\?#:\x00") {
		return "", "", false
	}
	parts := strings.SplitN(spec, "/", 3)
	n := 1
	if strings.HasPrefix(spec, "@") {
		n = 2
	}
	if len(parts) < n {
		return "", "", false
	}
	for _, p := range parts[:n] {
		if p == "" || p == "@" {
			return "", "", false
		}
	}
	name = strings.Join(parts[:n], "/")
	rest := strings.TrimPrefix(spec[len(name):], "/")
	if spec[len(name):] == "/" || strings.Contains("/"+rest+"/", "/../") || strings.Contains("/"+rest+"/", "/./") || strings.Contains(rest, "//") {
		return "", "", false
	}
	if rest == "" {
		return name, ".", true
	}
	return name, "./" + rest, true
}

// resolvePackage is the file of the code a bare specifier names from the
// file at from, as TypeScript resolves it through the repository's
// linked workspace (cfg governs from, nil when no tsconfig does):
//   - the package's `exports`: the exact subpath, else the starred key
//     with the longest prefix; in a conditions object the first key, in
//     the object's own order, that is `types`, `import`, `default` or a
//     customCondition (moduleResolution bundler: TypeScript's conditions
//     are a set, the object's order decides). Under node16 or nodenext
//     the conditions are `types`, `node` and `import` or `require` as
//     the importing file is an ES module or not, which the rule does not
//     decide: an entry is taken only when it names no other condition
//     (node may be started with more, and knows no customCondition) and
//     every condition it names gives the one target (types the
//     compiler's, the others node's). Without a config, only an entry that
//     names one target under every condition, with `default` at each
//     level, is taken; moduleResolution node10 or classic reads no
//     exports: no proof;
//   - else, for a subpath, the file under the package's folder; for the
//     package alone, `types`/`typings`, else `main`, else its index file;
//   - a target that is no file of the code is taken as its source only
//     when the package's own tsconfig.json sets rootDir and outDir and the
//     target lies in outDir (dist/x.js, dist/x.d.ts: rootDir/x.ts).
//
// A target tried that names a file on disk the rule does not read stops
// resolution, as TypeScript would take that file.
func (x *helperIndex) resolvePackage(from, spec string, cfg *tsconfig) (string, bool) {
	if x.configs == nil || x.configs.packages == nil || cfg != nil && cfg.unknown {
		return "", false
	}
	// modes are the sets of conditions the importer may resolve under;
	// one nil set: every condition must agree.
	modes := []map[string]bool{nil}
	nodeModes := false
	if cfg != nil {
		switch cfg.moduleResolution {
		case "bundler":
			modes = []map[string]bool{withConditions(cfg, "types", "import")}
		case "node16", "nodenext":
			modes = []map[string]bool{nodeImport, nodeRequire}
			nodeModes = true
		default:
			return "", false
		}
	}
	name, sub, ok := splitPackageSpec(spec)
	if !ok {
		return "", false
	}
	absFrom, err := filepath.Abs(from)
	if err != nil {
		return "", false
	}
	dir, m := x.configs.packages.named(name, filepath.Dir(absFrom))
	if m == nil {
		return "", false
	}
	var targets []string
	switch {
	case m.exports != nil:
		if nodeModes {
			// Node takes further conditions from its command line, and
			// a customCondition or types is TypeScript's alone: an
			// entry naming any other condition is not known to resolve
			// alike for the compiler and at run time.
			entry, _, ok := exportEntry(m.exports, sub)
			if !ok || !onlyConditions(entry, nodeConditions) {
				return "", false
			}
		}
		for i, conds := range modes {
			got, ok := exportTargets(m.exports, sub, conds)
			if !ok || i > 0 && !slices.Equal(got, targets) {
				return "", false
			}
			targets = got
		}
		if nodeModes && slices.ContainsFunc(targets, func(t string) bool { return t != targets[0] }) {
			// Under types the compiler takes one file, at run time
			// node another: only one file for every condition.
			return "", false
		}
	case m.typesVersions:
		return "", false
	case sub != ".":
		return x.packageFile(from, dir, filepath.Join(dir, filepath.FromSlash(sub)), true)
	case m.entry != "":
		targets = []string{m.entry}
	default:
		return x.packageFile(from, dir, filepath.Join(dir, "index"), true)
	}
	for _, t := range targets {
		abs := filepath.Join(dir, filepath.FromSlash(t))
		if rel, inside := paths.Rel(dir, abs); !inside || rel == "." || underModules(dir, abs) {
			return "", false
		}
		if m.exports != nil && filepath.Ext(abs) == "" {
			// An export names a file, extension included: which one
			// an extensionless target gives is not modelled.
			return "", false
		}
		if got, ok := x.packageFile(from, dir, abs, false); ok {
			return got, true
		}
		if anyExists(abs) {
			return "", false
		}
	}
	return "", false
}

// nodeImport and nodeRequire are the conditions TypeScript resolves a
// package's exports under with moduleResolution node16 or nodenext, for an
// importer that is an ES module or not; nodeConditions are both. The
// customConditions are left out: node itself does not know them.
var (
	nodeImport     = map[string]bool{"types": true, "node": true, "import": true}
	nodeRequire    = map[string]bool{"types": true, "node": true, "require": true}
	nodeConditions = map[string]bool{"types": true, "node": true, "import": true, "require": true}
)

// withConditions is the set of the conditions named and the
// customConditions of cfg.
func withConditions(cfg *tsconfig, named ...string) map[string]bool {
	conds := map[string]bool{}
	for _, c := range append(named, cfg.conditions...) {
		conds[c] = true
	}
	return conds
}

// packageFile is the file of the code target, a path in the package at
// dir, names: itself, with the extensions TypeScript tries, or (not for
// a subpath the importer wrote, folder) the source its package's tsconfig
// builds it from.
func (x *helperIndex) packageFile(from, dir, target string, folder bool) (string, bool) {
	if got, ok := x.resolveFile(codeName(from, target), target); ok {
		if !folder && filepath.Dir(got) == codeName(from, target) {
			return "", false
		}
		return got, true
	}
	if folder {
		return "", false
	}
	own := filepath.Join(dir, "tsconfig.json")
	if info, err := os.Lstat(own); err != nil || !info.Mode().IsRegular() {
		return "", false
	}
	cfg := x.configs.file(own)
	if cfg == nil || cfg.rootDir == "" || cfg.outDir == "" {
		return "", false
	}
	rel, inside := paths.Rel(cfg.outDir, target)
	if !inside || rel == "." {
		return "", false
	}
	var sources []string
	for _, m := range []struct{ built, source string }{
		{".d.ts", ".ts"}, {".d.mts", ".mts"}, {".d.cts", ".cts"}, {".js", ".ts"}, {".mjs", ".mts"}, {".cjs", ".cts"},
	} {
		if strings.HasSuffix(rel, m.built) {
			base := filepath.Join(cfg.rootDir, strings.TrimSuffix(rel, m.built))
			sources = []string{base + m.source}
			if m.source == ".ts" {
				sources = append(sources, base+".tsx")
			}
			break
		}
	}
	var names []string
	for _, s := range sources {
		if _, inside := paths.Rel(dir, s); !inside {
			return "", false
		}
		names = append(names, codeName(from, s))
	}
	return x.oneOf(names)
}

// codeName is the absolute path p named as the code's paths are: relative
// to the working folder when from is.
func codeName(from, p string) string {
	if filepath.IsAbs(from) {
		return p
	}
	cwd, err := filepath.Abs(".")
	if err != nil {
		return ""
	}
	rel, err := filepath.Rel(cwd, p)
	if err != nil {
		return ""
	}
	return rel
}

// underModules reports whether p lies in a node_modules folder below dir.
func underModules(dir, p string) bool {
	rel, _ := paths.Rel(dir, p)
	return strings.Contains("/"+filepath.ToSlash(rel)+"/", "/node_modules/")
}

// exportTargets are the targets, in the order TypeScript tries them, that
// a package's exports give the subpath sub; false when the subpath is not
// exported, or resolution stops (a null, a target not starting with
// `./`, a versioned types key).
func exportTargets(exports *orderedJSON, sub string, conds map[string]bool) ([]string, bool) {
	entry, star, ok := exportEntry(exports, sub)
	if !ok {
		return nil, false
	}
	targets, ok := conditionTargets(entry, star, conds)
	if !ok || len(targets) == 0 {
		return nil, false
	}
	if conds == nil {
		for _, t := range targets[1:] {
			if t != targets[0] {
				return nil, false
			}
		}
		targets = targets[:1]
	}
	return targets, true
}

// exportEntry is the value a package's exports give the subpath sub, and
// what its starred key's `*` matched; false when the subpath is not
// exported or resolution stops.
func exportEntry(exports *orderedJSON, sub string) (*orderedJSON, string, bool) {
	entry, star := exports, ""
	if exports.kind == 'o' && len(exports.keys) > 0 {
		dots := 0
		for _, k := range exports.keys {
			if strings.HasPrefix(k, ".") {
				dots++
			}
		}
		switch {
		case dots == 0:
			// Conditions for the package alone.
			if sub != "." {
				return nil, "", false
			}
		case dots != len(exports.keys):
			return nil, "", false
		default:
			entry = nil
			best := ""
			for i, k := range exports.keys {
				if k == sub && !strings.Contains(k, "*") {
					entry, star, best = exports.vals[i], "", ""
					break
				}
				if strings.HasSuffix(k, "/") && strings.HasPrefix(sub, k) {
					// A folder mapping, deprecated: not modelled.
					return nil, "", false
				}
				prefix, suffix, ok := strings.Cut(k, "*")
				if !ok || strings.Contains(suffix, "*") || len(sub) < len(k) || !strings.HasPrefix(sub, prefix) || !strings.HasSuffix(sub, suffix) {
					continue
				}
				if bp, _, _ := strings.Cut(best, "*"); best == "" || len(prefix) > len(bp) || len(prefix) == len(bp) && len(k) > len(best) {
					best, entry, star = k, exports.vals[i], sub[len(prefix):len(sub)-len(suffix)]
				}
			}
			if entry == nil {
				return nil, "", false
			}
		}
	} else if sub != "." {
		return nil, "", false
	}
	return entry, star, true
}

// onlyConditions reports whether every key of v's conditions objects,
// nested ones too, is `default` or one conds holds.
func onlyConditions(v *orderedJSON, conds map[string]bool) bool {
	for i, e := range v.vals {
		if v.kind == 'o' && v.keys[i] != "default" && !conds[v.keys[i]] || !onlyConditions(e, conds) {
			return false
		}
	}
	return true
}

// conditionTargets are the targets of v with star put for each `*`: in
// a conditions object, those of the keys conds holds and `default`, in
// the object's order; every key's when conds is nil, which then needs a
// `default` key.
func conditionTargets(v *orderedJSON, star string, conds map[string]bool) ([]string, bool) {
	switch v.kind {
	case 's':
		t := v.str
		if !strings.HasPrefix(t, "./") {
			return nil, false
		}
		t = strings.ReplaceAll(t, "*", star)
		for _, seg := range strings.Split(t, "/")[1:] {
			if seg == ".." || seg == "." || seg == "node_modules" || seg == "" {
				return nil, false
			}
		}
		return []string{t}, true
	case 'a':
		var out []string
		for _, e := range v.vals {
			ts, ok := conditionTargets(e, star, conds)
			if !ok {
				return nil, false
			}
			out = append(out, ts...)
		}
		return out, true
	case 'o':
		var out []string
		hasDefault := false
		for i, k := range v.keys {
			if strings.HasPrefix(k, "types@") || strings.HasPrefix(k, ".") {
				return nil, false
			}
			hasDefault = hasDefault || k == "default"
			if conds != nil && !conds[k] && k != "default" {
				continue
			}
			ts, ok := conditionTargets(v.vals[i], star, conds)
			if !ok {
				return nil, false
			}
			out = append(out, ts...)
		}
		if conds == nil && !hasDefault {
			return nil, false
		}
		return out, true
	}
	return nil, false
}

// orderedJSON is a JSON value whose objects keep their keys' order, which
// decides among export conditions.
type orderedJSON struct {
	kind byte // 's' string, 'o' object, 'a' array, 'x' anything else (null too)
	str  string
	keys []string
	vals []*orderedJSON
}

// decodeOrdered reads src; nil when it is not JSON.
func decodeOrdered(src []byte) *orderedJSON {
	dec := json.NewDecoder(bytes.NewReader(src))
	v, err := readOrdered(dec, 0)
	if err != nil {
		return nil
	}
	if _, err := dec.Token(); err == nil {
		return nil
	}
	return v
}

// maxExportsDepth bounds the nesting of an exports field read.
const maxExportsDepth = 32

func readOrdered(dec *json.Decoder, depth int) (*orderedJSON, error) {
	if depth > maxExportsDepth {
		return nil, errTooDeep
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case string:
		return &orderedJSON{kind: 's', str: t}, nil
	case json.Delim:
		v := &orderedJSON{kind: 'a'}
		if t == '{' {
			v.kind = 'o'
		}
		for dec.More() {
			at := -1
			if v.kind == 'o' {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				// Node and TypeScript read package.json as JSON.parse
				// does: a key given twice keeps its first place and
				// its last value.
				if at = slices.Index(v.keys, k.(string)); at < 0 {
					v.keys = append(v.keys, k.(string))
				}
			}
			e, err := readOrdered(dec, depth+1)
			if err != nil {
				return nil, err
			}
			if at >= 0 {
				v.vals[at] = e
				continue
			}
			v.vals = append(v.vals, e)
		}
		if _, err := dec.Token(); err != nil {
			return nil, err
		}
		return v, nil
	}
	return &orderedJSON{kind: 'x'}, nil
}

var errTooDeep = errors.New("exports nested too deep")
