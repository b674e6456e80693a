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

// credentialColumn reports whether the field key of m (nil: a model not
// known) holds a credential: named as one (credentialField), an API key
// model's bare key (apiKeyColumn), an authorization code model's bare code
// (authorizationCodeColumn), or the bare value of a secret
// (secretValueColumn).
func credentialColumn(m *prisma.Model, key string) bool {
	return credentialField(key) || m != nil && (apiKeyColumn(m, key) || authorizationCodeColumn(m, key) || secretValueColumn(m, key))
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
