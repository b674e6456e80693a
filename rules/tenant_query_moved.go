package rules

import (
	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// Rows a write of the function just put into the tenant (postiz's
// posts.repository.ts): the upsert's create and update both set
// `organization: { connect: { id: orgId } }`, so the row it returns is
// the caller's organization's, whatever its where matched (that where is
// judged, and reported, on its own):
//
//	posts.push(await this._post.model.post.upsert({ where: { id: value.id }, create: { ...updateData('create') }, … }));
//	await this._tagsPosts.model.tagsPosts.deleteMany({ where: { post: { id: posts[0].id } } });
//
// "A write sets the tenant, so the row is the tenant's" holds only while
// nothing moves the row again: every call on the way from the write to
// the use (the whole loop, when one holds both) must be a read, a delete,
// or a write of the model whose data leaves its tenant alone or sets it
// the same way; a write of another model, or raw SQL, may move it.

// movedEarlier reports whether value (`row.id`, `rows[i].id`) is the key
// idName of a row of target that an update or upsert earlier in the
// function returned after setting its tenant to the caller's value.
func (q *queryCheck) movedEarlier(value string, target *prisma.Model, idName string) bool {
	m := movedKey.FindStringSubmatch(value)
	if m == nil || m[3] != idName || !movedIndex.MatchString(m[2]) || m[2] != "" && m[2] != "[0]" && m[2] != "["+m[1]+".length-1]" {
		return false
	}
	delegate := delegateName(target.Name)
	var writes []tsquery.Call
	for _, c := range q.lookups() {
		if c.Delegate != delegate || c.Node.End() > q.call.Start() || c.Operation != "update" && c.Operation != "upsert" {
			continue
		}
		// The const the call sees holds the write's row.
		if v, ok := constBefore(m[1], q.call); m[2] == "" && ok && boundName(c) == m[1] && sameNode(uncastAwait(v), c.Node) {
			writes = append(writes, c)
		}
	}
	if m[2] != "" {
		pushed, ok := q.pushedWrites(m[1], delegate)
		if !ok {
			return false
		}
		writes = pushed
	}
	if len(writes) == 0 {
		return false
	}
	for _, w := range writes {
		if !q.setsTenant(w, target) || !q.leftInTenant(w, target, idName) {
			return false
		}
	}
	return true
}

// movedKey reads `name.key` and `name[index].key` (white space removed).
var movedKey = lazyregexp.New(`^([A-Za-z_$][\w$]*)(\[[^\]]*\])?!?\.([A-Za-z_$][\w$]*)$`)

// movedIndex is an index read without side effects.
var movedIndex = lazyregexp.New(`^(?:|\[0\]|\[[A-Za-z_$][\w$]*\.length-1\])$`)

// uncastAwait is n without the awaits, casts and parentheses around it.
func uncastAwait(n tsparse.Node) tsparse.Node {
	for range 8 {
		n = uncast(n)
		if n.Kind() != "await_expression" {
			break
		}
		n = firstNamed(n)
	}
	return n
}

// pushedWrites reads list, a const empty array the function only reads
// and pushes `await <write>` into: those writes, on delegate; ok is false
// for any other use.
func (q *queryCheck) pushedWrites(list, delegate string) ([]tsquery.Call, bool) {
	v, ok := constBefore(list, q.call)
	if !ok || v.Kind() != "array" || len(namedNoComments(v)) != 0 {
		return nil, false
	}
	decl := v.Parent()
	var pushed []tsparse.Node
	ok = true
	scope := enclosingFunction(decl)
	scope.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.Kind() == "shorthand_property_identifier" && n.Text() == list {
			// Handed out by the function's own return: nothing of the
			// function runs after it.
			ok = returnedBy(n, scope)
			return false
		}
		if n.Kind() != "identifier" || n.Text() != list || sameNode(n, decl.Field("name")) {
			return true
		}
		p := n.Parent()
		switch {
		case p.Kind() == "pair" && sameNode(p.Field("value"), n):
			ok = returnedBy(n, scope)
			return false
		case p.Kind() == "return_statement":
			ok = sameNode(enclosingFunction(p), scope)
			return false
		case p.Kind() == "subscript_expression" && sameNode(p.Field("object"), n):
			// rows[i].field read: not the element assigned, given a
			// field, or handed on.
			top := p.Parent()
			ok = top.Kind() == "member_expression" && sameNode(top.Field("object"), p) && !memberWritten(top)
			return ok
		case p.Kind() == "member_expression" && sameNode(p.Field("object"), n):
		default:
			ok = false
			return false
		}
		arg, reads := listMemberUse(p)
		if !arg.Valid() {
			ok = reads
			return ok
		}
		if arg.Kind() != "await_expression" {
			ok = false
			return false
		}
		pushed = append(pushed, uncast(firstNamed(arg)))
		return true
	})
	if !ok || len(pushed) == 0 {
		return nil, false
	}
	var out []tsquery.Call
	for _, p := range pushed {
		found := false
		for _, c := range q.lookups() {
			if sameNode(c.Node, p) && c.Delegate == delegate && (c.Operation == "update" || c.Operation == "upsert") {
				out = append(out, c)
				found = true
			}
		}
		if !found {
			return nil, false
		}
	}
	return out, true
}

