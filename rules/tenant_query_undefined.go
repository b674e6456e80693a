package rules

import (
	"bytes"
	"regexp"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// What the query rule reads, without a type checker, of a tenant value
// that may be undefined. A name or a member chain given as the tenant value
// is followed to where it is bound, in the function the call is in, one
// it is nested in, or the module (the innermost binding wins):
//
//   - a `const` initialised with a value that may be undefined
//     (`const orgId = session?.orgId`), or a `let`/`var` so initialised
//     that no nested function writes (one that does may clear it after
//     any test);
//   - a parameter declared optional (`orgId?: string`) or typed with
//     `undefined` in a union (`orgId: string | undefined`);
//   - a property destructured from a parameter, or read from a parameter
//     or a typed `const` (`input.orgId`, `input.team.orgId`), whose type
//     marks it optional: an object type written inline, an interface or a
//     type alias declared in the same file (intersections read member by
//     member), or `Partial<…>`;
//   - an environment variable (`process.env.TEAM_ID`, `Bun.env.TEAM_ID`,
//     `Deno.env.get("TEAM_ID")`, read through a const holding
//     `process.env` or destructured from it), undefined when it is not
//     set, whatever a declaration of its type says.
//
// A value that a test proves defined at the call (the call is in the
// branch that excludes undefined, `orgId && …`, or after an exit taken
// without it, `if (!orgId) throw`, `invariant(orgId)`: see definedAt), that
// the function assigns to, or gives a default is not reported. Types
// imported from other files, inferred types (`z.infer`, return types),
// a `let`/`var` declared without a value, and globals are not read; a value zod parsed is
// read through its schema instead (see zodMemberMayBeUndefined).

// maxBindingDepth bounds how far a value is followed through consts and
// types.
const maxBindingDepth = 8

// nameMayBeUndefined reports whether the name id stands for may be
// undefined where id is used.
func nameMayBeUndefined(id tsparse.Node, depth int) bool {
	name := id.Text()
	if depth > maxBindingDepth || name == "" {
		return false
	}
	src := id.Tree().Src
	var levels []tsparse.Node
	// The module's scope too: `const teamId = process.env.TEAM_ID` at the
	// top of a file is undefined in every function of it when the
	// variable is not set.
	for fn := enclosingFunction(id); fn.Valid(); fn = enclosingFunction(fn) {
		levels = append(levels, fn)
		if !bytes.Contains(src[fn.Start():id.Start()], []byte(name)) {
			continue
		}
		if decl, found := declaredIn(fn, name, id.Start()); found {
			if !decl.Valid() && envDestructuredIn(fn, name, id.Start()) {
				return !guardedIn(levels, name, id)
			}
			// A let or var is followed to its initialiser too
			// (`let TEAM = process.env.TEAM_ID` at the top of a
			// file). A write in a function nested in its scope may
			// run at any time, after any test, so with one no test
			// or assignment proves it set.
			if v := letValue(fn, name, id.Start()); !decl.Valid() && v.Valid() && tenantValue(v, depth+1) == maybeUndefined {
				return writtenInNested(fn, name) || !guardedIn(levels, name, id)
			}
			return decl.Valid() && tenantValue(decl, depth+1) == maybeUndefined && !guardedIn(levels, name, id)
		}
		if maybe, found := parameterMayBeUndefined(fn, name); found {
			return maybe && !guardedIn(levels, name, id)
		}
	}
	return false
}

// envMayBeUndefined reports whether n reads an environment variable
// (`process.env.TEAM_ID`, `process.env["TEAM_ID"]`,
// `import.meta.env.TEAM_ID`) that no test before it proves set: a
// variable missing at run time is undefined, whatever a declaration of
// its type says, and Prisma drops the filter.
func envMayBeUndefined(n tsparse.Node) bool {
	switch n.Kind() {
	case "call_expression":
		// Deno.env.get("TEAM_ID"): undefined when it is not set; so is
		// what a helper of the file hands back from the environment
		// (`env("TEAM_ID")` with `return process.env[name]`).
		if compact(n.Field("function").Text()) != "Deno.env.get" && !envHelperCall(n) {
			return false
		}
	case "member_expression", "subscript_expression":
		if !envObject(uncast(n.Field("object"))) {
			return false
		}
	default:
		return false
	}
	var levels []tsparse.Node
	for fn := enclosingFunction(n); fn.Valid(); fn = enclosingFunction(fn) {
		levels = append(levels, fn)
	}
	return !guardedIn(levels, compact(n.Text()), n)
}

// letValue is the initialiser of the last `let name = …` or `var name =
// …` in fn's own body before the offset before, or the zero Node.
func letValue(fn tsparse.Node, name string, before int) (value tsparse.Node) {
	body := fn.Field("body")
	if fn.Kind() == "program" {
		body = fn
	}
	if !body.Valid() || !mayDeclare(body, name, before) {
		return tsparse.Node{}
	}
	body.Walk(func(n tsparse.Node) bool {
		if n.Start() >= before || functionKinds[n.Kind()] || n.Kind() == "class_declaration" {
			return false
		}
		if n.Kind() == "variable_declarator" && n.Field("name").Kind() == "identifier" && n.Field("name").Text() == name {
			if decl := n.Parent(); decl.Kind() == "variable_declaration" || decl.Kind() == "lexical_declaration" && strings.HasPrefix(decl.Text(), "let") {
				value = n.Field("value")
			}
		}
		return true
	})
	return value
}

// writtenInNested reports whether a function nested in fn, or a class
// body in it, assigns name (any binding of it: fail closed).
func writtenInNested(fn tsparse.Node, name string) bool {
	return fn.AnyOfKind([]string{"assignment_expression", "augmented_assignment_expression", "update_expression"}, func(w tsparse.Node) bool {
		target := w.Field("left")
		if w.Kind() == "update_expression" {
			target = w.Field("argument")
		}
		return bindsName(writtenRoot(target), name) && (!sameNode(enclosingFunction(w), fn) || inClassBody(w, fn))
	})
}

// envObjects are the objects whose properties are the environment's
// variables.
var envObjects = []string{"process.env", "import.meta.env", "Bun.env"}

// envObject reports whether obj is the environment's object, read as
// itself or through a const that holds it (`const env = process.env`).
func envObject(obj tsparse.Node) bool {
	if slices.Contains(envObjects, compact(obj.Text())) {
		return true
	}
	if obj.Kind() != "identifier" {
		return false
	}
	for fn := enclosingFunction(obj); fn.Valid(); fn = enclosingFunction(fn) {
		if v, found := declaredIn(fn, obj.Text(), obj.Start()); found {
			return v.Valid() && slices.Contains(envObjects, compact(uncast(v).Text()))
		}
	}
	return false
}

// envHelperCall reports whether call calls, by its name, a function the
// file declares (a declaration, or a const holding an arrow or a function)
// that may hand back an environment variable as it reads it: a return of
// `process.env[name]`, or an arrow whose body is one.
func envHelperCall(call tsparse.Node) bool {
	callee := call.Field("function")
	if callee.Kind() != "identifier" {
		return false
	}
	name := callee.Text()
	envRead := func(e tsparse.Node) bool {
		e = uncast(e)
		return (e.Kind() == "member_expression" || e.Kind() == "subscript_expression") && envObject(uncast(e.Field("object")))
	}
	root := call.Tree().Root()
	return root.AnyOfKind([]string{"function_declaration", "variable_declarator"}, func(d tsparse.Node) bool {
		if d.Field("name").Text() != name {
			return false
		}
		fn := d
		if d.Kind() == "variable_declarator" {
			fn = uncast(d.Field("value"))
			if fn.Kind() != "arrow_function" && fn.Kind() != "function_expression" {
				return false
			}
		}
		body := fn.Field("body")
		if body.Kind() != "statement_block" {
			return envRead(body)
		}
		return body.AnyOfKind([]string{"return_statement"}, func(r tsparse.Node) bool {
			v := firstNamed(r)
			return v.Valid() && sameNode(enclosingFunction(r), fn) && envRead(v)
		})
	})
}

// envDestructuredIn reports whether fn's own body, before the offset
// before, binds name by destructuring the environment's object without a
// default (`const { TEAM_ID } = process.env`, `const { TEAM_ID: team } =
// process.env`): a variable that is not set leaves it undefined.
func envDestructuredIn(fn tsparse.Node, name string, before int) bool {
	body := fn.Field("body")
	if fn.Kind() == "program" {
		body = fn
	}
	if !body.Valid() {
		return false
	}
	found := false
	body.Walk(func(n tsparse.Node) bool {
		if found || n.Start() >= before || functionKinds[n.Kind()] || n.Kind() == "class_declaration" {
			return false
		}
		if n.Kind() != "variable_declarator" || n.Field("name").Kind() != "object_pattern" || !envObject(uncast(n.Field("value"))) {
			return true
		}
		for _, e := range n.Field("name").NamedChildren() {
			switch e.Kind() {
			case "shorthand_property_identifier_pattern":
				found = found || e.Text() == name
			case "pair_pattern":
				v := e.Field("value")
				found = found || v.Kind() == "identifier" && v.Text() == name
			}
		}
		return !found
	})
	return found
}

// prismaSkip reports whether n is `Prisma.skip`, which Prisma leaves out
// of the query as it does undefined: `organizationId: orgId ??
// Prisma.skip` filters nothing when orgId is missing.
func prismaSkip(n tsparse.Node) bool {
	return compact(n.Text()) == "Prisma.skip"
}

type mayDeclareOptionalKey struct{}

// mayDeclareOptional reports whether tree's text may make any property
// optional whatever its name: under Partial, with undefined in its type,
// or by a zod schema.
func mayDeclareOptional(tree *tsparse.Tree) bool {
	return tree.Memo(mayDeclareOptionalKey{}, func() any {
		src := tree.Src
		return bytes.Contains(src, []byte("Partial<")) || bytes.Contains(src, []byte("undefined")) || bytes.Contains(src, []byte("z."))
	}).(bool)
}

// memberMayBeUndefined reports whether `a.b.c`, a chain without `?.`, may
// be undefined because its last property is optional in the type of its
// first name.
func memberMayBeUndefined(n tsparse.Node) bool {
	use := n
	var props []string
	for n.Kind() == "member_expression" {
		p := n.Field("property")
		if p.Kind() != "property_identifier" {
			return false
		}
		props = append(props, p.Text())
		n = n.Field("object")
	}
	if n.Kind() != "identifier" || len(props) == 0 {
		return false
	}
	chain := n.Text()
	for i := len(props) - 1; i >= 0; i-- {
		chain += "." + props[i]
	}
	src := n.Tree().Src
	// A property is optional in a type of this file only when it is
	// declared `prop?:`, or under Partial, or with undefined in its type,
	// or by a zod schema (z.infer<typeof Schema>).
	// The words that do not depend on the property are looked for once per
	// file: most files hold one, and five searches of the whole file for
	// each member asked about were 1% of trigger.dev's CPU.
	if !mayDeclareOptional(n.Tree()) && !bytes.Contains(src, []byte(props[0]+"?")) && !bytes.Contains(src, []byte(props[0]+" ?")) {
		return false
	}
	var levels []tsparse.Node
	for fn := enclosingFunction(n); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		levels = append(levels, fn)
		if !bytes.Contains(src[fn.Start():n.Start()], []byte(n.Text())) {
			continue
		}
		typ, found := typeOfName(fn, n.Text(), n.Start())
		if !found {
			continue
		}
		for i := len(props) - 1; i >= 0; i-- {
			sig, ok := propertySignature(typ, props[i], 0)
			if !ok {
				return false
			}
			if i == 0 {
				return sig.optional && !guardedIn(levels, chain, use)
			}
			typ = sig.typ
		}
	}
	return false
}

