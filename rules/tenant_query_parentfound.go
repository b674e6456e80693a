package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// parentFoundChecked is comparedBefore for a row whose parent, looked up
// by the row's own key to it, is proven the tenant's before the row is
// used (pezzo's prompts resolver):
//
//	prompt = await prisma.prompt.findUnique({ where: { id: promptId } });
//	if (!prompt) throw new NotFoundException();
//	const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
//	isOrgMemberOrThrow(user, project.organizationId);
//	return prompt;
//
// The key is the one through which the row is scoped: the foreign key of
// the required relation to its parent, for a model scoped through one
// (`version.promptId`), or the row's own tenant field, for a model whose
// tenant is itself scoped by a higher one (`prompt.projectId`, the
// project judged by organizationId). The parent the lookup finds holds
// that key, so once it is proven the tenant's, the row hangs from the
// tenant. The parent is proven by a test after its lookup, as a row is
// (comparedFromAt), by its own where filtering by the tenant, or, one
// level up, by its own parent found the same way; and the function must
// leave when the lookup found nothing (a lookup with the tenant finds
// nothing for another tenant's key). The key must be read from the row
// the call bound, neither replaced nor changed before the lookup, and the
// row neither used nor returned before the test that proves the parent.
func (q *queryCheck) parentFoundChecked(c tsquery.Call, name string, end int) bool {
	_, _, ok := q.parentCheckedAt(c, name, end)
	return ok
}

// parentCheckedAt is parentFoundChecked, with the statement whose end
// proves the row and the read of the row's key the parent's lookup makes.
func (q *queryCheck) parentCheckedAt(c tsquery.Call, name string, end int) (proof, keyRead tsparse.Node, ok bool) {
	m := q.delegates[c.Delegate]
	if m == nil || q.proofs >= 2 || capturedRow(c.Node, name) {
		// A row named outside the function that fetches it outlives
		// that function's exits.
		return tsparse.Node{}, tsparse.Node{}, false
	}
	parent, ref, key := q.scopingParent(m)
	if parent == nil || !q.rowHolds(c, key) {
		// A row selected without its key reads undefined, which a
		// findFirst's where drops: it finds any parent.
		return tsparse.Node{}, tsparse.Node{}, false
	}
	scope := enclosingFunction(c.Node)
	end = min(end, scope.End())
	delegate := delegateName(parent.Name)
	for _, p := range q.lookups() {
		if p.Delegate != delegate || p.Node.Start() < c.Node.End() || p.Node.End() > end || !sameNode(enclosingFunction(p.Node), scope) {
			continue
		}
		switch p.Operation {
		case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
		default:
			continue
		}
		read, ok := q.rowKeyRead(p, c, name, ref, key)
		if !ok {
			continue
		}
		// The lookup runs whenever the row's does: one under an if of its
		// own may leave the parent's name holding another row.
		if st := innermostStatement(p.Node); !st.Valid() || !reachedWithCall(st, c.Node) {
			continue
		}
		if proof, ok := q.parentProven(p, end); ok && q.rowKeptUntil(c, p, name, read, proof, end) {
			return proof, read, true
		}
	}
	return tsparse.Node{}, tsparse.Node{}, false
}

// rowKeptUntil reports whether proof, the statement proving the parent
// that p looked up by read, the row's key, can prove c's row, name: it
// ends by the offset end, stands in c's function, runs whenever c does, nothing returned the row
// before it, and nothing handed the row on from c to p, nor from p to
// proof. The parent p found is no carrier of the row: its key read by
// p, and the parent handed on, tell nothing of the row.
func (q *queryCheck) rowKeptUntil(c, p tsquery.Call, name string, read, proof tsparse.Node, end int) bool {
	return proof.End() <= end && sameNode(enclosingFunction(proof), enclosingFunction(c.Node)) && reachedWithCall(proof, c.Node) &&
		!returnedBefore(c.Node, proof, name) && !usedBefore(c.Node, p.Node, read, name) && !usedBefore(p.Node, proof, read, name) && !jumpOutlivedBy(c.Node, proof.End()) &&
		!caughtPastRow(proof, c.Node, name) && !caughtPastRow(p.Node, c.Node, name) && !rowNamedIn(proof, c.Node, p.Node, read, name) &&
		!loopOutlives(c.Node, proof)
}

