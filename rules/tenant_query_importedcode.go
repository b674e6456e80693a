package rules

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// calleeRoot is the name a callee is reached from: `audit` of `audit`,
// `auditing.deep.record`, `auditing["deep"]?.record`, `(0, audit)`,
// `(auditing.deep.record as any)`; anything else (a call's result, this)
// is returned as it is.
func calleeRoot(callee tsparse.Node) tsparse.Node {
	for {
		switch callee = uncast(callee); callee.Kind() {
		case "member_expression", "subscript_expression":
			callee = callee.Field("object")
		case "sequence_expression":
			// `(0, f)` is f.
			named := namedNoComments(callee)
			if len(named) == 0 {
				return callee
			}
			callee = named[len(named)-1]
		default:
			return callee
		}
	}
}

// unreadBinding reports whether name, read at at, is bound by an import
// of at's file (`import legacy = require(…)` too), is the global object,
// or is bound by a variable declared at the file's top level whose value
// reads an import or loads a module (`const A = Audit`, `const auditor =
// makeAuditor()`, `const { audit } = require("./audit")`), or that is
// given another value: its value is code the rule does not read.
func unreadBinding(at tsparse.Node, name string) bool {
	if zodBinding(at, name) {
		return false
	}
	if _, spec := importOf(at, name); spec != "" {
		return true
	}
	if slices.Contains(globalObjects, name) && bindings(at.Tree().Root(), name) == 0 {
		return true
	}
	return slices.Contains(topLevelImportAliases(at.Tree()), name)
}

// globalObjects name the global object, whose members any module may set:
// `globalThis.audit(row)` runs what another file put there.
var globalObjects = []string{"globalThis", "global", "window", "self"}

// zodBinding reports whether name is zod's z (zodImported): its builders
// and parses are read as the parse proof reads them (parsedFoundRow); a
// parse hands back a copy and keeps nothing it is given, and what a
// schema's own callbacks run is the file's code, read where the schema is
// declared (ownDeclaration).
func zodBinding(at tsparse.Node, name string) bool {
	return name == "z" && zodImported(at.Tree().Root())
}

type importAliasesKey struct{}

// topLevelImportAliases lists the names the file's top-level variable
// declarations bind to a value reading an import or loading a module,
// read once per file.
func topLevelImportAliases(tree *tsparse.Tree) []string {
	return tree.Memo(importAliasesKey{}, func() any {
		var out []string
		for _, st := range tree.Root().NamedChildren() {
			if st.Kind() == "import_statement" {
				// `import legacy = require("./audit")`.
				for _, c := range st.NamedChildren() {
					if c.Kind() == "import_require_clause" {
						for _, id := range c.NamedChildren() {
							if id.Kind() == "identifier" {
								out = append(out, id.Text())
							}
						}
					}
				}
				continue
			}
			if st.Kind() == "export_statement" {
				st = st.Field("declaration")
			}
			if st.Kind() != "lexical_declaration" && st.Kind() != "variable_declaration" {
				continue
			}
			for _, d := range st.NamedChildren() {
				if d.Kind() != "variable_declarator" {
					continue
				}
				for _, name := range boundIdentifiers(d) {
					// A let or var given another value anywhere in the
					// file may hold what an import made
					// (`auditor = makeAuditor()` in an init function).
					if readsUnreadCode(d.Field("value")) || reassignsDeclared(tree.Root(), name) {
						out = append(out, name)
					}
				}
			}
		}
		return out
	}).([]string)
}

// readsUnreadCode reports whether v reads a name an import binds or
// loads a module when it is evaluated: a function it defines is the
// file's own code, run when called, not an alias.
func readsUnreadCode(v tsparse.Node) bool {
	found := false
	if v.Valid() {
		v.Walk(func(n tsparse.Node) bool {
			switch n.Kind() {
			case "arrow_function", "function_expression", "function", "class", "generator_function":
				return false
			case "identifier":
				_, spec := importOf(n, n.Text())
				found = found || spec != "" && !zodBinding(n, n.Text()) || n.Text() == "require"
			case "import":
				found = true
			}
			return !found
		})
	}
	return found
}

