// Package pgstmt splits a SQL file into PostgreSQL statements, each parsed
// by PostgreSQL's own parser and located by byte range. A file the parser
// cannot take whole is split with its scanner and each statement parsed
// alone, so that one bad statement loses only itself (its file gets an
// input-error of its own where it is read).
package pgstmt

import (
	"strings"

	"github.com/schemalint/schemalint/internal/pgtree"
)

// Statement is one parsed statement: its tree and the bytes [Start, End)
// of its file, Start past the blanks and comments before it. Base is the
// offset the tree's own locations count from: 0 when the whole file
// parsed, the statement's start when it was parsed alone.
type Statement struct {
	Node       *pgtree.Node
	Start, End int
	Base       int
}

// Split parses every statement of src that parses.
func Split(src []byte) []Statement {
	text := string(src)
	var out []Statement
	if tree, err := pgtree.Parse(text); err == nil {
		for _, raw := range tree.Stmts {
			start := int(raw.StmtLocation)
			end := len(text)
			if raw.StmtLen > 0 {
				end = start + int(raw.StmtLen)
			}
			if start < 0 || end > len(text) || start > end {
				continue
			}
			out = append(out, Statement{Node: raw.Stmt, Start: skipBlank(text, start, end), End: end})
		}
		return out
	}
	parts, err := pgtree.SplitWithScanner(text, true)
	if err != nil {
		return nil
	}
	cursor := 0
	for _, part := range parts {
		at := strings.Index(text[cursor:], part)
		if at < 0 {
			continue
		}
		start := cursor + at
		cursor = start + len(part)
		tree, err := pgtree.Parse(part)
		if err != nil || len(tree.Stmts) != 1 {
			continue
		}
		out = append(out, Statement{Node: tree.Stmts[0].Stmt, Start: skipBlank(text, start, cursor), End: cursor, Base: start})
	}
	return out
}

// skipBlank moves start past the blanks and comments PostgreSQL counts as
// part of the statement that follows them.
func skipBlank(text string, start, end int) int {
	for start < end {
		switch {
		case strings.ContainsRune(" \t\r\n\f", rune(text[start])):
			start++
		case strings.HasPrefix(text[start:end], "--"):
			nl := strings.IndexByte(text[start:end], '\n')
			if nl < 0 {
				return end
			}
			start += nl + 1
		case strings.HasPrefix(text[start:end], "/*"):
			close := strings.Index(text[start+2:end], "*/")
			if close < 0 {
				return end
			}
			start += close + 4
		default:
			return start
		}
	}
	return start
}
