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
		{"hash", "hash"},
		{"hashedKey", "*hashed*"},
		{"apiKeyHash", "*key hash*"},
		{"salt", "*salt*"},
		{"passwordSalt", "*password*"},
		{"apiKey", "*api key*"},
		{"APIKey", "*api key*"},
		{"api_keys", "*api key*"},
		{"adminApiKey", "*api key*"},
		{"privateKey", "*private*key*"},
		{"privKey", "*priv key*"},
		{"privateSshKey", "*private*key*"},
		{"signingKey", "*signing key*"},
		{"signing_key", "*signing key*"},
		{"encryptionKey", "*encryption key*"},
		{"jwt", "*jwt*"},
		{"passcode", "*passcode*"},
		{"codeHash", "*code hash*"},
		{"apiToken", "*token*"},
		{"tokens", "*token*"},
		{"oauthTokens", "*token*"},
		{"credentials", "*credential"},
		{"verificationCode", "*verification code*"},
		{"loginCode", "*login code*"},
		{"deviceCode", "*device code*"},
		{"device_code", "*device code*"},
		{"pollingCode", "*polling code*"},
		// Second factors and recovery.
		{"otp", "*otp*"},
		{"otpauthUrl", "*otpauth*"},
		{"otpSecret", "*secret*"},
		{"totpSecret", "*secret*"},
		{"totp", "*totp*"},
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
		{"failedLoginCount", "*failed login*"},
		{"loginFailures", "*login failure*"},
		{"isLocked", "is locked"},
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
		{"promptTokens", ""},
		{"totalTokens", ""},
		{"timeToFirstToken", ""},
		// Metadata about a secret: what it is, when it expires or changed,
		// whether it is on, the part a user is shown.
		{"tokenType", ""},
		{"token_type", ""},
		{"tokenExpiresAt", ""},
		{"refresh_token_expires_in", ""},
		{"passwordChangedAt", ""},
		{"lastPasswordChangeAt", ""},
		{"shouldChangePassword", ""},
		{"hasPassword", ""},
		{"mfaEnabled", ""},
		{"is2faEnabled", ""},
		{"twoFactorEnabled", ""},
		{"refreshTokenVersion", ""},
		{"apiKeyPrefix", ""},
		{"maskedSecret", ""},
		// Hashes that identify content, not credentials.
		{"blockHash", ""},
		{"txHash", ""},
		{"commitHash", ""},
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

