package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// overwritten reports whether value, a key read from a row (`alert.id`,
// `doc.versions[0].id`), may no longer be what the row's query returned
// when at runs: somewhere in the function holding at (or the outermost
// one it is nested in) the row is assigned (`alert = other`, also in a
// destructuring), or so is the key or a part of the row holding it
// (`alert.id = x`, `doc.versions = x`). Every proof that follows a row by
// its name takes the name to hold that row; an assignment anywhere in the
// function, even after at, may run before at in a loop.
func overwritten(at tsparse.Node, value string) bool {
	return overwrittenUnless(at, value, nil)
}

// overwrittenUnless is overwritten leaving out the writes harmless reports
// (nil: none).
func overwrittenUnless(at tsparse.Node, value string, harmless func(tsparse.Node) bool) bool {
	path := splitRowPath(value)
	if len(path) < 2 {
		return false
	}
	outer, _ := functionChain(at)
	asked, settled := false, false    // settledLet(at, path[0]), once asked
	mixedAsked, mixed := false, false // mixedQueryRows(at, outer, path[0]), once asked
	vars := 0                         // `var` declarators of path[0] seen
	return outer.AnyOfKind(rowChangeKinds, func(n tsparse.Node) bool {
		if rebindsApart(n, at, path[0]) || harmless != nil && harmless(n) {
			return false
		}
		switch n.Kind() {
		case "variable_declarator":
			// A `var` declared again is assigned again, wherever its
			// block stands (`if (fresh) { var doc = lookup() }`).
			if n.Parent().Kind() != "variable_declaration" || !bindsName(n.Field("name"), path[0]) {
				return false
			}
			if vars++; vars > 1 {
				return true
			}
			// A var of a parameter's name given a value assigns the
			// parameter (varOfParameter).
			v := n.Field("value")
			return v.Valid() && varOfParameter(n, path[0]) && mayRunBefore(n, at, outer) && !spans(v, at)
		case "unary_expression":
			// `delete doc.id` leaves the key undefined, a filter Prisma
			// drops.
			return n.Field("operator").Text() == "delete" && mayRunBefore(n, at, outer) && overwrites(n.Field("argument"), path, tsparse.Node{})
		case "assignment_expression", "augmented_assignment_expression":
			right := n.Field("right")
			if !mayRunBefore(n, at, outer) || spans(right, at) {
				return false
			}
			if !overwrites(n.Field("left"), path, right) {
				// A query's row given to the whole name is judged where
				// it is made, when every query the name is given is an
				// awaited one of one model. The name may be spelt in
				// parentheses, cast or escaped (`(doc as any) = …`,
				// `d\u006fc = …`), and given by `??=`, `||=` or `&&=`.
				if left := uncast(n.Field("left")); left.Kind() != "identifier" || bindingName(left) != path[0] {
					return false
				}
				if n.Kind() != "assignment_expression" && !logicalAssignment(n) {
					return true // `doc += …` holds no row
				}
				if !mixedAsked {
					mixedAsked, mixed = true, mixedQueryRows(at, outer, path[0])
				}
				return mixed
			}
			if n.Kind() == "assignment_expression" && uncast(n.Field("left")).Kind() == "identifier" {
				// Filled before it is first read: one value from then on.
				if !asked {
					asked, settled = true, settledLet(at, path[0])
				}
				return !settled
			}
			return true
		case "call_expression":
			return mayRunBefore(n, at, outer) && !spans(n, at) && mutatesRow(n, path)
		case "for_in_statement":
			// `for (doc of docs)`, declaring nothing (or a var, the
			// function's own), gives the name (or the part of it its
			// target names) each element in turn.
			return !loopDeclaresOwn(n) && mayRunBefore(n, at, outer) && !spans(n.Field("right"), at) && overwrites(n.Field("left"), path, tsparse.Node{})
		}
		return false
	}) || changedByCall(at, path[0])
}

