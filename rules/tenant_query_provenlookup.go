package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// provenLookupKey reports whether val, the key a write gives a foreign
// key, is the id an earlier lookup of target was keyed by, whose where
// the rule accepts through another key proven the tenant's, the function
// leaving when it found nothing (papermark's incoming webhook):
//
//	const dataroom = await prisma.dataroom.findUnique({ where: { id: dataroomId, teamId } });
//	if (!dataroom) return …;
//	if (dataroomFolderId) {
//	  const folder = await prisma.dataroomFolder.findUnique({ where: { id: dataroomFolderId, dataroomId } });
//	  if (!folder) return …;
//	}
//	await prisma.dataroomDocument.create({ data: { dataroomId, folderId: dataroomFolderId || null } });
//
// A where naming the tenant itself proves the key in verifiedKey; one
// accepted by a proof of its own key (provenRow, as rowsOfProvenCall
// reads `folder.id`) proves it the same way. The name must be the one the
// lookup read (hasID's sameBinding), never given another value in the
// function, and the lookup found on every path to the write
// (foundBefore).
func (q *queryCheck) provenLookupKey(val tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	value, ok := q.keptKey(val, target, ref)
	// The lookup's name is matched as bound at the write; a callback in
	// the write that binds it again (`ids.map((mapId) => ({ mapId }))`)
	// links another value.
	if !ok || !sameBinding(val, q.call, val.Text()) {
		return false
	}
	delegate := delegateName(target.Name)
	outer, _ := functionChain(q.call)
	for c := range q.earlierCalls(delegate) {
		sub := *q
		sub.call, sub.verifying = c.Node, true
		if sub.whereHasID(c, ref.Name(), value, q.call) && q.provenRow(c) && q.foundBefore(c, outer) && !keyAssigned(c, value) {
			return true
		}
	}
	return false
}

// keyAssigned reports whether the name value starts with is assigned
// anywhere in the outermost function of c (a loop may run it before c's
// test of the next turn), which overwritten leaves to the rows' proofs.
func keyAssigned(c tsquery.Call, value string) bool {
	root := splitRowPath(value)
	return len(root) == 0 || assignedIn(c.Node, root[0]) || len(root) > 1 && objectAliased(c.Node, root[0])
}

// objectAliased reports whether the outermost function of at binds the
// object name to another name (`const alias = input`): a write of a
// member through it (`alias.bountyId = other`) changes name's.
func objectAliased(at tsparse.Node, name string) bool {
	outer, _ := functionChain(at)
	return outer.AnyOfKind([]string{"variable_declarator", "assignment_expression"}, func(n tsparse.Node) bool {
		v := n.Field("value")
		if n.Kind() == "assignment_expression" {
			v = n.Field("right")
		}
		return v.Valid() && uncast(v).Kind() == "identifier" && uncast(v).Text() == name
	})
}
