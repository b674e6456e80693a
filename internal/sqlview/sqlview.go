// Package sqlview reads SQL view definitions — Prisma's bare-SELECT view
// files and CREATE VIEW / DROP VIEW statements in migrations — with
// PostgreSQL's own grammar (libpg_query through pg_query_go), so that every
// statement PostgreSQL accepts is read the way PostgreSQL reads it.
package sqlview

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/schemalint/schemalint/internal/prisma"
)

// View is one view definition: a CREATE [OR REPLACE] [MATERIALIZED] VIEW
// statement, or a bare SELECT in a prisma/views file.
type View struct {
	Schema, Name string // Schema is "" when the name is unqualified
	Materialized bool
	// Columns are the output columns in order, named as PostgreSQL names
	// them (CREATE VIEW v (a, b) column lists applied).
	Columns []Column
	// Star is the first `*` or `t.*` item of the select list; the columns it
	// stands for are not in Columns.
	Star *prisma.Range
	// StarReads is what the select list's stars read: a WholeRow reference
	// per relation, the columns of a CTE or subquery.
	StarReads []ColumnRef
	// Sources are the FROM items of the top-level SELECT (of every arm of a
	// UNION), joins flattened.
	Sources []Source
	// Range is the statement, or the whole file for a bare SELECT.
	Range prisma.Range
	// NameRange is the view's name; for a bare SELECT, which has none, the
	// first keyword of the statement (SELECT or WITH).
	NameRange prisma.Range
	SQL       string // the statement text, without the trailing ';'
}

// Column is one output column of a view.
type Column struct {
	Name string // the alias, else the name PostgreSQL derives ("?column?" when none)
	// Source is set when the expression is a plain column reference; it is
	// traced through CTEs and subqueries down to a relation when the derived
	// column is itself a plain reference. For a UNION it is the first arm's.
	Source *ColumnRef
	// Exprs is every column the expression reads (its select-list output for
	// a scalar subquery; not WHERE or JOIN conditions), traced like Source;
	// a derived column that is an expression contributes the columns it
	// reads. For a UNION, the columns of every arm at this position.
	Exprs []ColumnRef
	Range prisma.Range // the select-list item
	// Arms are this column in each arm of a UNION, INTERSECT or EXCEPT,
	// first arm first, each with its own name, Source, Exprs and Range;
	// nil for a single SELECT.
	Arms []Column
}

// ColumnRef is a column read by a view, resolved through table aliases.
type ColumnRef struct {
	// Schema and Table name the relation as written in FROM ("" schema when
	// unqualified). Table is "" when an unqualified column cannot be
	// attributed because several FROM items could provide it; the caller
	// can decide with View.Sources and its own knowledge of the tables.
	Schema, Table, Column string
	// Derived is set when Table is a CTE, a subquery or a function in FROM
	// (its alias), not a relation of the database, and the column could not
	// be traced further.
	Derived bool
	// WholeRow is set when the reference reads the whole row of Table
	// rather than one column: row_to_json(u), to_jsonb(u.*), json_agg(u),
	// a bare u. Every column of the relation is read, including any added
	// later. Column is "" for u.*; for a bare name it keeps the name, since
	// PostgreSQL reads the column of that name instead when the relation
	// has one. A whole row of a CTE or subquery is never a WholeRow
	// reference: it reads the columns of its select list, which are listed.
	WholeRow bool
	Range    prisma.Range // where the column is named (inside the CTE or subquery when traced)
}

// SourceKind says what a FROM item is.
type SourceKind int

const (
	SourceTable    SourceKind = iota // a table or view of the database
	SourceCTE                        // a WITH query of the statement
	SourceSubquery                   // a subquery in FROM
	SourceFunction                   // a set-returning function, VALUES, XMLTABLE, JSON_TABLE …
)

func (k SourceKind) String() string {
	switch k {
	case SourceCTE:
		return "cte"
	case SourceSubquery:
		return "subquery"
	case SourceFunction:
		return "function"
	}
	return "table"
}

