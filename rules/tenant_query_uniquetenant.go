package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// uniqueTenantKey rejudges v, the verdict on the value given to the
// tenant field key of m: a value that may be undefined still scopes a
// unique lookup (findUnique, update, upsert, delete) whose only unique key
// it is (GscConnection.projectId @unique, one row per project). Prisma
// refuses such a where without a unique value instead of dropping the
// filter, so no other tenant's row is read or written. With another unique
// key beside it, or in any other operation, the warning stands.
func (q *queryCheck) uniqueTenantKey(key string, val tsparse.Node, m *prisma.Model, depth int, v verdict) verdict {
	if v == maybeUndefined && depth == 0 && uniqueWhere(q.call) && onlyUniqueKey(key, val, m) {
		return constrained
	}
	return v
}
