package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// parentMapKey is parentPinnedRow for a key read from an object the
// function fills with the keys of rows under one parent (keyshade's
// project copy):
//
//	const envNameToIdMap = {};
//	environments.forEach((env) => { envNameToIdMap[env.name] = env.id }); // environments: findMany({ where: { projectId: toProject.id } })
//	for (const environment of missing) {
//	  const newEnvironmentId = v4();
//	  envNameToIdMap[environment.name] = newEnvironmentId;
//	  ops.push(prisma.environment.create({ data: { id: newEnvironmentId, projectId: toProject.id, … } }));
//	}
//	… variable.create({ data: { projectId: toProject.id, versions: { create: variable.versions.map((version) => ({
//	  environmentId: envNameToIdMap[version.environment.name] })) } } })
//
// Every value the object holds is the key of a row under the parent the
// written row is put under (by its own key, or by the row its nested
// create hangs from): a row a query on target matched by that parent
// key, or a fresh id (no other row can hold it) a create on target gives
// with that parent key. Whether the parent is the caller's is judged at
// the write's own key. The object is a const `{}` used only by writes
// and reads of its entries: given anywhere else (a call, a spread,
// another name) it may hold anything.
func (q *queryCheck) parentMapKey(data, val tsparse.Node, m, target *prisma.Model, ref *prisma.Field) bool {
	obj := uncast(val.Field("object"))
	if val.Kind() != "subscript_expression" || obj.Kind() != "identifier" || !isPrimaryKey(target, ref) || calledBeforeDeclared(q.call) {
		return false
	}
	up := q.t.via[target]
	if up == nil || up.Relation == nil || len(up.Relation.Fields()) != 1 || len(up.Relation.References()) != 1 || !up.Relation.Fields()[0].IsRequired() {
		return false
	}
	parent := q.parentGiven(data, m, up)
	if parent == "" || !kept(q.call, parent) {
		return false
	}
	name := obj.Text()
	decl, ok := constBefore(name, q.call)
	if !ok || uncast(decl).Kind() != "object" || len(namedNoComments(uncast(decl))) != 0 || hiddenBetween(q.call, decl.Parent(), name) {
		return false
	}
	key := up.Relation.Fields()[0].Name()
	fn := enclosingFunction(decl)
	return !anyNode(fn, func(n tsparse.Node) bool {
		if n.Kind() == "shorthand_property_identifier" && n.Text() == name {
			return sameBinding(n, decl, name)
		}
		if n.Kind() != "identifier" || n.Text() != name || n.Start() == decl.Parent().Field("name").Start() || !sameBinding(n, decl, name) {
			return false
		}
		sub := n.Parent()
		if sub.Kind() != "subscript_expression" || sub.Field("object") != n {
			return true // the object itself given elsewhere
		}
		at := sub.Parent()
		switch {
		case strings.HasSuffix(at.Kind(), "_pattern") || at.Kind() == "for_in_statement" && at.Field("left") == sub:
			return true // written by a destructuring or a loop
		case at.Kind() == "assignment_expression" && at.Field("left") == sub:
			return !q.keyUnderParent(uncast(at.Field("right")), at, target, ref, key, parent)
		case at.Kind() == "augmented_assignment_expression" && at.Field("left") == sub, at.Kind() == "update_expression", at.Kind() == "unary_expression" && at.Field("operator").Text() == "delete":
			return true
		}
		return false // a read
	})
}

// parentGiven is the value the write's data gives its key to up's parent:
// m's own key to it, or, for data made by a nested create (also one
// element of a `.map` of it), the outer row's key.
func (q *queryCheck) parentGiven(data tsparse.Node, m *prisma.Model, up *prisma.Field) string {
	owns := func(p *prisma.Model) string {
		for _, f := range p.Fields {
			if r := f.Relation; r != nil && r.IsForward() && f.Target() == up.Target() && len(r.Fields()) == 1 && len(r.References()) == 1 && r.References()[0] == up.Relation.References()[0] {
				return r.Fields()[0].Name()
			}
		}
		return ""
	}
	if k := owns(m); k != "" {
		return givenName(lastGiven(data, k))
	}
	outer, p := q.nestedMapUnder(data, m)
	if p == nil {
		return ""
	}
	if k := owns(p); k != "" {
		return givenName(lastGiven(outer, k))
	}
	return ""
}

