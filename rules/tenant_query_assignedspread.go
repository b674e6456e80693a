package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// A const object the function fills by assignment is read as written
// (asWritten): an entry added to a where only narrows it. Spread after
// the tenant key of another where it does not narrow but replaces: AFFiNE's
// `const extra = {}`, `if (…) extra.id = …`, then `where: { workspaceId,
// ...extra }`. An `extra.workspaceId = undefined` there drops the tenant
// filter while the literal `{}` shows nothing to replace it.

// replacedByAssigned caps r, what the spread of x (a const naming lit)
// leaves of the entry name, by each value the function assigns to
// `x.name`, in a closure too; unseen when `x.name` is changed any other
// way (`x.name ??= v`, `x.name.equals = v`). asWritten has refused every
// other use that may change the object.
func (q *queryCheck) replacedByAssigned(x, lit tsparse.Node, name string, r verdict, m *prisma.Model, depth int) verdict {
	if lit.Parent().Kind() != "variable_declarator" {
		return r
	}
	enclosingFunction(lit).Walk(func(n tsparse.Node) bool {
		if n.Kind() != "member_expression" || n.Field("object").Kind() != "identifier" || n.Field("object").Text() != x.Text() || n.Field("property").Text() != name {
			return r > unconstrained
		}
		switch up := n.Parent(); {
		case up.Kind() == "assignment_expression" && sameNode(up.Field("left"), n):
			r = min(r, q.entry(name, up.Field("right"), m, depth))
		case up.Kind() == "augmented_assignment_expression" && sameNode(up.Field("left"), n),
			up.Kind() == "update_expression",
			up.Kind() == "member_expression" && sameNode(up.Field("object"), n) && memberWritten(up):
			r = min(r, unseen)
		}
		return r > unconstrained
	})
	return r
}
