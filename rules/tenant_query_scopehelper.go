package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// A where built by a helper that adds the tenant to the one it is given
// (llamaworkspace's scopeAppByWorkspace):
//
//	export const scopeAppByWorkspace = (where: Prisma.AppWhereInput, workspaceId: string) =>
//	  ({ ...where, workspaceId });
//	…
//	await prisma.app.findFirstOrThrow({ where: scopeAppByWorkspace({ id: appId }, workspaceId) });
//
// The helper's whole body is an object made of its parameters, so the
// where is read as that object with the caller's arguments in place of
// the parameters: `{ ...{ id: appId }, workspaceId }`. Only that shape is
// read: one spread, first (a later spread could undo a key before it),
// then keys given a parameter, a relation's object of them, or a value
// reading no parameter (`published: true`). A method of the class that
// nothing may replace (`this.candidateWhere(environmentId)`, usertour) is
// read the same way, and so is such a helper spread into a where.

// scopeEntry is one entry of such a helper's object: the parameter it
// reads (its index), spread when key is "", or the entries of the object
// it gives a relation (`app: { workspaceId }`), or fixed: a value that
// reads no parameter (`published: true`), which filters by no tenant.
type scopeEntry struct {
	key    string
	arg    int
	nested []scopeEntry
	text   string       // a fixed entry's value
	val    tsparse.Node // a fixed entry's value, in the helper
}

// fixedArg is the arg of a fixed entry.
const fixedArg = -2

// scopeHelperWhere reads n, a where, as a call of a scope helper of the
// file or imported by it: the helper's entries and the call's arguments
// they read; ok is false for anything else.
func (q *queryCheck) scopeHelperWhere(n tsparse.Node) (entries []scopeEntry, args []tsparse.Node, ok bool) {
	n = uncast(n)
	callee := n.Field("function")
	if n.Kind() != "call_expression" {
		return nil, nil, false
	}
	method := callee.Kind() == "member_expression" && callee.Field("object").Kind() == "this" && methodName(callee.Field("property"))
	if callee.Kind() != "identifier" && !method {
		return nil, nil, false
	}
	args = namedNoComments(n.Field("arguments"))
	for _, a := range args {
		if a.Kind() == "spread_element" {
			return nil, nil, false
		}
	}
	read := func(fn tsparse.Node) bool {
		entries, ok = scopeHelperEntries(fn)
		return ok && argsGiven(entries, len(args))
	}
	if method {
		// `this.candidateWhere(id)`, when nothing may replace the method.
		fn := finalMethod(q.helpers, n, callee.Field("property").Text())
		return entries, args, fn.Valid() && read(fn)
	}
	if fn := fileArrowOrFunction(n); fn.Valid() {
		return entries, args, read(fn)
	}
	if q.helpers.imported(q, n, func(fn tsparse.Node, _ *queryCheck) bool { return read(fn) }) {
		return entries, args, true
	}
	return nil, nil, false
}

// fileArrowOrFunction is the function call calls by a name the file binds
// once at its top level: a function declaration, or an arrow or function
// expression a const is given.
func fileArrowOrFunction(call tsparse.Node) tsparse.Node {
	if fn := topFunction(call); fn.Valid() {
		return fn
	}
	name := call.Field("function").Text()
	root := call.Tree().Root()
	if bindings(root, name) != 1 {
		return tsparse.Node{}
	}
	for _, st := range namedNoComments(root) {
		st = declarationOf(st)
		if st.Kind() != "lexical_declaration" || !constDeclaration(st) {
			continue
		}
		for _, d := range namedNoComments(st) {
			if d.Kind() == "variable_declarator" && d.Field("name").Kind() == "identifier" && d.Field("name").Text() == name {
				if v := uncast(d.Field("value")); v.Kind() == "arrow_function" || v.Kind() == "function_expression" {
					return v
				}
			}
		}
	}
	return tsparse.Node{}
}

// scopeHelperEntries reads fn as a scope helper: plain parameters, and a
// body that is, or only returns, an object literal of at most one spread
// of a parameter, first, then keys (scopeObjectEntries).
func scopeHelperEntries(fn tsparse.Node) ([]scopeEntry, bool) {
	params := map[string]int{}
	if p := fn.Field("parameter"); p.Valid() {
		if p.Kind() != "identifier" {
			return nil, false
		}
		params[p.Text()] = 0
	} else {
		for i, p := range namedNoComments(fn.Field("parameters")) {
			pattern := p.Field("pattern")
			if p.Kind() != "required_parameter" || pattern.Kind() != "identifier" || p.Field("value").Valid() {
				return nil, false
			}
			params[pattern.Text()] = i
		}
	}
	body := fn.Field("body")
	if body.Kind() == "statement_block" {
		stmts := namedNoComments(body)
		if len(stmts) != 1 || stmts[0].Kind() != "return_statement" {
			return nil, false
		}
		body = firstNamed(stmts[0])
	}
	entries := scopeObjectEntries(uncast(body), params, true)
	return entries, len(entries) > 0
}