// nestedMapUnder is nestedUnder for one level of nesting, the nested data
// also made by a `.map` callback (`rel: { create: list.map((x) => ({ … }))
// }`) in the data of the call judged: the outer data object and its
// model.
func (q *queryCheck) nestedMapUnder(data tsparse.Node, m *prisma.Model) (tsparse.Node, *prisma.Model) {
	n := data.Parent()
	if call, _, ok := mapCallback(data); ok {
		n = call.Parent()
	} else if n.Kind() == "array" {
		n = n.Parent()
	}
	if n.Kind() != "pair" || keyName(n.Field("key")) != "create" {
		return tsparse.Node{}, nil
	}
	rel := n.Parent().Parent()
	if rel.Kind() != "pair" || rel.Parent().Kind() != "object" {
		return tsparse.Node{}, nil
	}
	outer := rel.Parent()
	for _, c := range tsquery.CallsIn(q.call, func(d string) bool { return q.delegates[d] != nil }) {
		if c.Node.Start() != q.call.Start() || c.Node.End() != q.call.End() {
			continue
		}
		model := q.delegates[c.Delegate]
		d, ok := q.createData(c)
		if c.Operation != tsquery.Create || !ok || d.Start() != outer.Start() || d.End() != outer.End() {
			return tsparse.Node{}, nil
		}
		if f := fieldByName(model, keyName(rel.Field("key"))); f != nil && f.Relation != nil && f.Target() == m && f.IsList() {
			return outer, model
		}
	}
	return tsparse.Node{}, nil
}

// keyUnderParent reports whether v, assigned at at, is the key of a row of
// target whose parent key is parent: `row.<ref>` of the element row of a
// loop or callback over a list a findMany on target returned with that
// parent key in its where, or a const fresh id a create on target gives
// as its id beside that parent key.
func (q *queryCheck) keyUnderParent(v, at tsparse.Node, target *prisma.Model, ref *prisma.Field, key, parent string) bool {
	mapName := uncast(uncast(at.Field("left")).Field("object")).Text()
	delegate := delegateName(target.Name)
	if !sameBinding(at, q.call, parent) {
		return false
	}
	switch v.Kind() {
	case "member_expression":
		row := v.Field("object")
		if row.Kind() != "identifier" || v.Field("property").Text() != ref.Name() || optionalChain(v) || overwritten(at, compact(v.Text())) || reassigned(at, row.Text(), 0) {
			return false
		}
		// The row is the element of the loop or callback binding its
		// name nearest the read, not a name a block declares.
		scope, byStatement := bindingScope(v, row.Text(), -1)
		if !scope.Valid() || byStatement || scope.Kind() != "for_in_statement" && scope.Kind() != "arrow_function" && scope.Kind() != "function_expression" {
			return false
		}
		if param, _ := firstParam(scope); scope.Kind() != "for_in_statement" && (param.Kind() != "identifier" || param.Text() != row.Text()) {
			return false
		}
		list := loopSource(scope.Field("body"), row.Text())
		if list == "" || !listOnlyRead(at, list) || elementKeyWritten(patternConst(list, at), ref.Name(), mapName) {
			return false
		}
		c, ok := q.listQuery(list, at, delegate)
		if !ok || c.Operation != "findMany" || !sameBinding(c.Node, q.call, parent) {
			return false
		}
		args, ok := q.argsObject(c)
		if !ok {
			return false
		}
		where, ok := q.objectOf(lastGiven(args, "where"), 0)
		return ok && givenName(lastGiven(where, key)) == parent
	case "identifier":
		made, ok := constBefore(v.Text(), at)
		if !ok || !freshID(uncast(made)) || hiddenBetween(at, made.Parent(), v.Text()) {
			return false
		}
		fn := enclosingFunction(made)
		for _, c := range tsquery.CallsIn(fn, func(d string) bool { return d == delegate }) {
			if c.Operation != tsquery.Create {
				continue
			}
			d, ok := q.createData(c)
			if ok && q.createsWithID(d, ref.Name(), v.Text(), made) && givenName(lastGiven(d, key)) == parent && sameBinding(c.Node, q.call, parent) {
				return true
			}
		}
	}
	return false
}