// ownDeclaration is what id, a name read (not the name a declaration
// binds), names at the top level of its file: a function, a class, or the
// value a variable is declared with (a zod schema, whose callbacks run
// when it parses; an object whose methods run when called); nothing
// else. A variable given another value is an alias of unread code
// (topLevelImportAliases).
func ownDeclaration(id tsparse.Node) tsparse.Node {
	p := id.Parent()
	if id.Kind() != "identifier" && id.Kind() != "shorthand_property_identifier" || sameNode(p.Field("name"), id) {
		return tsparse.Node{}
	}
	for _, st := range namedNoComments(id.Tree().Root()) {
		st = declarationOf(st)
		if d := declared(st, id.Text()); d.Valid() {
			return d
		}
		if st.Kind() != "lexical_declaration" && st.Kind() != "variable_declaration" {
			continue
		}
		for _, v := range namedNoComments(st) {
			if v.Kind() == "variable_declarator" && v.Field("name").Kind() == "identifier" && v.Field("name").Text() == id.Text() && v.Field("value").Valid() {
				return v.Field("value")
			}
		}
	}
	return tsparse.Node{}
}

// calledWithRowFields reports whether id is the function of a call whose
// every argument is a field of a row a query gave (`trigger:
// convertTrigger(automation.trigger)`): a scalar, a JSON value or a
// related row, none of which leads back to the row or to its other
// fields, so whatever the function runs reaches only what it is handed.
// What it gives back for the field is then the reading of the proof that
// takes it (the converted-relation proof reads the converter itself,
// handing the relation to unread code included); the helper's other keys
// are out of its reach.
func calledWithRowFields(id tsparse.Node, isQuery func(call tsparse.Node) bool) bool {
	call := id.Parent()
	if call.Kind() != "call_expression" || !sameNode(call.Field("function"), id) || call.Field("arguments").Kind() != "arguments" {
		return false
	}
	args := namedNoComments(call.Field("arguments"))
	if len(args) == 0 {
		return false
	}
	for _, a := range args {
		a = uncast(a)
		if a.Kind() != "member_expression" || optionalChain(a) || a.Field("property").Kind() != "property_identifier" || !queryRow(uncast(a.Field("object")), isQuery) {
			return false
		}
	}
	return true
}

// queryRow reports whether p names a row a query gave: a const awaited
// from one, or the one parameter of a map callback over such a const,
// never assigned in the callback.
func queryRow(p tsparse.Node, isQuery func(call tsparse.Node) bool) bool {
	if p.Kind() != "identifier" {
		return false
	}
	awaitedQuery := func(id tsparse.Node) bool {
		held, ok := constValue(id)
		return ok && uncast(held).Kind() == "await_expression" && isQuery(uncastAwait(held))
	}
	if awaitedQuery(p) {
		return rowOnlyRead(enclosingFunction(p), p.Text())
	}
	cb := enclosingFunction(p)
	param, n := firstParam(cb)
	if cb.Kind() != "arrow_function" || n != 1 || param.Kind() != "identifier" || param.Text() != p.Text() || reassignsDeclared(cb, p.Text()) || !rowOnlyRead(cb, p.Text()) {
		return false
	}
	args := cb.Parent()
	mapCall := args.Parent()
	callee := mapCall.Field("function")
	if args.Kind() != "arguments" || len(namedNoComments(args)) != 1 || mapCall.Kind() != "call_expression" || callee.Kind() != "member_expression" || callee.Field("property").Text() != "map" || optionalChain(callee) {
		return false
	}
	list := uncast(callee.Field("object"))
	return list.Kind() == "identifier" && awaitedQuery(list)
}

