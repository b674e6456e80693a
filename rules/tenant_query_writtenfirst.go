package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A lookup by the key and the tenant proves the key it read, as long as
// nothing may change the key before the call reads it again. The checks
// of such changes (keyFieldSet, computedKeySet, overwritten) read writes
// by name and anywhere in the function: any object's `id`, any member
// written under the row's name. A write made before the lookup, though,
// the lookup saw: TestPlanIt's CSV import builds each row in one loop
// (`caseData.id = parseInt(cell)`, `caseData.fieldValues[k] = v`), then, in
// the next loop, looks each one up by its id and the project and updates
// it by that id, and was reported.
//
// Such a write counts for nothing only when it cannot run between the
// lookup and the call: it stands before the lookup in the same function
// as both, in no loop with either (a later turn would run it after the
// lookup), not in a nested function (a callback may run at any time). It
// must also write into an object this run of the function made, a const
// of the function given an object or array literal (through literal
// members it never gives another value): the same line run by another
// call of the function, one awaiting its own lookup meanwhile, writes
// into that call's own object, never into one this call reads.

// keyWrittenSince reports whether the key value (its field, or the row
// it is read from) may be written after from, the lookup that read it,
// and before at: every write keyFieldSet, computedKeySet and overwritten
// count, but those writtenBeforeLookup settles.
func keyWrittenSince(from, at tsparse.Node, value, rows, idName string) bool {
	settled := func(n tsparse.Node) bool { return writtenBeforeLookup(n, from, at) }
	field := keyFieldOf(value, rows, idName)
	return keyFieldSetUnless(at, field, settled) || computedKeySetUnless(at, value, rows, field, settled) || rows == "" && overwrittenUnless(at, value, settled)
}

// writtenBeforeLookup reports whether n is an assignment into an object
// (`other.id = 5`, `row.values[k] = v`) that runs, in each run of the
// function holding at, only before from runs and never between from and
// at, into an object that run made (madeByRun).
func writtenBeforeLookup(n, from, at tsparse.Node) bool {
	if n.Kind() != "assignment_expression" && n.Kind() != "augmented_assignment_expression" {
		return false
	}
	left := uncast(n.Field("left"))
	if left.Kind() != "member_expression" && left.Kind() != "subscript_expression" {
		return false
	}
	fn := enclosingFunction(at)
	if !fn.Valid() || fn.Kind() == "program" || !sameNode(enclosingFunction(n), fn) || !sameNode(enclosingFunction(from), fn) {
		return false
	}
	if n.End() > from.Start() || inOneLoop(n, at, fn) || inOneLoop(n, from, fn) {
		return false
	}
	return madeByRun(uncast(left.Field("object")), n, fn)
}

// madeByRun reports whether obj, the object a write at n writes into, is
// one the run of fn made: a const of fn (`const o = {}`) given an object
// or array literal, or a member of it (`o.values`) that literal gives an
// object or array literal of its own, which fn never assigns nor deletes.
func madeByRun(obj, n, fn tsparse.Node) bool {
	var members []string
	for obj.Kind() == "member_expression" {
		if obj.Field("property").Kind() != "property_identifier" || optionalChain(obj) {
			return false
		}
		members = append([]string{obj.Field("property").Text()}, members...)
		obj = uncast(obj.Field("object"))
	}
	if obj.Kind() != "identifier" {
		return false
	}
	v, ok := constBefore(obj.Text(), n)
	if !ok || !sameNode(enclosingFunction(v), fn) {
		return false
	}
	v = uncast(v)
	for _, m := range members {
		if v.Kind() != "object" {
			return false
		}
		var next tsparse.Node
		for _, e := range namedNoComments(v) {
			if e.Kind() == "spread_element" {
				next = tsparse.Node{} // a later spread may give it another value
			} else if k, val, ok := property(e); ok && e.Kind() == "pair" && k == m {
				next = uncast(val)
			}
		}
		if !next.Valid() {
			return false
		}
		v = next
	}
	if v.Kind() != "object" && v.Kind() != "array" {
		return false
	}
	if len(members) == 0 {
		return true
	}
	// A member given another object (`o.values = shared`), or deleted, no
	// longer holds the one the literal made.
	held := append([]string{obj.Text()}, members...)
	return !fn.AnyOfKind(rowChangeKinds, func(m tsparse.Node) bool {
		var target tsparse.Node
		switch m.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			target = uncast(m.Field("left"))
		case "unary_expression":
			if m.Field("operator").Text() != "delete" {
				return false
			}
			target = uncast(m.Field("argument"))
		case "call_expression":
			// Object.assign(o, …) may give o.values another object.
			return setsFields(m)
		default:
			return false
		}
		if sameNode(m, n) || rootName(target) != obj.Text() {
			return false
		}
		if target.Kind() == "subscript_expression" {
			// o[k] = …: any member of o; into the object held itself
			// is no harm.
			into := splitRowPath(uncast(target.Field("object")).Text())
			return len(into) == 0 || len(into) < len(held) && slices.Equal(into, held[:len(into)])
		}
		p := splitRowPath(target.Text())
		return len(p) == 0 || len(p) > 1 && len(p) <= len(held) && slices.Equal(p, held[:len(p)])
	})
}
