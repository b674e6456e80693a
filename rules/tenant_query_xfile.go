package rules

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// helperIndex finds, for the proofs that read a helper function of the
// judged file (helperRowCompared, helperVerified, helperTenantRow), the
// helper when the file imports it from another file of the application:
// `import { getDoc } from "../docs/get-doc"`, then `await getDoc(id,
// teamId)`. Files of the code the rule was given are read from the text
// already read for it; when none is the one imported, a file of the
// repository left out only because it is not judged (a data migration, a
// test, an excluded file: Pass.Unjudged) is read for its helpers, never
// judged. Each is parsed once, the first time a proof asks for it: a file
// no proof asks for is never parsed. It is safe
// for concurrent use; Close frees the trees.
//
// What it resolves, and nothing else (no proof otherwise):
//   - a named import (`import { f }`, `import { g as f }`) from a relative
//     specifier, resolved as TypeScript does with the extensions and index
//     files of the grammar, to exactly one file of the code; a path
//     alias of a tsconfig, a package name, a default or namespace import
//     are not followed;
//   - in that file, an `export function f`, an `export const f = (…) =>
//     …` or `function (…)`, a local `export { h as f }` of one of those, or
//     an `export class X` whose static method is called (`X.m(…)`);
//   - re-exports, `export { f } from "./other"`, and barrels' `export *
//     from "./other"` when exactly one of a barrel's modules exports the
//     name (starProvider), a few files deep;
//   - a file tree-sitter read with errors proves nothing, unless its
//     only errors are what the grammar puts in a raw call's type
//     argument (onlyMisreadTags).
//
// The helper is read with the judged file's proof and nothing more: a
// helper that calls a function it imports itself is not read further.
type helperIndex struct {
	files map[string][]byte
	calls func(*tsparse.Tree) []tsquery.Call

	// parsed are the files parsed, by path (nil: not parsed cleanly).
	parsed onceEach[string, *helperFile]
	// wrappers are the pass-through functions read (passThroughOf).
	wrappers onceEach[string, wrapperVerdict]
	// configs resolve path aliases (resolveAlias); nil resolves none.
	configs *tsconfigs
	// unjudged reads a file of the repository the code left out only
	// because it is not judged (Pass.Unjudged), when no file of the code
	// is the one imported; nil reads none. Such a file is read for its
	// helpers only: its queries are never judged nor reported.
	unjudged func(path string) ([]byte, bool)
	// extra are the files unjudged read, by path (nil: not readable).
	extra onceEach[string, []byte]
	// replaceable is what every file says of the ways a method may be
	// replaced (readReplaceables), read on first use.
	replaceable func() *replaceables
	// namedElsewhere memoises a search of every file: a private method
	// named in another file (namedInOtherFile), by file, class and name.
	namedElsewhere onceEach[[3]string, bool]
	// memberSetElsewhere memoises a search of every file but one, by that
	// file and a field name: whether another file sets a member of that
	// name on an object (sameOwnField).
	memberSetElsewhere onceEach[[2]string, bool]
	// classHandedOn memoises, by class name, whether some file uses the
	// class as a value it may extend unseen (classHandedOn).
	handedOn onceEach[string, bool]
	// builtOrHanded memoises classBuiltOrHanded, by class name.
	builtOrHanded onceEach[string, bool]
	// setOnOther memoises memberSetOnOther, by member name.
	setOnOther onceEach[string, bool]
	// starExports memoises exports, by file, name and depth: barrels that
	// share modules are searched once each.
	starExports onceEach[starExport, bool]
	// mayReexport memoises mayReexport, by file: whether a module whose
	// text does not spell a name may still export it.
	mayReexport onceEach[string, bool]
	// delegate tells a model's client property (`customer` of
	// `prisma.customer.findFirst`): a helper's queries on an imported
	// client are read, not unread code (callsImportedSo).
	delegate func(string) bool
	// prims are the model field types that are primitives (inertValue).
	prims primitiveTypes
}

// starExport is the question exports answers (mayExport's when loose).
type starExport struct {
	path, name string
	depth      int
	loose      bool
}

// helperFile is one parsed file of the index.
type helperFile struct {
	// mu is held while a proof reads tree: reading memoises in it.
	mu    sync.Mutex
	tree  *tsparse.Tree
	calls []tsquery.Call
}

// maxReexportHops is how many re-exports (`export { f } from`, or the
// `export * from` of a barrel) a name is followed through.
const maxReexportHops = 4

func newHelperIndex(code []tsquery.File, calls func(*tsparse.Tree) []tsquery.Call) *helperIndex {
	x := &helperIndex{files: make(map[string][]byte, len(code)), calls: calls}
	for _, f := range code {
		x.files[filepath.Clean(f.Path)] = f.Src
	}
	x.replaceable = sync.OnceValue(func() *replaceables { return readReplaceables(x.files) })
	return x
}