// rowOnlyRead reports whether the row name holds in fn is only read:
// each mention, casts aside, declares it, is returned, tested (`!row`,
// a comparison), or is the object of a field read that is not written,
// deleted or called. A row given a field holding itself (`row.self =
// row`), or handed anywhere, may be reached through a field.
func rowOnlyRead(fn tsparse.Node, name string) bool {
	return !anyNode(fn, func(n tsparse.Node) bool {
		if n.Kind() == "shorthand_property_identifier" && n.Text() == name {
			return true
		}
		if n.Kind() != "identifier" || n.Text() != name {
			return false
		}
		v := n
		for p := v.Parent(); p.Kind() == "as_expression" || p.Kind() == "parenthesized_expression" || p.Kind() == "non_null_expression" || p.Kind() == "satisfies_expression"; p = v.Parent() {
			v = p
		}
		switch p := v.Parent(); p.Kind() {
		case "variable_declarator", "required_parameter", "optional_parameter", "arrow_function":
			return !sameNode(p.Field("name"), v) && !sameNode(p.Field("pattern"), v) && !sameNode(p.Field("parameter"), v)
		case "return_statement":
			return false
		case "spread_element":
			// `{ ...row }` copies its fields; a spread among arguments
			// hands the row's entries on.
			return p.Parent().Kind() != "object"
		case "unary_expression":
			return p.Field("operator").Text() == "delete"
		case "binary_expression":
			switch p.Field("operator").Text() {
			case "===", "!==", "==", "!=":
				return false
			}
			return true
		case "member_expression":
			if !sameNode(p.Field("object"), v) {
				return true
			}
			if assignedTo(p) {
				return true
			}
			switch pp := p.Parent(); pp.Kind() {
			case "unary_expression":
				return pp.Field("operator").Text() == "delete"
			case "call_expression":
				return sameNode(pp.Field("function"), p)
			}
			return false
		}
		return true
	})
}

// importHandedOn reports whether id, a name read that its file binds to
// an import (or to a top-level alias of one), is handed on as a value
// rather than called: an argument (`[row].forEach(audit)`,
// `Reflect.construct(Audit, [row])`), an element of an array or object, a
// value stored, assigned or returned (`const f = auditing.deep.record`),
// or written into (`auditing.sink = row` may run a setter). Whoever holds
// it may call it with the row. A member read inside the arguments of one
// of the rule's queries (`where: { role: Role.ADMIN }`) is a value the
// query is given: Prisma calls nothing it is given. A read called on the
// spot is judged as a call; one compared or tested goes nowhere.
func importHandedOn(id tsparse.Node, isQuery func(call tsparse.Node) bool) bool {
	chain := id
	if id.Kind() == "identifier" {
	climb:
		for {
			p := chain.Parent()
			switch p.Kind() {
			case "member_expression", "subscript_expression":
				if !sameNode(p.Field("object"), chain) {
					// The index of `x[audit]` is read as a key.
					break climb
				}
			case "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression", "sequence_expression":
			default:
				break climb
			}
			chain = p
		}
	}
	p := chain.Parent()
	switch p.Kind() {
	case "variable_declarator":
		if !sameNode(p.Field("value"), chain) {
			// The name of a declaration binds it here.
			return false
		}
	case "pair":
		if !sameNode(p.Field("value"), chain) {
			return false
		}
	case "binary_expression":
		switch p.Field("operator").Text() {
		case "&&", "||", "??":
		default:
			return false
		}
	case "ternary_expression":
		if sameNode(p.Field("condition"), chain) {
			return false
		}
	case "arrow_function":
		if !sameNode(p.Field("body"), chain) {
			return false
		}
	case "arguments", "array", "spread_element", "object", "assignment_expression", "augmented_assignment_expression",
		"return_statement", "yield_expression", "assignment_pattern", "for_in_statement", "extends_clause", "class_heritage":
		// A class extending an import inherits its code.
	default:
		return false
	}
	return !inQueryArguments(chain, isQuery)
}

// inQueryArguments reports whether v sits, through objects, arrays and
// their entries, in the arguments of a query of the rule's reading.
func inQueryArguments(v tsparse.Node, isQuery func(call tsparse.Node) bool) bool {
	for a := v.Parent(); a.Valid(); a = a.Parent() {
		switch a.Kind() {
		case "pair", "object", "array", "parenthesized_expression", "as_expression", "satisfies_expression":
		case "arguments":
			return isQuery(a.Parent())
		default:
			return false
		}
	}
	return false
}

// keyBuilderCall reports whether call, a call of a function an import
// holds, is a cache-key builder: `wrapCache(Keys.Customer.id(id), async
// () => …)`. It is given nothing but primitives (inertValue), which
// cannot reach the row nor change the key the helper holds, and what it
// returns is only the key argument of a pass-through the rule reads,
// which names the cache entry the pass-through's own reading judges
// (keyNamesCaptures). A call handed the row or an object, or whose value
// goes anywhere else (`await audit(id)`, a where's key), is unread code
// like any other.
func (x *helperIndex) keyBuilderCall(call, fn tsparse.Node) bool {
	if call.Kind() != "call_expression" || call.Field("arguments").Kind() != "arguments" {
		return false
	}
	for _, a := range namedNoComments(call.Field("arguments")) {
		if !inertValue(a, fn, 0, x.prims) {
			return false
		}
	}
	v := call
	for p := v.Parent(); p.Kind() == "parenthesized_expression" || p.Kind() == "as_expression" || p.Kind() == "satisfies_expression"; p = v.Parent() {
		v = p
	}
	args := v.Parent()
	if args.Kind() != "arguments" {
		return false
	}
	pt, ok := x.passThroughOf(args.Parent())
	list := namedNoComments(args)
	return ok && pt.key >= 0 && pt.key < len(list) && sameNode(list[pt.key], v) && x.namesWhatItIsHanded(call)
}

