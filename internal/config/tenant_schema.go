package config

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// TenantSchema is one `tenant_schema "<name>" { … }` block: a Prisma schema
// of which every tenant gets its own copy in its own PostgreSQL schema,
// built by the raw SQL migrations of one folder, applied in version order
// to every tenant schema.
//
//	tenant_schema "clinic" {
//	  schema     = "prisma-tenant/schema.prisma"
//	  migrations = "tenant-migrations"   # V<version>_<name>.sql
//	}
//
// The PostgreSQL schema is the tenant, so the row-tenancy rules do not
// apply to it; the migration rules do.
type TenantSchema struct {
	Name Located
	// Schema is the Prisma schema (a file or a folder), Migrations the
	// folder of SQL migrations, both relative to Dir.
	Schema, Migrations Located
	Range              hcl.Range // the block header
}

func (d *decoder) tenantSchema(blk *hclsyntax.Block, c *Config) {
	label, ok := d.label(blk, "the tenant schema's name", "clinic")
	if ok && strings.TrimSpace(label.Value) == "" {
		d.errs.addf(label.Range, "the tenant schema's name is empty; name it, like tenant_schema \"clinic\" { … }")
		ok = false
	}
	ts := &TenantSchema{Name: label, Range: blk.DefRange()}
	one := func(dst *Located, what string) func(a *hclsyntax.Attribute) {
		return func(a *hclsyntax.Attribute) {
			s, good := d.string(a)
			switch {
			case !good || !d.path(a.Expr.Range(), s):
				ok = false
			case strings.ContainsAny(s, "*?[{"):
				d.errs.addf(a.Expr.Range(), "%s is one %s, not a glob; give its path", a.Name, what)
				ok = false
			default:
				*dst = Located{s, a.Expr.Range()}
			}
		}
	}
	d.body("tenant_schema", blk.Body, []attrSpec{
		{"schema", one(&ts.Schema, "Prisma schema file or folder")},
		{"migrations", one(&ts.Migrations, "folder")},
	}, nil)
	if _, has := blk.Body.Attributes["schema"]; !has {
		d.errs.addf(blk.TypeRange, "the tenant_schema block needs schema = \"…\", the Prisma schema every tenant gets a copy of, like \"prisma-tenant/schema.prisma\"")
		ok = false
	}
	if _, has := blk.Body.Attributes["migrations"]; !has {
		d.errs.addf(blk.TypeRange, "the tenant_schema block needs migrations = \"…\", the folder of its V<version>_<name>.sql migrations, like \"tenant-migrations\"")
		ok = false
	}
	if !ok {
		return
	}
	for _, other := range c.TenantSchemas {
		switch {
		case other.Name.Value == ts.Name.Value:
			d.errs.addf(label.Range, "duplicate tenant_schema %q (the first is at %s); rename one", ts.Name.Value, Pos(other.Range))
			return
		case cleanRel(other.Schema.Value) == cleanRel(ts.Schema.Value):
			d.errs.addf(ts.Schema.Range, "schema %q is already tenant_schema %q's (at %s); a schema has one set of migrations", ts.Schema.Value, other.Name.Value, Pos(other.Schema.Range))
			return
		}
	}
	c.TenantSchemas = append(c.TenantSchemas, ts)
}

func cleanRel(p string) string {
	return strings.TrimSuffix(strings.TrimPrefix(p, "./"), "/")
}
