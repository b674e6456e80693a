package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// namedCompoundTenant reports whether key names, by the name its
// attribute gives it (`@@unique([spaceId, userId], name: "spaceUser")`),
// a compound unique key of m one of whose fields is the tenant field or a
// tenant's foreign key. Like the default name (spaceId_userId), the
// client takes such a key only with each of its fields, the tenant's
// included; a key whose default name has no "_" to split is left to the
// check of the default names.
func (q *queryCheck) namedCompoundTenant(m *prisma.Model, key string) bool {
	if fieldByName(m, key) != nil {
		return false
	}
	ix := compoundUnique(m, key)
	if ix == nil || ix.Name() == "" {
		return false
	}
	for _, f := range ix.Fields {
		if f.Field != nil && (q.isTenantField(m, f.Field.Name()) || tenantForeignKey(q.t, m, f.Field.Name()) && !q.otherTenantForeignKey(m, f.Field.Name())) {
			return true
		}
	}
	return false
}

// compoundMayBeAbsent reports whether val, the value given to a compound
// unique key, may be undefined or null: the client then drops the key
// (`where: { id, spaceUser: f ? { spaceId, userId } : undefined }` finds
// the row by id alone). It looks through casts, constants as written,
// both branches of a ternary and both sides of ||, ?? and &&.
func (q *queryCheck) compoundMayBeAbsent(val tsparse.Node, depth int) bool {
	if depth > 16 {
		return true
	}
	val = uncast(val)
	switch val.Kind() {
	case "undefined", "null":
		return true
	case "identifier", "shorthand_property_identifier":
		if val.Text() == "undefined" {
			return true
		}
		if v, ok := q.asWritten(val); ok {
			return q.compoundMayBeAbsent(v, depth+1)
		}
		// A parameter or binding declared optional (`key?: {…}`).
		return tenantValue(val, depth) == maybeUndefined
	case "ternary_expression":
		return q.compoundMayBeAbsent(val.Field("consequence"), depth+1) || q.compoundMayBeAbsent(val.Field("alternative"), depth+1)
	case "binary_expression":
		switch val.Field("operator").Text() {
		case "||", "??", "&&":
			return q.compoundMayBeAbsent(val.Field("left"), depth+1) || q.compoundMayBeAbsent(val.Field("right"), depth+1)
		}
	case "member_expression":
		// `input.key` with key optional in its type.
		return strings.Contains(val.Text(), "?.") || tenantValue(val, depth) == maybeUndefined
	case "call_expression":
		return strings.Contains(val.Text(), "?.")
	}
	return false
}

// compoundPartHidden reports whether val, the object literal given to a
// compound unique key, ends with a spread or a key the rule cannot read
// that may replace one of parts, the key's tenant fields: `{
// organizationId, slug, ...key }` sends the organizationId key holds, as
// the same spread after the tenant field of a where does.
func (q *queryCheck) compoundPartHidden(val tsparse.Node, parts []string, depth int) bool {
	obj, ok := q.objectOf(val, depth)
	if !ok {
		return false
	}
	for _, p := range parts {
		if _, given, read := q.givenEntry(obj, p); given && !read {
			return true
		}
	}
	return false
}

// compoundFieldNames are the fields of m's compound unique key named key.
func compoundFieldNames(m *prisma.Model, key string) []string {
	var names []string
	if ix := compoundUnique(m, key); ix != nil {
		for _, f := range ix.Fields {
			if f.Field != nil {
				names = append(names, f.Field.Name())
			}
		}
	}
	return names
}
