package rules

import (
	"bytes"
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// everyRowCompared reports whether c, a findMany whose rows a const
// holds, is followed before the offset end by an if that leaves when any
// row's tenant differs: `if (docs.some((d) => d.teamId !== teamId)) throw
// …`, `if (!docs.every((d) => d.teamId === teamId)) return …`. Every row
// left is then the tenant's, as a single row compared with the tenant is.
// For a later use (q.call), the if must sit in a block that holds the
// use and come before it; the callback must only read the row's tenant
// and compare it with a value that is not another unchecked row's tenant
// or a literal.
func (q *queryCheck) everyRowCompared(c tsquery.Call, end int) bool {
	if c.Operation != "findMany" {
		return false
	}
	name := boundName(c)
	block := bindingBlock(c)
	if name == "" || !block.Valid() || !constDeclares(block, c.Node) {
		return false
	}
	// The fetch itself (q.call is c) is judged by the test anywhere after
	// it; a later use, by one before it in a block that holds it.
	self := sameNode(q.call, c.Node)
	end = min(end, block.End())
	if !self {
		end = min(end, q.call.Start())
	}
	if end <= c.Node.End() {
		return false
	}
	// Most findMany results are never tested so: read the text first.
	after := c.Node.Tree().Src[c.Node.End():end]
	if !bytes.Contains(after, []byte(name+".some(")) && !bytes.Contains(after, []byte(name+".every(")) {
		return false
	}
	found := false
	enclosingFunction(c.Node).Walk(func(b tsparse.Node) bool {
		switch {
		case found || b.Start() >= end:
			return false
		case b.End() <= c.Node.End():
			return b.End() > c.Node.Start()
		case b.End() > end:
			return true
		}
		if b.Kind() != "call_expression" {
			return true
		}
		mismatch, ok := q.rowsTenantTest(b, name)
		if !ok || !sameBinding(b, c.Node, name) || !comparisonExits(b, mismatch, c.Node, name) {
			return true
		}
		ifs := b.Parent()
		for ifs.Valid() && ifs.Kind() != "if_statement" {
			ifs = ifs.Parent()
		}
		found = ifs.Valid() && (self || spans(ifs.Parent(), q.call) && ifs.End() <= q.call.Start())
		return !found
	})
	return found
}

// rowsTenantTest reads b as a test of every row of rows against the
// tenant: `rows.some((r) => r.teamId !== x)` is true on a mismatch,
// `rows.every((r) => r.teamId === x)` false on one (mismatch tells
// which). ok is false for anything else: the test the other way round, a
// callback that writes or does more than compare.
func (q *queryCheck) rowsTenantTest(b tsparse.Node, rows string) (mismatch, ok bool) {
	fn := b.Field("function")
	args := namedNoComments(b.Field("arguments"))
	// An async callback answers a promise, truthy for every row: every
	// holds for another tenant's rows too.
	if fn.Kind() != "member_expression" || fn.Field("object").Kind() != "identifier" || fn.Field("object").Text() != rows || len(args) != 1 || args[0].Kind() != "arrow_function" || hasChild(args[0], "async") || writes(args[0]) {
		return false, false
	}
	param, n := firstParam(args[0])
	body := args[0].Field("body")
	for body.Kind() == "parenthesized_expression" {
		body = firstNamed(body)
	}
	if n != 1 || param.Kind() != "identifier" || body.Kind() != "binary_expression" {
		return false, false
	}
	var want []string
	switch fn.Field("property").Text() {
	case "some":
		want, mismatch = []string{"!==", "!="}, true
	case "every":
		want = []string{"===", "=="}
	default:
		return false, false
	}
	if !slices.Contains(want, body.Field("operator").Text()) {
		return false, false
	}
	tenant := func(n tsparse.Node) bool {
		t := compact(n.Text())
		return slices.ContainsFunc(q.tenantNames, func(f string) bool { return t == param.Text()+"."+f || t == param.Text()+"?."+f })
	}
	l, r := body.Field("left"), body.Field("right")
	if !tenant(l) {
		l, r = r, l
	}
	// Another row's tenant is read where the test is, outside the callback.
	if !tenant(l) || mentions(r, param.Text()) || literal(r) || q.rootProvesNothing(tenantReadRoot(r, q.tenantNames), b) {
		return false, false
	}
	return mismatch, true
}

// mentions reports whether n reads the identifier name.
func mentions(n tsparse.Node, name string) bool {
	found := false
	n.Walk(func(c tsparse.Node) bool {
		if c.Kind() == "identifier" && c.Text() == name {
			found = true
		}
		return !found
	})
	return found
}

// constDeclares reports whether the declaration in block that holds call
// is a const: a let may be given other rows.
func constDeclares(block, call tsparse.Node) bool {
	for n := call.Parent(); n.Valid() && !sameNode(n, block); n = n.Parent() {
		if p := n.Parent(); n.Kind() == "lexical_declaration" && sameNode(p, block) {
			cs := n.Children()
			return len(cs) > 0 && cs[0].Kind() == "const"
		}
	}
	return false
}
