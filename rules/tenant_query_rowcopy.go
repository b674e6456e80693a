package rules

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// ownCopyWrittenBack is ownKeyWrittenBack for a copy of the row the
// update changes (typebot's bots, re-saved after a migration):
//
//	const existing = await prisma.typebot.findFirst({ where: { id } });
//	const { typebot } = migrate
//	  ? await migrateTypebot(typebotSchema.parse(existing))
//	  : { typebot: typebotSchema.parse(existing) };
//	await prisma.typebot.update({ where: { id: existing.id }, data: { folderId: typebot.folderId } });
//
// bare is `copy.<key>`, and copy holds, on every path the rule reads, an
// object whose key is the row's (rowCopy): the row itself, a schema's
// parse of it, an object literal spreading it with no later entry for
// key, a property or a branch of a choice of such, either side of `a ??
// b` of such, an element of a list of such (`[row]`, `list.map((b) =>
// ({ ...b }))`, read by index or by an array pattern), or what a function
// of the file or of the code, or a method called on this, returns when
// every return of it is such a copy of the parameter it is passed the
// copy (or the list of copies) in; an async one awaited. The write sets the row's
// link to the one it has: no new link. A callee the rule cannot read
// proves nothing, nor does a function that assigns a field of key's name
// or calls Object.assign. Two things are trusted, not read: a schema's
// transform or preprocess does not rewrite the key, and a call the row
// is handed to does not change it (as ownKeyWrittenBack trusts).
func (q *queryCheck) ownCopyWrittenBack(data, bare tsparse.Node, m *prisma.Model, key string) bool {
	pk := m.PrimaryKey
	if pk == nil || len(pk.Fields) != 1 || bare.Kind() != "member_expression" || bare.Field("property").Text() != key || bare.Field("object").Kind() != "identifier" {
		return false
	}
	write, ok := exactCall(q.call, delegateName(m.Name))
	if !ok || write.Operation != "update" && write.Operation != "updateMany" {
		return false
	}
	args, ok := q.argsObject(write)
	if !ok || !sameNode(q.argsData(args), data) {
		return false
	}
	id := pk.Fields[0].Field.Name()
	where, ok := q.whereObject(write)
	if !ok {
		return false
	}
	byID := uncast(lastGiven(where, id))
	if byID.Kind() != "member_expression" || byID.Field("property").Text() != id || byID.Field("object").Kind() != "identifier" {
		return false
	}
	row, holder := byID.Field("object").Text(), bare.Field("object")
	outer, _ := functionChain(q.call)
	if row == holder.Text() || !sameBinding(byID, q.call, row) || !q.ownRowWritten(write, m, row) || overwritten(q.call, holder.Text()+"."+key) || rewritesKey(outer, key) {
		return false
	}
	c := &rowCopy{x: q.helpers, key: key}
	defer c.close()
	isRow := func(n tsparse.Node, path []string) bool {
		return len(path) == 0 && (n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier") && n.Text() == row && sameBinding(n, q.call, row)
	}
	return c.keeps(holder, nil, isRow, 0)
}

// rowCopy reads whether a value holds a copy of a row's key. It parses
// the files of the callees it follows on its own (no lock of the helper
// index is held) and closes them when done.
type rowCopy struct {
	x     *helperIndex
	key   string
	trees []*tsparse.Tree
	calls int
	// read counts the values read, against maxCopyReads.
	read int
	// strict trusts nothing unread: a schema's parse copies the key only
	// when its schema is read to keep it (objectSchemaKeeps), and a
	// function copies its parameter's key only when it hands that
	// parameter to nothing the reading cannot follow (handsParamOn).
	strict bool
}

// maxCopySteps bounds the depth of the reading of one value,
// maxCopyReads the values read in all, maxCopyCalls the functions
// followed.
const (
	maxCopySteps = 40
	maxCopyReads = 400
	maxCopyCalls = 6
)

func (c *rowCopy) close() {
	for _, t := range c.trees {
		t.Close()
	}
}

// keeps reports whether e, read through the properties path, is an
// object whose key is the key of the row src names.
func (c *rowCopy) keeps(e tsparse.Node, path []string, src func(tsparse.Node, []string) bool, steps int) bool {
	c.read++
	if steps > maxCopySteps || c.read > maxCopyReads || !e.Valid() {
		return false
	}
	e = uncastAwait(e)
	switch e.Kind() {
	case "identifier", "shorthand_property_identifier":
		if src(e, path) {
			return true
		}
		return c.bindingKeeps(e, path, src, steps+1)
	case "binary_expression", "subscript_expression", "array":
		return c.elementKeeps(e, path, src, steps+1)
	case "ternary_expression":
		return c.keeps(e.Field("consequence"), path, src, steps+1) && c.keeps(e.Field("alternative"), path, src, steps+1)
	case "object":
		if len(path) > 0 {
			v := givenPastSpreads(e, path[0])
			return v.Valid() && plainEntries(e) && c.keeps(v, path[1:], src, steps+1)
		}
		return c.spreadKeeps(e, src, steps+1)
	case "member_expression":
		obj, prop := uncastAwait(e.Field("object")), e.Field("property")
		if prop.Kind() != "property_identifier" {
			return false
		}
		if arg, ok := schemaParse(obj, c, "safeParse", "safeParseAsync"); ok && prop.Text() == "data" {
			return c.keeps(arg, path, src, steps+1)
		}
		return c.keeps(obj, append([]string{prop.Text()}, path...), src, steps+1)
	case "call_expression":
		if arg, ok := schemaParse(e, c, "parse", "parseAsync", "validateSync", "validate", "cast"); ok {
			return c.keeps(arg, path, src, steps+1)
		}
		return c.mapKeeps(e, path, src, steps+1) || c.returnsCopy(e, path, src, steps+1)
	}
	return false
}

// spreadKeeps reports whether obj, an object literal, spreads a copy of
// the row and nothing else can give key: every other entry is a plain
// one of another key, or a spread read to lack key.
func (c *rowCopy) spreadKeeps(obj tsparse.Node, src func(tsparse.Node, []string) bool, steps int) bool {
	copied := false
	for _, e := range namedNoComments(obj) {
		if e.Kind() == "spread_element" {
			x := uncast(firstNamed(e))
			if c.keeps(x, nil, src, steps+1) {
				copied = true
			} else if !spreadLacks(x, c.key, 0) {
				return false
			}
			continue
		}
		k, _, ok := property(e)
		if !ok || k == c.key || e.Kind() == "pair" && e.Field("key").Kind() == "computed_property_name" {
			return false
		}
	}
	return copied
}

// plainEntries reports whether every entry of obj is a plain one, a
// shorthand or a spread: no method or accessor, no computed key, which
// may give any property any value.
func plainEntries(obj tsparse.Node) bool {
	for _, e := range namedNoComments(obj) {
		switch e.Kind() {
		case "pair":
			if e.Field("key").Kind() == "computed_property_name" {
				return false
			}
		case "shorthand_property_identifier", "spread_element":
		default:
			return false
		}
	}
	return true
}

// bindingKeeps follows the name id to what it holds where it is read: a
// const's value, the property a const destructuring took (`const {
// typebot } = …`), or every value a let is given.
func (c *rowCopy) bindingKeeps(id tsparse.Node, path []string, src func(tsparse.Node, []string) bool, steps int) bool {
	name := id.Text()
	scope, byStatement := bindingScope(id, name, -1)
	if !byStatement {
		return false
	}
	var decl tsparse.Node
	for _, st := range namedNoComments(scope) {
		st = declarationOf(st)
		if st.Kind() != "lexical_declaration" || st.Start() >= id.Start() {
			continue
		}
		for _, d := range namedNoComments(st) {
			if d.Kind() == "variable_declarator" && bindsName(d.Field("name"), name) {
				decl = d
			}
		}
	}
	if !decl.Valid() || !decl.Field("value").Valid() {
		return false
	}
	value := decl.Field("value")
	switch pat := decl.Field("name"); {
	case pat.Kind() == "identifier" && constDeclaration(decl.Parent()):
		return c.keeps(value, path, src, steps+1)
	case pat.Kind() == "identifier":
		return c.letKeeps(scope, decl, path, src, steps+1)
	case pat.Kind() == "object_pattern" && constDeclaration(decl.Parent()):
		for _, e := range namedNoComments(pat) {
			switch {
			case e.Kind() == "shorthand_property_identifier_pattern" && e.Text() == name:
				return c.keeps(value, append([]string{name}, path...), src, steps+1)
			case e.Kind() == "pair_pattern" && e.Field("value").Kind() == "identifier" && e.Field("value").Text() == name && e.Field("key").Kind() != "computed_property_name":
				return c.keeps(value, append([]string{keyName(e.Field("key"))}, path...), src, steps+1)
			}
		}
	case pat.Kind() == "array_pattern" && constDeclaration(decl.Parent()):
		return c.patternElementKeeps(pat, name, value, path, src, steps+1)
	}
	return false
}

// letKeeps reports whether every value the let decl declares in scope is
// given (its initial one and each assignment of it) is a copy of the row,
// the let itself counted as one: then so is what it holds wherever it is
// read.
func (c *rowCopy) letKeeps(scope, decl tsparse.Node, path []string, src func(tsparse.Node, []string) bool, steps int) bool {
	name := decl.Field("name").Text()
	if len(path) > 0 {
		return false
	}
	self := func(n tsparse.Node, path []string) bool {
		if len(path) == 0 && (n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier") && n.Text() == name {
			s, _ := bindingScope(n, name, -1)
			return sameNode(s, scope)
		}
		return src(n, path)
	}
	values := []tsparse.Node{decl.Field("value")}
	stable := !anyNode(scope, func(n tsparse.Node) bool {
		var left tsparse.Node
		switch n.Kind() {
		case "assignment_expression":
			left = n.Field("left")
			if l := uncast(left); l.Kind() == "identifier" && l.Text() == name {
				if s, _ := bindingScope(l, name, -1); sameNode(s, scope) {
					values = append(values, n.Field("right"))
				}
				return false
			}
		case "augmented_assignment_expression":
			left = n.Field("left")
		case "update_expression":
			left = n.Field("argument")
		default:
			return false
		}
		return assignsBinding(left, name, scope)
	})
	if !stable {
		return false
	}
	for _, v := range values {
		if !c.keeps(v, nil, self, steps+1) {
			return false
		}
	}
	return true
}

// returnsCopy reads call, a call of a function of the file, one the file
// imports from the code or a method called on this (thisMethod, trusted
// as thisMethodRow trusts it), one argument of which is a copy of the row
// or a list of copies (one the function puts no other element in,
// copiedListChanged), awaited when the function is async:
// every return of the function is a copy of the parameter it is passed
// in, read through path, and the function writes no field named key nor
// assigns that parameter.
func (c *rowCopy) returnsCopy(call tsparse.Node, path []string, src func(tsparse.Node, []string) bool, steps int) bool {
	if c.calls >= maxCopyCalls {
		return false
	}
	args := namedNoComments(call.Field("arguments"))
	at, list := -1, false
	for i, a := range args {
		if a.Kind() == "spread_element" {
			return false
		}
		if at < 0 && c.keeps(a, nil, src, steps+1) {
			at = i
		} else if at < 0 && c.keeps(a, []string{anyElement}, src, steps+1) {
			at, list = i, true
		}
	}
	if at < 0 {
		return false
	}
	fn := c.callee(call)
	if !fn.Valid() || fn.Kind() == "generator_function_declaration" || !awaitedIfAsync(call, fn) {
		return false
	}
	c.calls++
	params := namedNoComments(fn.Field("parameters"))
	if at >= len(params) || params[at].Kind() != "required_parameter" || params[at].Field("pattern").Kind() != "identifier" || params[at].Field("value").Valid() {
		return false
	}
	param := params[at].Field("pattern").Text()
	if rewritesKey(fn, c.key) || anyNode(fn, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			return assignsBinding(n.Field("left"), param, fn)
		case "update_expression":
			return assignsBinding(n.Field("argument"), param, fn)
		}
		return false
	}) || list && copiedListChanged(fn, param) || c.strict && c.handsParamOn(fn, param, 0) {
		return false
	}
	// The parameter is a copy of the row, or a list of copies (read
	// through anyElement).
	isParam := func(n tsparse.Node, p []string) bool {
		if list != (len(p) == 1 && p[0] == anyElement) || !list && len(p) != 0 {
			return false
		}
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != param {
			return false
		}
		s, _ := bindingScope(n, param, -1)
		return sameNode(s, fn)
	}
	body := fn.Field("body")
	if body.Kind() != "statement_block" {
		return c.keeps(body, path, isParam, steps+1)
	}
	returns, ok := 0, true
	eachReturn(body, func(_, v tsparse.Node) bool {
		returns++
		ok = v.Valid() && c.keeps(v, path, isParam, steps+1)
		return ok
	})
	return ok && returns > 0
}

