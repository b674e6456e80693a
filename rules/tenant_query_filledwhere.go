package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A where built as an object literal and then filled by assignment:
// openpanel's `const where: any = {}`, then `where.projectId = …` in
// both branches of an if/else, then `findMany({ where })`. The literal
// alone is not what the query gets. Each key assigned anywhere in the
// function may hold any value assigned to it (the weakest counts), and
// keeps its literal value (or none) unless every way to the call assigns
// it first. Anything else done to the object (a delete, a computed key,
// an assignment in a closure or deeper in it, the object given to a
// function or to another name) may change it in a way the rule cannot
// read: the where is then not seen.

// filledWhere judges the where n names when it is an object literal that
// the function fills by assignment or may change; ok is false when n is
// no such literal, or one nothing changes (read as written).
func (q *queryCheck) filledWhere(n tsparse.Node, m *prisma.Model, depth int) (v verdict, ok bool) {
	if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || !q.call.Valid() {
		return 0, false
	}
	decl, lit := whereLiteral(n)
	if !decl.Valid() {
		return 0, false
	}
	assigned, readable := whereAssignments(decl, n.Text())
	switch {
	case !readable && strings.HasPrefix(decl.Parent().Text(), "const"):
		// A const changed otherwise is asWritten's to judge: it knows
		// which uses leave the object as written.
		return 0, false
	case !readable:
		q.whereChanged = true
		return unseen, true
	case len(assigned) == 0:
		return 0, false
	}
	v = unconstrained
	// The literal's entries, each capped by what a later spread of the
	// literal may put in its place (unlessReplaced), as in a where
	// written whole: `{ organizationId, ...params.where }` then
	// `where.name = …` sends whatever params.where holds.
	literal := map[string]tsparse.Node{}
	for _, e := range lit.NamedChildren() {
		switch e.Kind() {
		case "pair", "shorthand_property_identifier":
			if e.Kind() == "pair" && e.Field("key").Kind() == "computed_property_name" {
				// It may name a key the function assigns.
				return unseen, true
			}
			key, val, _ := property(e)
			if _, ok := assigned[key]; ok {
				literal[key] = e
				continue
			}
			v = better(v, q.unlessReplaced(lit, e, q.entry(key, val, m, depth), m, depth))
		case "spread_element":
			v = better(v, q.unlessReplaced(lit, e, q.spread(firstNamed(e), m, depth+1), m, depth))
		}
	}
	for _, key := range slicesSortedKeys(assigned) {
		// A key assigned on every way to the call holds what was
		// assigned, whatever the literal's spreads put there.
		kv := constrained
		if !assignedBefore(decl, q.call, n.Text(), key) {
			kv = unconstrained
			if e, ok := literal[key]; ok {
				_, val, _ := property(e)
				kv = q.unlessReplaced(lit, e, q.entry(key, val, m, depth), m, depth)
			}
		}
		for _, val := range assigned[key] {
			kv = min(kv, q.entry(key, val, m, depth))
		}
		v = better(v, kv)
	}
	return v, true
}

func slicesSortedKeys(m map[string][]tsparse.Node) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// whereLiteral finds the declaration of the name n in a function holding
// n, before it, in a block holding it: a const, or a let the function
// never assigns again, whose value is an object literal. It returns the
// declarator and the literal, or zero Nodes.
func whereLiteral(n tsparse.Node) (decl, lit tsparse.Node) {
	name := n.Text()
	for fn := enclosingFunction(n); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		if !strings.Contains(string(n.Tree().Src[fn.Start():n.Start()]), name) {
			continue
		}
		d, found := bindingIn(fn, name, n)
		if !found {
			if paramBinds(fn, name) {
				return tsparse.Node{}, tsparse.Node{}
			}
			continue
		}
		if d.Kind() != "variable_declarator" || d.Field("name").Kind() != "identifier" || d.Parent().Kind() != "lexical_declaration" {
			return tsparse.Node{}, tsparse.Node{}
		}
		val := uncast(d.Field("value"))
		if val.Kind() != "object" {
			return tsparse.Node{}, tsparse.Node{}
		}
		if !strings.HasPrefix(d.Parent().Text(), "const") && assignedAnywhere(fn, name) {
			return tsparse.Node{}, tsparse.Node{}
		}
		return d, val
	}
	return tsparse.Node{}, tsparse.Node{}
}

