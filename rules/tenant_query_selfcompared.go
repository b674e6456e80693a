package rules

import (
	"github.com/schemalint/schemalint/internal/tsparse"
)

// readsRow reports whether n, the other side of a comparison with the
// tenant field of the row named row, is a value taken from that row
// itself: `row.organizationId`, or a const or a destructured name copied
// from it (`const organizationId = customer.organizationId`, `const {
// organizationId } = customer`). Such a comparison always holds, and says
// nothing of the caller's tenant.
func readsRow(n tsparse.Node, row string) bool {
	for range 8 {
		n = uncast(n)
		switch n.Kind() {
		case "member_expression", "subscript_expression":
			for n.Kind() == "member_expression" || n.Kind() == "subscript_expression" {
				n = uncast(n.Field("object"))
			}
			return n.Kind() == "identifier" && n.Text() == row
		case "identifier":
			if n.Text() == row {
				return true
			}
			if path := destructuredPath(n.Text(), n); len(path) > 0 {
				return path[0] == row
			}
			v, ok := constValue(n)
			if !ok {
				return false
			}
			n = v
		default:
			return false
		}
	}
	return false
}