// assignsBinding reports whether left, an assignment's target, gives name bound
// in scope another value: the name itself, or within a destructuring.
func assignsBinding(left tsparse.Node, name string, scope tsparse.Node) bool {
	l := uncast(left)
	if l.Kind() != "identifier" && l.Kind() != "object_pattern" && l.Kind() != "array_pattern" || !bindsName(l, name) {
		return false
	}
	s, _ := bindingScope(l, name, -1)
	return sameNode(s, scope)
}

// rewritesKey reports whether fn may give some object's key another
// value: a field of that name assigned, or Object.assign.
func rewritesKey(fn tsparse.Node, key string) bool {
	text := string(fn.Tree().Src[fn.Start():fn.End()])
	return fieldWritten(text, key) || subscriptWritten(text, key) || strings.Contains(compact(text), "Object.assign(")
}

// subscriptWritten reports whether text assigns a property by a subscript
// that may name field: `b["id"] = …`, or `b[k] = …` with any key but a
// number (a list's element); not a pattern (`const [a] = …`).
func subscriptWritten(text, field string) bool {
	for _, m := range compiled(`[\w$)\]]\[([^\[\]]*)\]\s*(?:=[^=]|\+\+|--|[-+*/?|&]+=)`).FindAllStringSubmatch(text, -1) {
		k := strings.TrimSpace(m[1])
		if k == "" || compiled(`^\d+$`).MatchString(k) {
			continue
		}
		if q := k[0]; (q == '"' || q == '\'' || q == '`') && strings.Trim(k, "\"'`") != field {
			continue
		}
		return true
	}
	return false
}

