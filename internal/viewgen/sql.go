package viewgen

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/sqlview"
)

// sqlFile renders the statements that create or update the views: each
// one idempotent, so the file can be applied on every deploy. The layout
// says where it wrote the statements that create and drop views.
func sqlFile(v *config.Views, views []*view, dropped []string, enums []*prisma.Enum) ([]byte, *sqlLayout) {
	var b bytes.Buffer
	lay := &sqlLayout{}
	target := ident(v.TargetSchema.Value)
	b.WriteString("--\n")
	b.WriteString("-- Apply it after the source tables are migrated; running it again changes nothing.\n")
	b.WriteString("-- CREATE OR REPLACE VIEW can only append columns: a view that loses, renames\n")
	b.WriteString("-- or reorders a column must be dropped first.\n\n")
	fmt.Fprintf(&b, "CREATE SCHEMA IF NOT EXISTS %s;\n", target)
	viewEnumTypes(&b, v, enums)
	retypedViews(&b, v, views)
	if len(dropped) > 0 {
		b.WriteString(dropsIntro)
		for _, name := range dropped {
			lay.drop(&b, v.TargetSchema.Value, name)
		}
	}
	for _, vw := range views {
		if acks := vw.expose.Acknowledge; len(acks) > 0 {
			names := make([]string, len(acks))
			for i, a := range acks {
				names[i] = a.Column.Value
			}
			// CREATE OR REPLACE VIEW cannot drop a column: while the
			// configuration acknowledges a removal, every apply drops the
			// view first, so the file stays a function of the
			// configuration and applies on databases before and after.
			fmt.Fprintf(&b, "\n-- Removed on purpose (acknowledge in %s): %s.\n", config.FileName, strings.Join(names, ", "))
			b.WriteString("-- The view is dropped and created again while the acknowledgement stands.\n")
			lay.drop(&b, v.TargetSchema.Value, vw.name)
		}
		b.WriteString("\n")
		st := sqlStmt{start: b.Len(), schema: v.TargetSchema.Value, name: vw.name, from: vw.schema, table: vw.model.TableName()}
		b.WriteString("CREATE OR REPLACE VIEW ")
		st.nameAt = b.Len()
		b.WriteString(target)
		b.WriteByte('.')
		writeIdent(&b, vw.name)
		st.nameEnd = b.Len()
		b.WriteString(" AS\nSELECT\n")
		for i, f := range vw.fields {
			sep := ","
			if i == len(vw.fields)-1 {
				sep = ""
			}
			b.WriteString("  ")
			c := sqlColumn{start: b.Len(), name: vw.column(f), column: f.ColumnName()}
			// The view declares the source's @map, so its column has the
			// table column's name and needs no alias, unless the source
			// column was renamed under readers who know the old name.
			switch {
			case f.Enum() != nil:
				c.cast = true
				fmt.Fprintf(&b, "%s AS %s", enumCast(v, f), ident(c.name))
			case c.name != c.column:
				writeIdent(&b, c.column)
				b.WriteString(" AS ")
				writeIdent(&b, c.name)
			default:
				writeIdent(&b, c.column)
			}
			c.end = b.Len()
			st.columns = append(st.columns, c)
			b.WriteString(sep)
			b.WriteByte('\n')
		}
		b.WriteString("FROM ")
		st.fromAt = b.Len()
		writeIdent(&b, vw.schema)
		b.WriteByte('.')
		writeIdent(&b, vw.model.TableName())
		st.end = b.Len()
		b.WriteString(";\n")
		lay.stmts = append(lay.stmts, st)
	}
	if len(v.Roles) > 0 {
		var sources []string
		for _, vw := range views {
			if !slices.Contains(sources, vw.schema) {
				sources = append(sources, vw.schema)
			}
		}
		b.WriteString("\n-- Product roles read the views, which run with their owner's rights, and\n")
		b.WriteString("-- nothing of the source schema.\n")
		for _, r := range v.Roles {
			role := ident(r.Value)
			fmt.Fprintf(&b, "GRANT USAGE ON SCHEMA %s TO %s;\n", target, role)
			fmt.Fprintf(&b, "GRANT SELECT ON ALL TABLES IN SCHEMA %s TO %s;\n", target, role)
			for _, s := range sources {
				fmt.Fprintf(&b, "REVOKE ALL ON ALL TABLES IN SCHEMA %s FROM %s;\n", ident(s), role)
				fmt.Fprintf(&b, "REVOKE ALL ON SCHEMA %s FROM %s;\n", ident(s), role)
			}
		}
	}
	return b.Bytes(), lay
}

