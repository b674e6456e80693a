package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// nestedPinnedRow is parentPinnedRow for a row created inside the write
// of the row it hangs from, whose own data holds no key to the parent:
// the outer data gives it (documenso's organisation create):
//
//	const organisation = await tx.organisation.create({ data: { …, groups: { create } }, include: { groups: true } });
//	const adminGroup = organisation.groups.find(…);
//	await tx.organisationMember.create({ data: { organisationId: organisation.id,
//	  organisationGroupMembers: { create: { groupId: adminGroup.id } } } });
//
// The group member is made under the member, whose organisation the
// outer data sets to the one the group was included with: the group is
// under the parent the written row is, as in parentPinnedRow. The
// parent is target's relation that scopes it: a scoped parent (via), or
// the tenant model by target's own tenant field. Whether that parent is
// the caller's is judged at the outer row's own key.
func (q *queryCheck) nestedPinnedRow(data, val tsparse.Node, m, target *prisma.Model, ref *prisma.Field) bool {
	if val.Kind() != "member_expression" || val.Field("property").Text() != ref.Name() || val.Field("object").Kind() != "identifier" || !isPrimaryKey(target, ref) || calledBeforeDeclared(q.call) {
		return false
	}
	up := q.scopingRelation(target)
	if up == nil {
		return false
	}
	rt := up.Relation
	if len(rt.Fields()) != 1 || len(rt.References()) != 1 || !rt.Fields()[0].IsRequired() {
		return false
	}
	for _, f := range m.Fields {
		if f.Target() == up.Target() && f.Relation != nil && f.Relation.IsForward() {
			// The written row names that parent itself:
			// parentPinnedRow's reading.
			return false
		}
	}
	outer, p := q.nestedUnder(data, m)
	if p == nil {
		return false
	}
	var rp *prisma.Relation
	for _, f := range p.Fields {
		if r := f.Relation; r != nil && r.IsForward() && f.Target() == up.Target() && len(r.Fields()) == 1 && len(r.References()) == 1 && r.References()[0] == rt.References()[0] {
			rp = r
			break
		}
	}
	if rp == nil {
		return false
	}
	given := lastGiven(outer, rp.Fields()[0].Name())
	if namePath(given) == "" {
		return false
	}
	return q.pinnedRowOf(val, ref, target, up, compact(given.Text()))
}

// scopingRelation is the relation field of target that scopes it: the one
// to its scoped parent, or the one its own tenant field is the key of.
func (q *queryCheck) scopingRelation(target *prisma.Model) *prisma.Field {
	if f := q.t.via[target]; f != nil {
		if f.Target() == nil || f.Relation == nil {
			return nil
		}
		return f
	}
	tf := q.t.Field(target)
	if tf == nil {
		return nil
	}
	for _, f := range target.Fields {
		if r := f.Relation; r != nil && r.IsForward() && f.Target() != nil && len(r.Fields()) == 1 && r.Fields()[0] == tf {
			return f
		}
	}
	return nil
}

// nestedUnder is, for data, an object created by a nested write on m
// (`rel: { create: data }`, or an element of `create: [...]`), the object
// holding that relation entry and the model it is the data of, read down
// from the model of the call being judged along the relation entries
// that lead to data; nil when data is not so nested in the call's own
// data literal.
func (q *queryCheck) nestedUnder(data tsparse.Node, m *prisma.Model) (tsparse.Node, *prisma.Model) {
	var keys []string
	var outer tsparse.Node
	obj := data
	for range 8 {
		n := obj.Parent()
		if n.Kind() == "array" {
			n = n.Parent()
		}
		if n.Kind() != "pair" {
			return tsparse.Node{}, nil
		}
		ops, rel := n.Parent(), n.Parent().Parent()
		if keyName(n.Field("key")) == "create" && ops.Kind() == "object" && rel.Kind() == "pair" && rel.Parent().Kind() == "object" {
			keys = append(keys, keyName(rel.Field("key")))
			if len(keys) == 1 {
				outer = rel.Parent()
			}
			obj = rel.Parent()
			continue
		}
		if len(keys) == 0 {
			return tsparse.Node{}, nil
		}
		// The call itself (fileCalls leaves creates out).
		for _, c := range tsquery.CallsIn(q.call, func(d string) bool { return q.delegates[d] != nil }) {
			if c.Node.Start() != q.call.Start() || c.Node.End() != q.call.End() {
				continue
			}
			args, ok := q.argsObject(c)
			switch k := keyName(n.Field("key")); {
			case !ok || ops.Start() != args.Start() || ops.End() != args.End():
				return tsparse.Node{}, nil
			case k != "data" && (c.Operation != "upsert" || k != "create" && k != "update"):
				return tsparse.Node{}, nil
			}
			model := q.delegates[c.Delegate]
			for i := len(keys) - 1; i >= 0 && model != nil; i-- {
				f := fieldByName(model, keys[i])
				if f == nil || f.Relation == nil || f.Target() == nil {
					return tsparse.Node{}, nil
				}
				if i == 0 {
					if f.Target() != m {
						return tsparse.Node{}, nil
					}
					return outer, model
				}
				model = f.Target()
			}
		}
		return tsparse.Node{}, nil
	}
	return tsparse.Node{}, nil
}

// throwingCatch is the query of `query.catch((err) => { …; throw err; })`
// whose handler throws on every path (its block ends in a throw and
// returns nowhere): its value is the query's or nothing. Anything else
// is v itself.
func throwingCatch(v tsparse.Node) tsparse.Node {
	fn := v.Field("function")
	args := namedNoComments(v.Field("arguments"))
	if v.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "catch" || optionalChain(fn) || len(args) != 1 {
		return v
	}
	h := args[0]
	if h.Kind() != "arrow_function" && h.Kind() != "function_expression" {
		return v
	}
	body := h.Field("body")
	st := namedNoComments(body)
	if body.Kind() != "statement_block" || len(st) == 0 || st[len(st)-1].Kind() != "throw_statement" || returnsIn(body) {
		return v
	}
	return fn.Field("object")
}

// returnsIn reports whether a return statement of the function whose body
// is body, not of a function nested in it, is in body.
func returnsIn(body tsparse.Node) bool {
	found := false
	body.Walk(func(n tsparse.Node) bool {
		if found || functionKinds[n.Kind()] {
			return false
		}
		if n.Kind() == "return_statement" {
			found = true
		}
		return !found
	})
	return found
}
