package rules

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// Some rows are addressed to a person rather than to a tenant: bklit's
// invitations to the caller's email, which the invitee reads before
// belonging to the tenant, or AFFiNE's list of the caller's own
// workspace memberships. They are read by the signed-in user's identity,
// not by a tenant, and which expression holds that identity is the
// framework's to say (tRPC's `ctx.session.user`, NestJS's
// `@CurrentUser() user`), so the team names it:
// `tenancy { queries { caller_identity = ["ctx.session.user", "@CurrentUser"] } }`.
// A read pinned to the caller, or a row compared with the caller before
// the function goes on, is the caller's own; a write keyed by the caller
// alone is still reported (it reaches every tenant's rows of that person
// at once), and so is anything the identity cannot be shown to be the
// caller's: a name bound otherwise than by a parameter, changed, or
// shadowed.

// callerReads are the operations that only read: a where pinned to the
// caller shows them the caller's own rows.
var callerReads = map[string]bool{"findMany": true, "findFirst": true, "findFirstOrThrow": true, "findUnique": true, "findUniqueOrThrow": true, "count": true, "aggregate": true, "groupBy": true}

// callerRows reports whether c, a read of m, is pinned to the caller by
// its own where: an inline object whose top level (no spread, no computed
// key, no key named twice) gives one of m's user keys (callerUserKeys)
// the caller's id, or its relation `{ id: <caller>.id }`, or m's
// required String field email the
// caller's email. An optional chain on the way may give undefined, for
// which Prisma drops the entry and returns everyone's rows, so none is
// allowed there.
func (q *queryCheck) callerRows(c tsquery.Call, m *prisma.Model) bool {
	if len(q.callerIdentity) == 0 || !callerReads[c.Operation] {
		return false
	}
	where, ok := q.inlineWhere(c)
	if !ok || !q.showsNoTenantRows(c, m) && !q.ownTenantRowsShown(c, m) {
		return false
	}
	userKeys := callerUserKeys(q.t, m)
	email := callerEmailField(m)
	// A spread or a computed key may replace the pin.
	pinned := false
	return eachEntryOnce(where, func(key string, val tsparse.Node) bool {
		for _, uk := range userKeys {
			switch {
			case key == uk.key && q.callerField(val, uk.id, false):
				pinned = true
			case key == uk.relation && q.callerRelation(val, uk.id):
				pinned = true
			}
		}
		if email && key == "email" && q.callerField(val, "email", false) {
			pinned = true
		}
		return true
	}) && pinned
}

// inlineWhere is the where object written in c's own arguments, an
// object literal whose where is one too: a const built elsewhere may be
// changed before the call.
func (q *queryCheck) inlineWhere(c tsquery.Call) (tsparse.Node, bool) {
	if len(c.Args) == 0 {
		return tsparse.Node{}, false
	}
	args := uncast(c.Args[0])
	if args.Kind() != "object" {
		return tsparse.Node{}, false
	}
	var where tsparse.Node
	for _, e := range namedNoComments(args) {
		key, val, ok := property(e)
		if !ok || key == "" {
			return tsparse.Node{}, false // a spread may hold a where
		}
		if key == "where" {
			if where.Valid() {
				return tsparse.Node{}, false
			}
			where = uncast(val)
		}
	}
	return where, where.Kind() == "object"
}

// callerUserKey is one of m's user keys, the foreign key of a required
// relation to the model the users are kept in (personModel) referencing
// the user's id (its single-field @id, whatever its name: `uid`), with the
// relation field it belongs to and the id's name, which the caller's
// user is read by. A model may have
// several (split-pro's expense names its payer and the member who added
// it; a balance names who owes and who is owed): a row naming the caller
// by any of them is addressed to the caller, the only way a single user
// relation is too. An optional one may be empty on a row, and a relation
// to a model holding no users (a plan) names no person.
type callerUserKey struct{ key, relation, id string }

// callerUserKeys lists m's user keys, none for a global model or a tenant
// model itself. A child scoped through its parent (a class's
// memberships) is read as one with its own tenant field: a row naming
// the caller by a required relation is addressed to the caller whichever
// tenant it is under, as the caller's invitation found by email is, and
// what it may show (showsNoTenantRows) is held to the same bound.
func callerUserKeys(t *tenancy, m *prisma.Model) []callerUserKey {
	if t.IsGlobal(m) || t.Field(m) == nil && (!t.Scoped(m) || t.IsRoot(m)) {
		return nil
	}
	var keys []callerUserKey
	for _, f := range m.Fields {
		r := f.Relation
		if r == nil || !r.IsForward() || len(r.Fields()) != 1 || len(r.References()) != 1 || !f.IsRequired() || f.Target() == nil || f.Target() == m || t.IsRoot(f.Target()) || t.Scoped(f.Target()) {
			continue
		}
		if id := idField(f.Target()); id != nil && r.References()[0].Name() == id.Name() && personModel(f.Target()) {
			keys = append(keys, callerUserKey{r.Fields()[0].Name(), f.Name(), id.Name()})
		}
	}
	return keys
}

// personModel reports whether m is where the signed-in users are kept: a
// model named User (or Users), or one with a unique required String
// email. A membership model's one relation outside the tenants may lead
// elsewhere (a subscription's plan): the caller's id equal to a plan's
// number would read that plan's rows in every tenant.
func personModel(m *prisma.Model) bool {
	if m == nil {
		return false
	}
	if name := strings.ToLower(m.Name); name == "user" || name == "users" {
		return true
	}
	f := fieldByName(m, "email")
	return f != nil && f.Kind == prisma.ScalarField && f.TypeName() == "String" && f.IsRequired() && f.Attribute("unique") != nil
}

