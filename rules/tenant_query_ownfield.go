package rules

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// tenantThisMember is the `this.<field>` c's argument object gives a
// tenant field of target in its part (where, data, create), in an object
// without spreads that may hold one (tenantName's reading); an invalid
// node if the tenant is given anything else.
func (q *queryCheck) tenantThisMember(c tsquery.Call, part string, target *prisma.Model) tsparse.Node {
	obj, ok := q.argsPart(c, part)
	if !ok {
		return tsparse.Node{}
	}
	var found tsparse.Node
	for _, d := range obj.NamedChildren() {
		if d.Kind() == "spread_element" {
			spread := uncast(firstNamed(d))
			for _, f := range target.Fields {
				if q.isTenantField(target, f.Name()) && !spreadLacks(spread, f.Name(), 0) {
					return tsparse.Node{}
				}
			}
			continue
		}
		dk, dv, ok := property(d)
		if !ok || !q.isTenantField(target, dk) {
			continue
		}
		dv = uncast(dv)
		if dv.Kind() != "member_expression" || dv.Field("object").Kind() != "this" || dv.Field("property").Kind() != "property_identifier" {
			return tsparse.Node{}
		}
		found = dv
	}
	return found
}

// sameOwnField reports whether member, `this.<field>` in fn, a method
// that call calls on this, reads the value the same `this.<field>` has
// wherever the caller's method reads it: the object's own tenant, the
// evolution-api services' `this.instanceId`, set once when the object is
// made. A row fn finds with it is then a row of the tenant the caller's
// object holds, as an inline query's would be. It holds when
//   - call is `this.<method>(…)` in a method of fn's class, whose this is
//     the caller's own (an arrow function's this is its method's; a
//     function expression's is another): a helper called on another
//     object (`other.get(k)`) reads that object's field;
//   - the class extends nothing (a base class may declare the field a
//     getter, a setter, or set it in its methods), no file extends it
//     (a subclass may do the same) or reaches its prototype, and no file
//     declares a getter of that name (it may give another value each
//     read);
//   - the judged call gives no tenant but the same `this.<field>`
//     (writesOwnTenantOnly): the row is this object's tenant's, and a
//     create of another tenant's linking it would cross tenants;
//   - the field is set only in the class's constructor, exactly once, by
//     a parameter property or one assignment, and nothing runs a method
//     while the object is made (thisUsedWhileMade: a helper run then
//     reads the field unset, and Prisma drops a where's undefined): no method nor any other
//     code of the file sets a member of that name on any object, nor
//     Object.assign, defineProperty, Reflect.set, and no other file sets
//     a member of that name on an object (its text is read: erring toward
//     a setting only refuses).
//
// The value is judged as a where's own tenant value (tenantValue: a
// singleton service's field set per request is no tenant).
func (q *queryCheck) sameOwnField(call, fn, member tsparse.Node) bool {
	if calledOnThis(call) == "" || fn.Kind() != "method_definition" || memberFlags(fn) != "" || !sameNode(thisOwner(member), fn) {
		return false
	}
	caller := thisOwner(call)
	if caller.Kind() != "method_definition" || memberFlags(caller) != "" || !sameNode(caller.Parent(), fn.Parent()) {
		return false
	}
	return q.stableOwnField(member)
}

