package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// checkLinks judges the rows a write's data links through a relation:
// `picture: { connect: { id } }` ties the written row to any Media whose id
// the caller names, whatever its tenant, and a create is no safer than an
// update there (the compiler only asks for a unique key). Each unique
// object given to connect, set or connectOrCreate's where is judged like
// the where of a findUnique on the linked model, with the same proofs.
// Keys given as scalar foreign keys (`mediaId: id`) are read by scalarLink.
func (q *queryCheck) checkLinks(c tsquery.Call) []queryFinding {
	if !slices.Contains(scalarLinkOperations, c.Operation) {
		return nil
	}
	m := q.delegates[c.Delegate]
	if m == nil || len(c.Args) == 0 {
		return nil
	}
	lc := *q
	lc.call, lc.judgedCall = c.Node, c.Node
	l := links{q: &lc, what: fmt.Sprintf("%s on %q", c.Operation, m.Name)}
	args, ok := q.argsObject(c)
	if !ok {
		// The whole argument unread (`create(args)`) hides its data as
		// much as a data unread (`create({ data })`): a caller's
		// arguments may link another tenant's row. A client's operation
		// takes one argument; a call given more is some other object's
		// method (`services.content.create(projectId, body)`).
		if len(c.Args) == 1 {
			l.unreadData(c.Args[0], m)
		}
		return l.out
	}
	l.argsData(namedNoComments(args), m, c.Operation == "upsert", 0)
	l.addedToArgs(c.Args[0], m, c.Operation == "upsert")
	return l.out
}

// argsData reads the data keys among entries, those of a write's argument
// object (data; an upsert's create and update). A spread whose object the
// rule cannot read (`create({ ...args })`), and a key it cannot name, may
// give the data as much as an unread argument does, unless data keys
// written after it replace all it may give; an object literal spread is
// read in its place.
func (l *links) argsData(entries []tsparse.Node, m *prisma.Model, upsert bool, depth int) {
	dataKeys := []string{"data"}
	if upsert {
		dataKeys = []string{"create", "update"}
	}
	replaced := func(later []tsparse.Node) bool {
		for _, k := range dataKeys {
			if !slices.ContainsFunc(later, func(e tsparse.Node) bool { key, _, ok := property(e); return ok && !unreadKey(e) && key == k }) {
				return false
			}
		}
		return true
	}
	for i, e := range entries {
		if e.Kind() == "spread_element" {
			if replaced(entries[i+1:]) {
				continue
			}
			if obj, ok := l.q.objectOf(uncast(firstNamed(e)), 0); ok && depth < 8 {
				l.argsData(namedNoComments(obj), m, upsert, depth+1)
			} else {
				l.unreadSpreads([]tsparse.Node{e}, m)
			}
			continue
		}
		// A key the rule cannot name (a method, `[field]`), or one that
		// may be one of several (`[cond ? 'data' : 'select']`).
		names := entryNames(e)
		if names == nil || len(names) > 1 && slices.ContainsFunc(names, func(n string) bool { return slices.Contains(dataKeys, n) }) {
			if !replaced(entries[i+1:]) && l.q.linksJudgedBesides(m, nil) {
				l.out = append(l.out, queryFinding{Diagnostic{
					Range:   e.Range(),
					Message: fmt.Sprintf("cannot see what %s links: this key may name its data; build its data as objects in this function, or ignore the call with a reason", l.what),
				}, severity.Notice})
			}
			continue
		}
		if key, val, ok := property(e); ok && slices.Contains(dataKeys, key) {
			l.data(val, m, 0)
		}
	}
}

type links struct {
	q    *queryCheck
	what string
	out  []queryFinding
	// back is the relation of the nested rows being read that leads back
	// to the row they are written under (nil for the write's own data).
	back *prisma.Field
}

