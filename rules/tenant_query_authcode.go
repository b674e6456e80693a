package rules

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
