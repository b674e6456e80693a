package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// orNothing peels from val, the value a write's data gives a foreign key,
// the fallbacks that link nothing: `folder?.id ?? null`, `domain?.id ||
// null`, `folder?.id ? folder.id : null`, `isGroup ? groupId : undefined`.
// What is left links the only row the key may name, and is judged as if
// it stood alone; a value with two keys (`a ?? b`, `c ? a : b`) is kept
// whole, and so is judged as written.
func orNothing(val tsparse.Node) tsparse.Node {
	for {
		bare := val
		for bare.Kind() == "parenthesized_expression" || bare.Kind() == "as_expression" || bare.Kind() == "satisfies_expression" || bare.Kind() == "non_null_expression" {
			bare = firstNamed(bare)
		}
		switch bare.Kind() {
		case "binary_expression":
			op := bare.Field("operator").Text()
			if (op == "??" || op == "||") && linksNothing(bare.Field("right")) {
				val = bare.Field("left")
				continue
			}
		case "ternary_expression":
			cons, alt := bare.Field("consequence"), bare.Field("alternative")
			switch {
			case linksNothing(alt):
				val = cons
				continue
			case linksNothing(cons):
				val = alt
				continue
			}
		}
		return val
	}
}

// linksNothing reports whether n is null or undefined, which a foreign
// key's column takes as no link.
func linksNothing(n tsparse.Node) bool {
	for n.Kind() == "parenthesized_expression" {
		n = firstNamed(n)
	}
	return n.Kind() == "null" || n.Kind() == "undefined" || n.Kind() == "identifier" && n.Text() == "undefined"
}

// bareTenantValue is v, the value data gives a tenant field, without a
// non-null assertion or parentheses: `link.teamId!` is link.teamId.
func bareTenantValue(v tsparse.Node) tsparse.Node {
	for v.Kind() == "non_null_expression" || v.Kind() == "parenthesized_expression" {
		v = firstNamed(v)
	}
	return v
}