// namesWhatItIsHanded reports whether call's function, reached from an
// import by plain member names (`Keys.Customer.id`, `customerKey`; an
// optional chain changes nothing of an object literal read), is one
// the rule reads in the file the import names: a function or a method of
// an exported const object, of plain parameters, each return of which is
// a template or a join by + of literals and every parameter whole
// (keyHoldsWhole). A builder that drops what it is handed, or keeps part
// of it (`() => "customer"`, `${id.slice(0, 4)}`), names one entry for
// many ids, and the cache hands every id the first one's row.
func (x *helperIndex) namesWhatItIsHanded(call tsparse.Node) bool {
	var members []string
	callee := uncast(call.Field("function"))
	for callee.Kind() == "member_expression" && callee.Field("property").Kind() == "property_identifier" {
		members = append([]string{callee.Field("property").Text()}, members...)
		callee = uncast(callee.Field("object"))
	}
	if callee.Kind() != "identifier" {
		return false
	}
	name, spec := importOf(call, callee.Text())
	if spec == "" || name == "default" || name == "*" {
		return false
	}
	path, ok := x.resolve(filepath.Clean(call.Tree().Path), spec)
	if !ok {
		return false
	}
	src, ok := x.src(path)
	if !ok {
		return false
	}
	tree, err := tsparse.Parse(path, src)
	if err != nil {
		return false
	}
	defer tree.Close()
	if tree.Root().HasError() {
		return false
	}
	if anyNode(tree.Root(), func(n tsparse.Node) bool {
		p := n.Parent()
		return n.Kind() == "identifier" && n.Text() == name && !sameNode(p.Field("name"), n)
	}) {
		// The file reads the builder or its object again: it may put
		// another function in its place (`Keys.Customer.id = …`).
		return false
	}
	return keyBuilder(exportedBuilder(tree, name, members))
}

// exportedBuilder is the function the file exports as name, or the method
// at members of the object literal a const it exports as name holds.
func exportedBuilder(tree *tsparse.Tree, name string, members []string) tsparse.Node {
	for _, st := range namedNoComments(tree.Root()) {
		d := st.Field("declaration")
		if st.Kind() != "export_statement" || !d.Valid() {
			continue
		}
		if len(members) == 0 {
			if fn := declared(d, name); fn.Valid() && fn.Kind() != "class_declaration" {
				return fn
			}
			continue
		}
		if d.Kind() != "lexical_declaration" || !strings.HasPrefix(d.Text(), "const") {
			continue
		}
		for _, v := range namedNoComments(d) {
			if v.Kind() != "variable_declarator" || v.Field("name").Text() != name {
				continue
			}
			obj := uncast(v.Field("value"))
			for i, m := range members {
				if obj.Kind() != "object" {
					return tsparse.Node{}
				}
				entry := soleEntry(obj, m)
				if i == len(members)-1 {
					if entry.Kind() == "method_definition" && !strings.Contains(memberFlags(entry), "*") {
						return entry
					}
					if val := uncast(entry.Field("value")); entry.Kind() == "pair" && (val.Kind() == "arrow_function" || val.Kind() == "function_expression") {
						return val
					}
					return tsparse.Node{}
				}
				if entry.Kind() != "pair" {
					return tsparse.Node{}
				}
				obj = uncast(entry.Field("value"))
			}
		}
	}
	return tsparse.Node{}
}

