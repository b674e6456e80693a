package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// definedAt reports whether a test the code runs before use, in top or a
// function nested in it, leaves chain (a name or a member chain) defined at
// use. A test counts only the way it goes: use sits in the branch where the
// test holds (`if (x) { use }`, `x && use`, `x ? use : …`, `if (!x) … else
// { use }`), or an earlier statement of a block use is in leaves that block
// when chain is undefined (`if (!x) return;`, `if (x == null) throw …;`,
// `if (!x) continue;`, `invariant(x)`). A test with no exit, or whose exit
// sits in a nested block that may not run, does not.
func definedAt(top tsparse.Node, chain string, use tsparse.Node) bool {
	return definedBy(top, chain, use, use.End())
}

// definedBy is definedAt for tests that end before the offset before: a
// test of a name after it was given another value tests that value.
func definedBy(top tsparse.Node, chain string, use tsparse.Node, before int) bool {
	chain = plainChain(chain)
	for n := use; n.Valid(); n = n.Parent() {
		p := n.Parent()
		if !p.Valid() {
			return false
		}
		switch p.Kind() {
		case "if_statement", "while_statement", "ternary_expression":
			if p.Field("condition").End() > before {
				break
			}
			if p.Kind() == "while_statement" {
				if n == p.Field("body") && holdsWhen(p.Field("condition"), chain, true) {
					return true
				}
				break
			}
			if n == p.Field("consequence") && holdsWhen(p.Field("condition"), chain, true) {
				return true
			}
			if n == p.Field("alternative") && holdsWhen(p.Field("condition"), chain, false) {
				return true
			}
		case "binary_expression":
			if n == p.Field("right") && p.Field("left").End() <= before {
				switch p.Field("operator").Text() {
				case "&&":
					if holdsWhen(p.Field("left"), chain, true) {
						return true
					}
				case "||":
					if holdsWhen(p.Field("left"), chain, false) {
						return true
					}
				}
			}
		case "statement_block", "program", "switch_case", "switch_default":
			for _, s := range p.NamedChildren() {
				if s.Start() >= n.Start() || s.End() > before {
					break
				}
				if exitsUnlessDefined(s, chain) {
					return true
				}
			}
		}
		if p == top {
			return false
		}
	}
	return false
}

// exitsUnlessDefined reports whether the statement s, run in full, leaves
// its block unless chain is defined.
func exitsUnlessDefined(s tsparse.Node, chain string) bool {
	switch s.Kind() {
	case "try_statement":
		return triedUnlessDefined(s, chain)
	case "if_statement":
		cond := s.Field("condition")
		if alwaysExits(s.Field("consequence")) && holdsWhen(cond, chain, false) {
			return true
		}
		alt := s.Field("alternative")
		return alt.Valid() && alwaysExits(alt) && holdsWhen(cond, chain, true)
	case "expression_statement":
		// invariant(orgId), assert(orgId, "…")
		call := firstNamed(s)
		if call.Kind() == "await_expression" {
			call = firstNamed(call)
		}
		if call.Kind() != "call_expression" {
			return false
		}
		f := strings.ToLower(call.Field("function").Text())
		if !strings.Contains(f, "assert") && !strings.Contains(f, "invariant") {
			return false
		}
		args := call.Field("arguments").NamedChildren()
		return len(args) > 0 && holdsWhen(args[0], chain, true)
	}
	return false
}

// alwaysExits reports whether the statement s never completes normally:
// it returns, throws, or leaves the loop on every path.
func alwaysExits(s tsparse.Node) bool {
	switch s.Kind() {
	case "return_statement", "throw_statement", "continue_statement", "break_statement":
		return true
	case "expression_statement":
		return neverReturns(s)
	case "else_clause":
		return alwaysExits(firstNamed(s))
	case "statement_block":
		for _, c := range s.NamedChildren() {
			if alwaysExits(c) {
				return true
			}
		}
	case "if_statement":
		alt := s.Field("alternative")
		return alt.Valid() && alwaysExits(s.Field("consequence")) && alwaysExits(alt)
	}
	return false
}

// holdsWhen reports whether cond evaluating truthy (want true) or falsy (want
// false) proves chain is not undefined.
func holdsWhen(cond tsparse.Node, chain string, want bool) bool {
	switch cond.Kind() {
	case "parenthesized_expression", "non_null_expression":
		return holdsWhen(firstNamed(cond), chain, want)
	case "unary_expression":
		if cond.Field("operator").Text() == "!" {
			return holdsWhen(cond.Field("argument"), chain, !want)
		}
		return false
	case "binary_expression":
		left, right := cond.Field("left"), cond.Field("right")
		switch op := cond.Field("operator").Text(); op {
		case "&&":
			if want {
				return holdsWhen(left, chain, true) || holdsWhen(right, chain, true)
			}
			return holdsWhen(left, chain, false) && holdsWhen(right, chain, false)
		case "||":
			if !want {
				return holdsWhen(left, chain, false) || holdsWhen(right, chain, false)
			}
			return holdsWhen(left, chain, true) && holdsWhen(right, chain, true)
		case "==", "!=", "===", "!==":
			return comparisonHolds(left, right, op, chain, want) || comparisonHolds(right, left, op, chain, want)
		}
		return false
	case "identifier", "member_expression", "subscript_expression":
		// x truthy is defined; so is x when x.y or x?.y is truthy.
		if !want {
			return false
		}
		text := plainChain(compact(cond.Text()))
		return text == chain || strings.HasPrefix(text, chain+".") || strings.HasPrefix(text, chain+"[")
	}
	return false
}

// comparisonHolds reads `side op other` (`x == null`, `x !== undefined`,
// `typeof x === "string"`) for whether its outcome want proves chain
// defined.
func comparisonHolds(side, other tsparse.Node, op, chain string, want bool) bool {
	negated := op == "!=" || op == "!=="
	strict := op == "===" || op == "!=="
	if side.Kind() == "unary_expression" && side.Field("operator").Text() == "typeof" {
		if plainChain(compact(side.Field("argument").Text())) != chain || other.Kind() != "string" {
			return false
		}
		// typeof x === "undefined" false, or typeof x === "string" true.
		isUndefined := strings.Trim(other.Text(), `"'`+"`") == "undefined"
		return want == (negated == isUndefined)
	}
	if plainChain(compact(side.Text())) != chain {
		return false
	}
	switch other.Text() {
	case "null":
		// x == null false, x != null true; x === null says nothing of
		// undefined.
		return !strict && want == negated
	case "undefined":
		return want == negated
	}
	return false
}

// plainChain reads `a?.b` as `a.b`: either being defined proves the other.
func plainChain(s string) string {
	return strings.ReplaceAll(s, "?.", ".")
}
