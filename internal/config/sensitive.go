package config

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Sensitive names the fields and columns a view must not expose.
//
// Patterns match words, not characters. A name is split into words at
// `_`, `-`, `.`, spaces, lower-to-upper case changes (passwordHash), the end
// of an acronym (APIKey → api key; a trailing plural s stays with it: PINs)
// and letter/digit changes (sha256); words are compared case-insensitively.
// A pattern is split the same way, and each `*` in it stands for any number
// of whole words, none included. So
//
//	pin         matches pin, PIN, pins             not pinCode, userPin
//	*pin*       matches pin, userPin, pin_hash     not pinned, spinner, opinion
//	*api key    matches apiKey, admin_api_keys     not apiKeyPrefix
//	*failed*attempt*   matches failedLoginAttempts, failed_attempt_count
//
// A pattern word also matches its plural (word + "s" or "es"). A pattern
// starting with "!" excludes: a name that matches one is not sensitive
// whatever else it matches. A word is never matched partly, so a name
// written in one lowercase run (passwordhash) is one word: it matches
// `passwordhash` but not `*password*`; schemalint checks the field name and
// the column name, and one of them is usually split.
type Sensitive struct {
	Patterns []string
	// Allow lists Model.field pairs that may be exposed anyway.
	Allow []string
	// compiled holds Patterns as the configuration left them, compiled
	// when a view first asks: most runs check no view, and compiling the
	// default patterns was about 1% of a small schema's check.
	compiled *compiledPatterns
}

// compiledPatterns are srcs compiled on first use; verdicts remembers what
// each name matched (a verdict) under them: the same few names (id,
// email, tenantId…) are asked about for every view and every field.
type compiledPatterns struct {
	srcs     []string
	once     sync.Once
	patterns []pattern
	verdicts sync.Map
}

// current is Patterns compiled, with the verdicts remembered under them;
// none when Patterns changed since the configuration compiled them.
func (s Sensitive) current() ([]pattern, *sync.Map) {
	c := s.compiled
	if c == nil || !slices.Equal(c.srcs, s.Patterns) {
		return compileAll(s.Patterns), nil
	}
	c.once.Do(func() { c.patterns = compileAll(c.srcs) })
	return c.patterns, &c.verdicts
}

type verdict struct {
	pattern string
	ok      bool
}

// DefaultSensitivePatterns are the patterns used when the configuration sets
// none. They cover credentials (passwords, PINs, passcodes, secrets, tokens,
// JWTs, credential hashes, salts, API, private, signing and encryption
// keys, one-time codes such as a device flow's device, polling and login
// codes), second factors and recovery codes, lockout state
// and national ids. They leave out what merely shares a word with them:
// references (tokenId, apiKeyId); metadata about a secret, which says what
// kind it is, when it expires or changed, whether it is on, or shows a safe
// part of it (tokenType, tokenExpiresAt, passwordChangedAt, mfaEnabled,
// hasPassword, keyPrefix); LLM token counts (inputTokens, tokenCount; a
// bare `tokens` or `oauthTokens` column still holds tokens); hashes of
// content (contentHash, blockHash; a bare `hash` column is still
// sensitive).
var DefaultSensitivePatterns = []string{
	// Credentials.
	"*password*", "*passwd*", "*pwd*", "*passphrase*", "*passcode*", "*auth pass*",
	"*pin*",
	"*secret*",
	"*token*", "*jwt*",
	"hash", "*hashed*", "*key hash*", "*code hash*",
	"*salt*",
	"*api key*", "*private*key*", "*key private*", "*priv key*", "*signing key*", "*encryption key*", "*master key*", "*license key*",
	"*credential", "*creds",
	"*auth code*", "*authorization code*", "*access code*", "*activation code*", "*verification code*", "*reset code*", "*code verifier*",
	"*login code*", "*device code*", "*polling code*",
	// Second factors and recovery.
	"*otp*", "*otpauth*", "*totp*", "*mfa*", "*2fa*", "*two factor*",
	"*recovery code*", "*backup code*",
	// Lockout state.
	"*lockout*", "*locked until*", "is locked", "*account locked*",
	"*failed*attempt*", "*failed login*", "*login attempt*", "*login failure*",
	// National ids.
	"*ssn*", "*social security*",

	// A reference to a secret is not the secret.
	"!*id",
	// Metadata about a secret: what it is, when, whether, and the part of
	// it a user is shown.
	"!*type", "!*kind", "!*name", "!*scope*", "!*status", "!*method", "!*error*",
	"!*at", "!*date", "!*expires*", "!*expiry*", "!*expiration*", "!*expired*",
	"!*enabled", "!*verified", "!*required", "!*version",
	"!has*", "!should*", "!must*", "!require*", "!enable*",
	"!*prefix", "!*suffix", "!masked*", "!partial*", "!is*secret", "!*token url",
	"!*public key*", "!*idempotency*",
	// LLM token counts.
	"!*token count*", "!*token usage*", "!*token limit*", "!*token used*", "!*token spent*", "!*token amount*",
	"!*input token*", "!*output token*", "!*prompt token*", "!*completion token*", "!*total token*",
	"!*max token*", "!*min token*", "!*cached token*", "!*reasoning token*", "!*used token*", "!*first token*",
}

