package tsquery

import (
	"bytes"
	"strings"
)

// Receivers returns a reading, from a file's text alone, of the receivers
// of its calls on delegates whose operation has a where (the operations
// MentionsQuery looks for): each `<receiver>.<delegate>.<operation>(`
// that Mentions would find, with the receiver as written, white space
// left out. A receiver it cannot read for sure makes ok false: anything
// but a path of plain names (`this.prisma`, `ctx.db`, `tx?.client`),
// one split by a comment or a line a comment may end, or one that may be
// the tail of a longer expression (`getDb().user`, `#db`, `a.\nprisma`).
// When ok, every call Calls finds on delegates with such an operation has
// its receiver in the list; the list may hold more, from mentions in
// strings or comments.
func Receivers(delegates []string) func([]byte) (receivers []string, ok bool) {
	set := map[string]bool{}
	for _, d := range delegates {
		if d == "" || strings.IndexFunc(d, func(r rune) bool { return !isWordByte(r) }) >= 0 {
			return func([]byte) ([]string, bool) { return nil, false }
		}
		set[d] = true
	}
	return func(src []byte) ([]string, bool) {
		var out []string
		for i := 0; i < len(src); i++ {
			dot := indexFrom(src, i, '.')
			if dot < 0 {
				return out, true
			}
			i = dot
			if !calledAt(src, dot, set, hasWhere) {
				continue
			}
			r, ok := receiverBefore(src, dot)
			if !ok {
				return nil, false
			}
			out = append(out, r)
		}
		return out, true
	}
}

// receiverBefore reads the receiver ending before the `.` (or `?.`) at
// dot: plain names joined by `.` or `?.`, then, before the first, the
// start of the file or a byte after which no expression goes on (an
// operator, an opening bracket, a separator, a keyword's last letter).
func receiverBefore(src []byte, dot int) (string, bool) {
	end := dot
	if end > 0 && src[end-1] == '?' {
		end--
	}
	e, ok := spaceBefore(src, end)
	if !ok {
		return "", false
	}
	for {
		s := e
		for s > 0 && isNameByte(src[s-1]) {
			s--
		}
		if s == e || src[s] >= '0' && src[s] <= '9' {
			return "", false // `)`, `]`, `#db`, a string or a number
		}
		p, ok := spaceBefore(src, s)
		if !ok {
			return "", false
		}
		if p == 0 {
			return compactText(src[s:end]), true
		}
		switch c := src[p-1]; {
		case c == '.' && p >= 3 && src[p-2] == '.' && src[p-3] == '.':
			return compactText(src[s:end]), true // a spread
		case c == '.':
			e = p - 1
			if e > 0 && src[e-1] == '?' {
				e--
			}
			if e, ok = spaceBefore(src, e); !ok {
				return "", false
			}
		case isNameByte(c) || strings.IndexByte("(,=;{}[!:?&|+-*%^~<>", c) >= 0:
			return compactText(src[s:end]), true
		default:
			return "", false
		}
	}
}

// spaceBefore skips ASCII white space backwards from i, to just after
// the byte before it. A line it goes back onto must hold no comment (`//`,
// `*/`, an HTML-like one), which could hide what goes on before; Unicode's
// white space and comments are not skipped (ok is false on the byte the
// caller then finds).
func spaceBefore(src []byte, i int) (int, bool) {
	crossed := false
	for i > 0 {
		switch src[i-1] {
		case '\n', '\r':
			crossed = true
		case ' ', '\t', '\f', '\v':
		default:
			if crossed {
				line := src[bytes.LastIndexAny(src[:i], "\n\r")+1 : i]
				for _, c := range []string{"//", "*/", "-->", "<!--"} {
					if bytes.Contains(line, []byte(c)) {
						return i, false
					}
				}
			}
			return i, true
		}
		i--
	}
	return i, true
}

// compactText is the text of src with its white space left out, as the
// query rule compares receivers.
func compactText(src []byte) string {
	return strings.Join(strings.Fields(string(src)), "")
}
