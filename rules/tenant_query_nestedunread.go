package rules

import (
	"fmt"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// Nested writes given through a name. amplication builds the rows of a
// nested create in a list and hands the list over:
//
//	const rows = roles.map((role) => {
//	  return { resourceRole: { connect: { id: role.id } } };
//	});
//	await prisma.entityPermission.update({ …, data: { permissionRoles: { create: rows } } });
//
// The link inside was neither judged nor said: the list is a name, and the
// map's callback a block. Now a const list mentioned only where it is
// used is read as the value it was given (nothing else can change it), a
// callback whose block only returns a value is read as that value, and
// nested write data still unread is a notice when it may link a judged
// row, never silence.

// mapResult is what the callback fn of `list.map(fn)` makes of each
// element: its body, or the value its block only returns.
func mapResult(fn tsparse.Node) (tsparse.Node, bool) {
	if fn.Kind() != "arrow_function" {
		return tsparse.Node{}, false
	}
	body := fn.Field("body")
	if body.Kind() != "statement_block" {
		return body, body.Valid()
	}
	stmts := namedNoComments(body)
	if len(stmts) != 1 || stmts[0].Kind() != "return_statement" {
		return tsparse.Node{}, false
	}
	v := firstNamed(stmts[0])
	return v, v.Valid()
}

// mapResults is each value the callback fn of `list.map(fn)` may make of
// an element: its body, or the value of each return of its block,
// whatever statements come before (placemark's `features.map((f) => {
// const id = …; return { id, mapId }; })`). ok is false when a return
// gives nothing or the block may end without one: the rule cannot say
// what those rows hold. A name the block binds is not the one of the same
// text outside it, which the proofs would find by its text: a returned row
// reading a name the block binds, that the file also names outside the
// callback, is left unread.
func mapResults(fn tsparse.Node) ([]tsparse.Node, bool) {
	if fn.Kind() != "arrow_function" {
		return nil, false
	}
	body := fn.Field("body")
	if body.Kind() != "statement_block" {
		return []tsparse.Node{body}, body.Valid()
	}
	stmts := namedNoComments(body)
	if len(stmts) == 0 || stmts[len(stmts)-1].Kind() != "return_statement" {
		return nil, false
	}
	bound := blockBindings(body)
	for name := range bound {
		if !namedOutside(fn, name) {
			delete(bound, name)
		}
	}
	var out []tsparse.Node
	ok := true
	eachReturn(body, func(ret, value tsparse.Node) bool {
		v := firstNamed(ret)
		if !v.Valid() || readsAny(v, bound) {
			ok = false
			return false
		}
		out = append(out, v)
		return true
	})
	return out, ok && len(out) > 0
}

// blockBindings are the names a function's block declares (its own
// functions' excepted).
func blockBindings(body tsparse.Node) map[string]bool {
	names := map[string]bool{}
	body.Walk(func(n tsparse.Node) bool {
		if functionKinds[n.Kind()] {
			if name := n.Field("name"); name.Valid() {
				names[name.Text()] = true
			}
			return false
		}
		// A declarator, `for (const x of xs)`, a catch's parameter.
		for _, name := range boundIdentifiers(n) {
			names[name] = true
		}
		return true
	})
	return names
}

// namedOutside reports whether name is mentioned outside fn in the
// functions around it or at the module's level, where the proofs of a
// call in fn look (a sibling function's names are its own).
func namedOutside(fn tsparse.Node, name string) bool {
	found := false
	fn.Tree().Root().Walk(func(x tsparse.Node) bool {
		if found || spans(fn, x) || functionKinds[x.Kind()] && !spans(x, fn) {
			return false
		}
		switch x.Kind() {
		case "identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern":
			found = x.Text() == name
		}
		return !found
	})
	return found
}

// readsAny reports whether n mentions one of names.
func readsAny(n tsparse.Node, names map[string]bool) bool {
	return len(names) > 0 && anyNode(n, func(x tsparse.Node) bool {
		k := x.Kind()
		return (k == "identifier" || k == "shorthand_property_identifier") && names[x.Text()]
	})
}

// namedValues is what the const that id names holds, when id is its one
// mention besides its declaration and calls of its push, anywhere in the
// function declaring it (closures included): the value it was given, and
// for a list each argument pushed onto it. Nothing else can add to or
// change the list. (Reads of its length would be harmless too, but they
// bring writes into view whose keys come through a filter or a created
// row, which the proofs do not follow yet: ten false errors on the judged
// applications.)
func namedValues(id tsparse.Node) ([]tsparse.Node, bool) {
	if id.Kind() != "identifier" && id.Kind() != "shorthand_property_identifier" {
		return nil, false
	}
	v, ok := constValue(id)
	if !ok {
		return nil, false
	}
	name, src := id.Text(), id.Tree().Src
	decl := v.Parent().Field("name")
	values := []tsparse.Node{v}
	ok = true
	enclosingFunction(v).Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		k := n.Kind()
		if k != "identifier" && k != "shorthand_property_identifier" || n.End()-n.Start() != len(name) || string(src[n.Start():n.End()]) != name || n == id || n == decl {
			return true
		}
		member := n.Parent()
		call := member.Parent()
		if k != "identifier" || member.Kind() != "member_expression" || member.Field("object") != n || member.Field("property").Text() != "push" ||
			call.Kind() != "call_expression" || call.Field("function") != member || call.Parent().Kind() != "expression_statement" || uncast(v).Kind() != "array" {
			ok = false
			return false
		}
		values = append(values, namedNoComments(call.Field("arguments"))...)
		return true
	})
	return values, ok
}