// callee is the function call calls by a plain name: declared in its
// file, or imported by name from a file of the code (one re-export
// followed), parsed here; or the method of the class call calls on this.
func (c *rowCopy) callee(call tsparse.Node) tsparse.Node {
	if fn := topFunction(call); fn.Valid() {
		return fn
	}
	if fn := fileConstFunction(call); fn.Valid() {
		// `const convert = (row) => ({ ...row })`, read as the
		// declaration is.
		return fn
	}
	if method := calledOnThis(call); method != "" {
		return copyingMethod(c.x, call, method)
	}
	callee := call.Field("function")
	if c.x == nil || callee.Kind() != "identifier" {
		return tsparse.Node{}
	}
	name, spec := importOf(call, callee.Text())
	if spec == "" || name == "default" || name == "*" || bindings(call.Tree().Root(), callee.Text()) != 1 {
		return tsparse.Node{}
	}
	path, ok := c.x.resolve(filepath.Clean(call.Tree().Path), spec)
	for hop := 0; ok; hop++ {
		tree := c.parse(path)
		if tree == nil {
			return tsparse.Node{}
		}
		decl, next, nextName := exportedAs(tree, name)
		if decl.Valid() {
			if decl.Kind() == "class_declaration" {
				return tsparse.Node{}
			}
			return decl
		}
		if next == "" || hop >= maxReexportHops {
			return tsparse.Node{}
		}
		path, ok = c.x.resolve(path, next)
		name = nextName
	}
	return tsparse.Node{}
}

