package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// Ids a function takes from its caller and checks by looking for those
// outside the tenant, leaving when there is any (amplication's team
// members):
//
//	const invalid = await prisma.user.findMany({
//	  where: { id: { in: userIds }, OR: [{ deletedAt: { not: null } }, { workspaceId: { not: team.workspaceId } }] },
//	});
//	if (invalid && invalid.length > 0) throw …;
//	… members: { connect: userIds.map((id) => ({ id })) } …
//
// Every row whose key is listed and whose tenant is another is one of
// those the lookup returns: past the exit, each key listed is that of a
// row of the tenant, or of none (the link then fails). The where must be
// only the keys and the OR: another entry would narrow the rows found,
// and leave some of another tenant unreported.

// exclusionChecked reports whether list, the list whose every element the
// call links by target's key idName, was so checked before the call: an
// earlier findMany on target in the function (or one it is nested in)
// whose where is `{ idName: { in: list }, OR: [… { <tenant>: { not: v } }
// …] }`, a statement of a block holding the call leaving when its rows
// have elements, and neither the list nor the rows changed after it.
func (q *queryCheck) exclusionChecked(list tsparse.Node, target *prisma.Model, idName string) bool {
	path := namePath(list)
	tf := q.t.Field(target)
	if path == "" || tf == nil || calledBeforeDeclared(q.call) {
		return false
	}
	delegate := delegateName(target.Name)
	src := q.call.Tree().Src
	for c := range q.earlierCalls(delegate, "findMany") {
		if !visibleAt(c, q.call) {
			continue
		}
		rows := boundName(c)
		if rows == "" || !q.excludingWhere(c.Args, path, idName, tf.Name()) || !sameBinding(c.Node, q.call, path) || reassigned(q.call, path, c.Node.Start()) {
			// The list is matched by its text: a loop's variable, a
			// parameter or a const of its name at the call is another.
			continue
		}
		between := string(src[c.Node.End():q.call.Start()])
		if pathMutated(between, path) || mutated(between, rows) || handedBetween(q.call, c.Node.End(), []string{path, rows}) {
			continue
		}
		for block := q.call.Parent(); block.Valid() && block.Kind() != "program"; block = block.Parent() {
			if block.Kind() != "statement_block" {
				continue
			}
			if leavingIf(block, c.Node.End(), q.call.Start(), func(cond tsparse.Node) bool { return nonEmptyTest(cond, rows) }).Valid() {
				return true
			}
		}
	}
	return false
}

// excludingWhere reports whether args, a findMany's arguments, give a
// where of exactly `idName: { in: <path> }` and an OR one of whose
// branches is exactly `{ tenant: { not: … } }`, with no spread after it.
func (q *queryCheck) excludingWhere(args []tsparse.Node, path, idName, tenant string) bool {
	if len(args) == 0 {
		return false
	}
	obj, ok := q.objectOf(args[0], 0)
	if !ok || q.spreadAfterWhere(obj) {
		return false
	}
	var where tsparse.Node
	for _, e := range obj.NamedChildren() {
		if k, v, ok := property(e); ok && k == "where" {
			where = v
		}
	}
	w, ok := q.objectOf(where, 0)
	if !ok {
		return false
	}
	entries := namedNoComments(w)
	if len(entries) != 2 {
		return false
	}
	keyed, excluded := false, false
	for _, e := range entries {
		k, v, ok := property(e)
		if !ok || e.Kind() != "pair" {
			return false
		}
		switch k {
		case idName:
			keyed = onlyEntry(v, "in", func(x tsparse.Node) bool { return namePath(x) == path })
		case "OR":
			v = uncast(v)
			if v.Kind() != "array" {
				return false
			}
			for _, b := range namedNoComments(v) {
				if onlyEntry(b, tenant, func(x tsparse.Node) bool { return onlyEntry(x, "not", func(tsparse.Node) bool { return true }) }) {
					excluded = true
				}
			}
		default:
			return false
		}
	}
	return keyed && excluded
}

// onlyEntry reports whether n is an object literal of one entry, key:
// value, whose value satisfies test.
func onlyEntry(n tsparse.Node, key string, test func(tsparse.Node) bool) bool {
	n = uncast(n)
	if n.Kind() != "object" {
		return false
	}
	entries := namedNoComments(n)
	if len(entries) != 1 || entries[0].Kind() != "pair" {
		return false
	}
	k, v, ok := property(entries[0])
	return ok && k == key && test(uncast(v))
}