// listQuery is the query on delegate whose awaited rows list, a const
// read at at, holds: `const list = await db.x.findMany(…)`, or its place
// in `const [a, list] = await Promise.all([…])` or `$transaction([…])`.
func (q *queryCheck) listQuery(list string, at tsparse.Node, delegate string) (tsquery.Call, bool) {
	d := patternConst(list, at)
	if !d.Valid() {
		return tsquery.Call{}, false
	}
	v := d.Field("value")
	if d.Field("name").Kind() == "identifier" {
		return exactCall(uncastAwait(v), delegate)
	}
	pattern := d.Field("name")
	if pattern.Kind() != "array_pattern" {
		return tsquery.Call{}, false
	}
	place := -1
	for i, p := range namedNoComments(pattern) {
		if p.Kind() == "identifier" && p.Text() == list {
			place = i
			break
		}
		if p.Kind() != "identifier" {
			// Nested, defaulted or a rest before it.
			return tsquery.Call{}, false
		}
	}
	if place < 0 || countHoles(pattern, place) {
		return tsquery.Call{}, false
	}
	all := uncastAwait(v)
	fn := all.Field("function")
	if all.Kind() != "call_expression" || fn.Kind() != "member_expression" || compact(fn.Text()) != "Promise.all" && fn.Field("property").Text() != "$transaction" {
		return tsquery.Call{}, false
	}
	args := namedNoComments(all.Field("arguments"))
	if len(args) != 1 || uncast(args[0]).Kind() != "array" {
		return tsquery.Call{}, false
	}
	elems := namedNoComments(uncast(args[0]))
	if place >= len(elems) || slices.ContainsFunc(elems[:place+1], func(e tsparse.Node) bool { return e.Kind() == "spread_element" }) {
		return tsquery.Call{}, false
	}
	return exactCall(uncastAwait(elems[place]), delegate)
}

// listOnlyRead reports whether list, a const read at at, is used in its
// function only to be read: looped over, or its elements read by a
// method that does not change it. Anything else (a push, a sort, the
// list given to a call or another name) may put other rows in it.
func listOnlyRead(at tsparse.Node, list string) bool {
	d := patternConst(list, at)
	if !d.Valid() {
		return false
	}
	fn := enclosingFunction(d)
	return !anyNode(fn, func(n tsparse.Node) bool {
		if n.Kind() == "shorthand_property_identifier" && n.Text() == list {
			return sameBinding(n, d, list)
		}
		if n.Kind() != "identifier" || n.Text() != list || !sameBinding(n, d, list) {
			return false
		}
		p := n.Parent()
		switch {
		case spans(d.Field("name"), n):
			return false // the declaration
		case p.Kind() == "for_in_statement" && p.Field("right") == n:
			return false
		case p.Kind() == "member_expression" && p.Field("object") == n:
			switch p.Field("property").Text() {
			case "forEach", "map", "filter", "find", "some", "every", "length", "flatMap":
				return p.Parent().Kind() == "assignment_expression" && p.Parent().Field("left") == p
			}
		}
		return true
	})
}

// patternConst is the declarator of a const binding name, alone or as
// a plain element of an array pattern, in a block holding at within the
// functions at is in; invalid when the name is bound otherwise there, or
// another binding hides it at at.
func patternConst(name string, at tsparse.Node) tsparse.Node {
	for scope := enclosingFunction(at); scope.Valid() && scope.Kind() != "program"; scope = enclosingFunction(scope) {
		var found tsparse.Node
		declared := false
		scope.Walk(func(n tsparse.Node) bool {
			if n.Start() >= at.Start() || n.Start() != scope.Start() && functionKinds[n.Kind()] {
				return false
			}
			if n.Kind() == "variable_declarator" && bindsName(n.Field("name"), name) && spans(n.Parent().Parent(), at) {
				declared, found = true, tsparse.Node{}
				if decl := n.Parent(); decl.Kind() == "lexical_declaration" && strings.HasPrefix(decl.Text(), "const") && !hiddenBetween(at, decl, name) {
					found = n
				}
			}
			return true
		})
		if declared {
			return found
		}
		if bindsName(scope.Field("parameters"), name) || bindsName(scope.Field("parameter"), name) {
			return tsparse.Node{}
		}
	}
	return tsparse.Node{}
}

// elementKeyWritten reports whether the function declaring the list decl
// may write the field key of one of its elements under another name than
// the loop's: `list.forEach((e) => { e.id = other })`, `list.find(…)!.id
// = other`, an Object.assign, or a getter put on it. listOnlyRead lets
// the list's callbacks read it; they hold its elements all the same. The
// entries of the map mapName are not elements.
func elementKeyWritten(decl tsparse.Node, key, mapName string) bool {
	fn := enclosingFunction(decl)
	text := fn.Text()
	if fieldWritten(text, key) || objectAssignCall.MatchString(text) || fieldSetCall.MatchString(text) {
		return true
	}
	return anyNode(fn, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression", "update_expression":
			left := uncast(n.Field("left"))
			if n.Kind() == "update_expression" {
				left = uncast(n.Field("argument"))
			}
			if left.Kind() == "subscript_expression" && uncast(left.Field("object")).Kind() == "identifier" && uncast(left.Field("object")).Text() == mapName {
				return false
			}
			return idFieldAssigned(n, n.Start(), n.End(), key)
		}
		return false
	})
}
