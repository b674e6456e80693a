package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/sqlview"
)

var ViewSensitiveField = &Rule{
	Name:     "view-sensitive-field",
	Category: Security,
	Severity: severity.Error,
	Summary:  "a view exposes a sensitive column (password, PIN, secret, token, lockout state…) or selects *",
	Doc: `Views are how one service lets others read its data: whatever a view
selects, every consumer can read. A password hash, a PIN, an MFA secret or
an account's lockout state in a view is a leak, however carefully the
products use it.

The rule reads Prisma ` + "`view`" + ` blocks and SQL view definitions (` + "`prisma/views/**/*.sql`" + `,
` + "`CREATE VIEW`" + ` in migrations), resolves aliases and ` + "`@map`" + `ped column names back
to model fields, and reports a column when the view column, the table column
or the model field matches a sensitive pattern (` + "`sensitive { patterns = [...] }`" + `,
with defaults for passwords, PINs, secrets, tokens, hashes, salts, OTP/MFA,
lockout and failed-attempt counters, API and private keys). It follows the
data: through CTEs, subqueries in FROM, LATERAL and scalar subqueries, every
arm of a ` + "`UNION`" + `, ` + "`INTERSECT`" + ` or ` + "`EXCEPT`" + ` (reported in the arm), and
whole-row references (` + "`row_to_json(u)`" + `, ` + "`to_jsonb(u.*)`" + `, ` + "`json_agg(u)`" + `,
a bare ` + "`u`" + `), which expose every sensitive column of the table. ` + "`SELECT *`" + `
and whole rows are reported even without one: they expose every column the
table will ever have.

Remove the column from the view. When exposing it is intended, list it in
` + "`sensitive { allow = [\"Model.field\"] }`" + ` or justify the line with
` + "`// schemalint-ignore view-sensitive-field <reason>`" + `. A field a ` + "`views`" + ` block exposes
through ` + "`allow_sensitive`" + ` is reported as a notice carrying its reason, at
its line of schemalint.hcl, so that reviewers see the decision in every
pull request.`,
	Bad: `view IdpUser {
  id           String @unique
  email        String
  passwordHash String
}`,
	Good: `view IdpUser {
  id    String @unique
  email String
}`,
	Run: runViewSensitiveField,
}

func runViewSensitiveField(p *Pass) {
	justifiedFields(p)
	// Only SQL views look tables up; most schemas have none. Only the
	// tables they read are indexed: 500 views read 500 of 2,500 models.
	var tables tableIndex
	if len(p.Views) > 0 {
		tables = modelsByTableOf(p.Schema, tablesRead(p.Views))
	}
	sens := p.Config.Sensitive
	allowed := func(names ...string) bool {
		for _, n := range names {
			if slices.Contains(sens.Allow, n) {
				return true
			}
		}
		return false
	}
	defined := map[*prisma.Model]bool{}
	blocks := viewBlocks(p.Schema)
	for _, v := range p.Views {
		if m := blocks.define(v); m != nil {
			defined[m] = true
		}
		if v.Star != nil {
			fields, known := starSensitive(p, tables, allowed, v.StarReads)
			switch {
			case len(fields) > 0:
				p.Reportf(*v.Star, "view %q selects *, which exposes %s and any column added later; list the columns it may expose",
					v.Name, strings.Join(fields, ", "))
			case known:
				p.Reportf(*v.Star, "view %q selects *, which exposes any column added later; list the columns it may expose", v.Name)
			default:
				p.Reportf(*v.Star, "view %q selects *, which exposes sensitive columns and any added later; list the columns it may expose", v.Name)
			}
		}
		for _, c := range v.Columns {
			if allowed(v.Name + "." + c.Name) {
				continue
			}
			// Each arm of a UNION, INTERSECT or EXCEPT is judged where it
			// is written.
			arms := c.Arms
			if arms == nil {
				arms = []sqlview.Column{c}
			}
			for i, arm := range arms {
				name := ""
				if i == 0 {
					name = c.Name
				}
				judgeViewColumn(p, tables, allowed, v, c.Name, name, arm)
			}
		}
	}
	// Prisma view blocks without an SQL definition at hand: judge their
	// fields by name.
	for _, m := range p.Schema.Models {
		if !m.IsView || defined[m] {
			continue
		}
		for _, f := range m.Fields {
			if f.Kind == prisma.RelationField {
				continue
			}
			pattern, ok := sens.Match(f.Name(), f.ColumnName())
			if !ok || allowed(m.Name+"."+f.Name()) {
				continue
			}
			p.Reportf(f.NameRange(), "view %q exposes %q, which matches the sensitive pattern %q; remove it from the view or justify it with // schemalint-ignore view-sensitive-field <reason>",
				m.Name, f.Name(), pattern)
		}
	}
}