// scopeObjectEntries reads obj, an object of a scope helper whose
// parameters are params, as its entries; nil for any other shape. Only
// the outermost object may spread.
func scopeObjectEntries(obj tsparse.Node, params map[string]int, outermost bool) []scopeEntry {
	if obj.Kind() != "object" {
		return nil
	}
	var entries []scopeEntry
	param := func(n tsparse.Node) (int, bool) {
		n = uncast(n)
		i, ok := params[n.Text()]
		return i, ok && n.Kind() == "identifier"
	}
	for i, e := range namedNoComments(obj) {
		switch e.Kind() {
		case "spread_element":
			arg, ok := param(firstNamed(e))
			if !ok || i > 0 || !outermost {
				return nil
			}
			entries = append(entries, scopeEntry{arg: arg})
		case "shorthand_property_identifier":
			arg, ok := params[e.Text()]
			if !ok {
				return nil // a name of the helper's scope: anything
			}
			entries = append(entries, scopeEntry{key: e.Text(), arg: arg})
		case "pair":
			key, val, ok := property(e)
			if !ok || e.Field("key").Kind() == "computed_property_name" {
				return nil
			}
			if arg, isParam := param(val); isParam {
				entries = append(entries, scopeEntry{key: key, arg: arg})
			} else if nested := scopeObjectEntries(uncast(val), params, false); nested != nil {
				entries = append(entries, scopeEntry{key: key, arg: -1, nested: nested})
			} else if !readsParam(val, params) {
				entries = append(entries, scopeEntry{key: key, arg: fixedArg, text: val.Text(), val: val})
			} else {
				return nil
			}
		default:
			return nil
		}
	}
	return entries
}

// readsParam reports whether n names one of params.
func readsParam(n tsparse.Node, params map[string]int) bool {
	return anyNode(n, func(c tsparse.Node) bool {
		_, ok := params[c.Text()]
		return ok && (c.Kind() == "identifier" || c.Kind() == "shorthand_property_identifier")
	})
}

// argsGiven reports whether every parameter entries read is given among
// n arguments.
func argsGiven(entries []scopeEntry, n int) bool {
	for _, e := range entries {
		if e.arg >= n || e.arg == -1 && !argsGiven(e.nested, n) {
			return false
		}
	}
	return true
}

// scopeHelperValue judges a where a scope helper builds, on model m, as
// value judges an object: each key by the argument it is given, and the
// spread's argument when it is an object none of whose keys the helper's
// own keys replace.
func (q *queryCheck) scopeHelperValue(entries []scopeEntry, args []tsparse.Node, m *prisma.Model, depth int) verdict {
	v := unconstrained
	keys := map[string]bool{}
	for _, e := range entries {
		switch {
		case e.arg == fixedArg:
			// A plain field's value filters by no tenant; a value the
			// helper takes from elsewhere for a tenant key, or one
			// naming a tenant field (`AND: [{ teamId: current() }]`),
			// is one the rule does not read.
			if q.isTenantField(m, e.key) || tenantForeignKey(q.t, m, e.key) || slices.ContainsFunc(q.tenantNames, func(t string) bool { return strings.Contains(e.text, t) }) {
				v = better(v, unseen)
			}
			// A value holding a part the rule does not read where a
			// tenant filter could stand (`AND: [publishedWhere()]`) may
			// give the tenant: it is not seen, not "no tenant".
			if q.fixedEntryUnread(e.key, e.val, m, depth+1) {
				v = better(v, unseen)
			}
		case e.nested != nil:
			v = better(v, q.scopeHelperRelation(e, args, m, depth))
		case e.key != "":
			v = better(v, q.entry(e.key, args[e.arg], m, depth+1))
		}
		keys[e.key] = true
	}
	for _, e := range entries {
		if e.key != "" {
			continue
		}
		obj, ok := q.objectOf(args[e.arg], depth)
		if !ok {
			continue
		}
		replaced := false
		for _, c := range namedNoComments(obj) {
			k, _, ok := property(c)
			replaced = replaced || !ok || keys[k]
		}
		if !replaced {
			v = better(v, q.value(nil, obj, m, depth+1))
		}
	}
	return v
}

// scopeHelperRelation judges the entry e of a scope helper's object that
// gives a relation of m an object (`app: { workspaceId }`), as entry
// judges a to-one relation's filter: by the filter on the related model,
// when it is scoped or the tenant; a list relation or any other key is
// left unjudged.
func (q *queryCheck) scopeHelperRelation(e scopeEntry, args []tsparse.Node, m *prisma.Model, depth int) verdict {
	f := fieldByName(m, e.key)
	if depth > 16 || f == nil || f.Relation == nil || f.Target() == nil || !q.t.Scoped(f.Target()) && !q.t.IsRoot(f.Target()) {
		return unconstrained
	}
	if f.IsList() {
		return q.scopeHelperList(e, args, f, depth)
	}
	return q.scopeHelperValue(e.nested, args, f.Target(), depth+1)
}