// stableOwnField reports whether member, `this.<field>` read in a method
// (not static, not an accessor) of a class, is one value for the object's
// whole life and the judged call writes no other tenant: sameOwnField's
// reading of the class, the file and the other files.
func (q *queryCheck) stableOwnField(member tsparse.Node) bool {
	field := member.Field("property").Text()
	method := thisOwner(member)
	body := method.Parent()
	if method.Kind() != "method_definition" || memberFlags(method) != "" || body.Kind() != "class_body" || member.Field("object").Kind() != "this" || member.Field("property").Kind() != "property_identifier" {
		return false
	}
	class := body.Parent()
	name := class.Field("name")
	if class.Kind() != "class_declaration" || !name.Valid() || hasChild(class, "class_heritage") || q.helpers == nil {
		return false
	}
	// A decorator runs code the class does not show, handed the class,
	// its prototype or a method's descriptor: it may return a subclass
	// or replace the helper (`@Evil class Svc`, `@Replace get(…)`).
	decorated := class
	if p := class.Parent(); p.Kind() == "export_statement" {
		decorated = p
	}
	if anyNode(decorated, func(n tsparse.Node) bool { return n.Kind() == "decorator" }) {
		return false
	}
	r := q.helpers.replaceable()
	if r.getters[field] || q.helpers.prototypeReached(name.Text()) || q.helpers.classExtended(name.Text()) || q.helpers.classHandedOn(name.Text()) {
		return false
	}
	if tenantValue(member, 0) != constrained || q.provesNothing(member) || !q.writesOwnTenantOnly(field) {
		return false
	}
	// A member of the class of that name other than the field: a method,
	// an accessor, a static field.
	for _, m := range namedNoComments(body) {
		if keyName(m.Field("name")) != field {
			continue
		}
		if m.Kind() != "public_field_definition" || hasChild(m, "static") {
			return false
		}
	}
	root := class
	for root.Parent().Valid() {
		root = root.Parent()
	}
	if bytes.Contains([]byte(root.Text()), []byte("Object.assign")) || bytes.Contains([]byte(root.Text()), []byte("definePropert")) || callsMemberSetters([]byte(root.Text())) || namesAsArgument([]byte(root.Text()), field) {
		return false
	}
	setsInConstructor := 0
	if ctor := soleMember(body, "constructor"); ctor.Valid() {
		// A return of the constructor's own may leave before the field
		// is set (undefined, a filter Prisma drops), or hand back
		// another object than the one made.
		if anyNode(ctor.Field("body"), func(n tsparse.Node) bool {
			return n.Kind() == "return_statement" && sameNode(enclosingFunction(n), ctor)
		}) {
			return false
		}
		for _, p := range namedNoComments(ctor.Field("parameters")) {
			if bindsName(p, field) && (hasChild(p, "accessibility_modifier") || hasChild(p, "readonly")) {
				setsInConstructor++ // constructor(private instanceId: string)
				if p.Kind() != "required_parameter" || p.Field("value").Valid() || typeHasUndefined(p.Field("type")) {
					// `private instanceId?: string`, or one typed
					// `string | undefined`, may be left undefined, a
					// filter Prisma drops; a default is another value
					// the caller did not choose.
					setsInConstructor = 2
				}
			}
		}
	}
	elsewhere := anyNode(root, func(n tsparse.Node) bool {
		var left tsparse.Node
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression", "for_in_statement":
			left = n.Field("left")
		case "update_expression":
			left = n.Field("argument")
		case "unary_expression":
			// `delete this.instanceId` leaves it undefined.
			if n.Field("operator").Text() != "delete" {
				return false
			}
			left = n.Field("argument")
		default:
			return false
		}
		if !left.Valid() || !anyNode(left, func(l tsparse.Node) bool {
			return l.Kind() == "member_expression" && l.Field("property").Text() == field ||
				l.Kind() == "subscript_expression" && subscriptMaySet(l, field)
		}) {
			return false
		}
		// Only `this.<field> = …` as a statement of the constructor's
		// own body counts as the one setting.
		stmt := n.Parent()
		target := uncast(left)
		if n.Kind() == "assignment_expression" && stmt.Kind() == "expression_statement" && target.Kind() == "member_expression" &&
			target.Field("object").Kind() == "this" && stmt.Parent().Kind() == "statement_block" {
			if ctor := stmt.Parent().Parent(); ctor.Kind() == "method_definition" && sameNode(ctor.Parent(), body) && keyName(ctor.Field("name")) == "constructor" {
				setsInConstructor++
				if tenantValue(uncast(n.Field("right")), 0) != constrained {
					setsInConstructor = 2 // may be undefined, a filter Prisma drops
				}
				return false
			}
		}
		return true
	})
	// Set exactly once: a field never set is undefined, which a where
	// drops.
	if elsewhere || setsInConstructor != 1 || thisUsedWhileMade(body) {
		return false
	}
	own := filepath.Clean(class.Tree().Path)
	return !q.helpers.memberSetElsewhere.get([2]string{own, field}, func() bool {
		for path, src := range q.helpers.files {
			if filepath.Clean(path) == own {
				continue
			}
			if setsUnnamedMembers(src) {
				return true
			}
			if !bytes.Contains(src, []byte(field)) {
				continue
			}
			r := &replaceables{extended: map[string]bool{}, aliases: map[string][]string{}, prototyped: map[string]bool{}, setMembers: map[string]bool{}, getters: map[string]bool{}}
			r.readAssignedMembers(src)
			r.readNamedSets(src, "Reflect.set")
			r.readAssignedKeys(src, "Object.assign")
			r.readNamedSets(src, "defineProperty")
			r.readAssignedKeys(src, "Object.defineProperties")
			if r.setMembers[field] || deletesMember(src, field) || namesAsArgument(src, field) {
				return true
			}
		}
		return false
	})
}

