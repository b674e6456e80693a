package rules

import (
	"slices"
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
	return presentBy(top, chain, use, -1, before, notUndefined)
}

// absent is a set of the missing values a test can prove a name does not
// hold: undefined, null, or both. Most proofs need a value to be defined
// (a row found, a key read); one compared with a nullable column must not
// be null either, which `x === undefined` and `typeof x === "undefined"`
// leave open.
type absent uint8

const (
	notUndefined absent = 1 << iota
	notNull
	notNullish = notUndefined | notNull
)

// presentBy is definedBy for tests that start at or after the offset after
// (a test before the name's last assignment tested another value) and end
// before before, proving chain holds none of the missing values need names.
func presentBy(top tsparse.Node, chain string, use tsparse.Node, after, before int, need absent) bool {
	chain = plainChain(chain)
	holds := func(cond tsparse.Node, want bool) bool {
		return cond.Start() >= after && excludedWhen(cond, chain, want)&need == need
	}
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
				if n == p.Field("body") && holds(p.Field("condition"), true) {
					return true
				}
				break
			}
			if n == p.Field("consequence") && holds(p.Field("condition"), true) {
				return true
			}
			if n == p.Field("alternative") && holds(p.Field("condition"), false) {
				return true
			}
		case "binary_expression":
			if n == p.Field("right") && p.Field("left").End() <= before {
				switch p.Field("operator").Text() {
				case "&&":
					if holds(p.Field("left"), true) {
						return true
					}
				case "||":
					if holds(p.Field("left"), false) {
						return true
					}
				}
			}
		case "statement_block", "program", "switch_case", "switch_default":
			for _, s := range p.NamedChildren() {
				if s.Start() >= n.Start() || s.End() > before {
					break
				}
				if s.Start() >= after && exitsUnlessPresent(s, chain, need) {
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
	return exitsUnlessPresent(s, chain, notUndefined)
}

// exitsUnlessPresent is exitsUnlessDefined for chain holding none of the
// missing values need names.
func exitsUnlessPresent(s tsparse.Node, chain string, need absent) bool {
	holds := func(cond tsparse.Node, want bool) bool { return excludedWhen(cond, chain, want)&need == need }
	switch s.Kind() {
	case "try_statement":
		return triedUnlessPresent(s, chain, need)
	case "if_statement":
		cond := s.Field("condition")
		if alwaysExits(s.Field("consequence")) && holds(cond, false) {
			return true
		}
		alt := s.Field("alternative")
		return alt.Valid() && alwaysExits(alt) && holds(cond, true)
	case "expression_statement":
		// invariant(orgId), assert(orgId, "…")
		call := firstNamed(s)
		if call.Kind() == "await_expression" {
			call = firstNamed(call)
		}
		if call.Kind() != "call_expression" {
			return false
		}
		fn := call.Field("function")
		f := strings.ToLower(fn.Text())
		if !strings.Contains(f, "assert") && !strings.Contains(f, "invariant") {
			return false
		}
		// console.assert logs a falsy value and goes on: it leaves
		// nothing.
		if fn.Kind() == "member_expression" && fn.Field("object").Text() == "console" {
			return false
		}
		args := call.Field("arguments").NamedChildren()
		return len(args) > 0 && holds(args[0], true)
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
	return excludedWhen(cond, chain, want)&notUndefined != 0
}

// excludedWhen is the set of missing values cond evaluating truthy (want
// true) or falsy (want false) proves chain does not hold. Both sides of an
// && that holds hold, and so the sets join; only what each side proves
// holds when either may be the one that failed.
func excludedWhen(cond tsparse.Node, chain string, want bool) absent {
	switch cond.Kind() {
	case "parenthesized_expression", "non_null_expression":
		return excludedWhen(firstNamed(cond), chain, want)
	case "unary_expression":
		if cond.Field("operator").Text() == "!" {
			return excludedWhen(cond.Field("argument"), chain, !want)
		}
		return 0
	case "binary_expression":
		left, right := cond.Field("left"), cond.Field("right")
		switch op := cond.Field("operator").Text(); op {
		case "&&":
			if want {
				return excludedWhen(left, chain, true) | excludedWhen(right, chain, true)
			}
			return excludedWhen(left, chain, false) & excludedWhen(right, chain, false)
		case "||":
			if !want {
				return excludedWhen(left, chain, false) | excludedWhen(right, chain, false)
			}
			return excludedWhen(left, chain, true) & excludedWhen(right, chain, true)
		case "==", "!=", "===", "!==":
			return comparisonExcludes(left, right, op, chain, want) | comparisonExcludes(right, left, op, chain, want)
		}
		return 0
	case "identifier", "member_expression", "subscript_expression":
		// x truthy is neither undefined nor null; nor is x when x.y or
		// x?.y is truthy.
		if !want {
			return 0
		}
		text := plainChain(compact(cond.Text()))
		if text == chain || strings.HasPrefix(text, chain+".") || strings.HasPrefix(text, chain+"[") {
			return notNullish
		}
	}
	return 0
}

// primitiveTypeofs are the typeof results only a value neither null nor
// undefined gives (null's is "object").
var primitiveTypeofs = []string{"string", "number", "boolean", "bigint", "symbol", "function"}

// comparisonExcludes reads `side op other` (`x == null`, `x !== undefined`,
// `typeof x === "string"`) for the missing values its outcome want proves
// chain does not hold.
func comparisonExcludes(side, other tsparse.Node, op, chain string, want bool) absent {
	negated := op == "!=" || op == "!=="
	strict := op == "===" || op == "!=="
	// equal: the outcome is that the two sides are equal.
	equal := want != negated
	if side.Kind() == "unary_expression" && side.Field("operator").Text() == "typeof" {
		if plainChain(compact(side.Field("argument").Text())) != chain || other.Kind() != "string" {
			return 0
		}
		// typeof x === "undefined" false, or typeof x === "string" true.
		typ := strings.Trim(other.Text(), `"'`+"`")
		switch {
		case typ == "undefined" && !equal:
			return notUndefined
		case typ != "undefined" && equal && slices.Contains(primitiveTypeofs, typ):
			return notNullish
		case typ != "undefined" && equal:
			// "object" holds null.
			return notUndefined
		}
		return 0
	}
	if plainChain(compact(side.Text())) != chain || equal {
		return 0
	}
	switch other.Text() {
	case "null":
		// x != null is neither; x !== null says nothing of undefined.
		if strict {
			return notNull
		}
		return notNullish
	case "undefined":
		if strict {
			return notUndefined
		}
		return notNullish
	}
	return 0
}

// plainChain reads `a?.b` as `a.b`: either being defined proves the other.
func plainChain(s string) string {
	return strings.ReplaceAll(s, "?.", ".")
}
