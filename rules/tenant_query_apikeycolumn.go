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
// identifies its row, it is the key the caller presents.
func apiKeyColumn(m *prisma.Model, key string) bool {
	words := nameWords(m.Name)
	n := len(words)
	return key == "key" && n >= 2 && slices.Equal(words[n-2:], []string{"api", "key"}) && isUniqueField(m, key)
}