// parse is the tree of the code's file at path, read without errors, or
// nil.
func (c *rowCopy) parse(path string) *tsparse.Tree {
	for _, t := range c.trees {
		if t.Path == path {
			return t
		}
	}
	src, ok := c.x.src(path)
	if !ok {
		return nil
	}
	tree, err := tsparse.Parse(path, src)
	if err != nil {
		return nil
	}
	c.trees = append(c.trees, tree)
	if tree.Root().HasError() {
		return nil
	}
	return tree
}

// schemaLibraries are the modules whose schemas' parse gives back a copy
// of the fields of the value parsed.
var schemaLibraries = []string{"zod", "zod/v4", "zod/v3", "zod/mini", "yup"}

// schemaParse reads call as `S.<method>(v)` of one of methods, S a schema
// (isSchema), and gives v. A schema's parse returns the value's fields
// as they were (or drops them): one whose transform or preprocess
// rewrites a foreign key is not told apart.
func schemaParse(call tsparse.Node, c *rowCopy, methods ...string) (tsparse.Node, bool) {
	callee := call.Field("function")
	args := namedNoComments(call.Field("arguments"))
	if call.Kind() != "call_expression" || callee.Kind() != "member_expression" || !slices.Contains(methods, callee.Field("property").Text()) || len(args) != 1 {
		return tsparse.Node{}, false
	}
	if c.strict {
		return args[0], c.objectSchemaKeeps(uncast(callee.Field("object")), c.key)
	}
	return args[0], c.isSchema(uncast(callee.Field("object")), 0)
}