// writesOwnTenantOnly reports whether the judged call's arguments, object
// literals as written, give a tenant field (of any model: a nested
// write's too) only `this.<field>`, reach no tenant by its relation
// (`Instance: { connect: … }`), and spread nothing (a spread may hold a
// tenant) nor use a computed key.
func (q *queryCheck) writesOwnTenantOnly(field string) bool {
	if !q.call.Valid() {
		return false
	}
	relations := make([]string, 0, len(q.tenantRelations))
	for _, r := range q.tenantRelations {
		relations = append(relations, strings.SplitN(r, ".", 2)[0])
	}
	// The arguments are read as written: an argument or a data object
	// held by a name (`update(args)`, `{ where, data }`) may give any
	// tenant, as may a computed key (`[field]: other`).
	for _, a := range namedNoComments(q.call.Field("arguments")) {
		if uncast(a).Kind() != "object" {
			return false
		}
	}
	parts := []string{"data", "create", "update", "where"}
	return !anyNode(q.call.Field("arguments"), func(n tsparse.Node) bool {
		switch n.Kind() {
		case "spread_element", "computed_property_name":
			return true
		case "shorthand_property_identifier":
			return slices.Contains(q.tenantNames, n.Text()) || slices.Contains(relations, n.Text()) || slices.Contains(parts, n.Text())
		case "pair":
			k := keyName(n.Field("key"))
			if slices.Contains(parts, k) && uncast(n.Field("value")).Kind() != "object" {
				return true
			}
			if slices.Contains(relations, k) {
				return true
			}
			if !slices.Contains(q.tenantNames, k) {
				return false
			}
			v := uncast(n.Field("value"))
			return v.Kind() != "member_expression" || v.Field("object").Kind() != "this" || v.Field("property").Text() != field
		}
		return false
	})
}

// thisUsedWhileMade reports whether the constructor of the class body, or
// an initializer of one of its fields, calls a method of the object
// (`this.load()`, `this.cache.get()`) or hands the object on (`f(this)`,
// `new Worker(this)`): code that may run a method before the
// constructor sets the fields.
func thisUsedWhileMade(body tsparse.Node) bool {
	for _, m := range namedNoComments(body) {
		var code tsparse.Node
		switch {
		case m.Kind() == "method_definition" && keyName(m.Field("name")) == "constructor":
			code = m.Field("body")
		case m.Kind() == "public_field_definition" && !hasChild(m, "static"):
			code = m.Field("value")
		}
		if code.Valid() && anyNode(code, func(n tsparse.Node) bool {
			if n.Kind() != "this" {
				return false
			}
			p := n.Parent()
			if p.Kind() != "member_expression" || !sameNode(p.Field("object"), n) {
				return true // handed on
			}
			for p.Parent().Kind() == "member_expression" && sameNode(p.Parent().Field("object"), p) {
				p = p.Parent()
			}
			return p.Parent().Kind() == "call_expression" && sameNode(p.Parent().Field("function"), p)
		}) {
			return true
		}
	}
	return false
}

// setsUnnamedMembers reports whether src may set members it does not name
// on an object it is handed: Object.assign onto anything but a new
// literal (`Object.assign(svc, req.body)`), the defineProperty family,
// Reflect.set or a prototype change.
func setsUnnamedMembers(src []byte) bool {
	return callsMemberSetters(src) || setsByComputedKey(src) || deletesMember(src, "")
}

// namesAsArgument reports whether src hands field, as a string, to a
// call or in a list (`_.set(svc, 'instanceId', v)`, `set(svc,
// ['instanceId'], v)`): a library given a member's name may set it on
// the object it is also given.
func namesAsArgument(src []byte, field string) bool {
	found := false
	for _, q := range []string{"'", "\"", "`"} {
		eachWord(src, field, func(i int) {
			end := i + len(field)
			if i == 0 || end >= len(src) || string(src[i-1]) != q || string(src[end]) != q {
				return
			}
			b := skipSpacesBack(src, i-2)
			if b >= 0 && src[b] == '[' {
				b = skipSpacesBack(src, b-1)
			}
			if b >= 0 && (src[b] == '(' || src[b] == ',') {
				found = true
			}
		})
	}
	return found
}