// Close frees the trees parsed.
func (x *helperIndex) Close() {
	if x == nil {
		return
	}
	x.parsed.each(func(f *helperFile) {
		if f == nil {
			return
		}
		f.mu.Lock()
		f.tree.Close()
		f.tree = nil
		f.mu.Unlock()
	})
}

// file is the parsed file at path, parsed on first use; nil when it is not
// one of the code's files or could not be read without errors.
func (x *helperIndex) file(path string) *helperFile {
	src, ok := x.src(path)
	if !ok {
		return nil
	}
	f := x.parsed.get(path, func() *helperFile {
		tree, err := tsparse.Parse(path, src)
		if err != nil {
			return nil
		}
		if tree.Root().HasError() && !onlyMisreadTags(tree) {
			tree.Close()
			return nil
		}
		return &helperFile{tree: tree, calls: x.calls(tree)}
	})
	if f == nil || f.tree == nil {
		return nil
	}
	return f
}

// resolve is the file of the code a relative specifier imported in the
// file from names: the one file among what TypeScript would try, the
// specifier as written, with each extension of the grammar, or its folder's
// index file; a `.js` specifier names its `.ts` source too. Anything else
// (a package, an alias, two candidates) resolves to nothing. Only names
// of the code are looked up: nothing outside the repository is read.
func (x *helperIndex) resolve(from, spec string) (string, bool) {
	if spec != "." && spec != ".." && !strings.HasPrefix(spec, "./") && !strings.HasPrefix(spec, "../") {
		return x.resolveAlias(from, spec)
	}
	if strings.ContainsAny(spec, "\\?#\x00") {
		return "", false
	}
	return x.resolveFile(filepath.Join(filepath.Dir(from), filepath.FromSlash(spec)), spec)
}

// resolveFile is the one file of the code among the names TypeScript
// tries for base, the path spec names; a folder's index file only when
// the folder has no package.json.
func (x *helperIndex) resolveFile(base, spec string) (string, bool) {
	found, ok := x.oneOf(candidateNames(base, filepath.Ext(spec)))
	if !ok {
		return "", false
	}
	if found != "" && filepath.Dir(found) == base {
		// TypeScript reads a folder's package.json (types, main) before
		// its index file.
		if _, err := os.Lstat(filepath.Join(base, "package.json")); err == nil || !os.IsNotExist(err) {
			return "", false
		}
	}
	return found, found != ""
}

// src is the text of the file at path: one of the code's, or else one
// unjudged reads.
func (x *helperIndex) src(path string) ([]byte, bool) {
	if src, ok := x.files[path]; ok {
		return src, true
	}
	if x.unjudged == nil {
		return nil, false
	}
	src := x.extra.get(path, func() []byte {
		src, ok := x.unjudged(path)
		if !ok {
			return nil
		}
		if src == nil {
			src = []byte{}
		}
		return src
	})
	return src, src != nil
}

// oneOf is the one file among candidates: of the code's files, or, when
// none is, of the files unjudged reads; two are nothing.
func (x *helperIndex) oneOf(candidates []string) (string, bool) {
	for _, code := range []bool{true, false} {
		if !code && x.unjudged == nil {
			break
		}
		found := ""
		for _, c := range candidates {
			ok := false
			if code {
				_, ok = x.files[c]
			} else {
				_, ok = x.src(c)
			}
			if ok {
				if found != "" {
					return "", false
				}
				found = c
			}
		}
		if found != "" {
			return found, true
		}
	}
	return "", false
}

// candidateNames are the files TypeScript tries for base, a path written
// with the extension ext: the path itself, with each extension of the
// grammar, or its folder's index file; a `.js` name names its `.ts`
// source too.
func candidateNames(base, ext string) []string {
	switch ext {
	case ".ts", ".tsx", ".mts", ".cts":
		return []string{base}
	case ".js", ".jsx":
		trimmed := strings.TrimSuffix(base, ext)
		return []string{base, trimmed + ".ts", trimmed + ".tsx"}
	case ".mjs":
		return []string{base, strings.TrimSuffix(base, ext) + ".mts"}
	case ".cjs":
		return []string{base, strings.TrimSuffix(base, ext) + ".cts"}
	}
	var candidates []string
	for _, e := range []string{".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"} {
		candidates = append(candidates, base+e)
	}
	for _, e := range []string{".ts", ".tsx", ".js", ".jsx"} {
		candidates = append(candidates, filepath.Join(base, "index"+e))
	}
	return candidates
}

// imported runs test on the helper call calls when its file imports it:
// `f(…)` of an imported function, `X.m(…)` of a static method of an
// imported class (see helperIndex). test reads fn with hq, a copy of q
// that knows the helper file's calls and reads no further file; it runs
// holding the helper file, so no other proof reads that tree meanwhile.
func (x *helperIndex) imported(q *queryCheck, call tsparse.Node, test func(fn tsparse.Node, hq *queryCheck) bool) bool {
	return x.importedCalling(q, call, false, test)
}

