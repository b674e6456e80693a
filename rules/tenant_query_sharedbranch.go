package rules

import (
	"regexp"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// sharedBranchLeft reports whether c, an earlier lookup of one row whose
// where got verdict v, is the tenant's row by the time q's call runs: its
// where's OR has, beside branches that filter by the tenant, only
// branches that match a Boolean flag set (`{ isGlobal: true }`, the
// shared rows), and before the call the function leaves when the found
// row's flag holds (refly's providers):
//
//	const provider = await prisma.provider.findUnique({
//	  where: { providerId, OR: [{ uid: user.uid }, { isGlobal: true }] },
//	})
//	if (!provider) throw …
//	if (provider.isGlobal) throw …
//	await prisma.provider.update({ where: { pk: provider.pk }, … })
//
// A row that goes on did not match a flag branch, so it matched one with
// the tenant. The row is a const, and the lookup selects the flag (no
// select, or one that names it; no omit), so the test reads the stored
// value.
func (q *queryCheck) sharedBranchLeft(c tsquery.Call, v verdict) bool {
	if v != orBranch || c.Operation != "findFirst" && c.Operation != "findUnique" && c.Operation != "findFirstOrThrow" && c.Operation != "findUniqueOrThrow" {
		return false
	}
	name, m := boundName(c), q.delegates[c.Delegate]
	if name == "" || m == nil || !isConstName(name, q.call) || !visibleAt(c, q.call) {
		return false
	}
	where, ok := q.whereObject(c)
	if !ok {
		return false
	}
	var branches tsparse.Node
	for _, e := range where.NamedChildren() {
		if key, val, ok := property(e); ok && key == "OR" {
			if branches.Valid() || val.Kind() != "array" {
				return false
			}
			branches = val
		}
	}
	if !branches.Valid() {
		return false
	}
	sub := *q
	sub.call, sub.verifying = c.Node, true
	var flags []string
	scoped := false
	for _, b := range namedNoComments(branches) {
		if flag := trueFlag(b, m); flag != "" {
			flags = append(flags, flag)
			continue
		}
		if sub.value(nil, b, m, 1) != constrained {
			return false
		}
		scoped = true
	}
	if !scoped || len(flags) == 0 {
		return false
	}
	for _, flag := range flags {
		if !q.rowHolds(c, flag) {
			return false
		}
		test := compiled(`^` + regexp.QuoteMeta(name) + `(\?|!)?\.` + regexp.QuoteMeta(flag) + `$`)
		if !leavesWhen(c.Node, q.call, matches(test)) {
			return false
		}
	}
	return true
}

// trueFlag is the field b, an OR branch, requires to be true when b is
// exactly `{ flag: true }` and flag is a Boolean scalar of the model; "" otherwise.
func trueFlag(b tsparse.Node, m *prisma.Model) string {
	entries := namedNoComments(b)
	if b.Kind() != "object" || len(entries) != 1 {
		return ""
	}
	key, val, ok := property(entries[0])
	if !ok || val.Kind() != "true" {
		return ""
	}
	if f := m.Field(key); f == nil || f.TypeName() != "Boolean" {
		return ""
	}
	return key
}
