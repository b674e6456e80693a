package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// copiedFoundRow lets returnsFoundRows read `copy ?? row` as row when copy
// is a copy of the row (rowCopy) for every key of target: LangWatch's
// budgets,
//
//	const budget = await this.prisma.gatewayBudget.findFirst({ where: { id, organizationId } });
//	if (!budget) return null;
//	const [decorated] = await this.applyClickHouseSpend([budget], organizationId);
//	return decorated ?? budget;
//
// where the method returns `budgets.map((b) => ({ ...b, spentUsd }))` of
// the list it is handed. Either side is then an object whose keys are the
// row's, the one returnsFoundRows reads. A key is a field of target's
// primary key or of one of its unique constraints (a relation references
// one), the copy read to keep each; the function returning v writes no
// field of that name. Anything else is v itself.
func (q *queryCheck) copiedFoundRow(v tsparse.Node, target *prisma.Model) tsparse.Node {
	if v.Kind() != "binary_expression" || v.Field("operator").Kind() != "??" {
		return v
	}
	row := uncast(v.Field("right"))
	if row.Kind() != "identifier" {
		return v
	}
	name := row.Text()
	scope, _ := bindingScope(row, name, -1)
	isRow := func(n tsparse.Node, path []string) bool {
		if len(path) != 0 || n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != name {
			return false
		}
		s, _ := bindingScope(n, name, -1)
		return sameNode(s, scope)
	}
	keys := uniqueFields(target)
	fn := enclosingFunction(v)
	if len(keys) == 0 || !fn.Valid() {
		return v
	}
	for _, key := range keys {
		c := &rowCopy{x: q.helpers, key: key}
		kept := !rewritesKey(fn, key) && c.keeps(v.Field("left"), nil, isRow, 0)
		c.close()
		if !kept {
			return v
		}
	}
	return row
}

// parsedFoundRow lets returnsFoundRows read `Schema.parse(x)` as x when
// the schema is read to give back each key of target (a field of its
// primary key or of a unique constraint) as x holds it: Langfuse's
// dashboard service,
//
//	const newDashboard = await prisma.dashboard.create({ data: { name, projectId } });
//	return DashboardDomainSchema.parse({ ...newDashboard, owner: "PROJECT" });
//
// with `DashboardDomainSchema = z.object({ id: z.string(), … })`. The
// parse builds a new object of the schema's entries, each key copied as
// objectSchemaKeeps reads it, or throws. A schema the rule cannot read so
// (a transform, a preprocess, one built another way) proves nothing, and
// v itself is given back.
func (q *queryCheck) parsedFoundRow(v tsparse.Node, target *prisma.Model) tsparse.Node {
	keys := uniqueFields(target)
	if len(keys) == 0 {
		return v
	}
	var parsed tsparse.Node
	for _, key := range keys {
		c := &rowCopy{x: q.wrapperIndex(), key: key, strict: true}
		arg, ok := schemaParse(uncast(v), c, "parse")
		c.close()
		if !ok || arg.Kind() == "spread_element" {
			return v
		}
		parsed = uncast(arg)
	}
	return parsed
}

// uniqueFields are the fields of m's primary key and unique constraints,
// each once.
func uniqueFields(m *prisma.Model) []string {
	var keys []string
	for _, ix := range m.AllIndexes() {
		if ix.Kind != prisma.IndexID && ix.Kind != prisma.IndexUnique {
			continue
		}
		for _, f := range ix.Fields {
			if f.Field != nil && !slices.Contains(keys, f.Field.Name()) {
				keys = append(keys, f.Field.Name())
			}
		}
	}
	return keys
}

// anyElement, in a path rowCopy reads, stands for an element of a list:
// the value read through it is a list each element of which is a copy.
const anyElement = "[]"

// elementKeeps is rowCopy's reading of `a ?? b` (both sides copies), of
// `list[0]` (an element of a list of copies) and of an array literal read
// as a list (every element a copy, no spread). An element past the end
// is undefined, which a `?? row` replaces and whose key read throws.
func (c *rowCopy) elementKeeps(e tsparse.Node, path []string, src func(tsparse.Node, []string) bool, steps int) bool {
	switch e.Kind() {
	case "binary_expression":
		return e.Field("operator").Kind() == "??" && c.keeps(e.Field("left"), path, src, steps+1) && c.keeps(e.Field("right"), path, src, steps+1)
	case "subscript_expression":
		return e.Field("index").Kind() == "number" && c.keeps(e.Field("object"), append([]string{anyElement}, path...), src, steps+1)
	case "array":
		elements := namedNoComments(e)
		if len(path) == 0 || path[0] != anyElement || len(elements) == 0 {
			return false
		}
		for _, el := range elements {
			if el.Kind() == "spread_element" || !c.keeps(el, path[1:], src, steps+1) {
				return false
			}
		}
		return true
	}
	return false
}

// patternElementKeeps reads name, an element of pat, a const array
// pattern destructuring value (`const [decorated] = await …`): an
// element of that list. A default (`[x = other]`), a rest or a nested
// pattern is not read.
func (c *rowCopy) patternElementKeeps(pat tsparse.Node, name string, value tsparse.Node, path []string, src func(tsparse.Node, []string) bool, steps int) bool {
	for _, e := range namedNoComments(pat) {
		if e.Kind() == "identifier" && e.Text() == name {
			return c.keeps(value, append([]string{anyElement}, path...), src, steps+1)
		}
	}
	return false
}

