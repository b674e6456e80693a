package rules

import "strings"

// indexedRows is the list a row path starts with an element of, picked by
// its index: `list[0].id`, or `first.id` after `const first = list[0]`
// (rowPath follows the const to `list[]`). The element of a list of rows
// found with the tenant is one of them, or nothing: then reading `.id`
// throws, while `?.id` gives undefined, which only a unique where refuses
// (as for `byKey.get(k)?.id`). The list must be left as it was read.
func (q *queryCheck) indexedRows(value string, path []string) string {
	if len(path) < 2 {
		return ""
	}
	head := path[0]
	if !strings.HasSuffix(head, "[]") {
		v, ok := constBefore(head, q.call)
		if !ok {
			return ""
		}
		if h := splitRowPath(uncast(v).Text()); len(h) == 1 {
			head = h[0]
		}
	}
	list, ok := strings.CutSuffix(head, "[]")
	if !ok || !isPlainName(list) || strings.Contains(value, "?.") && !uniqueWhere(q.call) {
		return ""
	}
	if grownFrom(q.call, list) || changedByCall(q.call, list) {
		return ""
	}
	return list
}
