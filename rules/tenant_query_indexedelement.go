package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// An element of a list taken by a variable index, the way a loop pairs
// new values with the rows a lookup included:
//
//	const existing = await prisma.company.findFirst({ where: { remote_id, id_connection }, include: { emails: true } })
//	normalized.map((email, index) =>
//	  existing.emails[index]
//	    ? prisma.email.update({ where: { id_email: existing.emails[index].id_email }, data: email })
//	    : …)
//
// Whatever the index holds, `existing.emails[index]` is one of the
// list's elements or nothing (undefined has no id, and a where without
// its unique key is refused), so the key is an element's key as
// `existing.emails[0].id_email` is, and the proofs of row paths, which
// read any literal index as "an element", judge it the same. Only a
// name is read as an index: an expression (`[i + 1]`, `[ids[i]]`) or a
// string is left alone. The argument needs the where to hold a unique
// key (update, delete, upsert, findUnique): a name may hold a string
// (`req.query.index`), and `links["length"].id` is undefined, which a
// findFirst or a deleteMany drops from its where, finding every row.

// variableIndex is an element taken by a name: `[index]`, `[i]`.
var variableIndex = lazyregexp.New(`\[[A-Za-z_$][\w$]*\]`)

// indexedElementKey reports whether value, a row path with an element
// taken by a variable index, is proven as the same path with that index
// a literal one.
func (q *queryCheck) indexedElementKey(target *prisma.Model, idName, value string, val tsparse.Node) bool {
	if !strings.Contains(value, "[") || !variableIndex.Regexp().MatchString(value) || !uniqueWhere(q.call) {
		return false
	}
	literal := variableIndex.Regexp().ReplaceAllString(value, "[0]")
	if !isRowPath(literal) {
		return false
	}
	return q.verifiedKey(target, idName, literal, "", val)
}