// loopOutlives reports whether a loop around fetch, in its function, ends
// before proof: the proof after it proves the last turn's row only, and
// the rows of the earlier turns were free to be used at the loop's head.
func loopOutlives(fetch, proof tsparse.Node) bool {
	for a := fetch.Parent(); a.Valid() && !functionKinds[a.Kind()]; a = a.Parent() {
		switch a.Kind() {
		case "for_statement", "for_in_statement", "while_statement", "do_statement":
			if !spans(a, proof) {
				return true
			}
		}
	}
	return false
}

// rowNamedIn reports whether the statement proof names the row fetch
// bound, name, or a name that may carry it, other than by read, the key
// the parent's lookup p reads: the tests that leave before a use
// (returnedBefore, usedBefore) look before the statement, and its own
// mismatch branch may hand the row out (`if (project.organizationId !==
// orgId) return prompt;`). The parent is no carrier, as its lookup reads
// only the row's key; a name given the row before that lookup (`const
// alias = prompt`) fails closed, as the tests after the lookup follow
// the row's own name only.
func rowNamedIn(proof, fetch, p, read tsparse.Node, name string) bool {
	scope := enclosingFunction(fetch)
	lookup := innermostStatement(p)
	if len(rowCarriers(scope, fetch, fetch.End(), lookup.Start(), name)) > 1 {
		return true
	}
	// The lookup itself may read the row only for the key.
	if anyNode(lookup, func(id tsparse.Node) bool {
		return (id.Kind() == "identifier" || id.Kind() == "shorthand_property_identifier") && id.Text() == name && sameBinding(id, fetch, name) && !spans(read, id)
	}) {
		return true
	}
	names := rowCarriers(scope, p, lookup.End(), proof.End(), name)
	return anyNode(proof, func(id tsparse.Node) bool {
		at, ok := names[id.Text()]
		return ok && (id.Kind() == "identifier" || id.Kind() == "shorthand_property_identifier") && sameBinding(id, at, id.Text()) && !spans(read, id)
	})
}

// caughtPastRow reports whether a throw at n (a mismatch's, a missing
// parent's TypeError, an OrThrow lookup's) may be caught by a try around
// it whose catch goes on with the row fetch bound, name, still named: the
// row declared outside the try's body, and the catch neither leaving nor
// free of the row; or a finally naming the row. The test of the parent
// then lets the row through.
func caughtPastRow(n, fetch tsparse.Node, name string) bool {
	names := func(x tsparse.Node) bool { return x.Valid() && wordRegexp(name).MatchString(x.Text()) }
	for a := n.Parent(); a.Valid() && !functionKinds[a.Kind()]; a = a.Parent() {
		if a.Kind() != "try_statement" {
			continue
		}
		if names(a.Field("finalizer")) {
			return true
		}
		h := a.Field("handler")
		if !h.Valid() || !spans(a.Field("body"), n) || scopedWithin(fetch, a.Field("body")) {
			continue
		}
		if !leaves(h.Field("body")) || names(h) {
			return true
		}
	}
	return false
}

// scopingParent is the model whose row scopes a row of m, the field of it
// that m's key holds, and that key: the parent of the required relation
// with a one-column foreign key through which m is scoped, or, for m's own
// tenant field, the tenant model it points to when a higher tenant judges
// that model. A tenant field with no relation (pezzo's Prompt.projectId)
// is taken to hold the primary key of the model it is named after
// (Project), when that model is judged by a tenant field of its own.
// parent is nil for any other scoping.
func (q *queryCheck) scopingParent(m *prisma.Model) (parent *prisma.Model, ref, key string) {
	if f := q.t.Field(m); f != nil {
		if !f.IsRequired() {
			return nil, "", ""
		}
		for _, rf := range m.Fields {
			r := rf.Relation
			if r == nil || len(r.Fields()) != 1 || r.Fields()[0] != f {
				continue
			}
			target := rf.Target()
			if !r.IsForward() || len(r.References()) != 1 || target == nil || target == m || !q.judged(target) {
				return nil, "", ""
			}
			return target, r.References()[0].Name(), f.Name()
		}
		return q.namedTenantModel(m, f)
	}
	up := q.t.via[m]
	if up == nil || up.Relation == nil || up.Target() == nil || q.t.IsRoot(up.Target()) || !q.judged(up.Target()) ||
		len(up.Relation.Fields()) != 1 || len(up.Relation.References()) != 1 || !up.Relation.Fields()[0].IsRequired() {
		return nil, "", ""
	}
	return up.Target(), up.Relation.References()[0].Name(), up.Relation.Fields()[0].Name()
}

