package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// keyNotReturned reports whether the key a where is given, value (`h.id`,
// `hosts[0].id`, `r.id` of a loop over rows, `h.project.id`) or the
// idName of the rows named rows, is read from the result of a query that
// does not visibly return it: one whose select does not name the field
// `true`, whose omit names it, or whose select or omit the rule cannot
// read. Such a field is undefined, a filter Prisma drops, so whichever
// proof vouches for the row, it vouches for nothing the where holds: a
// deleteMany by `{ id: h.id }` after `findFirst({ where: { id,
// organizationId }, select: { status: true } })` reaches every tenant's
// rows. The row is followed to the query that made it, in the function
// or in a helper it is awaited from.
func (q *queryCheck) keyNotReturned(value, rows, idName string) bool {
	var path []string
	if rows != "" {
		path = append(q.rowPath(rows), idName)
		if len(path) >= 2 {
			path[len(path)-2] += "[]"
		}
	} else {
		path = q.rowPath(value)
	}
	if len(path) < 2 {
		return false
	}
	// An element of a list (a loop's variable, a find's pick) stands for
	// the list's rows.
	for range 4 {
		head := path[0]
		if strings.HasSuffix(head, "[]") {
			break
		}
		list := loopSource(q.call, head)
		if list == "" {
			list = pickedFrom(q.call, head, "find|findLast")
		}
		if list == "" {
			list = elementOf(q.call, head)
		}
		if list == "" {
			list = destructuredElement(head, q.call)
		}
		if list == "" {
			break
		}
		listPath := splitRowPath(list)
		if len(listPath) == 0 {
			return false
		}
		listPath[len(listPath)-1] += "[]"
		path = append(listPath, path[1:]...)
	}
	// A list narrowed from another (`hosts.filter(…)`, `.slice(…)`) holds
	// the same rows.
	for range 4 {
		head := strings.TrimSuffix(path[0], "[]")
		src := pickedFrom(q.call, head, "filter|slice")
		if src == "" || strings.Contains(src, ".") {
			break
		}
		path[0] = src + strings.TrimPrefix(path[0], head)
	}
	head := strings.TrimSuffix(path[0], "[]")
	fields := rowFields(path)
	// Every earlier query whose row the name is bound to, as the proofs
	// read it (boundName: through a catch, a ternary with nothing, an
	// element of Promise.all): any of them dropping the field may be the
	// row read.
	for _, c := range q.callsOf(q.call.Tree()) {
		if c.Node.End() <= q.call.Start() && boundName(c) == head && visibleAt(c, q.call) && q.callDrops(c, fields) {
			return true
		}
	}
	held, ok := constBefore(head, q.call)
	if !ok {
		held, ok = letBefore(head, q.call)
	}
	if !ok {
		return false
	}
	return q.resultDrops(uncastAwait(held), fields, 0)
}

// callDrops reports whether the query c visibly gives back rows without
// the field path fields.
func (q *queryCheck) callDrops(c tsquery.Call, fields []string) bool {
	if len(c.Args) == 0 || q.delegates[c.Delegate] == nil {
		return false // every scalar field; a raw query's rows are read elsewhere
	}
	args, ok := q.argsObject(c)
	return !ok || !q.returnsPath(args, q.delegates[c.Delegate], fields)
}

// resultDrops reports whether n, a query or a call of a helper returning
// one, visibly gives back rows without the field path fields.
func (q *queryCheck) resultDrops(n tsparse.Node, fields []string, depth int) bool {
	n = uncastAwait(n)
	if n.Kind() != "call_expression" || depth > 2 {
		return false
	}
	calls := tsquery.CallsIn(n, func(d string) bool { return q.delegates[d] != nil })
	if len(calls) > 0 && sameNode(calls[0].Node, n) {
		return q.callDrops(calls[0], fields)
	}
	// A helper (or a method of the class, `this.find(…)`) handing back a
	// query's row, a const holding one, or a copy spreading one.
	returnsDropping := func(fn tsparse.Node, hq *queryCheck) bool {
		for _, v := range returnedValues(fn) {
			if hq.returnDrops(v, fields, depth+1) {
				return true
			}
		}
		return false
	}
	if method := calledOnThis(n); method != "" {
		fn := finalMethod(q.helpers, n, method)
		return fn.Valid() && returnsDropping(fn, q)
	}
	return q.viaHelperWhatever(n, returnsDropping)
}

// returnDrops is resultDrops for a value a helper returns: a query, a
// const holding its row, or an object copying such a row (`{ ...row,
// seen: true }`) without giving the field itself.
func (q *queryCheck) returnDrops(v tsparse.Node, fields []string, depth int) bool {
	v = uncastAwait(v)
	if v.Kind() == "identifier" {
		if held, ok := constValue(v); ok {
			v = uncastAwait(held)
		}
	}
	if v.Kind() != "object" {
		return q.resultDrops(v, fields, depth)
	}
	for _, e := range namedNoComments(v) {
		if k, _, entry := property(e); entry && k == fields[0] {
			return false // given here, whatever the copy holds
		}
	}
	for _, e := range namedNoComments(v) {
		if e.Kind() == "spread_element" {
			if id := uncast(firstNamed(e)); id.Kind() == "identifier" {
				if held, ok := constValue(id); ok && q.resultDrops(uncastAwait(held), fields, depth) {
					return true
				}
			}
		}
	}
	return false
}

