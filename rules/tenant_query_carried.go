package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A list handed to a call may be changed by it, and so may a list handed
// on inside something else: an object (`fn({ ids })`, `fn({ list: ids
// })`), an array (`fn([ids])`), a spread of either (`fn(...[ids])`, `fn({
// ...{ ids } })`), or a name bound to any of these (`const alias = ids;
// fn(alias)`). A copy of the list's elements (`fn([...ids])`) or a value
// read from it (`fn(ids.length)`) does not hold the list.

// carried reports whether the value of n may be, or hold, a value whose
// dotted path through accepts.
func carried(n tsparse.Node, through func(string) bool) bool {
	n = uncast(n)
	switch n.Kind() {
	case "identifier", "member_expression", "this":
		return through(heldPath(n))
	case "shorthand_property_identifier":
		return through(n.Text())
	case "await_expression":
		return carried(firstNamed(n), through)
	case "call_expression":
		// The methods that change an array in place give it back
		// (`fn(ids.reverse())`).
		if f := n.Field("function"); f.Kind() == "member_expression" {
			switch f.Field("property").Text() {
			case "sort", "reverse", "fill", "copyWithin":
				return carried(f.Field("object"), through)
			}
		}
	case "object", "array":
		for _, e := range namedNoComments(n) {
			switch e.Kind() {
			case "pair":
				if carried(e.Field("value"), through) {
					return true
				}
			case "spread_element":
				if spreadCarries(firstNamed(e), through) {
					return true
				}
			default:
				if carried(e, through) {
					return true
				}
			}
		}
	case "ternary_expression":
		return carried(n.Field("consequence"), through) || carried(n.Field("alternative"), through)
	case "arrow_function", "function_expression", "method_definition":
		// A function that gives the list back to its caller
		// (`fn(() => ids)`, `fn(function () { return { ids }; })`,
		// `fn({ get() { return ids; } })`).
		body := n.Field("body")
		if body.Kind() != "statement_block" {
			return carried(body, through)
		}
		return anyNode(body, func(c tsparse.Node) bool {
			return c.Kind() == "return_statement" && sameNode(enclosingFunction(c), n) && carried(firstNamed(c), through)
		})
	case "binary_expression":
		switch n.Field("operator").Text() {
		case "||", "??", "&&":
			return carried(n.Field("left"), through) || carried(n.Field("right"), through)
		}
	case "assignment_expression":
		return carried(n.Field("right"), through)
	case "sequence_expression":
		if kids := namedNoComments(n); len(kids) > 0 {
			return carried(kids[len(kids)-1], through)
		}
	}
	return false
}

// spreadCarries reports whether spreading n (`...n`) may hand on a value
// through accepts: what an array or object written there holds, or the
// properties of a value the list is read through (`{ ...input }` holds
// input.docs), asked as the path "p.*". The elements of the list itself
// are not the list.
func spreadCarries(n tsparse.Node, through func(string) bool) bool {
	n = uncast(n)
	switch n.Kind() {
	case "object", "array":
		return carried(n, through)
	case "identifier", "member_expression":
		p := namePath(n)
		return p != "" && through(p+".*")
	}
	return false
}

// argumentCarries reports whether an argument a of call may hand the
// call a value through accepts. A Prisma operation only reads the
// objects it is given: only the argument itself counts there.
func argumentCarries(call, a tsparse.Node, through func(string) bool) bool {
	if f := call.Field("function"); f.Kind() == "member_expression" {
		if op := f.Field("property").Text(); slices.Contains(tsquery.Operations, op) || slices.Contains(tsquery.Creates, op) {
			return through(namePath(uncast(a)))
		}
	}
	if a.Kind() == "spread_element" {
		return spreadCarries(firstNamed(a), through)
	}
	return carried(a, through)
}

// listAlias is a name bound to the list, or to something holding it:
// for `const alias = input.docs` the path alias, for `const o = { ids }`
// the name o, any value read through which may hold the list (holds).
// from is where the binding ends.
type listAlias struct {
	path  string
	holds bool
	from  int
}

