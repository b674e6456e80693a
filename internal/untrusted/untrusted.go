// Package untrusted makes text that comes from the repository under review
// safe to print. A pull request controls file names, schema and SQL text,
// identifiers and the parser messages that quote them; printed raw, a line
// break in any of them starts a new log line, which a CI runner may read
// as a command (GitHub's `::add-mask::`, `::set-output::`), and an escape
// sequence repaints the terminal. Escape renders every character that
// could do either as a visible escape, so one piece of untrusted text
// stays on the line it was printed on and shows what it really contains.
package untrusted

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Escape returns s with control characters (C0 but tab, DEL, C1), Unicode
// line and paragraph separators, bidirectional overrides (which make a
// line read differently from what it holds) and invalid UTF-8 replaced by
// Go-style escapes: \n, \r, \x1b, \u2028, \xff. A backslash is left alone:
// the escapes are for a human reader, not a round trip.
func Escape(s string) string {
	if clean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case unsafeRune(r):
			if r < 0x80 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// clean is the fast path: most names and messages are plain ASCII.
func clean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return cleanUnicode(s[i:])
		}
		if (c < 0x20 && c != '\t') || c == 0x7f {
			return false
		}
	}
	return true
}

func cleanUnicode(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || unsafeRune(r) {
			// A literal U+FFFD takes the slow path and is kept as it is.
			return false
		}
	}
	return true
}

func unsafeRune(r rune) bool {
	switch {
	case r == '\t':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r == 0x2028, r == 0x2029: // line and paragraph separators
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true // bidirectional embeddings, overrides, isolates and marks
	}
	return false
}
