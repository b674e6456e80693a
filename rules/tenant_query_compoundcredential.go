package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// compoundCredential reports whether where looks a row of m up by a
// compound unique key one of whose fields is a credential the caller
// presents (`passwordless_deviceIdentifier_tokens: { deviceIdentifier,
// token }`, Hoppscotch's magic-link sign-in): like a lookup by the
// credential alone, it is how the row's owner is found. A compound key
// without such a field is not.
func (q *queryCheck) compoundCredential(where tsparse.Node, m *prisma.Model) bool {
	for _, e := range where.NamedChildren() {
		key, val, ok := property(e)
		if !ok || fieldByName(m, key) != nil {
			continue
		}
		ix := compoundUnique(m, key)
		if ix == nil {
			continue
		}
		obj, ok := q.objectOf(val, 0)
		if !ok {
			continue
		}
		for _, part := range obj.NamedChildren() {
			name, pv, ok := property(part)
			if !ok || !credentialField(name) {
				continue
			}
			for _, f := range ix.Fields {
				// A compound key takes plain values: an object here is
				// not an equality on the credential.
				if f.Field != nil && f.Field.Name() == name && f.Field.Kind == prisma.ScalarField && pv.Kind() != "object" {
					return true
				}
			}
		}
	}
	return false
}

// compoundUnique is the @@id or @@unique of m that the client names key:
// its `name:`, or its fields joined by "_".
func compoundUnique(m *prisma.Model, key string) *prisma.Index {
	candidates := append([]*prisma.Index{m.PrimaryKey}, m.Indexes...)
	for _, ix := range candidates {
		if ix == nil || len(ix.Fields) < 2 || ix.Kind != prisma.IndexID && ix.Kind != prisma.IndexUnique {
			continue
		}
		name := ix.Name()
		if name == "" {
			parts := make([]string, len(ix.Fields))
			for i, f := range ix.Fields {
				parts[i] = f.Path
			}
			name = strings.Join(parts, "_")
		}
		if name == key {
			return ix
		}
	}
	return nil
}