// judgeViewColumn reports what one select-list item of a view exposes:
// every sensitive column its expression reads, directly or through a
// whole-row reference, or its output name (name, "" for the later arms of
// a set operation) when that is sensitive itself.
func judgeViewColumn(p *Pass, tables tableIndex, allowed func(...string) bool, v *sqlview.View, column, name string, item sqlview.Column) {
	sens := p.Config.Sensitive
	var leaks, patterns, sources []string
	leak := func(what, pattern string) {
		leaks = append(leaks, what)
		if !slices.Contains(patterns, pattern) {
			patterns = append(patterns, pattern)
		}
	}
	var rows []string // whole rows of tables read, for the message
	for _, ref := range columnReads(item) {
		var m *prisma.Model
		if !ref.Derived {
			m = tables.find(ref.Schema, ref.Table)
		}
		if ref.WholeRow && isWholeRow(ref, m) {
			row := qualified(ref.Schema, ref.Table)
			if slices.Contains(rows, row) {
				continue
			}
			rows = append(rows, row)
			if m == nil {
				continue
			}
			fields, ps := sensitiveFields(sens, allowed, m)
			for _, pattern := range ps {
				if !slices.Contains(patterns, pattern) {
					patterns = append(patterns, pattern)
				}
			}
			if len(fields) > 0 {
				leaks = append(leaks, strings.Join(fields, ", ")+" through the whole row of "+row)
			}
			continue
		}
		names := []string{ref.Column}
		what := ref.Column
		if m != nil {
			if f := fieldByColumn(m, ref.Column); f != nil {
				what = m.Name + "." + f.Name()
				names = append(names, f.Name())
				sources = append(sources, what)
			}
		}
		if _, ok := sens.Match(names...); ok && !allowed(what) && !slices.Contains(leaks, fmt.Sprintf("%q", what)) {
			// The pattern named is the view column's own when it
			// matches: that is the name consumers see.
			pattern, _ := sens.Match(append([]string{name}, names...)...)
			leak(fmt.Sprintf("%q", what), pattern)
		}
	}
	if len(leaks) == 0 && name != "" {
		if pattern, ok := sens.Match(name); ok && !allowed(sources...) {
			what := fmt.Sprintf("%q", name)
			if len(sources) > 0 {
				what = fmt.Sprintf("%q", sources[0])
			}
			leak(what, pattern)
		}
	}
	if len(leaks) == 0 {
		if len(rows) > 0 {
			p.Reportf(item.Range, "view %q exposes the whole row of %s (column %q), with any column added later; list the columns it may expose",
				v.Name, strings.Join(rows, ", "), column)
		}
		return
	}
	what := strings.Join(leaks, " and ")
	if what != fmt.Sprintf("%q", column) {
		what += fmt.Sprintf(" (column %q)", column)
	}
	verb, noun := "matches", "pattern"
	if len(patterns) > 1 || len(leaks) > 1 || strings.Contains(leaks[0], ", ") {
		verb = "match"
	}
	if len(patterns) > 1 {
		noun = "patterns"
	}
	quoted := make([]string, len(patterns))
	for i, pt := range patterns {
		quoted[i] = fmt.Sprintf("%q", pt)
	}
	p.Reportf(item.Range, "view %q exposes %s, which %s the sensitive %s %s; remove it from the view or justify it with -- schemalint-ignore view-sensitive-field <reason>",
		v.Name, what, verb, noun, strings.Join(quoted, ", "))
}

// sensitiveFields are the fields of a model that match a sensitive
// pattern and are not allowed, quoted, and the patterns they match.
func sensitiveFields(sens config.Sensitive, allowed func(...string) bool, m *prisma.Model) (fields, patterns []string) {
	for _, f := range m.Fields {
		if f.Kind == prisma.RelationField {
			continue
		}
		if pattern, ok := sens.Match(f.Name(), f.ColumnName()); ok && !allowed(m.Name+"."+f.Name()) {
			fields = append(fields, fmt.Sprintf("%q", m.Name+"."+f.Name()))
			if !slices.Contains(patterns, pattern) {
				patterns = append(patterns, pattern)
			}
		}
	}
	return fields, patterns
}

// starSensitive names the sensitive columns a view's stars expose; known
// says every column they read is a model's.
func starSensitive(p *Pass, tables tableIndex, allowed func(...string) bool, reads []sqlview.ColumnRef) (out []string, known bool) {
	sens := p.Config.Sensitive
	known = len(reads) > 0
	add := func(what string) {
		if !slices.Contains(out, what) {
			out = append(out, what)
		}
	}
	for _, ref := range reads {
		var m *prisma.Model
		if !ref.Derived {
			m = tables.find(ref.Schema, ref.Table)
		}
		if m == nil {
			known = false
			continue
		}
		if ref.WholeRow {
			fields, _ := sensitiveFields(sens, allowed, m)
			for _, f := range fields {
				add(f)
			}
			continue
		}
		f := fieldByColumn(m, ref.Column)
		if f == nil {
			known = false
			continue
		}
		if _, ok := sens.Match(f.Name(), f.ColumnName()); ok && !allowed(m.Name+"."+f.Name()) {
			add(fmt.Sprintf("%q", m.Name+"."+f.Name()))
		}
	}
	return out, known
}