// scopeHelperList judges the entry e of a scope helper's object that
// gives a list relation f an object (`lessons: { some: … }`). Such a
// filter is not read here: the rows related to some row of the tenant
// may be the tenant's, so a some the rule would find scoped, or one it
// cannot read, leaves the where unseen; every, none and a some without
// the tenant add nothing.
func (q *queryCheck) scopeHelperList(e scopeEntry, args []tsparse.Node, f *prisma.Field, depth int) verdict {
	if manyToMany(f) {
		return unconstrained
	}
	v := unconstrained
	for _, c := range e.nested {
		if c.key != "some" {
			continue
		}
		switch {
		case c.arg == fixedArg:
			if q.fixedWhereUnread(c.val, f.Target(), depth+1) {
				v = unseen
			}
		case c.nested != nil:
			if q.scopeHelperValue(c.nested, args, f.Target(), depth+1) >= unseen {
				v = unseen
			}
		default:
			v = unseen // the caller's object, not read here
		}
	}
	return v
}

// fixedWhereUnread reports whether n, a where on m that a scope helper
// writes without its parameters (an element of its AND, a relation's
// filter), holds a part the rule does not read where a tenant filter
// could stand: anything but an object literal, a spread or a computed
// key in one, or such an entry (fixedEntryUnread).
func (q *queryCheck) fixedWhereUnread(n tsparse.Node, m *prisma.Model, depth int) bool {
	if depth > 16 {
		return true
	}
	obj := uncast(n)
	if k := obj.Kind(); k == "null" || k == "undefined" {
		return false // `is: null`: no related row, no tenant
	}
	if obj.Kind() != "object" {
		return true
	}
	for _, e := range namedNoComments(obj) {
		key, val, ok := property(e)
		if !ok || key == "" || q.fixedEntryUnread(key, val, m, depth+1) {
			return true
		}
	}
	return false
}

// fixedEntryUnread reports whether val, the value a scope helper gives key
// in a where on m without reading its parameters, holds a part the rule
// does not read where a tenant filter could stand: a tenant key's value;
// an AND one of whose elements, or an OR each of whose branches, is such
// a where (one OR branch read without the tenant leaves the OR without
// it); a scoped relation's filter given as anything but an object
// literal, or holding such a where; a compound unique key holding the
// tenant. A plain field's filter, NOT, every, none and isNot cannot
// scope m, whatever their value.
func (q *queryCheck) fixedEntryUnread(key string, val tsparse.Node, m *prisma.Model, depth int) bool {
	if depth > 16 {
		return true
	}
	val = uncast(val)
	if q.isTenantField(m, key) || tenantForeignKey(q.t, m, key) {
		return true
	}
	elements := func() []tsparse.Node {
		if val.Kind() == "array" {
			return namedNoComments(val)
		}
		return []tsparse.Node{val}
	}
	switch key {
	case "NOT":
		return false
	case "AND":
		return slices.ContainsFunc(elements(), func(el tsparse.Node) bool { return q.fixedWhereUnread(el, m, depth+1) })
	case "OR":
		els := elements()
		return len(els) > 0 && !slices.ContainsFunc(els, func(el tsparse.Node) bool { return !q.fixedWhereUnread(el, m, depth+1) })
	}
	f := fieldByName(m, key)
	if f == nil {
		return q.namedCompoundTenant(m, key) || compoundUnique(m, key) != nil && slices.ContainsFunc(compoundFieldNames(m, key), func(part string) bool {
			return q.isTenantField(m, part) || tenantForeignKey(q.t, m, part)
		})
	}
	target := f.Target()
	if f.Relation == nil || target == nil || !q.t.Scoped(target) && !q.t.IsRoot(target) || f.IsList() && manyToMany(f) {
		return false
	}
	if k := val.Kind(); k == "null" || k == "undefined" {
		return false
	}
	obj := val
	if obj.Kind() != "object" {
		return true
	}
	wrapped := false
	for _, e := range namedNoComments(obj) {
		k, v, ok := property(e)
		if !ok || k == "" {
			return true
		}
		switch k {
		case "some", "is":
			wrapped = true
			if q.fixedWhereUnread(v, target, depth+1) {
				return true
			}
		case "every", "none", "isNot":
			wrapped = true
		}
	}
	if wrapped || f.IsList() {
		return false
	}
	return q.fixedWhereUnread(obj, target, depth+1)
}

// scopeHelperHasID is hasID for a where a scope helper builds: the key is
// in the object spread, or given as the argument of its key.
func (q *queryCheck) scopeHelperHasID(entries []scopeEntry, args []tsparse.Node, idName, value string, at tsparse.Node) bool {
	for _, e := range entries {
		switch {
		case e.arg < 0:
		case e.key == "":
			if obj, ok := q.objectOf(args[e.arg], 0); ok && hasID(obj, idName, value, at) {
				return true
			}
		case e.key == idName:
			if arg := args[e.arg]; compact(uncast(arg).Text()) == value {
				return sameBinding(arg, at, value)
			}
		}
	}
	return false
}