// viewEnumTypes creates the view schema's copy of each enum the views use,
// and adds the values the source gained since: a product reads and filters
// an enum column through the view schema alone (Prisma casts a filter's
// value to the column's type, and naming a type needs USAGE on its
// schema), never through the source's. Each value is added after the one
// before it, so the copy keeps the source's order; a value the source
// drops stays in the copy, which PostgreSQL cannot remove and no row holds.
// Two values inserted before the first at once make ADD VALUE fail at
// deploy time, naming the missing value.
func viewEnumTypes(b *bytes.Buffer, v *config.Views, enums []*prisma.Enum) {
	if len(enums) == 0 {
		return
	}
	b.WriteString("\n-- The views' enum types: the views cast their enum columns to them, so that\n")
	b.WriteString("-- products read and filter those columns with no right on the source schema.\n")
	for _, e := range enums {
		typ := viewEnumType(v, e)
		values := make([]string, len(e.Values))
		for i, val := range e.Values {
			values[i] = literal(val.DBName())
		}
		create := fmt.Sprintf("  IF to_regtype(%s) IS NULL THEN\n    CREATE TYPE %s AS ENUM (%s);\n  END IF;\n", literal(typ), typ, strings.Join(values, ", "))
		fmt.Fprintf(b, "DO %s\nBEGIN\n%sEND\n%s;\n", dollarTag(create), create, dollarTag(create))
		for i := range values {
			switch {
			case i > 0:
				fmt.Fprintf(b, "ALTER TYPE %s ADD VALUE IF NOT EXISTS %s AFTER %s;\n", typ, values[i], values[i-1])
			case len(values) > 1:
				fmt.Fprintf(b, "ALTER TYPE %s ADD VALUE IF NOT EXISTS %s BEFORE %s;\n", typ, values[0], values[1])
			default:
				fmt.Fprintf(b, "ALTER TYPE %s ADD VALUE IF NOT EXISTS %s;\n", typ, values[0])
			}
		}
	}
}

// retypedViews drops each view whose enum columns do not have the view
// schema's enum types yet (it was created by an earlier schemalint, with the
// source's types): CREATE OR REPLACE VIEW cannot change a column's type.
// The test reads the catalogue, so the statement stays in the file and
// applies on every database, however many versions it skipped.
func retypedViews(b *bytes.Buffer, v *config.Views, views []*view) {
	first := true
	for _, vw := range views {
		var conds []string
		for _, f := range vw.fields {
			if f.Enum() == nil {
				continue
			}
			typ := viewEnumType(v, f.Enum())
			if f.IsList() {
				typ += "[]"
			}
			conds = append(conds, fmt.Sprintf("(attname = %s AND atttypid <> to_regtype(%s))", literal(vw.column(f)), literal(typ)))
		}
		if len(conds) == 0 {
			continue
		}
		if first {
			b.WriteString("\n-- Views whose enum columns still have the source's types are dropped first:\n")
			b.WriteString("-- CREATE OR REPLACE VIEW cannot change a column's type.\n")
			first = false
		}
		name := ident(v.TargetSchema.Value) + "." + ident(vw.name)
		body := fmt.Sprintf("  IF EXISTS (SELECT FROM pg_attribute WHERE attrelid = to_regclass(%s)\n      AND (%s)) THEN\n    DROP VIEW %s;\n  END IF;\n",
			literal(name), strings.Join(conds, " OR "), name)
		fmt.Fprintf(b, "DO %s\nBEGIN\n%sEND\n%s;\n", dollarTag(body), body, dollarTag(body))
	}
}

