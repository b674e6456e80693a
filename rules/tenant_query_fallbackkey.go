package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// plainName is a JavaScript identifier alone.
var plainName = lazyregexp.New(`^[A-Za-z_$][\w$]*$`)

// fallbackKey reports whether value, a const holding a row's key or a
// fresh one (`const appId = existing?.appId ?? newID()`), holds the key of
// the tenant's row where q runs: inside `if (existing) { … }`, where the
// row was found and its key, a required field, is never nullish; or after
// `if (existing) { … } else { …; await create({ data: { appId, … } }) }`,
// where the other branch created the row with that key (refly's
// createWorkflowApp). The key read from the row must be proven as any
// earlier row's key is.
func (q *queryCheck) fallbackKey(value string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	if !plainName.MatchString(value) {
		return false
	}
	v, ok := constBefore(value, q.call)
	if v = uncast(v); !ok || v.Kind() != "binary_expression" || v.Field("operator").Text() != "??" && v.Field("operator").Text() != "||" {
		return false
	}
	left := uncast(v.Field("left"))
	if left.Kind() != "member_expression" || left.Field("object").Kind() != "identifier" || left.Field("property").Kind() != "property_identifier" {
		return false
	}
	row, key := left.Field("object").Text(), left.Field("property").Text()
	if _, ok := constBefore(row, q.call); !ok || !sourceHeld(q.call, value, row) || overwritten(v, row+"."+key) {
		return false
	}
	found := false
	for _, c := range q.lookups() {
		if boundName(c) != row || !visibleAt(c, q.call) {
			continue
		}
		if f := fieldByName(q.delegates[c.Delegate], key); f == nil || !f.IsRequired() || !q.rowHolds(c, key) || q.changedBetween(c.Node, v, row+"."+key) {
			return false
		}
		found = true
	}
	if !found || !testedAround(q.call, row) && !q.createdOtherwise(row, value, target, idName) && !q.upsertCreatesFresh(v, value, idName) {
		return false
	}
	return q.parentOfEarlierRow(row+"."+key, target, idName, outer, chain)
}

// upsertCreatesFresh reports whether q.call is an upsert whose create
// gives idName the const value, made by made, `row?.key || fresh()` with a
// fresh id after the operator (Chaindesk's zendesk callback): without the
// row the key is one no row holds, so the upsert creates its own row
// rather than reaching another.
func (q *queryCheck) upsertCreatesFresh(made tsparse.Node, value, idName string) bool {
	fn := q.call.Field("function")
	args := namedNoComments(q.call.Field("arguments"))
	if fn.Kind() != "member_expression" || fn.Field("property").Text() != "upsert" || len(args) != 1 || !freshID(uncast(made.Field("right"))) {
		return false
	}
	obj, ok := q.objectOf(args[0], 0)
	if !ok {
		return false
	}
	for _, e := range namedNoComments(obj) {
		if k, data, ok := property(e); ok && k == "create" && uncast(data).Kind() == "object" && q.createsWithID(uncast(data), idName, value, made) {
			return !handedElsewhere(q.call, q.call, made, value)
		}
	}
	return false
}

// handedElsewhere reports whether the name value, a const made by made
// that may hold a fresh id, is used in the function holding call other
// than in its declaration and in allowed (call, or the part of it that
// gives the id), where it may run before call ends (a call given the
// fresh id may write a row with it first): anywhere before call, in a
// loop holding both, and anywhere after when call is not awaited where it
// stands (a Prisma query runs when awaited). A use that only joins the id
// into a string (a template `datastores/${id}.bin` with no tag) hands
// nothing on.
func handedElsewhere(call, allowed, made tsparse.Node, value string) bool {
	outer, _ := functionChain(call)
	p := call.Parent()
	for p.Kind() == "parenthesized_expression" {
		p = p.Parent()
	}
	awaited := p.Kind() == "await_expression"
	decl := made.Parent()
	for decl.Valid() && decl.Kind() != "variable_declarator" {
		decl = decl.Parent()
	}
	elsewhere := false
	outer.Walk(func(n tsparse.Node) bool {
		if elsewhere || awaited && n.Start() >= call.End() && !inOneLoop(n, call, outer) {
			return false
		}
		if k := n.Kind(); (k == "identifier" || k == "shorthand_property_identifier") && n.Text() == value && !spans(allowed, n) && !spans(decl, n) && !joinedIntoString(n) && sameBinding(n, call, value) {
			elsewhere = true
		}
		return true
	})
	return elsewhere
}