// soleEntry is the one entry of obj named name, a pair or a method;
// invalid when none, several, or any spread, accessor or computed name
// could be it.
func soleEntry(obj tsparse.Node, name string) tsparse.Node {
	var found tsparse.Node
	for _, e := range namedNoComments(obj) {
		var key tsparse.Node
		switch e.Kind() {
		case "pair", "method_definition":
			key = e.Field("key")
			if e.Kind() == "method_definition" {
				key = e.Field("name")
			}
		default:
			return tsparse.Node{}
		}
		if key.Kind() == "computed_property_name" {
			return tsparse.Node{}
		}
		if keyName(key) == name {
			if found.Valid() {
				return tsparse.Node{}
			}
			found = e
		}
	}
	return found
}

// keyBuilder reports whether fn takes plain parameters and gives, in each
// return, a template or a join by + of literals and every parameter
// whole, doing nothing else.
func keyBuilder(fn tsparse.Node) bool {
	if !fn.Valid() {
		return false
	}
	var params []string
	for _, p := range namedNoComments(fn.Field("parameters")) {
		if p.Kind() != "required_parameter" || p.Field("pattern").Kind() != "identifier" || p.Field("value").Valid() {
			return false
		}
		params = append(params, p.Field("pattern").Text())
	}
	if fn.Kind() == "arrow_function" && fn.Field("parameter").Valid() {
		params = append(params, fn.Field("parameter").Text())
	}
	names := func(v tsparse.Node) bool {
		v = uncast(v)
		if v.Kind() != "template_string" && v.Kind() != "binary_expression" {
			return false
		}
		seen := map[string]bool{}
		bad := anyNode(v, func(n tsparse.Node) bool {
			switch n.Kind() {
			case "template_string", "template_substitution", "string", "string_fragment", "escape_sequence", "parenthesized_expression":
				return false
			case "binary_expression":
				return n.Field("operator").Text() != "+"
			case "identifier":
				if slices.Contains(params, n.Text()) && keyHoldsWhole(n, v) {
					seen[n.Text()] = true
					return false
				}
				return true
			}
			return n.Named() && !n.Extra()
		})
		return !bad && len(seen) == len(params)
	}
	body := fn.Field("body")
	if body.Kind() != "statement_block" {
		return names(body)
	}
	stmts := namedNoComments(body)
	return len(stmts) == 1 && stmts[0].Kind() == "return_statement" && names(firstNamed(stmts[0]))
}

// thrownError reports whether n, a call or a constructor, makes the
// error a throw statement throws and is handed nothing that can reach a
// row (reachless): `throw new ForbiddenException()`, `throw new
// TRPCError({ code: "NOT_FOUND", message: `…${id}` })`. The helper gives
// nothing back on that path, and the code that made the error had no way
// to the row or to the keys the helper holds.
func thrownError(n, fn tsparse.Node, prims primitiveTypes) bool {
	v := n
	for p := v.Parent(); p.Kind() == "parenthesized_expression" || p.Kind() == "as_expression"; p = v.Parent() {
		v = p
	}
	if v.Parent().Kind() != "throw_statement" {
		return false
	}
	for t := v.Parent(); t.Valid() && !sameNode(t, fn); t = t.Parent() {
		if t.Kind() == "try_statement" && t.Field("handler").Valid() && sameNode(t.Field("body"), ancestorChild(t, v)) {
			// `try { throw new Auditor() } catch (e) { e.record(row) }`:
			// the helper keeps the object unread code made.
			return false
		}
	}
	return eachArgument(n, func(a tsparse.Node) bool { return reachless(a, fn, 0, prims) })
}

// eachArgument reports whether every argument of call passes ok; `new
// Forbidden` without an argument list has none.
func eachArgument(call tsparse.Node, ok func(tsparse.Node) bool) bool {
	args := call.Field("arguments")
	if !args.Valid() {
		return call.Kind() == "new_expression"
	}
	if args.Kind() != "arguments" {
		return false
	}
	for _, a := range namedNoComments(args) {
		if !ok(a) {
			return false
		}
	}
	return true
}

// ancestorChild is the child of ancestor that holds n.
func ancestorChild(ancestor, n tsparse.Node) tsparse.Node {
	for p := n.Parent(); p.Valid(); n, p = p, p.Parent() {
		if sameNode(p, ancestor) {
			return n
		}
	}
	return tsparse.Node{}
}

// reachless reports whether v can reach no row: a primitive (inertValue),
// or an object or array literal made here of such values.
func reachless(v, fn tsparse.Node, depth int, prims primitiveTypes) bool {
	if inertValue(v, fn, 0, prims) {
		return true
	}
	if depth > 4 {
		return false
	}
	return eachLiteralPart(uncast(v), func(e tsparse.Node) bool { return reachless(e, fn, depth+1, prims) })
}