// namedTenantModel is scopingParent for a tenant field f of m that no
// relation of m holds: the model f is named after (projectId, Project),
// its one-column primary key, and f, when a tenant field of its own, not
// f, judges that model. Only the name links them: anything else (a
// relation holding f with other columns, a model of another name) finds
// nothing.
func (q *queryCheck) namedTenantModel(m *prisma.Model, f *prisma.Field) (parent *prisma.Model, ref, key string) {
	for _, rf := range m.Fields {
		if rf.Relation != nil && slices.Contains(rf.Relation.Fields(), f) {
			return nil, "", ""
		}
	}
	stem, ok := strings.CutSuffix(f.Name(), "Id")
	target := q.delegates[stem]
	if !ok || target == nil || target == m || delegateName(target.Name) != stem || !q.judged(target) {
		return nil, "", ""
	}
	own := q.t.Field(target)
	pk := target.PrimaryKey
	if own == nil || own.Name() == f.Name() || pk == nil || len(pk.Fields) != 1 {
		return nil, "", ""
	}
	return target, pk.Fields[0].Field.Name(), f.Name()
}

// rowKeyRead is the read of the row name (bound by c) that p's where, an
// object literal of the call, gives ref as its last entry for it: exactly
// `name.key` (or with ?. or !), the name being the binding c gave, and
// neither the row nor its key changed between c and the read.
func (q *queryCheck) rowKeyRead(p, c tsquery.Call, name, ref, key string) (tsparse.Node, bool) {
	where, ok := q.whereObject(p)
	if !ok || !spans(p.Node, where) {
		return tsparse.Node{}, false
	}
	v := lastGiven(where, ref)
	if !v.Valid() {
		return tsparse.Node{}, false
	}
	switch compact(v.Text()) {
	case name + "." + key, name + "?." + key, name + "!." + key:
	default:
		return tsparse.Node{}, false
	}
	if !sameBinding(v, c.Node, name) || rowAssignedBetween(c.Node, v, name) {
		return tsparse.Node{}, false
	}
	return v, true
}

// parentProven is the statement that proves p's row the tenant's, p
// bound to a name, and leaves the function when p found nothing, before
// the offset end: a test of the row after it, its own parent checked the
// same way (one level up), or its where filtering by the tenant.
func (q *queryCheck) parentProven(p tsquery.Call, end int) (tsparse.Node, bool) {
	pn := boundName(p)
	// The call judged stays the one whose row (or write) the parent is
	// to prove: a test whose match only guards uses of the parent
	// (`if (project.organizationId === orgId) send(project)`) lets the
	// row go on whatever the parent is.
	sub := *q
	sub.proofs = q.proofs + 1
	if pn == "" {
		// Unbound, it can only throw when it finds nothing.
		if st := innermostStatement(p.Node); st.Valid() && strings.HasSuffix(p.Operation, "OrThrow") && throwLeaves(p.Node) && (sub.scopedRow(p) || q.provenRow(p)) {
			return st, true
		}
		return tsparse.Node{}, false
	}
	if at, ok := sub.comparedFromAt(p.Node, pn, end); ok && at.Valid() {
		// A result held to be tested later (`const ok = await
		// compare(…)`) proves the parent only where that test stands.
		if st := innermostStatement(at); st.Valid() && st.End() <= end && provedBy(at) <= st.End() && q.leavesWithoutRow(p, pn, at, st) {
			return st, true
		}
	}
	if st, read, ok := sub.parentCheckedAt(p, pn, end); ok && st.End() <= end {
		// The parent's key read by its own parent's lookup throws when
		// it found nothing.
		if lookup := innermostStatement(read); lookup.Valid() && q.leavesWithoutRow(p, pn, read, lookup) || q.leavesWithoutRow(p, pn, tsparse.Node{}, st) {
			return st, true
		}
	}
	if sub.scopedRow(p) || q.provenRow(p) {
		if strings.HasSuffix(p.Operation, "OrThrow") {
			if st := innermostStatement(p.Node); st.Valid() && q.leavesWithoutRow(p, pn, tsparse.Node{}, st) {
				return st, true
			}
		}
		if st, ok := absentExit(p, pn, end); ok {
			return st, true
		}
	}
	return tsparse.Node{}, false
}