// declaredHere reports whether the name at i, its `(` at open, is a
// function's or a method's declaration (`function merge(`, `merge(a, b)
// {`), not a call: the declared function is the file's own, read as code.
func declaredHere(src []byte, i, open int) bool {
	if b := skipSpacesBack(src, i-1); b >= 7 && string(src[b-7:b+1]) == "function" {
		return true
	}
	depth := 0
	for k := open; k < len(src); k++ {
		switch src[k] {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				n := skipSpaces(src, k+1)
				return n < len(src) && (src[n] == '{' || src[n] == ':')
			}
		}
	}
	return false
}

// deletesMember reports whether src deletes a member named field
// (`delete svc.instanceId`, `delete svc['instanceId']`), or, field "",
// one under a computed key (`delete target[k]`): a deleted field reads
// undefined, a filter Prisma drops. The operand is read to the end of
// its statement or line.
func deletesMember(src []byte, field string) bool {
	found := false
	eachWord(src, "delete", func(i int) {
		end := i + len("delete")
		for end < len(src) && src[end] != ';' && src[end] != '\n' {
			end++
		}
		operand := src[i+len("delete") : end]
		if field != "" {
			eachWord(operand, field, func(int) { found = true })
			return
		}
		for j := bytes.IndexByte(operand, '['); j >= 0; {
			if k := skipSpaces(operand, j+1); k >= len(operand) || bytes.IndexByte([]byte("0123456789'\"`"), operand[k]) < 0 {
				found = true
				return
			}
			next := bytes.IndexByte(operand[j+1:], '[')
			if next < 0 {
				break
			}
			j += 1 + next
		}
	})
	return found
}

// callsMemberSetters reports whether src names a function that sets
// members it is told: Reflect (`Reflect.set`, `Reflect['set']`), the
// defineProperty family, a prototype change, or any assign
// (`Object?.assign`, `Object['assign']`, an `assign` taken out of
// Object, a library's `_.assign`) but `Object.assign` onto a new
// literal, or Object.create given descriptors.
func callsMemberSetters(src []byte) bool {
	for _, call := range []string{"defineProperty", "defineProperties", "setPrototypeOf", "__proto__"} {
		if bytes.Contains(src, []byte(call)) {
			return true
		}
	}
	mutating := false
	eachWord(src, "Reflect", func(int) { mutating = true })
	eachWord(src, "assign", func(i int) {
		if i < 7 || string(src[i-7:i]) != "Object." {
			mutating = true
			return
		}
		j := skipSpaces(src, i+len("assign"))
		if j >= len(src) || src[j] != '(' {
			mutating = true
			return
		}
		if j = skipSpaces(src, j+1); j >= len(src) || src[j] != '{' && src[j] != '[' {
			mutating = true
		}
	})
	// A library's deep copy onto what it is handed (`merge(svc, body)`,
	// `_.defaults(svc, body)`) but onto a new literal.
	for _, copier := range []string{"merge", "mergeWith", "extend", "assignIn", "assignInWith", "assignWith", "defaults", "defaultsDeep"} {
		eachWord(src, copier, func(i int) {
			j := skipSpaces(src, i+len(copier))
			if j < len(src) && src[j] == '<' { // merge<Svc>(svc, body)
				if k := bytes.IndexByte(src[j:], '('); k >= 0 {
					j += k
				}
			}
			if j >= len(src) || src[j] != '(' || declaredHere(src, i, j) {
				return
			}
			if j = skipSpaces(src, j+1); j >= len(src) || src[j] != '{' && src[j] != '[' {
				mutating = true
			}
		})
	}
	// Object.create(proto, descriptors) defines members as
	// defineProperties does, on an object whose prototype may be the
	// service: its own field then shadows the service's.
	eachWord(src, "create", func(i int) {
		if i < 7 || string(src[i-7:i]) != "Object." {
			return
		}
		j := skipSpaces(src, i+len("create"))
		if j >= len(src) || src[j] != '(' {
			mutating = true
			return
		}
		depth := 0
		for ; j < len(src); j++ {
			switch src[j] {
			case '(', '[', '{':
				depth++
			case ')', ']', '}':
				depth--
			case ',':
				if depth == 1 {
					mutating = true
					return
				}
			}
			if depth == 0 {
				return
			}
		}
	})
	return mutating
}

