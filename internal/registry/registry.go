// Package registry reads an application's list of tenant-scoped models from
// its TypeScript or JavaScript source, e.g.
//
//	export const ORG_SCOPED_MODELS = new Set(["Invoice", "Quote"]);
//
// The list is data in code. The file is parsed, and the value bound to the
// symbol is evaluated as far as it can be without running anything: string
// literals, Prisma.ModelName members, spreads of other constants of the same
// file, `new Set`, `Object.freeze` and type-only wrappers. Anything else is
// an error at its position, never dropped: a registry read only in part
// would hide the models it leaves out.
package registry

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// Registry is the list bound to Symbol in File.
type Registry struct {
	File    string
	Symbol  string
	Entries []Entry
	// Range is where the symbol is declared.
	Range prisma.Range
}

// Entry is one model name in the list.
type Entry struct {
	Name string
	// Range is the literal that names the model, which may be in another
	// constant spread into the list.
	Range prisma.Range
}

// Has reports whether the registry lists model.
func (r *Registry) Has(model string) bool {
	for _, e := range r.Entries {
		if e.Names(model) {
			return true
		}
	}
	return false
}

// Names reports whether the entry names model, written as the model name or
// as Prisma Client's delegate name (invoice for Invoice).
func (e Entry) Names(model string) bool {
	return e.Name == model || e.Name == lowerFirst(model)
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// Limits that keep hostile input from exhausting the stack or the memory.
const (
	maxDepth   = 256
	maxEntries = 100_000
)

// Parse is Read on source already in memory.
func Parse(path string, src []byte, symbol string) (*Registry, error) {
	tree, err := tsparse.Parse(path, src)
	if err != nil {
		return nil, err
	}
	defer tree.Close()
	r := &reader{tree: tree, decls: map[string][]decl{}, done: map[string][]Entry{}, used: map[string]decl{}}
	r.collect()
	d, err := r.lookup(symbol, tsparse.Node{})
	if err != nil {
		return nil, err
	}
	entries, err := r.resolve(symbol, d, 0)
	if err != nil {
		return nil, err
	}
	if err := r.checkUnchanged(); err != nil {
		return nil, err
	}
	if err := r.checkSyntax(); err != nil {
		return nil, err
	}
	return &Registry{File: path, Symbol: symbol, Entries: entries, Range: d.name.Range()}, nil
}

// decl is one name the file binds.
type decl struct {
	kind string // const, let, var, import, destructuring, or the declaration's node kind
	name tsparse.Node
	// value is the initializer of a variable, absent for `let x;` and
	// `declare const x: T`.
	value tsparse.Node
	// stmt is the whole declaration, for syntax errors inside it.
	stmt tsparse.Node
}

type reader struct {
	tree  *tsparse.Tree
	decls map[string][]decl
	// done holds the lists already resolved, so that a constant spread
	// many times is read once; resolving marks the chain being read, to
	// stop at a cycle.
	done      map[string][]Entry
	resolving []string
	// used holds every declaration the list was read from.
	used  map[string]decl
	total int
}

func (r *reader) errorf(n tsparse.Node, format string, args ...any) error {
	return fmt.Errorf("%s: %s", n.Range().String(), fmt.Sprintf(format, args...))
}

// collect indexes every binding of the file by name, at any depth: a name
// bound twice is ambiguous, wherever the second binding is.
func (r *reader) collect() {
	add := func(kind string, name, value, stmt tsparse.Node) {
		r.decls[name.Text()] = append(r.decls[name.Text()], decl{kind: kind, name: name, value: value, stmt: stmt})
	}
	r.tree.Walk(func(n tsparse.Node) bool {
		switch n.Kind() {
		case "variable_declarator":
			stmt := n.Parent()
			kind := "var"
			if stmt.Kind() == "lexical_declaration" {
				kind = stmt.Children()[0].Text() // const or let
			}
			name := n.Field("name")
			if name.Kind() == "identifier" {
				add(kind, name, n.Field("value"), stmt)
				return true
			}
			name.Walk(func(p tsparse.Node) bool {
				switch p.Kind() {
				case "identifier", "shorthand_property_identifier_pattern":
					add("destructuring", p, tsparse.Node{}, stmt)
				}
				return true
			})
			return true
		case "import_specifier":
			name := n.Field("alias")
			if !name.Valid() {
				name = n.Field("name")
			}
			add("import", name, tsparse.Node{}, n)
			return false
		case "import_clause", "namespace_import":
			for _, c := range n.NamedChildren() {
				if c.Kind() == "identifier" {
					add("import", c, tsparse.Node{}, n)
				}
			}
			return true
		case "function_declaration", "generator_function_declaration", "class_declaration", "abstract_class_declaration", "enum_declaration":
			if name := n.Field("name"); name.Valid() {
				add(n.Kind(), name, tsparse.Node{}, n)
			}
			return true
		}
		return true
	})
}

// lookup finds the one declaration of name; from is the reference that led
// there, absent for the registry symbol itself.
func (r *reader) lookup(name string, from tsparse.Node) (decl, error) {
	ds := r.decls[name]
	if len(ds) == 0 {
		var candidates []string
		for n, ds := range r.decls {
			if isVariable(ds[0].kind) && topLevel(ds[0].stmt) {
				candidates = append(candidates, n)
			}
		}
		sort.Strings(candidates)
		hint := fmt.Sprintf("declare it as `export const %s = [...]` or correct the symbol", name)
		if from.Valid() {
			hint = "declare it in this file or correct the name"
		}
		if s := config.Suggest(name, candidates); s != "" {
			hint = fmt.Sprintf("did you mean %q?", s)
		}
		if err := r.brokenDeclaration(name); err != nil {
			return decl{}, err
		}
		if from.Valid() {
			return decl{}, r.errorf(from, "%q is not declared in this file; %s", name, hint)
		}
		return decl{}, fmt.Errorf("%s: no declaration of %q; %s", r.tree.Path, name, hint)
	}
	if len(ds) > 1 {
		return decl{}, r.errorf(ds[1].name, "%q is declared twice (first at %s), so the list it holds cannot be told statically; keep one declaration", name, ds[0].name.Range().String())
	}
	d := ds[0]
	switch {
	case d.kind == "import":
		return d, r.errorf(d.name, "%q is imported; only constants declared in the registry file are read; point the registry at the file that declares it, or declare the list here", name)
	case d.kind == "destructuring":
		return d, r.errorf(d.name, "%q is bound by destructuring, so its value cannot be told statically; declare it as an array of model names", name)
	case !isVariable(d.kind):
		return d, r.errorf(d.name, "%q is not bound to an array or a Set of strings", name)
	case !d.value.Valid():
		return d, r.errorf(d.name, "%q is declared without a value; assign it an array of model names", name)
	}
	return d, nil
}

func isVariable(kind string) bool { return kind == "const" || kind == "let" || kind == "var" }

// topLevel reports whether the declaration stmt is a statement of the file
// rather than of a function or a block.
func topLevel(stmt tsparse.Node) bool {
	p := stmt.Parent()
	if p.Kind() == "export_statement" || p.Kind() == "ambient_declaration" {
		p = p.Parent()
	}
	return p.Kind() == "program"
}

// resolve reads the list bound to the declaration d of name.
func (r *reader) resolve(name string, d decl, depth int) ([]Entry, error) {
	if e, ok := r.done[name]; ok {
		return e, nil
	}
	for i, n := range r.resolving {
		if n == name {
			chain := append(append([]string(nil), r.resolving[i:]...), name)
			return nil, r.errorf(d.name, "%q is spread into itself (%s), so the list has no end; remove the cycle", name, strings.Join(chain, " → "))
		}
	}
	if err := r.syntaxErrorIn(d.stmt, name); err != nil {
		return nil, err
	}
	r.used[name] = d
	r.resolving = append(r.resolving, name)
	entries, err := r.list(d.value, depth+1)
	r.resolving = r.resolving[:len(r.resolving)-1]
	if err != nil {
		return nil, err
	}
	r.done[name] = entries
	return entries, nil
}

// list reads an expression that must be a list of model names.
func (r *reader) list(n tsparse.Node, depth int) ([]Entry, error) {
	if depth > maxDepth {
		return nil, r.errorf(n, "the list is nested more than %d levels deep here; write it flatter", maxDepth)
	}
	switch n.Kind() {
	case "array":
		var out []Entry
		for _, el := range expressions(n) {
			entries, err := r.element(el, depth+1)
			if err != nil {
				return nil, err
			}
			r.total += len(entries)
			if r.total > maxEntries {
				return nil, r.errorf(el, "the list grows past %d entries here; list each model once", maxEntries)
			}
			out = append(out, entries...)
		}
		return out, nil
	case "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression", "type_assertion":
		return r.list(inner(n), depth+1)
	case "new_expression":
		if c := n.Field("constructor"); c.Text() != "Set" {
			return nil, r.errorf(n, "cannot tell statically what `new %s(...)` holds; use an array or `new Set([...])`", c.Text())
		}
		return r.single(n, n.Field("arguments"), "new Set", depth)
	case "call_expression":
		switch f := n.Field("function"); compact(f.Text()) {
		case "Object.freeze", "Array.from":
			return r.single(n, n.Field("arguments"), compact(f.Text()), depth)
		default:
			return nil, r.errorf(n, "cannot tell statically what `%s(...)` returns; write the model names as string literals", compact(f.Text()))
		}
	case "identifier":
		d, err := r.lookup(n.Text(), n)
		if err != nil {
			return nil, err
		}
		return r.resolve(n.Text(), d, depth+1)
	case "ternary_expression":
		return nil, r.errorf(n, "cannot tell statically which branch of this condition applies; list the models without a condition")
	case "binary_expression":
		return nil, r.errorf(n, "cannot tell statically what this expression holds; list the models without a condition")
	case "string", "template_string":
		return nil, r.errorf(n, "a single string is not a list of model names; write [%s]", n.Text())
	case "object":
		return nil, r.errorf(n, "an object is not a list of model names; use an array or `new Set([...])`")
	case "ERROR":
		return nil, r.errorf(n, "the file does not parse here; fix the syntax error")
	}
	if n.IsError() {
		return nil, r.errorf(n, "the file does not parse here; fix the syntax error")
	}
	return nil, r.errorf(n, "cannot tell statically what this %s holds; write the model names as string literals", describe(n))
}

// single reads the one argument of a call that passes a list through.
func (r *reader) single(call, args tsparse.Node, callee string, depth int) ([]Entry, error) {
	a := expressions(args)
	switch len(a) {
	case 0:
		if callee == "new Set" {
			return nil, nil
		}
		return nil, r.errorf(call, "`%s()` has no list to read; pass the array of model names", callee)
	case 1:
		if a[0].Kind() == "spread_element" {
			return nil, r.errorf(a[0], "cannot tell statically which argument a spread fills; pass the array of model names")
		}
		return r.list(a[0], depth+1)
	}
	return nil, r.errorf(a[1], "`%s` reads one list, not %d arguments; pass one array of model names", callee, len(a))
}

// element reads one element of an array: a model name, or a spread list.
func (r *reader) element(n tsparse.Node, depth int) ([]Entry, error) {
	if depth > maxDepth {
		return nil, r.errorf(n, "the list is nested more than %d levels deep here; write it flatter", maxDepth)
	}
	switch n.Kind() {
	case "spread_element":
		return r.list(inner(n), depth+1)
	case "string":
		return []Entry{{Name: unquote(n.Text()), Range: n.Range()}}, nil
	case "template_string":
		for _, c := range n.NamedChildren() {
			if c.Kind() == "template_substitution" {
				return nil, r.errorf(c, "cannot tell statically what this template substitution holds; write the model name as a plain string")
			}
		}
		return []Entry{{Name: unquote(n.Text()), Range: n.Range()}}, nil
	case "member_expression":
		if modelNameEnum(n.Field("object")) {
			return []Entry{{Name: n.Field("property").Text(), Range: n.Range()}}, nil
		}
	case "subscript_expression":
		if idx := n.Field("index"); modelNameEnum(n.Field("object")) && idx.Kind() == "string" {
			return []Entry{{Name: unquote(idx.Text()), Range: n.Range()}}, nil
		}
	case "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression", "type_assertion":
		return r.element(inner(n), depth+1)
	case "identifier":
		d, err := r.lookup(n.Text(), n)
		if err != nil {
			return nil, err
		}
		switch v := unwrap(d.value); v.Kind() {
		case "string", "template_string", "member_expression", "subscript_expression":
			if err := r.syntaxErrorIn(d.stmt, n.Text()); err != nil {
				return nil, err
			}
			r.used[n.Text()] = d
			return r.element(v, depth+1)
		}
		return nil, r.errorf(n, "%q is not a model name; spread it with ...%s if it is a list", n.Text(), n.Text())
	case "ternary_expression":
		return nil, r.errorf(n, "cannot tell statically which branch of this condition applies; list the models without a condition")
	}
	if n.IsError() {
		return nil, r.errorf(n, "the file does not parse here; fix the syntax error")
	}
	return nil, r.errorf(n, "cannot tell statically which model this %s names; write the model name as a string literal", describe(n))
}

// modelNameEnum reports whether n is Prisma Client's enum of model names.
func modelNameEnum(n tsparse.Node) bool {
	switch compact(n.Text()) {
	case "Prisma.ModelName", "ModelName":
		return true
	}
	return false
}

// mutators are the methods that change an array or a Set in place.
var mutators = map[string]bool{
	"push": true, "unshift": true, "splice": true, "pop": true, "shift": true,
	"add": true, "delete": true, "clear": true, "fill": true, "copyWithin": true, "reverse": true, "sort": true,
}

// checkUnchanged fails when a list that was read is changed after its
// declaration: the list in the declaration is then not the app's list.
func (r *reader) checkUnchanged() error {
	var err error
	r.tree.Walk(func(n tsparse.Node) bool {
		if err != nil {
			return false
		}
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			if l := n.Field("left"); l.Kind() == "identifier" {
				if _, ok := r.used[l.Text()]; ok {
					err = r.errorf(n, "%q is assigned again here, so its list cannot be told statically; declare it once with const", l.Text())
				}
			}
		case "call_expression":
			f := n.Field("function")
			if f.Kind() != "member_expression" {
				return true
			}
			obj, prop := f.Field("object"), f.Field("property").Text()
			if _, ok := r.used[obj.Text()]; ok && obj.Kind() == "identifier" && mutators[prop] {
				err = r.errorf(n, "%q is changed by %s() here, so its list cannot be told statically; list every model in its declaration", obj.Text(), prop)
			}
		}
		return true
	})
	return err
}

