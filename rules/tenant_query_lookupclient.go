package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A lookup proves a key the way a create does: its row, its tenant field
// compared with the caller's, or the tenant in its where, say whose the
// key is only when a Prisma client of this schema ran it. An object of
// the code's own (`{ project: { findFirst: async () => ({ id, organizationId
// }) } }`) answers any where with the row its author wants.
//
// Real code reaches one database client by many names: a context's
// client and the imported one, a transaction wrapper's callback
// parameter, a getter, a per-model injected repository, a replica. The
// rule cannot tell those apart from a second real client, and holding a
// lookup to the judged call's own client reports them all. So, as every
// other part of the rule takes a receiver, a lookup's receiver is taken
// as a client unless the file visibly makes it something else
// (visiblyNoClient): its name bound or assigned to an object literal, an
// array, a function, a literal, an instance of a class of the file that
// is no PrismaClient, the result of a function of the file returning
// such a thing, or the `tx` of a `$transaction` run on one. The proofs
// that read an earlier call's row or where read only the calls left
// (lookups); the checks that look for what may undo a proof still read
// every call.

type lookupClientKey struct{ start, end int }

// lookupsKey names one list of calls by its first element's address and
// its length. The memo's value holds the list itself, so its array stays
// allocated, and no other list can take that address, while the key can
// be asked.
type lookupsKey struct {
	first *tsquery.Call
	n     int
}

type lookupsMemo struct{ calls, lookups []tsquery.Call }

// lookups are the file's calls (fileCalls, or a helper file's) that a
// proof may read a row or a where from: those onSchemaClient. Memoised
// per list: the proofs ask it dozens of times for each call judged, and
// each asking looked up every call of the file in the tree's memo (3% of
// trigger.dev's CPU).
func (q *queryCheck) lookups() []tsquery.Call {
	if len(q.fileCalls) == 0 {
		return q.fileCalls
	}
	calls := q.fileCalls
	return calls[0].Node.Tree().Memo(lookupsKey{&calls[0], len(calls)}, func() any {
		return lookupsMemo{calls, onSchemaClients(calls)}
	}).(lookupsMemo).lookups
}

// onSchemaClients is calls less those not onSchemaClient.
func onSchemaClients(calls []tsquery.Call) []tsquery.Call {
	for i, c := range calls {
		if !onSchemaClient(c) {
			// Rare: copy only when a call is refused.
			out := append([]tsquery.Call(nil), calls[:i]...)
			for _, c := range calls[i+1:] {
				if onSchemaClient(c) {
					out = append(out, c)
				}
			}
			return out
		}
	}
	return calls
}

// onSchemaClient reports whether c, an earlier call a proof reads, may
// have run on a client of the schema: its operation is not patched
// (operationPatched), its delegate not written (delegatePatched), and its
// client not visibly another object (visiblyNoClient). Memoised per call:
// every proof asks it of every earlier call.
func onSchemaClient(c tsquery.Call) bool {
	n := c.Node
	return n.Tree().Memo(lookupClientKey{n.Start(), n.End()}, func() any {
		return !operationPatched(n) && !delegatePatched(n) && !visiblyNoClient(clientOf(n), 0)
	}).(bool)
}

// delegatePatched reports whether the file writes the delegate of call,
// or a member of it, or a computed member of its client, on any binding
// (`prisma.project = …`, `(db.prisma() as any).project = …`,
// `Object.assign(tx.project, …)`, `Object.assign(prisma, …)`): the
// delegate may be an object of the code's own. Other members of the
// client (`this.logger = …` in a class extending PrismaClient) are not
// the delegate.
func delegatePatched(call tsparse.Node) bool {
	client := clientOf(call)
	path := clientAccessPath(client)
	if path == nil {
		return false
	}
	whole := strings.Join(path, ".")
	delegate := whole + "." + bindingName(call.Field("function").Field("object").Field("property"))
	for _, w := range fileWrites(client.Tree()) {
		if t := strings.Join(w.path, "."); t == delegate || strings.HasPrefix(t, delegate+".") || t == whole+".[]" {
			return true
		}
	}
	return false
}

// maxClientDepth bounds how many names and values visiblyNoClient
// follows (`db = db` would loop).
const maxClientDepth = 8