// rebindsApart reports whether n gives the name itself a new value (`inputs
// = …` or `for (inputs of list)`, not `inputs.id = …`) where the name is a binding of its own whose
// scope does not hold at: a sibling handler's parameter of the same name
// (`redirect: async (inputs) => { inputs = … }`), or a let of a block at
// is not in. n then rebinds another variable than the one at reads,
// though both are spelt alike. A field set through it is another matter:
// the two names may hold one object, so such writes are still read by
// name. A var is the whole function's, wherever it is declared, so a
// scope a var makes is never apart, nor is a loop's that declares
// nothing, nor a name bound nowhere in the file's functions.
func rebindsApart(n, at tsparse.Node, name string) bool {
	switch n.Kind() {
	case "assignment_expression", "augmented_assignment_expression":
	case "for_in_statement":
		if loopDeclaresOwn(n) {
			return false
		}
	default:
		return false
	}
	if left := uncast(n.Field("left")); left.Kind() != "identifier" || bindingName(left) != name {
		return false
	}
	scope, byStatement := bindingScope(n, name, -1)
	if !scope.Valid() || spans(scope, at) {
		return false
	}
	switch {
	case byStatement:
		// Only a let, const or class of the block; a function declared
		// in a block of a script is the function's too.
		for _, st := range scope.NamedChildren() {
			if d := declarationOf(st); d.Kind() != "lexical_declaration" && d.Kind() != "class_declaration" && statementDeclares(d, name) {
				return false
			}
		}
	case scope.Kind() == "for_in_statement":
		// `for (inputs of list)` gives the outer name each element.
		if k := scope.Field("kind").Text(); k != "let" && k != "const" {
			return false
		}
	case scope.Kind() == "for_statement":
		if scope.Field("initializer").Kind() != "lexical_declaration" {
			return false
		}
	}
	return true
}

// assignmentKinds are the kinds of node that assign to a left side.
var assignmentKinds = []string{"assignment_expression", "augmented_assignment_expression"}

// changeKinds are the nodes that may change a row or a list: assignments
// and calls.
var changeKinds = []string{"assignment_expression", "augmented_assignment_expression", "call_expression"}

// rowChangeKinds are changeKinds and the nodes that may change a row's
// name or key otherwise: a declarator (a `var` declared again), a unary
// expression (`delete row.id`) and a loop that declares no variable of
// its own.
var rowChangeKinds = append(slices.Clone(changeKinds), "variable_declarator", "unary_expression", "for_in_statement")

// mayRunBefore reports whether n, in the function outer, may run before
// at: it comes first, a loop of outer holds both, or a function declared
// in outer holds it (hoisted).
func mayRunBefore(n, at, outer tsparse.Node) bool {
	return n.Start() < at.Start() || inOneLoop(n, at, outer) || inHoisted(n, at, outer) || calledLater(n, at, outer)
}

// calledLater reports whether at stands in a function nested in outer,
// not holding n, that may be called after n runs: one handed to a timer
// or a promise's then (schedulers) or to a call not awaited before n
// (handedToRunLater), one kept in an object, or one given a name (`const
// archive = () => query`, a declaration) that is used other than called
// before n. What n does then comes before at although at stands first.
func calledLater(n, at, outer tsparse.Node) bool {
	for fn := at.Parent(); fn.Valid() && !sameNode(fn, outer) && spans(outer, fn); fn = fn.Parent() {
		if !functionKinds[fn.Kind()] || spans(fn, n) {
			continue
		}
		name := fn.Field("name")
		if fn.Kind() != "function_declaration" {
			p := fn.Parent()
			for p.Kind() == "parenthesized_expression" || p.Kind() == "as_expression" || p.Kind() == "satisfies_expression" {
				p = p.Parent()
			}
			switch p.Kind() {
			case "variable_declarator":
				name = p.Field("name")
			case "assignment_expression":
				if left := uncast(p.Field("left")); left.Kind() == "identifier" {
					name = left
				} else if n.Start() > fn.Start() {
					return true // kept on an object: `this.pending = () => query`
				}
			case "pair":
				// Kept in an object (`{ archive: () => query }`), to be
				// called through it.
				if n.Start() > fn.Start() {
					return true
				}
			case "arguments":
				if n.Start() > fn.Start() && handedToRunLater(p.Parent(), n) {
					return true
				}
			}
		}
		if name.Kind() != "identifier" {
			continue
		}
		if outer.AnyOfKind([]string{"identifier"}, func(use tsparse.Node) bool {
			if use.Text() != name.Text() || sameNode(use, name) {
				return false
			}
			call := use.Parent()
			calledFirst := call.Kind() == "call_expression" && sameNode(call.Field("function"), use) && call.End() <= n.Start() && !inOneLoop(n, call, outer)
			return !calledFirst
		}) {
			return true
		}
	}
	return false
}

