package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A list of the tenant's rows or ids is proven by the query that made it;
// the proofs then ask whether anything put other elements in it since.
// Naming the ways in (a push, an element set, a let given another list)
// leaves open every way not named: `[ids].forEach((l) => l.push(other))`,
// `(ids || []).push(other)`, `ids["push"](other)`, `const bag = { list:
// ids }; bag.list.push(other)`. listReading turns the question around:
// every use of the list must be one known only to read it.

// listReaders are the members of an array (or a Set) that only read it,
// or give a new array: a call of one cannot add an element.
var listReaders = []string{
	"length", "size", "map", "filter", "forEach", "some", "every", "includes", "has", "get",
	"indexOf", "lastIndexOf", "find", "findIndex", "findLast", "findLastIndex", "join",
	"slice", "concat", "reduce", "reduceRight", "flat", "flatMap", "at", "entries", "keys",
	"values", "toString", "toLocaleString", "toSorted", "toReversed", "toSpliced", "with",
}

// listReorderers change the order of a list in place and give the list
// itself back: no element is added, but what they return is the list.
var listReorderers = []string{"sort", "reverse"}

// aliasDepth is how many names given the list in turn are followed.
const aliasDepth = 3

// listReading judges the uses of one list in scope.
type listReading struct {
	scope tsparse.Node
	// handed judges a call given the list as its argument i: whether the
	// function called may change it. nil leaves calls to another check
	// (handedBefore, changedByCall) and judges here only what no call
	// is handed.
	handed func(call tsparse.Node, i int) bool
	// exits is the function whose returns end the way to the use proven
	// (the function it stands in): a list it returns goes nowhere the use
	// sees. A function the list is handed to has none: its caller may
	// change what it gets back.
	exits tsparse.Node
	// rows judges a row rather than a list: its fields may be read, not
	// set (rowFieldSet).
	rows bool
	// before tells whether a use may run before the use proven (nil:
	// every use may): a use only after it changes nothing it read.
	before func(tsparse.Node) bool
}

// unread reports whether a use of the list, an occurrence the
// test own accepts, is not one known only to read it (listReading.read).
func (u listReading) unread(own func(tsparse.Node) bool, depth int) bool {
	return u.scope.AnyOfKind([]string{"identifier", "shorthand_property_identifier"}, func(n tsparse.Node) bool {
		if !own(n) || bindingSite(n) || u.before != nil && !u.before(n) {
			return false
		}
		return !u.read(n, depth)
	})
}

// bindingSite reports whether the name n is where a binding is made or
// given a new value (`const ids = …`, a parameter, `ids = other`): a
// new value for the name is not a change of the list it held, and the
// proofs that follow a let judge it themselves.
func bindingSite(n tsparse.Node) bool {
	p := n.Parent()
	switch p.Kind() {
	case "variable_declarator":
		return sameNode(p.Field("name"), n)
	case "assignment_expression":
		return sameNode(p.Field("left"), n)
	case "for_in_statement":
		return sameNode(p.Field("left"), n)
	case "arrow_function":
		return sameNode(p.Field("parameter"), n)
	case "required_parameter", "optional_parameter", "rest_pattern", "array_pattern", "object_pattern", "pair_pattern", "assignment_pattern", "object_assignment_pattern", "catch_clause":
		return true
	}
	return false
}

// thrownOut reports whether call, a call or a `new`, is thrown out of
// scope at once (`throw new Failure({ kept })`): no statement of scope
// runs after it, no catch of scope gets it.
func thrownOut(call, scope tsparse.Node) bool {
	if call.Parent().Kind() != "throw_statement" {
		return false
	}
	for p := call.Parent(); p.Valid() && !sameNode(p, scope); p = p.Parent() {
		if p.Kind() == "try_statement" || functionKinds[p.Kind()] {
			return false
		}
	}
	return true
}