// eachLiteralPart reports whether v is an array or object literal each of
// whose elements or values passes ok (a shorthand entry is its own
// value); a computed key, a spread, a method or an accessor may hold
// anything.
func eachLiteralPart(v tsparse.Node, ok func(tsparse.Node) bool) bool {
	switch v.Kind() {
	case "array":
		for _, e := range namedNoComments(v) {
			if !ok(e) {
				return false
			}
		}
		return true
	case "object":
		for _, e := range namedNoComments(v) {
			switch e.Kind() {
			case "pair":
				if e.Field("key").Kind() == "computed_property_name" || !ok(e.Field("value")) {
					return false
				}
			case "shorthand_property_identifier":
				if !ok(e) {
					return false
				}
			default:
				return false
			}
		}
		return true
	}
	return false
}

// inertValue reports whether v is a primitive whatever it reads: a
// literal, a template string of such values, arithmetic, a comparison or a unary
// operator's value, or a name of fn bound once to one: a parameter typed
// string, number, boolean or bigint, or a const holding such a value, not
// assigned again. Handed to unread code, it is a copy: nothing done with
// it reaches the row or changes the name. Anything else (a row, a member
// of one, an untyped parameter) may be an object.
func inertValue(v, fn tsparse.Node, depth int, prims primitiveTypes) bool {
	switch v = uncast(v); v.Kind() {
	case "string", "number", "true", "false", "null", "undefined", "unary_expression":
		return true
	case "template_string":
		// `${row}` is "[object Object]" whichever row: a key built of it
		// names no row.
		for _, sub := range namedNoComments(v) {
			if sub.Kind() == "template_substitution" && !inertValue(firstNamed(sub), fn, depth+1, prims) {
				return false
			}
		}
		return true
	case "binary_expression":
		switch v.Field("operator").Text() {
		case "&&", "||", "??":
			return false
		}
		return true
	case "identifier", "shorthand_property_identifier":
		name := v.Text()
		if depth > 4 {
			return false
		}
		if countBindings(fn, name) == 0 {
			return moduleInertConst(fn.Tree().Root(), name, depth, prims)
		}
		if countBindings(fn, name) != 1 || reassignsDeclared(fn, name) {
			return false
		}
		found := false
		anyNode(fn, func(d tsparse.Node) bool {
			switch d.Kind() {
			case "required_parameter", "optional_parameter":
				if p := d.Field("pattern"); p.Kind() == "identifier" && p.Text() == name {
					switch t := d.Field("type").Text(); {
					case t == ": string", t == ": number", t == ": boolean", t == ": bigint", prims[compact(strings.TrimPrefix(t, ":"))]:
						found = !d.Field("value").Valid() || inertValue(d.Field("value"), fn, depth+1, prims)
					}
					return true
				}
			case "variable_declarator":
				if p := d.Field("name"); p.Kind() == "identifier" && p.Text() == name {
					found = d.Parent().Kind() == "lexical_declaration" && strings.HasPrefix(d.Parent().Text(), "const") && d.Field("value").Valid() && inertValue(d.Field("value"), fn, depth+1, prims)
					return true
				}
			}
			return false
		})
		return found
	}
	return false
}

// moduleInertConst reports whether name, bound nowhere in the function
// reading it, is a const of the file's top level, bound once in the whole
// file and never assigned, holding a primitive: Shelf's `const label:
// ErrorLabel = "Booking"`, handed to the errors its helpers throw.
func moduleInertConst(root tsparse.Node, name string, depth int, prims primitiveTypes) bool {
	if countBindings(root, name) != 1 || reassignsDeclared(root, name) {
		return false
	}
	for _, st := range namedNoComments(root) {
		if st.Kind() == "export_statement" && st.Field("declaration").Valid() {
			st = st.Field("declaration")
		}
		if st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") {
			continue
		}
		for _, d := range namedNoComments(st) {
			if d.Kind() == "variable_declarator" && d.Field("name").Kind() == "identifier" && d.Field("name").Text() == name {
				return d.Field("value").Valid() && inertValue(d.Field("value"), root, depth+1, prims)
			}
		}
	}
	return false
}

