package rules

import (
	"fmt"
	"slices"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/sqlview"
)

var ViewSensitiveField = &Rule{
	Name:     "view-sensitive-field",
	Category: Security,
	Severity: config.SeverityError,
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
lockout and failed-attempt counters, API and private keys). ` + "`SELECT *`" + ` is
reported too: it exposes every column the table will ever have.

Remove the column from the view. When exposing it is intended, list it in
` + "`sensitive { allow = [\"Model.field\"] }`" + ` or justify the line with
` + "`// schemalint-ignore view-sensitive-field <reason>`" + `.`,
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
	tables := modelsByTable(p.Schema)
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
	for _, v := range p.Views {
		if m := viewModel(p.Schema, v); m != nil {
			defined[m] = true
		}
		if v.Star != nil {
			p.Reportf(*v.Star, "view %q selects *, which exposes every column of its tables, including sensitive ones and any added later; list the columns it may expose", v.Name)
		}
		for _, c := range v.Columns {
			refs := c.Exprs
			if c.Source != nil {
				refs = []sqlview.ColumnRef{*c.Source}
			}
			names := []string{c.Name}
			source := ""
			for _, ref := range refs {
				names = append(names, ref.Column)
				if m := tables.find(ref.Schema, ref.Table); m != nil {
					if f := fieldByColumn(m, ref.Column); f != nil {
						names = append(names, f.Name())
						source = m.Name + "." + f.Name()
					}
				}
			}
			pattern, ok := sens.Match(names...)
			if !ok || allowed(source, v.Name+"."+c.Name) {
				continue
			}
			what := fmt.Sprintf("%q", c.Name)
			if source != "" {
				what = fmt.Sprintf("%q (column %q)", source, c.Name)
			}
			p.Reportf(c.Range, "view %q exposes %s, which matches the sensitive pattern %q; remove it from the view or justify it with -- schemalint-ignore view-sensitive-field <reason>",
				v.Name, what, pattern)
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

// tableIndex finds models by database table, with or without schema.
type tableIndex map[[2]string]*prisma.Model

func modelsByTable(s *prisma.Schema) tableIndex {
	idx := tableIndex{}
	for _, m := range s.Models {
		idx[[2]string{m.SchemaName, m.TableName()}] = m
		if _, ok := idx[[2]string{"", m.TableName()}]; !ok {
			idx[[2]string{"", m.TableName()}] = m
		}
	}
	return idx
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

// viewModel is the Prisma view block an SQL view defines, or nil.
func viewModel(s *prisma.Schema, v *sqlview.View) *prisma.Model {
	for _, m := range s.Models {
		if m.IsView && m.TableName() == v.Name && (v.Schema == "" || m.SchemaName == "" || m.SchemaName == v.Schema) {
			return m
		}
	}
	return nil
}
