package rules

import (
	"fmt"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// A const object is read through its literal when the function only adds
// entries to it: for a where that only narrows (Prisma ANDs every entry).
// A write's data is the other way round: `data.location = { connect: { id
// } }` after `const data = { name }` links a row the literal never shows,
// and Object.assign(data, { tags: { connect } }) as well. The links read
// what is added to the data (or to the argument object's data) after it
// is built, and say so when they cannot read it.

// addition is one change to a const object after its declaration: the
// keys it goes through from the object (a computed key is ""), and the
// value it is given; value is invalid when the change is not one the
// rule reads (a method call on an entry, `+=`, an object handed out).
type addition struct {
	path  []string
	value tsparse.Node
	at    tsparse.Node
}

// additions lists the changes to the object held by the binding name in
// scope, following aliases (`const b = a`) and functions of the file it
// is handed to.
func (q *queryCheck) additions(scope, name tsparse.Node, depth int, out *[]addition) {
	if name.Kind() != "identifier" || depth > 4 {
		return
	}
	text := name.Text()
	// A use bound by another declaration of the name (a const of the
	// same name in another block, a parameter of an inner function) is
	// another object. Only a let, a const or a parameter is told apart
	// so: a var is the function's wherever a block declares it.
	own, _ := bindingScope(name, text, -1)
	lexical := own.Valid() && (name.Parent().Kind() == "variable_declarator" && name.Parent().Parent().Kind() == "lexical_declaration" ||
		name.Parent().Kind() == "required_parameter" || name.Parent().Kind() == "optional_parameter")
	scope.Walk(func(n tsparse.Node) bool {
		if k := n.Kind(); (k == "identifier" || k == "shorthand_property_identifier") && n != name && n.Text() == text {
			if s, _ := bindingScope(n, text, -1); lexical && s.Valid() && s != own {
				return true
			}
			q.additionAt(n, depth, out)
		}
		return true
	})
}

// additionsOf lists the changes to the object the names hold, each once.
func (q *queryCheck) additionsOf(names []tsparse.Node) []addition {
	var adds []addition
	for _, name := range names {
		q.additions(enclosingFunction(name), name, 0, &adds)
	}
	seen := map[[2]int]bool{}
	out := adds[:0]
	for _, a := range adds {
		if k := [2]int{a.at.Start(), a.at.End()}; !seen[k] {
			seen[k] = true
			out = append(out, a)
		}
	}
	return out
}

// additionAt reads one use of the object's name.
func (q *queryCheck) additionAt(use tsparse.Node, depth int, out *[]addition) {
	top, path := use, []string(nil)
	for {
		if p, ok := wrapperOf(top); ok {
			top = p
			continue
		}
		p := top.Parent()
		if p.Kind() == "member_expression" && p.Field("object") == top {
			path = append(path, p.Field("property").Text())
		} else if p.Kind() == "subscript_expression" && p.Field("object") == top {
			path = append(path, stringKey(p.Field("index")))
		} else {
			break
		}
		top = p
	}
	up := top.Parent()
	if len(path) > 0 {
		switch {
		case up.Kind() == "assignment_expression" && up.Field("left") == top:
			*out = append(*out, addition{path, up.Field("right"), up})
		case up.Kind() == "augmented_assignment_expression" && up.Field("left") == top:
			// `data.parentId ??= id` (or ||=, &&=) may set the entry to
			// its right side, which is judged as an assignment's is;
			// another operator (`data.parentId += suffix`) gives it a
			// value no proof reads.
			value := up
			switch up.Field("operator").Text() {
			case "??=", "||=", "&&=":
				value = up.Field("right")
			}
			*out = append(*out, addition{path, value, up})
		case up.Kind() == "call_expression" && up.Field("function") == top:
			// data.tags.connect.push(x) changes the entry the method is on.
			*out = append(*out, addition{path[:len(path)-1], tsparse.Node{}, up})
		case up.Kind() == "arguments" || up.Kind() == "variable_declarator" && up.Field("value") == top ||
			up.Kind() == "assignment_expression" && up.Field("right") == top:
			// A named entry handed out may be changed where it goes; one
			// read under a computed key is a lookup (`after[field]`).
			if path[0] != "" && !q.readByPrisma(top) {
				*out = append(*out, addition{path, tsparse.Node{}, top})
			}
		}
		return
	}
	switch {
	case (up.Kind() == "array" || up.Kind() == "object" || up.Kind() == "pair" && up.Field("value") == top) && !q.readByPrisma(top):
		// Held by an array or an object (`const [alias] = [data]`,
		// `{ r: data }`, `{ data }`) outside a Prisma call's arguments:
		// changed through the holder. A const object holding it under a
		// key is read for its changes under that key (`holder.r.x = …`
		// is `data.x = …`); any other holder is a change unread.
		key, holder := "", tsparse.Node{}
		switch {
		case up.Kind() == "pair":
			key, holder = keyName(up.Field("key")), up.Parent()
		case top.Kind() == "shorthand_property_identifier":
			key, holder = top.Text(), up
		}
		decl := holder
		for p, ok := wrapperOf(decl); ok; p, ok = wrapperOf(decl) {
			decl = p
		}
		decl = decl.Parent()
		if key == "" || decl.Kind() != "variable_declarator" || decl.Parent().Kind() != "lexical_declaration" || decl.Field("name").Kind() != "identifier" {
			*out = append(*out, addition{nil, tsparse.Node{}, top})
			return
		}
		var held []addition
		q.additions(enclosingFunction(decl), decl.Field("name"), depth+1, &held)
		for _, a := range held {
			switch {
			case len(a.path) == 0 || a.path[0] == "":
				*out = append(*out, addition{nil, tsparse.Node{}, a.at})
			case a.path[0] == key:
				*out = append(*out, addition{a.path[1:], a.value, a.at})
			}
		}
	case up.Kind() == "variable_declarator" && up.Field("value") == top:
		q.additions(enclosingFunction(up), up.Field("name"), depth+1, out)
	case up.Kind() == "assignment_expression" && up.Field("right") == top:
		if l := up.Field("left"); l.Kind() == "identifier" {
			q.additions(enclosingFunction(up), l, depth+1, out)
		} else {
			*out = append(*out, addition{nil, tsparse.Node{}, up})
		}
	case up.Kind() == "arguments":
		call := up.Parent()
		args := namedNoComments(up)
		fn := call.Field("function")
		if fn.Kind() == "member_expression" && fn.Field("object").Text() == "Object" && fn.Field("property").Text() == "assign" {
			if len(args) == 0 || args[0] != top {
				return
			}
			for _, src := range args[1:] {
				obj, ok := q.objectOf(src, 0)
				if !ok {
					*out = append(*out, addition{nil, tsparse.Node{}, src})
					continue
				}
				for _, e := range namedNoComments(obj) {
					if k, v, ok := property(e); ok {
						*out = append(*out, addition{[]string{k}, v, e})
					} else {
						*out = append(*out, addition{nil, tsparse.Node{}, e})
					}
				}
			}
			return
		}
		if definesOn(fn) {
			// Object.defineProperty(data, "parentId", { value }) and
			// Reflect.set add entries a literal never shows.
			if len(args) > 0 && args[0] == top {
				*out = append(*out, addition{nil, tsparse.Node{}, call})
			}
			return
		}
		if q.prismaCall(call) || onlyRead(call, top) || readsOnly(fn) {
			return
		}
		// A function the rule does not read (a method, one imported
		// or declared elsewhere) may set any entry on what it is
		// handed (`helpers.fill(data, parentId)`).
		decl, ok := tsparse.Node{}, false
		if fn.Kind() == "identifier" {
			decl, ok = functionNamed(call.Tree(), fn.Text())
		}
		if !ok {
			*out = append(*out, addition{nil, tsparse.Node{}, top})
			return
		}
		params := namedNoComments(decl.Field("parameters"))
		for i, a := range args {
			if a != top || i >= len(params) {
				continue
			}
			if p := params[i].Field("pattern"); p.Kind() == "identifier" {
				q.additions(decl, p, depth+1, out)
			} else {
				*out = append(*out, addition{nil, tsparse.Node{}, top})
			}
		}
	}
}

// runsAfterWrite reports whether the change at, to the object the literal
// lit builds, can only run once the judged write has sent what it links:
// the write is awaited where it is called (a Prisma call sends nothing
// until then; `const p = create(…); emit(data); await p` sends the data
// emit may have changed), at is in the same function as the write (a
// callback or another function of the file may run at any time), and so
// is lit (a callback run again on the same object may send it after this
// run changed it), at is after the whole await in the text, and no loop holding both the write and at
// leaves lit out (the change would run before the next round's write on
// the same object; a literal in the loop's body is a new object each
// round, one in its initializer is not).
func (q *queryCheck) runsAfterWrite(at, lit tsparse.Node) bool {
	write := q.call
	if !write.Valid() || !at.Valid() || !lit.Valid() {
		return false
	}
	awaited := write.Parent()
	for awaited.Kind() == "parenthesized_expression" || awaited.Kind() == "as_expression" || awaited.Kind() == "satisfies_expression" || awaited.Kind() == "non_null_expression" {
		awaited = awaited.Parent()
	}
	fn := enclosingFunction(write)
	// A callback of the write's own then, catch or finally
	// (`create({ data }).catch((cause) => { throw new Failed({ data }) })`)
	// runs once the write has settled, its data sent.
	settled := settledCallbackOf(write, enclosingFunction(at))
	if !settled && (awaited.Kind() != "await_expression" || !sameNode(enclosingFunction(at), fn) || at.Start() < awaited.End()) || !sameNode(enclosingFunction(lit), fn) {
		return false
	}
	for p := write.Parent(); p.Valid() && !sameNode(p, fn); p = p.Parent() {
		switch p.Kind() {
		case "for_statement", "for_in_statement", "while_statement", "do_statement":
			// A literal of the loop's initializer, condition or
			// list is built once for every round: only one of its
			// body is a new object each round.
			if spans(p, at) && !spans(p.Field("body"), lit) {
				return false
			}
		}
	}
	return true
}

// settledCallbackOf reports whether cb is a function literal handed to a
// then, catch or finally chained on write itself (through other such
// links): it runs only once the write has settled.
func settledCallbackOf(write, cb tsparse.Node) bool {
	if !cb.Valid() || cb.Parent().Kind() != "arguments" {
		return false
	}
	call := cb.Parent().Parent()
	for depth := 0; depth < 4 && call.Kind() == "call_expression"; depth++ {
		callee := uncast(call.Field("function"))
		if callee.Kind() != "member_expression" {
			return false
		}
		switch callee.Field("property").Text() {
		case "then", "catch", "finally":
		default:
			return false
		}
		obj := uncast(callee.Field("object"))
		if sameNode(obj, write) {
			return true
		}
		call = obj
	}
	return false
}

// readsOnly reports whether fn is a built-in that reads the object it is
// handed and sets nothing on it: console's methods, Object.keys and the
// like.
func readsOnly(fn tsparse.Node) bool {
	if fn.Kind() != "member_expression" || declaredAround(fn, fn.Field("object").Text()) {
		return false
	}
	switch obj := fn.Field("object").Text(); obj {
	case "console":
		return true
	case "Object":
		switch fn.Field("property").Text() {
		case "keys", "values", "entries", "freeze", "isFrozen":
			return true
		}
	}
	return false
}

// definesOn reports whether fn is a built-in that sets entries on the
// object its first argument names.
func definesOn(fn tsparse.Node) bool {
	if fn.Kind() != "member_expression" {
		return false
	}
	switch fn.Field("object").Text() + "." + fn.Field("property").Text() {
	case "Object.defineProperty", "Object.defineProperties", "Reflect.set", "Reflect.defineProperty":
		return true
	}
	return false
}

// readByPrisma reports whether n only reaches the arguments of a Prisma
// call, directly or inside their object literals.
func (q *queryCheck) readByPrisma(n tsparse.Node) bool {
	for range 32 {
		p := n.Parent()
		switch p.Kind() {
		case "as_expression", "satisfies_expression", "parenthesized_expression", "non_null_expression", "array", "object":
		case "pair":
			if p.Field("value") != n {
				return false
			}
		case "arguments":
			return q.prismaCall(p.Parent())
		default:
			return false
		}
		n = p
	}
	return false
}

// stringKey is the key a subscript names when it is a string literal, or
// "" for any other index.
func stringKey(idx tsparse.Node) string {
	if idx.Kind() != "string" || strings.Contains(idx.Text(), `\`) {
		return ""
	}
	return strings.Trim(idx.Text(), `"'`)
}

// constObject is the object literal a const name holds (through other
// consts) and the names it is held by, or false.
func constObject(n tsparse.Node) (tsparse.Node, []tsparse.Node, bool) {
	var names []tsparse.Node
	for range 8 {
		n = uncast(n)
		switch n.Kind() {
		case "object":
			return n, names, true
		case "identifier", "shorthand_property_identifier":
			v, ok := constValue(n)
			if !ok || v.Parent().Kind() != "variable_declarator" {
				return tsparse.Node{}, nil, false
			}
			names = append(names, v.Parent().Field("name"))
			n = v
		default:
			return tsparse.Node{}, nil, false
		}
	}
	return tsparse.Node{}, nil, false
}

// addedToData judges what is added, after it is built, to val, the data
// of a write on m when it is a const: a relation entry set to nested
// writes is read as if written in the literal, and a change the rule
// cannot read on a relation entry (or under a key it cannot name) is a
// notice. A scalar entry is judged when it is a foreign key.
func (l *links) addedToData(val tsparse.Node, m *prisma.Model, depth int) {
	lit, names, ok := constObject(val)
	if !ok || len(names) == 0 {
		return
	}
	for _, a := range l.q.additionsOf(names) {
		if l.q.runsAfterWrite(a.at, lit) {
			continue
		}
		l.addedEntry(lit, m, a, names[0].Text(), depth)
	}
}

// addedEntry judges one addition a to the data lit of a write on m.
func (l *links) addedEntry(lit tsparse.Node, m *prisma.Model, a addition, name string, depth int) {
	if len(a.path) == 0 || a.path[0] == "" {
		l.unseenData(a.at, name)
		return
	}
	f := fieldByName(m, a.path[0])
	if f != nil && f.Kind == prisma.ScalarField && len(a.path) == 1 && a.value.Valid() && lit.Valid() {
		// A foreign key set after the literal (`data["parentId"] =
		// parentId`) links as one written in it.
		l.scalarLink(lit, a.at, m, a.path[0], a.value)
		return
	}
	if f == nil || f.Relation == nil || f.Target() == nil {
		return
	}
	if len(a.path) > 1 || !a.value.Valid() {
		l.unseenData(a.at, name)
		return
	}
	v := uncast(a.value)
	if k := v.Kind(); k == "undefined" || k == "null" || k == "identifier" && v.Text() == "undefined" {
		return
	}
	nested := l.q.objects(v)
	if len(nested) == 0 {
		l.unseenData(a.at, name)
		return
	}
	for _, n := range nested {
		l.relation(lit, m, n, f.Target(), depth)
	}
}

// addedToArgs judges what is added to the argument object of a write on
// m after it is built, under its data keys (data; an upsert's create and
// update).
func (l *links) addedToArgs(arg tsparse.Node, m *prisma.Model, upsert bool) {
	lit, names, ok := constObject(arg)
	if !ok || len(names) == 0 {
		return
	}
	for _, a := range l.q.additionsOf(names) {
		if l.q.runsAfterWrite(a.at, lit) {
			continue
		}
		switch {
		case len(a.path) == 0 || a.path[0] == "":
			l.unseenData(a.at, names[0].Text())
		case a.path[0] != "data" && !(upsert && (a.path[0] == "create" || a.path[0] == "update")):
		case len(a.path) == 1 && a.value.Valid():
			l.data(a.value, m, 0)
		case len(a.path) == 1:
			l.unseenData(a.at, names[0].Text())
		default:
			var data tsparse.Node
			for _, e := range namedNoComments(lit) {
				if k, v, ok := property(e); ok && k == a.path[0] {
					data, _ = l.q.objectOf(v, 0)
				}
			}
			l.addedEntry(data, m, addition{a.path[1:], a.value, a.at}, names[0].Text(), 0)
		}
	}
}

// unseenData is the notice for a change to a write's data the rule
// cannot read.
func (l *links) unseenData(at tsparse.Node, name string) {
	l.out = append(l.out, queryFinding{Diagnostic{
		Range:   at.Range(),
		Message: fmt.Sprintf("cannot see what %s links: %q changes after it is built; build its data whole in one const object", l.what, name),
	}, severity.Notice})
}
