package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// A list read through a cast is read as the list: `(rows as any[]).map((r)
// => r.id)` reads rows as `rows.map((r) => r.id)` does; a cast changes no
// row.

// castAround is n with the casts and parentheses written around it: in
// `(rows as any[]).map`, `(rows as any[])` for rows.
func castAround(n tsparse.Node) tsparse.Node {
	for {
		p := n.Parent()
		switch p.Kind() {
		case "as_expression", "satisfies_expression", "non_null_expression", "parenthesized_expression":
			if !sameNode(firstNamed(p), n) {
				return n
			}
			n = p
		default:
			return n
		}
	}
}
