package rules

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/paths"
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
  ` + "`@@schema`" + ` must name a declared schema. An enum only views use belongs to the
  views' schema, not to the owner's: a reader names the type to filter by it,
  which needs rights on its schema, and declaring the owner's schema makes the
  reader's Prisma Migrate manage it. ` + "`schemalint fix`" + ` gives generated views
  enum types of their own schema.
- the enums of a ` + "`consume`" + ` block's copy are types the owner's SQL creates: the
  product's ` + "`prisma.config.ts`" + ` (the nearest above the copy) must list each in
  ` + "`enums.external`" + `, with ` + "`experimental.externalTables: true`" + `, or its Prisma
  Migrate creates them too. The list is read as string literals; one that is
  computed is reported, since schemalint does not run the config.
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
	// Each block is judged where it is met, and its name located only for
	// a finding: locating every name of a large schema indexes all its
	// lines for nothing.
	judge := func(kind, name string, file *prisma.File, nameSpan prisma.Span, schema string, attr *prisma.Attribute) {
		switch {
		case attr != nil && !withSchemas:
			p.Reportf(file.Range(attr.Span), "provider %q has no database schemas, so @@schema cannot be used on %s %q; remove it", ds.Provider, kind, name)
		case attr == nil && len(ds.Schemas) > 0:
			p.Reportf(file.Range(nameSpan), "%s %q has no @@schema but the datasource declares schemas (%s); add @@schema(%q) or the one it belongs to",
				kind, name, strings.Join(ds.Schemas, ", "), ds.Schemas[0])
		case attr != nil && schema != "" && len(ds.Schemas) > 0 && !slices.Contains(ds.Schemas, schema) && kind == "enum" && viewsSchema(s, name, ds.Schemas) != "":
			p.Reportf(file.Range(attr.Span), "@@schema(%q) on enum %q, which only views use, names a schema the datasource does not declare; give the views an enum of their own schema %q (schemalint fix does) rather than declaring %q",
				schema, name, viewsSchema(s, name, ds.Schemas), schema)
		case attr != nil && schema != "" && len(ds.Schemas) > 0 && !slices.Contains(ds.Schemas, schema):
			p.Reportf(file.Range(attr.Span), "@@schema(%q) on %s %q names a schema the datasource does not declare; add it to `schemas` (%s)",
				schema, kind, name, strings.Join(ds.Schemas, ", "))
		}
	}
	for _, m := range s.Models {
		judge(string(m.Decl.Keyword), m.Name, m.File, m.Decl.Name.Span, m.SchemaName, m.Attribute("schema"))
	}
	for _, e := range s.Enums {
		var attr *prisma.Attribute
		for _, a := range e.Decl.Attributes {
			if a.Name == "schema" {
				attr = a
			}
		}
		judge("enum", e.Name, e.File, e.Decl.Name.Span, e.SchemaName, attr)
	}
	if ds.Provider != "mongodb" && ds.Provider != "" {
		for _, t := range s.Types {
			p.Reportf(t.NameRange(), "provider %q has no composite types, so type %q cannot be used; make it a model with a relation, or a Json field", ds.Provider, t.Name)
		}
	}
	if withSchemas {
		externalEnums(p)
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

// viewsSchema is the declared schema of the views that use enum name when
// only views use it, or "". Such an enum belongs in the views' schema: a
// reader names the type to filter by it, which needs rights on its schema,
// and declaring the owner's schema makes the reader's Migrate manage it.
func viewsSchema(s *prisma.Schema, name string, declared []string) string {
	schema := ""
	for _, m := range s.Models {
		for _, f := range m.Fields {
			if f.Enum() == nil || f.Enum().Name != name {
				continue
			}
			if !m.IsView {
				return ""
			}
			if schema == "" && slices.Contains(declared, m.SchemaName) {
				schema = m.SchemaName
			}
		}
	}
	return schema
}

// externalEnums reports each enum of a consume block's copy that the
// product's prisma.config.ts does not leave to the owner (enums.external):
// the owner's generated SQL creates the type, and the product's Migrate
// would create it too, in a schema the product has no right on.
func externalEnums(p *Pass) {
	if p.Config == nil || len(p.Config.Consume) == 0 {
		return
	}
	copies := map[string]bool{}
	for _, cs := range p.Config.Consume {
		if cs.Output.Value != "" {
			copies[paths.Abs(filepath.Join(p.Config.Dir, filepath.FromSlash(cs.Output.Value)))] = true
		}
	}
	var enums []*prisma.Enum
	for _, e := range p.Schema.Enums {
		if copies[paths.Abs(e.File.Name)] {
			enums = append(enums, e)
		}
	}
	if len(enums) == 0 {
		return
	}
	listed, missing, unread := prismaConfigExternalEnums(p.Config, filepath.Dir(enums[0].File.Name))
	for _, e := range enums {
		qualified := e.SchemaName + "." + e.DBName()
		switch {
		case unread != "":
			p.Reportf(e.NameRange(), "enum %q is the owner's type %q, and %s; write enums.external as string literals, naming %q", e.Name, qualified, unread, qualified)
		case missing != "" || !slices.Contains(listed, qualified):
			if missing == "" {
				missing = "prisma.config.ts does not list it in enums.external"
			}
			p.Reportf(e.NameRange(), "enum %q is the owner's type %q, and %s, so this product's Migrate would create it; list %q in enums.external (with experimental.externalTables: true)", e.Name, qualified, missing, qualified)
		}
	}
}

var (
	externalEnumList = lazyregexp.New(`(?s)\benums\s*:\s*\{\s*external\s*:\s*\[([^\]]*)\]\s*,?\s*\}`)
	enumsKey         = lazyregexp.New(`\benums\s*:`)
	stringLiteral    = lazyregexp.New(`^\s*(?:'([^'\\]*)'|"([^"\\]*)")\s*$`)
	externalTables   = lazyregexp.New(`\bexternalTables\s*:\s*true\b`)
)

// prismaConfigExternalEnums reads enums.external from the Prisma config
// of the product whose schema holds dir: the nearest one above dir in the
// repository (a monorepo's app has its own). It reads literals: the config
// is TypeScript, which schemalint does not run. missing says why no enum
// is left to the owner; unread, why the list cannot be read.
func prismaConfigExternalEnums(cfg *config.Config, dir string) (listed []string, missing, unread string) {
	top := paths.Abs(config.RepoRoot(paths.Abs(cfg.Dir)))
	for d := paths.Abs(dir); ; d = filepath.Dir(d) {
		for _, n := range prisma.ConfigNames {
			src, err := cfg.ReadFile(filepath.Join(d, n))
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			return readExternalEnums(n, src, err)
		}
		if d == top || filepath.Dir(d) == d || !paths.Inside(top, d) {
			break
		}
	}
	return nil, "no prisma.config.ts is found above it", ""
}

// readExternalEnums reads enums.external from the Prisma config file n.
func readExternalEnums(n string, src []byte, err error) (listed []string, missing, unread string) {
	if err != nil {
		return nil, "", fmt.Sprintf("%s cannot be read (%v)", n, err)
	}
	m := externalEnumList.FindSubmatch(src)
	switch {
	case m == nil && enumsKey.Match(src):
		return nil, "", n + "'s enums is not { external: [...] }, which schemalint reads without running it"
	case m == nil:
		return nil, n + " has no enums.external", ""
	case !externalTables.Match(src):
		return nil, n + " does not set experimental.externalTables: true, without which Prisma refuses enums.external", ""
	}
	for _, item := range strings.Split(string(m[1]), ",") {
		if strings.TrimSpace(item) == "" {
			continue
		}
		lit := stringLiteral.FindStringSubmatch(item)
		if lit == nil {
			return nil, "", fmt.Sprintf("%s's enums.external holds %s, which schemalint does not evaluate", n, strings.TrimSpace(item))
		}
		listed = append(listed, lit[1]+lit[2])
	}
	return listed, "", ""
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