// read reports whether the list n names is only read where n stands:
// its members read (listReaders), an element read, copied by a spread,
// looped over, tested or compared, given to a Prisma operation or to a
// call handed accepts, or given another name whose uses are read in turn.
// The value of `ids || []`, `c ? ids : other`, `ids.sort()` and casts is
// the list itself, judged where it goes. Anything else is not known to
// read it.
func (u listReading) read(n tsparse.Node, depth int) bool {
	e := n
	for {
		p := e.Parent()
		switch p.Kind() {
		case "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression", "await_expression":
			e = p
			continue
		case "binary_expression":
			switch p.Field("operator").Text() {
			case "||", "??":
				e = p
				continue
			case "&&":
				if !sameNode(p.Field("right"), e) {
					return true // a test
				}
				e = p
				continue
			}
			return true // compared, counted, joined into a string
		case "ternary_expression":
			if sameNode(p.Field("condition"), e) {
				return true
			}
			e = p
			continue
		case "unary_expression":
			return p.Field("operator").Text() != "delete"
		case "if_statement", "while_statement", "do_statement", "for_statement", "switch_statement", "type_query", "expression_statement", "spread_element":
			return true
		case "template_substitution":
			// Joined into a string, unless a tag is given it.
			tagged := p.Parent().Parent()
			return tagged.Kind() != "call_expression" || !sameNode(tagged.Field("arguments"), p.Parent()) || sqlTag(tagged)
		case "for_in_statement":
			return sameNode(p.Field("right"), e)
		case "member_expression":
			if !sameNode(p.Field("object"), e) {
				return false
			}
			if u.rows {
				return !rowFieldSet(p)
			}
			if listMemberSet(p) {
				return false // `ids.length = 0` drops its elements
			}
			method := p.Field("property").Text()
			call := p.Parent()
			called := call.Kind() == "call_expression" && sameNode(call.Field("function"), p)
			if called && slices.Contains(listReorderers, method) {
				e = call
				continue
			}
			if !slices.Contains(listReaders, method) {
				return false
			}
			return !called || !callbackGetsList(call, method)
		case "subscript_expression":
			if !sameNode(p.Field("object"), e) {
				return true // an index
			}
			if u.rows {
				return !rowFieldSet(p)
			}
			return elementRead(p)
		case "arguments":
			return u.argumentRead(p.Parent(), e, depth)
		case "variable_declarator":
			name := p.Field("name")
			if name.Kind() == "array_pattern" || name.Kind() == "object_pattern" {
				return true // elements or fields taken out
			}
			return name.Kind() == "identifier" && u.aliasRead(name, depth)
		case "assignment_expression":
			left := uncast(p.Field("left"))
			return left.Kind() == "identifier" && u.aliasRead(left, depth)
		case "return_statement":
			return u.exits.Valid() && sameNode(enclosingFunction(p), u.exits)
		case "array", "object", "pair":
			return u.heldRead(e, depth, true)
		}
		return false
	}
}

// callbackGetsList reports whether a callback given to the array method
// call takes the array itself: the third parameter of `forEach((x, i,
// list) => …)`, the fourth of reduce's, a rest parameter or `arguments`
// that reach it. A callback given by name is read where the name is
// declared; one the rule cannot read (imported, a parameter, a method)
// may take it, unless a conversion built in (listConverters).
func callbackGetsList(call tsparse.Node, method string) bool {
	at := 2
	if method == "reduce" || method == "reduceRight" {
		at = 3
	}
	args := namedNoComments(call.Field("arguments"))
	if slices.ContainsFunc(args, func(a tsparse.Node) bool {
		a = uncast(a)
		return functionKinds[a.Kind()] && takesParameter(a, at)
	}) {
		return true
	}
	if len(args) == 0 || !slices.Contains(callbackMethods, method) {
		return false
	}
	cb := uncast(args[0])
	switch cb.Kind() {
	case "identifier":
		name := cb.Text()
		scope, byStatement := bindingScope(cb, name, -1)
		if !scope.Valid() {
			_, module := importOf(cb, name)
			return module != "" || !slices.Contains(listConverters, name)
		}
		if !byStatement {
			return true // a parameter: any function
		}
		for _, st := range scope.NamedChildren() {
			st = declarationOf(st)
			if fn := declared(st, name); fn.Valid() && functionKinds[fn.Kind()] {
				return takesParameter(fn, at)
			}
		}
		return true
	case "arrow_function", "function_expression":
		return false // judged above
	}
	return true
}