// callerEmailField reports whether m has a required String field named
// email: a null email, which a caller may have, matches no stored row.
func callerEmailField(m *prisma.Model) bool {
	f := fieldByName(m, "email")
	return f != nil && f.Kind == prisma.ScalarField && f.TypeName() == "String" && f.IsRequired()
}

// callerRelation reports whether val, the filter of m's user relation, is
// an inline object naming the user's id (named id) once, as the caller's.
func (q *queryCheck) callerRelation(val tsparse.Node, id string) bool {
	obj := uncast(val)
	if obj.Kind() != "object" {
		return false
	}
	pinned := false
	return eachEntryOnce(obj, func(key string, v tsparse.Node) bool {
		if key == id {
			pinned = q.callerField(v, id, false)
		}
		return true
	}) && pinned
}

// callerField reports whether n reads field (the users' id or "email") of the
// caller's user as a caller_identity entry names it, directly or through
// a const holding it. chainOK allows optional chains (a comparison with a
// stored field that is always set leaves on undefined too).
func (q *queryCheck) callerField(n tsparse.Node, field string, chainOK bool) bool {
	if len(q.callerIdentity) == 0 {
		return false
	}
	n = uncast(n)
	if k := n.Kind(); k == "identifier" || k == "shorthand_property_identifier" {
		v, ok := constValue(n)
		if !ok {
			return false
		}
		n = uncast(v)
	}
	if n.Kind() != "member_expression" || n.Field("property").Text() != field || !chainOK && optionalChain(n) {
		return false
	}
	return q.callerUser(uncast(n.Field("object"))) >= 0
}

// callerUser is the index of the caller_identity entry that user is, or
// -1: a member chain spelling a path entry (`?.` and `!` aside) whose
// first name is a parameter of the function binding it, or a parameter
// decorated by a decorator entry. The parameter must be the only binding
// of its name in that function (no shadowing), neither optional nor
// defaulted, and nothing there may assign it or a property of it.
func (q *queryCheck) callerUser(user tsparse.Node) int {
	for i, entry := range q.callerIdentity {
		if decorator, ok := strings.CutPrefix(entry, "@"); ok {
			if user.Kind() == "identifier" && callerParameter(user, decorator, q.helpers) {
				return i
			}
			continue
		}
		if call, path, ok := strings.Cut(entry, "()"); ok {
			if callResultUser(user, call, path) {
				return i
			}
			continue
		}
		if strings.ReplaceAll(uncastChain(user), "?.", ".") != entry {
			continue
		}
		root := user
		for root.Kind() == "member_expression" {
			root = uncast(root.Field("object"))
		}
		if root.Kind() == "identifier" && callerParameter(root, "", q.helpers) {
			return i
		}
	}
	return -1
}

// callResultUser reports whether user reads the caller as an entry
// `call()path` names it (`getCurrentUser()`, `auth().user`): a name,
// followed by path, that a const of the function holding user binds to
// the result of call with no arguments, awaited or not. The const is
// the only binding of its name in that function, bound by a plain name
// (not a pattern), and nothing there may assign a property of it or
// hand it to a writer (changedElsewhere). call must be the file's own
// function or an import, the only binding of its name in the file: a
// parameter, a local or a global of that name may return anyone. A
// const of the module is read once, not for each request, and is no
// caller.
func callResultUser(user tsparse.Node, call, path string) bool {
	root := user
	for root.Kind() == "member_expression" {
		root = uncast(root.Field("object"))
	}
	if root.Kind() != "identifier" {
		return false
	}
	name := root.Text()
	if strings.ReplaceAll(uncastChain(user), "?.", ".") != name+path {
		return false
	}
	block, byStatement := bindingScope(root, name, -1)
	if !block.Valid() || !byStatement || block.Kind() == "program" {
		return false
	}
	fn := enclosingFunction(block)
	if !fn.Valid() || !functionKinds[fn.Kind()] {
		return false
	}
	var value tsparse.Node
	for _, st := range block.NamedChildren() {
		if !statementDeclares(st, name) {
			continue
		}
		if st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") || value.Valid() {
			return false
		}
		for _, d := range namedNoComments(st) {
			if d.Kind() == "variable_declarator" && d.Field("name").Kind() == "identifier" && d.Field("name").Text() == name {
				value = d.Field("value")
			}
		}
		if !value.Valid() {
			return false // bound by a pattern
		}
	}
	for value.Kind() == "await_expression" || value.Kind() == "parenthesized_expression" || value.Kind() == "as_expression" || value.Kind() == "satisfies_expression" || value.Kind() == "non_null_expression" {
		value = firstNamed(value)
	}
	if value.Kind() != "call_expression" || len(namedNoComments(value.Field("arguments"))) != 0 {
		return false
	}
	callee := value.Field("function")
	if callee.Kind() != "identifier" || callee.Text() != call || !moduleFunction(callee) {
		return false
	}
	return countBindings(fn, name) == 1 && !changesName(fn, name) && !assignedByCall(fn, name) && !changedElsewhere(fn, name, 0)
}

// moduleFunction reports whether the name callee calls is bound, where
// the call reads it, at its file's top level by an import of that name or
// by a function the file declares with a body (a function declaration, or a
// const given a function written there), and nothing in the file
// assigns it (a function declaration's name may be).
func moduleFunction(callee tsparse.Node) bool {
	name := callee.Text()
	root := callee
	for root.Parent().Valid() {
		root = root.Parent()
	}
	if changesName(root, name) {
		return false
	}
	scope, _ := bindingScope(callee, name, -1)
	switch {
	case scope.Kind() == "program":
		return ownModuleFunction(callee, name)
	case scope.Valid():
		return false
	}
	for _, st := range root.NamedChildren() {
		// Imported under its own name: `import { getUser as
		// getCurrentUser }` and a default import name a function the
		// entry does not.
		if st.Kind() == "import_statement" && anyNode(st, func(n tsparse.Node) bool {
			return n.Kind() == "import_specifier" && n.Field("name").Text() == name && (!n.Field("alias").Valid() || n.Field("alias").Text() == name)
		}) {
			return true
		}
	}
	return false
}

