package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
)

var ProviderCapability = &Rule{
	Name:     "provider-capability",
	Category: Capability,
	Severity: severity.Error,
	Summary:  "the schema uses a feature its provider or configuration does not have",
	Doc: `Some schema features depend on the database and the generator settings,
and a schema that uses them where they do not exist fails at ` + "`prisma generate`" + `
or ` + "`prisma migrate`" + ` time, often on another developer's machine or in CI:

- ` + "`schemas = [...]`" + ` and ` + "`@@schema`" + ` need a provider with database schemas
  (PostgreSQL, CockroachDB, SQL Server), not SQLite, MySQL or MongoDB. With
  those, use separate database files or databases instead.
- once ` + "`schemas`" + ` is declared, every model, view and enum needs ` + "`@@schema`" + `, and
  ` + "`@@schema`" + ` must name a declared schema.
- ` + "`view`" + ` blocks need ` + "`previewFeatures = [\"views\"]`" + ` in the generator.
- a view cannot have ` + "`@id`" + ` or ` + "`@@id`" + `: views have no primary key; mark the
  identifying column ` + "`@unique`" + ` instead.
- composite ` + "`type`" + ` blocks exist only on MongoDB; on a SQL provider, make the type a
  model with a relation, or store it in a ` + "`Json`" + ` field.`,
	Bad: `datasource db {
  provider = "sqlite"
  schemas  = ["auth"]
}

model User {
  id Int @id

  @@schema("auth")
}`,
	Good: `datasource db {
  provider = "postgresql"
  schemas  = ["auth"]
}

model User {
  id Int @id

  @@schema("auth")
}`,
	Run: runProviderCapability,
}

var providersWithSchemas = []string{"postgresql", "postgres", "cockroachdb", "sqlserver"}

func runProviderCapability(p *Pass) {
	s := p.Schema
	ds := s.Datasource()
	if ds == nil {
		return
	}
	withSchemas := slices.Contains(providersWithSchemas, ds.Provider)
	if prop := ds.Property("schemas"); prop != nil && !withSchemas && ds.Provider != "" {
		p.Reportf(ds.Range(prop.Span), "provider %q has no database schemas, so `schemas` cannot be used; remove it (use separate databases instead)", ds.Provider)
	}
	type block struct {
		kind, name string
		file       *prisma.File
		nameRange  prisma.Range
		schema     string
		attr       *prisma.Attribute
	}
	var blocks []block
	for _, m := range s.Models {
		blocks = append(blocks, block{string(m.Decl.Keyword), m.Name, m.File, m.NameRange(), m.SchemaName, m.Attribute("schema")})
	}
	for _, e := range s.Enums {
		var attr *prisma.Attribute
		for _, a := range e.Decl.Attributes {
			if a.Name.Name == "schema" {
				attr = a
			}
		}
		blocks = append(blocks, block{"enum", e.Name, e.File, e.NameRange(), e.SchemaName, attr})
	}
	for _, b := range blocks {
		switch {
		case b.attr != nil && !withSchemas:
			p.Reportf(b.file.Range(b.attr.Span), "provider %q has no database schemas, so @@schema cannot be used on %s %q; remove it", ds.Provider, b.kind, b.name)
		case b.attr == nil && len(ds.Schemas) > 0:
			p.Reportf(b.nameRange, "%s %q has no @@schema but the datasource declares schemas (%s); add @@schema(%q) or the one it belongs to",
				b.kind, b.name, strings.Join(ds.Schemas, ", "), ds.Schemas[0])
		case b.attr != nil && b.schema != "" && len(ds.Schemas) > 0 && !slices.Contains(ds.Schemas, b.schema):
			p.Reportf(b.file.Range(b.attr.Span), "@@schema(%q) on %s %q names a schema the datasource does not declare; add it to `schemas` (%s)",
				b.schema, b.kind, b.name, strings.Join(ds.Schemas, ", "))
		}
	}
	if ds.Provider != "mongodb" && ds.Provider != "" {
		for _, t := range s.Types {
			p.Reportf(t.NameRange(), "provider %q has no composite types, so type %q cannot be used; make it a model with a relation, or a Json field", ds.Provider, t.Name)
		}
	}
	hasViewsFeature := slices.Contains(s.PreviewFeatures(), "views")
	for _, m := range s.Models {
		if !m.IsView {
			continue
		}
		if !hasViewsFeature {
			p.Reportf(m.File.Range(m.Decl.KeywordSpan), "view %q needs the \"views\" preview feature; add previewFeatures = [\"views\"] to the generator", m.Name)
		}
		if pk := m.PrimaryKey; pk != nil {
			p.Report(Diagnostic{
				Range:   pk.Range(),
				Message: fmt.Sprintf("view %q has a primary key, which views cannot have; use @unique instead", m.Name),
				Fix:     idToUnique(m, pk),
			})
		}
	}
}

// idToUnique rewrites a field-level @id on a view to @unique.
func idToUnique(m *prisma.Model, pk *prisma.Index) *Fix {
	if !pk.DefinedOnField || pk.Attr.HasParens {
		return nil
	}
	s := pk.Attr.Span
	return &Fix{
		Message: "replace @id with @unique on view " + m.Name,
		Edits:   []Edit{{File: m.File.Name, Start: int(s.Start), End: int(s.End), NewText: "@unique"}},
	}
}
