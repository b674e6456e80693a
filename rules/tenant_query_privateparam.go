package rules

import (
	"path/filepath"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// privateParamKey reports whether value, `<row>.<idName>`, reads the key
// of target from a row handed to a private method of a class (TS
// `private`, or a `#name`), proven by every call of that method:
// LangWatch's budgets,
//
//	private async resetBucket(params: { existing: GatewayBudget; … }) {
//	  const { existing, organizationId } = params;
//	  … upsert({ where: { budgetId_bucketScopeId: { budgetId: existing.id, … } } })
//	}
//	… const existing = await this.get(input.id, input.organizationId);
//	if (!existing) throw …;
//	await this.resetBucket({ existing, organizationId: input.organizationId, … });
//
// The row is a parameter of the method, or a name a const object pattern
// at the top of its body takes from one (no default); the method is no
// static, and its name appears in its class only as the callee of
// `this.<name>(…)` calls outside it, each calling that method
// (thisMethod), none of them with a spread before the argument. There
// each argument gives the row (a name or a property; the pattern's field
// of an object literal with no spread), whose key the proofs of a where's
// key accept where the call stands. A private member is read only inside
// its class, so these are all its callers, as long as the method has no
// decorator and, for TypeScript's private, which only the compiler keeps
// and not from `obj["name"]` or `as any`, the file names it nowhere else,
// calls no member by a computed name, and the class neither reads this
// by one nor hands this out (privateCalls).
func (q *queryCheck) privateParamKey(value string, target *prisma.Model, idName string) bool {
	name, rest, ok := strings.Cut(value, ".")
	if !ok || rest != idName || !isPlainName(name) || q.proofs >= 2 {
		return false
	}
	method, index, field := paramRow(q.call, name)
	if !method.Valid() || !privateMethod(method) {
		return false
	}
	calls, ok := privateCalls(method)
	if !ok || len(calls) == 0 || q.namedInOtherFile(method) {
		return false
	}
	deferred := readDeferred(method, q.call)
	for _, call := range calls {
		args := namedNoComments(call.Field("arguments"))
		if index >= len(args) {
			return false
		}
		if deferred && !callEnds(call, args[index]) {
			return false
		}
		for _, a := range args[:index+1] {
			if a.Kind() == "spread_element" {
				return false
			}
		}
		arg := uncast(args[index])
		if field != "" {
			arg = objectField(arg, field)
		}
		if arg.Kind() != "identifier" && arg.Kind() != "shorthand_property_identifier" && arg.Kind() != "member_expression" {
			return false
		}
		sub := *q
		sub.call, sub.proofs = call, q.proofs+1
		if !sub.verifiedKey(target, idName, compact(arg.Text())+"."+idName, "", tsparse.Node{}) {
			return false
		}
	}
	return true
}

// paramRow finds where the row name read at at comes from: a parameter of
// the method at index (field ""), or the field of an object parameter at
// index that `const { field: name } = param` at the top of the method's
// body takes, param not assigned in the method nor that field of it
// before. The method is invalid for anything else.
func paramRow(at tsparse.Node, name string) (method tsparse.Node, index int, field string) {
	scope, byStatement := bindingScope(at, name, -1)
	if !byStatement {
		if scope.Kind() != "method_definition" {
			return tsparse.Node{}, 0, ""
		}
		for i, p := range namedNoComments(scope.Field("parameters")) {
			if p.Kind() == "required_parameter" && p.Field("pattern").Kind() == "identifier" && p.Field("pattern").Text() == name && !p.Field("value").Valid() {
				return scope, i, ""
			}
		}
		return tsparse.Node{}, 0, ""
	}
	method = scope.Parent()
	if scope.Kind() != "statement_block" || method.Kind() != "method_definition" {
		return tsparse.Node{}, 0, ""
	}
	var decl tsparse.Node
	for _, st := range namedNoComments(scope) {
		if statementDeclares(st, name) {
			decl = st
			break
		}
	}
	declarators := namedNoComments(decl)
	if decl.Kind() != "lexical_declaration" || !strings.HasPrefix(decl.Text(), "const") || len(declarators) != 1 {
		return tsparse.Node{}, 0, ""
	}
	pattern, from := declarators[0].Field("name"), uncast(declarators[0].Field("value"))
	if pattern.Kind() != "object_pattern" || from.Kind() != "identifier" {
		return tsparse.Node{}, 0, ""
	}
	for _, e := range namedNoComments(pattern) {
		switch {
		case e.Kind() == "shorthand_property_identifier_pattern" && e.Text() == name:
			field = name
		case e.Kind() == "pair_pattern" && e.Field("value").Kind() == "identifier" && e.Field("value").Text() == name:
			field = keyName(e.Field("key"))
		}
	}
	if field == "" {
		return tsparse.Node{}, 0, ""
	}
	param := from.Text()
	if s, _ := bindingScope(from, param, -1); s != method || assignedAnywhere(method, param) || overwritten(decl, param+"."+field) {
		return tsparse.Node{}, 0, ""
	}
	for i, p := range namedNoComments(method.Field("parameters")) {
		if p.Kind() == "required_parameter" && p.Field("pattern").Kind() == "identifier" && p.Field("pattern").Text() == param && !p.Field("value").Valid() {
			return method, i, field
		}
	}
	return tsparse.Node{}, 0, ""
}

// privateMethod reports whether method is a private, non-static plain
// method of a class: `private name(…)` or `#name(…)`.
func privateMethod(method tsparse.Node) bool {
	if memberFlags(method) != "" || method.Parent().Kind() != "class_body" || decorated(method) {
		return false
	}
	if method.Field("name").Kind() == "private_property_identifier" {
		return true
	}
	for _, c := range method.Children() {
		if c.Kind() == "accessibility_modifier" && c.Text() == "private" {
			return true
		}
	}
	return false
}

// ownMember reports whether n, a name read outside the class of the
// method it names, is another class's own member of that name: the name
// of one of its methods or fields, or `this.<name>` in a class that
// declares it.
func ownMember(n tsparse.Node) bool {
	p := n.Parent()
	switch {
	case (p.Kind() == "method_definition" || p.Kind() == "public_field_definition") && sameNode(p.Field("name"), n):
		return true
	case p.Kind() != "member_expression" || !sameNode(p.Field("property"), n) || p.Field("object").Kind() != "this":
		return false
	}
	for c := p.Parent(); c.Valid(); c = c.Parent() {
		if c.Kind() != "class_body" {
			continue
		}
		for _, m := range c.NamedChildren() {
			if (m.Kind() == "method_definition" || m.Kind() == "public_field_definition") && m.Field("name").Text() == n.Text() {
				return true
			}
		}
		return false
	}
	return false
}

// decorated reports whether a decorator stands before method: it is
// handed the method, and may register it to be called from outside
// (`@OnEvent("budget.reset")`).
func decorated(method tsparse.Node) bool {
	for _, c := range method.Children() {
		if c.Kind() == "decorator" {
			return true
		}
	}
	var prev tsparse.Node
	for _, c := range method.Parent().NamedChildren() {
		if sameNode(c, method) {
			return prev.Kind() == "decorator"
		}
		if c.Kind() != "comment" {
			prev = c
		}
	}
	return false
}

// privateCalls lists the calls of method in its class: ok is false when
// its name appears in the file in any other way than as the callee of a
// `this.<name>(…)` call in the class outside method that calls method (a
// string, a property read, a call on another object, one inside method
// itself, anything outside the class), or the class reads a member of
// this by a computed name (`this[name]`). TypeScript's private is not
// kept at run time, nor by the compiler from `obj["name"]` or an `as any`.
func privateCalls(method tsparse.Node) (calls []tsparse.Node, ok bool) {
	body := method.Parent()
	name := method.Field("name").Text()
	root := body
	for root.Parent().Valid() {
		root = root.Parent()
	}
	hashName := strings.HasPrefix(name, "#")
	ok = true
	root.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if sameNode(n, method.Field("name")) {
			return true
		}
		switch n.Kind() {
		case "string", "template_string":
			if strings.Contains(n.Text(), strings.TrimPrefix(name, "#")) {
				ok = false
			}
			return ok
		case "subscript_expression":
			// A member by a computed name: of this in the class, or
			// called anywhere (`svc[op](row)`).
			idx := uncast(n.Field("index"))
			computed := idx.Kind() != "string" && idx.Kind() != "number"
			if computed && !hashName && (uncast(n.Field("object")).Kind() == "this" && spans(body, n) || n.Parent().Kind() == "call_expression" && sameNode(n.Parent().Field("function"), n)) {
				ok = false
			}
			return ok
		case "this":
			if !hashName && spans(body, n) && handsOutThis(n) {
				ok = false
			}
			return ok
		case "property_identifier", "private_property_identifier", "identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern":
		default:
			return true
		}
		if n.Text() != name {
			return true
		}
		if !spans(body, n) && ownMember(n) {
			return true
		}
		member := n.Parent()
		call := member.Parent()
		if !spans(body, n) || member.Kind() != "member_expression" || !sameNode(member.Field("property"), n) || member.Field("object").Kind() != "this" ||
			call.Kind() != "call_expression" || !sameNode(call.Field("function"), member) || spans(method, call) || !instanceThis(call, method) ||
			!strings.HasPrefix(name, "#") && !sameNode(thisMethod(call, name), method) {
			ok = false
			return false
		}
		calls = append(calls, call)
		return true
	})
	return calls, ok
}

