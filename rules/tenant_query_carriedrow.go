package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// carriedRow reports whether value reads the key of target from a row
// carried out of a flatMap callback in an object literal: `source.existing.id`
// in a loop over `const toUpdate = sources.flatMap((source) => { const
// existing = byKey.get(key(source)); if (!existing) return []; return [{
// next: source, existing }] })`, inbox-zero's attachment sources. Each
// element of the list is an object one of the callback's returns builds,
// so the key is the tenant's when, at every such return, the name it
// gives that field holds a row of the tenant (a lookup of a Map of rows
// read with the tenant, say), as parentOfEarlierRow proves it there, and
// nothing gives the field another value afterwards.
func (q *queryCheck) carriedRow(value string, target *prisma.Model, idName string) bool {
	if strings.Contains(value, "?.") && !uniqueWhere(q.call) {
		// source.existing?.id is undefined without a row, which only a
		// unique where refuses.
		return false
	}
	path := splitRowPath(value)
	if len(path) < 3 || strings.Contains(strings.Join(path, "."), "[]") {
		return false
	}
	rows := loopSource(q.call, path[0])
	if rows == "" || !sourceHeld(q.call, path[0], rows) || listGrown(q.call, rows) || changedByCall(q.call, rows) || keyFieldSet(q.call, path[1]) {
		return false
	}
	v, ok := constBefore(rows, q.call)
	v = uncast(v)
	fn := v.Field("function")
	if !ok || v.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "flatMap" {
		return false
	}
	args := namedNoComments(v.Field("arguments"))
	if len(args) != 1 || args[0].Kind() != "arrow_function" && args[0].Kind() != "function_expression" {
		return false
	}
	rest := "." + strings.Join(path[2:], ".")
	carried := func(list tsparse.Node) bool {
		if list = uncast(list); list.Kind() != "array" {
			return false
		}
		for _, e := range namedNoComments(list) {
			if !q.carriedField(uncast(e), path[1], rest, target, idName) {
				return false
			}
		}
		return true
	}
	body := args[0].Field("body")
	if body.Kind() != "statement_block" {
		return carried(body)
	}
	proven, any := true, false
	eachReturn(body, func(_, value tsparse.Node) bool {
		any = true
		proven = value.Valid() && carried(value)
		return proven
	})
	return any && proven
}

// carriedField reports whether obj, an object literal, gives field a name
// whose row at obj holds target's key at rest (`.id`), proven as an
// earlier row's.
func (q *queryCheck) carriedField(obj tsparse.Node, field, rest string, target *prisma.Model, idName string) bool {
	if obj.Kind() != "object" {
		return false
	}
	var name tsparse.Node
	for _, e := range namedNoComments(obj) {
		key, val, ok := property(e)
		if !ok || key == "" {
			return false // a spread or a computed key may give the field another value
		}
		if key == field {
			name = uncast(val)
		}
	}
	if name.Kind() != "identifier" && name.Kind() != "shorthand_property_identifier" {
		return false
	}
	sub := *q
	sub.call = name
	outer, chain := functionChain(name)
	return sub.parentOfEarlierRow(name.Text()+rest, target, idName, outer, chain)
}
