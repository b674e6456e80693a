package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// countedByNumber is countedMapKey for a lookup that counts rather than
// lists: a count, or an updateMany whose count is the number of rows its
// where matched (sourcebot's attachment claim, in a $transaction):
//
//	const claimed = await tx.attachment.updateMany({ where: { id: { in: ids }, orgId }, data: { status } });
//	if (claimed.count !== ids.length) throw …;
//	await tx.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId, attachmentId })) });
//
// The rows matched are distinct, one per key at most, and only the
// tenant's: as many as the list has elements means each element's key is
// a row of the tenant. An updateMany must not write the tenant, the key
// or any column of a relation: the rows it matched stay where they were.
func (q *queryCheck) countedByNumber(data, val tsparse.Node, target *prisma.Model, ref *prisma.Field) bool {
	list, mapped := mappedElement(data, val, ref)
	if list == "" || calledBeforeDeclared(q.call) {
		return false
	}
	outer, _ := functionChain(q.call)
	delegate := delegateName(target.Name)
	for c := range q.earlierCalls(delegate, "count", "updateMany") {
		counter := countName(c)
		if counter == "" || c.Operation == "updateMany" && !q.keepsRows(c, target, ref) || !q.listedKeys(c, ref.Name(), list, mapped) || !q.scopedRow(c) {
			continue
		}
		counted := func(cond tsparse.Node) bool { return numberDiffers(cond, counter, list) }
		if !(visibleAt(c, q.call) && leavesWhen(c.Node, q.call, counted)) && !countedIfAny(c.Node, q.call, list, counted) {
			continue
		}
		between := string(q.call.Tree().Src[c.Node.End():outer.End()])
		if mapped && fieldWritten(between, ref.Name()) || mutated(between, splitRowPath(counter)[0]) {
			continue
		}
		if !listChanged(q.call, c.Node.End(), outer.End(), list) {
			return true
		}
	}
	return false
}

// mappedElement is the list that data, the row a `.map` callback makes of
// each element, is made from, when val is the element (`list.map((x) =>
// ({ …, key: x }))`) or its ref (`x.<ref>`, mapped), the list named by
// identifiers and dots; "" otherwise.
func mappedElement(data, val tsparse.Node, ref *prisma.Field) (list string, mapped bool) {
	call, param, ok := mapCallback(data)
	if !ok {
		return "", false
	}
	switch compact(val.Text()) {
	case param.Text():
	case param.Text() + "." + ref.Name():
		mapped = true
	default:
		return "", false
	}
	return namePath(call.Field("function").Field("object")), mapped
}

// keepsRows reports whether updateMany c's data, an object the rule reads
// whole, writes only plain columns of target: no tenant field, not ref,
// no relation nor any column of one.
func (q *queryCheck) keepsRows(c tsquery.Call, target *prisma.Model, ref *prisma.Field) bool {
	args, ok := q.argsObject(c)
	if !ok {
		return false
	}
	for _, e := range namedNoComments(args) {
		k, v, ok := property(e)
		if !ok {
			return false
		}
		if k != "data" {
			continue
		}
		data, ok := q.objectOf(v, 0)
		if !ok {
			return false
		}
		for _, d := range namedNoComments(data) {
			dk, _, ok := property(d)
			f := fieldByName(target, dk)
			if !ok || f == nil || f.Relation != nil || dk == ref.Name() || q.isTenantField(target, dk) || slices.Contains(q.tenantNames, dk) || relationColumn(target, dk) {
				return false
			}
		}
		return true
	}
	return false
}

// relationColumn reports whether key is a column of a relation of m.
func relationColumn(m *prisma.Model, key string) bool {
	for _, f := range m.Fields {
		if r := f.Relation; r != nil && slices.ContainsFunc(r.Fields(), func(ff *prisma.Field) bool { return ff.Name() == key }) {
			return true
		}
	}
	return false
}

// numberDiffers reports whether cond is `counter !== list.length` (or
// `!=`, either way round), or `counter < list.length`.
func numberDiffers(cond tsparse.Node, counter, list string) bool {
	cond = uncast(cond)
	if cond.Kind() != "binary_expression" {
		return false
	}
	isCounter := func(n tsparse.Node) bool { return compact(uncast(n).Text()) == counter }
	length := func(n tsparse.Node) bool {
		n = uncast(n)
		return n.Kind() == "member_expression" && n.Field("property").Text() == "length" && namePath(n.Field("object")) == list
	}
	l, r := cond.Field("left"), cond.Field("right")
	switch cond.Field("operator").Text() {
	case "!==", "!=":
		return isCounter(l) && length(r) || length(l) && isCounter(r)
	case "<":
		return isCounter(l) && length(r)
	}
	return false
}