// leavesWithoutRow reports whether the function leaves by st, or before
// it, when p, bound to pn, found nothing: p throws (an OrThrow lookup
// whose throw no catch takes), an if from p to the end of st leaves when
// pn is missing (`if (!project || project.organizationId !== orgId)`), or
// deref, a part of st, reads a field of pn whenever st runs
// (`isOrgMemberOrThrow(user, project.organizationId)` throws a TypeError
// on null).
func (q *queryCheck) leavesWithoutRow(p tsquery.Call, pn string, deref, st tsparse.Node) bool {
	if strings.HasSuffix(p.Operation, "OrThrow") && throwLeaves(p.Node) {
		return true
	}
	if ifs, ok := absentExit(p, pn, st.End()); ok && ifs.End() <= st.End() {
		return true
	}
	return deref.Valid() && readsWhenRun(deref, p.Node, pn, st)
}

// throwLeaves reports whether a throw of the awaited call n leaves its
// function: no try around it in the function catches it.
func throwLeaves(n tsparse.Node) bool {
	if n.Parent().Kind() != "await_expression" {
		return false
	}
	for a := n.Parent(); a.Valid() && !functionKinds[a.Kind()]; a = a.Parent() {
		if a.Kind() == "try_statement" && spans(a.Field("body"), n) && a.Field("handler").Valid() {
			return false
		}
	}
	return true
}

// absentExit is the first if statement after p and ending by the offset
// end, in a block holding p, that leaves when pn, p's row, is missing:
// one of the || terms of its condition is `!pn`, `pn == null` (or
// undefined) or `pn === null`, pn still the row p gave.
func absentExit(p tsquery.Call, pn string, end int) (tsparse.Node, bool) {
	absent := func(term tsparse.Node) bool {
		term = uncast(term)
		var named tsparse.Node
		switch term.Kind() {
		case "unary_expression":
			if term.Field("operator").Text() != "!" {
				return false
			}
			named = uncast(term.Field("argument"))
		case "binary_expression":
			// A lookup that finds nothing gives null: `=== undefined`
			// misses it.
			op := term.Field("operator").Text()
			l, r := uncast(term.Field("left")), uncast(term.Field("right"))
			nothing := func(n tsparse.Node) bool {
				return n.Kind() == "null" || op == "==" && (n.Kind() == "undefined" || n.Kind() == "identifier" && n.Text() == "undefined")
			}
			switch {
			case op != "==" && op != "===":
				return false
			case nothing(r):
				named = l
			case nothing(l):
				named = r
			default:
				return false
			}
		default:
			return false
		}
		return named.Kind() == "identifier" && named.Text() == pn && sameBinding(named, p.Node, pn) && !rowAssignedBetween(p.Node, named, pn)
	}
	for block := p.Node.Parent(); block.Valid() && !functionKinds[block.Kind()]; block = block.Parent() {
		if block.Kind() != "statement_block" {
			continue
		}
		if ifs := leavingIf(block, p.Node.End(), end, absent); ifs.Valid() {
			return ifs, true
		}
	}
	return tsparse.Node{}, false
}