// returnsPath reports whether a query on m called with args gives back
// fields[0] and, for a relation it loads, the rest of the path one level
// down: no select, or a select naming the field `true` (or, a relation,
// with an object); no omit naming it. The objects are read as the file
// writes them (consts of the file, spreads of objects it shows); a part
// the rule cannot read may drop the field, and a select entry a condition
// spreads may be missing.
func (q *queryCheck) returnsPath(args tsparse.Node, m *prisma.Model, fields []string) bool {
	if len(fields) == 0 || m == nil {
		return true
	}
	field := m.Field(fields[0])
	relation := field != nil && field.Target() != nil
	var nested tsparse.Node
	loaded := false
	entries, ok := q.shownEntries(args, false, 0)
	if !ok {
		return false
	}
	for _, e := range entries {
		switch e.key {
		case "select", "omit":
		case "include":
			// An include adds relations only: it drops no scalar,
			// whatever it spreads.
			if !relation || len(fields) == 1 {
				continue
			}
		default:
			continue
		}
		obj, ok := q.objectOf(e.val, 0)
		if !ok {
			obj, ok = prismaValidated(e.val)
		}
		if !ok {
			if obj, ok = moduleSelection(e.val); !ok {
				return false
			}
		}
		inner, ok := q.shownEntries(obj, e.maybe, 0)
		if !ok {
			return false
		}
		found := false
		for _, d := range inner {
			if d.key != fields[0] {
				continue
			}
			switch dv := uncast(d.val); {
			case e.key == "omit":
				return false
			case d.maybe:
				// Given only when a condition holds.
				return false
			case dv.Kind() == "true":
				found, loaded = true, true
			case relation:
				sub, ok := q.objectOf(dv, 0)
				if !ok {
					return false
				}
				found, loaded, nested = true, true, sub
			default:
				return false
			}
		}
		if e.key == "select" && !found {
			return false
		}
	}
	if !relation || len(fields) == 1 {
		return true
	}
	// A relation Prisma loads only when asked: `row.project?.id` of a
	// row without it is undefined.
	if !loaded {
		return false
	}
	if nested.Valid() {
		return q.returnsPath(nested, field.Target(), fields[1:])
	}
	return true
}

// shownEntry is an entry of an object literal: its key, its value, and
// whether a condition decides that it is there at all.
type shownEntry struct {
	key   string
	val   tsparse.Node
	maybe bool
}

// shownEntries lists obj's entries with those of the objects it spreads
// (`...(cond && { take })`, `...(a ? { x } : { y })`, a const object),
// in order; false at a computed key, a method or a spread of anything
// else, which may give any key.
func (q *queryCheck) shownEntries(obj tsparse.Node, maybe bool, depth int) ([]shownEntry, bool) {
	if depth > 4 {
		return nil, false
	}
	var out []shownEntry
	for _, e := range namedNoComments(obj) {
		if e.Kind() == "spread_element" {
			more, ok := q.spreadEntries(firstNamed(e), maybe, depth+1)
			if !ok {
				return nil, false
			}
			out = append(out, more...)
			continue
		}
		k, v, entry := property(e)
		if !entry || k == "" || e.Kind() == "pair" && e.Field("key").Kind() == "computed_property_name" {
			return nil, false
		}
		out = append(out, shownEntry{k, v, maybe})
	}
	return out, true
}

// spreadEntries is shownEntries for what a spread gives.
func (q *queryCheck) spreadEntries(n tsparse.Node, maybe bool, depth int) ([]shownEntry, bool) {
	n = uncast(n)
	switch n.Kind() {
	case "binary_expression":
		// `cond && { … }` gives the object or nothing; `a || { … }`
		// may give a, unread.
		if n.Field("operator").Text() == "&&" {
			return q.spreadEntries(n.Field("right"), true, depth)
		}
		return nil, false
	case "ternary_expression":
		a, ok := q.spreadEntries(n.Field("consequence"), true, depth)
		if !ok {
			return nil, false
		}
		b, ok := q.spreadEntries(n.Field("alternative"), true, depth)
		return append(a, b...), ok
	case "null", "undefined":
		return nil, true
	}
	if n.Kind() == "identifier" && n.Text() == "undefined" {
		return nil, true
	}
	obj, ok := q.objectOf(n, 0)
	if !ok {
		return nil, false
	}
	return q.shownEntries(obj, maybe, depth)
}

