package rules

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// searchedList reports whether, after c, the lookup of a row of m bound to
// name, and before the offset end, the function searches a list loaded
// with the row for an element only the tenant's row can have, and leaves
// when there is none: a child whose tenant field equals a value
// (`v.values.find((x) => x.environmentId === envId)`), or a member of the
// row's tenant who is a given user (`doc.team.users.some((u) => u.userId
// === userId)`).
func (q *queryCheck) searchedList(c tsquery.Call, m *prisma.Model, name string, end int) bool {
	fn := enclosingFunction(c.Node)
	end = min(end, fn.End())
	if end <= c.Node.End() {
		return false
	}
	after := c.Node.Tree().Src[c.Node.End():end]
	if !bytes.Contains(after, []byte(".some(")) && !bytes.Contains(after, []byte(".find(")) {
		return false
	}
	var guards []string
	var searches []tsparse.Node
	fn.Walk(func(n tsparse.Node) bool {
		if n.End() <= c.Node.End() || n.Start() >= end {
			return false
		}
		if n.Kind() != "call_expression" || n.Start() < c.Node.End() || !q.searchesTenantList(n, m, name) {
			return true
		}
		guards = append(guards, regexp.QuoteMeta(compact(n.Text())))
		searches = append(searches, n)
		if b := constBinding(n); b != "" && sameNode(enclosingFunction(n), fn) {
			guards = append(guards, regexp.QuoteMeta(b))
		}
		return true
	})
	if len(guards) == 0 {
		return false
	}
	return leavesIfUnused(c.Node, end, compiled(`^!(?:`+strings.Join(guards, "|")+`)$`), name, searches)
}

// searchesTenantList reports whether call is `name.<list>.some(…)` or
// `.find(…)` with a predicate `(x) => x.<key> === value` that only an
// element of the tenant's row matches: <list> a to-many relation of m and
// <key> its rows' tenant field, or <list> the relation to m's tenant and
// its members, and <key> the member's user, or its API keys, and <key>
// the key the caller presents (presentedKey).
func (q *queryCheck) searchesTenantList(call tsparse.Node, m *prisma.Model, name string) bool {
	fn := call.Field("function")
	if fn.Kind() != "member_expression" {
		return false
	}
	if method := fn.Field("property").Text(); method != "some" && method != "find" {
		return false
	}
	path := splitRowPath(fn.Field("object").Text())
	if len(path) < 2 || len(path) > 3 || path[0] != name {
		return false
	}
	key, other := predicateKeyValue(call)
	if key == "" {
		return false
	}
	f := fieldByName(m, path[1])
	if f == nil || f.Relation == nil || f.Target() == nil {
		return false
	}
	if len(path) == 2 {
		return f.IsList() && (q.isTenantField(f.Target(), key) || tenantForeignKey(q.t, f.Target(), key))
	}
	if f.IsList() || !q.t.IsRoot(f.Target()) || !namesTenant(q, m, f) {
		return false
	}
	if keys := fieldByName(f.Target(), path[2]); keys != nil && keys.IsList() && keys.Target() != nil && presentedKey(keys.Target(), key) {
		// The caller presents the key: not a constant, nor one read
		// from the row, whose own keys hold it. That the keys are the
		// ones loaded is searchedList's to check (rowTouched).
		return !unpresented(other) && !readFromRow(other, name, 0)
	}
	// The user searched for must not be one a row names: the row's own
	// creator is a member of its tenant, whichever it is, and another
	// tenant's row names a member of that tenant.
	mb, ok := q.membership(f.Target(), path[2])
	return ok && key == mb.userKey && !readFromRow(other, name, 0) && !q.readsUnprovenRow(other)
}

// presentedKey reports whether key, of the rows of m a tenant holds, is a
// credential the caller presents (an API key's key) that every row has:
// finding the caller's among the row's tenant's keys
// (`row.organization.apiKeys.find((k) => k.key === token)`) shows the
// caller holds that tenant's key, as looking it up by the key would
// (credentialLookup). A key that may be null would match an absent one
// under ==.
func presentedKey(m *prisma.Model, key string) bool {
	f := fieldByName(m, key)
	return f != nil && f.Kind == prisma.ScalarField && f.IsRequired() && credentialColumn(m, key)
}

