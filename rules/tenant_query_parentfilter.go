package rules

import (
	"regexp"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// parentFiltered reports whether val, the key data gives ref (target's
// id), is the field of an element of a list that a filter kept to the ids
// of target's rows found under the very parent data puts the written row
// under (rallly's votes):
//
//	const options = await prisma.option.findMany({ where: { pollId } });
//	const known = new Set(options.map((o) => o.id));
//	const valid = votes.filter(({ optionId }) => known.has(optionId));
//	… createMany({ data: valid.map(({ optionId, type }) => ({ pollId, optionId, type })) })
//
// Each linked row is then a child of that parent, as the written row is:
// both share the parent, and so the tenant (takesParentOf); whether the
// parent is the caller's is judged at the written row's own key. Nothing
// may add to the list or the set, or rewrite the elements' field, before
// the write, and the parent's name must hold the same value at the lookup
// and in data.
func (q *queryCheck) parentFiltered(data, val tsparse.Node, m, target *prisma.Model, ref *prisma.Field) bool {
	if !isPrimaryKey(target, ref) {
		return false
	}
	rm, rt := q.sharedParent(m, target)
	if rm == nil {
		return false
	}
	// The parent data puts the row under: a plain name, the last entry
	// for the key with no spread after it.
	given := lastGiven(data, rm.Fields()[0].Name())
	if given.Kind() != "identifier" && given.Kind() != "shorthand_property_identifier" {
		return false
	}
	parent := given.Text()
	// data is what `list.map((el) => ({ … }))` makes of each element, and
	// val that element's field.
	fn := data.Parent()
	for fn.Kind() == "parenthesized_expression" {
		fn = fn.Parent()
	}
	call := fn.Parent().Parent()
	if fn.Kind() != "arrow_function" || fn.Parent().Kind() != "arguments" || call.Kind() != "call_expression" {
		return false
	}
	mapped := call.Field("function")
	if mapped.Kind() != "member_expression" || mapped.Field("property").Text() != "map" || mapped.Field("object").Kind() != "identifier" || len(namedNoComments(call.Field("arguments"))) != 1 {
		return false
	}
	field, ok := elementKey(fn, val, parent)
	if !ok {
		return false
	}
	list := mapped.Field("object").Text()
	// const list = source.filter((el) => set.has(el.field))
	filtered, ok := constBefore(list, q.call)
	if !ok {
		return false
	}
	filtered = uncast(filtered)
	fc := filtered.Field("function")
	fargs := namedNoComments(filtered.Field("arguments"))
	if filtered.Kind() != "call_expression" || fc.Kind() != "member_expression" || fc.Field("property").Text() != "filter" || len(fargs) != 1 || fargs[0].Kind() != "arrow_function" {
		return false
	}
	test := uncast(fargs[0].Field("body"))
	targs := namedNoComments(test.Field("arguments"))
	tf := test.Field("function")
	if test.Kind() != "call_expression" || tf.Kind() != "member_expression" || tf.Field("property").Text() != "has" || tf.Field("object").Kind() != "identifier" || len(targs) != 1 {
		return false
	}
	if f, ok := elementKey(fargs[0], targs[0], ""); !ok || f != field {
		return false
	}
	src := q.call.Tree().Src
	decl := filtered.Parent()
	if decl.Kind() != "variable_declarator" || mutated(string(src[decl.End():q.call.Start()]), list) || fieldWritten(string(src[decl.End():q.call.Start()]), field) {
		return false
	}
	// const set = new Set(rows.map((r) => r.<id>)), unchanged before the
	// filter.
	set := tf.Field("object").Text()
	sv, ok := constBefore(set, filtered)
	if !ok {
		return false
	}
	sv = uncast(sv)
	sargs := namedNoComments(sv.Field("arguments"))
	if sv.Kind() != "new_expression" || sv.Field("constructor").Text() != "Set" || len(sargs) != 1 {
		return false
	}
	between := src[sv.End():filtered.Start()]
	if mutated(string(between), set) || compiled(`\b`+regexp.QuoteMeta(set)+`\s*\.\s*add\s*\(`).Match(between) {
		return false
	}
	ids := mapIDs.FindStringSubmatch(compact(sargs[0].Text()))
	if ids == nil || ids[2] != ids[3] || ids[4] != ref.Name() {
		return false
	}
	rows := ids[1]
	// rows: a findMany on target whose where keeps the parent's children.
	delegate := delegateName(target.Name)
	for _, c := range q.lookups() {
		if c.Delegate != delegate || c.Operation != "findMany" || boundName(c) != rows || c.Node.End() > sv.Start() || !visibleAt(c, sv) {
			continue
		}
		if mutated(string(src[c.Node.End():sv.Start()]), rows) || !sameBinding(c.Node, data, parent) || reassigned(q.call, parent, c.Node.Start()) {
			continue
		}
		if q.whereGivesName(c, rt.Fields()[0].Name(), parent) {
			return true
		}
	}
	return false
}

// elementKey is the field of a callback's one parameter that val reads:
// `({ optionId }) => … optionId …` or `(v) => … v.optionId …`. The
// parameter must not bind other, a name the caller reads beside it.
func elementKey(fn, val tsparse.Node, other string) (string, bool) {
	param, n := firstParam(fn)
	if n != 1 {
		return "", false
	}
	val = uncast(val)
	if other != "" && anyNode(param, func(n tsparse.Node) bool {
		return (n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier_pattern") && n.Text() == other
	}) {
		return "", false
	}
	switch param.Kind() {
	case "object_pattern":
		if val.Kind() != "identifier" && val.Kind() != "shorthand_property_identifier" {
			return "", false
		}
		for _, p := range namedNoComments(param) {
			if p.Kind() == "shorthand_property_identifier_pattern" && p.Text() == val.Text() {
				return val.Text(), true
			}
		}
		return "", false
	case "identifier":
		if val.Kind() != "member_expression" || val.Field("object").Kind() != "identifier" || val.Field("object").Text() != param.Text() {
			return "", false
		}
		return val.Field("property").Text(), true
	}
	return "", false
}

// whereGivesName reports whether c's where (a literal, nothing after it
// overriding it) gives key the plain name name.
func (q *queryCheck) whereGivesName(c tsquery.Call, key, name string) bool {
	where, ok := q.whereObject(c)
	if !ok {
		return false
	}
	given := lastGiven(where, key)
	return (given.Kind() == "identifier" || given.Kind() == "shorthand_property_identifier") && given.Text() == name
}

// sharedParent is, for a row of m linking a row of target, m's relation
// to the parent target is scoped through (rm) and target's (rt), each
// of one column referencing the same key of the parent; nil when m has
// none or target may have no parent.
func (q *queryCheck) sharedParent(m, target *prisma.Model) (rm, rt *prisma.Relation) {
	theirs := q.t.via[target]
	if theirs == nil || theirs.Target() == nil || theirs.Relation == nil {
		return nil, nil
	}
	rt = theirs.Relation
	if len(rt.Fields()) != 1 || len(rt.References()) != 1 || !rt.Fields()[0].IsRequired() {
		// A linked row without a parent shares none.
		return nil, nil
	}
	for _, f := range m.Fields {
		if r := f.Relation; r != nil && r.IsForward() && f.Target() == theirs.Target() && len(r.Fields()) == 1 && len(r.References()) == 1 && r.References()[0] == rt.References()[0] {
			return r, rt
		}
	}
	return nil, nil
}
