package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A module's `let currentOrg`, set per request (by a middleware, or at
// the top of a handler), holds the organization of whichever request set
// it last: while one request awaits, another runs and sets it. Read after
// an await, it may be another request's tenant, so it filters by no
// tenant of the caller's. Read before the function's first await, it is
// still the value this request set (the code between runs without
// interruption); a module const never changes.

// sharedAfterAwait reports whether the name id is bound by a module-level
// let or var, not by a function holding id, and read after an await of
// the function holding it.
func sharedAfterAwait(id tsparse.Node) bool {
	name := id.Text()
	if name == "" || name == "undefined" {
		return false
	}
	fn := enclosingFunction(id)
	if !fn.Valid() || fn.Kind() == "program" {
		return false
	}
	for f := fn; f.Valid() && f.Kind() != "program"; f = enclosingFunction(f) {
		if _, found := bindingIn(f, name, id); found {
			return false
		}
		if _, isParam := parameterMayBeUndefined(f, name); isParam {
			return false
		}
	}
	return moduleMutable(id.Tree().Root(), name) && awaitedBefore(id)
}

// awaitedBefore reports whether the function holding at awaits before
// it (an await in a loop with it too, whose turn before ran it, and a
// `for await` around it), or runs later itself (deferredCallback): other
// requests may run in between.
func awaitedBefore(at tsparse.Node) bool {
	fn := enclosingFunction(at)
	if !fn.Valid() || fn.Kind() == "program" {
		return false
	}
	if deferredCallback(fn) {
		return true
	}
	return anyNode(fn, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "await_expression":
			return (n.End() <= at.Start() || inOneLoop(n, at, fn)) && sameNode(enclosingFunction(n), fn)
		case "for_in_statement":
			return hasChild(n, "await") && spans(n.Field("body"), at) && sameNode(enclosingFunction(n), fn)
		}
		return false
	})
}

// moduleGetterOf is the module variable the function call calls returns,
// "" when none: a function of the module without parameters whose every
// return gives a let or var of the module (`function getOrg() { return
// currentOrg; }`, `const getOrg = () => currentOrg`).
func moduleGetterOf(call tsparse.Node) string {
	callee := call.Field("function")
	if callee.Kind() != "identifier" || len(namedNoComments(call.Field("arguments"))) != 0 {
		return ""
	}
	root := call.Tree().Root()
	fn := uncast(moduleConst(root, callee.Text(), false))
	for _, st := range namedNoComments(root) {
		st = declarationOf(st)
		if st.Kind() == "function_declaration" && st.Field("name").Text() == callee.Text() && bindings(root, callee.Text()) == 1 {
			fn = st
		}
	}
	return getterOf(fn, root)
}

// getterOf is the let or var of the module whose program is root that
// every return of fn gives, "" when none: fn takes no parameter.
func getterOf(fn, root tsparse.Node) string {
	if fn.Kind() != "function_declaration" && fn.Kind() != "arrow_function" && fn.Kind() != "function_expression" {
		return ""
	}
	if params := fn.Field("parameters"); fn.Field("parameter").Valid() || params.Valid() && len(namedNoComments(params)) > 0 {
		return ""
	}
	returned := func(v tsparse.Node) string {
		if v = uncast(v); v.Kind() == "identifier" && moduleMutable(root, v.Text()) {
			return v.Text()
		}
		return ""
	}
	if body := fn.Field("body"); body.Kind() != "statement_block" {
		return returned(body)
	}
	name, others := "", false
	anyNode(fn.Field("body"), func(n tsparse.Node) bool {
		if n.Kind() == "return_statement" && sameNode(enclosingFunction(n), fn) {
			if r := returned(firstNamed(n)); r != "" && (name == "" || name == r) {
				name = r
			} else {
				others = true
			}
		}
		return others
	})
	if others {
		return ""
	}
	return name
}