// callerParameter reports whether the name at is the parameter of the
// function binding it, decorated by decorator when one is given, as
// callerUser asks.
func callerParameter(at tsparse.Node, decorator string, x *helperIndex) bool {
	return callerParameterAt(at, decorator, 0, x)
}

func callerParameterAt(at tsparse.Node, decorator string, depth int, x *helperIndex) bool {
	name := at.Text()
	fn, byStatement := bindingScope(at, name, -1)
	if !fn.Valid() || byStatement || !functionKinds[fn.Kind()] {
		return false
	}
	param, ok := parameterBinding(fn, name)
	if !ok || countBindings(fn, name) != 1 || changesName(fn, name) || assignedByCall(fn, name) || changedElsewhere(fn, name, 0) {
		return false
	}
	if outer, _ := bindingScope(fn, name, -1); outer.Valid() {
		// A callback's parameter shadowing the caller's
		// (`all.map((ctx) => …)`) holds whatever the list does.
		return false
	}
	if !calledWithCallers(fn, param, name, decorator, depth, x) {
		return false
	}
	if decorator == "" {
		return true
	}
	for _, d := range param.NamedChildren() {
		if d.Kind() != "decorator" {
			continue
		}
		e := firstNamed(d)
		if e.Kind() == "call_expression" {
			e = e.Field("function")
		}
		if e.Kind() == "identifier" && e.Text() == decorator {
			return param.Field("pattern").Kind() == "identifier"
		}
	}
	return false
}

// calledWithCallers reports whether every call of fn in its file (by the
// name a declaration, a const or a method gives it) hands it, at param's
// place, a caller in turn: the calling function's parameter of the same
// name (a path's root), or one with the same decorator. A helper of the
// file taking ctx is handed the framework's, not one the code builds
// (`helper({ ...ctx, session: { user: { id: input.userId } } })`), nor
// another parameter (`this.workspaces(parent)`). Calls from other files
// are not seen.
func calledWithCallers(fn, param tsparse.Node, name, decorator string, depth int, x *helperIndex) bool {
	var called tsparse.Node
	switch fn.Kind() {
	case "function_declaration", "generator_function_declaration", "method_definition":
		called = fn.Field("name")
	case "arrow_function", "function_expression", "function":
		if p := fn.Parent(); p.Kind() == "variable_declarator" && sameNode(p.Field("value"), fn) {
			called = p.Field("name")
		}
	}
	if !called.Valid() || called.Kind() != "identifier" && called.Kind() != "property_identifier" {
		return frameworkCallback(fn)
	}
	index := -1
	for i, p := range namedNoComments(fn.Field("parameters")) {
		if sameNode(p, param) {
			index = i
		}
	}
	if p := fn.Field("parameter"); p.Valid() && sameNode(p, param) {
		index = 0
	}
	if index < 0 || depth >= 3 {
		return false
	}
	method := fn.Kind() == "method_definition"
	root := fn
	for root.Parent().Valid() {
		root = root.Parent()
	}
	if method && fn.Parent().Kind() == "object" && !objectReadByName(fn.Parent(), root) {
		return false
	}
	misused := func(n tsparse.Node, loose bool) bool {
		if !loose && !method && defaultExported(n) {
			// `export default handler;` hands it to any file that
			// imports the module's default, under a name of its own.
			return defaultReached(x, fn.Tree().Path)
		}
		if handedOut(n, called, method, loose) {
			return true
		}
		if n.Kind() != "call_expression" {
			return false
		}
		f := uncast(n.Field("function"))
		switch {
		case (loose || !method) && f.Kind() == "identifier" && f.Text() == called.Text():
		case (loose || method) && f.Kind() == "member_expression" && f.Field("property").Text() == called.Text():
			if method && anotherClassOwn(f, fn) {
				return false
			}
		default:
			return false
		}
		args := namedNoComments(n.Field("arguments"))
		for _, a := range args[:min(index+1, len(args))] {
			if a.Kind() == "spread_element" {
				return true
			}
		}
		if index >= len(args) {
			return true
		}
		a := uncast(args[index])
		return a.Kind() != "identifier" || decorator == "" && a.Text() != name || !callerParameterAt(a, decorator, depth+1, x)
	}
	if anyNode(root, func(n tsparse.Node) bool { return misused(n, false) }) {
		return false
	}
	return !calledOutside(x, fn.Tree().Path, called.Text(), func(other tsparse.Node) bool {
		return anyNode(other, func(n tsparse.Node) bool { return misused(n, true) })
	})
}

// anotherClassOwn reports whether callee, `this.name`, is read in a class
// other than method's that extends none and defines a method of that
// name: its own, not method.
func anotherClassOwn(callee, method tsparse.Node) bool {
	if uncast(callee.Field("object")).Kind() != "this" {
		return false
	}
	at, own := enclosingClass(callee), enclosingClass(method)
	if !at.Valid() || !own.Valid() || sameNode(at, own) {
		return false
	}
	for _, c := range at.NamedChildren() {
		if c.Kind() == "class_heritage" {
			return false
		}
	}
	name := at.Field("name")
	if !name.Valid() || name.Text() == own.Field("name").Text() {
		return false
	}
	// The class must define the method itself: one whose prototype is
	// given the method otherwise calls ours.
	return anyNode(at.Field("body"), func(n tsparse.Node) bool {
		return n.Kind() == "method_definition" && n.Field("name").Text() == callee.Field("property").Text() && sameNode(enclosingClass(n), at)
	})
}