// Column names from the real-world schemas of the shared corpus, each
// judged by hand: does the column hold a credential, a second factor,
// recovery codes or lockout state?
func TestDefaultSensitivePatternsOnRealNames(t *testing.T) {
	s := Default().Sensitive
	tests := []struct {
		name      string
		sensitive bool
	}{
		{"accessToken", true},
		{"access_token", true},
		{"access_token_enc", true},
		{"providerAccessToken", true},
		{"refreshToken", true},
		{"refresh_token", true},
		{"refresh_token_enc", true},
		{"hashedRefreshToken", true},
		{"id_token", true},
		{"oauth_token", true},
		{"oauth_token_secret", true},
		{"sessionToken", true},
		{"resetToken", true},
		{"verificationToken", true},
		{"scimToken", true},
		{"botToken", true},
		{"webhookToken", true},
		{"wavoipToken", true},
		{"mobilePushToken", true},
		{"encryptedMixpanelProjectToken", true},
		{"forgejoTokenEncrypted", true},
		{"tokenHash", true},
		{"cancelTokenHash", true},
		{"clientSecret", true},
		{"hashedClientSecret", true},
		{"oauthClientSecret", true},
		{"appSecret", true},
		{"databaseSecret", true},
		{"webhookSecret", true},
		{"sharedSecret", true},
		{"serviceSecret", true},
		{"executorSecret", true},
		{"jwtSecret", true},
		{"secretKey", true},
		{"secretAccessKey", true},
		{"hashedSecretKey", true},
		{"fastHashedSecretKey", true},
		{"secretKeyBase", true},
		{"twoFactorSecret", true},
		{"password", true},
		{"passwordHash", true},
		{"hashedPassword", true},
		{"adminPassword", true},
		{"dbUserPassword", true},
		{"defaultPassword", true},
		{"emailSmtpPassword", true},
		{"ftpPassword", true},
		{"mysqlPassword", true},
		{"mariadbRootUserPassword", true},
		{"rabbitMQPassword", true},
		{"redisPassword", true},
		{"basicAuthPass", true},
		{"apiKey", true},
		{"api_key", true},
		{"notion_api_key", true},
		{"aiApiKey", true},
		{"mailgunApiKey", true},
		{"sendgridApiKey", true},
		{"encryptedPosthogApiKey", true},
		{"privateKey", true},
		{"privateSshKey", true},
		{"ftpHostKeyPrivate", true},
		{"masterKey", true},
		{"licenseKey", true},
		{"lemonLicenseKey", true},
		{"hashedKey", true},
		{"hash", true},
		{"salt", true},
		{"hashSalt", true},
		{"codeHash", true},
		{"codeVerifier", true},
		{"accessCode", true},
		{"activationCode", true},
		{"pollingCode", true},
		{"loginCode", true},
		{"credentials", true},
		{"intermediateStorageCredentials", true},
		{"twoFactorBackupCodes", true},
		{"failedAttempts", true},
		{"invalidLoginAttempts", true},
		{"invalid_login_attempts", true},
		{"accessTokenId", false},
		{"accessTokenExpiresAt", false},
		{"access_token_expiration", false},
		{"refreshTokenExpiresAt", false},
		{"refresh_token_expires_in", false},
		{"tokensExpiresAt", false},
		{"tokenExpiration", false},
		{"token_type", false},
		{"tokenScope", false},
		{"tokenRefreshErrorMessage", false},
		{"registeredTokenUrl", false},
		{"mobilePushTokenId", false},
		{"tokenId", false},
		{"idempotencyToken", false},
		{"partialToken", false},
		{"tokenUsage", false},
		{"tokenAmount", false},
		{"tokensSpent", false},
		{"totalTokens", false},
		{"promptTokens", false},
		{"completionTokens", false},
		{"maxTokens", false},
		{"timeToFirstToken", false},
		{"tokenizerConfig", false},
		{"tokenizerId", false},
		{"appSecretId", false},
		{"secretId", false},
		{"maskedSecret", false},
		{"partialClientSecret", false},
		{"isBuildSecret", false},
		{"apiKeyId", false},
		{"llmApiKeyId", false},
		{"createdByApiKeyId", false},
		{"accessKeyId", false},
		{"deployKeyId", false},
		{"sshKeyId", false},
		{"keyId", false},
		{"key_id", false},
		{"partialKey", false},
		{"publicKey", false},
		{"publicSshKey", false},
		{"publishableKey", false},
		{"credentialPublicKey", false},
		{"credentialId", false},
		{"enablePassword", false},
		{"twoFactorEnabled", false},
		{"isCredentialsLoginEnabled", false},
		{"emailVerified", false},
		{"identityVerifiedAt", false},
		{"hashType", false},
		{"contentHash", false},
		{"configHash", false},
		{"gitCommitHash", false},
		{"indexedCommitHash", false},
		{"sha256Hash", false},
		{"sweepTxHash", false},
		{"payoutMethodHash", false},
		{"pHash", false},
		{"imageBlurhash", false},
		{"key", false},
		{"keys", false},
		{"storageKey", false},
		{"s3Key", false},
		{"idempotencyKey", false},
		{"deduplicationKey", false},
		{"bundleKey", false},
		{"eventKey", false},
		{"dataKey", false},
		{"relationKey", false},
		{"code", false},
		{"statusCode", false},
		{"errorCode", false},
		{"referralCode", false},
		{"isEmailCodeLoginEnabled", false},
		{"loginCodeId", false},
		{"inviteCode", false},
		{"discountCode", false},
		{"couponCodes", false},
		{"productCode", false},
		{"country_code", false},
		{"billing_postal_code", false},
		{"sourceCode", false},
		{"locked", false},
		{"lockedAt", false},
		{"lockedByUserId", false},
		{"nsfwLevelLocked", false},
		{"pinnedAt", false},
		{"pinnedVersion", false},
		{"failedAt", false},
		{"lastFailedAt", false},
		{"paymentFailedAt", false},
		{"processingAttempts", false},
		{"attempts", false},
		{"consecutiveFailures", false},
		{"signature", false},
	}
	for _, tt := range tests {
		p, ok := s.Match(tt.name)
		assert.Equal(t, tt.sensitive, ok, "%s (pattern %q)", tt.name, p)
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

// A name asked about again gets the verdict it got first, which is what
// the patterns compiled afresh give.
func TestSensitiveRemembersVerdicts(t *testing.T) {
	s := Default().Sensitive
	fresh := Sensitive{Patterns: s.Patterns[:len(s.Patterns):len(s.Patterns)]}
	for _, names := range [][]string{{"id"}, {"passwordHash"}, {"id", "password_hash"}, {"tokenId"}, {"passwordhash"}, {"id"}} {
		for range 2 {
			p, ok := s.Match(names...)
			wantP, wantOK := fresh.Match(names...)
			assert.Equal(t, wantOK, ok, "%v", names)
			assert.Equal(t, wantP, p, "%v", names)
		}
	}
	// Patterns changed after compiling are not answered from the old ones.
	s.Patterns = []string{"id"}
	p, ok := s.Match("id")
	assert.True(t, ok)
	assert.Equal(t, "id", p)
}
