package rules

import "github.com/schemalint/schemalint/internal/prisma"

// authorizationCodeField reports whether words, a field name's words
// ending in code, name an OAuth authorization code (authorizationCode,
// authCode, authorization_code): the one-time credential a token endpoint
// finds its authorization by, as it finds a grant by its access token.
// Other codes (code, promoCode, countryCode) are values many rows share.
func authorizationCodeField(words []string) bool {
	if len(words) < 2 {
		return false
	}
	switch words[len(words)-2] {
	case "authorization", "auth":
		return true
	}
	return false
}

// authorizationCodeColumn reports whether key is the bare `code` of a
// model named for an authorization code (tegon's AuthorizationCode, whose
// code a CLI presents to be given a token): the one-time credential itself.
func authorizationCodeColumn(m *prisma.Model, key string) bool {
	words := nameWords(m.Name)
	return key == "code" && words[len(words)-1] == "code" && authorizationCodeField(words)
}