// enclosingClass is the class n is written in, or none.
func enclosingClass(n tsparse.Node) tsparse.Node {
	for p := n.Parent(); p.Valid(); p = p.Parent() {
		switch p.Kind() {
		case "class_declaration", "class", "abstract_class_declaration":
			return p
		}
	}
	return tsparse.Node{}
}

// calledOutside reports whether a file other than own that spells name
// as a word uses it as misused says: an exported helper, or a method of
// an exported class, is called from other files with whatever they
// build (`listFor({ session: { user: { id: input.userId } } })`), so
// those calls are read as the file's own are, and any other mention of
// the name there (an alias, a value handed on) refuses. A file that
// cannot be read cleanly refuses too.
func calledOutside(x *helperIndex, own, name string, misused func(root tsparse.Node) bool) bool {
	if x == nil {
		return false
	}
	own = filepath.Clean(own)
	word := compiled(`(?:^|[^\w$])` + regexp.QuoteMeta(name) + `(?:$|[^\w$])`)
	for path, src := range x.files {
		if path == own || !bytes.Contains(src, []byte(name)) || !word.Match(src) {
			continue
		}
		tree, err := tsparse.Parse(path, src)
		if err != nil {
			return true
		}
		bad := misused(tree.Root())
		tree.Close()
		if bad {
			return true
		}
	}
	return false
}

// handedOut reports whether n names the function called (its name, a
// method's property) otherwise than as the callee of a call, which
// calledWithCallers reads: `helper.call(null, built)`, `const alias =
// helper`, `[built].map(helper)`, `this["method"](built)`, a string
// holding the name (`api[key](built)`) or `const { method } = this` call
// it with arguments no call of its name shows.
// Re-exporting it by name is calling from another file, like exporting
// its declaration.
//
// With loose (another file, where the name may be the function's by an
// import or a namespace), every spelling of it counts, imported under its
// own name aside.
func handedOut(n, called tsparse.Node, method, loose bool) bool {
	name := called.Text()
	switch n.Kind() {
	case "string", "template_string":
		// A name held in a string may reach it by a computed member
		// (`const key = "list"; api[key](built)`); a decorator's
		// options naming the method are the framework's.
		return strings.Trim(n.Text(), "'\"`") == name && !insideDecorator(n)
	case "identifier", "property_identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern":
	default:
		return false
	}
	if n.Text() != name || sameNode(n, called) {
		return false
	}
	if !method && !loose && n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" && n.Kind() != "shorthand_property_identifier_pattern" {
		return false // another object's property, not the function
	}
	if inTypeQuery(n) {
		return false // `typeof import("./x").handler`: a type, erased before anything runs
	}
	p := n.Parent()
	switch {
	case p.Kind() == "call_expression" && sameNode(p.Field("function"), n):
		return false
	case loose && (p.Kind() == "variable_declarator" || p.Kind() == "function_declaration") && sameNode(p.Field("name"), n):
		// Another file's own function or const of the name: its
		// mentions there are read as ours still, and its calls must
		// hand a caller as ours must.
		return false
	case loose && n.Kind() == "identifier" && ownModuleFunction(n, name):
		// `export default createHandler;` of another router's own
		// createHandler hands on that one; calls of the name there
		// are still read as calls of ours.
		return false
	case p.Kind() == "export_specifier" && p.Field("alias").Valid() && p.Field("alias").Text() != name:
		// `export { handler as other }`: other files call it by a name
		// the search for this one does not find.
		return true
	case p.Kind() == "member_expression" && sameNode(p.Field("property"), n):
		if !method && !loose {
			return false // another object's property, not the function
		}
		call := p.Parent()
		return call.Kind() != "call_expression" || !sameNode(call.Field("function"), p)
	case p.Kind() == "export_specifier":
		return false
	case p.Kind() == "arguments" && frameworkArgument(n):
		return false // handed to the framework by name: protectedProcedure.query(listMine)
	case loose && p.Kind() == "import_specifier":
		return p.Field("alias").Valid() // renamed, its calls are not read
	case method && p.Kind() == "method_definition" && sameNode(p.Field("name"), n):
		return false // another class's method of that name
	}
	return true
}

// ownModuleFunction reports whether the name at n is bound, where n
// reads it, by its file's own top-level function of that name (a
// function declaration or a const given a function written there), not
// by an import nor by a value taken from another module, and nothing in
// the file assigns it (a function declaration's name may be given any
// value: `handler = mod["handler"]`).
func ownModuleFunction(n tsparse.Node, name string) bool {
	scope, _ := bindingScope(n, name, -1)
	if scope.Kind() != "program" || changesName(scope, name) {
		return false
	}
	for _, st := range scope.NamedChildren() {
		if declared(declarationOf(st), name).Valid() {
			return true
		}
	}
	return false
}

// inTypeQuery reports whether n is written in a type query (`typeof
// handler`, `typeof import("./x").handler`), which names a value's type
// and runs nothing.
func inTypeQuery(n tsparse.Node) bool {
	for p := n.Parent(); p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
		switch p.Kind() {
		case "type_query":
			return true
		case "statement_block", "program":
			return false
		}
	}
	return false
}

// defaultExported reports whether n is the name `export default n;`
// exports.
func defaultExported(n tsparse.Node) bool {
	p := n.Parent()
	return n.Kind() == "identifier" && p.Kind() == "export_statement" && sameNode(p.Field("value"), n)
}

