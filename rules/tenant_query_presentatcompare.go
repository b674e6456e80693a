package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// nameWriteKinds are the nodes that may give a name another value: an
// assignment, `k++`, a loop that declares nothing of its own (`for (k of
// keys)`), and a var declared again (the same variable).
var nameWriteKinds = []string{"assignment_expression", "augmented_assignment_expression", "update_expression", "for_in_statement", "variable_declarator"}

// presentAtCompare reports whether other, the caller's side of a comparison
// with a nullable credential column, is a name the code has left on when
// it held one of the missing values need names, by the time of the
// comparison (conference-hall's `if (!apiKey) throw …` before `if
// (event.apiKey !== apiKey) throw …`). A missing key then never meets a
// keyless row at the comparison: `null !== "k"` leaves.
//
// The test must be one presentBy reads in the name's own scope (a closure
// that tests it, or a test in a block that may not run, proves nothing),
// and the name must keep the value tested: every write to it sits in the
// function that binds it and ends before the test. A write in a nested
// function (a closure, or another function of the module for a module's
// name) may run between the test and the comparison, whatever its place
// in the text, so it refuses the proof; so does any write after the test.
func presentAtCompare(other tsparse.Node, need absent) bool {
	v := uncast(other)
	if v.Kind() != "identifier" {
		return false
	}
	name := v.Text()
	scope, _ := bindingScope(v, name, -1)
	if !scope.Valid() {
		return false
	}
	home := scope
	if !functionKinds[home.Kind()] && home.Kind() != "program" {
		home = enclosingFunction(scope)
	}
	// Every write of the name in home is counted, whichever binding it
	// writes: a shadowing name's writes only make the proof refuse.
	lastWrite := -1
	nested := home.AnyOfKind(nameWriteKinds, func(w tsparse.Node) bool {
		if !writesName(w, name) {
			return false
		}
		if !sameNode(enclosingFunction(w), home) || inClassBody(w, home) {
			return true
		}
		lastWrite = max(lastWrite, w.End())
		return false
	})
	if nested || writtenUnseen(home, name) {
		return false
	}
	// A function declaration is hoisted: a call above it, before a test
	// above it, runs the comparison with the value untested. So is a
	// default export's function without a name (`export default async
	// function (slug) {…}`), which the grammar reads as an expression; an
	// arrow is not. Only tests inside the innermost such function count.
	top := scope
	for p := v.Parent(); p.Valid() && !sameNode(p, scope); p = p.Parent() {
		if p.Kind() == "function_declaration" || p.Kind() == "generator_function_declaration" || (p.Kind() == "function_expression" || p.Kind() == "generator_function") && p.Parent().Kind() == "export_statement" {
			top = p
			break
		}
	}
	return presentBy(top, name, v, lastWrite, v.Start(), need)
}

// inClassBody reports whether w, a write in home, sits in a class body:
// a field's initializer runs when the class is instantiated, which may be
// after the test though the class is written before it.
func inClassBody(w, home tsparse.Node) bool {
	for p := w.Parent(); p.Valid() && !sameNode(p, home); p = p.Parent() {
		if p.Kind() == "class_body" {
			return true
		}
	}
	return false
}

// writtenUnseen reports whether name, bound in home, may be written by
// code the write walk does not see: a direct eval in its scope (a strict
// eval still assigns the variables it sees), or, for a parameter of a
// function that has its own arguments, any use of arguments, which in a
// script is the parameters themselves (`const args = arguments; args[0]
// = null`).
func writtenUnseen(home tsparse.Node, name string) bool {
	param := home.Kind() != "arrow_function" && (bindsName(home.Field("parameters"), name) || bindsName(home.Field("parameter"), name))
	return home.AnyOfKind([]string{"identifier"}, func(id tsparse.Node) bool {
		switch id.Text() {
		case "eval":
			return true
		case "arguments":
			return param
		}
		return false
	})
}

// writesName reports whether w, a node of nameWriteKinds, may give name
// another value.
func writesName(w tsparse.Node, name string) bool {
	switch w.Kind() {
	case "assignment_expression", "augmented_assignment_expression":
		return writesThrough(writtenRoot(w.Field("left")), name)
	case "update_expression":
		return writesThrough(writtenRoot(w.Field("argument")), name)
	case "for_in_statement":
		return !loopDeclaresOwn(w) && bindsName(writtenRoot(w.Field("left")), name)
	case "variable_declarator":
		return w.Parent().Kind() == "variable_declaration" && bindsName(w.Field("name"), name)
	}
	return false
}

// writesThrough reports whether a write whose target's root is root may
// change name: root binds it, or root is `arguments`, which in a script
// is the parameters themselves (`arguments[0] = null`).
func writesThrough(root tsparse.Node, name string) bool {
	return bindsName(root, name) || root.Kind() == "identifier" && root.Text() == "arguments"
}
