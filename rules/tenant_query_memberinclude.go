package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A row found by its id alone, its tenant's memberships read with it,
// filtered by the caller (bklit's server actions, on better-auth's
// Member):
//
//	const event = await prisma.eventDefinition.findUnique({
//	  where: { id },
//	  include: { project: { include: { organization: { include: {
//	    members: { where: { userId: session.user.id } } } } } } },
//	});
//	if (!event || event.project.organization.members.length === 0) return …;
//	await prisma.eventDefinition.delete({ where: { id } });
//
// The list holds the caller's memberships of the row's tenant, so a row
// whose list is not empty is a tenant of the caller's: the same proof as
// a membership looked up apart (memberLookup), read from the include. The
// include must follow the relations that scope the row up to its tenant,
// the list must be a membership relation (membership: unique on the pair,
// or named in membership_models), and its where must give the user.

// memberIncludePath is the path, from the row, of the membership list c
// includes filtered by a user (`project.organization.members`), or "".
func (q *queryCheck) memberIncludePath(c tsquery.Call, m *prisma.Model) string {
	args, ok := q.argsObject(c)
	if !ok {
		return ""
	}
	var path []string
	model := m
	for range 4 {
		if q.t.IsRoot(model) {
			break
		}
		f := tenantRelation(q.t, model)
		inc, ok := q.lastEntryObject(args, "include")
		if f == nil || !ok {
			return ""
		}
		if args, ok = q.lastEntryObject(inc, f.Name()); !ok {
			return ""
		}
		path = append(path, f.Name())
		model = f.Target()
	}
	if !q.t.IsRoot(model) {
		return ""
	}
	inc, ok := q.lastEntryObject(args, "include")
	if !ok {
		return ""
	}
	for _, e := range namedNoComments(inc) {
		key, val, ok := property(e)
		if !ok {
			continue
		}
		mb, ok := q.membership(model, key)
		if !ok {
			continue
		}
		listArgs, ok := q.objectOf(val, 0)
		if !ok {
			continue
		}
		where, ok := q.lastEntryObject(listArgs, "where")
		if !ok {
			continue
		}
		if v, ok := mb.user(q, where, 0); ok && v == constrained {
			return strings.Join(append(path, key), ".")
		}
	}
	return ""
}

// tenantRelation is the to-one relation of m that names its tenant: the
// one its tenant field is the key of, or, for a model without one, its
// required relation to a scoped model (the parent it is scoped through).
func tenantRelation(t *tenancy, m *prisma.Model) *prisma.Field {
	tf := t.Field(m)
	for _, f := range m.Fields {
		r := f.Relation
		if r == nil || f.IsList() || f.Target() == nil || len(r.Fields()) != 1 {
			continue
		}
		if tf != nil && r.Fields()[0].Name() == tf.Name() && t.IsRoot(f.Target()) {
			return f
		}
		if tf == nil && f.IsRequired() && t.Scoped(f.Target()) {
			return f
		}
	}
	return nil
}