// primitiveTypes are the spellings of a model field's TypeScript type
// that Prisma's client gives a primitive: `Booking["id"]` of a String
// id. A parameter so typed is a string as `: string` is (inertValue).
type primitiveTypes map[string]bool

// modelPrimitives are the primitiveTypes of s: each model's scalar fields
// of a type the client maps to a JavaScript primitive (String, Int,
// Float, Boolean, BigInt, an enum; not DateTime, Json, Bytes or Decimal,
// which are objects), spelled `Model["field"]` and `Model['field']`.
func modelPrimitives(s *prisma.Schema) primitiveTypes {
	out := primitiveTypes{}
	if s == nil {
		return out
	}
	for _, m := range s.Models {
		for _, f := range m.Fields {
			if f.IsList() {
				continue
			}
			switch {
			case f.Kind == prisma.ScalarField && slices.Contains([]string{"String", "Int", "Float", "Boolean", "BigInt"}, f.TypeName()), f.Enum() != nil:
				out[m.Name+`["`+f.Name()+`"]`] = true
				out[m.Name+`['`+f.Name()+`']`] = true
			}
		}
	}
	return out
}

// rowlessCall reports whether call, a call or a constructor of unread
// code, is handed nothing that can reach a row a query gave the helper
// (rowlessValue): whatever it runs, the row and its id stay as the helper
// checked them. Trigger.dev's getVercelProjectIntegration logs the row's
// id and parses its JSON field:
//
//	const parsedData = Schema.safeParse(integration.integrationData);
//	if (!parsedData.success) { logger.error("…", { projectId, integrationId: integration.id, error: parsedData.error }); return null }
func rowlessCall(call tsparse.Node, isQuery func(tsparse.Node) bool, depth int, prims primitiveTypes) bool {
	if !madeValueKept(call) {
		return false
	}
	fn := enclosingFunction(call)
	return eachArgument(call, func(a tsparse.Node) bool { return rowlessValue(a, fn, isQuery, depth, prims) })
}

// rowlessValue reports whether v can reach no row a query gave: a
// primitive (inertValue); a field of a query's row that is only read
// (queryRow), which is a scalar, a JSON value or a related row, none
// holding the row; what unread code handed only such values made
// (rowlessMade), or a field of it; or an object, array or template of
// these.
func rowlessValue(v, fn tsparse.Node, isQuery func(tsparse.Node) bool, depth int, prims primitiveTypes) bool {
	if inertValue(v, fn, 0, prims) {
		return true
	}
	if depth > 4 {
		return false
	}
	switch v = uncast(v); v.Kind() {
	case "member_expression":
		obj := uncast(v.Field("object"))
		if v.Field("property").Kind() != "property_identifier" {
			return false
		}
		return queryRow(obj, isQuery) || rowlessMade(obj, isQuery, depth+1, prims)
	case "identifier", "shorthand_property_identifier":
		return rowlessMade(v, isQuery, depth+1, prims)
	case "template_string":
		for _, sub := range namedNoComments(v) {
			if sub.Kind() == "template_substitution" && !rowlessValue(firstNamed(sub), fn, isQuery, depth+1, prims) {
				return false
			}
		}
		return true
	}
	if primitiveFieldsMapped(v, prims) {
		return true
	}
	return eachLiteralPart(v, func(e tsparse.Node) bool { return rowlessValue(e, fn, isQuery, depth+1, prims) })
}

// primitiveFieldsMapped reports whether v is `list.map((r) => r.f)`, f a
// field some model holds as a primitive (prims): a new array of strings
// or numbers, which holds no row and through which none can be changed
// (LangWatch's budgets hand their service the rows' ids).
func primitiveFieldsMapped(v tsparse.Node, prims primitiveTypes) bool {
	fn := uncast(v.Field("function"))
	args := namedNoComments(v.Field("arguments"))
	if v.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "map" || len(args) != 1 || args[0].Kind() != "arrow_function" {
		return false
	}
	cb := args[0]
	param := cb.Field("parameter")
	if !param.Valid() {
		ps := namedNoComments(cb.Field("parameters"))
		if len(ps) != 1 || ps[0].Kind() != "required_parameter" {
			return false
		}
		param = ps[0].Field("pattern")
	}
	body := uncast(cb.Field("body"))
	return param.Kind() == "identifier" && primitiveFieldRead(body, prims) && uncast(body.Field("object")).Text() == param.Text()
}