// handsOutThis reports whether this, read in a class, is given away as a
// value (`const self = this`, `register(this)`, `return this`) rather
// than read a member of by name: `self[name]` then reaches any member.
func handsOutThis(this tsparse.Node) bool {
	n, p := this, this.Parent()
	for p.Kind() == "parenthesized_expression" || p.Kind() == "as_expression" || p.Kind() == "satisfies_expression" || p.Kind() == "non_null_expression" {
		n, p = p, p.Parent()
	}
	switch p.Kind() {
	case "member_expression":
		return !sameNode(p.Field("object"), n)
	case "subscript_expression":
		return !sameNode(p.Field("object"), n)
	}
	return true
}

// instanceThis reports whether this at call is an instance of method's
// class: call is in a non-static method of that class, or in arrow
// functions in one. (An ES private name is declared once in its class, so
// that method is the one `this.#name` calls there.)
func instanceThis(call, method tsparse.Node) bool {
	fn := enclosingFunction(call)
	for fn.Kind() == "arrow_function" {
		fn = enclosingFunction(fn)
	}
	return fn.Kind() == "method_definition" && sameNode(fn.Parent(), method.Parent()) && !strings.Contains(memberFlags(fn), "s")
}

// objectField is the value an object literal with no spread gives field
// once, or an invalid node.
func objectField(obj tsparse.Node, field string) tsparse.Node {
	if obj.Kind() != "object" {
		return tsparse.Node{}
	}
	var found tsparse.Node
	for _, e := range namedNoComments(obj) {
		k, v, ok := property(e)
		if !ok || k == field && found.Valid() {
			return tsparse.Node{}
		}
		if k == field {
			found = uncast(v)
		}
	}
	return found
}