// visiblyNoClient reports whether e, a client as code reads it, is
// visibly something a Prisma client of this schema is not: a literal
// (but null and undefined), a function or class, a `new` of a class of
// the file extending no client (classMayBeClient), a call of a function
// of the file one of whose results is such a thing, either side of a choice (`a ?? b`, `c
// ? a : b`) that is; or a name, a member or a `$transaction`'s `tx` that
// holds one of those somewhere in the file (heldValues). Anything else (an
// import, a parameter, a context's member, an accessor's result) is taken
// as a client.
func visiblyNoClient(e tsparse.Node, depth int) bool {
	if depth > maxClientDepth || !e.Valid() {
		return false
	}
	e = uncastAwait(e)
	switch e.Kind() {
	case "type_assertion": // `<PrismaClient>value`
		if kids := e.NamedChildren(); len(kids) > 0 {
			return visiblyNoClient(kids[len(kids)-1], depth+1)
		}
		return false
	case "object", "array", "arrow_function", "function_expression", "function", "generator_function",
		"function_declaration", "generator_function_declaration", "class", "class_declaration", "method_definition",
		"string", "template_string", "number", "true", "false", "regex":
		return true
	case "null", "undefined":
		// A lookup on nothing throws: a name first given nothing holds
		// what it is given later (`let prisma = null`, set on first use).
		return false
	case "ternary_expression":
		return visiblyNoClient(e.Field("consequence"), depth+1) || visiblyNoClient(e.Field("alternative"), depth+1)
	case "binary_expression":
		switch e.Field("operator").Text() {
		case "??", "||", "&&":
			return visiblyNoClient(e.Field("left"), depth+1) || visiblyNoClient(e.Field("right"), depth+1)
		}
		return true // arithmetic or a comparison: a number or a boolean
	case "new_expression":
		c := uncast(e.Field("constructor"))
		if c.Kind() != "class" {
			c = fileClass(e, c)
		}
		return c.Valid() && !classMayBeClient(c, depth+1)
	case "call_expression":
		fn := topFunction(e)
		if !fn.Valid() {
			fn = fileConstFunction(e)
		}
		if fn.Valid() {
			for _, r := range returnedValues(fn) {
				if visiblyNoClient(r, depth+1) {
					return true
				}
			}
		}
		return false
	}
	values, refused := heldValues(e, depth)
	if refused {
		return true
	}
	for _, v := range values {
		if visiblyNoClient(v, depth+1) {
			return true
		}
	}
	return false
}

// heldValues lists the values the file gives e, a name or a member path,
// where e reads it: for a name, its declaration's value and every value
// assigned to the same binding (any of them may be what the name holds
// at e: fail closed), or, for a `$transaction` callback's parameter, the
// client the transaction runs on (refused when the parameter is written);
// for a member path (`ctx.db`, `this.db`), every value assigned to that
// path on the same binding or class, a class's field initializer or
// getter results for `this.x`, and the member's value in an object
// literal its object holds (`const deps = { db: prisma }`; the literal
// itself when it has no such member and no spread).
func heldValues(e tsparse.Node, depth int) (values []tsparse.Node, refused bool) {
	switch e.Kind() {
	case "identifier", "shorthand_property_identifier":
		name := bindingName(e)
		scope, byStatement := bindingScope(e, name, -1)
		switch {
		case scope.Valid() && byStatement:
			for _, st := range namedNoComments(scope) {
				if statementDeclares(st, name) {
					values = append(values, declaredValue(declarationOf(st), name, depth)...)
				}
			}
		case scope.Valid() && functionKinds[scope.Kind()]:
			base, ok := transactionBase(e)
			if !ok {
				return nil, true
			}
			if !sameNode(uncast(base), uncast(e)) {
				values = append(values, base)
			}
			values = append(values, parameterValues(scope, name, depth)...)
		case scope.Kind() == "for_in_statement" && scope.Field("operator").Text() == "of" && bindsName(scope.Field("left"), name):
			// `for (const db of [fake])`: any element may be the one.
			values = append(values, arrayElements(scope.Field("right"), depth+1)...)
		}
		values = append(values, assignedValues(e, []string{name})...)
	case "member_expression":
		path := clientPath(e)
		if path == nil {
			return nil, false
		}
		values = append(values, assignedValues(e, path)...)
		prop := path[len(path)-1]
		if len(path) == 2 && path[0] == "this" {
			values = append(values, classMemberValues(thisClass(e), prop)...)
		}
		for _, o := range objectValues(e.Field("object"), depth+1) {
			if o.Kind() == "class" || o.Kind() == "class_declaration" {
				// A class's static member (`Repo.db`).
				values = append(values, classMemberValues(o.Field("body"), prop)...)
				continue
			}
			values = append(values, literalMember(o, prop)...)
		}
	}
	return values, false
}

