package rules

import (
	"slices"
	"strings"
	"unicode"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// credentialField reports whether a field named key holds a credential or
// its hash, judged by the words of its name (camelCase or snake_case): the
// last word is token, hash or secret (token, sessionToken, keyHash,
// lookupHash, secret), or it is a key that is hashed or secret
// (hashedKey, hashedSecretKey, secretKey), a token's id (calendarTokenId)
// or its lookup hash or digest (tokenLookup, keyDigest), apiKey, or an
// OAuth authorization code (authorizationCode). A word that
// only contains one of them names something else: tokenCount,
// inputTokens, hashtag, tokenizerId are counts, tags and settings, and an
// equality on them reads every tenant's rows.
func credentialField(key string) bool {
	words := nameWords(key)
	if len(words) == 0 {
		return false
	}
	switch last := words[len(words)-1]; last {
	case "token", "hash", "secret":
		return true
	case "code":
		return authorizationCodeField(words)
	case "key":
		return len(words) == 2 && words[0] == "api" || slices.Contains(words, "hashed") || slices.Contains(words, "secret")
	case "id":
		// Shelf's calendarTokenId holds the feed's secret token.
		return len(words) > 1 && words[len(words)-2] == "token"
	case "lookup", "digest":
		// bklit's tokenLookup, the SHA-256 of the token it finds the
		// row by; a key's digest.
		return len(words) > 1 && slices.Contains([]string{"token", "key", "secret"}, words[len(words)-2])
	}
	return false
}

// nameWords splits an identifier into its lower-case words: apiKey is
// api, key; refresh_token is refresh, token; sha256Hash is sha256, hash.
func nameWords(name string) []string {
	var words []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, cur.String())
			cur.Reset()
		}
	}
	runes := []rune(name)
	for i, r := range runes {
		switch {
		case r == '_' || r == '-':
			flush()
			continue
		case unicode.IsUpper(r) && i > 0 && (unicode.IsLower(runes[i-1]) || unicode.IsDigit(runes[i-1]) || i+1 < len(runes) && unicode.IsLower(runes[i+1])):
			flush()
		}
		cur.WriteRune(unicode.ToLower(r))
	}
	flush()
	return words
}

// unpresented reports whether n, a value a credential is compared with,
// may be no value the caller presents: a constant (`null`, "default"), a
// const of the function or the module holding one, or a fallback or a
// choice that may give one (`cookie ?? null`, `t || ""`, `t ? t : null`).
// Such a value finds the rows of every tenant that lack a credential or
// share it.
//
// A name whose constants can only be null or undefined is presented where
// the function has left when it is missing (usertour's `const fingerprint
// = token ? tokenFingerprint(token) : null; if (!fingerprint) return;`).
func unpresented(n tsparse.Node) bool {
	some, nullish := constantsOf(n, 0)
	if !some {
		return false
	}
	if v := uncast(n); nullish && (v.Kind() == "identifier" || v.Kind() == "shorthand_property_identifier") {
		outer, _ := functionChain(v)
		return !definedAt(outer, v.Text(), v)
	}
	return true
}

// fixedValue reports whether n is a value no caller chooses: a constant
// (unpresented), or a call, awaited or not, whose arguments, one at least,
// all are (`await sha256("public")`).
func fixedValue(n tsparse.Node, depth int) bool {
	n = uncast(n)
	if depth > 4 || !n.Valid() {
		return false
	}
	if unpresented(n) {
		return true
	}
	switch n.Kind() {
	case "await_expression":
		return fixedValue(firstNamed(n), depth+1)
	case "call_expression":
		args := namedNoComments(n.Field("arguments"))
		return len(args) > 0 && !slices.ContainsFunc(args, func(a tsparse.Node) bool { return !fixedValue(a, depth+1) })
	}
	return false
}

// loopedConstants is constantsOf for n, the const variable of a for…of
// over a list of constants, written there or held by a const (`for
// (const guess of COMMON_PASSWORDS)`): each turn gives one of them.
func loopedConstants(n tsparse.Node, depth int) (some, nullish bool) {
	loop, _ := bindingScope(n, n.Text(), -1)
	if loop.Kind() != "for_in_statement" || loop.Field("operator").Text() != "of" || loop.Field("left").Kind() != "identifier" || loop.Field("left").Text() != n.Text() {
		return false, false
	}
	list := uncast(loop.Field("right"))
	if list.Kind() == "identifier" {
		v, ok := constBefore(list.Text(), list)
		if !ok {
			v = moduleConst(list.Tree().Root(), list.Text(), false)
		}
		list = uncast(v)
	}
	elems := namedNoComments(list)
	if list.Kind() != "array" || len(elems) == 0 {
		return false, false
	}
	nullish = true
	for _, e := range elems {
		s, nl := constantsOf(e, depth+1)
		if !s {
			return false, false
		}
		nullish = nullish && nl
	}
	return true, nullish
}

// constantsOf reports whether n may be a constant (some), and whether
// every constant it may be is null or undefined (nullish).
func constantsOf(n tsparse.Node, depth int) (some, nullish bool) {
	if depth > 8 {
		return false, false
	}
	n = uncast(n)
	either := func(a, b tsparse.Node) (bool, bool) {
		sa, na := constantsOf(a, depth+1)
		sb, nb := constantsOf(b, depth+1)
		return sa || sb, (!sa || na) && (!sb || nb)
	}
	switch n.Kind() {
	case "identifier", "shorthand_property_identifier":
		if literal(n) {
			return true, n.Text() == "undefined"
		}
		v, ok := constBefore(n.Text(), n)
		if !ok {
			v = moduleConst(n.Tree().Root(), n.Text(), false)
		}
		if !v.Valid() {
			return loopedConstants(n, depth)
		}
		return constantsOf(v, depth+1)
	case "binary_expression":
		if op := n.Field("operator").Text(); op == "??" || op == "||" {
			return either(n.Field("left"), n.Field("right"))
		}
	case "ternary_expression":
		return either(n.Field("consequence"), n.Field("alternative"))
	}
	if literal(n) {
		return true, n.Kind() == "null" || n.Text() == "undefined"
	}
	return false, false
}
