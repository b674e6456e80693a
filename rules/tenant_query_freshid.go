package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// A row's id made fresh in the function: `const roleId = v4()`, then
// `workspaceRole.create({ data: { id: roleId, workspaceId, … } })` and a
// lookup or a link by `{ id: roleId }`. No other row can hold a random id
// made here, so whatever the lookup finds, before or after the create, is
// the row that create wrote, in the tenant its data names (or nothing).
// An id from anywhere else (a parameter, the body, a `let`) proves
// nothing: a create with it may fail while the lookup finds another
// tenant's row.

// freshIDMakers are the functions, by module, whose call returns a new
// random id.
var freshIDMakers = map[string]map[string]bool{
	"uuid":                 {"v4": true, "v7": true},
	"crypto":               {"randomUUID": true},
	"node:crypto":          {"randomUUID": true},
	"@paralleldrive/cuid2": {"createId": true},
	"nanoid":               {"nanoid": true},
	"cuid":                 {"default": true},
}

// createsWithID reports whether data, a create's data, gives idName the
// const declared with the value made.
func (q *queryCheck) createsWithID(data tsparse.Node, idName, value string, made tsparse.Node) bool {
	for _, e := range namedNoComments(data) {
		k, v, ok := property(e)
		if !ok || k != idName {
			continue
		}
		v = uncast(v)
		if v.Kind() != "identifier" && v.Kind() != "shorthand_property_identifier" || v.Text() != value {
			continue
		}
		if same, ok := constBefore(value, v); ok && same.Start() == made.Start() && !hiddenBetween(v, made.Parent(), value) {
			return true
		}
	}
	return false
}

// isPlainName reports whether s is one identifier.
func isPlainName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9' {
			continue
		}
		return false
	}
	return true
}

// freshID reports whether n calls a function of freshIDMakers as its
// module binds it: `v4()` or `uuidv4()` imported from "uuid",
// `randomUUID()` from "crypto", `crypto.randomUUID()` (the global or the
// module), `uuid.v4()` through `import * as uuid`. A name a declaration
// around the call hides is the app's own function.
func freshID(n tsparse.Node) bool {
	if n.Kind() != "call_expression" {
		return false
	}
	fn := n.Field("function")
	switch fn.Kind() {
	case "identifier":
		if declaredAround(fn, fn.Text()) {
			return false
		}
		name, module := importOf(fn, fn.Text())
		return freshIDMakers[module][name]
	case "member_expression":
		obj, prop := fn.Field("object"), fn.Field("property").Text()
		if obj.Kind() != "identifier" || declaredAround(fn, obj.Text()) {
			return false
		}
		name, module := importOf(fn, obj.Text())
		if module == "" {
			// Web Crypto's global.
			return obj.Text() == "crypto" && prop == "randomUUID"
		}
		return (name == "*" || name == "default") && freshIDMakers[module][prop]
	}
	return false
}

// dataInTenant reports whether data, a create's data on target, gives the
// row a tenant: its tenant field or a key to a tenant set to a value that
// filters, or its relation to the tenant model connected by the tenant's
// id (`workspace: { connect: { id: workspaceId } }`).
func (q *queryCheck) dataInTenant(data tsparse.Node, target *prisma.Model) bool {
	// A spread or a computed key after the tenant's entry may give the
	// row another tenant (`{ workspaceId, ...input }`).
	in := false
	for _, d := range namedNoComments(data) {
		k, v, ok := property(d)
		if !ok || k == "" {
			in = false
			continue
		}
		if (q.isTenantField(target, k) || tenantForeignKey(q.t, target, k)) && tenantValue(v, 0) == constrained {
			in = true
			continue
		}
		f := fieldByName(target, k)
		if f == nil || f.Relation == nil || f.IsList() || f.Target() == nil || !q.t.IsRoot(f.Target()) {
			continue
		}
		rel, ok := q.objectOf(v, 0)
		if !ok {
			continue
		}
		for _, r := range namedNoComments(rel) {
			rk, rv, ok := property(r)
			if !ok || rk != "connect" {
				continue
			}
			unique, ok := q.objectOf(rv, 0)
			if !ok {
				continue
			}
			entries := namedNoComments(unique)
			if len(entries) != 1 {
				continue
			}
			if uk, uv, ok := property(entries[0]); ok && isPrimaryKey(f.Target(), f.Target().Field(uk)) && tenantValue(uv, 0) == constrained {
				in = true
			}
		}
	}
	return in
}

// freshConnectOrCreate reports whether unique, the where of the
// connectOrCreate co, links by a fresh random id alone that co's create
// gives its row (`const code = cuid()`, then `connectOrCreate: { where: {
// code }, create: { code } }`, Chaindesk's email verification): no row
// holds the id until this write, so the connect finds none and the row is
// created where the write puts it. Any other use of the name before the
// write ends (a call given it may write a row with it anywhere) refuses.
func (q *queryCheck) freshConnectOrCreate(co, unique tsparse.Node) bool {
	obj, ok := q.objectOf(unique, 0)
	entries := namedNoComments(obj)
	if !ok || len(entries) != 1 {
		return false
	}
	key, v, ok := property(entries[0])
	if v = uncast(v); !ok || v.Kind() != "identifier" && v.Kind() != "shorthand_property_identifier" {
		return false
	}
	value := v.Text()
	made, ok := constBefore(value, q.call)
	if !ok || !freshID(uncast(made)) || hiddenBetween(q.call, made.Parent(), value) {
		return false
	}
	created := false
	for _, e := range namedNoComments(co) {
		if k, data, ok := property(e); ok && k == "create" && uncast(data).Kind() == "object" && q.createsWithID(uncast(data), key, value, made) {
			created = true
		}
	}
	if !created {
		return false
	}
	return !handedElsewhere(q.call, co, made, value)
}