// parameterValues lists what the function fn may give its parameter
// name, as far as the file shows: its default value; for the callback of a
// `<client>.$transaction(…)` (with options too), that client; for a
// function called where it is written (`(async (db) => …)(fake)`), the
// argument in its place.
func parameterValues(fn tsparse.Node, name string, depth int) []tsparse.Node {
	var out []tsparse.Node
	params := namedNoComments(fn.Field("parameters"))
	at := -1
	for i, p := range params {
		if (p.Kind() == "required_parameter" || p.Kind() == "optional_parameter") && p.Field("pattern").Kind() == "identifier" && bindingName(p.Field("pattern")) == name {
			at = i
			if v := p.Field("value"); v.Valid() {
				out = append(out, v)
			}
		}
	}
	if p := fn.Field("parameter"); p.Kind() == "identifier" && bindingName(p) == name {
		at = 0
	}
	if at < 0 {
		return out
	}
	callee := fn
	for callee.Parent().Kind() == "parenthesized_expression" {
		callee = callee.Parent()
	}
	switch parent := callee.Parent(); {
	case parent.Kind() == "call_expression" && sameNode(parent.Field("function"), callee):
		args := namedNoComments(parent.Field("arguments"))
		for i, a := range args {
			if a.Kind() == "spread_element" {
				break
			}
			if i == at {
				out = append(out, a)
			}
		}
	case parent.Kind() == "arguments" && at == 0:
		call := parent.Parent()
		f := call.Field("function")
		args := namedNoComments(parent)
		if len(args) == 0 || !sameNode(args[0], fn) || f.Kind() != "member_expression" {
			break
		}
		switch f.Field("property").Text() {
		case "$transaction":
			out = append(out, f.Field("object"))
		case "map", "forEach", "flatMap", "filter", "find", "some", "every":
			// `[fake].map(async (db) => …)`: each element in turn.
			out = append(out, arrayElements(f.Field("object"), depth+1)...)
		}
	}
	return out
}

// arrayElements lists the elements of the array literal v holds (v
// itself, or what a name or member it reads holds); nothing for any
// other list.
func arrayElements(v tsparse.Node, depth int) []tsparse.Node {
	if depth > maxClientDepth {
		return nil
	}
	v = uncastAwait(v)
	if v.Kind() == "array" {
		var out []tsparse.Node
		for _, e := range namedNoComments(v) {
			if e.Kind() == "spread_element" {
				out = append(out, arrayElements(firstNamed(e), depth+1)...)
				continue
			}
			out = append(out, e)
		}
		return out
	}
	values, _ := heldValues(v, depth)
	var out []tsparse.Node
	for _, h := range values {
		out = append(out, arrayElements(h, depth+1)...)
	}
	return out
}

// declaredValue is what the declaration d gives name: a declarator's
// value, the member or element of it a pattern's top level takes (`const
// { db } = { db: fake }`, `const [db] = [fake]`), or a declared function
// or class itself.
func declaredValue(d tsparse.Node, name string, depth int) []tsparse.Node {
	switch d.Kind() {
	case "lexical_declaration", "variable_declaration":
		for _, dc := range d.NamedChildren() {
			if dc.Kind() != "variable_declarator" || !dc.Field("value").Valid() {
				continue
			}
			switch pattern := dc.Field("name"); pattern.Kind() {
			case "identifier":
				if bindingName(pattern) == name {
					return []tsparse.Node{dc.Field("value")}
				}
			case "object_pattern", "array_pattern":
				if bindsName(pattern, name) {
					return patternValues(pattern, dc.Field("value"), name, depth)
				}
			}
		}
	case "function_declaration", "generator_function_declaration", "class_declaration":
		return []tsparse.Node{d}
	}
	return nil
}