// data reads the data of a write on m, an object or a list of them, for
// the rows its relation fields link, nested writes included.
func (l *links) data(val tsparse.Node, m *prisma.Model, depth int) {
	if depth > 8 {
		return
	}
	if v, ok := movedMap(val); ok {
		l.atMap(v, m, depth)
		return
	}
	l.addedToData(val, m, depth)
	objs, unread := l.q.dataObjects(val)
	if depth == 0 && unread.Valid() {
		// Nested rows left unread are said at their relation
		// (unreadNested); the write's own data is said here.
		l.unreadData(unread, m)
	}
	for _, obj := range objs {
		var spreads []tsparse.Node
		l.entries(obj, obj, m, depth, &spreads)
		l.laterSpread(obj, m)
		l.unreadSpreads(spreads, m)
	}
}

// entries reads the entries of obj, data itself or an object spread into
// it, for the rows they link; the spreads it cannot read are added to
// unread.
func (l *links) entries(data, obj tsparse.Node, m *prisma.Model, depth int, unread *[]tsparse.Node) {
	for _, e := range obj.NamedChildren() {
		if e.Kind() == "spread_element" {
			if objs, ok := l.q.spreadObjects(uncast(firstNamed(e)), 0); ok {
				for _, o := range objs {
					l.entries(data, o, m, depth, unread)
				}
				// A const spread is read through its literal: what
				// is added to it after (`extra.parentId = id`) is
				// copied too.
				for _, name := range spreadNames(uncast(firstNamed(e)), 0) {
					l.addedToData(name, m, depth)
				}
			} else {
				*unread = append(*unread, e)
			}
			continue
		}
		if e.Kind() == "method_definition" {
			// A getter (`get parentId() { return id }`) gives its
			// entry what it returns, which the rule does not read.
			*unread = append(*unread, e)
			continue
		}
		key, v, ok := property(e)
		f := fieldByName(m, key)
		if ok && f != nil && f.Kind == prisma.ScalarField {
			l.scalarLink(data, e, m, key, v)
		}
		if !ok || f == nil || f.Relation == nil || f.Target() == nil {
			continue
		}
		l.unreadNested(v, f)
		l.changedNested(v)
		// The rows written under f cannot link back through it
		// (Prisma sets that relation), so its spreads are judged
		// without it.
		outer := l.back
		l.back = f.Relation.Opposite
		for _, nested := range l.q.objects(v) {
			l.relation(data, m, nested, f.Target(), depth)
		}
		l.back = outer
	}
}

// changedNested says when v, a relation's nested writes or what they
// link, is a const object changed after it is built, before the write
// sends it (`link.connect.id = other` after `Message: link`): it is read
// through its literal, which the change no longer matches. Only the
// write's data itself was read for such changes (addedToData).
func (l *links) changedNested(v tsparse.Node) {
	lit, names, ok := constObject(v)
	if !ok || len(names) == 0 {
		return
	}
	for _, a := range l.q.additionsOf(names) {
		if !l.q.runsAfterWrite(a.at, lit) {
			l.unseenData(a.at, names[0].Text())
		}
	}
}

// relation reads the nested writes on one relation field to target, in
// data, the data of a write on m.
func (l *links) relation(data tsparse.Node, m *prisma.Model, nested tsparse.Node, target *prisma.Model, depth int) {
	for _, op := range nested.NamedChildren() {
		key, val, ok := property(op)
		if !ok {
			continue
		}
		switch key {
		case "connect", "set":
			l.changedNested(val)
			for _, u := range l.q.elements(val) {
				l.judge(op, u, target, l.sameTenant(data, m, u, target))
			}
		case "connectOrCreate":
			for _, co := range l.q.objects(val) {
				for _, x := range co.NamedChildren() {
					switch k, xv, _ := property(x); k {
					case "where":
						l.judge(x, xv, target, l.sameTenant(data, m, xv, target) || l.q.freshConnectOrCreate(co, xv))
					case "create":
						l.data(xv, target, depth+1)
					}
				}
			}
		case "create":
			l.data(val, target, depth+1)
		case "createMany":
			l.createMany(val, target, depth+1)
		case "update", "upsert":
			// { where, data } on a list, { create, update } for an upsert,
			// or the data itself on a single row.
			for _, u := range l.q.objects(val) {
				wrapped := false
				for _, x := range u.NamedChildren() {
					if k, xv, ok := property(x); ok && (k == "data" || k == "create" || k == "update") && fieldByName(target, k) == nil {
						wrapped = true
						l.data(xv, target, depth+1)
					}
				}
				if !wrapped {
					l.data(u, target, depth+1)
				}
			}
		}
	}
}

