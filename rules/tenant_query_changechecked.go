package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// changeCheckedKey reports whether val, the value a write gives a foreign
// key, was checked by a helper under an earlier if that skips the check
// only when val is the key a proven row already holds, or nothing
// (LangWatch's guardrail update):
//
//	const existing = await this.requireOwn(input.id, input.projectId);
//	if (input.evaluatorId !== undefined && input.evaluatorId !== existing.evaluatorId) {
//	  await this.assertEvaluatorInProject(input.evaluatorId, input.projectId);
//	}
//	… update({ where: { id: existing.id }, data: { evaluatorId: input.evaluatorId ?? undefined } })
//
// The if, without an else, is a statement of a block holding the write,
// in the write's function. Every && term of its condition is val !== X,
// X a value the rule proves at the write (a field of a row of the
// tenant's), or val compared unequal with null or undefined; at least one
// is the former. When the condition is false, one term is: val is X, or
// links nothing. When it holds, the consequence awaits, as one of its
// statements, a helper the rule reads as checking val with the tenant.
// Neither val nor X may change from the if to the write. A truthiness
// term (`val && …`) is refused: an empty id skips the check.
func (q *queryCheck) changeCheckedKey(val tsparse.Node, m *prisma.Model, ref *prisma.Field, target *prisma.Model) bool {
	value := compact(val.Text())
	if val.Kind() != "identifier" && val.Kind() != "shorthand_property_identifier" && val.Kind() != "member_expression" || calledBeforeDeclared(q.call) {
		return false
	}
	fn := enclosingFunction(q.call)
	for n := q.call; n.Valid() && !sameNode(n, fn); n = n.Parent() {
		b := n.Parent()
		if b.Kind() != "statement_block" {
			continue
		}
		for _, st := range namedNoComments(b) {
			if st.End() > q.call.Start() {
				break
			}
			if st.Kind() == "if_statement" && !st.Field("alternative").Valid() && q.checkedUnlessSame(st, value, m, ref, target) {
				return true
			}
		}
	}
	return false
}

// checkedUnlessSame is changeCheckedKey for one if, st.
func (q *queryCheck) checkedUnlessSame(st tsparse.Node, value string, m *prisma.Model, ref *prisma.Field, target *prisma.Model) bool {
	if q.changedSince(st, value) {
		return false
	}
	same := false
	for _, t := range andTerms(st.Field("condition")) {
		if t.Kind() != "binary_expression" {
			return false
		}
		op := t.Field("operator").Text()
		l, r := uncast(t.Field("left")), uncast(t.Field("right"))
		if compact(l.Text()) != value {
			l, r = r, l
		}
		switch {
		case compact(l.Text()) != value || op != "!==" && op != "!=":
			return false
		case nothing(r):
		case op == "!==" && (r.Kind() == "identifier" || r.Kind() == "member_expression") && compact(r.Text()) != value &&
			!q.changedSince(st, compact(r.Text())) && (q.verifiedEarlier(target, ref.Name(), "", r) || q.helperStoredKey(compact(r.Text()), m, ref, target)):
			same = true
		default:
			return false
		}
	}
	if !same {
		return false
	}
	body := st.Field("consequence")
	stmts := []tsparse.Node{body}
	if body.Kind() == "statement_block" {
		stmts = namedNoComments(body)
	}
	for _, s := range stmts {
		if call := awaitedStatementCall(s); call.Valid() && q.helperCallVerifies(call, value, target, ref.Name()) {
			return true
		}
	}
	return false
}

// helperStoredKey reports whether value is `row.<fk>` of a const row
// awaited from a helper the rule reads (a function of the file or one
// imported, or a method called on this that no subclass may override,
// finalMethod) that returns only rows of m it found or made in the
// tenant, or nothing, fk being m's foreign key to ref of target: the key
// a stored row of the tenant holds. Unlike helperFoundRow, a copy of a row (`copy ?? row`) is
// refused: it keeps the row's unique keys, not fk.
func (q *queryCheck) helperStoredKey(value string, m *prisma.Model, ref *prisma.Field, target *prisma.Model) bool {
	path := splitRowPath(value)
	if len(path) != 2 || !q.t.Scoped(m) {
		return false
	}
	fk := path[1]
	links := slices.ContainsFunc(m.Fields, func(f *prisma.Field) bool {
		r := f.Relation
		return r != nil && r.IsForward() && f.Target() == target && len(r.Fields()) == 1 && len(r.References()) == 1 && r.Fields()[0].Name() == fk && r.References()[0] == ref
	})
	call, ok := q.awaitedRowCall(value, fk)
	if !links || !ok || call.Kind() != "call_expression" {
		return false
	}
	stored := func(fn tsparse.Node, hq *queryCheck) bool {
		return hq.helperReturns(call, fn, m, func(ret, v tsparse.Node, tenantRow func(ret, v tsparse.Node) bool) (ok, counts bool) {
			switch {
			case !v.Valid() || nothing(v):
				return true, false
			case v.Kind() == "identifier":
				held, found := constValue(v)
				return found && uncast(held).Kind() == "await_expression" && !rowAssignedBetween(held, ret, v.Text()) &&
					tenantRow(ret, uncastAwait(held)), true
			default:
				return tenantRow(ret, v), true
			}
		})
	}
	if method := calledOnThis(call); method != "" {
		// An override of a subclass's may return anything.
		fn := finalMethod(q.helpers, call, method)
		return fn.Valid() && stored(fn, q)
	}
	return q.viaHelper(call, stored)
}

// changedSince reports whether value, a name or a path read from one, may
// hold another value at the write than at st.
func (q *queryCheck) changedSince(st tsparse.Node, value string) bool {
	return reassigned(q.call, value, st.Start()) || overwritten(q.call, value) || q.changedBetween(st, q.call, value)
}