// importedCalling is imported; with callingImports, a helper that calls
// what its own file imports is read too, for a proof that asks of the
// helper only what those calls are not handed (a response built with
// `NextResponse.json(…)`, the session from `getServerSession()`).
func (x *helperIndex) importedCalling(q *queryCheck, call tsparse.Node, callingImports bool, test func(fn tsparse.Node, hq *queryCheck) bool) bool {
	if x == nil || call.Kind() != "call_expression" {
		return false
	}
	local, member := "", ""
	switch callee := call.Field("function"); callee.Kind() {
	case "identifier":
		local = callee.Text()
	case "member_expression":
		obj, prop := callee.Field("object"), callee.Field("property")
		if obj.Kind() != "identifier" || prop.Kind() != "property_identifier" {
			return false
		}
		local, member = obj.Text(), prop.Text()
	default:
		return false
	}
	root := call.Tree().Root()
	name, spec := importOf(call, local)
	if spec == "" || name == "default" && member == "" || name == "*" || bindings(root, local) != 1 {
		return false
	}
	if member != "" && assignsMember(root, local, member) {
		return false
	}
	path, ok := x.resolve(filepath.Clean(call.Tree().Path), spec)
	if !ok {
		return false
	}
	for hop := 0; ; hop++ {
		f := x.file(path)
		if f == nil {
			return false
		}
		var decl tsparse.Node
		var next, nextName string
		func() {
			// Unlocked on a panic too (judgedSafely goes on with the
			// file's other calls, which may read this one).
			f.mu.Lock()
			defer f.mu.Unlock()
			decl, next, nextName = exportedAs(f.tree, name)
		}()
		if decl.Valid() {
			f.mu.Lock()
			defer f.mu.Unlock()
			fn := decl
			if member != "" {
				if decl.Kind() != "class_declaration" || assignsMember(f.tree.Root(), decl.Field("name").Text(), member) {
					return false
				}
				fn = staticMethod(decl, member)
			} else if decl.Kind() == "class_declaration" {
				return false
			}
			if !fn.Valid() || !callingImports && x.callsImported(fn) {
				return false
			}
			hq := *q
			hq.helpers, hq.helperTree, hq.helperCalls, hq.wrappers = nil, f.tree, f.calls, x
			return test(fn, &hq)
		}
		if hop >= maxReexportHops {
			return false
		}
		if next == "" {
			// Only `export * from` lines may give it: the one module
			// among them that exports the name (a barrel's).
			if path = x.starProvider(path, name, 0); path == "" {
				return false
			}
			continue
		}
		if path, ok = x.resolve(path, next); !ok {
			return false
		}
		name = nextName
	}
}

// maxStarModules is how many modules one barrel's `export * from` lines
// are searched through for a name, and maxStarDepth how many barrels deep.
// A package's server entry may re-export well over a hundred modules; each
// module is parsed once and its answer per name memoised.
const (
	maxStarModules = 256
	maxStarDepth   = 3
)

// starProvider is the file, among those the module at path re-exports
// whole (`export * from "./x"`, not `export * as ns`), that exports name
// itself, by a named re-export, or through its own such lines; "" unless
// exactly one does (TypeScript leaves out a name two of them export),
// or when the module names it itself, or searching would go past the
// bounds above.
func (x *helperIndex) starProvider(path, name string, depth int) string {
	f := x.file(path)
	if f == nil || depth >= maxStarDepth {
		return ""
	}
	specs, named := f.starLines(name)
	if name == "default" || named || len(specs) == 0 || len(specs) > maxStarModules {
		return ""
	}
	provider := ""
	for _, spec := range specs {
		p, ok := x.resolve(path, spec)
		if !ok {
			// A module not read may export the name too.
			return ""
		}
		if !x.mayExport(p, name, depth+1) {
			continue
		}
		if provider != "" && provider != p {
			return ""
		}
		provider = p
	}
	if provider == "" || !x.exports(provider, name, depth+1) {
		return ""
	}
	return provider
}

// mayExport reports whether the module at path may export name: a
// module the index cannot read, one with an export statement naming it
// (`export let`, a local `export { f }` of an import, which exports does
// not follow), or one whose `export *` lines may bring it, past the
// bounds too. A barrel's module exporting the name in a way exports
// cannot read still makes the name ambiguous: starProvider must not take
// another module for the only one.
func (x *helperIndex) mayExport(path, name string, depth int) bool {
	return x.starExports.get(starExport{path, name, depth, true}, func() bool {
		if src, ok := x.src(path); ok && !bytes.Contains(src, []byte(name)) && !x.mayReexport.get(path, func() bool { return mayReexport(src) }) {
			// Not parsed: most modules of a large barrel are ruled
			// out by their text.
			return false
		}
		f := x.file(path)
		if f == nil {
			return true
		}
		specs, named := f.starLines(name)
		switch {
		case named:
			return true
		case len(specs) == 0:
			return false
		case depth >= maxStarDepth || len(specs) > maxStarModules:
			return true
		}
		return slices.ContainsFunc(specs, func(spec string) bool {
			p, ok := x.resolve(path, spec)
			return !ok || x.mayExport(p, name, depth+1)
		})
	})
}