// setsByComputedKey reports whether src assigns to a subscript whose
// index is neither a number nor a string (`target[k] = body[k]`): a key
// the code does not name, which may be the field, as the own file's
// subscriptMaySet reads it. A destructuring (`[a, b] = …`) is no
// subscript.
func setsByComputedKey(src []byte) bool {
	for off := 0; ; {
		i := bytes.IndexByte(src[off:], '=')
		if i < 0 {
			return false
		}
		i += off
		off = i + 1
		if i+1 < len(src) && (src[i+1] == '=' || src[i+1] == '>') {
			continue
		}
		j := i - 1
		for j >= 0 && bytes.IndexByte([]byte("+-*/%&|^?<>"), src[j]) >= 0 {
			j-- // `+=`, `??=`, `<<=`: they set too
		}
		if j >= 0 && (src[j] == '!' || src[j] == '=') {
			continue // `!=`, `==`
		}
		j = skipSpacesBack(src, j)
		if j < 0 || src[j] != ']' {
			continue
		}
		depth, k := 0, j
		for ; k >= 0; k-- {
			if src[k] == ']' {
				depth++
			} else if src[k] == '[' {
				if depth--; depth == 0 {
					break
				}
			}
		}
		if k < 0 {
			continue
		}
		if b := skipSpacesBack(src, k-1); b < 0 || !identByte(src[b]) && src[b] != ')' && src[b] != ']' || declaresBefore(src[:b+1]) {
			continue // `[a, b] = …`, `const [a, b] = …`: a pattern
		}
		if setOnThis(src[:k]) && !rebindsThis(src) {
			continue // `(this as any)[key] = …`: the file's own object
		}
		index := bytes.TrimSpace(src[k+1 : j])
		if len(index) == 0 {
			continue
		}
		if literal := index[0] >= '0' && index[0] <= '9' || (index[0] == '"' || index[0] == '\'' || index[0] == '`') && bytes.Count(index, index[:1]) == 2 && index[len(index)-1] == index[0] && !bytes.Contains(index, []byte("${")); !literal {
			return true
		}
	}
}

// declaresBefore reports whether before ends with a declaration's
// keyword: the `[` after it opens a pattern, not a subscript.
func declaresBefore(before []byte) bool {
	for _, kw := range []string{"const", "let", "var"} {
		if bytes.HasSuffix(before, []byte(kw)) && (len(before) == len(kw) || !identByte(before[len(before)-len(kw)-1])) {
			return true
		}
	}
	return false
}

// rebindsThis reports whether src may run code on another this than its
// classes' own: a function declaration or expression (whose this is its
// caller's choice), or call, apply or bind. A set on this in such a file
// may set a member of any object, the service among them.
func rebindsThis(src []byte) bool {
	found := false
	eachWord(src, "function", func(int) { found = true })
	for _, m := range []string{".call(", ".apply(", ".bind("} {
		found = found || bytes.Contains(src, []byte(m))
	}
	return found
}

// setOnThis reports whether before, the text up to a subscript's `[`,
// ends with `this`, bare or cast (`(this as any)`): a member set on the
// object of the code's own class, not on one it is handed.
func setOnThis(before []byte) bool {
	b := bytes.TrimRight(before, " \t\r\n")
	if bytes.HasSuffix(b, []byte(")")) {
		open := bytes.LastIndexByte(b, '(')
		if open < 0 {
			return false
		}
		inner := bytes.TrimSpace(b[open+1 : len(b)-1])
		return bytes.HasPrefix(inner, []byte("this ")) && !bytes.ContainsAny(inner, "()")
	}
	return bytes.HasSuffix(b, []byte("this")) && (len(b) == 4 || !identByte(b[len(b)-5]) && b[len(b)-5] != '.')
}

// subscriptMaySet reports whether s, `x[i]` set by an assignment, may set
// a member named field: its index is neither a number nor another
// string.
func subscriptMaySet(s tsparse.Node, field string) bool {
	i := uncast(s.Field("index"))
	switch i.Kind() {
	case "number":
		return false
	case "string":
		return stringValue(i) == field
	}
	return true
}

// ownFieldHere reports whether e, a value of raw SQL, is `this.<field>`
// read by the method the judged call is in (the same this: an arrow
// function's is its method's), a field that is one value for the
// object's life (stableOwnField): the rows the SQL keeps by it are of the
// object's own tenant, the one the judged call's this names.
func (q *queryCheck) ownFieldHere(e tsparse.Node) bool {
	e = uncast(e)
	if e.Kind() != "member_expression" || optionalChain(e) || !q.call.Valid() || !sameNode(thisOwner(e), thisOwner(q.call)) {
		return false
	}
	return q.stableOwnField(e) && !fieldSetToFragment(thisOwner(e).Parent(), e.Field("property").Text())
}