// defaultReached reports whether a file of the code other than own may
// reach own's default export: it imports the default (under any name),
// the whole module (`import * as m`, `require`, `import()`), or re-exports
// either; a specifier that names a file by own's name but resolves to
// none is taken to be own. With no index, or a file that does not parse,
// it may.
func defaultReached(x *helperIndex, own string) bool {
	if x == nil {
		return true
	}
	own = filepath.Clean(own)
	stem := strings.TrimSuffix(filepath.Base(own), filepath.Ext(own))
	if stem == "index" {
		stem = filepath.Base(filepath.Dir(own))
	}
	for path, src := range x.files {
		if filepath.Clean(path) == own || !bytes.Contains(src, []byte(stem)) {
			continue
		}
		tree, err := tsparse.Parse(path, src)
		if err != nil {
			return true
		}
		reached := anyNode(tree.Root(), func(n tsparse.Node) bool {
			if n.Kind() != "string" {
				return false
			}
			spec := strings.Trim(n.Text(), "'\"`")
			if resolved, ok := x.resolve(path, spec); ok {
				if filepath.Clean(resolved) != own {
					return false
				}
			} else if s := strings.TrimSuffix(filepath.Base(spec), filepath.Ext(spec)); s != stem && !(s == "index" && filepath.Base(filepath.Dir(spec)) == stem) {
				return false
			}
			return reachesDefault(n)
		})
		tree.Close()
		if reached {
			return true
		}
	}
	return false
}

// reachesDefault reports whether spec, a string naming the module, is
// where a statement or a call takes the module's default: a default or
// namespace import, an import or re-export of `default`, `export * as`,
// `require` (`import m = require(…)` too) or `import()`. A named import
// of other names, a side-effect import, `export * from` (which leaves the
// default out) and an import() in a type do not; a string anywhere else
// is no module's name.
func reachesDefault(spec tsparse.Node) bool {
	if inTypeQuery(spec) {
		return false // `typeof import("./x").handler` loads nothing
	}
	st := spec.Parent()
	switch st.Kind() {
	case "import_require_clause":
		return true // `import m = require("./x")`
	case "import_statement", "export_statement":
		if !sameNode(st.Field("source"), spec) {
			return false
		}
	case "arguments":
		call := st.Parent()
		f := call.Field("function")
		return call.Kind() == "call_expression" && (f.Kind() == "import" || f.Kind() == "identifier" && f.Text() == "require")
	default:
		return false
	}
	return anyNode(st, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "namespace_import", "namespace_export":
			return true
		case "import_clause":
			return slices.ContainsFunc(namedNoComments(n), func(c tsparse.Node) bool { return c.Kind() == "identifier" })
		case "import_specifier", "export_specifier":
			return n.Field("name").Text() == "default"
		}
		return false
	})
}

// objectReadByName reports whether obj, an object literal holding a
// method, is a const of the file, not exported, whose every mention reads
// a property by its name (`api.list(…)`): `Object.values(api)` or a
// computed member reach its methods under no name the calls can be
// checked by.
func objectReadByName(obj, root tsparse.Node) bool {
	decl := obj.Parent()
	holder := decl.Field("name")
	if decl.Kind() != "variable_declarator" || !sameNode(uncast(decl.Field("value")), obj) || holder.Kind() != "identifier" {
		return false
	}
	for p := decl.Parent(); p.Valid(); p = p.Parent() {
		if p.Kind() == "export_statement" {
			return false
		}
	}
	return !anyNode(root, func(n tsparse.Node) bool {
		if n.Kind() != "identifier" || n.Text() != holder.Text() || sameNode(n, holder) {
			return false
		}
		p := n.Parent()
		return p.Kind() != "member_expression" || !sameNode(p.Field("object"), n) || p.Field("property").Kind() != "property_identifier"
	})
}

// insideDecorator reports whether n is written in a decorator.
func insideDecorator(n tsparse.Node) bool {
	for p := n.Parent(); p.Valid(); p = p.Parent() {
		if p.Kind() == "decorator" {
			return true
		}
	}
	return false
}

// frameworkCallback reports whether fn, a function given no name, is
// handed to a framework that calls it with the caller (frameworkArgument).
func frameworkCallback(fn tsparse.Node) bool {
	return frameworkArgument(fn)
}

// frameworkArgument reports whether n is handed to a framework that calls
// it with the caller: an argument of a procedure's or a route's builder
// (`protectedProcedure.query(…)`, `router.post(path, …)`) written outside
// any function. A callback inside a function is called with what that
// function holds, and one handed to any other method (a list's map, a
// promise's then, an event's on, a library's each) gets values the code
// gives it (`all.map((ctx) => …)`); which methods iterate cannot be
// known, so only the builders are taken.
func frameworkArgument(n tsparse.Node) bool {
	args := n.Parent()
	call := args.Parent()
	if args.Kind() != "arguments" || call.Kind() != "call_expression" {
		return false
	}
	callee := uncast(call.Field("function"))
	if callee.Kind() != "member_expression" || !frameworkBuilders[callee.Field("property").Text()] {
		return false
	}
	for p := call.Parent(); p.Valid(); p = p.Parent() {
		if functionKinds[p.Kind()] {
			return false
		}
	}
	return true
}

// frameworkBuilders are the methods that register a handler the framework
// calls with the request's context: tRPC's procedures and HTTP routers'
// routes.
var frameworkBuilders = map[string]bool{
	"query": true, "mutation": true, "subscription": true,
	"get": true, "post": true, "put": true, "patch": true, "delete": true, "all": true, "route": true, "handler": true,
}