// exportStar matches where an `export * from` may start: `export`, then
// JavaScript's white space, then the star or a comment's slash.
var exportStar = lazyregexp.New(`export[\s\p{Zs}\x{FEFF}\x{2028}\x{2029}\v]*[*/]`)

// mayReexport reports whether a module of text src may export a name
// its text does not spell: it holds an escape that may spell it, or may
// hold an `export * from` line, or it is not UTF-8 text (TypeScript reads
// a file in UTF-16 with its byte order mark, whose bytes spell no name
// the search looks for).
func mayReexport(src []byte) bool {
	return !utf8.Valid(src) || bytes.IndexByte(src, 0) >= 0 || bytes.IndexByte(src, '\\') >= 0 || exportStar.Match(src)
}

// exports reports whether the module at path exports name: declared,
// re-exported by name, or through one of its `export *` lines.
func (x *helperIndex) exports(path, name string, depth int) bool {
	return x.starExports.get(starExport{path, name, depth, false}, func() bool { return x.exportsNow(path, name, depth) })
}

// exportsNow is exports, not memoised.
func (x *helperIndex) exportsNow(path, name string, depth int) bool {
	f := x.file(path)
	if f == nil {
		return false
	}
	var decl tsparse.Node
	var next string
	func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		decl, next, _ = exportedAs(f.tree, name)
	}()
	return decl.Valid() || next != "" || x.starProvider(path, name, depth) != ""
}

