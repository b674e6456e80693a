package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// passwordBesideKey reports whether where looks a row of m up by a whole
// unique key and, beside it, an equality on its password (a field whose
// name's last word is password, plain or hashed): a sign-in (sealos's
// password provider),
//
//	oauthProvider.findUnique({ where: { providerId_providerType: { providerType, providerId: id }, password: hashPassword(password) } })
//
// The key finds one row and the password is the credential its owner
// presents: like a lookup by a token, it is how the tenant is found. The
// key is a compound @@id or @@unique given every field, or a field that
// is @id or @unique by itself, each a plain value; the password a value
// that cannot be undefined (a filter Prisma would drop), not an object.
// A where with a spread may drop either, and proves nothing.
func (q *queryCheck) passwordBesideKey(where tsparse.Node, m *prisma.Model) bool {
	password, key := false, false
	for _, e := range where.NamedChildren() {
		if e.Kind() == "spread_element" {
			return false
		}
		name, val, ok := property(e)
		if !ok {
			continue
		}
		val = uncast(val)
		if f := fieldByName(m, name); f != nil {
			words := nameWords(name)
			switch {
			case f.Kind != prisma.ScalarField || !plainKeyValue(val):
			case words[len(words)-1] == "password":
				password = password || presentedValue(val)
			case isPrimaryKey(m, f) || f.Attribute("unique") != nil:
				key = true
			}
			continue
		}
		ix := compoundUnique(m, name)
		obj, ok := q.objectOf(val, 0)
		if ix == nil || !ok || val.Kind() != "object" {
			continue
		}
		given := map[string]bool{}
		for _, part := range obj.NamedChildren() {
			if pn, pv, ok := property(part); ok && plainKeyValue(uncast(pv)) {
				given[pn] = true
			}
		}
		whole := true
		for _, f := range ix.Fields {
			whole = whole && f.Field != nil && given[f.Field.Name()]
		}
		key = key || whole
	}
	return password && key
}

// presentedValue reports whether v, a password's value, is one the
// caller presents: a name, a property or a call (`hashPassword(password)`),
// not a literal every caller knows (`""`, "changeme"), and not a choice
// that may give null (`password ?? null` finds the rows without one).
func presentedValue(v tsparse.Node) bool {
	switch v.Kind() {
	case "identifier", "member_expression", "call_expression", "await_expression":
		return v.Text() != "undefined"
	}
	return false
}

// plainKeyValue reports whether v is a value an equality takes that is
// never undefined nor null: not an object (a filter), not maybe undefined.
func plainKeyValue(v tsparse.Node) bool {
	return v.Valid() && v.Kind() != "object" && v.Kind() != "null" && !mayBeUndefined(v, 0)
}