// mapKeeps reads `list.map(f)` as a list of copies: list is one, and f,
// an arrow or function expression neither async nor a generator, returns
// on every path a copy of its first parameter, which it never assigns,
// writing no field named key.
func (c *rowCopy) mapKeeps(call tsparse.Node, path []string, src func(tsparse.Node, []string) bool, steps int) bool {
	callee := call.Field("function")
	args := namedNoComments(call.Field("arguments"))
	if len(path) == 0 || path[0] != anyElement || callee.Kind() != "member_expression" || callee.Field("property").Text() != "map" || len(args) != 1 {
		return false
	}
	f := uncast(args[0])
	if f.Kind() != "arrow_function" && f.Kind() != "function_expression" || hasChild(f, "async") || hasChild(f, "*") {
		return false
	}
	param, _ := firstParam(f)
	if param.Kind() != "identifier" || param.Parent().Field("value").Valid() || rewritesKey(f, c.key) || !c.keeps(callee.Field("object"), []string{anyElement}, src, steps+1) {
		return false
	}
	name := param.Text()
	if anyNode(f, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			return assignsBinding(n.Field("left"), name, f)
		case "update_expression":
			return assignsBinding(n.Field("argument"), name, f)
		}
		return false
	}) {
		return false
	}
	isParam := func(n tsparse.Node, p []string) bool {
		if len(p) != 0 || n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != name {
			return false
		}
		s, _ := bindingScope(n, name, -1)
		return sameNode(s, f)
	}
	body := f.Field("body")
	if body.Kind() != "statement_block" {
		return c.keeps(body, path[1:], isParam, steps+1)
	}
	returns, ok := 0, true
	eachReturn(body, func(_, v tsparse.Node) bool {
		returns++
		ok = v.Valid() && c.keeps(v, path[1:], isParam, steps+1)
		return ok
	})
	return ok && returns > 0
}

// copyingMethod is the method `this.<method>(…)` calls that no subclass
// may override (finalMethod), no generator.
func copyingMethod(x *helperIndex, call tsparse.Node, method string) tsparse.Node {
	fn := finalMethod(x, call, method)
	if hasChild(fn, "*") {
		return tsparse.Node{}
	}
	return fn
}

// finalMethod is the method `this.<method>(…)` calls (thisMethod) when no
// subclass may override it and no file replaces it: a `#name` one; a
// `private` one, or one of a class no file of the code extends (`class
// Sub extends Base { apply() { return others; } }` runs Sub's for Sub's
// instances), of a class whose prototype no file reaches
// (`Base.prototype.apply = …` runs for every instance), and of a name no
// file sets on an object (`store.apply = …` runs for that instance).
func finalMethod(x *helperIndex, call tsparse.Node, method string) tsparse.Node {
	fn := thisMethod(call, method)
	if !fn.Valid() || fn.Field("name").Kind() == "private_property_identifier" {
		return fn
	}
	class := fn.Parent().Parent().Field("name")
	if x != nil && (class.Valid() && x.prototypeReached(class.Text()) || x.memberReplaced(method)) {
		return tsparse.Node{}
	}
	if privateMethod(fn) {
		return fn
	}
	if x == nil || !class.Valid() || x.classExtended(class.Text()) {
		return tsparse.Node{}
	}
	return fn
}

// memberReplaced reports whether some file may set a member named method
// on an object (replaceables.setMembers): the instance a call runs on may
// be any.
func (x *helperIndex) memberReplaced(method string) bool {
	return x.replaceable().setMembers[method]
}

// prototypeReached reports whether some file names class's prototype
// (`Base.prototype.m = …`, `Object.defineProperty(Base.prototype, …)`,
// `(Base.prototype as any).m = …`): through it any method, a TypeScript
// `private` one too, may be replaced for every instance.
func (x *helperIndex) prototypeReached(class string) bool {
	return x.replaceable().prototyped[class]
}

// classExtended reports whether some file of the code extends class or a
// const alias of it (replaceables.extendedAs).
func (x *helperIndex) classExtended(class string) bool {
	return x.replaceable().extendedAs(class, map[string]bool{})
}

// awaitedIfAsync reports whether call, of fn, gives fn's value: fn is not
// async, or call is awaited (an async function's promise has no key).
func awaitedIfAsync(call, fn tsparse.Node) bool {
	if !hasChild(fn, "async") {
		return true
	}
	p := call.Parent()
	for p.Kind() == "parenthesized_expression" || p.Kind() == "as_expression" || p.Kind() == "satisfies_expression" || p.Kind() == "non_null_expression" {
		p = p.Parent()
	}
	return p.Kind() == "await_expression"
}

// ownParameter reports whether a node, cast or not, names fn's own
// parameter param (`list`, `{ list }`), not another binding of that name.
func ownParameter(fn tsparse.Node, param string) func(tsparse.Node) bool {
	return func(n tsparse.Node) bool {
		n = uncast(n)
		if n.Text() != param || n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" {
			return false
		}
		s, _ := bindingScope(n, param, -1)
		return sameNode(s, fn)
	}
}

// copiedListChanged reports whether fn may put another value in the list
// param holds: an element assigned (`param[i] = …`), a method of the list
// that adds or replaces elements called, or the list given another name
// (which such a change may go through). A call the list is handed to is
// trusted not to change it, as rowCopy trusts a call the row is handed
// to.
func copiedListChanged(fn tsparse.Node, param string) bool {
	own := ownParameter(fn, param)
	return anyNode(fn, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "subscript_expression":
			p := n.Parent()
			assigned := (p.Kind() == "assignment_expression" || p.Kind() == "augmented_assignment_expression") && sameNode(p.Field("left"), n) || p.Kind() == "update_expression"
			return own(n.Field("object")) && assigned
		case "member_expression":
			return own(n.Field("object")) && slices.Contains([]string{"push", "unshift", "splice", "fill", "copyWithin"}, n.Field("property").Text())
		case "variable_declarator":
			return own(n.Field("value"))
		case "assignment_expression":
			return own(n.Field("right"))
		}
		return false
	})
}