// objectSchemaKeeps reports whether s, the schema a parse is called on,
// is read to give back key as it was passed: a const of the module (of
// its file, or exported by a file of the code it imports by name) holding
// `z.object({ … })`, z imported from "zod", whose entry for key only
// validates a string (validatingChain). A transform, a preprocess, a
// default, a coercion, a schema built another way or a method the rule
// does not know may give another value: none is read to keep it.
func (c *rowCopy) objectSchemaKeeps(s tsparse.Node, key string) bool {
	if s.Kind() != "identifier" {
		return false
	}
	name, module := importOf(s, s.Text())
	if scope, _ := bindingScope(s, s.Text(), -1); module != "" && scope.Valid() || module == "" && scope.Kind() != "program" {
		return false
	}
	root := s.Tree().Root()
	if module == "" {
		name = s.Text()
	} else {
		if c.x == nil || name == "default" || name == "*" {
			return false
		}
		path, ok := c.x.resolve(filepath.Clean(s.Tree().Path), module)
		if !ok {
			return false
		}
		tree := c.parse(path)
		if tree == nil || !moduleConst(tree.Root(), name, true).Valid() {
			return false
		}
		root = tree.Root()
	}
	entry := zodEntryIn(root, name, key)
	return entry.Valid() && validatingChain(entry)
}

// handsParamOn reports whether fn may change the object its parameter
// param holds through a use the copy reading does not follow: param given
// another name, put in an object, its method called, or handed to a call
// of a function that is not read (callee), that writes a field of key's
// name or hands its own parameter on in turn, other than a strict parse
// (objectSchemaKeeps). Reading a field of param
// (`param.config`, handed anywhere) reads a value param holds, not param.
func (c *rowCopy) handsParamOn(fn tsparse.Node, param string, depth int) bool {
	handed := false
	fn.Walk(func(n tsparse.Node) bool {
		if handed {
			return false
		}
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != param {
			return true
		}
		if s, _ := bindingScope(n, param, -1); !sameNode(s, fn) {
			return true // another binding of the name
		}
		p := n.Parent()
		switch p.Kind() {
		case "required_parameter":
			handed = !sameNode(p.Field("pattern"), n) || p.Field("value").Valid()
		case "member_expression":
			up := p.Parent()
			handed = !sameNode(p.Field("object"), n) || assignedTo(p) ||
				up.Kind() == "call_expression" && sameNode(up.Field("function"), p) ||
				up.Kind() == "unary_expression" && up.Field("operator").Text() == "delete"
		case "spread_element", "return_statement":
		case "arguments":
			// A parse by a schema read to keep the key builds a new
			// object; one of the code's functions is read in turn.
			_, parsed := schemaParse(p.Parent(), c, "parse", "safeParse")
			handed = !(c.strict && parsed) && !c.callKeepsParam(p.Parent(), n, depth)
		default:
			handed = true
		}
		return true
	})
	return handed
}