// callbackMethods are the listReaders whose first argument is a callback
// given the element, its index and the list.
var callbackMethods = []string{"map", "filter", "forEach", "some", "every", "find", "findIndex", "findLast", "findLastIndex", "reduce", "reduceRight", "flatMap"}

// listConverters are the functions built in that a list's elements are
// commonly mapped or filtered through: each reads its first argument
// only (`ids.filter(Boolean)`, `ids.map(String)`).
var listConverters = []string{"Boolean", "String", "Number", "BigInt", "parseInt", "parseFloat", "encodeURIComponent", "decodeURIComponent"}

// takesParameter reports whether the function fn may read its parameter
// at (counted from 0): it declares that many, a rest parameter, or reads
// `arguments`.
func takesParameter(fn tsparse.Node, at int) bool {
	params := namedNoComments(fn.Field("parameters"))
	return len(params) > at || readsArguments(fn) || slices.ContainsFunc(params, func(p tsparse.Node) bool {
		return p.Kind() == "rest_pattern" || firstNamed(p).Kind() == "rest_pattern"
	})
}

// listMemberSet reports whether m, a member of a list (`ids.length`), is
// set, deleted or the target of a destructuring or a loop, not read.
func listMemberSet(m tsparse.Node) bool {
	p := m.Parent()
	switch p.Kind() {
	case "assignment_expression", "augmented_assignment_expression", "assignment_pattern", "object_assignment_pattern", "for_in_statement":
		return sameNode(p.Field("left"), m)
	case "pair_pattern":
		return sameNode(p.Field("value"), m)
	case "update_expression", "array_pattern", "rest_pattern":
		return true
	case "unary_expression":
		return p.Field("operator").Text() == "delete"
	}
	return false
}

// elementRead reports whether the element s picks is read, not set,
// deleted or called: `ids[0]`, not `ids[0] = other`, `[ids[0]] = [other]`,
// `for (ids[0] of others)` nor `ids["push"](x)`.
func elementRead(s tsparse.Node) bool {
	p := s.Parent()
	switch p.Kind() {
	case "assignment_expression", "augmented_assignment_expression", "assignment_pattern", "object_assignment_pattern", "for_in_statement":
		return !sameNode(p.Field("left"), s)
	case "pair_pattern":
		return !sameNode(p.Field("value"), s)
	case "update_expression", "array_pattern", "rest_pattern":
		return false
	case "unary_expression":
		return p.Field("operator").Text() != "delete"
	case "call_expression":
		return !sameNode(p.Field("function"), s)
	}
	return true
}

// argumentRead judges the list e given to call: a Prisma operation reads
// it, as do the calls that keep their arguments (a Set made of it,
// Array.from, a console method); any other call is handed's to judge.
func (u listReading) argumentRead(call, e tsparse.Node, depth int) bool {
	if keepsArguments(call) || prismaOperation(call) || thrownOut(call, u.scope) {
		return true
	}
	i := slices.IndexFunc(namedNoComments(call.Field("arguments")), func(a tsparse.Node) bool { return sameNode(a, e) })
	if call.Kind() != "call_expression" {
		// A row given to a constructor is judged as one given to a call
		// (rowHandedTo reads a class of the file's; one the rule cannot
		// read is trusted: `new RowView(row)`). A list is refused.
		if !u.rows || call.Kind() != "new_expression" {
			return false
		}
		return u.handed == nil || i >= 0 && !u.handed(call, i)
	}
	if setsFields(call) {
		return i > 0
	}
	if holder, ok := containerAdded(call); ok && u.rows {
		// A row put into a local list or map is reached through it
		// (`all.push(row); all[0].parentId = other`): its uses are
		// judged as a literal's holding the row.
		return holder.Kind() == "identifier" && depth < aliasDepth && u.holderRead(holder, depth)
	}
	if u.handed == nil {
		return true
	}
	return i >= 0 && !u.handed(call, i)
}