// syntaxErrorIn fails when the declaration stmt of name does not parse.
func (r *reader) syntaxErrorIn(stmt tsparse.Node, name string) error {
	if !stmt.HasError() {
		return nil
	}
	var first, unclosed tsparse.Node
	stmt.Walk(func(n tsparse.Node) bool {
		if n.IsError() && !first.Valid() {
			first = n
		}
		if n.IsError() && n.Kind() == "]" && !unclosed.Valid() {
			unclosed = n.Parent()
		}
		return n.HasError()
	})
	switch {
	case unclosed.Valid():
		return r.errorf(unclosed, "the list bound to %q is not closed", name)
	case first.Valid():
		return r.errorf(first, "the declaration of %q does not parse here; fix the syntax error", name)
	}
	return r.errorf(stmt, "the declaration of %q does not parse; fix the syntax error", name)
}

// brokenDeclaration explains why name was not found when the file does not
// parse: text the parser could not place may be its declaration. It returns
// nil when no such text mentions the name.
func (r *reader) brokenDeclaration(name string) error {
	errs := r.tree.SyntaxErrors()
	if len(errs) == 0 {
		return nil
	}
	var found error
	r.tree.Walk(func(n tsparse.Node) bool {
		if found != nil {
			return false
		}
		if n.Kind() != "ERROR" {
			return n.HasError()
		}
		// Within the text the parser could not place, the first '['
		// after the name that no ']' closes is the unclosed list.
		var open []tsparse.Node
		seen := false
		n.Walk(func(t tsparse.Node) bool {
			switch {
			case t.Kind() == "identifier" && t.Text() == name:
				seen, open = true, nil
			case !seen:
			case t.Kind() == "[" && !t.Named():
				open = append(open, t)
			case t.Kind() == "]" && !t.Named() && len(open) > 0:
				open = open[:len(open)-1]
			}
			return true
		})
		switch {
		case seen && len(open) > 0:
			found = r.errorf(open[0], "the list bound to %q is not closed", name)
		case seen:
			found = r.errorf(n, "the declaration of %q does not parse here; fix the syntax error", name)
		}
		return false
	})
	if found != nil {
		return found
	}
	// Text that spells the name may be the declaration; text that does not
	// (tree-sitter misreads a few valid constructs) cannot be.
	for _, e := range errs {
		if containsWord(string(r.tree.Src[e.Start.Offset:e.End.Offset]), name) {
			return fmt.Errorf("%s: the file does not parse here, and no declaration of %q was found; fix the syntax error", e.String(), name)
		}
	}
	return nil
}