// guardedIn reports whether any of the functions from the use outwards to
// the one that binds the value guards it.
func guardedIn(levels []tsparse.Node, chain string, use tsparse.Node) bool {
	// A function declaration is hoisted: its scope may call it before a
	// test or an assignment written above it runs (`list(); if (!TEAM)
	// throw …; function list() {…}`). When the scope names a function it
	// declares before this one, tests outside this one count only when
	// they end before that first name, and assignments outside it not at
	// all. (A module that imports this one back while it loads may call
	// it early too; that the rule does not see.)
	cut, firstNamed := -1, use.End()
	for i, fn := range levels {
		if !hoistedFunction(fn) || i+1 >= len(levels) {
			continue
		}
		if r := hoistedNamedBefore(levels[i+1], fn.Start()); r >= 0 {
			if cut < 0 {
				cut = i
			}
			firstNamed = min(firstNamed, r)
		}
	}
	if cut >= 0 {
		if definedAt(levels[cut], chain, use) || definedBy(levels[len(levels)-1], chain, use, firstNamed) {
			return true
		}
		for _, fn := range levels[:cut+1] {
			if guarded(fn, chain, use) {
				return true
			}
		}
		return false
	}
	if len(levels) > 0 && definedAt(levels[len(levels)-1], chain, use) {
		return true
	}
	for _, fn := range levels {
		if guarded(fn, chain, use) {
			return true
		}
	}
	return false
}