// sqlTags are the tags that build SQL of what they substitute, reading
// it: Prisma.sql, or a raw query's own ($queryRaw, $executeRaw).
var sqlTags = []string{"sql", "$queryRaw", "$executeRaw"}

// sqlTag reports whether the tagged template call is tagged by one of
// sqlTags (`Prisma.sql`, `tx.$queryRaw<Row[]>`).
func sqlTag(call tsparse.Node) bool {
	fn := uncast(call.Field("function"))
	if fn.Kind() == "member_expression" {
		fn = fn.Field("property")
	}
	return slices.Contains(sqlTags, fn.Text())
}

// fileConstructor is the constructor of the class of the file that the
// new expression call builds, or an invalid node.
func fileConstructor(call tsparse.Node) tsparse.Node {
	class := uncast(call.Field("constructor"))
	if class.Kind() != "identifier" {
		return tsparse.Node{}
	}
	scope, byStatement := bindingScope(call, class.Text(), -1)
	if !byStatement {
		return tsparse.Node{}
	}
	for _, st := range scope.NamedChildren() {
		st = declarationOf(st)
		if st.Kind() != "class_declaration" || st.Field("name").Text() != class.Text() {
			continue
		}
		for _, m := range namedNoComments(st.Field("body")) {
			if m.Kind() == "method_definition" && m.Field("name").Text() == "constructor" {
				return m
			}
		}
	}
	return tsparse.Node{}
}

// containerAdders are the methods that put their arguments into the
// array, Set or Map they are called on.
var containerAdders = append([]string{"set"}, listGrowers...)

// containerAdded reports whether call puts its arguments into the object
// it is called on (`all.push(row)`, `byId.set(id, row)`), and which.
func containerAdded(call tsparse.Node) (holder tsparse.Node, ok bool) {
	fn := uncast(call.Field("function"))
	if fn.Kind() != "member_expression" || !slices.Contains(containerAdders, fn.Field("property").Text()) {
		return tsparse.Node{}, false
	}
	return uncast(fn.Field("object")), true
}

// prismaOperation reports whether call is a Prisma operation
// (`prisma.doc.findMany(…)`): it reads its arguments.
func prismaOperation(call tsparse.Node) bool {
	fn := call.Field("function")
	return call.Kind() == "call_expression" && fn.Kind() == "member_expression" && slices.Contains(tsquery.Operations, fn.Field("property").Text())
}

// aliasRead reports whether the uses of name, given the list, are read in
// turn: `const l = ids || []; l.push(other)` changes ids. A name bound
// outside scope (a variable of the module) lets the list out: code the
// judge does not read may change it through that name.
func (u listReading) aliasRead(name tsparse.Node, depth int) bool {
	if depth >= aliasDepth {
		return false
	}
	alias := name.Text()
	scope, _ := bindingScope(name, alias, -1)
	if !scope.Valid() || !spans(u.scope, scope) {
		return false
	}
	return !u.unread(func(n tsparse.Node) bool {
		if n.Text() != alias {
			return false
		}
		s, _ := bindingScope(n, alias, -1)
		return sameNode(s, scope)
	}, depth+1)
}

