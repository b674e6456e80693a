// Package registry reads an application's list of tenant-scoped models from
// its TypeScript or JavaScript source, e.g.
//
//	export const ORG_SCOPED_MODELS = new Set(["Invoice", "Quote"]);
//
// The list is data in code; reading its string literals is enough and needs
// no JavaScript runtime.
package registry

import (
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
)

// Registry is the list bound to Symbol in File.
type Registry struct {
	File    string
	Symbol  string
	Entries []Entry
	// Range is where the symbol is declared.
	Range prisma.Range
}

// Entry is one model name in the list.
type Entry struct {
	Name  string
	Range prisma.Range
}

// Has reports whether the registry lists model.
func (r *Registry) Has(model string) bool {
	for _, e := range r.Entries {
		if e.Names(model) {
			return true
		}
	}
	return false
}

// Names reports whether the entry names model, written as the model name or
// as Prisma Client's delegate name (invoice for Invoice).
func (e Entry) Names(model string) bool {
	return e.Name == model || e.Name == lowerFirst(model)
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// Read finds the declaration of symbol in the file at path and reads the
// string literals of the array or Set it is bound to.
func Read(path, symbol string) (*Registry, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, src, symbol)
}

var declaration = regexp.MustCompile(`(?m)\b(?:const|let|var)\s+`)

// Parse is Read on source already in memory.
func Parse(path string, src []byte, symbol string) (*Registry, error) {
	text := stripComments(string(src))
	lines := prisma.NewLineIndex(src)
	for _, loc := range declaration.FindAllStringIndex(text, -1) {
		rest := text[loc[1]:]
		if !strings.HasPrefix(rest, symbol) || len(rest) > len(symbol) && isIdentChar(rest[len(symbol)]) {
			continue
		}
		symStart := loc[1]
		i := symStart + len(symbol)
		// Skip a type annotation up to '='.
		eq := strings.IndexByte(text[i:], '=')
		if eq < 0 {
			break
		}
		i += eq + 1
		open := strings.IndexByte(text[i:], '[')
		semi := strings.IndexAny(text[i:], ";")
		if open < 0 || semi >= 0 && semi < open {
			return nil, fmt.Errorf("%s: %q is not bound to an array or a Set of strings", lines.Range(path, symStart, symStart).String(), symbol)
		}
		start := i + open + 1
		end := matchingBracket(text, start)
		if end < 0 {
			return nil, fmt.Errorf("%s: the list bound to %q is not closed", lines.Range(path, i+open, i+open).String(), symbol)
		}
		r := &Registry{File: path, Symbol: symbol, Range: lines.Range(path, symStart, symStart+len(symbol))}
		for _, m := range stringLiteral.FindAllStringSubmatchIndex(text[start:end], -1) {
			s, e := start+m[0], start+m[1]
			name := text[start+m[2] : start+m[3]]
			if m[2] < 0 {
				name = text[start+m[4] : start+m[5]]
			}
			r.Entries = append(r.Entries, Entry{Name: name, Range: lines.Range(path, s, e)})
		}
		return r, nil
	}
	return nil, fmt.Errorf("%s: no declaration of %q (looked for `const %s = [...]` or `new Set([...])`)", path, symbol, symbol)
}

var stringLiteral = regexp.MustCompile(`"([^"\\\n]*)"|'([^'\\\n]*)'`)

func isIdentChar(c byte) bool {
	return c == '_' || c == '$' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// matchingBracket returns the offset of the ']' closing the '[' before
// start, skipping strings, or -1.
func matchingBracket(text string, start int) int {
	depth := 1
	for i := start; i < len(text); i++ {
		switch text[i] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return i
			}
		case '"', '\'', '`':
			q := text[i]
			for i++; i < len(text) && text[i] != q; i++ {
				if text[i] == '\\' {
					i++
				}
			}
		}
	}
	return -1
}

// stripComments blanks out // and /* */ comments, keeping offsets, so that
// commented-out entries are not read.
func stripComments(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '"' || b[i] == '\'' || b[i] == '`':
			q := b[i]
			for i++; i < len(b) && b[i] != q && b[i] != '\n'; i++ {
				if b[i] == '\\' {
					i++
				}
			}
		case b[i] == '/' && i+1 < len(b) && b[i+1] == '/':
			for ; i < len(b) && b[i] != '\n'; i++ {
				b[i] = ' '
			}
		case b[i] == '/' && i+1 < len(b) && b[i+1] == '*':
			for ; i < len(b) && !(b[i] == '*' && i+1 < len(b) && b[i+1] == '/'); i++ {
				if b[i] != '\n' {
					b[i] = ' '
				}
			}
			if i+1 < len(b) {
				b[i], b[i+1] = ' ', ' '
				i++
			}
		}
	}
	return string(b)
}
