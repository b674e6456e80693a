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
	if !isRowPath(literal) || aliasGrown(q.call, compact(value[:variableIndex.Regexp().FindStringIndex(value)[0]])) {
		return false
	}
	return q.verifiedKey(target, idName, literal, "", val)
}

// aliasGrown reports whether the list an element is taken from shares its
// array with another name that is given new elements before at: a const
// the list was read from (`const rows = doc.links; doc.links.push(x);
// rows[i]`), or one read from the list (`const links = doc.links;
// links.unshift(x); doc.links[i]`). The index may reach the new elements,
// which the proofs of the list, following its own name, do not see.
// list is the text before the index, marks and all (`doc!.links!`,
// `rows?.` before `?.[i]`); the names are compared without them, as
// `doc?.links` and `doc!.links` are the same array as `doc.links`.
func aliasGrown(at tsparse.Node, list string) bool {
	list = unmarkedPath(list)
	if v, ok := constBefore(list, at); ok && isRowPath(compact(uncast(v).Text())) && listGrown(at, compact(uncast(v).Text())) {
		return true
	}
	outer, _ := functionChain(at)
	return outer.AnyOfKind([]string{"variable_declarator"}, func(n tsparse.Node) bool {
		v := uncast(n.Field("value"))
		return n.Field("name").Kind() == "identifier" && v.Valid() && unmarkedPath(compact(v.Text())) == list && listGrown(at, n.Field("name").Text())
	})
}

// unmarkedPath is a path's text without its `!` and `?.` marks, and
// without a `?.` left at its end (the text before `?.[i]`).
func unmarkedPath(s string) string {
	return pathMarks.Replace(strings.TrimSuffix(s, "?."))
}