// namedInOtherFile reports whether method, a TypeScript private one, is
// named in another file of the code: the compiler lets `(svc as any).name`
// and `svc["name"]` reach it from anywhere. Another class's own member of
// that name, and one read from a `new` of another class, are not it. An
// ES private name (#name) cannot be reached so.
func (q *queryCheck) namedInOtherFile(method tsparse.Node) bool {
	name := method.Field("name").Text()
	if strings.HasPrefix(name, "#") {
		return false
	}
	if q.helpers == nil {
		return true
	}
	class := method.Parent().Parent().Field("name")
	if !class.Valid() {
		return true
	}
	own := filepath.Clean(method.Tree().Path)
	// Read once per method for the whole run: each of its calls asks.
	return q.helpers.namedElsewhere.get([3]string{own, class.Text(), name}, func() bool {
		return q.helpers.namedOutside(own, class.Text(), name)
	})
}

// namedOutside is namedInOtherFile's search of the files other than own
// for name, a private method of class.
func (x *helperIndex) namedOutside(own, class, name string) bool {
	return calledOutside(x, own, name, func(root tsparse.Node) bool {
		reached := false
		root.Walk(func(n tsparse.Node) bool {
			if reached || n.Kind() == "comment" {
				return false
			}
			switch n.Kind() {
			case "string", "template_string":
				reached = strings.Contains(n.Text(), name) && mayReach(n, class)
				return false
			case "property_identifier", "identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern":
				reached = n.Text() == name && mayReach(n, class)
			}
			return true
		})
		return reached
	})
}

