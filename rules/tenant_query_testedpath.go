package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// testedPathKey is testedLinkKey for a key read as a property of a
// parameter or const (briefer's createDocument):
//
//	if (data.parentId) {
//	  const parent = await prisma.document.findUnique({ where: { id: data.parentId, workspaceId } })
//	  if (!parent) throw …
//	}
//	await prisma.document.create({ data: { parentId: data.parentId, workspaceId, … } })
//
// Unset, the key links no row; set, the row was found in the tenant or the
// function left. The property must read the same value at the test, the
// lookup and the write: its root is never assigned in the function, nor
// the property or a part of it (overwritten also refuses a call that may
// change the object), and no other rebinding proof replaces it.
func (q *queryCheck) testedPathKey(val tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	if val.Kind() != "member_expression" || calledBeforeDeclared(q.call) {
		return false
	}
	value := compact(val.Text())
	if !plainPath(value) || overwritten(q.call, value) || q.keyReplaced(value, target, ref) {
		return false
	}
	for c := range q.earlierCalls(delegateName(target.Name)) {
		sub := *q
		sub.call, sub.verifying = c.Node, true
		if v, _ := sub.whereOfCall(c); v != constrained {
			continue
		}
		if !keyAssigned(c, value) && sub.whereHasID(c, ref.Name(), value, q.call) && foundUnderPathTest(c, value, q.call) {
			return true
		}
	}
	return false
}

// plainPath reports whether value is a chain of two or more plain names
// joined by dots: no optional link, element or call.
func plainPath(value string) bool {
	parts := strings.Split(value, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !isPlainName(p) {
			return false
		}
	}
	return true
}

// foundUnderPathTest is foundUnderKeyTest for the property chain value:
// c is declared in the consequence of `if (value)`, which has no else, comes before call in a block holding call, and leaves unless
// c's row was found.
func foundUnderPathTest(c tsquery.Call, value string, call tsparse.Node) bool {
	return foundUnderTest(c, call, func(test tsparse.Node) bool {
		return !test.Field("alternative").Valid() && testedPath(test) == value && sameBinding(test, call, value) && !rootReadBetween(test, c, call, value)
	})
}

// rootReadBetween reports whether the name value starts with is read from
// the if statement test to call other than in test's condition and in c: a
// function handed the object may change the key.
func rootReadBetween(test tsparse.Node, c tsquery.Call, call tsparse.Node, value string) bool {
	root, _, _ := strings.Cut(value, ".")
	cond := test.Field("condition")
	return anyNode(enclosingFunction(call), func(n tsparse.Node) bool {
		return n.Kind() == "identifier" && n.Text() == root && n.Start() >= test.Start() && n.End() <= call.Start() && !spans(cond, n) && !spans(c.Node, n)
	})
}

// testedPath is the property chain an if statement's condition is, or "".
func testedPath(ifStatement tsparse.Node) string {
	cond := ifStatement.Field("condition")
	for cond.Kind() == "parenthesized_expression" {
		cond = firstNamed(cond)
	}
	if cond.Kind() != "member_expression" {
		return ""
	}
	return compact(cond.Text())
}
