package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// copiedLink reports whether val, the value data gives key (a foreign key
// of m, the model written), is `row.<key>` of a const row of m that a
// single-row find on m returned, and data gives m's tenant field tf
// `row.<tf>` as well: the written row links what that stored row links,
// in that row's tenant (openpanel's report duplicate, `{ projectId:
// report.projectId, dashboardId: report.dashboardId }`). A stored row's
// link is judged where it was written; whose tenant the copy lands in is
// the write's own where and data's to judge. Neither read may be
// overwritten before the write.
func (q *queryCheck) copiedLink(data, val tsparse.Node, m *prisma.Model, key string, tf *prisma.Field) bool {
	if val.Kind() != "member_expression" || val.Field("property").Text() != key || val.Field("object").Kind() != "identifier" {
		return false
	}
	obj := val.Field("object")
	row := obj.Text()
	gives := false
	for _, e := range data.NamedChildren() {
		if k, v, ok := property(e); ok && k == tf.Name() {
			gives = v.Kind() == "member_expression" && v.Field("property").Text() == tf.Name() && v.Field("object").Kind() == "identifier" && v.Field("object").Text() == row
		}
	}
	if !gives || overwritten(q.call, row+"."+key) || overwritten(q.call, row+"."+tf.Name()) {
		return false
	}
	value, ok := constValue(obj)
	if !ok {
		return false
	}
	value = uncastAwait(value)
	delegate := delegateName(m.Name)
	calls := tsquery.CallsIn(value, func(d string) bool { return d == delegate })
	return len(calls) > 0 && calls[0].Node.Start() == value.Start() && calls[0].Node.End() == value.End() &&
		slices.Contains([]string{"findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow"}, calls[0].Operation)
}
