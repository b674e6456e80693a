package rules

import (
	"path/filepath"
	"strings"

	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/schemalint/schemalint/internal/pgstmt"
	"github.com/schemalint/schemalint/internal/pgtree"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
)

// MigrationSchemaQualified keeps tenant migrations free of schema names:
// the runner applies each one with search_path set to the tenant's schema.
var MigrationSchemaQualified = &Rule{
	Name:     "migration-schema-qualified",
	Category: Tenancy,
	Severity: severity.Error,
	Summary:  "a tenant migration names a schema, or sets search_path, instead of using the tenant's",
	Doc: `Every tenant's PostgreSQL schema is built by running the same tenant
migrations with search_path set to that tenant's schema. A table, type or
index named with a schema (` + "`\"org_acme_123\".patients`" + `, ` + "`\"Forsys\".drugs`" + `)
changes that one schema for every tenant, and fails for all when the schema
does not exist; a ` + "`SET search_path`" + ` (or ` + "`set_config('search_path', …)`" + `)
moves every later statement away from the tenant. Write names without a
schema, and leave the search path to the runner.

The system schemas pg_catalog, information_schema and pg_temp may be named;
function names are not judged (extensions usually live in public).`,
	Bad: `-- file: V001_initial.sql
CREATE TABLE "org_acme_123".patients (id TEXT PRIMARY KEY);`,
	Good: `-- file: V001_initial.sql
CREATE TABLE patients (id TEXT PRIMARY KEY);`,
	SQLExamples: true,
	TenantOnly:  true,
	Run:         runMigrationSchemaQualified,
}

// systemSchemas may be named in a tenant migration: they are the same in
// every tenant's search path.
var systemSchemas = map[string]bool{"pg_catalog": true, "information_schema": true, "pg_temp": true}

func runMigrationSchemaQualified(p *Pass) {
	tm := p.Tenant
	if tm == nil {
		return
	}
	for _, f := range tm.Files {
		li := prisma.NewLineIndex(f.Src)
		for _, st := range pgstmt.Split(f.Src) {
			at := func(loc int32, schema string) prisma.Range {
				if loc < 0 {
					return statementRange(f, li, st)
				}
				start := st.Base + int(loc)
				end := min(start+len(schema), len(f.Src))
				if start < len(f.Src) && f.Src[start] == '"' {
					end = min(start+len(schema)+2, len(f.Src))
				}
				return li.Range(f.Path, start, end)
			}
			named := func(rng prisma.Range, schema, name string) {
				if systemSchemas[schema] {
					return
				}
				p.Reportf(rng, "tenant migration names schema %q for %q, the same for every tenant; write %q alone", schema, name, name)
			}
			names := func(list []*pgtree.Node) {
				parts := nodeStrings(list)
				if len(parts) >= 2 {
					named(statementRange(f, li, st), parts[len(parts)-2], parts[len(parts)-1])
				}
			}
			walkSQL(st.Node, func(m protoreflect.ProtoMessage) {
				switch n := m.(type) {
				case *pgtree.RangeVar:
					if n.Schemaname != "" {
						named(at(n.Location, n.Schemaname), n.Schemaname, n.Relname)
					}
				case *pgtree.TypeName:
					if parts := nodeStrings(n.Names); len(parts) >= 2 {
						named(at(n.Location, parts[len(parts)-2]), parts[len(parts)-2], parts[len(parts)-1])
					}
				case *pgtree.CreateEnumStmt:
					names(n.TypeName)
				case *pgtree.AlterEnumStmt:
					names(n.TypeName)
				case *pgtree.DropStmt:
					for _, o := range n.Objects {
						if l := o.GetList(); l != nil {
							names(l.Items)
						}
					}
				case *pgtree.RenameStmt:
					if l := n.Object.GetList(); l != nil {
						names(l.Items)
					}
				case *pgtree.VariableSetStmt:
					if strings.EqualFold(n.Name, "search_path") {
						p.Reportf(statementRange(f, li, st), "tenant migration %q sets search_path, which the runner owns; remove the SET", filepath.Base(f.Path))
					}
				case *pgtree.FuncCall:
					fn := nodeStrings(n.Funcname)
					if len(fn) > 0 && strings.EqualFold(fn[len(fn)-1], "set_config") && len(n.Args) > 0 {
						if c := n.Args[0].GetAConst(); c != nil && c.GetSval() != nil && strings.EqualFold(c.GetSval().Sval, "search_path") {
							p.Reportf(statementRange(f, li, st), "tenant migration %q sets search_path with set_config, which the runner owns; remove the call", filepath.Base(f.Path))
						}
					}
				}
			})
		}
	}
}