// viewEnumType is the view schema's type of an enum, quoted.
func viewEnumType(v *config.Views, e *prisma.Enum) string {
	return ident(v.TargetSchema.Value) + "." + ident(e.DBName())
}

// enumCast selects an enum column as the view schema's type, through its
// text, which both types share.
func enumCast(v *config.Views, f *prisma.Field) string {
	if f.IsList() {
		return fmt.Sprintf("%s::text[]::%s[]", ident(f.ColumnName()), viewEnumType(v, f.Enum()))
	}
	return fmt.Sprintf("%s::text::%s", ident(f.ColumnName()), viewEnumType(v, f.Enum()))
}

// literal quotes a PostgreSQL string literal.
func literal(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// dollarTag is a dollar quote that body does not contain.
func dollarTag(body string) string {
	tag := "$schemalint$"
	for i := 2; strings.Contains(body, tag); i++ {
		tag = fmt.Sprintf("$schemalint%d$", i)
	}
	return tag
}

// generateSQL renders the block's SQL file and where its views are in it.
// The previously generated file
// guards the columns and carries the drops on (guardColumns, droppedViews),
// which takes PostgreSQL's parser; most runs change nothing, so the file is
// first compared as text with what it would be if it were current, and
// parsed only when it is not.
func generateSQL(cfg *config.Config, v *config.Views, views []*view, enums []*prisma.Enum, previous []byte, opts Options, errs *config.Errors) ([]byte, *sqlLayout) {
	if textFirst {
		if out, lay := unchangedSQL(cfg, v, views, enums, previous); out != nil {
			return out, lay
		}
	}
	var file *sqlview.File
	if len(previous) > 0 {
		previousParses.Add(1)
		file, _ = sqlview.ParseFile(v.SQLOutput.Value, previous, nil)
	}
	if !opts.AllowBreaking {
		guardColumns(v, views, file, errs)
	}
	dropped := droppedViews(v, views, file, opts, errs)
	return renderSQL(cfg, v, views, dropped, enums)
}

// renderSQL is the SQL file with its header, and its layout, which is
// marked plain when PostgreSQL reads it as written (readAsWritten).
func renderSQL(cfg *config.Config, v *config.Views, views []*view, dropped []string, enums []*prisma.Enum) ([]byte, *sqlLayout) {
	body, lay := sqlFile(v, views, dropped, enums)
	out := header("--", cfg, v, body)
	lay.shift(len(out) - len(body))
	lay.plain = readAsWritten(cfg, v, views, dropped, enums)
	return out, lay
}

// textFirst is false only in tests that compare the two ways, which count
// the parses in previousParses.
var (
	textFirst      = true
	previousParses atomic.Int64
)

// unchangedSQL returns the SQL file when previous already is exactly what
// generating it gives, else nil. Its drops are read from its own text:
// rendered with them, a file equal to previous drops them, so parsing
// previous would find those drops (droppedViews returns them) and the
// columns just rendered (guardColumns passes). That holds while PostgreSQL
// reads the file as written (readAsWritten), no view is generated twice,
// and none is both dropped and created.
func unchangedSQL(cfg *config.Config, v *config.Views, views []*view, enums []*prisma.Enum, previous []byte) ([]byte, *sqlLayout) {
	if len(previous) == 0 {
		return nil, nil
	}
	exposed := map[string]bool{}
	for _, vw := range views {
		if exposed[vw.name] {
			return nil, nil
		}
		exposed[vw.name] = true
	}
	dropped, ok := previousDrops(previous, v.TargetSchema.Value)
	if !ok {
		return nil, nil
	}
	for i, d := range dropped {
		if exposed[d] || slices.Contains(dropped[:i], d) {
			return nil, nil
		}
	}
	out, lay := renderSQL(cfg, v, views, dropped, enums)
	if !lay.plain || !bytes.Equal(out, previous) {
		return nil, nil
	}
	return out, lay
}

// readAsWritten reports whether PostgreSQL reads a file sqlFile writes
// from these inputs as it was written: every name it quotes is one
// PostgreSQL reads as written (plainName: none is empty, over 63 bytes,
// which PostgreSQL truncates, or holds a NUL), and every comment written
// from a name ends on its own line.
func readAsWritten(cfg *config.Config, v *config.Views, views []*view, dropped []string, enums []*prisma.Enum) bool {
	commented := []string{v.String(), filepath.Base(cfg.Path)}
	names := append([]string{v.TargetSchema.Value}, dropped...)
	for _, vw := range views {
		names = append(names, vw.name, vw.schema, vw.model.TableName())
		for _, f := range vw.fields {
			names = append(names, f.ColumnName(), vw.column(f))
		}
		for _, a := range vw.expose.Acknowledge {
			commented = append(commented, a.Column.Value)
		}
	}
	for _, r := range v.Roles {
		names = append(names, r.Value)
	}
	for _, e := range enums {
		names = append(names, e.DBName())
	}
	for _, c := range commented {
		if strings.ContainsAny(c, "\r\n") {
			return false
		}
	}
	for _, n := range names {
		if !plainName(n) {
			return false
		}
	}
	return true
}

// dropsIntro starts the list of views no longer exposed in a file sqlFile
// writes.
const dropsIntro = "\n-- Views no longer exposed (removed with schemalint fix --allow-breaking).\n"

// previousDrops reads the names of the views no longer exposed from a file
// sqlFile wrote, as it writes them; ok is false when a line of the list
// is not one sqlFile writes.
func previousDrops(previous []byte, target string) (names []string, ok bool) {
	i := bytes.Index(previous, []byte(dropsIntro))
	if i < 0 {
		return nil, true
	}
	prefix := "DROP VIEW IF EXISTS " + ident(target) + "."
	rest := previous[i+len(dropsIntro):]
	for len(rest) > 0 && rest[0] != '\n' {
		line, after, found := bytes.Cut(rest, []byte("\n"))
		if !found {
			return nil, false
		}
		q, isDrop := strings.CutPrefix(string(line), prefix)
		q, isDrop2 := strings.CutSuffix(q, ";")
		name, isIdent := unquote(q)
		if !isDrop || !isDrop2 || !isIdent {
			return nil, false
		}
		names = append(names, name)
		rest = after
	}
	return names, true
}

// unquote reverses ident.
func unquote(q string) (string, bool) {
	if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
		return "", false
	}
	inner := q[1 : len(q)-1]
	if strings.Contains(strings.ReplaceAll(inner, `""`, ""), `"`) {
		return "", false
	}
	return strings.ReplaceAll(inner, `""`, `"`), true
}

