package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// tenantOfLookup reports whether c reads one row with its tenant included
// (`include: { team: true }`) and the function reads nothing of the row but
// that tenant's key (`return row.team.id`, `if (!row?.team) …`): the lookup
// that finds whose row an id is, for the caller to check access, as
// Hoppscotch's guards do. It says what `select: { team: { select: { id:
// true } } }` says (see ownerLookup); the tenant's other columns are
// another tenant's data when the id is (tenantKeyRead). A row read in any
// other way, passed on whole, or held under a name declared twice in the
// function, is judged like any other.
func (q *queryCheck) tenantOfLookup(c tsquery.Call, m *prisma.Model) bool {
	switch c.Operation {
	case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
	default:
		return false
	}
	args, ok := q.argsObject(c)
	if !ok {
		return false
	}
	tenants := map[string]bool{}
	for _, e := range args.NamedChildren() {
		if e.Kind() == "comment" {
			continue
		}
		key, val, ok := property(e)
		if !ok {
			return false
		}
		switch key {
		case "select", "omit":
			return false
		case "include":
			if tenants, ok = q.includedTenants(val, m); !ok {
				return false
			}
		}
	}
	if len(tenants) == 0 {
		return false
	}
	decl := c.Node.Parent()
	for decl.Kind() == "await_expression" || decl.Kind() == "parenthesized_expression" {
		decl = decl.Parent()
	}
	if decl.Kind() != "variable_declarator" || decl.Field("name").Kind() != "identifier" {
		return false
	}
	name := decl.Field("name")
	onlyTenant := true
	enclosingFunction(c.Node).Walk(func(n tsparse.Node) bool {
		if !onlyTenant {
			return false
		}
		switch n.Kind() {
		case "shorthand_property_identifier", "shorthand_property_identifier_pattern":
			onlyTenant = n.Text() != name.Text()
		case "identifier":
			if n.Text() != name.Text() || n.Start() == name.Start() {
				return true
			}
			p := n.Parent()
			switch {
			case p.Kind() == "member_expression" && p.Field("object").Start() == n.Start() && tenants[p.Field("property").Text()] && tenantKeyRead(p, m):
			case p.Kind() == "unary_expression" && p.Field("operator").Text() == "!":
				// Whether the id names a row at all.
			default:
				onlyTenant = false
			}
		}
		return true
	})
	return onlyTenant
}

// includedTenants reads `include: { team: true }`: the names of the to-one
// relations of m to a tenant model it includes; ok is false when it
// includes anything else.
func (q *queryCheck) includedTenants(n tsparse.Node, m *prisma.Model) (map[string]bool, bool) {
	obj, ok := q.objectOf(n, 0)
	if !ok {
		return nil, false
	}
	out := map[string]bool{}
	for _, e := range obj.NamedChildren() {
		if e.Kind() == "comment" {
			continue
		}
		key, val, ok := property(e)
		if !ok || val.Kind() != "true" {
			return nil, false
		}
		f := fieldByName(m, key)
		if f == nil || f.Relation == nil || f.IsList() || f.Target() == nil || !q.t.IsRoot(f.Target()) {
			return nil, false
		}
		out[key] = true
	}
	return out, len(out) > 0
}
