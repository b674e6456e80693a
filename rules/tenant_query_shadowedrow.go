package rules

import "github.com/schemalint/schemalint/internal/tsquery"

// A row looked up by a key and compared with the tenant, then written by
// that same key in an inner block that binds the row's name again:
//
//	const folder = await prisma.folder.findUnique({ where: { id } })
//	if (!folder || folder.userId !== user.id) return res.forbidden()
//	if (req.method === 'PATCH') {
//	  const folder = await prisma.folder.update({ where: { id }, … })
//	}
//
// The inner const hides the checked row at the call, so the proofs that
// read the row by its name there (visibleAt) refuse it; but the key is
// what the write sends, and the comparison ran on the outer row before
// the inner block (comparedBefore follows its own binding). A key read
// from the row (`folder.id`) names the inner binding at the call and
// proves nothing.

// shadowedRowKey reports whether c, an earlier lookup on delegate whose
// where sub found unscoped, gave its row to a name the call's block binds
// again, had that row compared with the tenant before the call, and
// looked it up by value, the call's key for idName.
func (q *queryCheck) shadowedRowKey(c tsquery.Call, sub *queryCheck, delegate, rows, value, idName string) bool {
	if c.Delegate != delegate || rows != "" || !shadowedAt(c, q.call) {
		return false
	}
	if block := bindingBlock(c); block.Valid() && !spans(block, q.call) {
		return false
	}
	return (q.comparedBefore(c, q.call.Start()) || q.comparedGuard(c)) && sub.whereHasID(c, idName, value, q.call) && lookupRunsWith(c.Node, q.call)
}