// parameterBinding is the parameter of fn that binds name, as a whole or
// destructured, when it is required and has no default (nor does the
// name inside the pattern): a default is a value the caller need not be.
func parameterBinding(fn tsparse.Node, name string) (tsparse.Node, bool) {
	if p := fn.Field("parameter"); p.Valid() {
		return p, p.Kind() == "identifier" && p.Text() == name
	}
	for _, p := range namedNoComments(fn.Field("parameters")) {
		if !bindsName(p, name) {
			continue
		}
		if p.Kind() != "required_parameter" || p.Field("value").Valid() {
			return tsparse.Node{}, false
		}
		return p, ownProperty(p.Field("pattern"), name)
	}
	return tsparse.Node{}, false
}

// ownProperty reports whether pattern, a parameter's, binds name to the
// whole argument or to the argument's own property of that name (tRPC's
// `{ ctx, input }`, or `{ ctx: ctx }`): not another property under the
// name (`{ input: ctx }` is the request's input), one nested deeper, an
// element of a list, a default or a rest.
func ownProperty(pattern tsparse.Node, name string) bool {
	switch pattern.Kind() {
	case "identifier":
		return pattern.Text() == name
	case "object_pattern":
	default:
		return false
	}
	for _, e := range namedNoComments(pattern) {
		switch e.Kind() {
		case "shorthand_property_identifier_pattern":
			if e.Text() == name {
				return true
			}
		case "pair_pattern":
			v := e.Field("value")
			if keyName(e.Field("key")) == name && v.Kind() == "identifier" && v.Text() == name {
				return true
			}
		}
	}
	return false
}

// changedElsewhere reports whether fn may change name's value otherwise
// than by writing it: through another name holding it or a part of it
// (`const session = ctx.session; session.user = other`), or by handing it
// (or such a part) to a function of the file that writes onto its
// parameter (`impersonate(ctx, input.userId)`). A function imported is
// not read.
func changedElsewhere(fn tsparse.Node, name string, depth int) bool {
	if depth > 2 {
		return true
	}
	return anyNode(fn, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "variable_declarator":
			v := uncast(n.Field("value"))
			if v.Kind() != "identifier" && v.Kind() != "member_expression" && v.Kind() != "subscript_expression" || rootName(v) != name {
				return false
			}
			return anyNode(n.Field("name"), func(b tsparse.Node) bool {
				if k := b.Kind(); k != "identifier" && k != "shorthand_property_identifier_pattern" {
					return false
				}
				alias := b.Text()
				return alias != name && (changesName(fn, alias) || assignedByCall(fn, alias) || changedElsewhere(fn, alias, depth+1))
			})
		case "call_expression":
			callee := uncast(n.Field("function"))
			if callee.Kind() != "identifier" {
				return false
			}
			for i, a := range namedNoComments(n.Field("arguments")) {
				if rootName(a) != name {
					continue
				}
				target, ok := functionNamed(fn.Tree(), callee.Text())
				if !ok {
					return false
				}
				params := namedNoComments(target.Field("parameters"))
				if p := target.Field("parameter"); p.Valid() {
					params = []tsparse.Node{p}
				}
				if i >= len(params) {
					return false
				}
				pattern := params[i].Field("pattern")
				if params[i].Kind() == "identifier" {
					pattern = params[i]
				}
				if pattern.Kind() != "identifier" {
					return true // destructured: its parts may be written under any name
				}
				if changesName(target, pattern.Text()) || assignedByCall(target, pattern.Text()) || changedElsewhere(target, pattern.Text(), depth+1) {
					return true
				}
			}
		}
		return false
	})
}

// assignedByCall reports whether a call in fn writes onto name or a part
// of it: Object.assign, Object.defineProperty, Reflect.set and the like.
func assignedByCall(fn tsparse.Node, name string) bool {
	return anyNode(fn, func(n tsparse.Node) bool {
		if n.Kind() != "call_expression" {
			return false
		}
		f := n.Field("function")
		if f.Kind() != "member_expression" {
			return false
		}
		switch f.Field("object").Text() + "." + f.Field("property").Text() {
		case "Object.assign", "Object.defineProperty", "Object.defineProperties", "Object.setPrototypeOf", "Reflect.set", "Reflect.defineProperty", "Reflect.setPrototypeOf":
			args := namedNoComments(n.Field("arguments"))
			return len(args) > 0 && rootName(args[0]) == name
		}
		return false
	})
}

// callerCompared reports whether c, a lookup of one row of m bound to a
// name, is followed before end by a comparison of that row with the
// caller that makes the function leave when they differ, before the row
// is used: `if (invitation.email !== ctx.session.user.email) throw …`,
// or one of the row's user keys against the caller's id. The row's field must be
// one the lookup returns and the schema requires, so that a caller
// without one (undefined) differs from every row. The exits are those of
// the comparisons with the tenant (rowTestLeaves).
func (q *queryCheck) callerCompared(c tsquery.Call, m *prisma.Model, end int) bool {
	if len(q.callerIdentity) == 0 {
		return false
	}
	switch c.Operation {
	case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
	default:
		return false
	}
	name := boundName(c)
	if name == "" || !q.showsNoTenantRows(c, m) {
		return false
	}
	if block := bindingBlock(c); block.Valid() {
		end = min(end, block.End())
	}
	// The row's field and the caller's it must equal.
	fields := map[string]string{}
	for _, uk := range callerUserKeys(q.t, m) {
		if q.rowHolds(c, uk.key) {
			fields[uk.key] = uk.id
		}
	}
	if callerEmailField(m) && q.rowHolds(c, "email") {
		fields["email"] = "email"
	}
	if len(fields) == 0 {
		return false
	}
	rowField := func(side tsparse.Node) string {
		side = uncast(side)
		obj := uncast(side.Field("object"))
		if side.Kind() != "member_expression" || obj.Kind() != "identifier" || obj.Text() != name {
			return ""
		}
		return fields[side.Field("property").Text()]
	}
	return q.rowTestLeaves(c.Node, name, end, func(b tsparse.Node, row func(tsparse.Node) bool, exits func(tsparse.Node, bool) bool) bool {
		if b.Kind() != "binary_expression" {
			return false
		}
		op := b.Field("operator").Text()
		switch op {
		case "===", "!==", "==", "!=":
		default:
			return false
		}
		l, r := b.Field("left"), b.Field("right")
		matched := false
		if f := rowField(l); f != "" && q.callerField(r, f, true) {
			matched = true
		}
		if f := rowField(r); f != "" && q.callerField(l, f, true) {
			matched = true
		}
		return matched && row(b) && exits(b, strings.HasPrefix(op, "!"))
	})
}