// returnedBy reports whether n, a name given as an entry of an object, is
// in an object the function fn itself returns.
func returnedBy(n, fn tsparse.Node) bool {
	obj := n.Parent()
	if obj.Kind() == "pair" {
		obj = obj.Parent()
	}
	ret := obj.Parent()
	for ret.Kind() == "parenthesized_expression" || ret.Kind() == "as_expression" || ret.Kind() == "satisfies_expression" {
		ret = ret.Parent()
	}
	return obj.Kind() == "object" && ret.Kind() == "return_statement" && sameNode(enclosingFunction(ret), fn)
}

// setsTenant reports whether the data of w (an update's data, both the
// create and the update of an upsert) gives target's tenant the caller's
// value as its last word.
func (q *queryCheck) setsTenant(w tsquery.Call, target *prisma.Model) bool {
	args, ok := q.argsObject(w)
	if !ok {
		return false
	}
	need := map[string]bool{"data": true}
	if w.Operation == "upsert" {
		need = map[string]bool{"create": true, "update": true}
	}
	for _, e := range namedNoComments(args) {
		key, val, ok := property(e)
		if !ok {
			return false // a spread may hold the data
		}
		if !need[key] {
			continue
		}
		if q.writtenTenant(val, target, 0) != tenantPinned {
			return false
		}
		delete(need, key)
	}
	return len(need) == 0
}

type tenantWrite int

const (
	tenantKept   tenantWrite = iota // the data leaves the tenant alone
	tenantPinned                    // it sets the caller's value last
	tenantMaybe                     // it may set something else
)

// writtenTenant reads what a write's data n does to target's tenant: its
// entries in order, a spread of an object literal, of a choice between
// literals that leave the tenant alone, or of a call to a function of the
// file's consts whose body is an object literal (`...updateData('create')`).
func (q *queryCheck) writtenTenant(n tsparse.Node, target *prisma.Model, depth int) tenantWrite {
	n = uncast(n)
	if depth > 4 {
		return tenantMaybe
	}
	if n.Kind() == "call_expression" && n.Field("function").Kind() == "identifier" {
		fn, ok := constBefore(n.Field("function").Text(), q.call)
		if !ok || fn.Kind() != "arrow_function" {
			return tenantMaybe
		}
		n = uncast(fn.Field("body"))
	}
	obj, ok := q.objectOf(n, 0)
	if !ok {
		return tenantMaybe
	}
	state := tenantKept
	for _, e := range namedNoComments(obj) {
		if e.Kind() == "spread_element" {
			s := q.spreadTenantWrite(firstNamed(e), target, depth+1)
			if s != tenantKept {
				state = s
			}
			continue
		}
		key, val, ok := property(e)
		if !ok {
			return tenantMaybe
		}
		if s := q.entryTenantWrite(key, val, target); s != tenantKept {
			state = s
		}
	}
	return state
}

// spreadTenantWrite is writtenTenant for what a spread in data puts there.
func (q *queryCheck) spreadTenantWrite(n tsparse.Node, target *prisma.Model, depth int) tenantWrite {
	n = uncast(n)
	switch n.Kind() {
	case "ternary_expression":
		a, b := q.spreadTenantWrite(n.Field("consequence"), target, depth+1), q.spreadTenantWrite(n.Field("alternative"), target, depth+1)
		if a == b {
			return a
		}
		return tenantMaybe
	case "binary_expression":
		if n.Field("operator").Text() == "&&" && q.spreadTenantWrite(n.Field("right"), target, depth+1) == tenantKept {
			return tenantKept
		}
		return tenantMaybe
	case "null", "undefined", "false":
		return tenantKept
	}
	return q.writtenTenant(n, target, depth)
}

