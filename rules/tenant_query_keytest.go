package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// testedLinkKey reports whether val, the bare name a write's data gives
// the key ref of a row of target, was looked up with the tenant under a
// test of that name (foundUnderKeyTest). For a link only: a falsy key
// links nothing, while in a where it filters nothing.
func (q *queryCheck) testedLinkKey(val tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	if val.Kind() != "identifier" && val.Kind() != "shorthand_property_identifier" || calledBeforeDeclared(q.call) {
		return false
	}
	value := val.Text()
	delegate := delegateName(target.Name)
	for c := range q.earlierCalls(delegate) {
		sub := *q
		sub.call, sub.verifying = c.Node, true
		if v, _ := sub.whereOfCall(c); v != constrained {
			continue
		}
		if sub.whereHasID(c, ref.Name(), value, q.call) && foundUnderKeyTest(c, value, q.call) {
			return true
		}
	}
	return false
}

// foundUnderKeyTest reports whether c, a findFirst or findUnique whose
// where holds the key value, is checked under a test of that very key, in
// an if statement before the call: `if (emailId) { const email = await
// prisma.organisationEmail.findFirst({ where: { id: emailId,
// organisationId } }); if (!email) throw … }` then `data: { emailId }`
// (documenso's settings). When the test fails the key is null, undefined
// or empty and links no row; when it holds, the row was found in the
// tenant or the function left. The key must be a const, so the test and
// the write read the same value.
func foundUnderKeyTest(c tsquery.Call, value string, call tsparse.Node) bool {
	return isPlainName(value) && foundUnderTest(c, call, func(test tsparse.Node) bool {
		return testedName(test) == value && isConstName(value, call) && sameBinding(test, call, value)
	})
}

// foundUnderTest reports whether c, a findFirst or findUnique bound to a
// const, is declared in the consequence of an if statement tests accepts,
// which comes before call in a block holding call, and a later statement
// of that consequence leaves unless c's row was found.
func foundUnderTest(c tsquery.Call, call tsparse.Node, tests func(ifStatement tsparse.Node) bool) bool {
	if c.Operation != "findFirst" && c.Operation != "findUnique" {
		return false
	}
	name := boundName(c)
	if name == "" {
		return false
	}
	st, test, ok := constUnderIf(c)
	if !ok || !tests(test) {
		return false
	}
	if block := test.Parent(); block.Kind() != "statement_block" || !spans(block, call) || test.End() > call.Start() {
		return false
	}
	return leavesUnlessFound(st, name)
}
