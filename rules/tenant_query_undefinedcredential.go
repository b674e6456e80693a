package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// undefinedCredential reports whether val, the value a where gives the
// credential field key of m, may be undefined (`findFirst({ where: { token
// } })` with `token?: string`): Prisma drops an undefined filter, and the
// lookup returns some row of any tenant, so it proves nothing. A unique
// lookup whose only unique key it is stays a proof: Prisma refuses that
// where instead (see uniqueTenantKey). The tests that prove a value
// defined are tenantValue's.
func undefinedCredential(key string, val tsparse.Node, m *prisma.Model, depth int) bool {
	if !mayBeUndefined(val, 0) {
		return false
	}
	if depth == 0 {
		if call := whereCall(val); call.Valid() && uniqueWhere(call) && onlyUniqueKey(key, val, m) {
			return false
		}
	}
	return true
}

// whereCall is the call whose argument holds n, written in place (not
// through a const): the nearest call above n in its function.
func whereCall(n tsparse.Node) tsparse.Node {
	for p := n.Parent(); p.Valid(); p = p.Parent() {
		if p.Kind() == "call_expression" {
			return p
		}
		if functionKinds[p.Kind()] || p.Kind() == "program" || p.Kind() == "variable_declarator" {
			break
		}
	}
	return tsparse.Node{}
}