// checkSyntax fails when text the parser could not place mentions a name
// the list was read from: it may hide another declaration or a change.
func (r *reader) checkSyntax() error {
	for _, e := range r.tree.SyntaxErrors() {
		text := string(r.tree.Src[e.Start.Offset:e.End.Offset])
		for name := range r.used {
			if containsWord(text, name) {
				return fmt.Errorf("%s: the file does not parse here, and this text mentions %q; fix the syntax error", e.String(), name)
			}
		}
	}
	return nil
}

func containsWord(text, word string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], word)
		if j < 0 {
			return false
		}
		s, e := i+j, i+j+len(word)
		if (s == 0 || !isIdentChar(text[s-1])) && (e == len(text) || !isIdentChar(text[e])) {
			return true
		}
		i = s + 1
	}
}

func isIdentChar(c byte) bool {
	return c == '_' || c == '$' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= utf8.RuneSelf
}

// expressions returns the named children of n that are not comments.
func expressions(n tsparse.Node) []tsparse.Node {
	var out []tsparse.Node
	for _, c := range n.NamedChildren() {
		if c.Kind() != "comment" {
			out = append(out, c)
		}
	}
	return out
}

// inner returns the expression a wrapper holds: `(x)`, `x as T`,
// `x satisfies T`, `x!`, `<T>x`, `...x`.
func inner(n tsparse.Node) tsparse.Node {
	e := expressions(n)
	if len(e) == 0 {
		return n
	}
	if n.Kind() == "type_assertion" {
		return e[len(e)-1]
	}
	return e[0]
}

// unwrap strips wrappers that do not change a value.
func unwrap(n tsparse.Node) tsparse.Node {
	for i := 0; i < maxDepth; i++ {
		switch n.Kind() {
		case "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression", "type_assertion":
			n = inner(n)
		default:
			return n
		}
	}
	return n
}

var space = lazyregexp.New(`\s+`)

// compact drops the white space of a short expression such as
// `Object . freeze`.
func compact(s string) string { return space.ReplaceAllString(s, "") }

// describe names a node kind for a message: "call_expression" reads
// "call expression".
func describe(n tsparse.Node) string { return strings.ReplaceAll(n.Kind(), "_", " ") }

// unquote decodes a JavaScript string or no-substitution template literal.
func unquote(lit string) string {
	if len(lit) < 2 {
		return lit
	}
	return tsparse.Unescape(lit[1 : len(lit)-1])
}