// judge judges unique, the unique object a nested write at op links a
// row of target by.
func (l *links) judge(op, unique tsparse.Node, target *prisma.Model, sameTenant bool) {
	q := l.q
	if !q.judged(target) || sameTenant || l.chosenRowScoped(unique, target) || l.branchTestedUnique(op, unique, target) {
		return
	}
	var v verdict
	unseenAsked := q.askingUnseen(func() { v = q.value(nil, unique, target, 0) })
	obj, seen := q.objectOf(unique, 0)
	if v < constrained && seen && (q.hasCredential(obj, target, 0) || q.compoundCredential(obj, target) || q.mappedTenantIDs(unique, obj, target)) {
		return
	}
	rows := ""
	if v < unseen && unseenAsked {
		sub := *q
		sub.assumeSeen = &rows
		if sub.value(nil, unique, target, 0) == constrained && rows != "" {
			v = unseen
		}
	}
	if v < unseen && seen {
		if r := q.unseenMappedRows(unique, obj, target); r != "" {
			v, rows = unseen, r
		}
	}
	at := op.Range()
	if k := op.Field("key"); k.Valid() {
		at = k.Range()
	}
	d := Diagnostic{Range: at}
	switch {
	case v == constrained:
		return
	case v == maybeUndefined:
		d.Message = fmt.Sprintf("%s links a %q by a tenant value that may be undefined; make sure it is set before the query", l.what, target.Name)
		l.out = append(l.out, queryFinding{d, severity.Warning})
	case v == unseen && rows != "":
		d.Message = fmt.Sprintf("cannot see whether %q, whose ids %s links, are the tenant's rows; build the where of their query as a const object", rows, l.what)
		l.out = append(l.out, queryFinding{d, severity.Notice})
	case !seen:
		d.Message = fmt.Sprintf("cannot see which %q %s links; build its unique object as a const object in this function", target.Name, l.what)
		l.out = append(l.out, queryFinding{d, severity.Notice})
	case v == unseen:
		d.Message = fmt.Sprintf("cannot see whether the %q %s links is the tenant's; look it up with the tenant first", target.Name, l.what)
		l.out = append(l.out, queryFinding{d, severity.Notice})
	default:
		keys := uniqueKeys(obj)
		d.Message = fmt.Sprintf("%s links a %q by { %s } alone; look it up with the tenant first, or link it by { %s, %s }", l.what, target.Name, keys, keys, q.hint(target))
		l.out = append(l.out, queryFinding{d: d})
	}
}

