package viewgen

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/sqlview"
)

// sqlLayout is where sqlFile wrote the statements that create and drop
// views, as offsets into the file. A check whose generated SQL is current
// reads its views from here instead of handing the file to PostgreSQL's
// parser: the file is text of a shape this package controls.
type sqlLayout struct {
	stmts []sqlStmt // in file order
	// plain is set when PostgreSQL reads the file as it was written
	// (readAsWritten); only then does the layout say what parsing gives.
	plain bool
}

// sqlStmt is a CREATE OR REPLACE VIEW "schema"."name" AS SELECT … FROM
// "from"."table", or a DROP VIEW IF EXISTS "schema"."name".
type sqlStmt struct {
	start, end      int // the statement, without its ';'
	drop            bool
	schema, name    string
	nameAt, nameEnd int // the quoted, qualified name of the view
	columns         []sqlColumn
	from, table     string
	fromAt          int // the quoted, qualified table, which ends the statement
}

// sqlColumn is one item of a view's select list.
type sqlColumn struct {
	start, end   int    // the item, alias included
	name, column string // the view's column, and the table's it reads
	cast         bool   // an enum column, cast to the view schema's type
}

// drop writes DROP VIEW IF EXISTS for a view of schema.
func (l *sqlLayout) drop(b *bytes.Buffer, schema, name string) {
	st := sqlStmt{start: b.Len(), drop: true, schema: schema, name: name}
	b.WriteString("DROP VIEW IF EXISTS ")
	st.nameAt = b.Len()
	fmt.Fprintf(b, "%s.%s", ident(schema), ident(name))
	st.nameEnd = b.Len()
	st.end = b.Len()
	b.WriteString(";\n")
	l.stmts = append(l.stmts, st)
}

// shift moves every offset by n: the header written before the body.
func (l *sqlLayout) shift(n int) {
	for i := range l.stmts {
		st := &l.stmts[i]
		st.start += n
		st.end += n
		st.nameAt += n
		st.nameEnd += n
		st.fromAt += n
		for j := range st.columns {
			st.columns[j].start += n
			st.columns[j].end += n
		}
	}
}

// SQLViews is what sqlview.ParseFile(path, f.Content, nil) gives for a
// generated SQL file, read from where the file was written instead of
// parsed: its views and drops, with no diagnostics. ok is false for any
// other file, and for one whose names PostgreSQL would not read as written
// (a name over 63 bytes, which it truncates, an empty one, a comment line
// that a name ends early); parse those.
func (f *File) SQLViews(path string) (file *sqlview.File, ok bool) {
	l := f.sql
	if f.Kind != SQLFile || l == nil || !l.plain || !utf8.Valid(f.Content) || bytes.IndexByte(f.Content, 0) >= 0 {
		return nil, false
	}
	src := f.Content
	text := string(src) // the statements' SQL, sliced from one copy
	li := prisma.NewLineIndex(src)
	rng := func(start, end int) prisma.Range { return li.Range(path, start, end) }
	file = &sqlview.File{Path: path}
	// Hundreds of views: their parts are allocated together.
	n, ncols := 0, 0
	for _, st := range l.stmts {
		if !st.drop {
			n++
			ncols += len(st.columns)
		}
	}
	views := make([]sqlview.View, 0, n)
	sources := make([]sqlview.Source, 0, n)
	columns := make([]sqlview.Column, 0, ncols)
	refs := make([]sqlview.ColumnRef, 0, 2*ncols)
	for _, st := range l.stmts {
		if st.drop {
			file.Drops = append(file.Drops, sqlview.Drop{Schema: st.schema, Name: st.name, IfExists: true, Range: rng(st.start, st.end)})
			continue
		}
		sources = append(sources, sqlview.Source{Kind: sqlview.SourceTable, Schema: st.from, Table: st.table, Range: rng(st.fromAt, st.end)})
		views = append(views, sqlview.View{
			Schema:    st.schema,
			Name:      st.name,
			Sources:   sources[len(sources)-1 : len(sources) : len(sources)],
			Range:     rng(st.start, st.end),
			NameRange: rng(st.nameAt, st.nameEnd),
			SQL:       text[st.start:st.end],
		})
		v := &views[len(views)-1]
		first := len(columns)
		for _, c := range st.columns {
			ref := sqlview.ColumnRef{
				Schema: st.from,
				Table:  st.table,
				Column: c.column,
				// A bare name that is the table's own reads its whole
				// row for the parser; the rules ask the model which.
				WholeRow: c.column == st.table,
				Range:    rng(c.start, c.start+len(ident(c.column))),
			}
			refs = append(refs, ref)
			col := sqlview.Column{Name: c.name, Exprs: refs[len(refs)-1 : len(refs) : len(refs)], Range: rng(c.start, c.end)}
			if !c.cast {
				refs = append(refs, ref)
				col.Source = &refs[len(refs)-1]
			}
			columns = append(columns, col)
		}
		if len(columns) > first {
			v.Columns = columns[first:len(columns):len(columns)]
		}
		file.Views = append(file.Views, v)
	}
	return file, true
}
