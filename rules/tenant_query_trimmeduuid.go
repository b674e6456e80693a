package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// trimmedUUIDKey reports whether val is `x.trim()` of a key x checked
// with the tenant before the call (verifiedEarlier), the field it is
// compared with a @db.Uuid column (panora's custom fields,
// `id_attribute: attribute.id_attribute.trim()` after the attribute's
// create): a string the database read as one of the tenant's uuids reads
// as the same uuid with white space cut off its ends. Another column, or
// another method, may give another row's key.
func (q *queryCheck) trimmedUUIDKey(target *prisma.Model, idName, key string, val tsparse.Node) bool {
	call := uncast(val)
	fn := call.Field("function")
	if call.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "trim" || optionalChain(fn) || len(namedNoComments(call.Field("arguments"))) != 0 {
		return false
	}
	f := fieldByName(target, idName)
	if f == nil || f.Kind != prisma.ScalarField || f.NativeType() == nil || strings.TrimPrefix(f.NativeType().Name(), "db.") != "Uuid" {
		return false
	}
	return q.verifiedEarlier(target, idName, key, uncast(fn.Field("object")))
}