// fieldSetToFragment reports whether the constructor of the class body
// sets field to anything but a name the file never binds to SQL built
// like a fragment (boundToFragment): a field holding a fragment would be
// SQL text, not a value.
func fieldSetToFragment(body tsparse.Node, field string) bool {
	ctor := soleMember(body, "constructor")
	return ctor.Valid() && anyNode(ctor.Field("body"), func(n tsparse.Node) bool {
		left := uncast(n.Field("left"))
		if n.Kind() != "assignment_expression" || left.Kind() != "member_expression" || left.Field("property").Text() != field {
			return false
		}
		right := uncast(n.Field("right"))
		return right.Kind() != "identifier" || boundToFragment(right)
	})
}

// thisOwner is the function whose this a `this` at n reads: the nearest
// enclosing function that is not an arrow function (whose this is its
// enclosing one's).
func thisOwner(n tsparse.Node) tsparse.Node {
	fn := enclosingFunction(n)
	for fn.Kind() == "arrow_function" {
		fn = enclosingFunction(fn)
	}
	return fn
}

// classHandedOn reports whether some file uses class as a value other
// than by constructing it, reading its statics, testing instanceof,
// extending it or renaming it whole (which classExtended follows): a
// class handed to a function (`const Base = pass(Svc)`), put in an array
// or an object, or chosen by a condition may come back as the base of a
// subclass whose methods the extends clause does not name. A file that
// cannot be parsed counts as one that does.
func (x *helperIndex) classHandedOn(class string) bool {
	return x.handedOn.get(class, func() bool {
		return x.anyClassName(class, func(n tsparse.Node) bool {
			if n.Kind() == "property_identifier" {
				// `mod.Svc` of a namespace import is the class too.
				p := n.Parent()
				return p.Kind() == "member_expression" && sameNode(p.Field("property"), n) && !classUseSeen(p)
			}
			if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" {
				return false
			}
			return n.Kind() == "shorthand_property_identifier" || !classUseSeen(n)
		})
	})
}

// anyClassName reports whether test holds for a node of some file of the
// code that names class, under any name it is imported, exported or
// aliased as (`import { Svc as Base }`, a default import): n's text is one
// of them. A file that cannot be parsed counts as one where test holds.
func (x *helperIndex) anyClassName(class string, test func(n tsparse.Node) bool) bool {
	names := map[string]bool{class: true}
	r := x.replaceable()
	for queue := []string{class}; len(queue) > 0; queue = queue[1:] {
		for _, a := range r.aliases[queue[0]] {
			if !names[a] {
				names[a] = true
				queue = append(queue, a)
			}
		}
	}
	for path, src := range x.files {
		found := false
		for name := range names {
			eachWord(src, name, func(int) { found = true })
		}
		if !found {
			continue
		}
		f := x.file(path)
		if f == nil {
			return true
		}
		f.mu.Lock()
		held := anyNode(f.tree.Root(), func(n tsparse.Node) bool { return names[n.Text()] && test(n) })
		f.mu.Unlock()
		if held {
			return true
		}
	}
	return false
}

// classUseSeen reports whether n, an identifier naming a class, is used
// where the class cannot become another class's base unseen: constructed,
// its statics read, tested by instanceof, extended, imported, exported or
// given whole to a const (the forms the extends reading follows), or read
// as a type.
func classUseSeen(n tsparse.Node) bool {
	at := n
	for p := at.Parent(); p.Kind() == "parenthesized_expression" || p.Kind() == "as_expression" || p.Kind() == "satisfies_expression" || p.Kind() == "non_null_expression"; p = at.Parent() {
		at = p
	}
	p := at.Parent()
	switch p.Kind() {
	case "new_expression":
		return sameNode(p.Field("constructor"), at)
	case "member_expression":
		return sameNode(p.Field("object"), at)
	case "binary_expression":
		return p.Field("operator").Text() == "instanceof" && sameNode(p.Field("right"), at)
	case "variable_declarator":
		return sameNode(p.Field("value"), at)
	case "class_declaration", "class", "function_declaration", "method_definition":
		return sameNode(p.Field("name"), at)
	case "class_heritage", "extends_clause", "import_specifier", "export_specifier", "import_clause", "namespace_import", "type_query", "export_statement":
		return true
	}
	return false
}