// callerKeyed reports whether c, an earlier lookup of target by the key
// the call being judged reads (value, given in that call's own where as
// val), has its row compared with the caller (callerCompared) before the
// call: the call then reaches the caller's own row. Only a call on target
// itself, keyed in its where: the row is the caller's, not the tenant's,
// so a write of another row linking it is judged as before.
func (q *queryCheck) callerKeyed(c tsquery.Call, target *prisma.Model, val tsparse.Node) bool {
	if len(q.callerIdentity) == 0 || q.linking.Valid() || !val.Valid() || q.modelOfCall(q.call) != target {
		return false
	}
	judged, ok := q.callAt(q.call)
	if !ok {
		return false
	}
	where, ok := q.inlineWhere(judged)
	return ok && spans(where, val) && q.showsNoTenantRows(judged, target) && writesNoLink(judged, target) && q.callerCompared(c, target, q.call.Start())
}

// writesNoLink reports whether c, a call on m by a row proven the
// caller's, writes only m's own scalars (inline objects, no spread): not
// its tenant field nor another key or relation, which would move the
// caller's row into a tenant the request names (an invitation the
// caller then accepts into any organization).
func writesNoLink(c tsquery.Call, m *prisma.Model) bool {
	args := uncast(c.Args[0])
	for _, e := range namedNoComments(args) {
		key, val, ok := property(e)
		if !ok || key == "" {
			return false
		}
		switch key {
		case "data", "create", "update":
		default:
			continue
		}
		data := uncast(val)
		if data.Kind() != "object" {
			return false
		}
		for _, de := range namedNoComments(data) {
			name, _, ok := property(de)
			f := fieldByName(m, name)
			if !ok || name == "" || f == nil || f.Kind != prisma.ScalarField || foreignKey(m, name) {
				return false
			}
		}
	}
	return true
}

// foreignKey reports whether name is a field of one of m's relations.
func foreignKey(m *prisma.Model, name string) bool {
	for _, f := range m.Fields {
		if f.Relation == nil || !f.Relation.IsForward() {
			continue
		}
		for _, k := range f.Relation.Fields() {
			if k.Name() == name {
				return true
			}
		}
	}
	return false
}

// showsNoTenantRows reports whether c, a call on m the caller's identity
// proves, returns no row of a tenant beside its own: its include and
// select (inline objects, no spread) reach no judged model, at any depth.
// A row addressed to the caller is not the caller's tenant's: the
// invitation's organization may be shown to the invitee (`organization:
// true`, its name and logo), but not that organization's projects or
// members, which only its members may read.
func (q *queryCheck) showsNoTenantRows(c tsquery.Call, m *prisma.Model) bool {
	return readIncludes(c, func(args tsparse.Node) bool { return q.relationsShowNoTenantRows(args, m, 0) })
}

// readIncludes reports whether c's include and select pass walk, which is
// handed its argument object: true without arguments, false when they are
// no object literal or the fluent API walks the row found.
func readIncludes(c tsquery.Call, walk func(args tsparse.Node) bool) bool {
	if fluentRelation(c.Node) {
		return false
	}
	if len(c.Args) == 0 {
		return true
	}
	args := uncast(c.Args[0])
	return args.Kind() == "object" && walk(args)
}

// fluentRelation reports whether call's result is walked by Prisma's
// fluent API (`findFirst(…).organization().members()`), which reads the
// relations of the row found, a tenant's rows among them; awaiting it
// (then, catch, finally) is not.
func fluentRelation(call tsparse.Node) bool {
	p := call.Parent()
	if p.Kind() != "member_expression" || !sameNode(p.Field("object"), call) {
		return false
	}
	switch p.Field("property").Text() {
	case "then", "catch", "finally":
		return false
	}
	return true
}

// relationsShowNoTenantRows is showsNoTenantRows for obj, the arguments
// of a call on m or of a relation of it: its include and select.
func (q *queryCheck) relationsShowNoTenantRows(obj tsparse.Node, m *prisma.Model, depth int) bool {
	if depth > 8 {
		return false
	}
	return q.eachIncluded(obj, m, func(f *prisma.Field, v tsparse.Node) bool {
		return !q.judged(f.Target()) && q.valueShowsNoTenantRows(v, f.Target(), depth)
	})
}

// valueShowsNoTenantRows reports whether v, what an include or select
// asks of a relation to target, shows no tenant's rows below it: true or
// false, or an object whose own include and select show none.
func (q *queryCheck) valueShowsNoTenantRows(v tsparse.Node, target *prisma.Model, depth int) bool {
	switch inner := uncast(v); inner.Kind() {
	case "true", "false":
		return true
	case "object":
		return q.relationsShowNoTenantRows(inner, target, depth+1)
	}
	return false
}

