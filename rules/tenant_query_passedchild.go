package rules

import (
	"strconv"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// passedChild reports whether val, the key data gives ref (target's id),
// is `child.<id>` of a parameter of the function holding the write, data
// puts the row under `parent.<key>` of another of its parameters, and
// every call of that function passes for child an element of parent's
// own list of target's rows (dub's program applications):
//
//	const program = await prisma.program.findUniqueOrThrow({ …, include: { groups: … } });
//	const group = program.groups[0];
//	return createApplication({ program, group });
//	…
//	async function createApplication({ program, group }) {
//	  await prisma.programApplication.create({ data: { programId: program.id, groupId: group.id } });
//
// The linked row is then a child of the parent the written row is put
// under: both share it, and so the tenant (takesParentOf); the parent
// itself is judged at the written row's own key. The function must be
// declared at the top of the file and not exported, its name read nowhere
// but as the callee of a call, each call's argument an object literal,
// the parent a const row of a single-row query on its model, and neither
// name given another value or its key rewritten on the way.
func (q *queryCheck) passedChild(data, val tsparse.Node, m, target *prisma.Model, ref *prisma.Field) bool {
	if !isPrimaryKey(target, ref) || val.Kind() != "member_expression" || val.Field("property").Text() != ref.Name() || val.Field("object").Kind() != "identifier" {
		return false
	}
	return q.passedChildOf(data, val, m, target, ref.Name())
}

// passedChildOf is passedChild's reading of val, `child.<key>` of a row
// of of handed down beside its parent: key is of's id (passedChild) or a
// foreign key that row stores (passedChildLink).
func (q *queryCheck) passedChildOf(data, val tsparse.Node, m, of *prisma.Model, key string) bool {
	rm, rt := q.sharedParent(m, of)
	if rm == nil || rt.Opposite == nil || !rt.Opposite.IsList() {
		return false
	}
	given := lastGiven(data, rm.Fields()[0].Name())
	parentKey := rt.References()[0].Name()
	if given.Kind() != "member_expression" || given.Field("property").Text() != parentKey || given.Field("object").Kind() != "identifier" {
		return false
	}
	child, parent := val.Field("object").Text(), given.Field("object").Text()
	fn := enclosingFunction(q.call)
	if fn.Kind() != "function_declaration" || fn.Parent().Kind() != "program" || child == parent {
		return false
	}
	params := namedNoComments(fn.Field("parameters"))
	if len(params) != 1 || params[0].Field("pattern").Kind() != "object_pattern" {
		return false
	}
	pattern := params[0].Field("pattern")
	for _, name := range []string{child, parent} {
		// Each a shorthand entry of the one parameter, seen as that
		// parameter at the write, never given another value.
		bound := false
		for _, p := range namedNoComments(pattern) {
			bound = bound || p.Kind() == "shorthand_property_identifier_pattern" && p.Text() == name
		}
		if scope, _ := bindingScope(val, name, -1); !bound || !sameNode(scope, fn) || reassigned(q.call, name, fn.Start()) {
			return false
		}
	}
	body := string(q.call.Tree().Src[fn.Start():q.call.Start()])
	if fieldWritten(body, key) || fieldWritten(body, parentKey) {
		return false
	}
	calls, ok := callsOf(fn)
	if !ok || len(calls) == 0 {
		return false
	}
	for _, c := range calls {
		if !q.passesChild(c, child, parent, rt.Opposite, parentKey, key) {
			return false
		}
	}
	return true
}

// callsOf lists the calls of fn, a function declared at the top of its
// file, by its name; ok is false when the name is read anywhere else (as
// a value, exported, bound again).
func callsOf(fn tsparse.Node) ([]tsparse.Node, bool) {
	name := fn.Field("name")
	root := fn.Parent()
	var calls []tsparse.Node
	ok := true
	root.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		switch n.Kind() {
		case "identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern":
			if n.Text() != name.Text() || sameNode(n, name) {
				return true
			}
			if p := n.Parent(); n.Kind() == "identifier" && p.Kind() == "call_expression" && sameNode(p.Field("function"), n) {
				calls = append(calls, p)
				return true
			}
			ok = false
		}
		return true
	})
	return calls, ok
}

// passesChild reports whether call gives its one object argument's
// entries child and parent names where `const <child> =
// <parent>.<list>[i]` and parent is a const row of a single-row query on
// the parent model, neither changed on the way to the call.
func (q *queryCheck) passesChild(call tsparse.Node, child, parent string, list *prisma.Field, parentKey, idName string) bool {
	args := namedNoComments(call.Field("arguments"))
	if len(args) != 1 || args[0].Kind() != "object" {
		return false
	}
	passed := map[string]string{}
	for _, e := range namedNoComments(args[0]) {
		k, v, ok := property(e)
		if !ok {
			if e.Kind() == "spread_element" {
				// A spread may give either entry.
				return false
			}
			continue
		}
		if v = uncast(v); v.Kind() == "identifier" || v.Kind() == "shorthand_property_identifier" {
			passed[k] = v.Text()
		} else {
			delete(passed, k)
		}
	}
	c, p := passed[child], passed[parent]
	if c == "" || p == "" || c == p {
		return false
	}
	cv, ok := constBefore(c, call)
	if !ok {
		return false
	}
	elem := uncast(cv)
	if elem.Kind() != "subscript_expression" || elem.Field("index").Kind() != "number" {
		return false
	}
	if _, err := strconv.Atoi(elem.Field("index").Text()); err != nil {
		return false
	}
	owner := uncast(elem.Field("object"))
	if owner.Kind() != "member_expression" || owner.Field("property").Text() != list.Name() || owner.Field("object").Kind() != "identifier" || owner.Field("object").Text() != p {
		return false
	}
	pv, ok := constBefore(p, cv)
	if !ok || !sameBinding(cv, call, p) || reassigned(call, p, pv.Start()) {
		return false
	}
	if !rowCall(uncastAwait(pv), delegateName(list.Model().Name)) {
		return false
	}
	src := call.Tree().Src
	between := string(src[pv.End():call.Start()])
	return !mutated(between, p) && !fieldWritten(between, list.Name()) && !fieldWritten(between, parentKey) && !fieldWritten(string(src[cv.End():call.Start()]), idName)
}
