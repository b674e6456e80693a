package lint

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/sqlview"
	"github.com/schemalint/schemalint/rules"
)

// A tenant_schema is a Prisma schema every tenant gets a copy of, in its
// own PostgreSQL schema, built by the SQL migrations of one folder. It is
// checked as one more schema root, with its migrations handed to the
// rules; the row-tenancy rules leave it alone (the PostgreSQL schema is
// the tenant).

// tenantMigrationGlob is what a tenant migrations folder holds: the
// runner applies every SQL file of the folder, so every one is read.
const tenantMigrationGlob = "*.sql"

// tenantFor is the tenant_schema block whose schema is root, or nil.
func tenantFor(cfg *config.Config, root string) *config.TenantSchema {
	for _, ts := range cfg.TenantSchemas {
		if samePath(filepath.Join(cfg.Dir, ts.Schema.Value), root) {
			return ts
		}
	}
	return nil
}

func samePath(a, b string) bool { return paths.Abs(a) == paths.Abs(b) }

// withTenantRoots adds the tenant schemas to the roots found by
// configuration or discovery, so that declaring one is enough to check
// it. Roots given as arguments are all the user asked for and stay as
// they are. A tenant schema or migrations folder that is not there is an
// error at its setting.
func withTenantRoots(cfg *config.Config, roots []string, explicit bool) ([]string, error) {
	errs := &config.Errors{}
	for _, ts := range cfg.TenantSchemas {
		schema := filepath.Join(cfg.Dir, filepath.FromSlash(ts.Schema.Value))
		if _, err := os.Stat(schema); err != nil {
			errs.Add(ts.Schema.Range, fmt.Sprintf("tenant schema %q cannot be read: %v; fix the path", ts.Schema.Value, unwrapPath(err)))
			continue
		}
		dir := filepath.Join(cfg.Dir, filepath.FromSlash(ts.Migrations.Value))
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			why := "it is not a folder"
			if err != nil {
				why = unwrapPath(err).Error()
			}
			errs.Add(ts.Migrations.Range, fmt.Sprintf("tenant migrations folder %q cannot be read: %s; give the folder of its V<version>_<name>.sql files", ts.Migrations.Value, why))
			continue
		}
		if explicit || slices.ContainsFunc(roots, func(r string) bool { return samePath(r, schema) }) {
			continue
		}
		roots = append(roots, schema)
	}
	if err := errs.Err(); err != nil {
		return nil, &InputError{Err: err}
	}
	return roots, nil
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readTenantMigrations reads the migrations of ts, in name order, and
// what they were at the base. A statement PostgreSQL's parser rejects is
// an input-error finding of its file: the runner would fail on it for
// every tenant, and no rule can judge what it cannot read.
func readTenantMigrations(ctx context.Context, cfg *config.Config, ts *config.TenantSchema, root string, b *base.Base, explicit bool, c *checkedRoot) (*rules.TenantMigrations, error) {
	dir := filepath.Join(cfg.Dir, filepath.FromSlash(ts.Migrations.Value))
	paths, err := glob(filepath.Join(dir, tenantMigrationGlob), "the tenant migrations folder")
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	tm := &rules.TenantMigrations{Config: ts, Dir: dir}
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			continue
		}
		src, err := cfg.ReadFile(p)
		if err != nil {
			return nil, describeReadError(err)
		}
		c.sources[p] = src
		if _, seen := c.dirs[p]; !seen {
			c.dirs[p] = sqlDirectives(p, src)
		}
		tm.Files = append(tm.Files, rules.SQLFile{Path: p, Src: src})
		_, diags := sqlview.ParseFile(p, src, nil)
		for _, d := range diags {
			c.diags = append(c.diags, rules.Diagnostic{Rule: InputRule, Severity: severity.Error, Range: d.Range,
				Message: d.Message + "; every tenant's run of this migration would fail, so fix it"})
		}
	}
	if b == nil {
		return tm, nil
	}
	at, err := b.Load(ctx, root, nil, []string{filepath.Join(dir, tenantMigrationGlob)})
	switch {
	case errors.Is(err, base.ErrNotAtBase):
		// A tenant schema new in this change: every migration is new.
		tm.HasBase = true
	case err != nil && (explicit || b.Origin.Asked):
		return nil, fmt.Errorf("cannot read %s at base %s: %v; repair the checkout (git fsck), or drop --base", relName(cfg.Dir, dir), b.Label, err)
	case err != nil:
		c.note(fmt.Sprintf("cannot read %s at %s: %v; not comparing its migrations", relName(cfg.Dir, dir), b.Label, err))
	default:
		tm.HasBase = true
		tm.Base = sqlFilesOf(at.Migrations)
	}
	return tm, nil
}

// tenantFiles are the files whose directives the migration rules judge.
func tenantFiles(tm *rules.TenantMigrations) []string {
	if tm == nil {
		return nil
	}
	out := make([]string, len(tm.Files))
	for i, f := range tm.Files {
		out[i] = f.Path
	}
	return out
}

// prismaHistory reads a schema's Prisma migrations as they are and as they
// were at the base, for migration-history; nil without a base or when the
// base cannot be read (loadBase has said why).
func prismaHistory(ctx context.Context, cfg *config.Config, root string, schema *prisma.Schema, b *base.Base, sources map[string][]byte) *rules.PrismaHistory {
	if b == nil {
		return nil
	}
	at, err := b.Load(ctx, root, nil, sqlGlobs(cfg, root, cfg.SQL.Migrations, migrationConvention))
	if err != nil {
		return nil
	}
	return &rules.PrismaHistory{Base: sqlFilesOf(at.Migrations), Files: migrations(cfg, root, schema, sources)}
}

// sqlFilesOf are the files read at the base, for the rules.
func sqlFilesOf(srcs []prisma.Source) []rules.SQLFile {
	var out []rules.SQLFile
	for _, s := range srcs {
		out = append(out, rules.SQLFile{Path: s.Name, Src: s.Src})
	}
	return out
}

// sharedSchemas are the schemas checked so far that are not tenant
// schemas.
func sharedSchemas(targets []*Target) []*prisma.Schema {
	var out []*prisma.Schema
	for _, t := range targets {
		if !t.Tenant {
			out = append(out, t.Schema)
		}
	}
	return out
}

func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// prismaMigrations are a schema's Prisma Migrate history, for
// migration-drift: Prisma's convention beside the schema with its
// migration_lock.toml (what Prisma Migrate manages, not SQL some glob
// names), a PostgreSQL schema of one database schema.
func prismaMigrations(cfg *config.Config, root string, schema *prisma.Schema, sources map[string][]byte) []rules.SQLFile {
	ds := schema.Datasource()
	if !schema.PostgreSQL() || ds == nil || len(ds.Schemas) > 0 {
		return nil
	}
	if len(cfg.SQL.Migrations) > 0 && cfg.Path != "" && !slices.Equal(cfg.SQL.Migrations, config.DefaultMigrationGlobs) {
		return nil
	}
	if info, err := os.Stat(filepath.Join(prismaDir(root), "migrations", "migration_lock.toml")); err != nil || !info.Mode().IsRegular() {
		return nil
	}
	return migrations(cfg, root, schema, sources)
}