// patternValues lists what the top level of pattern takes for name from
// value: the member of an object literal value holds, or the element of
// an array literal, and a default given in the pattern. Anything deeper
// is taken as a client.
func patternValues(pattern, value tsparse.Node, name string, depth int) []tsparse.Node {
	var out []tsparse.Node
	for i, el := range namedNoComments(pattern) {
		key, target := "", el
		switch el.Kind() {
		case "shorthand_property_identifier_pattern":
			key = bindingName(el)
		case "pair_pattern":
			key, target = keyName(el.Field("key")), el.Field("value")
		case "object_assignment_pattern", "assignment_pattern":
			target = el.Field("left")
			if target.Kind() == "shorthand_property_identifier_pattern" {
				key = bindingName(target)
			}
		}
		if target.Kind() != "identifier" && target.Kind() != "shorthand_property_identifier_pattern" || bindingName(target) != name {
			continue
		}
		if d := el.Field("right"); d.Valid() {
			out = append(out, d)
		}
		if pattern.Kind() == "array_pattern" {
			if arr := uncastAwait(value); arr.Kind() == "array" {
				elems := namedNoComments(arr)
				// A hole (`[, db]`) or a spread shifts the places:
				// then any element may be the one taken.
				shifted := strings.Contains(compact(pattern.Text()+arr.Text()), ",,") || strings.HasPrefix(compact(pattern.Text()), "[,") || strings.HasPrefix(compact(arr.Text()), "[,") || slices.ContainsFunc(elems, func(e tsparse.Node) bool { return e.Kind() == "spread_element" })
				switch {
				case shifted:
					out = append(out, elems...)
				case i < len(elems):
					out = append(out, elems[i])
				}
			}
			continue
		}
		if key == "" {
			continue
		}
		for _, o := range objectValues(value, depth+1) {
			out = append(out, literalMember(o, key)...)
		}
	}
	return out
}

// assignedValues lists the right sides of the file's plain assignments
// to path (`db = …`, `this.db = …`, `ctx.db = …`) on the binding e reads,
// or, for `this`, in e's class.
func assignedValues(e tsparse.Node, path []string) []tsparse.Node {
	whole := strings.Join(path, ".")
	var out []tsparse.Node
	for _, w := range fileWrites(e.Tree()) {
		if strings.Join(w.path, ".") != whole {
			continue
		}
		if path[0] == "this" {
			if c := thisClass(e); !c.Valid() || !sameNode(thisClass(w.at), c) {
				continue
			}
		} else if !sameBinding(w.at, e, path[0]) {
			continue
		}
		if v := assignedValue(w.at); v.Valid() {
			out = append(out, v)
		}
	}
	return out
}

// assignedValue is the right side of the assignment whose left side is
// target, casts and parentheses around it allowed; nothing otherwise.
func assignedValue(target tsparse.Node) tsparse.Node {
	n := target
	for {
		p := n.Parent()
		switch p.Kind() {
		case "as_expression", "satisfies_expression", "non_null_expression", "parenthesized_expression":
			n = p
			continue
		case "assignment_expression":
			if sameNode(p.Field("left"), n) {
				return p.Field("right")
			}
		}
		return tsparse.Node{}
	}
}

// classMemberValues lists what the class body gives its member name: a
// field's initializer, a getter's results, or a method itself.
func classMemberValues(body tsparse.Node, name string) []tsparse.Node {
	var out []tsparse.Node
	for _, m := range namedNoComments(body) {
		if keyName(m.Field("name")) != name {
			continue
		}
		switch m.Kind() {
		case "public_field_definition", "field_definition":
			if v := m.Field("value"); v.Valid() {
				out = append(out, v)
			}
		case "method_definition":
			if hasChild(m, "get") {
				out = append(out, returnedValues(m)...)
			} else if !hasChild(m, "set") {
				out = append(out, m)
			}
		}
	}
	return out
}

// objectValues lists the object literals and classes obj holds: obj
// itself when it is one, or one a name or member it reads holds
// (heldValues).
func objectValues(obj tsparse.Node, depth int) []tsparse.Node {
	if depth > maxClientDepth {
		return nil
	}
	obj = uncastAwait(obj)
	switch obj.Kind() {
	case "object", "class", "class_declaration":
		return []tsparse.Node{obj}
	}
	values, _ := heldValues(obj, depth)
	var out []tsparse.Node
	for _, v := range values {
		out = append(out, objectValues(v, depth+1)...)
	}
	return out
}