// listAliases are the names bound to the list at path, or to something
// holding it, in scope (a function or the program) and before end,
// aliases of aliases included: by a declaration or an assignment, also
// destructured (`const { docs } = input`, `const { ...rest } = input`),
// or an object given it (`holder.list = ids`).
func listAliases(scope tsparse.Node, end int, path string) []listAlias {
	if !scope.Valid() {
		return nil
	}
	var out []listAlias
	known := map[string]bool{path: true}
	for round := 0; round < 4; round++ {
		grew := false
		through := aliasThrough(path, out)
		scope.Walk(func(n tsparse.Node) bool {
			if n.Start() >= end {
				return false
			}
			var name, value tsparse.Node
			switch n.Kind() {
			case "variable_declarator":
				name, value = n.Field("name"), n.Field("value")
			case "assignment_expression":
				name, value = n.Field("left"), n.Field("right")
			default:
				return true
			}
			if !value.Valid() {
				return true
			}
			// add binds bound to the value at the path vp ("" for one
			// written out, which may hold the list anywhere).
			add := func(bound, vp string) {
				if known[bound] {
					return
				}
				known[bound] = true
				grew = true
				a := listAlias{path: bound, holds: true, from: n.End()}
				for _, r := range append([]listAlias{{path: path}}, out...) {
					if vp != "" && !r.holds && (vp == r.path || strings.HasPrefix(r.path, vp+".")) {
						a = listAlias{path: bound + r.path[len(vp):], from: n.End()}
						break
					}
				}
				out = append(out, a)
			}
			p := namePath(uncast(value))
			switch name.Kind() {
			case "identifier":
				if carried(value, through) {
					add(name.Text(), p)
				}
			case "member_expression", "subscript_expression":
				// `holder.list = ids`: the object written holds it now.
				if root := writtenRoot(name); root.Kind() == "identifier" && carried(value, through) {
					add(root.Text(), "")
				} else if bound, at, ok := thisAlias(name, p); ok && carried(value, through) {
					add(bound, at)
				}
			case "array_pattern":
				if carried(value, through) {
					for _, b := range patternNames(name, nil) {
						add(b, "")
					}
				}
			case "object_pattern":
				// `const { docs } = input`, `const { docs: d, ...rest } = input`.
				for _, e := range namedNoComments(name) {
					key, bound := "*", ""
					switch e.Kind() {
					case "shorthand_property_identifier_pattern":
						key, bound = e.Text(), e.Text()
					case "pair_pattern":
						if v := e.Field("value"); v.Kind() == "identifier" {
							key, bound = keyName(e.Field("key")), v.Text()
						}
					case "rest_pattern":
						if v := firstNamed(e); v.Kind() == "identifier" {
							bound = v.Text()
						}
					}
					switch {
					case bound == "":
					case p != "" && through(p+"."+key):
						if key == "*" {
							add(bound, "")
						} else {
							add(bound, p+"."+key)
						}
					case p == "" && carried(value, through):
						add(bound, "")
					}
				}
			}
			return true
		})
		if !grew {
			break
		}
	}
	return out
}

// aliasThrough accepts the paths whose value may be, or hold, the list at
// path or one of its aliases; "p.*" asks for any property of p.
func aliasThrough(path string, aliases []listAlias) func(string) bool {
	return func(p string) bool {
		if p == "" {
			return false
		}
		if base, ok := strings.CutSuffix(p, ".*"); ok {
			// Any property of base: a path read through it, or anything
			// of a value holding the list.
			if strings.HasPrefix(path, base+".") {
				return true
			}
			for _, a := range aliases {
				if !a.holds && strings.HasPrefix(a.path, base+".") || a.holds && (base == a.path || strings.HasPrefix(base, a.path+".")) {
					return true
				}
			}
			return false
		}
		if p == path || strings.HasPrefix(path, p+".") {
			return true
		}
		for _, a := range aliases {
			if p == a.path || !a.holds && strings.HasPrefix(a.path, p+".") || a.holds && strings.HasPrefix(p, a.path+".") {
				return true
			}
		}
		return false
	}
}

// thrownAway reports whether n is in the value of a throw that leaves the
// function (mismatchLeaves), with no function between: what a call there
// does to the list (`throw new AppError({ ids })`) is never seen by a
// use of it that the throw skips.
func thrownAway(n tsparse.Node) bool {
	for p := n.Parent(); p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
		if p.Kind() == "throw_statement" {
			return mismatchLeaves(p, p, tsparse.Node{})
		}
	}
	return false
}

// argumentsCarry reports whether an argument in args (an arguments node)
// may hand its call a value through accepts (argumentCarries).
func argumentsCarry(args tsparse.Node, through func(string) bool) bool {
	for _, a := range namedNoComments(args) {
		if argumentCarries(args.Parent(), a, through) {
			return true
		}
	}
	return false
}

// handedBetween reports whether, from the offset from to the call, any
// of the lists (by name, "" skipped) is changed or handed to a call that
// may change it (listChanged): a set check covers the elements the list
// held when it ran, and a call given the list may add others
// (`widen(ids)`, `widen({ ids })`).
func handedBetween(call tsparse.Node, from int, lists []string) bool {
	for _, l := range lists {
		if l == "" {
			continue
		}
		start := from
		if d, ok := constDeclarator(l, call); ok {
			// A list declared after from changes only from then on.
			start = max(start, d.End())
		}
		if listChangedFor(call, start, call.Start(), l, call) {
			return true
		}
	}
	return false
}

// leftBefore reports whether n is in a block that does not hold use and
// that, from n on, returns or throws on every path: the block ends so
// (leaves), holds no break or continue, and no catch around it in the
// function goes on. A call there changes nothing use sees (Shelf's
// partialCheckinBooking hands the checked ids to createNotes in a branch
// that returns).
func leftBefore(n, use tsparse.Node) bool {
	if !use.Valid() {
		return false
	}
	jumps := func(c tsparse.Node) bool { return c.Kind() == "break_statement" || c.Kind() == "continue_statement" }
	var block tsparse.Node
	for p := n.Parent(); p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
		if p.Kind() == "statement_block" && !spans(p, use) && leaves(p) && !anyNode(p, jumps) {
			block = p
			break
		}
	}
	if !block.Valid() {
		return false
	}
	for p := block.Parent(); p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
		if h := p.Field("handler"); p.Kind() == "try_statement" && spans(p.Field("body"), block) && h.Valid() && !leaves(h.Field("body")) {
			return false
		}
	}
	return true
}
