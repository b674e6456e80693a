package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// rowsKeyedByAny reads list as `rows.map((r) => [<key>, r])`, the entries
// of a Map whose values are the rows themselves under any key, a call
// included (`[getAttachmentSourceKey(source), source]`, inbox-zero's
// attachment sources): a row got from the Map is one of rows whatever the
// key, unless the key's expression may change the row (handsOutIn). It
// gives rows, or "". mapEntries reads only keys that are a field of the
// row.
func (q *queryCheck) rowsKeyedByAny(list tsparse.Node) string {
	list = uncast(list)
	fn := list.Field("function")
	args := namedNoComments(list.Field("arguments"))
	if list.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "map" || len(args) != 1 || args[0].Kind() != "arrow_function" {
		return ""
	}
	rows := compact(fn.Field("object").Text())
	if path := splitRowPath(rows); len(path) == 0 || strings.Contains(rows, "[") {
		return ""
	}
	param, n := firstParam(args[0])
	entry := uncast(args[0].Field("body"))
	if n != 1 || param.Kind() != "identifier" || entry.Kind() != "array" || writes(args[0]) {
		return ""
	}
	kv := namedNoComments(entry)
	if len(kv) != 2 || kv[0].Kind() == "spread_element" || uncast(kv[1]).Kind() != "identifier" || uncast(kv[1]).Text() != param.Text() || q.handsOutIn(kv[0], param.Text()) {
		return ""
	}
	return rows
}