// predicateKeyValue is k of a call's only argument `(x) => x.k === value`
// (or ==, either way round) whose value is neither a constant nor read
// from x, and that value; "" and no node otherwise.
func predicateKeyValue(call tsparse.Node) (string, tsparse.Node) {
	args := namedNoComments(call.Field("arguments"))
	if len(args) != 1 || args[0].Kind() != "arrow_function" {
		return "", tsparse.Node{}
	}
	arrow := args[0]
	param, n := firstParam(arrow)
	if n != 1 || param.Kind() != "identifier" {
		return "", tsparse.Node{}
	}
	body := arrow.Field("body")
	for body.Kind() == "parenthesized_expression" {
		body = firstNamed(body)
	}
	body = keyConjunct(body, param)
	if body.Kind() != "binary_expression" {
		return "", tsparse.Node{}
	}
	if op := body.Field("operator").Text(); op != "===" && op != "==" {
		return "", tsparse.Node{}
	}
	for _, side := range [][2]tsparse.Node{{body.Field("left"), body.Field("right")}, {body.Field("right"), body.Field("left")}} {
		elem, other := splitRowPath(side[0].Text()), side[1]
		if len(elem) != 2 || elem[0] != param.Text() || literal(other) {
			continue
		}
		if o := splitRowPath(other.Text()); len(o) > 0 && o[0] == param.Text() {
			continue
		}
		return elem[1], other
	}
	return "", tsparse.Node{}
}

// constBinding is the name of `const name = <n>` (through await and
// parentheses), or "".
func constBinding(n tsparse.Node) string {
	p := n.Parent()
	for p.Kind() == "await_expression" || p.Kind() == "parenthesized_expression" {
		p = p.Parent()
	}
	if p.Kind() != "variable_declarator" || p.Field("name").Kind() != "identifier" {
		return ""
	}
	if decl := p.Parent(); decl.Kind() != "lexical_declaration" || !strings.HasPrefix(decl.Text(), "const") {
		return ""
	}
	return p.Field("name").Text()
}

// wholePick reports whether the declaration of name starting at the offset
// at in fn has for its value one call of an array method on a list
// (`rows.find(…)`, `doc.links.filter(…)`), not a chain going on from it.
func wholePick(fn tsparse.Node, at int, name string) bool {
	ok := false
	fn.Walk(func(n tsparse.Node) bool {
		if ok || n.End() <= at || n.Start() > at {
			return false
		}
		if n.Start() != at || n.Kind() != "lexical_declaration" && n.Kind() != "variable_declaration" {
			return true
		}
		for _, d := range n.NamedChildren() {
			if d.Kind() != "variable_declarator" || d.Field("name").Text() != name {
				continue
			}
			// A cast or a non-null mark keeps the element: rows.find(…)!.
			v := uncast(d.Field("value"))
			ok = v.Kind() == "call_expression" && v.Field("function").Kind() == "member_expression" && splitRowPath(v.Field("function").Field("object").Text()) != nil
		}
		return false
	})
	return ok
}

// readFromRow reports whether v is read from the row name, directly
// (`row.organization.apiKeys[0].key`) or through consts of the function
// or fallbacks holding such a read.
func readFromRow(v tsparse.Node, name string, depth int) bool {
	v = uncast(v)
	if depth > 8 || !v.Valid() {
		return false
	}
	switch v.Kind() {
	case "identifier":
		if v.Text() == name {
			return true
		}
		if c, ok := constBefore(v.Text(), v); ok {
			return readFromRow(c, name, depth+1)
		}
		return false
	case "binary_expression", "ternary_expression":
		for _, c := range namedNoComments(v) {
			if readFromRow(c, name, depth+1) {
				return true
			}
		}
		return false
	}
	found := false
	v.Walk(func(n tsparse.Node) bool {
		if found || functionKinds[n.Kind()] {
			return false
		}
		if n.Kind() == "identifier" && n.Text() == name {
			found = true
		}
		return !found
	})
	return found
}