// moduleMutable reports whether the file's top level declares name once,
// with let or var.
func moduleMutable(root tsparse.Node, name string) bool {
	if bindings(root, name) != 1 {
		return false
	}
	for _, st := range namedNoComments(root) {
		st = declarationOf(st)
		mutable := st.Kind() == "variable_declaration" || st.Kind() == "lexical_declaration" && strings.HasPrefix(st.Text(), "let")
		if !mutable {
			continue
		}
		for _, d := range namedNoComments(st) {
			if d.Kind() == "variable_declarator" && d.Field("name").Kind() == "identifier" && d.Field("name").Text() == name {
				return true
			}
		}
	}
	return false
}

// sharedTenant is the name of the module variable read after an await
// that c's where gives a tenant field, "" when there is none.
func (q *queryCheck) sharedTenant(c tsquery.Call) string {
	where, ok := q.whereObject(c)
	if !ok {
		return ""
	}
	name := ""
	anyNode(where, func(n tsparse.Node) bool {
		if key, val, ok := property(n); ok && slices.Contains(q.tenantNames, key) {
			name = sharedRead(val, q.importedShared)
		}
		return name != ""
	})
	return name
}

// sharedRead is the module variable read after an await
// (sharedAfterAwait) that the value v may be, "" when none: v itself, a
// branch of a choice (`admin ? orgId : currentOrg`, `currentOrg ??
// orgId`), one inside parentheses, a cast or a `!`, one a function of
// the module returns (`getOrg()`, moduleGetterOf), or a static field of a
// class of the module (`RequestContext.orgId`, staticField), which every
// request shares as it shares a let, or a field of a singleton service
// one of its methods sets (`this.currentOrg`, singletonField). Either
// branch may be the one taken. An element of a list (`{ in: [currentOrg]
// }`) and the value of `equals` or `in` are read the same way. imported,
// when given, finds such a value in another file (importedShared).
func sharedRead(v tsparse.Node, imported func(tsparse.Node) string) string {
	if imported != nil {
		switch v.Kind() {
		case "identifier", "shorthand_property_identifier", "call_expression", "member_expression":
			if name := imported(v); name != "" && awaitedBefore(v) {
				return name
			}
		}
	}
	switch v.Kind() {
	case "identifier", "shorthand_property_identifier":
		if sharedAfterAwait(v) {
			return v.Text()
		}
	case "ternary_expression":
		if name := sharedRead(v.Field("consequence"), imported); name != "" {
			return name
		}
		return sharedRead(v.Field("alternative"), imported)
	case "binary_expression":
		switch v.Field("operator").Text() {
		case "??", "||", "&&":
			if name := sharedRead(v.Field("left"), imported); name != "" {
				return name
			}
			return sharedRead(v.Field("right"), imported)
		}
	case "parenthesized_expression", "non_null_expression", "as_expression", "satisfies_expression":
		return sharedRead(firstNamed(v), imported)
	case "call_expression":
		if name := moduleGetterOf(v); name != "" && awaitedBefore(v) {
			return name
		}
	case "member_expression":
		if (staticField(v) || singletonField(v)) && awaitedBefore(v) {
			return compact(v.Text())
		}
	case "array":
		for _, e := range namedNoComments(v) {
			if e.Kind() == "spread_element" {
				e = firstNamed(e)
			}
			if name := sharedRead(e, imported); name != "" {
				return name
			}
		}
	case "object":
		for _, e := range namedNoComments(v) {
			if k := keyName(e.Field("key")); e.Kind() == "pair" && (k == "equals" || k == "in") {
				if name := sharedRead(e.Field("value"), imported); name != "" {
					return name
				}
			}
		}
	}
	return ""
}