// moduleSelection is the object literal of a module const a select or
// omit names (formbricks' exported `selectSurvey = { id: true, … }`), which
// objectOf refuses for its many uses: read only when the name is bound to
// that const where it is used and every use of the name in the file is
// the value of a select or omit, or a spread into an object: anything
// else (`delete pick.id`, `Object.assign(pick, …)`, a cast written to)
// may change what it selects.
func moduleSelection(n tsparse.Node) (tsparse.Node, bool) {
	n = uncast(n)
	if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" {
		return tsparse.Node{}, false
	}
	name := n.Text()
	if boundInFunctions(n, name) {
		return tsparse.Node{}, false
	}
	held := moduleConst(n.Tree().Root(), name, false)
	obj := uncast(held)
	if validated, ok := prismaValidated(obj); ok {
		obj = validated
	}
	if !held.Valid() || obj.Kind() != "object" {
		return tsparse.Node{}, false
	}
	decl := held.Parent()
	onlySelected := !anyNode(n.Tree().Root(), func(u tsparse.Node) bool {
		if u.Kind() != "identifier" && u.Kind() != "shorthand_property_identifier" || u.Text() != name || sameNode(u, decl.Field("name")) {
			return false
		}
		switch p := u.Parent(); {
		case u.Kind() == "shorthand_property_identifier":
			return u.Text() != "select" && u.Text() != "omit"
		case p.Kind() == "pair" && sameNode(p.Field("value"), u):
			k := keyName(p.Field("key"))
			return k != "select" && k != "omit"
		case p.Kind() == "spread_element":
			return false
		default:
			return true
		}
	})
	if !onlySelected {
		return tsparse.Node{}, false
	}
	return obj, true
}

// rowFields are the fields path reads past its row (path[0]), elements'
// marks taken off.
func rowFields(path []string) []string {
	fields := make([]string, 0, len(path))
	for _, f := range path[1:] {
		fields = append(fields, strings.TrimSuffix(f, "[]"))
	}
	return fields
}

// readsUnreturned reports whether test reads, from the row named name that
// c gives back, a field path c visibly does not return: undefined, it
// makes a comparison say what the row never held.
func (q *queryCheck) readsUnreturned(c tsquery.Call, name string, test tsparse.Node) bool {
	return anyNode(test, func(n tsparse.Node) bool {
		if n.Kind() != "member_expression" || n.Parent().Kind() == "member_expression" && sameNode(n.Parent().Field("object"), n) {
			return false
		}
		path := splitRowPath(n.Text())
		// Only the row's own field: a relation the lookup did not load
		// makes `row.project.organizationId` throw, which refuses too.
		return len(path) >= 2 && path[0] == name && q.selectionShown(c) && q.callDrops(c, rowFields(path)[:1])
	})
}

// selectionShown reports whether c's arguments and their top select and
// omit read as objects. A comparison with a field of a selection the rule
// cannot read is left to the comparison's own reading, as before: it
// mostly fails on the undefined the missing field would give.
func (q *queryCheck) selectionShown(c tsquery.Call) bool {
	if len(c.Args) == 0 {
		return true
	}
	args, ok := q.argsObject(c)
	if !ok {
		return false
	}
	entries, ok := q.shownEntries(args, false, 0)
	if !ok {
		return false
	}
	for _, e := range entries {
		if e.key != "select" && e.key != "omit" {
			continue
		}
		if _, ok := q.objectOf(e.val, 0); !ok {
			if _, ok := moduleSelection(e.val); !ok {
				return false
			}
		}
	}
	return true
}

// localModule reports whether module names a file of the app (a relative
// or absolute path, or a path alias such as `@/lib/prisma` or `~/db`):
// its Prisma may be an object the app wrote, whose validator changes what
// it is given. Only a package is Prisma's own (a client generated into
// the app is a file of it too, and is refused with them).
func localModule(module string) bool {
	for _, prefix := range []string{".", "/", "~", "@/", "#"} {
		if strings.HasPrefix(module, prefix) {
			return true
		}
	}
	return false
}

// prismaValidated is the object literal a call of Prisma's validator
// wraps, `Prisma.validator<Prisma.AppSelect>()({ id: true })`: the
// validator only types its argument and hands it back unchanged. Only the
// Prisma namespace imported from a Prisma client counts (a module whose
// name holds "prisma"), not an object of that name the code makes.
func prismaValidated(n tsparse.Node) (tsparse.Node, bool) {
	n = uncast(n)
	inner := n.Field("function")
	if n.Kind() != "call_expression" || inner.Kind() != "call_expression" || len(namedNoComments(inner.Field("arguments"))) != 0 {
		return tsparse.Node{}, false
	}
	fn := inner.Field("function")
	if fn.Kind() != "member_expression" || fn.Field("property").Text() != "validator" || fn.Field("object").Kind() != "identifier" {
		return tsparse.Node{}, false
	}
	if name, module := importOf(n, fn.Field("object").Text()); name != "Prisma" || !strings.Contains(strings.ToLower(module), "prisma") || localModule(module) {
		return tsparse.Node{}, false
	}
	args := namedNoComments(n.Field("arguments"))
	if len(args) != 1 || uncast(args[0]).Kind() != "object" {
		return tsparse.Node{}, false
	}
	return uncast(args[0]), true
}
