package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// jsonCredential reports whether val, the filter on the Json field f, is
// an equality on one path of the document whose last key names a
// credential (credentialField): `payload: { path: ["pushToken"], equals:
// token }` finds the row holding the token the caller presents, as a
// column named pushToken would (tianji's push monitors keep theirs in the
// monitor's payload). Only PostgreSQL's path, a list of string literals,
// and only `equals` beside it, of a value that is never undefined: another
// filter (`string_contains`, `not`) or a path the rule cannot read finds
// other rows too. Nor a constant (`equals: Prisma.AnyNull`, `null`,
// `true`, `""`, `{}`), which names no credential and finds every row
// holding it: each monitor without a token, for one.
func (q *queryCheck) jsonCredential(f *prisma.Field, val tsparse.Node) bool {
	if f.Kind != prisma.ScalarField || f.TypeName() != "Json" {
		return false
	}
	obj, ok := q.objectOf(val, 0)
	if !ok {
		return false
	}
	var path, equals tsparse.Node
	for _, e := range obj.NamedChildren() {
		if e.Kind() == "comment" {
			continue
		}
		key, v, ok := property(e)
		switch {
		case !ok:
			return false
		case key == "path" && !path.Valid():
			path = v
		case key == "equals" && !equals.Valid():
			equals = v
		default:
			return false
		}
	}
	if !path.Valid() || !equals.Valid() || path.Kind() != "array" || mayBeUndefined(equals, 0) || jsonConstant(equals) {
		return false
	}
	var last string
	for _, k := range path.NamedChildren() {
		if k.Kind() == "comment" {
			continue
		}
		if k.Kind() != "string" {
			return false
		}
		last = stringValue(k)
	}
	return credentialField(last)
}

// jsonConstant reports whether n may be a constant JSON value: a literal,
// an array or object written out, one of Prisma's null markers, or a
// fallback (`??`, `||`, a ternary's branch) to one of these.
func jsonConstant(n tsparse.Node) bool {
	n = uncast(n)
	switch n.Kind() {
	case "array", "object":
		return true
	case "member_expression", "identifier":
		name := n.Text()
		if n.Kind() == "member_expression" {
			name = n.Field("property").Text()
		}
		switch name {
		case "DbNull", "JsonNull", "AnyNull":
			return true
		}
	case "binary_expression":
		op := n.Field("operator").Text()
		return (op == "??" || op == "||") && jsonConstant(n.Field("right"))
	case "ternary_expression":
		return jsonConstant(n.Field("consequence")) || jsonConstant(n.Field("alternative"))
	}
	return literal(n)
}