// handedToRunLater reports whether call, given a function, may run it
// after n: a scheduler does, and so may any call but an array method's
// (which runs its callback at once) or one awaited before n.
func handedToRunLater(call, n tsparse.Node) bool {
	if scheduler(call) {
		return true
	}
	if call.Kind() != "call_expression" {
		return false // `new Promise(…)` runs its executor at once
	}
	if fn := uncast(call.Field("function")); fn.Kind() == "member_expression" && slices.Contains(callbackMethods, fn.Field("property").Text()) {
		return false
	}
	awaited := call.Parent()
	for awaited.Kind() == "parenthesized_expression" {
		awaited = awaited.Parent()
	}
	return awaited.Kind() != "await_expression" || n.Start() < call.End()
}

// schedulers are the calls that run the function they are given later:
// timers, and a promise's or an emitter's callbacks.
var schedulers = []string{"setTimeout", "setInterval", "setImmediate", "queueMicrotask", "process.nextTick", "then", "catch", "finally", "on", "once", "addListener", "addEventListener"}

// scheduler reports whether call is one of schedulers.
func scheduler(call tsparse.Node) bool {
	fn := uncast(call.Field("function"))
	if fn.Kind() == "member_expression" && slices.Contains(schedulers, fn.Field("property").Text()) {
		return true
	}
	return slices.Contains(schedulers, compact(fn.Text()))
}

// inHoisted reports whether a function declared inside outer, not
// holding at, holds n: it may be called, and n run, anywhere in outer,
// before at too, wherever it stands (`addRequested(); query; function
// addRequested() { ids.push(other) }`).
func inHoisted(n, at, outer tsparse.Node) bool {
	for p := n.Parent(); p.Valid() && !sameNode(p, outer) && p.Start() >= outer.Start() && p.End() <= outer.End(); p = p.Parent() {
		if (p.Kind() == "function_declaration" || p.Kind() == "generator_function_declaration") && !spans(p, at) {
			return true
		}
	}
	return false
}

// anyNode reports whether found holds for root or a node within it; the
// walk stops at the first.
func anyNode(root tsparse.Node, found func(tsparse.Node) bool) bool {
	hit := false
	root.Walk(func(n tsparse.Node) bool {
		hit = hit || found(n)
		return !hit
	})
	return hit
}

// inOneLoop reports whether a loop of the function outer holds both n and
// at: n, even after at, runs before at's next turn.
func inOneLoop(n, at, outer tsparse.Node) bool {
	for p := n.Parent(); p.Valid() && p.Start() >= outer.Start() && p.End() <= outer.End(); p = p.Parent() {
		switch p.Kind() {
		case "for_statement", "for_in_statement", "while_statement", "do_statement":
			if spans(p, at) {
				return true
			}
		}
		if sameNode(p, outer) {
			break
		}
	}
	return false
}

// queryResult reports whether right is the result of a Prisma call
// (`await tx.auditAsset.findUniqueOrThrow(…)`, a create): the proofs that
// follow a let judge those assignments themselves, and a query by another
// key is judged where it is made.
func queryResult(right tsparse.Node) bool {
	right = uncast(right)
	if right.Kind() == "await_expression" {
		right = uncast(firstNamed(right))
	}
	fn := right.Field("function")
	if right.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("object").Kind() != "member_expression" {
		return false
	}
	op := fn.Field("property").Text()
	return op == "create" || op == "createManyAndReturn" || slices.Contains(tsquery.Operations, op)
}

