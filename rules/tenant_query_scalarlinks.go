package rules

import (
	"fmt"
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// scalarLinkOperations are the writes whose data may set a foreign key:
// the many-row ones too, which take scalars only.
var scalarLinkOperations = []string{tsquery.Create, "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert"}

// scalarLink judges the entry e of data, a write's data on m, when it sets
// key, the foreign key of a relation to a judged model: `integrationId: x`
// links the Integration whose id is x as `integration: { connect: { id: x
// } }` does, and is judged the same way. The row's own tenant fields are
// left out: what a write puts there is the compiler's and the write's
// where's to judge. So is a foreign key whose columns hold the row's
// tenant too (`@relation(fields: [workflowId, workspaceId])`): the
// database keeps the linked row in the same tenant.
func (l *links) scalarLink(data, e tsparse.Node, m *prisma.Model, key string, val tsparse.Node) {
	q := l.q
	if !q.t.Scoped(m) || q.isTenantField(m, key) || slices.Contains(q.tenantNames, key) {
		return
	}
	for _, f := range m.Fields {
		r := f.Relation
		if r == nil || !r.IsForward() || f.Target() == nil || !q.judged(f.Target()) || len(r.References()) != len(r.Fields()) {
			continue
		}
		i := slices.IndexFunc(r.Fields(), func(ff *prisma.Field) bool { return ff.Name() == key })
		if i < 0 || slices.ContainsFunc(r.Fields(), func(ff *prisma.Field) bool { return q.isTenantField(m, ff.Name()) }) || q.tenantColumnGiven(data, m, r, f.Target()) {
			continue
		}
		if len(r.Fields()) > 1 && (q.columnJudgedAlone(m, r) || firstGiven(data, r) != key) {
			// A key of several columns links one row: judged once, and
			// not at all when one of its columns links a judged row by
			// itself (programId of [programId, partnerId]): an
			// enrollment of the tenant's program is the tenant's.
			continue
		}
		l.judgeScalar(data, e, m, key, val, f.Target(), r.References()[i])
		return
	}
}

// judgeScalar judges val, the value data gives key, which holds the field
// ref of a row of target.
// asLink is q judging a key a write's data links by (queryCheck.linking).
func (q *queryCheck) asLink() *queryCheck {
	sub := *q
	sub.linking = q.call
	return &sub
}

func (l *links) judgeScalar(data, e tsparse.Node, m *prisma.Model, key string, val tsparse.Node, target *prisma.Model, ref *prisma.Field) {
	q := l.q
	val = orNothing(val)
	bare := val
	for bare.Kind() == "parenthesized_expression" || bare.Kind() == "as_expression" || bare.Kind() == "satisfies_expression" || bare.Kind() == "non_null_expression" {
		bare = firstNamed(bare)
	}
	if bare.Kind() == "null" || bare.Kind() == "undefined" || bare.Kind() == "identifier" && bare.Text() == "undefined" {
		return // links nothing
	}
	proven := false
	// What was verified earlier is read by the value's text: a callback
	// in the call that binds the checked name again (`ids.map((id, i, a,
	// mapId = other) => ({ id, mapId }))`) links another value.
	rebound := callbackParameter(bare, q.call)
	unseenAsked := !rebound && q.askingUnseen(func() { proven = q.asLink().verifiedEarlier(target, ref.Name(), key, val) })
	if proven {
		return
	}
	if parent, pref := q.idTarget(target, ref.Name()); !rebound && parent != nil && parent != target && q.verifiedEarlier(parent, pref, key, val) {
		// The column names a parent of the linked row (an enrollment's
		// programId), proven the tenant's: so is the row, as in a where.
		return
	}
	mapped := q.mappedKeyRows(data, bare, ref)
	if mapped != "" && q.askingUnseen(func() { proven = q.verifiedKey(target, ref.Name(), "", mapped, tsparse.Node{}) }) {
		unseenAsked = true
	}
	if proven {
		return
	}
	for _, tf := range target.Fields {
		// Each tenant field both rows carry (openpanel's projectId beside
		// the organizationId Dashboard is judged by).
		if q.isTenantField(target, tf.Name()) && q.isTenantField(m, tf.Name()) && (q.takesTenantOf(data, m, bare, tf, ref) || q.foundByKey(data, m, bare, tf, ref, target) || q.copiedLink(data, bare, m, key, tf)) {
			return
		}
	}
	if l.keyProven(data, e, bare, m, key, val, target, ref) {
		return
	}
	at := e.Range()
	if k := e.Field("key"); k.Valid() {
		at = k.Range()
	}
	d := Diagnostic{Range: at}
	rows := q.unseenRows(target, ref.Name(), key, val)
	if rows == "" && unseenAsked {
		sub := *q
		sub.assumeSeen = &rows
		if !sub.verifiedEarlier(target, ref.Name(), key, val) && (mapped == "" || !sub.verifiedKey(target, ref.Name(), "", mapped, tsparse.Node{})) {
			rows = ""
		}
	}
	if rows != "" {
		d.Message = fmt.Sprintf("cannot see whether %q, whose %s %s links by %q, are the tenant's rows; build the where of their query as a const object", rows, ref.Name(), l.what, key)
		l.out = append(l.out, queryFinding{d, severity.Notice})
		return
	}
	d.Message = fmt.Sprintf("%s links a %q by %q alone; look it up with the tenant first, or connect it by { %s, %s }", l.what, target.Name, key, ref.Name(), q.hint(target))
	l.out = append(l.out, queryFinding{d: d})
}

// createMany reads a nested createMany, `{ data: [...] }`, for the rows
// its data links by their foreign keys.
func (l *links) createMany(val tsparse.Node, target *prisma.Model, depth int) {
	for _, obj := range l.q.objects(val) {
		for _, e := range obj.NamedChildren() {
			if k, v, ok := property(e); ok && k == "data" {
				l.data(v, target, depth)
			}
		}
	}
}

// mappedKeyRows is mappedTenantIDs for a key: data is what `list.map((x)
// => ({ …, key: x.<ref> }))` makes of each row of list, or `({ …, key: x
// })` of each id of a list of row ids, and val is x.<ref> or x. It returns
// the name of the rows whose ids the keys are, proven or not by
// verifiedKey.
func (q *queryCheck) mappedKeyRows(data, val tsparse.Node, ref *prisma.Field) string {
	call, param, ok := mapCallback(data)
	if !ok {
		return ""
	}
	list := call.Field("function").Field("object")
	switch compact(val.Text()) {
	case param.Text():
		return q.idList(list, ref.Name())
	case param.Text() + "." + ref.Name():
		if list.Kind() == "identifier" {
			return list.Text()
		}
		if path := splitRowPath(list.Text()); len(path) == 2 && list.Kind() == "member_expression" && !optionalChain(list) {
			// A relation of a row: `account.channels.map((c) => …)`.
			return compact(list.Text())
		}
	}
	return ""
}

// createdInTenant reports whether val is `row.<ref>` of a const row that
// a create on target in the function returned, and that create gives
// target's tenant field a value: the row is new, and the tenant's.
// Unlike createdEarlier's reading of the text, a typed declaration
// (`const workflow: Workflow = await prisma.workflow.create(…)`) counts.
func (q *queryCheck) createdInTenant(val tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	if val.Kind() != "member_expression" || val.Field("property").Text() != ref.Name() || val.Field("object").Kind() != "identifier" {
		return false
	}
	value, ok := constValue(val.Field("object"))
	for ok && (value.Kind() == "await_expression" || value.Kind() == "parenthesized_expression") {
		value = firstNamed(value)
	}
	if !ok {
		return false
	}
	delegate := delegateName(target.Name)
	calls := tsquery.CallsIn(value, func(d string) bool { return d == delegate })
	if len(calls) == 0 || calls[0].Node.Start() != value.Start() || calls[0].Node.End() != value.End() || calls[0].Operation != tsquery.Create || !sameClient(calls[0].Node, q.call) || !q.createsInTenant(calls[0], target) {
		return false
	}
	// The key still the created row's at the write: not assigned since,
	// nor handed to a call that may set it (a helper of the file setting
	// row.id, Object.assign).
	name := val.Field("object").Text()
	return !overwritten(q.call, name+"."+ref.Name()) && !q.rowChangedBetween(calls[0].Node, []string{name, ref.Name()})
}

// columnJudgedAlone reports whether a column of r, a relation of m with a
// key of several columns, is alone the key of another relation of m to a
// judged model.
func (q *queryCheck) columnJudgedAlone(m *prisma.Model, r *prisma.Relation) bool {
	for _, f := range m.Fields {
		o := f.Relation
		if o != nil && o != r && o.IsForward() && len(o.Fields()) == 1 && f.Target() != nil && q.judged(f.Target()) && slices.ContainsFunc(r.Fields(), func(ff *prisma.Field) bool { return ff.Name() == o.Fields()[0].Name() }) {
			return true
		}
	}
	return false
}

// firstGiven is the first column of r's key that data gives a value.
func firstGiven(data tsparse.Node, r *prisma.Relation) string {
	for _, ff := range r.Fields() {
		for _, e := range data.NamedChildren() {
			if k, _, ok := property(e); ok && k == ff.Name() {
				return k
			}
		}
	}
	return ""
}

// foundByKey reports whether data takes its tenant field tf from a const
// row of target found by the very value val gives the key: `const
// dashboard = await db.dashboard.findUniqueOrThrow({ where: { id:
// dashboardId } })` then `{ projectId: dashboard.projectId, dashboardId
// }` writes the row into the tenant of the row it links, as `dashboardId:
// dashboard.id` would (openpanel's reports).
func (q *queryCheck) foundByKey(data tsparse.Node, m *prisma.Model, val tsparse.Node, tf, ref *prisma.Field, target *prisma.Model) bool {
	value, ok := keyPath(val)
	if !ok {
		return false
	}
	for _, v := range tenantValues(data, m, tf.Name()) {
		if v.Kind() != "member_expression" || v.Field("property").Text() != tf.Name() || v.Field("object").Kind() != "identifier" {
			continue
		}
		row, ok := constValue(v.Field("object"))
		for ok && (row.Kind() == "await_expression" || row.Kind() == "parenthesized_expression") {
			row = firstNamed(row)
		}
		if !ok || overwritten(q.call, value) || reassigned(q.call, value, row.Start()) {
			return false
		}
		delegate := delegateName(target.Name)
		calls := tsquery.CallsIn(row, func(d string) bool { return d == delegate })
		if len(calls) == 0 || calls[0].Node.Start() != row.Start() || calls[0].Node.End() != row.End() || !slices.Contains([]string{"findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow"}, calls[0].Operation) {
			return false
		}
		// The row's tenant must still be what the lookup read (not set
		// through the row or another name for it), and the key the same
		// binding holding the same value (not a loop's or a callback's, nor
		// a bare name assigned anywhere, as by a closure run between).
		tenant := v.Field("object").Text() + "." + tf.Name()
		outer, _ := functionChain(q.call)
		if overwritten(q.call, tenant) || q.changedBetween(calls[0].Node, q.call, tenant) || q.changedBetween(calls[0].Node, q.call, value) || isPlainName(value) && assignedAnywhere(outer, value) {
			return false
		}
		where, ok := q.whereObject(calls[0])
		if !ok {
			return false
		}
		for _, w := range where.NamedChildren() {
			if wk, wv, ok := property(w); ok && wk == ref.Name() && compact(wv.Text()) == value && sameBinding(wv, val, value) {
				return true
			}
		}
		return false
	}
	return false
}

// createdWithKey reports whether val, a bare name, is the key ref an
// awaited create on target gave the row it made in the tenant, earlier on
// every path to the call (a statement of a block the call is in, in the
// same function): `await tx.trigger.create({ data: { id: triggerId,
// projectId } })` then `triggerId` (langfuse's automations). The create
// either made that row or threw; the name must keep its value.
func (q *queryCheck) createdWithKey(val tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	if val.Kind() != "identifier" && val.Kind() != "shorthand_property_identifier" {
		return false
	}
	value := val.Text()
	fn := enclosingFunction(q.call)
	delegate := delegateName(target.Name)
	for _, c := range tsquery.CallsIn(fn, func(d string) bool { return d == delegate }) {
		if own := enclosingFunction(c.Node); c.Operation != tsquery.Create || c.Node.End() > q.call.Start() || own.Start() != fn.Start() || own.End() != fn.End() || c.Node.Parent().Kind() != "await_expression" {
			continue
		}
		stmt := c.Node.Parent().Parent()
		if stmt.Kind() == "variable_declarator" {
			stmt = stmt.Parent()
		}
		if stmt.Kind() != "expression_statement" && stmt.Kind() != "lexical_declaration" {
			continue
		}
		if block := stmt.Parent(); block.Kind() != "statement_block" || !spans(block, q.call) {
			continue
		}
		if !q.createsInTenant(c, target) || reassigned(q.call, value, c.Node.Start()) || !sameClient(c.Node, q.call) {
			continue
		}
		if q.createGives(c, ref.Name(), val) {
			return true
		}
	}
	return false
}

// sameClient reports whether the delegate calls a and b are made on one
// client, spelt alike (`db.folder.create`, `db.feature.create`): a row
// made through another client (another database's) says nothing of which
// row holds its key in the write's.
func sameClient(a, b tsparse.Node) bool {
	ca, cb := clientOf(a), clientOf(b)
	return ca.Valid() && cb.Valid() && compact(ca.Text()) == compact(cb.Text())
}

// createGives reports whether create c's data gives key the bare name
// val, as the last value it gives it: a spread or a computed key after
// (`{ id: folderId, ...extra }`) may give the row another key, and leave
// the name naming a row the create did not make. The name must be the
// same binding there as at val: a loop's or an inner block's const of
// that name (`for (const folderId of ids)`) holds the caller's keys, not
// the one the create gave its row.
func (q *queryCheck) createGives(c tsquery.Call, key string, val tsparse.Node) bool {
	data, ok := q.createData(c)
	if !ok {
		return false
	}
	given := q.givenPast(data, key)
	return given.Valid() && compact(given.Text()) == val.Text() && sameBinding(given, val, val.Text())
}

// keyProven reports whether a proof shows that bare, the value data gives
// key (the field ref of a row of target), is the key of the tenant's row.
// One proof a line: each reads a shape of code its own file describes.
func (l *links) keyProven(data, e, bare tsparse.Node, m *prisma.Model, key string, val tsparse.Node, target *prisma.Model, ref *prisma.Field) bool {
	q := l.q
	return l.chosenRowValue(bare, ref, target) ||
		q.createdInTenant(bare, ref, target) ||
		q.letCreated(bare, ref, target) ||
		q.createdWithKey(bare, ref, target) ||
		q.remappedCreatedKey(bare, ref, target) ||
		q.takesParentOf(data, bare, m, target, ref) ||
		q.parentPinnedRow(data, bare, m, target, ref) ||
		q.countedMapKey(data, bare, target, ref) ||
		q.keySetMapKey(data, bare, target, ref) ||
		q.includedMapKey(data, bare, target, ref) ||
		q.childFilteredKey(key, val, ref, target) ||
		q.countedByNumber(data, bare, target, ref) ||
		q.setCheckedMapKey(data, bare, target, ref) ||
		q.mapCheckedKey(data, bare, target, ref) ||
		q.mappedRelationKey(data, bare, target, ref) ||
		q.assignedKey(bare, key, ref, target) ||
		q.testedLinkKey(bare, ref, target) ||
		q.testedPathKey(bare, ref, target) ||
		q.chosenKeyValue(bare, ref, target) ||
		l.branchTestedKey(e, key, ref, target) ||
		q.parentFiltered(data, bare, m, target, ref) ||
		q.passedChild(data, bare, m, target, ref) ||
		q.batchCreated(data, bare, m, target, ref) ||
		q.batchCreatedKey(bare, ref, target) ||
		q.filteredMapKey(data, bare, target, ref) ||
		q.provenLookupKey(bare, ref, target) ||
		q.nestedPinnedRow(data, bare, m, target, ref) ||
		q.letProvenKey(bare, key, ref, target) ||
		q.heldFallbackKey(bare, key, ref, target) ||
		q.ownKeyWrittenBack(data, bare, m, key) ||
		q.ownCopyWrittenBack(data, bare, m, key) ||
		q.compoundPinnedRow(data, bare, m, target, ref) ||
		q.flagCheckedKey(bare, ref, target) ||
		q.parentMapKey(data, bare, m, target, ref) ||
		q.chainedLookupKey(bare, ref, target) ||
		q.heldByCheckedParent(bare, ref, target) ||
		q.passedChildLink(data, bare, m, target, ref) ||
		q.helperCopiedLink(data, bare, m, key) ||
		q.nullableLetKey(bare, ref, target) ||
		q.worklistCreated(bare, ref, target) ||
		q.helperReturnedKey(bare, ref, target) ||
		q.changeCheckedKey(bare, m, ref, target)
}

// callbackParameter reports whether val is a name a function inside call
// binds again as a parameter while the name is bound where call is too
// (`ids.map((mapId) => ({ mapId }))` beside a checked mapId): what was
// verified earlier of the outer name, read by its text, is not this one.
func callbackParameter(val, call tsparse.Node) bool {
	if val.Kind() != "identifier" && val.Kind() != "shorthand_property_identifier" {
		return false
	}
	scope, _ := bindingScope(val, val.Text(), -1)
	if !scope.Valid() || !functionKinds[scope.Kind()] || scope.Start() < call.Start() || scope.End() > call.End() {
		return false
	}
	outer, _ := bindingScope(call, val.Text(), -1)
	return outer.Valid()
}