// hoistedFunction reports whether fn is made before its scope's first
// statement runs: a function declaration, or a default export's function
// without a name, which the grammar reads as an expression.
func hoistedFunction(fn tsparse.Node) bool {
	switch fn.Kind() {
	case "function_declaration", "generator_function_declaration":
		return true
	case "function_expression", "generator_function":
		return fn.Parent().Kind() == "export_statement"
	}
	return false
}

// hoistedNamedBefore is the offset of the first place in scope's text
// before the offset before that names a function declared in scope (not
// in a function nested in it), other than its declaration, or -1: a call,
// or a reference a call may run, which can reach a hoisted function before
// the tests after it.
func hoistedNamedBefore(scope tsparse.Node, before int) int {
	var names []string
	scope.AnyOfKind([]string{"function_declaration", "generator_function_declaration"}, func(d tsparse.Node) bool {
		if sameNode(enclosingFunction(d), scope) {
			names = append(names, d.Field("name").Text())
		}
		return false
	})
	first := -1
	if len(names) == 0 {
		return first
	}
	scope.AnyOfKind([]string{"identifier"}, func(id tsparse.Node) bool {
		if id.Start() >= before || !slices.Contains(names, id.Text()) {
			return false
		}
		if p := id.Parent(); hoistedFunction(p) && sameNode(p.Field("name"), id) {
			return false
		}
		if first < 0 || id.Start() < first {
			first = id.Start()
		}
		return false
	})
	return first
}

