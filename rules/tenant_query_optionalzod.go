package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A tenant value read from what zod parsed is undefined when the schema
// lets the entry be left out: `organizationId: z.string().optional()`
// (or `.nullish()`, `z.optional(…)`, a schema made `.partial()`), and
// Prisma drops an undefined filter. The parsed value is followed from
// `Schema.parse(x)` / `await Schema.parseAsync(x)`, a const holding it, the
// `data` of a `safeParse` result, or the `input` a tRPC procedure's
// `.input(schema)` hands its resolver; the schema is a `z.object({ … })`
// written there or a const of the file. An entry with a default is set.

// zodMemberMayBeUndefined reports whether `parsed.key`, n, reads an entry
// its zod schema lets be undefined, and no test proves it set at n.
func zodMemberMayBeUndefined(n tsparse.Node) bool {
	if n.Kind() != "member_expression" || n.Field("property").Kind() != "property_identifier" {
		return false
	}
	obj, partial, ok := zodParsedObject(n.Field("object"), 0)
	if !ok || !zodEntryOptional(obj, n.Field("property").Text(), partial) {
		return false
	}
	return !guardedIn(enclosingLevels(n), compact(n.Text()), n)
}

// zodNameMayBeUndefined reports whether the name id is destructured from
// a zod-parsed value (`const { organizationId } = Schema.parse(body)`)
// whose schema lets its entry be undefined, or from a name whose declared
// type marks the property optional (`const { organizationId } = input`,
// `input: { organizationId?: string }`), and no test proves it set.
func zodNameMayBeUndefined(id tsparse.Node) bool {
	name := id.Text()
	for fn := enclosingFunction(id); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		decl, found := bindingIn(fn, name, id)
		if !found {
			if _, isParam := parameterMayBeUndefined(fn, name); isParam {
				return false
			}
			continue
		}
		if decl.Kind() != "variable_declarator" || decl.Field("name").Kind() != "object_pattern" {
			return false
		}
		prop, bound, defaulted := destructured(decl.Field("name"), name)
		if !bound || defaulted || prop == "" {
			return false
		}
		obj, partial, ok := zodParsedObject(decl.Field("value"), 0)
		if !ok && !typedOptional(decl.Field("value"), prop) || ok && !zodEntryOptional(obj, prop, partial) {
			return false
		}
		return !guardedIn(enclosingLevels(id), name, id)
	}
	return false
}

// enclosingLevels are the functions holding n, innermost first.
func enclosingLevels(n tsparse.Node) []tsparse.Node {
	var levels []tsparse.Node
	for fn := enclosingFunction(n); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		levels = append(levels, fn)
	}
	return levels
}

// zodParsedObject finds the object literal of the z.object schema whose
// parse gave v; partial is set when the schema is made partial.
func zodParsedObject(v tsparse.Node, depth int) (obj tsparse.Node, partial, ok bool) {
	if depth > 8 {
		return tsparse.Node{}, false, false
	}
	v = uncast(v)
	if v.Kind() == "await_expression" {
		v = uncast(firstNamed(v))
	}
	switch v.Kind() {
	case "identifier":
		if c, found := constValue(v); found {
			return zodParsedObject(c, depth+1)
		}
		return trpcInput(v)
	case "member_expression":
		if v.Field("property").Text() != "data" || optionalChain(v) {
			return tsparse.Node{}, false, false
		}
		inner := uncast(v.Field("object"))
		if inner.Kind() == "identifier" {
			c, found := constValue(inner)
			if !found {
				return tsparse.Node{}, false, false
			}
			inner = uncast(c)
		}
		if inner.Kind() == "await_expression" {
			inner = uncast(firstNamed(inner))
		}
		if m := parseMethod(inner); m == "safeParse" || m == "safeParseAsync" {
			return zodSchemaObject(inner.Field("function").Field("object"), 0)
		}
	case "call_expression":
		if m := parseMethod(v); m == "parse" || m == "parseAsync" {
			return zodSchemaObject(v.Field("function").Field("object"), 0)
		}
	}
	return tsparse.Node{}, false, false
}

// parseMethod is the method a call `<schema>.<method>(x)` makes, "" for
// any other call.
func parseMethod(call tsparse.Node) string {
	fn := call.Field("function")
	if call.Kind() != "call_expression" || fn.Kind() != "member_expression" || len(namedNoComments(call.Field("arguments"))) == 0 {
		return ""
	}
	return fn.Field("property").Text()
}

