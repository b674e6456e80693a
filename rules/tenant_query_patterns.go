package rules

import (
	"bytes"
	"regexp"
	"slices"
	"sync"
)

// compiledPatterns holds the regular expressions the query rule builds
// from the names it reads (`\bconst\s+orgId\b`): the same names come back
// for every call of a function and in many files, and compiling one costs
// more than most of its matches.
var compiledPatterns sync.Map // expression → *regexp.Regexp

// compiled is regexp.MustCompile(expr), compiled once per process.
func compiled(expr string) *regexp.Regexp {
	if re, ok := compiledPatterns.Load(expr); ok {
		return re.(*regexp.Regexp)
	}
	re, _ := compiledPatterns.LoadOrStore(expr, regexp.MustCompile(expr))
	return re.(*regexp.Regexp)
}

// mayCreate reports whether text may hold `.<delegate>.create(`, which
// the patterns reading a created row need; most functions create nothing.
func mayCreate(text []byte, delegate string) bool {
	return bytes.Contains(text, []byte("create")) && bytes.Contains(text, []byte(delegate))
}

// Keywords of declarations, for declares.
var (
	declarationKeywords = []string{"const", "let", "var"}
	letKeyword          = []string{"let"}
)

// declares reports whether text holds a declaration of name by one of
// keywords (`const orgId`): a keyword standing alone, white space, then
// name, followed by what next accepts (the text after name). It answers
// what `\b(?:const|let|var)\s+<name>` followed by next's pattern matches,
// without the regular expression, which has no literal prefix to search
// by and runs at every offset of a function's text for every call in it.
func declares(text []byte, keywords []string, name string, next func(after []byte) bool) bool {
	return len(declarationsAt(text, keywords, name, next)) > 0
}

// declarationsAt lists, in order, the offsets of text where the keyword
// of a declaration declares reads starts: the only places an expression
// starting `\b(?:const|let)\s+<name>` can match.
func declarationsAt(text []byte, keywords []string, name string, next func(after []byte) bool) []int {
	var out []int
	for from := 0; from <= len(text); {
		i := bytes.Index(text[from:], []byte(name))
		if i < 0 {
			break
		}
		i += from
		from = i + 1
		k := i
		for k > 0 && isRegexpSpace(text[k-1]) {
			k--
		}
		if k == i || !next(text[i+len(name):]) {
			continue
		}
		for _, kw := range keywords {
			if s := k - len(kw); s >= 0 && string(text[s:k]) == kw && (s == 0 || !isRegexpWord(text[s-1])) {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// keywordsAt lists, in order, the offsets of text where one of keywords
// stands alone (`\b` before it) with what next accepts after it.
func keywordsAt(text []byte, keywords []string, next func(after []byte) bool) []int {
	var out []int
	for _, kw := range keywords {
		for from := 0; ; {
			i := bytes.Index(text[from:], []byte(kw))
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			if (i == 0 || !isRegexpWord(text[i-1])) && next(text[i+len(kw):]) {
				out = append(out, i)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// findAllAt is FindAllSubmatchIndex(text, -1) of an expression that can
// match only at starts (in order, none of them inside a word's middle
// where the expression begins with \b): anchored is the expression with
// `^` in place of that `\b`, tried at each start a match before it has
// not covered. It is compiled only when there is a start.
func findAllAt(anchored string, text []byte, starts []int) [][]int {
	if len(starts) == 0 {
		return nil
	}
	re := compiled(anchored)
	var out [][]int
	end := 0
	for _, s := range starts {
		if s < end {
			continue
		}
		m := re.FindSubmatchIndex(text[s:])
		if m == nil {
			continue
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += s
			}
		}
		out = append(out, m)
		end = m[1]
	}
	return out
}

// wordEnds is next for declares: `\b` after name, which a name ending in
// a word character meets where no word character follows.
func wordEnds(name string) func([]byte) bool {
	last := name != "" && isRegexpWord(name[len(name)-1])
	return func(after []byte) bool { return last != (len(after) > 0 && isRegexpWord(after[0])) }
}

// followedBy is next for declares: `\s*` then the byte c.
func followedBy(c byte) func([]byte) bool {
	return func(after []byte) bool {
		after = bytes.TrimLeft(after, "\t\n\f\r ")
		return len(after) > 0 && after[0] == c
	}
}

// isRegexpSpace is `\s` of the regexp package: ASCII white space without
// the vertical tab.
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// isRegexpWord is `\w`, what `\b` tells apart: ASCII letters, digits and
// the underscore.
func isRegexpWord(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// mentionsInDeclaration reports whether text holds name standing alone
// (no word character, `$` or `.` before it, no word character or `$`
// after it) in the part of a statement that follows a declaration's
// keyword: what `\b(?:const|let|var)\b[^;]*?(?:^|[^\w$.])<name>(?:$|[^\w$])`
// matches, without trying the expression at every offset.
func mentionsInDeclaration(text []byte, name string) bool {
	if name == "" {
		return compiled(`\b(?:const|let|var)\b[^;]*?(?:^|[^\w$.])(?:$|[^\w$])`).Match(text)
	}
	for from := 0; from <= len(text); {
		i := bytes.Index(text[from:], []byte(name))
		if i < 0 {
			return false
		}
		i += from
		from = i + 1
		if i == 0 || isRegexpWord(text[i-1]) || text[i-1] == '$' || text[i-1] == '.' {
			continue
		}
		if j := i + len(name); j < len(text) && (isRegexpWord(text[j]) || text[j] == '$') {
			continue
		}
		// A keyword, standing alone, between the last `;` before the
		// character ahead of name and that character.
		region := bytes.LastIndexByte(text[:i-1], ';') + 1
		for _, kw := range declarationKeywords {
			for at := region; ; {
				k := bytes.Index(text[at:i-1], []byte(kw))
				if k < 0 {
					break
				}
				s := at + k
				at = s + 1
				if e := s + len(kw); (s == 0 || !isRegexpWord(text[s-1])) && !isRegexpWord(text[e]) {
					return true
				}
			}
		}
	}
	return false
}