// isWholeRow decides a whole-row reference by a bare name, which
// PostgreSQL reads as a column when the table has one of that name: the
// model says; without one, a name that is the table's own (SELECT status
// FROM status) is taken for the column, an alias for the row.
func isWholeRow(ref sqlview.ColumnRef, m *prisma.Model) bool {
	switch {
	case ref.Column == "":
		return true
	case m != nil:
		return fieldByColumn(m, ref.Column) == nil
	}
	return ref.Column != ref.Table
}

// columnReads is every column a select-list item reads, its plain source
// first.
func columnReads(c sqlview.Column) []sqlview.ColumnRef {
	var out []sqlview.ColumnRef
	if c.Source != nil {
		out = append(out, *c.Source)
	}
	for _, r := range c.Exprs {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

// tableIndex finds models by database table, with or without schema.
type tableIndex map[[2]string]*prisma.Model

func modelsByTable(s *prisma.Schema) tableIndex { return modelsByTableOf(s, nil) }

// modelsByTableOf indexes the models of the tables named in only (all
// when nil): finding any of those tables gives what the whole index gives.
func modelsByTableOf(s *prisma.Schema, only map[string]bool) tableIndex {
	// Sized up front: growing a map of thousands of models rehashes it
	// again and again.
	size := 2 * len(s.Models)
	if only != nil {
		size = 2 * len(only)
	}
	idx := make(tableIndex, size)
	for _, m := range s.Models {
		if only != nil && !only[m.TableName()] {
			continue
		}
		idx[[2]string{m.SchemaName, m.TableName()}] = m
		if _, ok := idx[[2]string{"", m.TableName()}]; !ok {
			idx[[2]string{"", m.TableName()}] = m
		}
	}
	return idx
}

// tablesRead names every table the views' columns and stars read.
func tablesRead(views []*sqlview.View) map[string]bool {
	out := map[string]bool{}
	add := func(refs ...sqlview.ColumnRef) {
		for _, r := range refs {
			out[r.Table] = true
		}
	}
	var column func(c sqlview.Column)
	column = func(c sqlview.Column) {
		if c.Source != nil {
			add(*c.Source)
		}
		add(c.Exprs...)
		for _, arm := range c.Arms {
			column(arm)
		}
	}
	for _, v := range views {
		add(v.StarReads...)
		for _, c := range v.Columns {
			column(c)
		}
	}
	return out
}

func (idx tableIndex) find(schema, table string) *prisma.Model {
	if m := idx[[2]string{schema, table}]; m != nil {
		return m
	}
	return idx[[2]string{"", table}]
}

func fieldByColumn(m *prisma.Model, column string) *prisma.Field {
	for _, f := range m.Fields {
		if f.ColumnName() == column && f.Kind != prisma.RelationField {
			return f
		}
	}
	return nil
}

// viewBlockIndex holds a schema's Prisma view blocks by database name, in
// declaration order.
type viewBlockIndex map[string][]*prisma.Model

func viewBlocks(s *prisma.Schema) viewBlockIndex {
	idx := viewBlockIndex{}
	for _, m := range s.Models {
		if m.IsView {
			idx[m.TableName()] = append(idx[m.TableName()], m)
		}
	}
	return idx
}

// define is the Prisma view block an SQL view defines, or nil.
func (idx viewBlockIndex) define(v *sqlview.View) *prisma.Model {
	for _, m := range idx[v.Name] {
		if v.Schema == "" || m.SchemaName == "" || m.SchemaName == v.Schema {
			return m
		}
	}
	return nil
}

// justifiedFields reports each sensitive field a views block exposes
// through allow_sensitive as a notice with its reason, in the pass of the
// block's source schema only.
func justifiedFields(p *Pass) {
	if p.Config == nil {
		return
	}
	for _, v := range p.Config.Views {
		if !generatesFrom(p, v) {
			continue
		}
		for _, e := range v.Expose {
			for _, a := range e.AllowSensitive {
				p.ReportAs(severity.Notice, Diagnostic{
					Range:   hclRange(a.Range),
					Message: fmt.Sprintf("view %q exposes the sensitive field %q (allow_sensitive): %s", e.View.Value, e.Model.Value+"."+a.Value, e.Reason),
				})
			}
		}
	}
}
