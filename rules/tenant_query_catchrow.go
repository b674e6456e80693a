package rules

import (
	"regexp"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// catchKeepsRows reports whether the handler h of call, `c.catch(h)` for a
// query c of operation op, leaves the value of c's promise c's rows or
// nothing: h throws on every path
// (see rethrows), or gives null, undefined or no value, or an empty list
// for a findMany. A handler that gives anything else (`() => ({ id })`, a
// function passed by name) makes the name bound to the chain hold a value
// no where of c found, on any failure of c — a malformed id is one.
func catchKeepsRows(op string, call tsparse.Node) bool {
	args := namedNoComments(call.Field("arguments"))
	if len(args) != 1 {
		return false
	}
	h := args[0]
	if h.Kind() != "arrow_function" && h.Kind() != "function_expression" {
		return false
	}
	given := func(v tsparse.Node) bool {
		v = uncast(v)
		return nothing(v) || op == "findMany" && v.Kind() == "array" && len(namedNoComments(v)) == 0
	}
	body := h.Field("body")
	if body.Kind() != "statement_block" {
		return given(body)
	}
	keeps := true
	body.Walk(func(n tsparse.Node) bool {
		if !keeps || functionKinds[n.Kind()] {
			return false
		}
		if n.Kind() == "return_statement" {
			if v := namedNoComments(n); len(v) > 0 && !given(v[0]) {
				keeps = false
			}
			return false
		}
		return true
	})
	return keeps
}

// createdValue is the pattern of the value a declaration of a created
// row gives its name, read from after the `=` up to the create's opening
// parenthesis: `await <receiver>.<delegate>.create(`, with any parentheses
// around the await or inside it (`(await db.digest.create(…)) as Digest`,
// `await (db.digest.create(…))`), which change how the value is typed,
// not which it is. The text only finds the declaration: keptCreate reads
// the tree for what the whole value is (a cast, `!` or `satisfies` after
// the parentheses keep the row; a comma, `||`, a ternary or a member read
// after them do not), and createdByClientOf holds it to this create.
func createdValue(delegate string) string {
	return `[(\s]*(?:await\b[(\s]*)?[\w$.]+\.\s*` + regexp.QuoteMeta(delegate) + `\s*\.\s*create\s*\(`
}

// keptCreate is the create call when the declaration whose text starts
// in tree at [start, end) with the create it calls gives its first
// declarator (`const row = …`, `const { id } = …`) the row of that
// create: the awaited create itself, or through a .finally or a .catch
// that gives nothing else (catchKeepsRows); nothing (not Valid) otherwise.
// `create(…).then(f)` or `.catch(() => other)` gives a value no create
// made (a create-or-get's fallback lookup is another query).
func keptCreate(tree *tsparse.Tree, start, end int) tsparse.Node {
	d := tree.NamedAt(start, end)
	for d.Valid() && d.Kind() != "lexical_declaration" && d.Kind() != "variable_declaration" {
		d = d.Parent()
	}
	for _, decl := range d.NamedChildren() {
		if decl.Kind() != "variable_declarator" {
			continue
		}
		v := uncastAwait(decl.Field("value"))
		for range 8 {
			fn := v.Field("function")
			if v.Kind() != "call_expression" || fn.Kind() != "member_expression" {
				return tsparse.Node{}
			}
			switch fn.Field("property").Text() {
			case "create":
				return v
			case "finally":
			case "catch":
				if !catchKeepsRows("create", v) {
					return tsparse.Node{}
				}
			default:
				return tsparse.Node{}
			}
			v = uncastAwait(fn.Field("object"))
		}
		return tsparse.Node{}
	}
	return tsparse.Node{}
}