// namedElements is what elements makes of each value namedValues finds
// for id.
func (q *queryCheck) namedElements(id tsparse.Node) ([]tsparse.Node, bool) {
	vs, ok := namedValues(id)
	if !ok {
		return nil, false
	}
	var out []tsparse.Node
	for _, v := range vs {
		out = append(out, q.elements(v)...)
	}
	return out, true
}

// unreadNested says the nested writes under the relation field f, given
// v, whose data the rule cannot read, when a row they create or update
// may link a judged row through a relation other than f's own (Prisma
// sets that one).
func (l *links) unreadNested(v tsparse.Node, f *prisma.Field) {
	target := f.Target()
	if !l.q.linksJudgedBesides(target, f.Relation.Opposite) {
		return
	}
	for _, nested := range l.q.objects(v) {
		for _, op := range nested.NamedChildren() {
			if key, val, ok := property(op); ok {
				l.unreadOp(op, key, val, target)
			}
		}
	}
}

// unreadOp says a nested write op (key: val) on target that holds data the
// rule cannot read.
func (l *links) unreadOp(op tsparse.Node, key string, val tsparse.Node, target *prisma.Model) {
	switch key {
	case "create", "createMany", "update", "upsert", "connectOrCreate":
	default:
		return
	}
	unread := false
	for _, el := range l.q.elements(val) {
		obj, ok := l.q.objectOf(el, 0)
		if !ok {
			unread = true
			break
		}
		// A wrapper's data must be readable too.
		for _, e := range obj.NamedChildren() {
			k, v, ok := property(e)
			if !ok || fieldByName(target, k) != nil || k != "data" && k != "create" && k != "update" {
				continue
			}
			for _, d := range l.q.elements(v) {
				if _, ok := l.q.objectOf(d, 0); !ok {
					unread = true
				}
			}
		}
	}
	if !unread {
		return
	}
	at := op
	if k := op.Field("key"); k.Valid() {
		at = k
	}
	l.out = append(l.out, queryFinding{Diagnostic{
		Range:   at.Range(),
		Message: fmt.Sprintf("cannot see what %s links through its nested %s on %q; build the nested data as objects in this function", l.what, key, target.Name),
	}, severity.Notice})
}

// linksJudgedBesides reports whether m has a relation to a judged model
// other than back, the relation its nested writes are made through.
func (q *queryCheck) linksJudgedBesides(m *prisma.Model, back *prisma.Field) bool {
	for _, f := range m.Fields {
		if f != back && f.Relation != nil && f.Target() != nil && q.judged(f.Target()) {
			return true
		}
	}
	return false
}