// literalMember lists the value the object literal o gives its member
// name: a pair's value, a shorthand's name, a method; o itself, which is
// no client, when it has no such member and no spread that may give it.
func literalMember(o tsparse.Node, name string) []tsparse.Node {
	spread := false
	for _, m := range namedNoComments(o) {
		switch m.Kind() {
		case "pair":
			if keyName(m.Field("key")) == name {
				return []tsparse.Node{m.Field("value")}
			}
		case "shorthand_property_identifier":
			if bindingName(m) == name {
				return []tsparse.Node{m}
			}
		case "method_definition":
			if keyName(m.Field("name")) == name {
				return []tsparse.Node{m}
			}
		case "spread_element":
			spread = true
		}
	}
	if spread {
		return nil
	}
	return []tsparse.Node{o}
}

// returnedValues lists what fn returns: an arrow function's expression
// body, or the values of the return statements of its own body.
func returnedValues(fn tsparse.Node) []tsparse.Node {
	body := fn.Field("body")
	if !body.Valid() {
		return nil
	}
	if body.Kind() != "statement_block" {
		return []tsparse.Node{body}
	}
	var out []tsparse.Node
	body.Walk(func(n tsparse.Node) bool {
		if functionKinds[n.Kind()] || n.Kind() == "class" || n.Kind() == "class_declaration" {
			return false
		}
		if n.Kind() == "return_statement" {
			if v := firstNamed(n); v.Valid() {
				out = append(out, v)
			}
			return false
		}
		return true
	})
	return out
}

// fileClass is the class declaration of the file named by name, the
// constructor of the `new` at; nothing when name is no plain name or the
// file declares no class of that name.
func fileClass(at, name tsparse.Node) tsparse.Node {
	if name.Kind() != "identifier" {
		return tsparse.Node{}
	}
	scope, byStatement := bindingScope(at, bindingName(name), -1)
	if !scope.Valid() || !byStatement {
		return tsparse.Node{}
	}
	for _, st := range namedNoComments(scope) {
		if d := declarationOf(st); d.Kind() == "class_declaration" && bindingName(d.Field("name")) == bindingName(name) {
			return d
		}
	}
	return tsparse.Node{}
}

// classMayBeClient reports whether instances of c, a class of the file,
// may be clients: it extends PrismaClient, a class from elsewhere (a
// service of the app's own extending it), or a class of the file that
// may be one. A class extending nothing is no client.
func classMayBeClient(c tsparse.Node, depth int) bool {
	if depth > maxClientDepth {
		return true
	}
	var base tsparse.Node
	for _, ch := range c.NamedChildren() {
		if ch.Kind() != "class_heritage" {
			continue
		}
		for _, cl := range ch.NamedChildren() {
			if cl.Kind() == "extends_clause" {
				base = uncast(firstNamed(cl))
			}
		}
		if !base.Valid() && strings.Contains(ch.Text(), "extends") {
			return true // a heritage this reading does not follow
		}
	}
	if !base.Valid() {
		return false
	}
	if base.Kind() == "class" {
		return classMayBeClient(base, depth+1)
	}
	if base.Kind() != "identifier" || bindingName(base) == "PrismaClient" {
		return true
	}
	if d := fileClass(c, base); d.Valid() {
		return classMayBeClient(d, depth+1)
	}
	return true
}

// lookupAt is callAt for a helper's lookup a proof reads: the call at n,
// found only when it may have run on a client of the schema
// (onSchemaClient).
func (q *queryCheck) lookupAt(n tsparse.Node) (tsquery.Call, bool) {
	c, ok := q.callAt(n)
	return c, ok && onSchemaClient(c)
}

// rawOnSchemaClient is onSchemaClient for a raw query whose rows a proof
// reads: its receiver is not visibly another object, and the file writes
// no member of that name on any object (operationWritten).
func rawOnSchemaClient(c tsquery.RawCall) bool {
	return !operationWritten(c.Node.Tree(), c.Method, "", nil) && !visiblyNoClient(c.Receiver, 0)
}
