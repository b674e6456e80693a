package config

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The names users have in their schemas, from the seeds and the real-world
// corpus, with what the default patterns should say about them.
func TestDefaultSensitivePatterns(t *testing.T) {
	s := Default().Sensitive
	tests := []struct {
		name    string
		pattern string // "" when not sensitive
	}{
		// Credentials.
		{"password", "*password*"},
		{"passwordHash", "*password*"},
		{"PASSWORD_HASH", "*password*"},
		{"hashedPassword", "*password*"},
		{"shouldChangePassword", "*password*"},
		{"lastPasswordChangeAt", "*password*"},
		{"postgresqlPassword", "*password*"},
		{"passwd", "*passwd*"},
		{"pwdHash", "*pwd*"},
		{"pin", "*pin*"},
		{"PIN", "*pin*"},
		{"pinHash", "*pin*"},
		{"userPin", "*pin*"},
		{"pin_code", "*pin*"},
		{"userPINs", "*pin*"},
		{"secret", "*secret*"},
		{"clientSecret", "*secret*"},
		{"hashedSecretKey", "*secret*"},
		{"secrets", "*secret*"},
		{"token", "*token*"},
		{"accessToken", "*token*"},
		{"refresh_token", "*token*"},
		{"idToken", "*token*"},
		{"refreshTokenVersion", "*token*"},
		{"hash", "hash"},
		{"hashedKey", "*hashed*"},
		{"apiKeyHash", "*key hash*"},
		{"salt", "*salt*"},
		{"passwordSalt", "*password*"},
		{"apiKey", "*api key*"},
		{"APIKey", "*api key*"},
		{"api_keys", "*api key*"},
		{"adminApiKey", "*api key*"},
		{"privateKey", "*private key*"},
		// Second factors and recovery.
		{"otp", "*otp*"},
		{"otpSecret", "*secret*"},
		{"totpSecret", "*secret*"},
		{"totp", "*totp*"},
		{"mfaEnabled", "*mfa*"},
		{"is2faEnabled", "*2fa*"},
		{"twoFactorBackup", "*two factor*"},
		{"recoveryCodes", "*recovery code*"},
		{"backup_codes", "*backup code*"},
		// Lockout state.
		{"lockoutUntil", "*lockout*"},
		{"lockedUntil", "*locked until*"},
		{"failedLoginAttempts", "*failed*attempt*"},
		{"failed_attempts", "*failed*attempt*"},
		{"failedAttemptCount", "*failed*attempt*"},
		{"loginAttempts", "*login attempt*"},
		// National ids.
		{"ssn", "*ssn*"},
		{"userSSN", "*ssn*"},
		{"ssnLast4", "*ssn*"},

		// Names that only share letters with a sensitive word.
		{"pinned", ""},
		{"isPinned", ""},
		{"spinner", ""},
		{"opinion", ""},
		{"shipping", ""},
		{"pincode", ""}, // a postal code in India
		{"hashtag", ""},
		{"hashtags", ""},
		{"tokenizer", ""},
		{"secretary", ""},
		{"footprint", ""},
		{"salty", ""},
		{"passport", ""},
		{"lockedAt", ""}, // a record lock, not an account lock
		{"lockedByUserId", ""},
		{"publicKey", ""},
		{"shardKey", ""},
		// Names that share a word but are not the secret.
		{"contentHash", ""},
		{"fileHash", ""},
		{"tokenId", ""},
		{"mobilePushTokenId", ""},
		{"apiKeyId", ""},
		{"secretId", ""},
		{"tokenCount", ""},
		{"tokenUsage", ""},
		{"inputTokens", ""},
		{"max_tokens", ""},
		{"totalTokensUsed", ""},
		{"email", ""},
		{"firstName", ""},
		{"", ""},
		{"_", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := s.Match(tt.name)
			assert.Equal(t, tt.pattern, got)
			assert.Equal(t, tt.pattern != "", ok)
		})
	}
}

func TestSensitiveMatchesAnyName(t *testing.T) {
	s := Default().Sensitive
	// A field named in one lowercase run is one word; its column is split.
	p, ok := s.Match("passwordhash", "password_hash")
	assert.True(t, ok)
	assert.Equal(t, "*password*", p)
	_, ok = s.Match("passwordhash")
	assert.False(t, ok)
	_, ok = s.Match()
	assert.False(t, ok)
}

func TestSensitivePatterns(t *testing.T) {
	tests := []struct {
		pattern string
		yes     []string
		no      []string
	}{
		{"pin", []string{"pin", "PIN", "Pin", "pins", "PINs"}, []string{"pinCode", "userPin", "pinned"}},
		{"*pin", []string{"pin", "userPin", "user_pin"}, []string{"pinCode", "spin"}},
		{"pin*", []string{"pin", "pinCode", "pin-hash"}, []string{"userPin", "pinned"}},
		{"api key", []string{"apiKey", "api_key", "API-KEY", "ApiKeys", "APIKey", "api.key"}, []string{"apiKeyId", "api"}},
		{"apiKey", []string{"api_key", "API_KEY"}, []string{"apikey"}},
		{"*failed*attempt*", []string{"failedAttempts", "failed_login_attempt", "lastFailedSignInAttemptAt"}, []string{"attemptsFailed"}},
		{"sha256*", []string{"sha256", "sha256Digest"}, []string{"sha", "sha2"}},
		{"**pin**", []string{"pin", "userPin"}, []string{"pinned"}},
		{"hash", []string{"hash", "hashes"}, []string{"hashed"}},
	}
	for _, tt := range tests {
		s := Sensitive{Patterns: []string{tt.pattern}}
		for _, name := range tt.yes {
			p, ok := s.Match(name)
			assert.True(t, ok, "%q should match %q", tt.pattern, name)
			assert.Equal(t, tt.pattern, p)
		}
		for _, name := range tt.no {
			_, ok := s.Match(name)
			assert.False(t, ok, "%q should not match %q", tt.pattern, name)
		}
	}
}

func TestSensitiveExclusions(t *testing.T) {
	s := Sensitive{Patterns: []string{"*hash*", "!*content hash*"}}
	p, ok := s.Match("passwordHash")
	assert.True(t, ok)
	assert.Equal(t, "*hash*", p)
	_, ok = s.Match("contentHash")
	assert.False(t, ok)
	// The patterns changed after compiling: Match follows them.
	s = Default().Sensitive
	s.Patterns = []string{"*iban*"}
	_, ok = s.Match("password")
	assert.False(t, ok)
	_, ok = s.Match("iban")
	assert.True(t, ok)
}

func TestSplitWords(t *testing.T) {
	tests := map[string][]string{
		"passwordHash":       {"password", "hash"},
		"APIKey":             {"api", "key"},
		"userID":             {"user", "id"},
		"userIDs":            {"user", "ids"},
		"URLsList":           {"urls", "list"},
		"failed_login-count": {"failed", "login", "count"},
		"sha256Digest":       {"sha", "256", "digest"},
		"HTTPServer2":        {"http", "server", "2"},
		"Straße":             {"straße"},
		"  spaced  out ":     {"spaced", "out"},
		"ÜberSecret":         {"über", "secret"},
	}
	for in, want := range tests {
		assert.Equal(t, want, splitWords(in, false), in)
	}
	assert.Equal(t, []string{"", "failed", "", "attempt", ""}, splitWords("**failed*_*attempt*", true))
}