// mixedQueryRows reports whether name, where at reads it in the function
// outer, may hold what no one query gave it: a query's result is given to
// it (declared with it, or assigned before at) unawaited, a promise whose
// key is undefined, or queries of two models give it rows, one's key
// being no key of the other's (a Project's id given to a Doc's update).
// The proofs that follow a row by its name check the query bound to it,
// not the others it may hold instead.
//
//	let doc = await prisma.doc.findFirst({ where: { id, organizationId } });
//	if (!doc) doc = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
//	prisma.doc.update({ where: { id: doc.id }, … });
func mixedQueryRows(at, outer tsparse.Node, name string) bool {
	model := ""
	mixed := false
	given := func(v tsparse.Node) {
		if !queryResult(v) {
			return
		}
		awaited := uncast(v).Kind() == "await_expression"
		m := queryModel(v)
		mixed = !awaited || model != "" && m != model
		model = m
	}
	outer.Walk(func(n tsparse.Node) bool {
		if mixed {
			return false
		}
		switch n.Kind() {
		case "variable_declarator":
			if id := n.Field("name"); id.Kind() == "identifier" && bindingName(id) == name && n.End() < at.Start() && spans(n.Parent().Parent(), at) {
				given(n.Field("value"))
			}
		case "assignment_expression", "augmented_assignment_expression":
			if left := uncast(n.Field("left")); left.Kind() == "identifier" && bindingName(left) == name && mayRunBefore(n, at, outer) && !spans(n.Field("right"), at) {
				given(n.Field("right"))
			}
		}
		return true
	})
	return mixed
}

// logicalAssignment reports whether n, an augmented assignment, gives
// its left the right's value whole when it runs: `??=`, `||=`, `&&=`.
func logicalAssignment(n tsparse.Node) bool {
	switch n.Field("operator").Text() {
	case "??=", "||=", "&&=":
		return true
	}
	return false
}

// queryModel is the delegate a queryResult is read from: `doc` of `await
// tx.doc.findFirst(…)`.
func queryModel(right tsparse.Node) string {
	right = uncast(right)
	if right.Kind() == "await_expression" {
		right = uncast(firstNamed(right))
	}
	return right.Field("function").Field("object").Field("property").Text()
}

// overwrites reports whether assigning to left replaces the row path[0]
// or the part of it path names, with right, unless right is a query's
// result given to the whole name.
func overwrites(left tsparse.Node, path []string, right tsparse.Node) bool {
	left = uncast(left)
	switch left.Kind() {
	case "identifier":
		return bindingName(left) == path[0] && !queryResult(right)
	case "object_pattern", "array_pattern":
		hit := false
		left.Walk(func(n tsparse.Node) bool {
			switch n.Kind() {
			case "identifier", "shorthand_property_identifier_pattern":
				hit = hit || bindingName(n) == path[0]
			}
			return !hit
		})
		return hit
	case "member_expression", "subscript_expression":
		lp := splitRowPath(left.Text())
		if idx := uncast(left.Field("index")); left.Kind() == "subscript_expression" && idx.Kind() == "string" {
			// obj["name"] = …: the field name, as obj.name would.
			if op := splitRowPath(left.Field("object").Text()); len(op) > 0 {
				lp = append(op, stringValue(idx))
			}
		}
		if len(lp) == 0 {
			// obj[key] = …: any part of obj may change.
			root := left
			for root.Kind() == "member_expression" || root.Kind() == "subscript_expression" {
				root = uncast(root.Field("object"))
			}
			return root.Kind() == "identifier" && root.Text() == path[0]
		}
		if len(lp) > len(path) {
			return false
		}
		for i := range lp {
			// doc.versions = x replaces the list doc.versions[0] is taken from.
			if lp[i] != path[i] && (i < len(lp)-1 || lp[i]+"[]" != path[i]) {
				return false
			}
		}
		return true
	}
	return false
}