// eachIncluded calls visit with each relation of m that obj's include or
// select names, and the value it gives it, until visit says false. A
// spread, a computed key or an include that is not an object literal may
// name anything: false. Scalars and counts (_count) show no row.
func (q *queryCheck) eachIncluded(obj tsparse.Node, m *prisma.Model, visit func(f *prisma.Field, v tsparse.Node) bool) bool {
	for _, e := range namedNoComments(obj) {
		key, val, ok := property(e)
		if !ok || key == "" {
			return false
		}
		if key != "include" && key != "select" {
			continue
		}
		if !eachRelationOf(val, m, visit) {
			return false
		}
	}
	return true
}

// eachRelationOf is eachIncluded for val, the value of one include or
// select of a call on m.
func eachRelationOf(val tsparse.Node, m *prisma.Model, visit func(f *prisma.Field, v tsparse.Node) bool) bool {
	fields := uncast(val)
	if fields.Kind() != "object" {
		return false
	}
	for _, fe := range namedNoComments(fields) {
		name, v, ok := property(fe)
		if !ok || name == "" {
			return false
		}
		f := fieldByName(m, name)
		if f == nil || f.Relation == nil || f.Target() == nil {
			continue
		}
		if !visit(f, v) {
			return false
		}
	}
	return true
}

// callerMatches records which caller_identity entries the code read
// names: a path as a member chain rooted at a parameter, a call's result
// as a const of a function bound to it, a decorator on a parameter. An entry that names nothing proves nothing, and is said.
type callerMatches struct {
	entries []string
	matched []atomic.Bool
}

func newCallerMatches(entries []string) *callerMatches {
	return &callerMatches{entries: entries, matched: make([]atomic.Bool, len(entries))}
}

// read looks for the entries not yet matched in tree.
func (cm *callerMatches) read(tree *tsparse.Tree) {
	if cm == nil {
		return
	}
	for i, entry := range cm.entries {
		if cm.matched[i].Load() {
			continue
		}
		decorator, isDecorator := strings.CutPrefix(entry, "@")
		if !mentionsEntry(tree.Src, entry) {
			continue
		}
		call, _, isCall := strings.Cut(entry, "()")
		found := anyNode(tree.Root(), func(n tsparse.Node) bool {
			if isCall {
				return callerCallBound(n, call)
			}
			if isDecorator {
				if n.Kind() != "decorator" {
					return false
				}
				e := firstNamed(n)
				if e.Kind() == "call_expression" {
					e = e.Field("function")
				}
				p := n.Parent().Kind()
				return e.Kind() == "identifier" && e.Text() == decorator && (p == "required_parameter" || p == "optional_parameter")
			}
			if n.Kind() != "member_expression" || strings.ReplaceAll(uncastChain(n), "?.", ".") != entry {
				return false
			}
			root := n
			for root.Kind() == "member_expression" {
				root = uncast(root.Field("object"))
			}
			scope, byStatement := bindingScope(root, root.Text(), -1)
			return root.Kind() == "identifier" && scope.Valid() && !byStatement && functionKinds[scope.Kind()]
		})
		if found {
			cm.matched[i].Store(true)
		}
	}
}

// callerCallBound reports whether n is a call of call with no
// arguments whose result (awaited or not) a const of a function is given,
// as callResultUser reads a call entry.
func callerCallBound(n tsparse.Node, call string) bool {
	if n.Kind() != "call_expression" || n.Field("function").Kind() != "identifier" || n.Field("function").Text() != call || len(namedNoComments(n.Field("arguments"))) != 0 {
		return false
	}
	v := n
	for p := v.Parent(); p.Kind() == "await_expression" || p.Kind() == "parenthesized_expression" || p.Kind() == "as_expression" || p.Kind() == "satisfies_expression" || p.Kind() == "non_null_expression"; p = v.Parent() {
		v = p
	}
	d := v.Parent()
	if d.Kind() != "variable_declarator" || !sameNode(d.Field("value"), v) || d.Field("name").Kind() != "identifier" || !strings.HasPrefix(d.Parent().Text(), "const") {
		return false
	}
	fn := enclosingFunction(d)
	return fn.Valid() && functionKinds[fn.Kind()]
}

// mentionsEntry tells whether src holds every word of a caller_identity
// entry (the decorator with its @, a call with its empty parentheses): a
// prefilter of the tree's reading.
func mentionsEntry(src []byte, entry string) bool {
	words := strings.Split(entry, ".")
	if strings.HasPrefix(entry, "@") {
		words = []string{entry}
	}
	for _, w := range words {
		if !bytes.Contains(src, []byte(w)) {
			return false
		}
	}
	return true
}

// report says each entry written in the configuration that matched
// nothing. An entry the code uses only in files that make no query (a
// NestJS controller's decorator, its services taking a plain id) is not
// a typo, and removing it is not the answer: it is told where it is used
// and why that proves nothing.
func (cm *callerMatches) report(p *Pass, code []tsquery.File) {
	if cm == nil {
		return
	}
	ranges := p.Config.Tenancy.Queries.CallerIdentityRanges
	for i, entry := range cm.entries {
		if cm.matched[i].Load() || i >= len(ranges) {
			continue
		}
		msg := fmt.Sprintf("caller_identity %q matches nothing in the code; remove it or fix the path", entry)
		if at := slices.IndexFunc(code, func(f tsquery.File) bool { return mentionsEntry(f.Src, entry) }); at >= 0 {
			msg = fmt.Sprintf("caller_identity %q appears only where no tenant-scoped model is queried (as in %q), so it proves no query's caller; name the caller as the querying functions see it, or remove it", entry, code[at].Path)
		}
		p.ReportAs(severity.Notice, Diagnostic{Range: hclRange(ranges[i]), Message: msg})
	}
}
