package rules

import (
	"regexp"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// comparedGuard reports whether q's call runs only inside the consequence
// of an if, in the function of c (a lookup of one row, bound to a name),
// whose condition holds only when the row's tenant field equals a tenant
// value: one of the && terms of the condition is `row.uid === uid` (or
// `row?.uid`, `==`) against a value that proves something (refly's
// skill-installation.service.ts):
//
//	const skillPackage = await prisma.skillPackage.findUnique({ where: { skillId }, select: { uid: true } })
//	if (skillPackage?.uid === user.uid) {
//	  await prisma.skillPackage.update({ where: { skillId }, … })
//	}
//
// A missing row makes the term false. A comparison under `||` or `!`, in
// the alternative, in a closure, or of a row given another value between
// the lookup and the call, proves nothing.
func (q *queryCheck) comparedGuard(c tsquery.Call) bool {
	switch c.Operation {
	case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
	default:
		return false
	}
	name := boundName(c)
	scope := enclosingFunction(c.Node)
	if name == "" || !sameNode(enclosingFunction(q.call), scope) || q.call.Start() < c.Node.End() || rowAssignedBetween(c.Node, q.call, name) {
		return false
	}
	expr := compiled(`^` + regexp.QuoteMeta(name) + `\??\.(` + strings.Join(metaQuoted(q.tenantNames), "|") + `)$`)
	field := func(n tsparse.Node) bool { return expr.MatchString(compact(n.Text())) }
	for n := q.call; n.Valid() && !sameNode(n, scope); n = n.Parent() {
		p := n.Parent()
		if p.Kind() != "if_statement" || !sameNode(p.Field("consequence"), n) || p.Start() < c.Node.End() {
			continue
		}
		for _, term := range andTerms(p.Field("condition")) {
			if term.Kind() != "binary_expression" || term.Field("operator").Text() != "===" && term.Field("operator").Text() != "==" {
				continue
			}
			l, r := term.Field("left"), term.Field("right")
			if (field(l) && !q.provesNothing(r) && !readsRow(r, name) || field(r) && !q.provesNothing(l) && !readsRow(l, name)) && sameBinding(term, c.Node, name) {
				return true
			}
		}
	}
	return false
}