// heldRead judges an object or array literal e stands in (`[ids]`, `{
// list: ids }`, `{ where: { id: { in: ids } } }`), through which the list
// may be reached: read when the literal is given to a Prisma operation or
// to a call that keeps its arguments, thrown out of the function,
// returned where a return is read, or given a name used only so (`const
// where = { id: { in: ids } }`, then `{ where }` or `{ ...where }` given
// to the query, or a field of it set); named is false for a literal
// inside a holder already named (holderRead), which takes no name of its
// own. Handed to any other call, it is read only when calls are another
// check's (handed nil), as handedBefore refuses such a literal itself
// (literalHolds).
func (u listReading) heldRead(e tsparse.Node, depth int, named bool) bool {
	for {
		p := e.Parent()
		switch p.Kind() {
		case "array", "object", "pair", "spread_element", "parenthesized_expression", "as_expression", "satisfies_expression":
			// A spread copies the fields, the list among them: `{ where:
			// { ...where, title } }` gives the query the same list.
			e = p
			continue
		case "arguments":
			call := p.Parent()
			if keepsArguments(call) {
				// Not another check's: Array.from([ids])[0] is ids.
				return readsHeld(call)
			}
			return prismaOperation(call) || thrownOut(call, u.scope) || u.handed == nil && call.Kind() == "call_expression"
		case "return_statement":
			return u.exits.Valid() && sameNode(enclosingFunction(p), u.exits)
		case "variable_declarator":
			name := p.Field("name")
			return named && sameNode(p.Field("value"), e) && name.Kind() == "identifier" && depth < aliasDepth && u.holderRead(name, depth)
		}
		return false
	}
}

// readsHeld reports whether call, given a literal that holds the list,
// only reads it: a call that keeps its arguments (keepsArguments), but
// not a Set, a Map or Array.from, whose elements are the literal's own
// (`Array.from([ids])[0]` is the list).
func readsHeld(call tsparse.Node) bool {
	return call.Kind() == "call_expression" && keepsArguments(call) && compact(call.Field("function").Text()) != "Array.from"
}

// holderRead reports whether every use of name, a literal holding the
// list, gives it to a Prisma operation (inside its arguments), sets a
// field of it, or reads a field of it that is then only read (`bag.list`
// may be the list); a call handed nil leaves to another check takes it
// too.
func (u listReading) holderRead(name tsparse.Node, depth int) bool {
	holder := name.Text()
	scope, _ := bindingScope(name, holder, -1)
	return !u.scope.AnyOfKind([]string{"identifier", "shorthand_property_identifier"}, func(n tsparse.Node) bool {
		if n.Text() != holder || bindingSite(n) {
			return false
		}
		if s, _ := bindingScope(n, holder, -1); !sameNode(s, scope) || u.before != nil && !u.before(n) {
			return false
		}
		p := n.Parent()
		if p.Kind() == "member_expression" && sameNode(p.Field("object"), n) {
			set := p.Parent()
			if (set.Kind() == "assignment_expression" || set.Kind() == "augmented_assignment_expression") && sameNode(set.Field("left"), p) {
				return false
			}
			if holder, added := containerAdded(set); added && set.Kind() == "call_expression" && sameNode(holder, n) {
				return false // more put in beside the list or row
			}
			// `bag.list` may be the list itself: judged as it is.
			return !u.read(p, depth+1)
		}
		return !u.heldRead(n, depth, false)
	})
}

// rowReaders are the methods of a row's own that read it.
var rowReaders = append([]string{"toString", "valueOf", "toJSON", "hasOwnProperty"}, listReaders...)

// rowFieldSet reports whether m, a field of a row (`row.id`, `row["id"]`,
// `row.owner.id`), is set, deleted, the target of a destructuring or a
// loop, or m is a method of the row's own called other than one that
// reads (rowReaders).
func rowFieldSet(m tsparse.Node) bool {
	first := m
	for q := m.Parent(); (q.Kind() == "member_expression" || q.Kind() == "subscript_expression") && sameNode(q.Field("object"), m); q = m.Parent() {
		m = q
	}
	p := m.Parent()
	switch p.Kind() {
	case "assignment_expression", "augmented_assignment_expression":
		return sameNode(p.Field("left"), m)
	case "update_expression", "array_pattern", "rest_pattern":
		return true
	case "unary_expression":
		return p.Field("operator").Text() == "delete"
	case "pair_pattern":
		return sameNode(p.Field("value"), m)
	case "assignment_pattern", "object_assignment_pattern":
		return sameNode(p.Field("left"), m)
	case "for_in_statement":
		return sameNode(p.Field("left"), m)
	case "call_expression":
		return sameNode(m, first) && sameNode(p.Field("function"), m) && !slices.Contains(rowReaders, m.Field("property").Text())
	}
	return false
}