// memberIncludeExit is the if statement, in the function of c, after it
// and in a block holding it, that leaves when the row's membership list
// (path) is empty (a term of its `||` condition: `!row`, `…members.length
// === 0`, `!…members.length`, `!…members[0]`, or `!first` of a const
// first = `…members[0]`), before any other use of the row; invalid when
// there is none.
func (q *queryCheck) memberIncludeExit(c tsquery.Call, m *prisma.Model) tsparse.Node {
	switch c.Operation {
	case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
	default:
		return tsparse.Node{}
	}
	name := boundName(c)
	path := q.memberIncludePath(c, m)
	if name == "" || path == "" {
		return tsparse.Node{}
	}
	// The list as the text reads it, optional chains and non-null marks
	// dropped.
	list := name + "." + path
	plain := func(n tsparse.Node) string {
		return strings.NewReplacer("?.", ".", "!.", ".", "!", "").Replace(compact(uncast(n).Text()))
	}
	scope := enclosingFunction(c.Node)
	var firsts []string        // consts holding the list's first element
	var allowed []tsparse.Node // where the row may be read before the exit
	var exit tsparse.Node
	emptyTest := func(t tsparse.Node) bool {
		t = uncast(t)
		for t.Kind() == "parenthesized_expression" {
			t = uncast(firstNamed(t))
		}
		switch t.Kind() {
		case "unary_expression":
			arg := plain(t.Field("argument"))
			return t.Field("operator").Text() == "!" && (arg == list+".length" || arg == list+"[0]" || slices.Contains(firsts, arg))
		case "binary_expression":
			op, l, r := t.Field("operator").Text(), plain(t.Field("left")), plain(t.Field("right"))
			return l == list+".length" && (op == "===" || op == "==") && r == "0" || l == list+".length" && op == "<" && r == "1"
		}
		return false
	}
	block := c.Node
	for block.Valid() && block.Kind() != "statement_block" {
		block = block.Parent()
	}
	if !block.Valid() || !sameNode(enclosingFunction(block), scope) && !sameNode(block.Parent(), scope) {
		return tsparse.Node{}
	}
	for _, st := range namedNoComments(block) {
		if st.End() <= c.Node.End() {
			continue
		}
		if decl := declarationOf(st); decl.Kind() == "lexical_declaration" && constDeclaration(decl) {
			for _, d := range namedNoComments(decl) {
				if d.Kind() == "variable_declarator" && d.Field("name").Kind() == "identifier" && plain(d.Field("value")) == list+"[0]" {
					firsts = append(firsts, d.Field("name").Text())
					allowed = append(allowed, d)
				}
			}
			continue
		}
		if st.Kind() != "if_statement" || st.Field("alternative").Valid() {
			break
		}
		cond := uncast(st.Field("condition"))
		for cond.Kind() == "parenthesized_expression" {
			cond = uncast(firstNamed(cond))
		}
		if anyOrTerm(cond, emptyTest) && leaves(st.Field("consequence")) {
			if !leavesWithoutRow(st.Field("consequence"), st, c.Node, name) {
				// It leaves with the row: `return { project, allowed:
				// false }` hands a non-member the row.
				break
			}
			exit = st
			allowed = append(allowed, st.Field("condition"))
			break
		}
		if !absentLeaves(st, name) {
			break
		}
		allowed = append(allowed, st.Field("condition"))
	}
	if !exit.Valid() {
		return tsparse.Node{}
	}
	// Nothing reads the row before the exit but the tests and the consts
	// of the list's first element.
	used := anyNode(scope, func(n tsparse.Node) bool {
		if k := n.Kind(); k != "identifier" && k != "shorthand_property_identifier" || n.Text() != name || n.Start() < c.Node.End() || n.Start() >= exit.End() || !sameBinding(n, c.Node, name) {
			return false
		}
		return !slices.ContainsFunc(allowed, func(a tsparse.Node) bool { return spans(a, n) })
	})
	if used || rowAssignedBetween(c.Node, exit, name) {
		return tsparse.Node{}
	}
	return exit
}

// memberInclude reports whether c, a lookup of one row of m by what does
// not name its tenant, reads its tenant's memberships filtered by a user
// and the function leaves when there are none (memberIncludeExit).
func (q *queryCheck) memberInclude(c tsquery.Call, m *prisma.Model) bool {
	return q.memberIncludeExit(c, m).Valid()
}

// memberGuards reports whether c, an earlier lookup of a row of m, is
// proven the caller's tenant's by a membership check that leaves before
// the call, in a block holding it: the membership included with the row,
// looked up apart, checked by a helper or thrown on.
func (q *queryCheck) memberGuards(c tsquery.Call, m *prisma.Model) bool {
	return q.memberIncludeGuards(c, m) || q.memberLookupGuards(c, m) || q.memberHelperGuards(c, m) || q.memberThrowGuards(c, m)
}

// memberIncludeGuards is memberLookupGuards for memberInclude: c, an
// earlier lookup of the call's target by the call's key, left the function
// without a membership before the call, in a block holding it.
func (q *queryCheck) memberIncludeGuards(c tsquery.Call, m *prisma.Model) bool {
	exit := q.memberIncludeExit(c, m)
	return exit.Valid() && exit.End() <= q.call.Start() && spans(exit.Parent(), q.call)
}