// readsWhenRun reports whether n reads a field of pn, the row p gave,
// without ?., where nothing can skip the read once the statement st runs:
// up to st, n stands only in operands every evaluation reads (a call's
// arguments, an object's values, either side of a comparison, the left
// of && or ||), and in st's condition or value. A missing row then
// throws a TypeError at st.
func readsWhenRun(n, lookup tsparse.Node, pn string, st tsparse.Node) bool {
	var read tsparse.Node
	anyNode(n, func(m tsparse.Node) bool {
		if read.Valid() || m.Kind() != "member_expression" {
			return read.Valid()
		}
		obj := m.Field("object")
		for obj.Kind() == "parenthesized_expression" || obj.Kind() == "non_null_expression" {
			obj = firstNamed(obj)
		}
		if obj.Kind() == "identifier" && obj.Text() == pn && !optionalChain(m) && sameBinding(m, lookup, pn) && !rowAssignedBetween(lookup, m, pn) {
			read = m
		}
		return read.Valid()
	})
	if !read.Valid() || !spans(st, read) {
		return false
	}
	for c := read; !sameNode(c, st); c = c.Parent() {
		p := c.Parent()
		if !p.Valid() || functionKinds[p.Kind()] {
			return false
		}
		switch p.Kind() {
		case "member_expression", "subscript_expression":
			if !sameNode(p.Field("object"), c) || optionalChain(p) {
				return false
			}
		case "parenthesized_expression", "non_null_expression", "as_expression", "satisfies_expression", "await_expression", "unary_expression",
			"object", "array", "arguments", "template_substitution", "template_string":
		case "pair":
			if !sameNode(p.Field("value"), c) {
				return false
			}
		case "call_expression":
			if optionalChain(p) {
				return false
			}
		case "binary_expression":
			switch p.Field("operator").Text() {
			case "||", "&&", "??":
				if !sameNode(p.Field("left"), c) {
					return false
				}
			}
		case "variable_declarator", "assignment_expression":
			if !sameNode(p.Field("value"), c) && !sameNode(p.Field("right"), c) {
				return false
			}
		case "lexical_declaration", "variable_declaration", "expression_statement":
		case "if_statement":
			if !sameNode(p.Field("condition"), c) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// innermostStatement is the statement nearest n that holds it, in n's
// function: `project = …` under `if (strict)`, not the if. Invalid when
// there is none.
func innermostStatement(n tsparse.Node) tsparse.Node {
	for p := n.Parent(); p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
		if k := p.Kind(); strings.HasSuffix(k, "_statement") || k == "lexical_declaration" || k == "variable_declaration" {
			return p
		}
	}
	return tsparse.Node{}
}

// foundByRow reports whether n reads a row (`project.id`) that a lookup
// after fetch, in its function, found by reading the row fetch bound,
// name (`where: { id: prompt.projectId }`): that row echoes the row's own
// key, so comparing the row with it (`project.id !== prompt.projectId`)
// holds for any tenant's row. The row is followed through a const copy
// (`const pid = project.id`), a destructuring of the lookup (`const { id:
// pid } = await …`), and the lookup read inline.
func (q *queryCheck) foundByRow(n, fetch tsparse.Node, name string) bool {
	scope := enclosingFunction(fetch)
	namesRow := func(at tsparse.Node) bool {
		for _, p := range q.fileCalls {
			if p.Node.Start() < fetch.End() || !spans(scope, p.Node) || !spans(at, p.Node) {
				continue
			}
			if anyNode(p.Node, func(id tsparse.Node) bool {
				return (id.Kind() == "identifier" || id.Kind() == "shorthand_property_identifier") && id.Text() == name
			}) {
				return true
			}
		}
		return false
	}
	for range 8 {
		n = uncast(n)
		for n.Kind() == "member_expression" || n.Kind() == "subscript_expression" {
			n = uncast(n.Field("object"))
		}
		switch n.Kind() {
		case "await_expression", "call_expression":
			return namesRow(n)
		case "identifier":
		default:
			return false
		}
		if v, ok := constValue(n); ok {
			n = v
			continue
		}
		for _, p := range q.fileCalls {
			if boundName(p) == n.Text() && p.Node.Start() >= fetch.End() && spans(scope, p.Node) && namesRow(p.Node) {
				return true
			}
		}
		// A name a destructuring of a lookup gave.
		return anyNode(scope, func(d tsparse.Node) bool {
			if d.Kind() != "variable_declarator" || d.Field("name").Kind() == "identifier" || !d.Field("value").Valid() {
				return false
			}
			return anyNode(d.Field("name"), func(id tsparse.Node) bool {
				return (id.Kind() == "identifier" || id.Kind() == "shorthand_property_identifier_pattern") && id.Text() == n.Text()
			}) && namesRow(d.Field("value"))
		})
	}
	return false
}