// mayReach reports whether n, the name of a private method of class read
// in another file, may reach it: it is not another class's own member of
// that name (ownMember) nor read from a `new C(…)` of another class.
func mayReach(n tsparse.Node, class string) bool {
	if ownMember(n) {
		return false
	}
	p := n.Parent()
	var obj tsparse.Node
	switch {
	case p.Kind() == "member_expression" && sameNode(p.Field("property"), n),
		p.Kind() == "subscript_expression" && sameNode(p.Field("index"), n):
		obj = uncast(p.Field("object"))
	}
	ctor := obj.Field("constructor")
	return obj.Kind() != "new_expression" || ctor.Kind() != "identifier" || ctor.Text() == class
}

// readDeferred reports whether method may read the row at at after its
// caller has gone on: at is in a function nested in method (a callback,
// run when its caller chooses), or method is async and awaits anything
// but at's own query, which may come first.
func readDeferred(method, at tsparse.Node) bool {
	if !sameNode(enclosingFunction(at), method) {
		return true
	}
	if !hasChild(method, "async") {
		return false
	}
	return anyNode(method.Field("body"), func(n tsparse.Node) bool {
		return n.Kind() == "await_expression" && !spans(n, at)
	})
}

// callEnds reports whether the caller changes nothing of arg, the row it
// hands over, before call ends: call is awaited, or is what the caller
// returns, or is an element of an awaited `Promise.all([…])` no other
// element of which names arg's root. Otherwise the caller may change it
// (`const p = this.m(row); row.id = other; await p`) before the method,
// past an await, reads it.
func callEnds(call, arg tsparse.Node) bool {
	up := func(n tsparse.Node) tsparse.Node {
		p := n.Parent()
		for p.Kind() == "parenthesized_expression" || p.Kind() == "as_expression" || p.Kind() == "satisfies_expression" || p.Kind() == "non_null_expression" {
			p = p.Parent()
		}
		return p
	}
	p := up(call)
	switch p.Kind() {
	case "await_expression", "return_statement":
		return true
	case "arrow_function":
		return sameNode(p.Field("body"), call)
	case "array":
		all := up(p)
		if all.Kind() != "arguments" || len(namedNoComments(all)) != 1 {
			return false
		}
		promise := all.Parent()
		if f := promise.Field("function").Text(); f != "Promise.all" && f != "Promise.allSettled" || up(promise).Kind() != "await_expression" {
			return false
		}
		root := splitRowPath(compact(uncast(arg).Text()))
		if len(root) == 0 {
			return false
		}
		for _, el := range namedNoComments(p) {
			if !spans(el, call) && wordRegexp(root[0]).MatchString(" "+el.Text()) {
				return false
			}
		}
		return true
	}
	return false
}
