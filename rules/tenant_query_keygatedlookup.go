package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// keyGatedLookup reports whether and, the `&&` that holds the awaited
// lookup as its right side, binds name to the row or to a falsy key in a
// way every proof of the plain `const row = await lookup` also covers:
// `const row = key && await db.tag.findUnique({ where: { id: key } })`.
//
// The name holds the left side when it is falsy (0, NaN, "", never an
// object), whose fields read undefined where a missing row's throw. The
// proofs of the plain form judge a row that is found or null, so this
// form is taken only when the falsy key cannot reach them: the left side
// is a primitive (a number or a string), the name is a const nothing
// reads before an if that leaves, and that if's test leaves for a falsy
// name before it reads the name any other way (`!row || …`, or `row.guildId
// !== guildId` with a guildId that is never undefined). Past the if the
// name is the row.
func keyGatedLookup(and, decl tsparse.Node, name string) bool {
	_, ok := keyGate(and, decl, name)
	return ok
}

// keyGate is keyGatedLookup with the if that leaves for a falsy name: the
// statements after it run only when the lookup ran and found a row.
func keyGate(and, decl tsparse.Node, name string) (tsparse.Node, bool) {
	if and.Field("operator").Text() != "&&" || !primitiveKey(uncast(and.Field("left")), 0) {
		return tsparse.Node{}, false
	}
	st := decl.Parent()
	if st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") || len(namedNoComments(st)) != 1 {
		return tsparse.Node{}, false
	}
	after := false
	for _, next := range namedNoComments(st.Parent()) {
		if sameNode(next, st) {
			after = true
			continue
		}
		if !after {
			continue
		}
		if next.Kind() == "if_statement" && readsName(next.Field("condition"), name) {
			return next, falsyNameLeaves(uncast(next.Field("condition")), name) && alwaysExits(next.Field("consequence"))
		}
		if readsName(next, name) {
			return tsparse.Node{}, false
		}
	}
	return tsparse.Node{}, false
}

// readsName reports whether n reads name, also as a shorthand entry
// (`{ row }`).
func readsName(n tsparse.Node, name string) bool {
	found := false
	n.Walk(func(c tsparse.Node) bool {
		if (c.Kind() == "identifier" || c.Kind() == "shorthand_property_identifier") && c.Text() == name {
			found = true
		}
		return !found
	})
	return found
}

// falsyNameLeaves reports whether the test cond, an `||` chain, is true
// for a falsy name at an operand before any other operand reads the name.
func falsyNameLeaves(cond tsparse.Node, name string) bool {
	var operands []tsparse.Node
	var flatten func(n tsparse.Node)
	flatten = func(n tsparse.Node) {
		n = uncast(n)
		if n.Kind() == "binary_expression" && n.Field("operator").Text() == "||" {
			flatten(n.Field("left"))
			flatten(n.Field("right"))
			return
		}
		operands = append(operands, n)
	}
	flatten(cond)
	for _, op := range operands {
		if !readsName(op, name) {
			continue
		}
		return leavesForFalsy(op, name)
	}
	return false
}

// leavesForFalsy reports whether op is `!name`, or `name.f !== v` (also
// `name?.f`, either side) with a v that does not read name and is never
// undefined: a falsy primitive's field is undefined, which differs. A
// missing row's `.f` throws, which leaves too.
func leavesForFalsy(op tsparse.Node, name string) bool {
	if op.Kind() == "unary_expression" && op.Field("operator").Text() == "!" {
		arg := uncast(op.Field("argument"))
		return arg.Kind() == "identifier" && arg.Text() == name
	}
	if op.Kind() != "binary_expression" || op.Field("operator").Text() != "!==" {
		return false
	}
	left, right := uncast(op.Field("left")), uncast(op.Field("right"))
	for _, pair := range [][2]tsparse.Node{{left, right}, {right, left}} {
		field, other := pair[0], pair[1]
		if field.Kind() != "member_expression" || field.Field("property").Kind() != "property_identifier" {
			continue
		}
		if obj := field.Field("object"); obj.Kind() != "identifier" || obj.Text() != name {
			continue
		}
		// A string's length is no undefined field; and the value compared
		// with must be one that is never undefined, a key of the kind
		// primitiveKey reads, not any value the rule takes as a filter
		// (a query parameter may be missing).
		if p := field.Field("property").Text(); p == "length" || p == "__proto__" || p == "constructor" {
			return false
		}
		return !readsName(other, name) && !mayBeUndefined(other, 0) && primitiveKey(other, 0)
	}
	return false
}

// primitiveKey reports whether n is a number or a string: `Number(raw)`,
// `parseInt(raw)`, `String(raw)`, a literal, a route parameter
// (`req.params.tag`), or a name bound to one of these or declared a
// string or a number. Only such a key, when falsy, is what the `&&` gives.
func primitiveKey(n tsparse.Node, depth int) bool {
	if depth > 4 {
		return false
	}
	switch n.Kind() {
	case "number", "string", "template_string":
		return true
	case "call_expression":
		switch n.Field("function").Text() {
		case "Number", "String", "parseInt", "parseFloat", "Number.parseInt", "Number.parseFloat":
			return true
		}
	case "member_expression":
		// A route's parameter is a string (Express, Fastify).
		obj := uncast(n.Field("object"))
		return !optionalChain(n) && obj.Kind() == "member_expression" && obj.Field("property").Text() == "params" && n.Field("property").Kind() == "property_identifier"
	case "identifier":
		if v, ok := constValue(n); ok {
			return primitiveKey(uncast(v), depth+1)
		}
		if p, ok := parameterNamed(n); ok {
			typ := p.Field("type")
			if !typ.Valid() {
				return false
			}
			t := strings.TrimSpace(strings.TrimPrefix(typ.Text(), ":"))
			return t == "string" || t == "number"
		}
	}
	return false
}
