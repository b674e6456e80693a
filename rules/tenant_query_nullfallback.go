package rules

import (
	"bytes"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

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

// letAssignments reads val, a bare name where q.call stands, as a `let`
// of a block holding the call, declared without a value or with one
// empty says is empty, and changed only by plain assignments: those, and
// false for anything else (a callback's parameter or a loop's variable of
// the same name is another value than the let).
func (q *queryCheck) letAssignments(val tsparse.Node, empty func(tsparse.Node) bool) ([]tsparse.Node, bool) {
	if val.Kind() != "identifier" && val.Kind() != "shorthand_property_identifier" {
		return nil, false
	}
	name := val.Text()
	var decl tsparse.Node
	for fn := enclosingFunction(q.call); fn.Valid() && fn.Kind() != "program" && !decl.Valid(); fn = enclosingFunction(fn) {
		fn.Walk(func(n tsparse.Node) bool {
			if n.Start() >= q.call.Start() || n.Start() != fn.Start() && functionKinds[n.Kind()] {
				return false
			}
			if n.Kind() == "variable_declarator" && n.Field("name").Kind() == "identifier" && n.Field("name").Text() == name && spans(n.Parent().Parent(), q.call) {
				decl = n
			}
			return true
		})
	}
	if !decl.Valid() || !strings.HasPrefix(decl.Parent().Text(), "let") || !sameBinding(val, decl, name) {
		return nil, false
	}
	if v := decl.Field("value"); v.Valid() && !empty(v) {
		return nil, false
	}
	var assigned []tsparse.Node
	others := false
	decl.Parent().Parent().Walk(func(n tsparse.Node) bool {
		switch n.Kind() {
		case "assignment_expression":
			if l := n.Field("left"); l.Kind() == "identifier" && l.Text() == name {
				assigned = append(assigned, n)
			} else if l.Kind() != "identifier" && bytes.Contains([]byte(l.Text()), []byte(name)) {
				others = true
			}
		case "augmented_assignment_expression", "update_expression":
			others = others || bytes.Contains([]byte(n.Text()), []byte(name))
		case "array_pattern", "object_pattern":
			others = others || n.Start() > decl.End() && bytes.Contains([]byte(n.Text()), []byte(name))
		case "for_in_statement":
			others = others || loopRebinds(n, name)
		}
		return true
	})
	return assigned, !others && len(assigned) > 0
}

// assignedKey reports whether val, a bare name the write's data gives a
// foreign key, is a `let` declared without a value (or with null or
// undefined) that every assignment gives nothing or a key of target that
// is proven where it is assigned: `let domainId = null; if (link.domain)
// { const domain = await findUnique({ where: { slug, teamId } });
// domainId = domain?.id || null }` (papermark's incoming webhooks). Unlike
// a where, a data's key that holds nothing links nothing, so no test of
// the name is needed; any other write of the name proves nothing.
func (q *queryCheck) assignedKey(val tsparse.Node, key string, ref *prisma.Field, target *prisma.Model) bool {
	assigned, ok := q.letAssignments(val, linksNothing)
	return ok && q.everyAssignmentProven(assigned, func(sub *queryCheck, right tsparse.Node) bool {
		right = orNothing(right)
		return linksNothing(right) || sub.verifiedEarlier(target, ref.Name(), key, right)
	})
}

// everyAssignmentProven reports whether proven holds of the value of each
// assignment, judged where the assignment stands.
func (q *queryCheck) everyAssignmentProven(assigned []tsparse.Node, proven func(sub *queryCheck, right tsparse.Node) bool) bool {
	for _, a := range assigned {
		sub := *q
		sub.call = a
		if !proven(&sub, a.Field("right")) {
			return false
		}
	}
	return true
}

// assignedKeyList is assignedKey for a list of keys: a `let` declared
// empty (`let validTagIds: string[] = []`) whose every assignment gives it
// a list of keys proven where it is made (`validTagIds = validTags.map((t)
// => t.id)` inside the if that found them with the tenant, marble's
// projects), and that is neither grown nor handed on before the call. An
// empty list links and finds nothing.
func (q *queryCheck) assignedKeyList(list tsparse.Node, target *prisma.Model, idName string) bool {
	assigned, ok := q.letAssignments(list, emptyList)
	name := list.Text()
	if !ok || q.handedBefore(q.call, name) {
		return false
	}
	// Every use but the assignments read must read it (listGrown).
	written := map[int]bool{}
	for _, a := range assigned {
		written[a.Field("left").Start()] = true
	}
	outer, _ := functionChain(q.call)
	before := func(n tsparse.Node) bool { return mayRunBefore(n, q.call, outer) && !spans(q.call, n) }
	uses := listReading{scope: outer, exits: enclosingFunction(q.call), before: before}
	if uses.unread(func(n tsparse.Node) bool {
		return n.Text() == name && !written[n.Start()] && sameBinding(n, q.call, name)
	}, 0) {
		return false
	}
	return q.everyAssignmentProven(assigned, func(sub *queryCheck, right tsparse.Node) bool {
		return emptyList(right) || sub.keyList(uncast(right), target, idName, 1)
	})
}

// emptyList reports whether v, casts removed, is `[]`.
func emptyList(v tsparse.Node) bool {
	v = uncast(v)
	return v.Kind() == "array" && len(namedNoComments(v)) == 0
}
