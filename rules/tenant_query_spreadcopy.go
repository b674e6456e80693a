package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// spreadCopiedKey reports whether fn, the callback of a map, copies its
// element whole and keeps key: `(kit) => ({ ...kit, assets: … })`. The
// copy's key is then the element's own, and the list made is the rows
// themselves for that key. The spread, of the element itself, must come
// first (an entry before it may change the element) and be the only one,
// with no other entry named key or with a key the rule cannot read (a
// computed one, a method): any of them may replace key.
func spreadCopiedKey(fn tsparse.Node, key string) bool {
	if fn.Kind() != "arrow_function" {
		return false
	}
	param, n := firstParam(fn)
	body := fn.Field("body")
	for body.Kind() == "parenthesized_expression" {
		body = firstNamed(body)
	}
	if n != 1 || param.Kind() != "identifier" || body.Kind() != "object" {
		return false
	}
	entries := namedNoComments(body)
	if len(entries) == 0 || entries[0].Kind() != "spread_element" {
		return false
	}
	if v := firstNamed(entries[0]); v.Kind() != "identifier" || v.Text() != param.Text() {
		return false
	}
	for _, e := range entries[1:] {
		k, _, ok := property(e)
		if !ok || k == "" || k == key {
			return false
		}
	}
	return true
}

// unseenMappedRows is mappedTenantIDs taking the rows of earlier queries
// whose where the rule cannot see as the tenant's: `copyIds.map((id) =>
// ({ id }))` of the ids of such rows links them, as scoped as that where.
// The name of those rows, or "".
func (q *queryCheck) unseenMappedRows(unique, obj tsparse.Node, target *prisma.Model) string {
	rows := ""
	sub := *q
	sub.assumeSeen = &rows
	if !sub.mappedTenantIDs(unique, obj, target) {
		return ""
	}
	return rows
}
