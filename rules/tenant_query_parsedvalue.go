package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// validatedField reports whether name, bound by decl (`const { accountId,
// … } = parsed.data`), is the caller's value as callerValue reads one,
// only checked by zod on the way: parsed is a const of the function
// holding `schema.safeParse(value)`, value the caller's, and schema a
// const of the module `z.object({ …, accountId: z.string().uuid(), … })`
// (z imported from "zod") whose entry for the name only validates
// (validatingChain): nothing there can give another value than the one
// passed. Linen's search:
//
//	const schema = z.object({ query: z.string().min(1), accountId: z.string().uuid(), … });
//	const parsed = schema.safeParse(req.query);
//	if (!parsed.success) return res.status(400) …;
//	const { query, accountId, limit, offset = 0 } = parsed.data;
//	… $queryRaw`… WHERE c."accountId" = ${accountId} …`
//
// A default, a transform, a coercion, a preprocess or any method the rule
// does not know could give another value, and so does a default in the
// destructuring: none proves.
func validatedField(decl tsparse.Node, name string, depth int) bool {
	key := propertyReadInto(decl.Field("name"), name)
	data := uncast(decl.Field("value"))
	if key == "" || data.Kind() != "member_expression" || optionalChain(data) || data.Field("property").Text() != "data" || data.Field("object").Kind() != "identifier" {
		return false
	}
	held, ok := constValue(data.Field("object"))
	parse := uncast(held)
	fn := parse.Field("function")
	args := namedNoComments(parse.Field("arguments"))
	if !ok || parse.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "safeParse" || fn.Field("object").Kind() != "identifier" || len(args) != 1 {
		return false
	}
	if !callerValue(args[0], depth+1) || !parseResultRead(data.Field("object")) {
		return false
	}
	entry := zodEntry(fn.Field("object"), key)
	return entry.Valid() && validatingChain(entry)
}

// propertyReadInto is the property an object pattern reads into name: `{ name }`
// or `{ key: name }`, without a default; "" otherwise.
func propertyReadInto(pattern tsparse.Node, name string) string {
	if pattern.Kind() != "object_pattern" {
		return ""
	}
	key := ""
	for _, e := range namedNoComments(pattern) {
		switch e.Kind() {
		case "shorthand_property_identifier_pattern":
			if e.Text() == name {
				key = name
			}
		case "pair_pattern":
			if v := e.Field("value"); v.Kind() == "identifier" && v.Text() == name {
				key = keyName(e.Field("key"))
			}
		}
	}
	return key
}

// zodEntry is the schema of key in the module const schema names, when it
// is `z.object({ … })` of an object literal giving key once, with z
// imported from "zod" and schema bound once in the file.
func zodEntry(schema tsparse.Node, key string) tsparse.Node {
	return zodEntryIn(schema.Tree().Root(), schema.Text(), key)
}

// zodEntryIn is zodEntry for the schema the module of root declares as
// name.
func zodEntryIn(root tsparse.Node, name, key string) tsparse.Node {
	if bindings(root, name) != 1 {
		return tsparse.Node{}
	}
	var value tsparse.Node
	for _, st := range namedNoComments(root) {
		st = declarationOf(st)
		if st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") {
			continue
		}
		for _, d := range namedNoComments(st) {
			if d.Kind() == "variable_declarator" && d.Field("name").Kind() == "identifier" && d.Field("name").Text() == name {
				value = uncast(d.Field("value"))
			}
		}
	}
	fn := value.Field("function")
	args := namedNoComments(value.Field("arguments"))
	if value.Kind() != "call_expression" || compact(fn.Text()) != "z.object" || len(args) != 1 || args[0].Kind() != "object" || !zodImported(root) {
		return tsparse.Node{}
	}
	var entry tsparse.Node
	for _, e := range namedNoComments(args[0]) {
		k, v, ok := property(e)
		if !ok || e.Kind() == "pair" && e.Field("key").Kind() == "computed_property_name" {
			return tsparse.Node{}
		}
		if k == key {
			if entry.Valid() {
				return tsparse.Node{}
			}
			entry = v
		}
	}
	return entry
}

// zodImported reports whether the file binds z once, by `import { z }
// from "zod"`.
func zodImported(root tsparse.Node) bool {
	name, module := importOf(root, "z")
	return name == "z" && module == "zod" && bindings(root, "z") == 1
}

// validatingMethods check a string and hand it on as it is.
var validatingMethods = []string{"uuid", "cuid", "cuid2", "ulid", "min", "max", "length", "nonempty", "email", "url", "regex", "startsWith", "endsWith", "includes"}

// validatingChain reports whether n is `z.string()` followed only by
// validatingMethods.
func validatingChain(n tsparse.Node) bool {
	for range 16 {
		n = uncast(n)
		fn := n.Field("function")
		if n.Kind() != "call_expression" || fn.Kind() != "member_expression" || optionalChain(fn) {
			return false
		}
		if compact(fn.Text()) == "z.string" {
			return len(namedNoComments(n.Field("arguments"))) == 0
		}
		if !slices.Contains(validatingMethods, fn.Field("property").Text()) {
			return false
		}
		n = fn.Field("object")
	}
	return false
}

// parseResultRead reports whether every use of the parse result parsed
// names, in the function binding it, only reads it: `parsed.success`,
// `parsed.error`, or `parsed.data` destructured whole by a const. A
// write, an alias or a call given it could put other data there.
func parseResultRead(parsed tsparse.Node) bool {
	scope := enclosingFunction(parsed)
	name := parsed.Text()
	ok := true
	scope.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != name {
			return true
		}
		p := n.Parent()
		switch {
		case p.Kind() == "variable_declarator" && sameNode(p.Field("name"), n):
		case p.Kind() == "member_expression" && sameNode(p.Field("object"), n):
			switch prop := p.Field("property").Text(); {
			case prop == "success" || prop == "error":
				ok = !assignedTo(p) && !(p.Parent().Kind() == "unary_expression" && p.Parent().Field("operator").Text() == "delete")
			case prop == "data":
				d := p.Parent()
				ok = d.Kind() == "variable_declarator" && sameNode(d.Field("value"), p) && d.Field("name").Kind() == "object_pattern" && strings.HasPrefix(d.Parent().Text(), "const")
			default:
				ok = false
			}
		default:
			ok = false
		}
		return true
	})
	return ok
}