// assignedAnywhere reports whether fn assigns the name itself anywhere:
// by an assignment, `name++`, as the variable of a for…of or for…in that
// does not declare its own, or by a var declaring it again (`var s = a;
// … var s = b;` is one binding given two values).
func assignedAnywhere(fn tsparse.Node, name string) bool {
	vars := 0
	return anyNode(fn, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "variable_declarator":
			if n.Parent().Kind() == "variable_declaration" && bindsName(n.Field("name"), name) {
				vars++
			}
			return vars > 1
		case "assignment_expression", "augmented_assignment_expression":
			return bindsName(uncast(n.Field("left")), name)
		case "update_expression":
			return bindsName(uncast(n.Field("argument")), name)
		case "for_in_statement":
			return loopRebinds(n, name)
		}
		return false
	})
}

// whereAssignments lists, by key, the values the function declaring decl
// assigns to `name.key` (statements of that function itself, not of a
// closure). readable is false when the object is used any other way than
// read by a field, spread, given as a Prisma call's where, or so filled.
func whereAssignments(decl tsparse.Node, name string) (assigned map[string][]tsparse.Node, readable bool) {
	fn := enclosingFunction(decl)
	assigned = map[string][]tsparse.Node{}
	readable = true
	fn.Walk(func(n tsparse.Node) bool {
		if !readable {
			return false
		}
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != name || sameNode(n, decl.Field("name")) {
			return true
		}
		p := n.Parent()
		switch {
		case prismaArgument(n, 0), p.Kind() == "spread_element":
		case objectAssigned(n, fn, assigned):
			// Object.assign(where, { custody: … }) assigns its keys.
		case p.Kind() == "member_expression" && sameNode(p.Field("object"), n):
			key := p.Field("property")
			up := p.Parent()
			switch {
			case up.Kind() == "assignment_expression" && sameNode(up.Field("left"), p):
				if key.Kind() != "property_identifier" || up.Parent().Kind() != "expression_statement" || !sameNode(enclosingFunction(up), fn) {
					readable = false
				} else {
					assigned[key.Text()] = append(assigned[key.Text()], up.Field("right"))
				}
			case up.Kind() == "augmented_assignment_expression", up.Kind() == "update_expression", up.Kind() == "unary_expression" && up.Field("operator").Text() == "delete":
				readable = false
			case up.Kind() == "call_expression" && sameNode(up.Field("function"), p):
				readable = false // where.x(): a method may change it
			case up.Kind() == "member_expression" && sameNode(up.Field("object"), p) && key.Text() == "AND" && up.Field("property").Text() == "push" &&
				up.Parent().Kind() == "call_expression" && sameNode(up.Parent().Field("function"), up):
				// where.AND.push(…) adds a condition every row must meet.
			case up.Kind() == "member_expression" && sameNode(up.Field("object"), p):
				// where.a.b: read, unless assigned or called.
				readable = !memberWritten(up)
			}
		default:
			readable = false
		}
		return readable
	})
	return assigned, readable
}

// memberWritten reports whether the member chain m, or a longer one
// holding it, is assigned, updated, deleted or called.
func memberWritten(m tsparse.Node) bool {
	for m.Parent().Kind() == "member_expression" && sameNode(m.Parent().Field("object"), m) {
		m = m.Parent()
	}
	p := m.Parent()
	switch p.Kind() {
	case "assignment_expression", "augmented_assignment_expression":
		return sameNode(p.Field("left"), m)
	case "update_expression":
		return true
	case "unary_expression":
		return p.Field("operator").Text() == "delete"
	case "call_expression":
		return sameNode(p.Field("function"), m)
	}
	return false
}