// Match reports whether any of names (a field name, its column name…) is
// sensitive, and the pattern it matches.
func (s Sensitive) Match(names ...string) (pattern string, ok bool) {
	patterns, verdicts := s.current()
	for _, name := range names {
		if verdicts == nil {
			if pattern, ok := match(patterns, name); ok {
				return pattern, true
			}
			continue
		}
		v, seen := verdicts.Load(name)
		if !seen {
			pattern, ok := match(patterns, name)
			v = verdict{pattern, ok}
			verdicts.Store(name, v)
		}
		if v := v.(verdict); v.ok {
			return v.pattern, true
		}
	}
	return "", false
}

// match is the pattern name matches, if it is sensitive.
func match(patterns []pattern, name string) (string, bool) {
	words := splitWords(name, false)
	if len(words) == 0 {
		return "", false
	}
	found, excluded := "", false
	var buf [16]bool
	at := buf[:]
	if len(words) >= len(buf) {
		at = make([]bool, len(words)+1)
	}
	for _, p := range patterns {
		if !p.match(words, at[:len(words)+1]) {
			continue
		}
		if p.negate {
			excluded = true
			break
		}
		if found == "" {
			found = p.src
		}
	}
	if found == "" || excluded {
		return "", false
	}
	return found, true
}

// Allowed reports whether Model.field is in Allow.
func (s Sensitive) Allowed(model, field string) bool {
	return slices.Contains(s.Allow, model+"."+field)
}

func (s *Sensitive) compile() {
	s.compiled = &compiledPatterns{srcs: slices.Clone(s.Patterns)}
}

// compileAll skips invalid patterns; the configuration reports them.
func compileAll(srcs []string) []pattern {
	out := make([]pattern, 0, len(srcs))
	for _, src := range srcs {
		if p, err := compilePattern(src); err == nil {
			out = append(out, p)
		} else {
			out = append(out, pattern{src: src, never: true})
		}
	}
	return out
}

type pattern struct {
	src    string
	negate bool
	never  bool     // invalid: matches nothing
	words  []string // "" is a wildcard
}

func compilePattern(src string) (pattern, error) {
	p := pattern{src: src}
	body := src
	if strings.HasPrefix(body, "!") {
		p.negate, body = true, body[1:]
	}
	for _, r := range body {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("*_-. ", r) {
			return p, fmt.Errorf("sensitive pattern %q: %q is not allowed; use words, \"*\" for any words, and _ - . or spaces between words", src, r)
		}
	}
	p.words = splitWords(body, true)
	if !slices.ContainsFunc(p.words, func(w string) bool { return w != "" }) {
		return p, fmt.Errorf("sensitive pattern %q has no word to match", src)
	}
	return p, nil
}

// match is a glob match over words, by dynamic programming: at[j] says
// whether the pattern so far matches words[:j]. at is scratch space of
// len(words)+1, which one name reuses for every pattern.
func (p pattern) match(words []string, at []bool) bool {
	if p.never {
		return false
	}
	clear(at)
	at[0] = true
	for _, pw := range p.words {
		if pw == "" {
			for j := 1; j <= len(words); j++ {
				at[j] = at[j] || at[j-1]
			}
			continue
		}
		for j := len(words); j >= 1; j-- {
			at[j] = at[j-1] && wordMatches(pw, words[j-1])
		}
		at[0] = false
	}
	return at[len(words)]
}

func wordMatches(pat, word string) bool {
	return word == pat || (strings.HasPrefix(word, pat) && (word[len(pat):] == "s" || word[len(pat):] == "es"))
}

// splitWords lowercases name and splits it into words (see Sensitive). With
// wildcards, each run of `*` becomes one "" word.
func splitWords(name string, wildcards bool) []string {
	var words []string
	rs := []rune(name)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(string(rs[start:end])))
		}
		start = -1
	}
	for i, r := range rs {
		switch {
		case wildcards && r == '*':
			flush(i)
			if len(words) == 0 || words[len(words)-1] != "" {
				words = append(words, "")
			}
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush(i)
		case start < 0:
			start = i
		case boundary(rs, i):
			flush(i)
			start = i
		}
	}
	flush(len(rs))
	return words
}

// boundary reports whether a new word starts at rs[i], inside a run of
// letters and digits.
func boundary(rs []rune, i int) bool {
	prev, r := rs[i-1], rs[i]
	switch {
	case unicode.IsDigit(prev) != unicode.IsDigit(r):
		return true
	case unicode.IsLower(prev) && unicode.IsUpper(r):
		return true
	case unicode.IsUpper(prev) && unicode.IsUpper(r) && i+1 < len(rs) && unicode.IsLower(rs[i+1]):
		// The last capital of an acronym starts the next word (APIKey),
		// unless all that follows is a plural s (PINs, IDs).
		return !(rs[i+1] == 's' && (i+2 == len(rs) || !unicode.IsLower(rs[i+2])))
	}
	return false
}

// Words splits an identifier into lowercase words the way sensitive
// patterns see it: at `_`, `-`, `.`, spaces, camelCase humps and acronym
// ends (`apiKeyHash` → api key hash).
func Words(name string) []string { return splitWords(name, false) }