// testedAround reports whether at is in the then branch of `if (row)`,
// in the function it is in.
func testedAround(at tsparse.Node, row string) bool {
	for p := at.Parent(); p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
		if cond := uncast(p.Field("condition")); p.Kind() == "if_statement" && spans(p.Field("consequence"), at) && cond.Kind() == "identifier" && cond.Text() == row && sameScope(cond, at, row) {
			return true
		}
	}
	return false
}

// createdOtherwise reports whether an `if (row) { … } else { … }` comes
// before q.call in a block holding it, in the function it is in, whose
// else block creates a target row with idName value as one of its own
// statements (so every path through it that goes on runs the create).
func (q *queryCheck) createdOtherwise(row, value string, target *prisma.Model, idName string) bool {
	delegate := delegateName(target.Name)
	for s := q.call; s.Valid() && !functionKinds[s.Kind()]; s = s.Parent() {
		block := s.Parent()
		if block.Kind() != "statement_block" {
			continue
		}
		for _, st := range block.NamedChildren() {
			if st.Start() >= s.Start() {
				break
			}
			cond := uncast(st.Field("condition"))
			if st.Kind() != "if_statement" || cond.Kind() != "identifier" || cond.Text() != row || !sameScope(cond, q.call, row) {
				continue
			}
			alt := st.Field("alternative")
			if !alt.Valid() {
				continue
			}
			body := firstNamed(alt)
			if body.Kind() != "statement_block" {
				continue
			}
			for _, stmt := range body.NamedChildren() {
				e := uncastAwait(firstNamed(stmt))
				fn := e.Field("function")
				if stmt.Kind() != "expression_statement" || e.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "create" {
					continue
				}
				if obj := fn.Field("object"); obj.Kind() != "member_expression" || obj.Field("property").Text() != delegate {
					continue
				}
				if args := namedNoComments(e.Field("arguments")); len(args) == 1 && sameScope(e, q.call, value) && createsKey(args[0], idName, value) {
					return true
				}
			}
		}
	}
	return false
}

// createsKey reports whether args, a create's argument, is an object
// literal whose data object literal sets idName to the name value.
func createsKey(args tsparse.Node, idName, value string) bool {
	args = uncast(args)
	if args.Kind() != "object" {
		return false
	}
	for _, e := range namedNoComments(args) {
		k, data, ok := property(e)
		if !ok || k != "data" || uncast(data).Kind() != "object" {
			continue
		}
		set := false
		for _, d := range namedNoComments(uncast(data)) {
			k, val, ok := property(d)
			switch {
			case !ok:
				set = false // a spread after the entry may replace it
			case k == idName:
				val = uncast(val)
				set = (val.Kind() == "identifier" || val.Kind() == "shorthand_property_identifier") && val.Text() == value
			}
		}
		if set {
			return true
		}
	}
	return false
}

// sameScope reports whether name at a and at b is bound by the same
// declaration scope.
func sameScope(a, b tsparse.Node, name string) bool {
	sa, _ := bindingScope(a, name, -1)
	sb, _ := bindingScope(b, name, -1)
	return sa.Valid() && sb.Valid() && sa.Start() == sb.Start() && sa.End() == sb.End()
}

// joinedIntoString reports whether n is the whole of a substitution of a
// template string no tag is given: its value becomes part of a new string.
// The template must hold more than the id (`${id}` alone is the id again)
// and be given to no raw query (`$executeRawUnsafe(`INSERT … '${id}'`)`
// writes a row with it).
func joinedIntoString(n tsparse.Node) bool {
	sub := n.Parent()
	if sub.Kind() != "template_substitution" || len(namedNoComments(sub)) != 1 {
		return false
	}
	tmpl := sub.Parent()
	if tmpl.Kind() != "template_string" || tmpl.Parent().Kind() == "call_expression" || len(namedNoComments(tmpl)) < 2 {
		return false
	}
	for p := tmpl.Parent(); p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
		if fn := uncast(p.Field("function")); p.Kind() == "call_expression" && fn.Kind() == "member_expression" {
			if m := fn.Field("property").Text(); strings.HasPrefix(m, "$queryRaw") || strings.HasPrefix(m, "$executeRaw") {
				return false
			}
		}
	}
	return true
}