// uniqueKeys lists the keys of a unique object as written.
func uniqueKeys(obj tsparse.Node) string {
	var keys []string
	for _, e := range obj.NamedChildren() {
		if k, _, ok := property(e); ok && k != "" {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return "…"
	}
	return strings.Join(keys, ", ")
}

// objects lists the object literals val stands for: one, or each of a
// list or of a map's results; none when the rule cannot see them.
func (q *queryCheck) objects(val tsparse.Node) []tsparse.Node {
	if obj, ok := q.objectOf(val, 0); ok {
		return []tsparse.Node{obj}
	}
	var out []tsparse.Node
	for _, el := range q.elements(val) {
		if obj, ok := q.objectOf(el, 0); ok {
			out = append(out, obj)
		}
	}
	return out
}

// elements lists what val links: itself, each element of a list, what
// `ids.map((id) => ({ id }))` makes of each id, or each value a condition
// may choose. What is left unread (a spread, a variable) is returned as
// is, for the judging to call unseen.
func (q *queryCheck) elements(val tsparse.Node) []tsparse.Node {
	for val.Kind() == "parenthesized_expression" || val.Kind() == "as_expression" || val.Kind() == "satisfies_expression" {
		val = firstNamed(val)
	}
	switch val.Kind() {
	case "null", "undefined", "false":
		// Links nothing.
		return nil
	case "identifier", "shorthand_property_identifier":
		// `{ data }` names the const as `data: data` does.
		if out, ok := q.namedElements(val); ok {
			return out
		}
		// A mapped list read elsewhere too: its map's rows, and when rows
		// may have been added to it before the call, the list as unread.
		if v, ok := mappedConst(val); ok {
			if listGrown(q.call, val.Text()) {
				return append(q.elements(v), val)
			}
			return q.elements(v)
		}
	case "ternary_expression":
		return append(q.elements(val.Field("consequence")), q.elements(val.Field("alternative"))...)
	case "binary_expression":
		switch val.Field("operator").Text() {
		case "&&":
			return q.elements(val.Field("right"))
		case "||", "??":
			return append(q.elements(val.Field("left")), q.elements(val.Field("right"))...)
		}
	case "array":
		var out []tsparse.Node
		for _, el := range val.NamedChildren() {
			if el.Kind() != "comment" {
				out = append(out, q.elements(el)...)
			}
		}
		return out
	case "call_expression":
		fn := val.Field("function")
		args := namedNoComments(val.Field("arguments"))
		if fn.Kind() == "member_expression" && fn.Field("property").Text() == "map" && len(args) == 1 && args[0].Kind() == "arrow_function" {
			if results, ok := mapResults(args[0]); ok {
				var out []tsparse.Node
				for _, r := range results {
					out = append(out, q.elements(r)...)
				}
				return out
			}
		}
	}
	return []tsparse.Node{val}
}

// mappedTenantIDs reports whether unique is what `list.map((x) => ({ id: x
// }))` makes of each id of a list holding the ids of rows proven the
// tenant's (`valid.map((m) => m.id)` after a findMany with the tenant), or
// `rows.map((r) => ({ id: r.id }))` of such rows: the links are those rows.
// The list may also be one whose ids were counted with the tenant
// (countedMapKey; Comp AI's auto-link routes, `tasks: { set:
// taskIds.map((id) => ({ id })) }` after the count under `if
// (taskIds.length > 0)`).
func (q *queryCheck) mappedTenantIDs(unique, obj tsparse.Node, target *prisma.Model) bool {
	call, param, ok := mapCallback(unique)
	entries := namedNoComments(obj)
	if !ok || len(entries) != 1 {
		return false
	}
	key, val, ok := property(entries[0])
	id := idField(target)
	if !ok || id == nil || key != id.Name() {
		return false
	}
	list := call.Field("function").Field("object")
	if q.countedMapKey(unique, val, target, id) {
		return true
	}
	switch compact(val.Text()) {
	case param.Text():
		rows := q.idList(list, key)
		return rows != "" && q.verifiedKey(target, key, "", rows, tsparse.Node{}) || q.exclusionChecked(list, target, key) || q.inlineFoundIDs(list, target, key) || q.assignedKeyList(list, target, key) || q.keyList(list, target, key, 0)
	case param.Text() + "." + key:
		return list.Kind() == "identifier" && q.verifiedKey(target, key, "", list.Text(), tsparse.Node{})
	}
	return false
}

// idField is m's single-field id, or nil.
func idField(m *prisma.Model) *prisma.Field {
	for _, f := range m.Fields {
		if f.IsID {
			return f
		}
	}
	return nil
}

// sameTenant reports whether the row written with data takes its tenant
// from the row it links: `projectId: worker.projectId` beside `workers: {
// connect: { id: worker.id } }` links a row of the tenant it writes to,
// whoever that is (the write itself is judged on its own).
func (l *links) sameTenant(data tsparse.Node, m *prisma.Model, unique tsparse.Node, target *prisma.Model) bool {
	id := idField(target)
	obj, ok := l.q.objectOf(unique, 0)
	entries := namedNoComments(obj)
	if id == nil || !ok || len(entries) != 1 {
		return false
	}
	key, val, ok := property(entries[0])
	if !ok || key != id.Name() {
		return false
	}
	for _, tf := range target.Fields {
		// Each tenant field both rows carry (a report's projectId beside
		// the organizationId its dashboard is judged by).
		if l.q.isTenantField(target, tf.Name()) && l.q.isTenantField(m, tf.Name()) && (l.q.takesTenantOf(data, m, val, tf, id) || l.q.foundByKey(data, m, val, tf, id, target)) {
			return true
		}
	}
	return false
}

// takesTenantOf reports whether val is `row.<ref>` and data, written to
// m, gives the tenant field tf of the linked model `row.<tf>`.
func (q *queryCheck) takesTenantOf(data tsparse.Node, m *prisma.Model, val tsparse.Node, tf, ref *prisma.Field) bool {
	if val.Kind() != "member_expression" || val.Field("property").Text() != ref.Name() {
		return false
	}
	row := compact(val.Field("object").Text())
	// The row's tenant or key set in the function (through the row or
	// another name for it) is no longer the linked row's.
	outer, _ := functionChain(q.call)
	from := outer.Field("parameters")
	if !from.Valid() {
		from = outer.Field("parameter")
	}
	for _, path := range []string{row + "." + tf.Name(), row + "." + ref.Name()} {
		if overwritten(q.call, path) || from.Valid() && q.changedBetween(from, q.call, path) {
			return false
		}
	}
	for _, v := range tenantValues(data, m, tf.Name()) {
		if v.Kind() == "member_expression" && v.Field("property").Text() == tf.Name() && compact(v.Field("object").Text()) == row {
			return true
		}
	}
	return false
}

// tenantValues are the values data, written to m, gives its tenant field
// tf, casts and non-null marks removed: as the field (`organizationId:
// agent.organizationId`) or through the relation it is the foreign key of
// (`organization: { connect: { id: agent.organizationId } }`, Chaindesk's
// leads), which Prisma writes to the same column.
func tenantValues(data tsparse.Node, m *prisma.Model, tf string) []tsparse.Node {
	var values []tsparse.Node
	for _, e := range data.NamedChildren() {
		k, v, ok := property(e)
		if !ok {
			continue
		}
		if k == tf {
			values = append(values, bareTenantValue(v))
			continue
		}
		f := fieldByName(m, k)
		if f == nil || f.Relation == nil || len(f.Relation.Fields()) != 1 || f.Relation.Fields()[0].Name() != tf || len(f.Relation.References()) != 1 {
			continue
		}
		if v = uncast(v); v.Kind() != "object" {
			continue
		}
		for _, c := range namedNoComments(v) {
			if ck, cv, ok := property(c); ok && ck == "connect" && uncast(cv).Kind() == "object" {
				for _, r := range namedNoComments(uncast(cv)) {
					if rk, rv, ok := property(r); ok && rk == f.Relation.References()[0].Name() {
						values = append(values, bareTenantValue(uncast(rv)))
					}
				}
			}
		}
	}
	return values
}

// chosenRowScoped reports whether unique links `{ id: row.id }` of a const
// row every value of which is the tenant's or nothing: `const customer =
// !name ? undefined : (await findFirst({ where: { orgId, name } })) ||
// (await create({ data: { name, orgId } }))`. Each side a condition may
// choose must be a lookup on target whose where constrains the tenant, a
// create on target whose data gives its tenant field a value, undefined
// or null.
func (l *links) chosenRowScoped(unique tsparse.Node, target *prisma.Model) bool {
	q := l.q
	obj, ok := q.objectOf(unique, 0)
	id := idField(target)
	entries := namedNoComments(obj)
	if !ok || id == nil || len(entries) != 1 {
		return false
	}
	key, val, ok := property(entries[0])
	return ok && key == id.Name() && l.chosenRowValue(val, id, target)
}

// chosenRowValue is chosenRowScoped for the value val given to target's
// field ref: `row.<ref>` of such a const row.
func (l *links) chosenRowValue(val tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	q := l.q
	if val.Kind() != "member_expression" || val.Field("property").Text() != ref.Name() || val.Field("object").Kind() != "identifier" {
		return false
	}
	value, ok := constValue(val.Field("object"))
	if !ok {
		return false
	}
	leaves := q.elements(value)
	if len(leaves) < 2 {
		// One call is the rule's ordinary row proof.
		return false
	}
	delegate := delegateName(target.Name)
	for _, n := range leaves {
		for n.Kind() == "await_expression" || n.Kind() == "parenthesized_expression" {
			n = firstNamed(n)
		}
		if n.Kind() == "identifier" && n.Text() == "undefined" {
			continue
		}
		if !q.isTenantRowCall(n, delegate, target) {
			return false
		}
	}
	return true
}

// exactCall is the query on delegate that n is, as a whole (not one
// nested in it); ok is false when n is anything else.
func exactCall(n tsparse.Node, delegate string) (tsquery.Call, bool) {
	calls := tsquery.CallsIn(n, func(d string) bool { return d == delegate })
	if len(calls) == 0 || calls[0].Node.Start() != n.Start() || calls[0].Node.End() != n.End() {
		return tsquery.Call{}, false
	}
	// A helper's row from an object of the code's own is no row of the
	// schema (onSchemaClient): the proofs reading it find no query.
	return calls[0], onSchemaClient(calls[0])
}

// isTenantRowCall reports whether n is exactly one call on delegate that
// gives a row of target's tenant: a create in the tenant, or a single-row
// lookup or upsert whose where constrains the tenant.
func (q *queryCheck) isTenantRowCall(n tsparse.Node, delegate string, target *prisma.Model) bool {
	c, ok := exactCall(n, delegate)
	if !ok {
		return false
	}
	switch c.Operation {
	case tsquery.Create:
		return q.createsInTenant(c, target)
	case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "upsert":
		sub := *q
		sub.call, sub.verifying = c.Node, true
		v, _ := sub.whereOfCall(c)
		return v == constrained
	}
	return false
}

// createsInTenant reports whether create c gives target's tenant field a
// value in its data, or, for a model scoped through a parent, links the
// parent by a key proven the tenant's (createsUnderTenantParent).
// The create must run on the judged call's client (createdOnClientOf):
// an object of the code's own, or another database's client, gives back
// any row whatever its data says.
func (q *queryCheck) createsInTenant(c tsquery.Call, target *prisma.Model) bool {
	if !createdOnClientOf(c.Node, q.clientCall()) {
		return false
	}
	return q.createsWithTenantField(c, target) || q.createsUnderTenantParent(c, target)
}

// createsWithTenantField reports whether create c gives target's tenant
// field a value in its data.
func (q *queryCheck) createsWithTenantField(c tsquery.Call, target *prisma.Model) bool {
	args, ok := q.argsObject(c)
	if !ok {
		return false
	}
	// The data given last: a second data, or a spread of the caller's
	// arguments after it (`{ data: { organizationId }, ...args }`), is
	// the one Prisma reads.
	if val := q.givenPast(args, "data"); val.Valid() {
		data, ok := q.objectOf(val, 0)
		if !ok {
			return false
		}
		// The value given last: a spread or a computed key after the
		// tenant field (`{ projectId, ...input.extra }`) may make the row
		// in another tenant.
		for _, d := range data.NamedChildren() {
			if k, _, ok := property(d); ok && (q.isTenantField(target, k) || tenantForeignKey(q.t, target, k)) {
				if v := q.givenPast(data, k); v.Valid() && tenantValue(v, 0) == constrained {
					return true
				}
			}
			// The tenant's relation, connected by the key its foreign
			// key references (`organization: { connect: { id: orgId }
			// }`): Prisma writes the same column.
			if k, v, ok := property(d); ok && v.Valid() {
				if f := fieldByName(target, k); f != nil && f.Relation != nil && len(f.Relation.Fields()) == 1 && len(f.Relation.References()) == 1 && (q.isTenantField(target, f.Relation.Fields()[0].Name()) || tenantForeignKey(q.t, target, f.Relation.Fields()[0].Name())) {
					if v := connectedKey(q.givenPast(data, k), f.Relation.References()[0].Name()); v.Valid() && tenantValue(v, 0) == constrained {
						return true
					}
				}
			}
		}
	}
	return false
}