// declaredIn finds the declaration of name in fn's own body before offset
// before (not in the functions nested in it): found is set when there is
// one, and value is the initialiser of a `const name = …`, the zero Node
// for any other declaration (let, var, destructuring), which is not
// followed.
func declaredIn(fn tsparse.Node, name string, before int) (value tsparse.Node, found bool) {
	body := fn.Field("body")
	if fn.Kind() == "program" {
		body = fn
	}
	if !body.Valid() || !mayDeclare(body, name, before) {
		return tsparse.Node{}, false
	}
	word := wordRegexp(name)
	body.Walk(func(n tsparse.Node) bool {
		if n.Start() >= before {
			return false
		}
		if functionKinds[n.Kind()] || n.Kind() == "class_declaration" {
			return false
		}
		if n.Kind() != "variable_declarator" {
			return true
		}
		switch pat := n.Field("name"); {
		case pat.Kind() == "identifier" && pat.Text() == name:
			found = true
			if decl := n.Parent(); decl.Kind() == "lexical_declaration" && strings.HasPrefix(decl.Text(), "const") {
				value = n.Field("value")
			} else {
				value = tsparse.Node{}
			}
		case pat.Kind() != "identifier" && word.MatchString(pat.Text()):
			found, value = true, tsparse.Node{}
		}
		return true
	})
	return value, found
}

// mayDeclare reports whether body's text before offset before may declare
// name: a walk through the tree is needed only then.
func mayDeclare(body tsparse.Node, name string, before int) bool {
	end := min(before, body.End())
	if end <= body.Start() {
		return false
	}
	text := body.Tree().Src[body.Start():end]
	if !bytes.Contains(text, []byte(name)) {
		return false
	}
	return mentionsInDeclaration(text, name)
}