// namesExport reports whether an export statement of tree other than an
// `export * from` names name: a module's own export of a name hides the
// ones its `export *` lines bring, whatever exportedAs made of it. The
// statement is read after its escapes (`export const assert\u0043ustomer`
// names assertCustomer); one whose escapes do not read may name anything.
func namesExport(tree *tsparse.Tree, name string) bool {
	word := wordRegexp(name)
	return slices.ContainsFunc(namedNoComments(tree.Root()), func(st tsparse.Node) bool {
		if st.Kind() != "export_statement" || hasChild(st, "*") && !hasChild(st, "namespace_export") {
			return false
		}
		text := st.Text()
		if !strings.Contains(text, name) && !strings.Contains(text, `\`) {
			// Neither spelled out nor escaped: not named. Most
			// statements end here, unread by the pattern; a barrel of
			// many modules asks this of each for every name imported.
			return false
		}
		text = unescapeKey(text)
		return text == "" || word.MatchString(text)
	})
}

// starLines reads f, holding it: the specifiers of its `export * from`
// lines, and whether it names name in an export of its own.
func (f *helperFile) starLines(name string) (specs []string, named bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return starSources(f.tree), namesExport(f.tree, name)
}

// starSources are the specifiers of tree's `export * from "…"` lines.
func starSources(tree *tsparse.Tree) []string {
	var specs []string
	for _, st := range namedNoComments(tree.Root()) {
		if st.Kind() != "export_statement" || typeOnly(st) || !hasChild(st, "*") || hasChild(st, "namespace_export") {
			continue
		}
		if source := st.Field("source"); source.Valid() {
			specs = append(specs, strings.Trim(source.Text(), "\"'`"))
		}
	}
	return specs
}

// exportedAs reads what tree's module exports as name: the declaration
// (a function declaration, a class declaration, or the arrow function or
// function expression a const is bound to), or, for `export { h as name }
// from "./spec"`, spec and h. Two answers, a name bound more than once in
// the file, or an `export *` beside no answer give nothing.
func exportedAs(tree *tsparse.Tree, name string) (decl tsparse.Node, spec, from string) {
	root := tree.Root()
	var found []tsparse.Node
	local, stars := "", false
	for _, st := range namedNoComments(root) {
		if st.Kind() != "export_statement" || typeOnly(st) {
			continue
		}
		if hasChild(st, "default") {
			if name == "default" {
				found, local = append(found, defaultExport(st)), defaultName(st)
			}
			continue
		}
		source := st.Field("source")
		if d := st.Field("declaration"); d.Valid() {
			if n := declared(d, name); n.Valid() {
				found = append(found, n)
			}
			continue
		}
		if hasChild(st, "*") || hasChild(st, "namespace_export") {
			stars = true
			continue
		}
		eachExportSpecifier(st, func(s, orig, as tsparse.Node) {
			if as.Text() != name {
				return
			}
			if source.Valid() {
				spec, from = strings.Trim(source.Text(), "\"'`"), orig.Text()
			} else {
				local = orig.Text()
			}
			found = append(found, s)
		})
	}
	if len(found) != 1 {
		return tsparse.Node{}, "", ""
	}
	switch {
	case spec != "":
		return tsparse.Node{}, spec, from
	case local != "":
		// `function h() {}` … `export { h as name }`.
		for _, st := range namedNoComments(root) {
			if n := declared(st, local); n.Valid() {
				decl = n
			}
		}
		name = local
	default:
		decl = found[0]
		if name == "default" {
			// `export default class X {…}`: X is bound once.
			name = decl.Field("name").Text()
		}
	}
	// A declared function is a binding like any other: `checkTags =
	// async () => …` puts another function in its place, for the file
	// and every module importing it.
	if stars || !decl.Valid() || bindings(root, name) != 1 || reassignsDeclared(root, name) {
		return tsparse.Node{}, "", ""
	}
	return decl, "", ""
}

// eachExportSpecifier calls f with each specifier of the export clauses
// of st, an export statement, that is not type-only: the specifier, the
// name exported from (`a` of `export { a as b }`) and the name exported
// as (`b`, or `a` when there is no alias).
func eachExportSpecifier(st tsparse.Node, f func(s, orig, as tsparse.Node)) {
	for _, clause := range namedNoComments(st) {
		if clause.Kind() != "export_clause" {
			continue
		}
		for _, s := range namedNoComments(clause) {
			if s.Kind() != "export_specifier" || typeOnly(s) {
				continue
			}
			orig, as := s.Field("name"), s.Field("alias")
			if !as.Valid() {
				as = orig
			}
			f(s, orig, as)
		}
	}
}

// defaultExport is the class `export default class X {…}` declares, or
// the statement itself for `export default X;` (defaultName gives X): a
// default export of anything else is an invalid node, which resolves to
// nothing.
func defaultExport(st tsparse.Node) tsparse.Node {
	if d := st.Field("declaration"); d.Kind() == "class_declaration" && d.Field("name").Valid() {
		return d
	}
	if defaultName(st) != "" {
		return st
	}
	return tsparse.Node{}
}

// defaultName is X of `export default X;`, or "".
func defaultName(st tsparse.Node) string {
	if v := st.Field("value"); v.Kind() == "identifier" {
		return v.Text()
	}
	return ""
}

// declared is what d, a statement of a module, declares as name: a
// function or class declaration, or the function a const is bound to.
func declared(d tsparse.Node, name string) tsparse.Node {
	switch d.Kind() {
	case "function_declaration", "class_declaration":
		if d.Field("name").Text() == name {
			return d
		}
	case "lexical_declaration":
		if !strings.HasPrefix(d.Text(), "const") {
			return tsparse.Node{}
		}
		for _, v := range namedNoComments(d) {
			val := v.Field("value")
			if v.Kind() == "variable_declarator" && v.Field("name").Kind() == "identifier" && v.Field("name").Text() == name && (val.Kind() == "arrow_function" || val.Kind() == "function_expression") {
				return val
			}
		}
	}
	return tsparse.Node{}
}

func hasChild(n tsparse.Node, kind string) bool {
	for _, c := range n.Children() {
		if c.Kind() == kind {
			return true
		}
	}
	return false
}

// bindings counts the declarations of name anywhere in the file whose
// program is root, read as fileFunction reads them: functions, classes,
// variables, parameters, imports, catch and loop variables.
func bindings(root tsparse.Node, name string) int {
	return root.Tree().Memo(bindingsKey(name), func() any { return countBindings(root, name) }).(int)
}

type bindingsKey string

func countBindings(root tsparse.Node, name string) int {
	n := 0
	root.Walk(func(d tsparse.Node) bool {
		switch d.Kind() {
		case "function_declaration", "generator_function_declaration", "class_declaration", "abstract_class_declaration", "enum_declaration":
			if bindingName(d.Field("name")) == name {
				n++
			}
		case "variable_declarator", "required_parameter", "optional_parameter", "import_specifier", "namespace_import", "import_clause", "catch_clause", "for_in_statement", "function_expression", "arrow_function":
			for _, id := range boundIdentifiers(d) {
				if id == name {
					n++
				}
			}
		}
		return true
	})
	return n
}

// staticMethod is class's one member named name when it is a plain static
// method (no accessor, no generator, no computed names in the class).
func staticMethod(class tsparse.Node, name string) tsparse.Node {
	found := soleMember(class.Field("body"), name)
	if found.Kind() != "method_definition" || memberFlags(found) != "s" {
		return tsparse.Node{}
	}
	return found
}

// soleMember is the one member of a class body named name; none when two
// share the name, or when a member's name is computed (it could be any).
func soleMember(body tsparse.Node, name string) tsparse.Node {
	var found tsparse.Node
	members := 0
	for _, m := range namedNoComments(body) {
		key := m.Field("name")
		if key.Kind() == "computed_property_name" {
			return tsparse.Node{}
		}
		if keyName(key) == name {
			members++
			found = m
		}
	}
	if members != 1 {
		return tsparse.Node{}
	}
	return found
}

// reassignsDeclared reports whether the file under root assigns name,
// plainly or in a destructuring pattern (assignsName reads any pattern as
// assigning it): a declared function is a binding like any other.
func reassignsDeclared(root tsparse.Node, name string) bool {
	return anyNode(root, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			return anyNode(uncast(n.Field("left")), func(id tsparse.Node) bool {
				p := id.Parent()
				switch {
				case id.Kind() != "identifier" && id.Kind() != "shorthand_property_identifier_pattern" || id.Text() != name:
					return false
				case (p.Kind() == "member_expression" || p.Kind() == "subscript_expression") && !sameNode(p.Field("object"), id):
					// The key of `x[name] = …` binds nothing.
					return false
				}
				return true
			})
		case "update_expression":
			return n.Field("argument").Text() == name
		}
		return false
	})
}