// plainName reports whether PostgreSQL reads the quoted identifier of s
// as s.
func plainName(s string) bool {
	return s != "" && len(s) <= 63 && utf8.ValidString(s) && !strings.ContainsRune(s, 0)
}

// droppedViews lists the views the SQL drops: those the previous SQL
// created and no expose generates any more, which only --allow-breaking
// may remove (products may read them), and those the previous SQL already
// dropped, so that the drop outlives the run that removed the view and the
// file stays a function of its inputs. A view exposed again is not
// dropped.
func droppedViews(v *config.Views, views []*view, file *sqlview.File, opts Options, errs *config.Errors) []string {
	if file == nil {
		return nil
	}
	exposed := map[string]bool{}
	for _, vw := range views {
		exposed[vw.name] = true
	}
	var out []string
	seen := map[string]bool{}
	for _, d := range file.Drops {
		if d.Schema == v.TargetSchema.Value && !exposed[d.Name] && !seen[d.Name] && !slices.ContainsFunc(file.Views, func(pv *sqlview.View) bool {
			return pv.Schema == d.Schema && pv.Name == d.Name
		}) {
			seen[d.Name] = true
			out = append(out, d.Name)
		}
	}
	for _, pv := range file.Views {
		if pv.Schema != v.TargetSchema.Value || exposed[pv.Name] || seen[pv.Name] {
			continue
		}
		if !opts.AllowBreaking {
			errorAt(errs, v.Range, "view %q, which %s creates, is no longer exposed; products may read it: keep its expose block, or regenerate with schemalint fix --allow-breaking, which drops the view", pv.Name, v.SQLOutput.Value)
			continue
		}
		seen[pv.Name] = true
		out = append(out, pv.Name)
	}
	return out
}