// parameterMayBeUndefined reads how fn's parameters declare name: found is
// set when one of them binds it.
func parameterMayBeUndefined(fn tsparse.Node, name string) (maybe, found bool) {
	for _, p := range fn.Field("parameters").NamedChildren() {
		if p.Kind() != "required_parameter" && p.Kind() != "optional_parameter" {
			continue
		}
		pat := p.Field("pattern")
		switch pat.Kind() {
		case "identifier":
			if pat.Text() != name {
				continue
			}
			if v := p.Field("value"); v.Valid() {
				return defaultMayBeUndefined(v), true
			}
			return p.Kind() == "optional_parameter" || typeHasUndefined(p.Field("type")), true
		case "object_pattern":
			prop, bound, defaulted := destructured(pat, name)
			if !bound {
				continue
			}
			if defaulted {
				return defaultMayBeUndefined(destructuredDefault(pat, name)), true
			}
			if prop == "" {
				return false, true
			}
			sig, ok := propertySignature(p.Field("type"), prop, 0)
			return ok && sig.optional, true
		}
	}
	if p := fn.Field("parameter"); p.Kind() == "identifier" && p.Text() == name {
		return false, true
	}
	return false, false
}

// destructured finds name in an object pattern: the property it is read
// from, and whether it has a default. A name bound deeper (a nested
// pattern) is bound with prop "".
func destructured(pat tsparse.Node, name string) (prop string, bound, defaulted bool) {
	for _, e := range pat.NamedChildren() {
		switch e.Kind() {
		case "shorthand_property_identifier_pattern":
			if e.Text() == name {
				return name, true, false
			}
		case "object_assignment_pattern":
			if e.Field("left").Text() == name {
				return name, true, true
			}
		case "pair_pattern":
			v := e.Field("value")
			switch {
			case v.Kind() == "identifier" && v.Text() == name:
				return keyName(e.Field("key")), true, false
			case v.Kind() == "assignment_pattern" && v.Field("left").Text() == name:
				return keyName(e.Field("key")), true, true
			case wordRegexp(name).MatchString(v.Text()):
				return "", true, false
			}
		case "rest_pattern":
			if wordRegexp(name).MatchString(e.Text()) {
				return "", true, false
			}
		}
	}
	return "", false, false
}

// destructuredDefault is the default name has in an object pattern, as
// destructured finds it defaulted.
func destructuredDefault(pat tsparse.Node, name string) tsparse.Node {
	for _, e := range pat.NamedChildren() {
		switch {
		case e.Kind() == "object_assignment_pattern" && e.Field("left").Text() == name:
			return e.Field("right")
		case e.Kind() == "pair_pattern" && e.Field("value").Kind() == "assignment_pattern" && e.Field("value").Field("left").Text() == name:
			return e.Field("value").Field("right")
		}
	}
	return tsparse.Node{}
}

// typeOfName is the declared type of name in fn: a parameter's annotation,
// or that of a `const name: T` before offset before. found is set when fn
// binds the name, typed or not.
func typeOfName(fn tsparse.Node, name string, before int) (typ tsparse.Node, found bool) {
	// A parameter first: a const of the same name in the function's own
	// body would not compile, and looking at parameters needs no walk.
	for _, p := range fn.Field("parameters").NamedChildren() {
		if (p.Kind() == "required_parameter" || p.Kind() == "optional_parameter") && p.Field("pattern").Kind() == "identifier" && p.Field("pattern").Text() == name {
			if p.Kind() == "optional_parameter" {
				// input?.orgId would be needed; input.orgId throws
				// rather than reading undefined.
				return tsparse.Node{}, true
			}
			return p.Field("type"), true
		}
	}
	body := fn.Field("body")
	if !body.Valid() || !mayDeclare(body, name, before) {
		return tsparse.Node{}, false
	}
	if !declares(body.Tree().Src[body.Start():min(before, body.End())], declarationKeywords, name, followedBy(':')) {
		// Declared without a type of its own (destructured, or
		// inferred): nothing to read, and an outer binding of the
		// same name is shadowed.
		return tsparse.Node{}, true
	}
	body.Walk(func(n tsparse.Node) bool {
		if n.Start() >= before || functionKinds[n.Kind()] || n.Kind() == "class_declaration" {
			return false
		}
		if n.Kind() == "variable_declarator" && n.Field("name").Text() == name {
			found, typ = true, n.Field("type")
		}
		return true
	})
	return typ, true
}