// assignsMember reports whether the file under root assigns X.m, putting
// another function in the method's place.
func assignsMember(root tsparse.Node, object, member string) bool {
	// Only assignments are visited: reading every node's left field first
	// searched the children of each node of the tree.
	return root.AnyOfKind(assignmentKinds, func(n tsparse.Node) bool {
		left := uncast(n.Field("left"))
		return left.Kind() == "member_expression" && left.Field("object").Text() == object && left.Field("property").Text() == member
	})
}

// callsImported reports whether fn runs code of a module its file
// imports (callsImportedSo): what that does is in a third file, which is
// not read, unless it is a pass-through (passThroughOf).
func (x *helperIndex) callsImported(fn tsparse.Node) bool {
	return x.callsImportedSo(fn, func(tsparse.Node) bool { return true })
}

// callsImportedSo reports whether fn runs code of a module its file
// imports, other than a pass-through, a query of the rule's own reading, a
// cache-key builder (keyBuilderCall) or an error it throws (thrownError):
// a call for which unread holds of a function, a method or a constructor
// the import holds at any depth (`audit(row)`, `auditing.deep.record(row)`,
// `new Audit(row)`, `new ns.Audit(row)`), reached through parentheses,
// casts, optional chains or a comma (`(0, audit)(row)`), or through a name
// the file binds to unread code at its top level (unreadBinding: `const A
// = Audit`, the global object); an import handed on as a value
// (importHandedOn: `[row].forEach(audit)`, `Reflect.construct(Audit,
// [row])`, `const f = auditing.deep.record`), whoever calls it then; any
// `require(…)`, `import(…)`, eval or Function; and any of these in the
// functions, classes and consts of the file that fn calls or hands on, or
// in the methods its class reaches through this (classMemberRuns). Each
// may keep the row it is given and change its id, now or later, or hand
// back another.
func (x *helperIndex) callsImportedSo(fn tsparse.Node, unread func(call tsparse.Node) bool) bool {
	return x.callsImportedTrusting(fn, unread, false)
}

// callsImportedTrusting is callsImportedSo, which with trustUnknownThis
// takes a member this reaches that the class does not declare (a
// constructor's parameter property, an inherited one) for code that runs
// nothing unread, as the proofs of methods called on this always have.
func (x *helperIndex) callsImportedTrusting(fn tsparse.Node, unread func(call tsparse.Node) bool, trustUnknownThis bool) bool {
	isQuery := x.queryIn(fn.Tree())
	seen := map[int]bool{}
	// An error unread code made and a function threw is harmless only
	// when it leaves the helper: one caught by any function read here
	// (the helper's own closures included) may be handed the row
	// (`try { fail() } catch (e) { e.record(row) }`).
	threwUnread, catches := false, false
	var runs func(fn tsparse.Node) bool
	runs = func(fn tsparse.Node) bool {
		if seen[fn.Start()] {
			return false
		}
		seen[fn.Start()] = true
		catches = catches || catchesErrors(fn)
		return anyNode(fn, func(n tsparse.Node) bool {
			var callee tsparse.Node
			switch n.Kind() {
			case "call_expression":
				callee = n.Field("function")
				if callee.Kind() == "import" || callee.Kind() == "identifier" && callee.Text() == "require" {
					return true
				}
				if _, ok := x.passThroughOf(n); ok || isQuery(n) || x.keyBuilderCall(n, fn) {
					return false
				}
				if thrownError(n, fn, x.prims) {
					threwUnread = true
					return false
				}
			case "new_expression":
				// A constructor runs code too.
				callee = n.Field("constructor")
				if thrownError(n, fn, x.prims) {
					threwUnread = true
					return false
				}
			case "identifier", "shorthand_property_identifier":
				if unreadBinding(n, n.Text()) {
					return importHandedOn(n, isQuery)
				}
				// A function, class or const of the file, called or
				// handed on, runs what its body runs; one called with
				// fields of rows only is judged where its value is read.
				own := ownDeclaration(n)
				return own.Valid() && !calledWithRowFields(n, isQuery) && runs(own)
			case "this", "super":
				// A method of the class, or of the class it extends.
				top := n
				for p := top.Parent(); p.Kind() == "parenthesized_expression" || p.Kind() == "as_expression" || p.Kind() == "satisfies_expression" || p.Kind() == "non_null_expression"; p = top.Parent() {
					top = p
				}
				member := top.Parent()
				if member.Kind() != "member_expression" && member.Kind() != "subscript_expression" || !sameNode(member.Field("object"), top) {
					// this itself handed on (`const { audit } = this`,
					// `record(this)`): whoever holds it reaches every
					// member, an injected service's too.
					return importHandedOn(top, isQuery)
				}
				chain := member
				for (chain.Parent().Kind() == "member_expression" || chain.Parent().Kind() == "subscript_expression") && sameNode(chain.Parent().Field("object"), chain) {
					chain = chain.Parent()
				}
				if member.Kind() == "subscript_expression" {
					// A member named by a computed key: any of them.
					return !trustUnknownThis || x.unknownThisRuns(chain, isQuery, unread)
				}
				if call := chain.Parent(); call.Kind() == "call_expression" && sameNode(call.Field("function"), chain) && isQuery(call) {
					// `this.prisma.customer.findFirst(…)`.
					return false
				}
				ran, known := classMemberRuns(n, member.Field("property").Text(), runs)
				if known || !trustUnknownThis {
					return ran || !known
				}
				return x.unknownThisRuns(chain, isQuery, unread)
			default:
				return false
			}
			root := calleeRoot(callee)
			if root.Kind() == "identifier" && slices.Contains(codeFromText, root.Text()) && bindings(n.Tree().Root(), root.Text()) == 0 {
				return true
			}
			return root.Kind() == "identifier" && unreadBinding(n, root.Text()) && unread(n)
		})
	}
	return runs(fn) || threwUnread && catches
}