// Source is one FROM item.
type Source struct {
	Kind SourceKind
	// Schema and Table name a relation; for a CTE, Table is its name; for a
	// subquery or function, Table is its alias ("" without one).
	Schema, Table string
	Alias         string       // "" without AS
	Range         prisma.Range // the item as written, with its alias
}

// RefName is the name columns qualify this item with.
func (s Source) RefName() string {
	if s.Alias != "" {
		return s.Alias
	}
	return s.Table
}

// Drop is a view named by DROP VIEW or DROP MATERIALIZED VIEW; a statement
// naming several views yields one Drop each.
type Drop struct {
	Schema, Name string
	Materialized bool
	IfExists     bool
	Range        prisma.Range // the statement
}

// File is what one SQL file defines. Views and Drops are each in statement
// order; compare Range.Start.Offset to interleave them.
type File struct {
	Path  string
	Views []*View
	Drops []Drop
}

// BareSelectName is Prisma's convention for view files:
// prisma/views/<schema>/<View>.sql, the schema being "" when the file sits
// directly in the views folder.
func BareSelectName(path string) (schema, name string) {
	base := filepath.Base(path)
	ext := filepath.Ext(base)
	if !strings.EqualFold(ext, ".sql") {
		return "", ""
	}
	name = strings.TrimSuffix(base, ext)
	dir := filepath.Base(filepath.Dir(path))
	if dir != "views" && dir != "." && dir != string(filepath.Separator) {
		schema = dir
	}
	return schema, name
}

// ParseFile reads the views a SQL file defines and drops. Statements other
// than CREATE VIEW, CREATE MATERIALIZED VIEW and DROP VIEW are ignored,
// except when bareSelectName is given (a view file): the first top-level
// SELECT is a view named by bareSelectName(path) (skipped when it returns
// "" as name), and any other statement is reported.
// It never panics; a statement PostgreSQL rejects is reported and the
// others are still read. A diagnostic is an error when SQL that may define
// a view could not be read, so that a view may be missing or partly read;
// a warning when nothing a view is made of was lost (a statement without
// "view" in it that does not parse, a view file without a SELECT).
func ParseFile(path string, src []byte, bareSelectName func(path string) (schema, name string)) (file *File, diags []prisma.Diagnostic) {
	defer func() {
		// A bug here must cost the user one file's views, not the run.
		if r := recover(); r != nil {
			file = &File{Path: path}
			diags = append(diags, prisma.Diagnostic{
				Range:    prisma.Range{File: path, Start: prisma.Pos{Line: 1, Col: 1}, End: prisma.Pos{Line: 1, Col: 1}},
				Severity: prisma.SeverityError,
				Message:  fmt.Sprintf("internal error reading SQL views, please report it: %v", r),
			})
		}
	}()
	p := &fileParser{
		file: &File{Path: path},
		path: path,
		src:  src,
		li:   prisma.NewLineIndex(src),
	}
	if bareSelectName != nil {
		p.bareSchema, p.bareName = bareSelectName(path)
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		p.unreadable(i, i+1, "not a text file: NUL byte", false, p.mayDefineView(src))
		return p.file, p.diags
	}
	if !utf8.Valid(src) {
		i := firstInvalidUTF8(src)
		p.unreadable(i, i+1, fmt.Sprintf("invalid UTF-8 byte 0x%02x; SQL files must be UTF-8", src[i]), false, p.mayDefineView(src))
		return p.file, p.diags
	}
	p.parseAll()
	if p.bareName != "" && !p.sawBareSelect && len(p.file.Views) == 0 && len(p.diags) == 0 {
		p.diags = append(p.diags, prisma.Diagnostic{
			Range:    p.li.Range(path, 0, 0),
			Severity: prisma.SeverityWarning,
			Message:  fmt.Sprintf("view file defines no view: expected the SELECT of view %q", p.bareName),
		})
	}
	return p.file, p.diags
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return 0
}
