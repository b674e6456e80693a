package tsparse

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Unescape reads the text of a string literal, or of a template literal
// between its substitutions, as JavaScript does (a tagged template's strings
// are the SQL Prisma sends; a string's value is a name the scope registry
// lists): `\"` is `"`, “ \` “ a backquote, `\$` a dollar sign, `\n` a newline,
// `\x41` and `\u{1F600}` the characters they name, and a backslash before
// a line break joins the lines. Text without a backslash is returned as is.
func Unescape(raw string) string {
	if !strings.Contains(raw, `\`) {
		return raw
	}
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c != '\\' || i+1 == len(raw) {
			b.WriteByte(c)
			continue
		}
		i++
		switch e := raw[i]; e {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'v':
			b.WriteByte('\v')
		case '0':
			b.WriteByte(0)
		case '\n':
			// A line continuation.
		case '\r':
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
		case 'x':
			if r, ok := hexRune(raw, i+1, i+3); ok {
				b.WriteRune(r)
				i += 2
			} else {
				b.WriteByte(e)
			}
		case 'u':
			if i+1 < len(raw) && raw[i+1] == '{' {
				if end := strings.IndexByte(raw[i+1:], '}'); end > 0 {
					if r, ok := hexRune(raw, i+2, i+1+end); ok {
						b.WriteRune(r)
						i += 1 + end
						continue
					}
				}
			} else if r, ok := hexRune(raw, i+1, i+5); ok {
				b.WriteRune(r)
				i += 4
				continue
			}
			b.WriteByte(e)
		default:
			// \` \$ \\ \' \" and any other character stand for themselves.
			_, n := utf8.DecodeRuneInString(raw[i:])
			b.WriteString(raw[i : i+n])
			i += n - 1
		}
	}
	return b.String()
}

// hexRune reads raw[from:to] as the hexadecimal code of a character.
func hexRune(raw string, from, to int) (rune, bool) {
	if from >= to || to > len(raw) {
		return 0, false
	}
	v, err := strconv.ParseUint(raw[from:to], 16, 32)
	if err != nil || v > utf8.MaxRune {
		return 0, false
	}
	return rune(v), true
}

// TemplateRest is the text of the template string t from the offset from
// (after its last substitution) to its closing backquote, unescaped. A
// template a half-written file leaves open runs to the end of what was
// parsed, and one whose last substitution ends it has no rest.
func TemplateRest(t Node, from int) string {
	src := t.Text()
	end := len(src)
	if end > 1 && src[end-1] == '`' {
		end--
	}
	if from-t.Start() >= end {
		return ""
	}
	return Unescape(src[from-t.Start() : end])
}