// prismaArgument reports whether n is read by a Prisma call: a value
// in its argument (`{ where }`, `where: { AND: [where, …] }`), which the
// client only reads, also through a const object the function uses only
// so (`const args = { where }`, then `findMany(args)`).
func prismaArgument(n tsparse.Node, depth int) bool {
	for at := n; depth < 4; at = at.Parent() {
		p := at.Parent()
		switch p.Kind() {
		case "pair":
			if !sameNode(p.Field("value"), at) {
				return false
			}
		case "object", "array", "parenthesized_expression", "as_expression", "satisfies_expression", "ternary_expression", "binary_expression":
		case "variable_declarator":
			// at is the whole value of a const: its uses decide.
			name := p.Field("name")
			if !sameNode(p.Field("value"), at) || name.Kind() != "identifier" || p.Parent().Kind() != "lexical_declaration" || !strings.HasPrefix(p.Parent().Text(), "const") {
				return false
			}
			fn := enclosingFunction(p)
			ok := true
			fn.Walk(func(u tsparse.Node) bool {
				if ok && (u.Kind() == "identifier" || u.Kind() == "shorthand_property_identifier") && u.Text() == name.Text() && !sameNode(u, name) {
					ok = prismaArgument(u, depth+1)
				}
				return ok
			})
			return ok
		case "arguments":
			call := p.Parent()
			fn := call.Field("function")
			op := fn.Field("property").Text()
			return call.Kind() == "call_expression" && fn.Kind() == "member_expression" && fn.Field("object").Kind() == "member_expression" &&
				(slices.Contains(tsquery.Operations, op) || strings.HasPrefix(op, "create"))
		default:
			return false
		}
	}
	return false
}

// objectAssigned reads `Object.assign(name, { k: v, … })`, a statement of
// fn itself, into assigned; false for any other use of n.
func objectAssigned(n, fn tsparse.Node, assigned map[string][]tsparse.Node) bool {
	args := n.Parent()
	call := args.Parent()
	list := namedNoComments(args)
	if args.Kind() != "arguments" || call.Kind() != "call_expression" || compact(call.Field("function").Text()) != "Object.assign" ||
		len(list) != 2 || !sameNode(list[0], n) || call.Parent().Kind() != "expression_statement" || !sameNode(enclosingFunction(call), fn) {
		return false
	}
	src := uncast(list[1])
	if src.Kind() != "object" {
		return false
	}
	entries := map[string][]tsparse.Node{}
	for _, e := range namedNoComments(src) {
		if e.Kind() == "pair" && e.Field("key").Kind() == "computed_property_name" {
			return false
		}
		key, val, ok := property(e)
		if !ok {
			return false
		}
		entries[key] = append(entries[key], val)
	}
	for k, v := range entries {
		assigned[k] = append(assigned[k], v...)
	}
	return true
}

// assignedBefore reports whether `name.key = …` runs before call on every
// way to it from the declaration decl: a statement before the one holding
// call, in decl's block or in a block between, assigns it, also in each
// branch of an if/else (a branch that leaves counts as one).
func assignedBefore(decl, call tsparse.Node, name, key string) bool {
	top := decl.Parent().Parent()
	for at := call; at.Valid() && !sameNode(at, top); at = at.Parent() {
		p := at.Parent()
		if p.Kind() != "statement_block" && !sameNode(p, top) {
			continue
		}
		for _, st := range namedNoComments(p) {
			if st.End() > at.Start() {
				break
			}
			if st.Start() > decl.Start() && assignsKey(st, name, key) {
				return true
			}
		}
	}
	return false
}

// assignsKey reports whether the statement st, run to its end, has assigned
// `name.key`.
func assignsKey(st tsparse.Node, name, key string) bool {
	switch st.Kind() {
	case "expression_statement":
		e := firstNamed(st)
		left := e.Field("left")
		return e.Kind() == "assignment_expression" && left.Kind() == "member_expression" && left.Field("object").Text() == name && left.Field("property").Text() == key
	case "statement_block":
		return slices.ContainsFunc(namedNoComments(st), func(s tsparse.Node) bool { return assignsKey(s, name, key) })
	case "if_statement":
		alt := st.Field("alternative")
		if !alt.Valid() {
			return false
		}
		if alt.Kind() == "else_clause" {
			alt = firstNamed(alt)
		}
		return branchAssigns(st.Field("consequence"), name, key) && branchAssigns(alt, name, key)
	}
	return false
}

func branchAssigns(b tsparse.Node, name, key string) bool {
	return assignsKey(b, name, key) || leaves(b)
}