// unknownThisRuns reports whether chain, `this.<m>…` read where m is a
// member the class does not declare (a constructor's parameter property:
// an injected service; an inherited one), runs code the rule does not
// read with what may reach a row: called with it (unread: `this.audit.
// record(row)`, `await this.events.emit("read", row)`), or handed on
// rather than called (`[row].forEach(this.audit.record)`, `const a =
// this.audit`), whoever calls it then. A client's own method
// (`this.prisma.$transaction(…)`) runs the callback it is given, which is
// read where it stands. A service handed only values that reach no row
// (rowlessValue: `this.logger.log("read", { id: row.id })`), whose answer
// is dropped, kept from the row (madeValueKept), or asked only such
// values in its turn (`spends.get(b.id)`), keeps nothing of it.
func (x *helperIndex) unknownThisRuns(chain tsparse.Node, isQuery, unread func(call tsparse.Node) bool) bool {
	call := chain.Parent()
	if call.Kind() != "call_expression" || !sameNode(call.Field("function"), chain) {
		return importHandedOn(chain, isQuery)
	}
	if client := chain.Field("object"); client.Kind() == "member_expression" && client.Field("object").Kind() == "this" && strings.HasPrefix(chain.Field("property").Text(), "$") {
		return false
	}
	fn := enclosingFunction(call)
	rowless := func(a tsparse.Node) bool { return rowlessValue(a, fn, isQuery, 0, x.prims) }
	asked := func(a tsparse.Node) bool { return rowless(a) || primitiveFieldRead(a, x.prims) }
	if eachArgument(call, rowless) && (madeValueKept(call) || madeAskedRowless(call, asked)) {
		return false
	}
	return unread(call)
}

// madeAskedRowless reports whether call's value, awaited or not, is held
// by a const that the function only reads fields of or calls methods of
// (`spends.get(b.id)`), each given values for which asked holds.
func madeAskedRowless(call tsparse.Node, asked func(tsparse.Node) bool) bool {
	v := call
	for p := v.Parent(); p.Kind() == "parenthesized_expression" || p.Kind() == "as_expression" || p.Kind() == "non_null_expression" || p.Kind() == "await_expression"; p = v.Parent() {
		v = p
	}
	d := v.Parent()
	name := d.Field("name")
	if d.Kind() != "variable_declarator" || !sameNode(d.Field("value"), v) || name.Kind() != "identifier" || !strings.HasPrefix(d.Parent().Text(), "const") {
		return false
	}
	return !anyNode(enclosingFunction(d), func(n tsparse.Node) bool {
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != name.Text() || sameNode(n, name) {
			return false
		}
		m := n.Parent()
		if m.Kind() != "member_expression" || !sameNode(m.Field("object"), n) || m.Field("property").Kind() != "property_identifier" {
			return true
		}
		c := m.Parent()
		return c.Kind() == "call_expression" && sameNode(c.Field("function"), m) && !eachArgument(c, asked)
	})
}

// catchesErrors reports whether fn, its closures included, may hold an
// error thrown in it or in what it calls: a catch clause that reads its
// binding, or a promise's catch, a then given a second callback, or
// allSettled, whose callbacks or results are handed the error.
func catchesErrors(fn tsparse.Node) bool {
	return anyNode(fn, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "catch_clause":
			param := n.Field("parameter")
			if !param.Valid() {
				return false
			}
			if param.Kind() != "identifier" {
				// A destructured error.
				return true
			}
			return anyNode(n.Field("body"), func(id tsparse.Node) bool {
				return id.Kind() == "identifier" && id.Text() == param.Text()
			})
		case "call_expression":
			callee := uncast(n.Field("function"))
			if callee.Kind() != "member_expression" {
				return false
			}
			switch callee.Field("property").Text() {
			case "catch", "allSettled":
				return true
			case "then":
				return len(namedNoComments(n.Field("arguments"))) > 1
			}
		}
		return false
	})
}