// callKeepsParam reports whether call, handed arg, is of a function the
// reading follows (callee) whose parameter at arg's place is a plain name
// it neither hands on (handsParamOn) nor writes a field of key's name
// through.
func (c *rowCopy) callKeepsParam(call, arg tsparse.Node, depth int) bool {
	if depth >= 3 || c.calls >= maxCopyCalls || call.Kind() != "call_expression" {
		return false
	}
	args := namedNoComments(call.Field("arguments"))
	at := slices.IndexFunc(args, func(a tsparse.Node) bool { return sameNode(a, arg) })
	if at < 0 || slices.ContainsFunc(args[:at], func(a tsparse.Node) bool { return a.Kind() == "spread_element" }) {
		return false
	}
	fn := c.callee(call)
	if !fn.Valid() {
		return false
	}
	c.calls++
	params := namedNoComments(fn.Field("parameters"))
	if at >= len(params) || params[at].Kind() != "required_parameter" || params[at].Field("pattern").Kind() != "identifier" || params[at].Field("value").Valid() {
		return false
	}
	return !rewritesKey(fn, c.key) && !c.handsParamOn(fn, params[at].Field("pattern").Text(), depth+1)
}

// isSchema reports whether s is a schema of a schema library: a chain of
// calls and properties (`z.object({…}).extend({…})`) whose root is a
// library's import, or a const of the module (of its file, or exported
// by a file of the code it imports by name) holding one.
func (c *rowCopy) isSchema(s tsparse.Node, depth int) bool {
	if depth > 4 {
		return false
	}
	for s.Kind() == "call_expression" || s.Kind() == "member_expression" {
		if s.Kind() == "call_expression" {
			s = uncast(s.Field("function"))
		} else {
			s = uncast(s.Field("object"))
		}
	}
	if s.Kind() != "identifier" {
		return false
	}
	name, module := importOf(s, s.Text())
	if scope, _ := bindingScope(s, s.Text(), -1); module != "" && scope.Valid() || module == "" && scope.Kind() != "program" {
		// A name bound where s is read, not the module's.
		return false
	}
	if slices.Contains(schemaLibraries, module) {
		return true
	}
	if module != "" {
		if c.x == nil || name == "default" || name == "*" {
			return false
		}
		path, ok := c.x.resolve(filepath.Clean(s.Tree().Path), module)
		if !ok {
			return false
		}
		tree := c.parse(path)
		if tree == nil {
			return false
		}
		v := moduleConst(tree.Root(), name, true)
		return v.Valid() && c.isSchema(uncast(v), depth+1)
	}
	v := moduleConst(s.Tree().Root(), s.Text(), false)
	return v.Valid() && c.isSchema(uncast(v), depth+1)
}

// moduleConst is the value of the module's `const <name> = …`, exported
// when exported says so; none when the name is declared twice.
func moduleConst(root tsparse.Node, name string, exported bool) tsparse.Node {
	var found tsparse.Node
	for _, st := range namedNoComments(root) {
		if st.Kind() == "export_statement" {
			st = st.Field("declaration")
		} else if exported {
			continue
		}
		if st.Kind() != "lexical_declaration" || !constDeclaration(st) {
			continue
		}
		for _, d := range namedNoComments(st) {
			if d.Kind() == "variable_declarator" && d.Field("name").Kind() == "identifier" && d.Field("name").Text() == name {
				found = d.Field("value")
			}
		}
	}
	if !found.Valid() || bindings(root, name) != 1 {
		return tsparse.Node{}
	}
	return found
}
