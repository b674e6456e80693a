package viewgen

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/sqlview"
)

// sqlFile renders the statements that create or update the views: each
// one idempotent, so the file can be applied on every deploy.
func sqlFile(v *config.Views, views []*view, dropped []string) []byte {
	var b bytes.Buffer
	target := ident(v.TargetSchema.Value)
	b.WriteString("--\n")
	b.WriteString("-- Apply it after the source tables are migrated; running it again changes nothing.\n")
	b.WriteString("-- CREATE OR REPLACE VIEW can only append columns: a view that loses, renames\n")
	b.WriteString("-- or reorders a column must be dropped first.\n\n")
	fmt.Fprintf(&b, "CREATE SCHEMA IF NOT EXISTS %s;\n", target)
	if len(dropped) > 0 {
		b.WriteString("\n-- Views no longer exposed (removed with schemalint fix --allow-breaking).\n")
		for _, name := range dropped {
			fmt.Fprintf(&b, "DROP VIEW IF EXISTS %s.%s;\n", target, ident(name))
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
			fmt.Fprintf(&b, "DROP VIEW IF EXISTS %s.%s;\n", target, ident(vw.name))
		}
		fmt.Fprintf(&b, "\nCREATE OR REPLACE VIEW %s.%s AS\nSELECT\n", target, ident(vw.name))
		for i, f := range vw.fields {
			sep := ","
			if i == len(vw.fields)-1 {
				sep = ""
			}
			// The view declares the source's @map, so its column has the
			// table column's name and needs no alias, unless the source
			// column was renamed under readers who know the old name.
			if col := vw.column(f); col != f.ColumnName() {
				fmt.Fprintf(&b, "  %s AS %s%s\n", ident(f.ColumnName()), ident(col), sep)
				continue
			}
			fmt.Fprintf(&b, "  %s%s\n", ident(f.ColumnName()), sep)
		}
		fmt.Fprintf(&b, "FROM %s.%s;\n", ident(vw.schema), ident(vw.model.TableName()))
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
	return b.Bytes()
}

// droppedViews lists the views the SQL drops: those the previous SQL
// created and no expose generates any more, which only --allow-breaking
// may remove (products may read them), and those the previous SQL already
// dropped, so that the drop outlives the run that removed the view and the
// file stays a function of its inputs. A view exposed again is not
// dropped.
func droppedViews(v *config.Views, views []*view, previous []byte, opts Options, errs *config.Errors) []string {
	if len(previous) == 0 {
		return nil
	}
	file, _ := sqlview.ParseFile(v.SQLOutput.Value, previous, nil)
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

// guardColumns refuses views whose columns no longer start with the columns
// the previously generated SQL gives them: CREATE OR REPLACE VIEW would fail
// on every database that has the old view.
func guardColumns(v *config.Views, views []*view, previous []byte, errs *config.Errors) {
	if len(previous) == 0 {
		return
	}
	file, _ := sqlview.ParseFile(v.SQLOutput.Value, previous, nil)
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