// ident quotes a PostgreSQL identifier.
func ident(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// writeIdent writes ident(s) to b, without building it: the SQL of
// hundreds of views names thousands.
func writeIdent(b *bytes.Buffer, s string) {
	b.WriteByte('"')
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		b.WriteString(s[:i+1])
		b.WriteByte('"')
		s = s[i+1:]
	}
	b.WriteString(s)
	b.WriteByte('"')
}

// guardColumns refuses views whose columns no longer start with the columns
// the previously generated SQL (parsed) gives them: CREATE OR REPLACE VIEW would fail
// on every database that has the old view.
func guardColumns(v *config.Views, views []*view, file *sqlview.File, errs *config.Errors) {
	if file == nil {
		return
	}
	old := map[string][]string{}
	for _, pv := range file.Views {
		if pv.Schema == v.TargetSchema.Value {
			cols := make([]string, len(pv.Columns))
			for i, c := range pv.Columns {
				cols[i] = c.Name
			}
			old[pv.Name] = cols
		}
	}
	for _, vw := range views {
		before, ok := old[vw.name]
		if !ok {
			continue
		}
		now := make([]string, len(vw.fields))
		for i, f := range vw.fields {
			now[i] = vw.column(f)
		}
		if len(now) >= len(before) && slices.Equal(now[:len(before)], before) {
			continue
		}
		way := fmt.Sprintf("or regenerate with schemalint fix --allow-breaking and DROP VIEW %s.%s before applying it", ident(v.TargetSchema.Value), ident(vw.name))
		var removed, unacknowledged []string
		for _, c := range before {
			if !slices.Contains(now, c) {
				removed = append(removed, c)
				if !acknowledged(vw, c) {
					unacknowledged = append(unacknowledged, c)
				}
			}
		}
		if len(removed) > 0 && len(unacknowledged) == 0 {
			continue // the SQL drops the view first
		}
		if len(removed) > 0 {
			removed = unacknowledged
			errorAt(errs, vw.expose.View.Range, "view %q would lose column %s, which %s creates; PostgreSQL cannot drop a view column with CREATE OR REPLACE VIEW and products may read it: keep the field, acknowledge the removal with acknowledge = { %s = \"<reason>\" } in its expose block, %s",
				vw.name, quoteList(removed), v.SQLOutput.Value, fieldOf(vw, removed[0]), way)
			continue
		}
		// Every old column is kept but they are not first, in order: point
		// at the first field that breaks the order.
		for i, c := range now[:len(before)] {
			if c != before[i] {
				rng := vw.expose.View.Range
				for _, f := range vw.expose.Fields {
					if fld := vw.model.Field(f.Value); fld != nil && vw.column(fld) == c {
						rng = f.Range
					}
				}
				errorAt(errs, rng, "view %q would get column %q at position %d, where %s has %q; CREATE OR REPLACE VIEW can only append columns: move new fields to the end of fields, %s",
					vw.name, c, i+1, v.SQLOutput.Value, before[i], way)
				break
			}
		}
	}
}

// acknowledged reports whether the configuration acknowledges removing the
// view's column c: by the column's name, or by the name of the field that
// still maps to it in the source model.
func acknowledged(vw *view, c string) bool {
	if vw.expose.Acknowledged(c) != nil {
		return true
	}
	for _, a := range vw.expose.Acknowledge {
		if f := vw.model.Field(a.Column.Value); f != nil && f.ColumnName() == c {
			return true
		}
	}
	return false
}

// fieldOf names a view column by the source field that maps to it, as
// fields and acknowledge list it; a column no field maps to by itself.
func fieldOf(vw *view, column string) string {
	for _, f := range vw.model.Fields {
		if f.ColumnName() == column {
			return f.Name()
		}
	}
	return column
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}