// trpcInput reads the name input when it is the `input` of a tRPC
// resolver (`.query(({ input }) => …)`, `.mutation(async ({ input }) =>
// …)`) whose procedure chain validates it with `.input(schema)`.
func trpcInput(id tsparse.Node) (obj tsparse.Node, partial, ok bool) {
	fn := enclosingFunction(id)
	for ; fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		if _, isParam := parameterMayBeUndefined(fn, id.Text()); isParam {
			break
		}
	}
	if !fn.Valid() || fn.Kind() == "program" {
		return tsparse.Node{}, false, false
	}
	params := namedNoComments(fn.Field("parameters"))
	if len(params) == 0 || params[0].Field("pattern").Kind() != "object_pattern" {
		return tsparse.Node{}, false, false
	}
	if prop, bound, defaulted := destructured(params[0].Field("pattern"), id.Text()); !bound || defaulted || prop != "input" {
		return tsparse.Node{}, false, false
	}
	args := fn.Parent()
	call := args.Parent()
	if args.Kind() != "arguments" || call.Kind() != "call_expression" || call.Field("function").Kind() != "member_expression" {
		return tsparse.Node{}, false, false
	}
	switch call.Field("function").Field("property").Text() {
	case "query", "mutation", "subscription":
	default:
		return tsparse.Node{}, false, false
	}
	for n := uncast(call.Field("function").Field("object")); n.Kind() == "call_expression"; {
		f := n.Field("function")
		if f.Kind() != "member_expression" {
			break
		}
		if f.Field("property").Text() == "input" {
			a := namedNoComments(n.Field("arguments"))
			if len(a) != 1 {
				break
			}
			return zodSchemaObject(a[0], 0)
		}
		n = uncast(f.Field("object"))
	}
	return tsparse.Node{}, false, false
}

// zodSchemaObject finds the object literal given to z.object for the
// schema s: the call itself, followed by methods (`.partial()` sets
// partial), or a const of the function or of the file naming one.
func zodSchemaObject(s tsparse.Node, depth int) (obj tsparse.Node, partial, ok bool) {
	if depth > 8 {
		return tsparse.Node{}, false, false
	}
	s = uncast(s)
	switch s.Kind() {
	case "identifier":
		if c, found := constValue(s); found {
			return zodSchemaObject(c, depth+1)
		}
		if c := moduleConst(s.Tree().Root(), s.Text(), false); c.Valid() {
			return zodSchemaObject(c, depth+1)
		}
	case "call_expression":
		fn := s.Field("function")
		if compact(fn.Text()) == "z.object" {
			args := namedNoComments(s.Field("arguments"))
			if len(args) == 1 && args[0].Kind() == "object" && zodImported(s.Tree().Root()) {
				return args[0], false, true
			}
			return tsparse.Node{}, false, false
		}
		if fn.Kind() != "member_expression" {
			return tsparse.Node{}, false, false
		}
		switch fn.Field("property").Text() {
		case "partial":
			obj, _, ok := zodSchemaObject(fn.Field("object"), depth+1)
			return obj, len(namedNoComments(s.Field("arguments"))) == 0, ok
		case "strict", "passthrough", "strip", "describe", "brand", "readonly":
			return zodSchemaObject(fn.Field("object"), depth+1)
		}
	}
	return tsparse.Node{}, false, false
}

// zodEntryOptional reports whether the entry key of the z.object literal
// obj may be left out: marked `.optional()`, `.nullish()` or
// `z.optional(…)`, or the schema is partial, and no default fills it.
func zodEntryOptional(obj tsparse.Node, key string, partial bool) bool {
	for _, e := range namedNoComments(obj) {
		k, v, ok := property(e)
		if !ok || k != key {
			continue
		}
		var methods []string
		n := uncast(v)
		for range 16 {
			if n.Kind() != "call_expression" {
				break
			}
			fn := n.Field("function")
			if fn.Kind() != "member_expression" {
				break
			}
			methods = append(methods, fn.Field("property").Text())
			if compact(fn.Text()) == "z.optional" || compact(fn.Text()) == "z.nullish" {
				methods = append(methods, "optional")
				break
			}
			n = uncast(fn.Field("object"))
		}
		if slices.Contains(methods, "default") || slices.Contains(methods, "catch") {
			return false
		}
		return partial || slices.Contains(methods, "optional") || slices.Contains(methods, "nullish")
	}
	return false
}

// typedOptional reports whether v is a name whose declared type (a
// parameter's or a typed const's, read as memberMayBeUndefined reads
// one) marks prop optional.
func typedOptional(v tsparse.Node, prop string) bool {
	v = uncast(v)
	if v.Kind() != "identifier" {
		return false
	}
	for fn := enclosingFunction(v); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		typ, found := typeOfName(fn, v.Text(), v.Start())
		if !found {
			continue
		}
		sig, ok := propertySignature(typ, prop, 0)
		return ok && sig.optional
	}
	return false
}

// inferredZodObject reads a type `z.infer<typeof Schema>` (or z.input,
// z.output) for the object literal of Schema's z.object.
func inferredZodObject(typ tsparse.Node) (obj tsparse.Node, partial, ok bool) {
	switch compact(typ.Field("name").Text()) {
	case "z.infer", "z.input", "z.output":
	default:
		return tsparse.Node{}, false, false
	}
	args := namedNoComments(typ.Field("type_arguments"))
	if len(args) != 1 || args[0].Kind() != "type_query" {
		return tsparse.Node{}, false, false
	}
	schema := firstNamed(args[0])
	if schema.Kind() != "identifier" {
		return tsparse.Node{}, false, false
	}
	return zodSchemaObject(schema, 0)
}
