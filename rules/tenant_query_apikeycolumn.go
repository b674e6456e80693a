package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
)

// apiKeyColumn reports whether key is the column an API key model keeps
// its key in under the bare name `key`: agentset's
//
//	model OrganizationApiKey {
//	  key            String
//	  organizationId String
//	  @@unique([key])
//	}
//	… db.organizationApiKey.findUnique({ where: { key: apiKey } })
//
// credentialField leaves a bare `key` out (a settings key, a translation
// key); on a model whose name ends in ApiKey, a column that alone
// identifies its row, it is the key the caller presents. The model's id
// may be one too, but only to read the key by (apiKeyID).
func apiKeyColumn(m *prisma.Model, key string) bool {
	return key == "key" && apiKeyModel(m) && isUniqueField(m, key)
}

// apiKeyModel reports whether m's name ends in ApiKey.
func apiKeyModel(m *prisma.Model) bool {
	words := nameWords(m.Name)
	n := len(words)
	return n >= 2 && slices.Equal(words[n-2:], []string{"api", "key"})
}

// apiKeyID reports whether key is the id an API key model keeps its key
// in: pezzo's
//
//	model ApiKey {
//	  id             String @id
//	  organizationId String
//	}
//	… prisma.apiKey.create({ data: { id: `pez_${randomBytes(16).toString("hex")}`, organizationId } })
//
// An id with no default is one the application makes; when no other
// column of the model could hold a key (a bare key, a credential's name
// of any type, another column in a unique constraint, a string or bytes
// each key must be given), the id is what the caller presents. An id the database makes (`@default(cuid())`)
// names the row, as does an id beside a hashed key, and a primary key
// under another name (`name String @id`) is a label, not a secret.
//
// The same id is also the handle the console lists, revokes and renames
// the key by, so it is the caller's key only where the caller presents
// it to be let in: a read of the key by it (hasCredential, with
// keyIDRead), never a write, nor a comparison after another lookup.
func apiKeyID(m *prisma.Model, key string) bool {
	id := m.Field(key)
	if key != "id" || !apiKeyModel(m) || id == nil || !isPrimaryKey(m, id) || id.TypeName() != "String" || id.Attribute("default") != nil {
		return false
	}
	foreign := map[*prisma.Field]bool{}
	for _, f := range m.Fields {
		if f.Relation != nil {
			for _, k := range f.Relation.Fields() {
				foreign[k] = true
			}
		}
	}
	for _, f := range m.Fields {
		if f != id && (f.Name() == "key" || credentialField(f.Name()) || f.Attribute("unique") != nil) {
			return false
		}
		// A string or bytes the application must give each key, under
		// any name (fingerprint, digest, value), may be where it keeps
		// the key or its hash; a name with a default (pezzo's
		// `@default("Default")`) and a relation's key are not.
		if t := f.TypeName(); f != id && f.Kind == prisma.ScalarField && (t == "String" || t == "Bytes") && f.Attribute("default") == nil && !foreign[f] {
			return false
		}
	}
	for _, ix := range m.Indexes {
		if ix.Kind == prisma.IndexUnique && slices.ContainsFunc(ix.Fields, func(c prisma.IndexField) bool { return c.Field != id }) {
			return false
		}
	}
	return true
}

// credentialColumn reports whether the field key of m (nil: a model not
// known) holds a credential: named as one (credentialField), an API key
// model's bare key (apiKeyColumn), an authorization code model's bare code
// (authorizationCodeColumn), the bare value of a secret
// (secretValueColumn), or an invitation code the schema makes at random
// (invitationCodeColumn).
func credentialColumn(m *prisma.Model, key string) bool {
	return credentialField(key) || m != nil && (apiKeyColumn(m, key) || authorizationCodeColumn(m, key) || secretValueColumn(m, key) || invitationCodeColumn(m, key))
}

// secretValueColumn reports whether key is the column a model named as a
// secret keeps it in under the bare name `value`: Dittofeed's
//
//	model Secret {
//	  id          String @id
//	  workspaceId String
//	  value       String?
//	}
//
// whose write keys are checked by `secret.value === presentedValue` after
// a lookup by id. A bare `value` names anything elsewhere (a setting, a
// metric); on a Secret, ClientSecret or WebhookSecret it is the secret.
func secretValueColumn(m *prisma.Model, key string) bool {
	words := nameWords(m.Name)
	return key == "value" && len(words) > 0 && words[len(words)-1] == "secret"
}
