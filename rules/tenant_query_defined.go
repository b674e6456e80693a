package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// provenKey judges a key the function proved the tenant's (a row's id, a
// foreign key to a checked parent) by whether it can be undefined at the
// call. Prisma drops an undefined filter: `where: { custodyId:
// kit.custody?.id }` on findMany reads every tenant's rows when the kit
// has no custody. The key counts where it cannot be undefined: its value
// is never undefined, a test proves it there (the call is in the branch
// that excludes undefined, `x ? await … : []`, or after an exit taken
// without it, `if (!kit.custody) throw`: see definedAt), or the call is a
// unique lookup whose only unique key it is, which Prisma refuses without
// it.
func (q *queryCheck) provenKey(key string, val tsparse.Node, m *prisma.Model, depth int) verdict {
	// `row?.id!` only tells the compiler; the value may still be
	// undefined.
	bare := val
	for bare.Kind() == "non_null_expression" || bare.Kind() == "parenthesized_expression" {
		bare = firstNamed(bare)
	}
	if tenantValue(bare, 0) != maybeUndefined {
		return constrained
	}
	if depth == 0 && uniqueWhere(q.call) && onlyUniqueKey(key, val, m) {
		return constrained
	}
	if chainGuarded(bare) {
		return constrained
	}
	return maybeUndefined
}

// onlyUniqueKey reports whether key, a unique field of m, is the only
// entry of the where holding val that could select a row by itself: with
// it undefined, a unique lookup then has no key and fails.
func onlyUniqueKey(key string, val tsparse.Node, m *prisma.Model) bool {
	if !isUniqueField(m, key) {
		return false
	}
	obj := val.Parent()
	if obj.Kind() == "pair" {
		obj = obj.Parent()
	}
	if obj.Kind() != "object" {
		return false
	}
	for _, e := range obj.NamedChildren() {
		switch e.Kind() {
		case "comment":
			continue
		case "spread_element":
			return false
		}
		other, _, ok := property(e)
		if !ok {
			return false
		}
		if other != key && (isUniqueField(m, other) || strings.Contains(other, "_")) {
			return false
		}
	}
	return true
}

// chainGuarded reports whether val, a chain read through `?.`
// (`kit.custody?.id`), was tested before the call: the chain itself, or
// what stands before its last `?.`, whose presence makes the key present
// (the key is a required field of the row).
func chainGuarded(val tsparse.Node) bool {
	if !optionalChain(val) {
		return false
	}
	chain := compact(val.Text())
	var levels []tsparse.Node
	for fn := enclosingFunction(val); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		levels = append(levels, fn)
	}
	if guardedIn(levels, chain, val) {
		return true
	}
	i := strings.LastIndex(chain, "?.")
	return i > 0 && guardedIn(levels, chain[:i], val)
}
