package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// pickedKey reports whether value names a const holding the key of a row
// picked in one expression from the rows an earlier tenant-checked query
// returned: `const domainId = domains?.find((d) => d.slug === slug)?.id`
// (dub's link processing). When nothing matches, find gives undefined: a
// `?.` then makes the key undefined, which a unique where refuses but any
// other where drops, reaching every tenant; without `?.` reading the key
// throws instead.
func (q *queryCheck) pickedKey(value string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	if p := splitRowPath(value); len(p) != 1 || strings.HasSuffix(p[0], "[]") {
		return false
	}
	v, ok := constBefore(value, q.call)
	if !ok || v.Kind() != "member_expression" || v.Field("property").Kind() != "property_identifier" {
		return false
	}
	picked := v.Field("object")
	for picked.Kind() == "non_null_expression" || picked.Kind() == "parenthesized_expression" {
		picked = firstNamed(picked)
	}
	if picked.Kind() != "call_expression" {
		return false
	}
	fn := picked.Field("function")
	if fn.Kind() != "member_expression" || fn.Field("object").Kind() != "identifier" {
		return false
	}
	switch fn.Field("property").Text() {
	case "find", "findLast":
	default:
		return false
	}
	if optionalChain(v) && !uniqueWhere(q.call) {
		return false
	}
	rows, path := q.listRows(fn.Field("object").Text(), []string{"", v.Field("property").Text()})
	return q.earlierRow(path, rows, target, idName, outer, chain)
}

// uniqueWhere reports whether call is an operation whose where must name a
// unique key, so that an undefined key fails instead of matching all rows.
func uniqueWhere(call tsparse.Node) bool {
	switch call.Field("function").Field("property").Text() {
	case "findUnique", "findUniqueOrThrow", "update", "upsert", "delete":
		return true
	}
	return false
}