// primitiveFieldRead reports whether v reads, off a name, a field some
// model holds as a primitive (`b.id`): a string or a number of a row,
// which holds no row and through which none can be changed.
func primitiveFieldRead(v tsparse.Node, prims primitiveTypes) bool {
	v = uncast(v)
	if v.Kind() != "member_expression" || v.Field("property").Kind() != "property_identifier" || uncast(v.Field("object")).Kind() != "identifier" {
		return false
	}
	suffix := `["` + v.Field("property").Text() + `"]`
	for t := range prims {
		if strings.HasSuffix(t, suffix) {
			return true
		}
	}
	return false
}

// rowlessMade reports whether id is a const holding what a call or a
// constructor of unread code gave, awaited or not, handed nothing that
// can reach a row (rowlessCall), and not a query (whose value is a row):
// it had no way to the row to give back.
func rowlessMade(id tsparse.Node, isQuery func(tsparse.Node) bool, depth int, prims primitiveTypes) bool {
	if id.Kind() != "identifier" && id.Kind() != "shorthand_property_identifier" {
		return false
	}
	held, ok := constValue(id)
	if !ok {
		return false
	}
	made := uncastAwait(held)
	if isQuery(made) {
		// The row itself.
		return false
	}
	var callee tsparse.Node
	switch made.Kind() {
	case "call_expression":
		callee = made.Field("function")
	case "new_expression":
		callee = made.Field("constructor")
	default:
		return false
	}
	root := calleeRoot(callee)
	return root.Kind() == "identifier" && unreadBinding(made, root.Text()) && rowlessCall(made, isQuery, depth, prims)
}

// madeValueKept reports whether what call, a call or a constructor of
// unread code, gives is kept from the row: dropped, or held by a const
// whose every mention reads a field of it (harmlessRead) that is only
// tested, handed back in the returned object literal, or handed to a call
// of unread code (judged with rowlessCall in its turn). Code holding such
// an object may be handed the row through it: its methods called
// (`auditing.make().record(row)`, `made.push(row)`), a field written, or
// the object handed to a function of the file with the row beside it.
func madeValueKept(call tsparse.Node) bool {
	v := call
	for p := v.Parent(); p.Kind() == "parenthesized_expression" || p.Kind() == "as_expression" || p.Kind() == "satisfies_expression" || p.Kind() == "non_null_expression" || p.Kind() == "await_expression"; p = v.Parent() {
		v = p
	}
	p := v.Parent()
	switch p.Kind() {
	case "expression_statement":
		return true
	case "variable_declarator":
		name := p.Field("name")
		if !sameNode(p.Field("value"), v) || name.Kind() != "identifier" || p.Parent().Kind() != "lexical_declaration" || !strings.HasPrefix(p.Parent().Text(), "const") {
			return false
		}
		return !anyNode(enclosingFunction(p), func(n tsparse.Node) bool {
			if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != name.Text() || sameNode(n, name) {
				return false
			}
			m := n.Parent()
			return m.Kind() != "member_expression" || !sameNode(m.Field("object"), n) || m.Field("property").Kind() != "property_identifier" || !harmlessRead(m)
		})
	}
	return false
}

// harmlessRead reports whether m, a field read of what unread code made,
// is only tested (`!parsed.success`, a comparison, an if's condition), or
// is a value of an object literal returned or handed to unread code, or
// an argument of unread code.
func harmlessRead(m tsparse.Node) bool {
	p := m.Parent()
	switch p.Kind() {
	case "unary_expression":
		op := p.Field("operator").Text()
		return op == "!" || op == "typeof"
	case "binary_expression":
		switch p.Field("operator").Text() {
		case "===", "!==", "==", "!=":
			return true
		}
		return false
	case "parenthesized_expression":
		return p.Parent().Kind() == "if_statement" && sameNode(p.Parent().Field("condition"), p)
	case "pair":
		if !sameNode(p.Field("value"), m) {
			return false
		}
	case "arguments":
	default:
		return false
	}
	for a := p; a.Valid(); a = a.Parent() {
		switch a.Kind() {
		case "pair", "object":
		case "return_statement":
			return true
		case "arguments":
			call := a.Parent()
			if call.Kind() != "call_expression" {
				return false
			}
			root := calleeRoot(call.Field("function"))
			return root.Kind() == "identifier" && unreadBinding(call, root.Text())
		default:
			return false
		}
	}
	return false
}