type fileQueriesKey struct{}

// queryIn tells the calls of tree that are queries of the rule's reading,
// creates too: the index's calls leave them out. One index reads a tree,
// so one delegate test holds for it.
func (x *helperIndex) queryIn(tree *tsparse.Tree) func(call tsparse.Node) bool {
	var queries []tsquery.Call
	if x != nil && x.delegate != nil {
		queries = tree.Memo(fileQueriesKey{}, func() any { return tsquery.CallsIn(tree.Root(), x.delegate) }).([]tsquery.Call)
	}
	return func(call tsparse.Node) bool {
		return slices.ContainsFunc(queries, func(c tsquery.Call) bool { return sameNode(c.Node, call) })
	}
}

// codeFromText are the globals that run code given as text: a direct eval
// sees the helper's names, its row and its imports among them, and what
// the text calls is no node of the tree.
var codeFromText = []string{"eval", "Function"}

// classMemberRuns reads `this.m` or `super.m` at at, in a method of a
// class of the file: known when the class extends nothing and has one
// member m, a method (ran: runs of it) or a field (ran: its value reads
// an import, or runs of the function it holds). A class extending
// another may inherit m from code the rule does not read; `super` always
// reaches that code.
func classMemberRuns(at tsparse.Node, m string, runs func(tsparse.Node) bool) (ran, known bool) {
	class := at.Parent()
	for ; class.Valid(); class = class.Parent() {
		switch class.Kind() {
		case "class_declaration", "class", "abstract_class_declaration":
		case "function_declaration", "function_expression", "generator_function_declaration":
			// Another this.
			return false, true
		default:
			continue
		}
		break
	}
	if !class.Valid() || at.Kind() == "super" || slices.ContainsFunc(namedNoComments(class), func(c tsparse.Node) bool { return c.Kind() == "class_heritage" }) {
		return false, false
	}
	member := soleMember(class.Field("body"), m)
	switch member.Kind() {
	case "method_definition":
		return runs(member), true
	case "public_field_definition":
		v := uncast(member.Field("value"))
		if v.Kind() == "arrow_function" || v.Kind() == "function_expression" {
			return runs(v), true
		}
		return readsUnreadCode(v), true
	}
	return false, false
}

// viaHelper runs test on the function call calls by a plain name (a
// function declared in the file, fileFunction) or that the file imports
// from another file of the application (helperIndex): a proof that reads
// a helper of the file reads an imported one the same way. hq is the
// check to read fn with.
func (q *queryCheck) viaHelper(call tsparse.Node, test func(fn tsparse.Node, hq *queryCheck) bool) bool {
	if fn := q.fileFunction(call); fn.Valid() {
		// A helper of the file that runs code of a module the file
		// imports is refused as an imported one is.
		return !q.wrapperIndex().callsImported(fn) && test(fn, q)
	}
	return q.helpers.imported(q, call, test)
}

// viaHelperWhatever is viaHelper for a test whose true answer refuses a
// proof (a helper seen to write the row it is handed): a helper that runs
// unread code is read all the same, since what it does in plain sight
// still counts; viaHelper would answer false, taken for "writes nothing".
func (q *queryCheck) viaHelperWhatever(call tsparse.Node, test func(fn tsparse.Node, hq *queryCheck) bool) bool {
	if fn := q.fileFunction(call); fn.Valid() {
		return test(fn, q)
	}
	return q.helpers.importedCalling(q, call, true, test)
}

// callsOf are the calls found in tree: the judged file's, or the helper
// file's a proof is reading.
func (q *queryCheck) callsOf(tree *tsparse.Tree) []tsquery.Call {
	if tree != nil && tree == q.helperTree {
		return q.helperCalls
	}
	return q.fileCalls
}

// onlyMisreadTags reports whether every error tree-sitter found in tree is
// an empty node it supplied inside a raw SQL call: `tx.$queryRaw<Asset[]>`
// followed by its template reads as comparisons, with a missing `!`
// (Shelf's lockAssetForQuantityUpdate). The call itself is read from the
// text (tsquery.RawCalls); the rest of the file parsed cleanly.
func onlyMisreadTags(tree *tsparse.Tree) bool {
	errs := tree.ErrorNodes()
	raws := rawCallsOf(tree)
	return len(errs) > 0 && !slices.ContainsFunc(errs, func(e tsparse.Node) bool {
		return e.Start() != e.End() || !slices.ContainsFunc(raws, func(c tsquery.RawCall) bool {
			return c.Node.Start() <= e.Start() && e.End() <= c.Node.End()
		})
	})
}