// entryTenantWrite reads one entry of a write's data on target: the tenant
// field given a value, or its relation connected to a tenant row by that
// value.
func (q *queryCheck) entryTenantWrite(key string, val tsparse.Node, target *prisma.Model) tenantWrite {
	if q.isTenantField(target, key) {
		if tenantValue(uncast(val), 0) == constrained {
			return tenantPinned
		}
		return tenantMaybe
	}
	f := fieldByName(target, key)
	if f == nil || f.Relation == nil || !f.Relation.IsForward() || f.IsList() {
		return tenantKept
	}
	tenant := false
	for _, ff := range f.Relation.Fields() {
		tenant = tenant || q.isTenantField(target, ff.Name())
	}
	if !tenant {
		return tenantKept
	}
	// organization: { connect: { id: orgId } }, and nothing else.
	rel, ok := q.objectOf(val, 0)
	entries := namedNoComments(rel)
	if !ok || len(entries) != 1 || len(f.Relation.References()) != 1 {
		return tenantMaybe
	}
	k, v, ok := property(entries[0])
	conn, ok2 := q.objectOf(v, 0)
	if !ok || !ok2 || k != "connect" || len(namedNoComments(conn)) != 1 {
		return tenantMaybe
	}
	ck, cv, ok := property(namedNoComments(conn)[0])
	if !ok || ck != f.Relation.References()[0].Name() || tenantValue(uncast(cv), 0) != constrained {
		return tenantMaybe
	}
	return tenantPinned
}

// leftInTenant reports whether nothing that may move w's row to another
// tenant, or give its key idName another value, runs between w and the call: in the text between them, or in a
// loop holding both, every call of the file is a read, a delete, or a
// write of target whose data leaves the tenant alone or pins it the same
// way, and there is no raw SQL.
func (q *queryCheck) leftInTenant(w tsquery.Call, target *prisma.Model, idName string) bool {
	from, to := w.Node.End(), q.call.Start()
	for p := w.Node.Parent(); p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
		switch p.Kind() {
		case "for_statement", "for_in_statement", "while_statement", "do_statement":
			if spans(p, q.call) {
				from, to = min(from, p.Start()), max(to, p.End())
			}
		}
	}
	if from > to {
		return false // the write runs after the call
	}
	window := q.call.Tree().Src[from:to]
	// Nor is the row's key given another value.
	if rawInWindow.Match(window) || fieldWritten(string(window), idName) || objectAssignCall.Match(window) {
		return false
	}
	delegate := delegateName(target.Name)
	// Writes of models the rule does not judge are not among the file's
	// calls: their nested writes may move the row all the same.
	for _, m := range writeInWindow.FindAllSubmatch(window, -1) {
		if string(m[1]) != delegate {
			return false
		}
	}
	for _, c := range q.fileCalls {
		if c.Node.Start() < from || c.Node.End() > to || sameNode(c.Node, w.Node) {
			continue
		}
		switch c.Operation {
		case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy", "delete", "deleteMany":
			continue
		}
		if c.Delegate != delegate || !q.leavesTenant(c, target) && !q.setsTenant(c, target) {
			return false
		}
	}
	return true
}

// leavesTenant reports whether write c's data entries all leave target's
// tenant alone.
func (q *queryCheck) leavesTenant(c tsquery.Call, target *prisma.Model) bool {
	args, ok := q.argsObject(c)
	if !ok {
		return false
	}
	for _, e := range namedNoComments(args) {
		key, val, ok := property(e)
		if !ok {
			return false
		}
		if (key == "data" || key == "create" || key == "update") && q.writtenTenant(val, target, 0) != tenantKept {
			return false
		}
	}
	return true
}

// writeInWindow matches a call of a write on some delegate: the delegate.
var writeInWindow = lazyregexp.New(`\.\s*([A-Za-z_$][\w$]*)\s*\.\s*(?:create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert)\s*\(`)

// rawInWindow matches a raw query or statement of the client.
var rawInWindow = lazyregexp.New(`\$(?:query|execute)Raw`)