// signature is what a type says of one property.
type signature struct {
	optional bool
	typ      tsparse.Node // its type annotation
}

// propertySignature finds prop in a type: written inline, named by an
// interface or type alias of the same file, an intersection, or Partial.
func propertySignature(typ tsparse.Node, prop string, depth int) (signature, bool) {
	if depth > maxBindingDepth {
		return signature{}, false
	}
	switch typ.Kind() {
	case "type_annotation", "parenthesized_type":
		return propertySignature(firstNamed(typ), prop, depth+1)
	case "object_type", "interface_body":
		for _, m := range typ.NamedChildren() {
			if m.Kind() != "property_signature" || keyName(m.Field("name")) != prop {
				continue
			}
			sig := signature{typ: m.Field("type")}
			for _, c := range m.Children() {
				if c.Kind() == "?" {
					sig.optional = true
				}
			}
			sig.optional = sig.optional || typeHasUndefined(sig.typ)
			return sig, true
		}
	case "intersection_type":
		// Optional only when every part that has it says so; a part
		// the rule cannot read (Pick<Booking, "id">) may make it
		// required.
		var out signature
		found := false
		for _, m := range typ.NamedChildren() {
			if !readable(m, depth+1) {
				return signature{}, false
			}
			if sig, ok := propertySignature(m, prop, depth+1); ok {
				if !found {
					out = sig
				}
				out.optional = (out.optional || !found) && sig.optional
				found = true
			}
		}
		return out, found
	case "generic_type":
		if obj, partial, ok := inferredZodObject(typ); ok {
			// z.infer<typeof Schema>: the schema says what may be left out.
			return signature{optional: zodEntryOptional(obj, prop, partial)}, slices.ContainsFunc(namedNoComments(obj), func(e tsparse.Node) bool {
				k, _, ok := property(e)
				return ok && k == prop
			})
		}
		if typ.Field("name").Text() == "Partial" {
			args := typ.Field("type_arguments").NamedChildren()
			if len(args) == 1 {
				sig, _ := propertySignature(args[0], prop, depth+1)
				sig.optional = true
				return sig, true
			}
		}
	case "type_identifier":
		if decl := typeDeclaration(typ); decl.Valid() {
			switch decl.Kind() {
			case "interface_declaration":
				return propertySignature(decl.Field("body"), prop, depth+1)
			case "type_alias_declaration":
				return propertySignature(decl.Field("value"), prop, depth+1)
			}
		}
	}
	return signature{}, false
}

// readable reports whether propertySignature reads every property of typ.
func readable(typ tsparse.Node, depth int) bool {
	if depth > maxBindingDepth {
		return false
	}
	switch typ.Kind() {
	case "type_annotation", "parenthesized_type":
		return readable(firstNamed(typ), depth+1)
	case "object_type", "interface_body":
		return true
	case "intersection_type":
		for _, m := range typ.NamedChildren() {
			if !readable(m, depth+1) {
				return false
			}
		}
		return true
	case "generic_type":
		return typ.Field("name").Text() == "Partial"
	case "type_identifier":
		decl := typeDeclaration(typ)
		switch decl.Kind() {
		case "interface_declaration":
			// An interface may extend what is not read.
			return readable(decl.Field("body"), depth+1) && !strings.Contains(decl.Text()[:decl.Field("body").Start()-decl.Start()], "extends")
		case "type_alias_declaration":
			return readable(decl.Field("value"), depth+1)
		}
	}
	return false
}