// staticField reports whether v, `C.f`, reads a static field of the
// module's class C that is not readonly: `class RequestContext { static
// orgId: string }`, set per request.
func staticField(v tsparse.Node) bool {
	class, field := v.Field("object"), v.Field("property")
	if class.Kind() != "identifier" || field.Kind() != "property_identifier" {
		return false
	}
	root := v.Tree().Root()
	if bindings(root, class.Text()) != 1 {
		return false
	}
	for _, st := range namedNoComments(root) {
		st = declarationOf(st)
		if st.Kind() != "class_declaration" && st.Kind() != "abstract_class_declaration" || st.Field("name").Text() != class.Text() {
			continue
		}
		if staticMutable(st, field.Text()) {
			return true
		}
	}
	return false
}

// staticMutable reports whether class declares a static field named
// field that is not readonly.
func staticMutable(class tsparse.Node, field string) bool {
	for _, m := range namedNoComments(class.Field("body")) {
		if m.Kind() == "public_field_definition" && keyName(m.Field("name")) == field && hasChild(m, "static") && !hasChild(m, "readonly") {
			return true
		}
	}
	return false
}

// singletonServiceDecorators are the decorators of a class the framework
// makes one instance of, shared by every request: NestJS's default scope,
// typedi's and routing-controllers'.
var singletonServiceDecorators = []string{"Injectable", "Controller", "Service", "Resolver", "JsonController"}

// singletonField reports whether v, `this.f`, reads a field of a
// singleton service (singletonServiceDecorators, not `Scope.REQUEST`)
// that a method of the class other than the constructor sets: `this.f =
// orgId` in one request's call, read by another's after an await.
func singletonField(v tsparse.Node) bool {
	field := v.Field("property")
	if v.Field("object").Kind() != "this" || field.Kind() != "property_identifier" {
		return false
	}
	class := v.Parent()
	for class.Valid() && class.Kind() != "class_declaration" && class.Kind() != "abstract_class_declaration" {
		if class.Kind() == "function_declaration" || class.Kind() == "function_expression" || class.Kind() == "class" {
			return false // another this
		}
		class = class.Parent()
	}
	if !class.Valid() || !singletonService(class) {
		return false
	}
	return anyNode(class.Field("body"), func(n tsparse.Node) bool {
		if n.Kind() != "assignment_expression" && n.Kind() != "augmented_assignment_expression" {
			return false
		}
		left := uncast(n.Field("left"))
		if left.Kind() != "member_expression" || left.Field("object").Kind() != "this" || left.Field("property").Text() != field.Text() {
			return false
		}
		m := n.Parent()
		for m.Valid() && m.Kind() != "method_definition" {
			m = m.Parent()
		}
		return m.Valid() && keyName(m.Field("name")) != "constructor"
	})
}

// singletonService reports whether class carries a decorator of
// singletonServiceDecorators, not asking for an instance per request.
func singletonService(class tsparse.Node) bool {
	decorators := class.Children()
	if p := class.Parent(); p.Kind() == "export_statement" {
		decorators = append(decorators, p.Children()...)
	}
	for _, d := range decorators {
		if d.Kind() != "decorator" {
			continue
		}
		text := compact(d.Text())
		name := strings.TrimPrefix(text, "@")
		if i := strings.IndexAny(name, "(."); i >= 0 {
			name = name[:i]
		}
		if slices.Contains(singletonServiceDecorators, name) && !strings.Contains(text, "Scope.REQUEST") {
			return true
		}
	}
	return false
}

// deferredCallback reports whether fn is given to a call that runs it
// once the current code has yielded: `p.then(fn)`, `.catch`, `.finally`,
// `setTimeout(fn)`, `setImmediate`, `queueMicrotask`,
// `process.nextTick`.
func deferredCallback(fn tsparse.Node) bool {
	args := fn.Parent()
	if args.Kind() != "arguments" {
		return false
	}
	callee := args.Parent().Field("function")
	switch callee.Kind() {
	case "member_expression":
		switch callee.Field("property").Text() {
		case "then", "catch", "finally":
			return true
		}
		return compact(callee.Text()) == "process.nextTick"
	case "identifier":
		switch callee.Text() {
		case "setTimeout", "setImmediate", "queueMicrotask":
			return true
		}
	}
	return false
}