// typeDeclaration finds the interface or type alias of the same file the
// type name names; several (declaration merging, one name in two scopes)
// are not read.
func typeDeclaration(name tsparse.Node) tsparse.Node {
	tree := name.Tree()
	// Most type names a signature uses are imported: their declaration
	// is not in this file.
	if !bytes.Contains(tree.Src, []byte("interface "+name.Text())) && !bytes.Contains(tree.Src, []byte("type "+name.Text())) {
		return tsparse.Node{}
	}
	// The file is searched once per name, not once per use of it, and
	// only where the tree declares a type of that name: the places
	// `\b(?:interface|type)\s+<name>\b` can match and the declaration
	// be found.
	type declarationOf string
	type declarations struct{}
	return tree.Memo(declarationOf(name.Text()), func() any {
		byName := tree.Memo(declarations{}, func() any {
			m := map[string][]tsparse.Node{}
			tree.Root().Walk(func(n tsparse.Node) bool {
				if n.Kind() == "interface_declaration" || n.Kind() == "type_alias_declaration" {
					m[n.Field("name").Text()] = append(m[n.Field("name").Text()], n)
				}
				return true
			})
			return m
		}).(map[string][]tsparse.Node)
		if len(byName[name.Text()]) == 0 {
			return tsparse.Node{}
		}
		re := compiled(`^(?:interface|type)\s+` + regexp.QuoteMeta(name.Text()) + `\b`)
		var found tsparse.Node
		n := 0
		for _, d := range byName[name.Text()] {
			at := re.FindIndex(tree.Src[d.Start():])
			if at == nil || d.Start() > 0 && isRegexpWord(tree.Src[d.Start()-1]) {
				continue
			}
			decl := tree.NamedAt(d.Start(), d.Start()+at[1])
			if (decl.Kind() == "interface_declaration" || decl.Kind() == "type_alias_declaration") && decl.Start() == d.Start() && decl.Field("name").Text() == name.Text() {
				found = decl
				n++
			}
		}
		if n != 1 {
			return tsparse.Node{}
		}
		return found
	}).(tsparse.Node)
}

// typeHasUndefined reports whether a type annotation is a union holding
// undefined, written out or through a type alias of the same file
// (`type ProjectIds = string[] | undefined`, `Maybe<string[]>` of
// `type Maybe<T> = T | undefined`).
func typeHasUndefined(typ tsparse.Node) bool { return typeHasUndefinedAt(typ, 0) }

func typeHasUndefinedAt(typ tsparse.Node, depth int) bool {
	// An alias that names itself, however far round, ends here.
	if depth > maxBindingDepth {
		return false
	}
	if typ.Kind() == "type_annotation" {
		typ = firstNamed(typ)
	}
	switch typ.Kind() {
	case "union_type", "parenthesized_type":
		for _, m := range typ.NamedChildren() {
			if typeHasUndefinedAt(m, depth+1) {
				return true
			}
		}
	case "literal_type", "predefined_type":
		return typ.Text() == "undefined"
	case "type_identifier", "generic_type":
		name := typ
		if typ.Kind() == "generic_type" {
			name = typ.Field("name")
		}
		if decl := typeDeclaration(name); decl.Kind() == "type_alias_declaration" {
			return typeHasUndefinedAt(decl.Field("value"), depth+1)
		}
	}
	return false
}

// defaultMayBeUndefined reports whether a parameter's default leaves it
// undefined: `projectIds = undefined` is the parameter left out.
func defaultMayBeUndefined(value tsparse.Node) bool {
	v := uncast(value)
	return v.Text() == "undefined" || v.Kind() == "unary_expression" && v.Field("operator").Text() == "void"
}

// guarded reports whether fn sets the value chain (a name or a member
// chain) before use: the function chose its value. Tests are read by
// definedAt, which reads which way they go.
func guarded(fn tsparse.Node, chain string, use tsparse.Node) bool {
	word := wordRegexp(chain)
	found := false
	fn.Walk(func(n tsparse.Node) bool {
		if found || n.Start() >= use.Start() {
			return false
		}
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			found = word.MatchString(compact(n.Field("left").Text()))
		}
		return !found
	})
	return found
}

// wordRegexp matches s standing alone: not part of a longer name or member
// chain's first link.
func wordRegexp(s string) *regexp.Regexp {
	return compiled(`(?:^|[^\w$.])` + regexp.QuoteMeta(s) + `(?:$|[^\w$])`)
}
