package viewgen_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/fix"
	"github.com/schemalint/schemalint/internal/lint"
	"github.com/schemalint/schemalint/internal/pgtest"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/viewgen"
	"github.com/schemalint/schemalint/rules"
)

// The generated SQL against a real PostgreSQL: the identity tables (written
// by hand in testdata/postgres, as Prisma Migrate would create them) owned
// by the identity service's role, the generated file applied twice by that
// role, each view holding exactly the allow-listed columns with the types
// the Prisma schema gives them, product roles reading the views and nothing
// of the source schema, and the one change PostgreSQL allows (appending a
// column) applying while removing one is refused by PostgreSQL, by
// schemalint fix and by the view-column-removed rule.
func TestGeneratedSQLOnPostgreSQL(t *testing.T) {
	pg := pgtest.Start(t)
	pg.MustExec(t, "postgres", `CREATE ROLE idp_owner; CREATE ROLE fuel_app; CREATE ROLE cards_app;`)
	for _, c := range []struct {
		name, dir, ddl string
		appendField    string // a field of the first expose to append
	}{
		{"example", filepath.Join("..", "..", "examples", "identity"), "example.sql", "createdAt"},
		{"golden", filepath.Join("testdata", "golden", "identity"), "golden-identity.sql", "lockedUntil"},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := pg.CreateDatabase(t)
			pg.MustExec(t, db, fmt.Sprintf(`GRANT CREATE ON DATABASE %s TO idp_owner;
CREATE SCHEMA idp AUTHORIZATION idp_owner;
CREATE SCHEMA shared AUTHORIZATION idp_owner;`, db))
			ddl, err := os.ReadFile(filepath.Join("testdata", "postgres", c.ddl))
			require.NoError(t, err)
			asOwner := func(sql string) error { return pg.Exec(db, "SET ROLE idp_owner;\n"+sql) }
			require.NoError(t, asOwner(string(ddl)))

			cfg, err := config.Load(filepath.Join(c.dir, config.FileName), nil)
			require.NoError(t, err)
			require.Len(t, cfg.Views, 1)
			v := cfg.Views[0]
			sql := generatedSQL(t, cfg, viewgen.Options{})
			require.NoError(t, asOwner(sql), "the generated SQL applies")
			require.NoError(t, asOwner(sql), "and applies again: it is idempotent")

			src, err := prisma.Load(os.ReadFile, filepath.Join(c.dir, "prisma", "schema"))
			require.NoError(t, err)
			assert.Equal(t, expectedColumns(t, src, v), viewColumns(t, pg, db, v.TargetSchema.Value),
				"each view has exactly the allow-listed columns, in order, with the Prisma schema's types")

			// Product roles read every view and nothing of the source.
			require.NotEmpty(t, v.Roles)
			for _, role := range v.Roles {
				for _, e := range v.Expose {
					q := fmt.Sprintf(`SET ROLE %s; SELECT * FROM %q.%q;`, role.Value, v.TargetSchema.Value, e.View.Value)
					assert.NoError(t, pg.Exec(db, q), "%s reads %s", role.Value, e.View.Value)
				}
				got := pg.MustQuery(t, db, fmt.Sprintf(`SET ROLE %s; SELECT email FROM idp_views."IdpUser"`, role.Value))
				assert.Equal(t, "ada@acme.test", got)
				err := pg.Exec(db, fmt.Sprintf(`SET ROLE %s; SELECT password_hash FROM idp.users;`, role.Value))
				require.Error(t, err, "%s must not read the source tables", role.Value)
				assert.Contains(t, err.Error(), "permission denied for schema idp")
				err = pg.Exec(db, fmt.Sprintf(`SET ROLE %s; SELECT password_hash FROM idp_views."IdpUser";`, role.Value))
				require.Error(t, err, "the view has no password column")
				assert.Contains(t, err.Error(), `column "password_hash" does not exist`)
			}

			// Appending a field re-applies.
			user := v.Expose[0]
			user.Fields = append(user.Fields, config.Located{Value: c.appendField})
			if _, sensitive := cfg.Sensitive.Match(c.appendField); sensitive {
				user.AllowSensitive = append(user.AllowSensitive, config.Located{Value: c.appendField})
			}
			appended := generatedSQL(t, cfg, viewgen.Options{})
			require.NoError(t, asOwner(appended), "appending a column is what CREATE OR REPLACE VIEW allows")
			assert.Equal(t, expectedColumns(t, src, v), viewColumns(t, pg, db, v.TargetSchema.Value))

			// Removing one is refused by schemalint fix, by PostgreSQL, and
			// reported by view-column-removed against the previous files.
			removed := user.Fields[1]
			user.Fields = slices.Delete(slices.Clone(user.Fields), 1, 2)
			_, err = viewgen.Generate(cfg, viewgen.Options{})
			require.Error(t, err, "fix refuses to drop a column the committed SQL creates")
			assert.Contains(t, err.Error(), "would lose column")
			broken := generatedSQL(t, cfg, viewgen.Options{AllowBreaking: true})
			err = asOwner(broken)
			require.Error(t, err, "PostgreSQL refuses to drop %q from a view", removed.Value)
			assert.Contains(t, err.Error(), "cannot drop columns from view")

			diags := removedColumnFindings(t, c.dir, cfg)
			require.NotEmpty(t, diags, "view-column-removed reports the removal")
			assert.Contains(t, diags[0].Message, user.View.Value)
		})
	}
}

func generatedSQL(t *testing.T, cfg *config.Config, opts viewgen.Options) string {
	t.Helper()
	files, err := viewgen.Generate(cfg, opts)
	require.NoError(t, err)
	for _, f := range files {
		if f.Kind == viewgen.SQLFile {
			return string(f.Content)
		}
	}
	t.Fatal("no SQL file generated")
	return ""
}

// viewColumns lists "View.column type" for every column of the views in
// schema, in view and column order, from information_schema.
func viewColumns(t *testing.T, pg *pgtest.Cluster, db, schema string) []string {
	t.Helper()
	out := pg.MustQuery(t, db, fmt.Sprintf(`SELECT c.table_name, c.column_name, c.data_type, c.udt_schema, c.udt_name
FROM information_schema.columns c JOIN information_schema.views v USING (table_schema, table_name)
WHERE c.table_schema = '%s' ORDER BY c.table_name, c.ordinal_position`, schema))
	var cols []string
	for _, line := range strings.Split(out, "\n") {
		f := strings.Split(line, "|")
		cols = append(cols, fmt.Sprintf("%s.%s %s", f[0], f[1], typeString(f[2], f[3], f[4])))
	}
	return cols
}

func typeString(dataType, udtSchema, udtName string) string {
	switch dataType {
	case "USER-DEFINED":
		return udtSchema + "." + udtName
	case "ARRAY":
		if udtSchema != "pg_catalog" {
			return udtSchema + "." + udtName
		}
		return udtName
	}
	return dataType
}

// expectedColumns derives the same list from the configuration and the
// Prisma schema: the column names the view declares, and the PostgreSQL
// type Prisma Migrate gives each field.
func expectedColumns(t *testing.T, src *prisma.Schema, v *config.Views) []string {
	t.Helper()
	var cols []string
	exposes := slices.Clone(v.Expose)
	slices.SortFunc(exposes, func(a, b *config.Expose) int { return strings.Compare(a.View.Value, b.View.Value) })
	for _, e := range exposes {
		m := src.Model(e.Model.Value)
		require.NotNil(t, m)
		for _, name := range e.Fields {
			f := m.Field(name.Value)
			require.NotNil(t, f, name.Value)
			cols = append(cols, fmt.Sprintf("%s.%s %s", e.View.Value, f.ColumnName(), pgType(t, f, v)))
		}
	}
	return cols
}

func pgType(t *testing.T, f *prisma.Field, v *config.Views) string {
	if f.Kind == prisma.EnumField {
		// The view casts the column to the view schema's copy of the enum.
		schema := v.TargetSchema.Value
		if f.IsList() {
			return schema + "._" + f.Enum().DBName()
		}
		return schema + "." + f.Enum().DBName()
	}
	native := ""
	if f.NativeType() != nil {
		native = f.NativeType().Name()
	}
	var dataType, udt string
	switch {
	case f.Kind == prisma.UnsupportedField:
		dataType, udt = f.TypeName(), f.TypeName()
	case native == "Uuid":
		dataType, udt = "uuid", "uuid"
	case native == "VarChar":
		dataType, udt = "character varying", "varchar"
	case f.TypeName() == "String":
		dataType, udt = "text", "text"
	case f.TypeName() == "Int":
		dataType, udt = "integer", "int4"
	case f.TypeName() == "Boolean":
		dataType, udt = "boolean", "bool"
	case f.TypeName() == "Decimal":
		dataType, udt = "numeric", "numeric"
	case f.TypeName() == "DateTime" && native == "Timestamptz":
		dataType, udt = "timestamp with time zone", "timestamptz"
	case f.TypeName() == "DateTime":
		dataType, udt = "timestamp without time zone", "timestamp"
	default:
		t.Fatalf("no PostgreSQL type known for %s %s", f.Name(), f.TypeName())
	}
	if f.IsList() {
		return "_" + udt
	}
	return dataType
}

// removedColumnFindings runs view-column-removed on a copy of the source
// with the regenerated (breaking) Prisma views file, against the committed
// files as the base.
func removedColumnFindings(t *testing.T, dir string, cfg *config.Config) []rules.Diagnostic {
	t.Helper()
	head := t.TempDir()
	schemaDir := filepath.Join(dir, "prisma", "schema")
	entries, err := os.ReadDir(schemaDir)
	require.NoError(t, err)
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(schemaDir, e.Name()))
		require.NoError(t, err)
		require.NoError(t, fix.WriteFile(filepath.Join(head, "prisma", "schema", e.Name()), b))
	}
	files, err := viewgen.Generate(cfg, viewgen.Options{AllowBreaking: true})
	require.NoError(t, err)
	for _, f := range files {
		if f.Kind == viewgen.PrismaFile {
			require.NoError(t, fix.WriteFile(filepath.Join(head, "prisma", "schema", filepath.Base(f.Path)), f.Content))
		}
	}
	hcfg := config.Default()
	hcfg.Dir = head
	res, err := lint.Run(context.Background(), lint.Options{
		Dir: head, Config: hcfg, Paths: []string{filepath.Join(head, "prisma", "schema")},
		Only: []string{rules.ViewColumnRemoved.Name},
		Base: lint.CompareWith(&base.Base{Dir: head, Tree: base.Dir(dir), Label: "committed"}),
	})
	require.NoError(t, err)
	return res.Diagnostics
}

// copyDir copies a folder's files into dir, leaving out the folders named
// in skip (relative, slash-separated).
func copyDir(t *testing.T, from, dir string, skip ...string) {
	t.Helper()
	require.NoError(t, filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, p)
		if err != nil {
			return err
		}
		if d.IsDir() {
			if slices.Contains(skip, filepath.ToSlash(rel)) {
				return filepath.SkipDir
			}
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return fix.WriteFile(filepath.Join(dir, rel), b)
	}))
}

// A source column renamed with @map keeps the view's public column: the
// regenerated SQL selects the new column under the old name and applies
// with CREATE OR REPLACE VIEW after the table's column is renamed, products
// read the column by its old name, the Prisma views do not change, and
// view-column-removed says nothing. --allow-breaking lets the view's column
// follow the source instead.
func TestMapRenameKeepsThePublicColumn(t *testing.T) {
	pg := pgtest.Start(t)
	pg.MustExec(t, "postgres", `CREATE ROLE idp_owner; CREATE ROLE fuel_app;`)
	db := pg.CreateDatabase(t)
	pg.MustExec(t, db, fmt.Sprintf(`GRANT CREATE ON DATABASE %s TO idp_owner;
CREATE SCHEMA idp AUTHORIZATION idp_owner;`, db))
	asOwner := func(sql string) error { return pg.Exec(db, "SET ROLE idp_owner;\n"+sql) }
	ddl, err := os.ReadFile(filepath.Join("testdata", "postgres", "example.sql"))
	require.NoError(t, err)
	require.NoError(t, asOwner(string(ddl)))

	// The hand-written views the example still carries are left out: they
	// read the renamed column themselves.
	baseDir, head := t.TempDir(), t.TempDir()
	for _, d := range []string{baseDir, head} {
		require.NoError(t, os.Mkdir(filepath.Join(d, ".git"), 0o755))
		copyDir(t, filepath.Join("..", "..", "examples", "identity"), d, "prisma/views")
	}
	committed, err := os.ReadFile(filepath.Join(baseDir, "prisma", "views.sql"))
	require.NoError(t, err)
	require.NoError(t, asOwner(string(committed)))
	before := viewColumns(t, pg, db, "idp_views")

	schemaFile := filepath.Join(head, "prisma", "schema", "identity.prisma")
	src, err := os.ReadFile(schemaFile)
	require.NoError(t, err)
	renamed := strings.Replace(string(src), "  email               String\n", "  email               String     @map(\"email_address\")\n", 1)
	require.NotEqual(t, string(src), renamed)
	require.NoError(t, os.WriteFile(schemaFile, []byte(renamed), 0o644))
	require.NoError(t, asOwner(`ALTER TABLE idp.users RENAME COLUMN email TO email_address;`))

	cfg, err := config.Load(filepath.Join(head, config.FileName), nil)
	require.NoError(t, err)
	files, err := viewgen.Generate(cfg, viewgen.Options{})
	require.NoError(t, err)
	for _, f := range files {
		old, err := os.ReadFile(f.Path)
		require.NoError(t, err)
		if f.Kind == viewgen.SQLFile {
			assert.Contains(t, string(f.Content), "  \"email_address\" AS \"email\",\n")
			require.NoError(t, asOwner(string(f.Content)), "CREATE OR REPLACE VIEW applies the renamed source")
		} else {
			assert.Equal(t, string(old), string(f.Content), "%s does not change", f.Path)
		}
		require.NoError(t, fix.WriteFile(f.Path, f.Content))
	}
	assert.Equal(t, before, viewColumns(t, pg, db, "idp_views"), "the views keep their columns")
	pg.MustExec(t, db, `GRANT USAGE ON SCHEMA idp_views TO fuel_app; GRANT SELECT ON ALL TABLES IN SCHEMA idp_views TO fuel_app;`)
	assert.Equal(t, "ada@acme.test", pg.MustQuery(t, db, `SET ROLE fuel_app; SELECT email FROM idp_views."IdpUser"`))

	again, err := viewgen.Generate(cfg, viewgen.Options{})
	require.NoError(t, err)
	for i := range files {
		assert.Equal(t, string(files[i].Content), string(again[i].Content), "fix is idempotent")
	}

	res, err := lint.Run(context.Background(), lint.Options{
		Dir: head, Config: cfg, Paths: []string{filepath.Join(head, "prisma", "schema")},
		Only: []string{rules.ViewColumnRemoved.Name},
		Base: lint.CompareWith(&base.Base{Dir: head, Tree: base.Dir(baseDir), Label: "committed"}),
	})
	require.NoError(t, err)
	assert.Empty(t, res.Diagnostics, "view-column-removed says nothing")

	breaking, err := viewgen.Generate(cfg, viewgen.Options{AllowBreaking: true})
	require.NoError(t, err)
	for _, f := range breaking {
		switch f.Kind {
		case viewgen.SQLFile:
			assert.Contains(t, string(f.Content), "  \"email_address\",\n")
		case viewgen.PrismaFile:
			assert.Contains(t, string(f.Content), "  email       String             @map(\"email_address\")\n")
		}
		require.NoError(t, fix.WriteFile(f.Path, f.Content))
	}
	// The same comparison sees the rename once the view's column follows.
	res, err = lint.Run(context.Background(), lint.Options{
		Dir: head, Config: cfg, Paths: []string{filepath.Join(head, "prisma", "schema")},
		Only: []string{rules.ViewColumnRemoved.Name},
		Base: lint.CompareWith(&base.Base{Dir: head, Tree: base.Dir(baseDir), Label: "committed"}),
	})
	require.NoError(t, err)
	require.NotEmpty(t, res.Diagnostics)
	assert.Contains(t, res.Diagnostics[0].Message, `renamed column "email" to "email_address"`)
}

// An acknowledged removal generates SQL that drops the view first: it
// applies over the old view, applies again, and the product role still
// reads the view through the grants the same file gives.
func TestAcknowledgedRemovalOnPostgreSQL(t *testing.T) {
	pg := pgtest.Start(t)
	pg.MustExec(t, "postgres", `CREATE ROLE idp_owner; CREATE ROLE fuel_app;`)
	db := pg.CreateDatabase(t)
	pg.MustExec(t, db, fmt.Sprintf(`GRANT CREATE ON DATABASE %s TO idp_owner;
CREATE SCHEMA idp AUTHORIZATION idp_owner;`, db))
	asOwner := func(sql string) error { return pg.Exec(db, "SET ROLE idp_owner;\n"+sql) }
	ddl, err := os.ReadFile(filepath.Join("testdata", "postgres", "example.sql"))
	require.NoError(t, err)
	require.NoError(t, asOwner(string(ddl)))
	dir := filepath.Join("..", "..", "examples", "identity")
	committed, err := os.ReadFile(filepath.Join(dir, "prisma", "views.sql"))
	require.NoError(t, err)
	require.NoError(t, asOwner(string(committed)))

	cfg, err := config.Load(filepath.Join(dir, config.FileName), nil)
	require.NoError(t, err)
	user := cfg.Views[0].Expose[0]
	require.Equal(t, "displayName", user.Fields[3].Value)
	user.Fields = slices.Delete(slices.Clone(user.Fields), 3, 4)
	_, err = viewgen.Generate(cfg, viewgen.Options{})
	require.Error(t, err, "an unacknowledged removal is refused")
	user.Acknowledge = []config.Acknowledgement{{Column: config.Located{Value: "displayName"}, Reason: "moved"}}
	sql := generatedSQL(t, cfg, viewgen.Options{})
	require.NoError(t, asOwner(sql), "the view is dropped and created again")
	require.NoError(t, asOwner(sql), "and again: the file stays idempotent")
	src, err := prisma.Load(os.ReadFile, filepath.Join(dir, "prisma", "schema"))
	require.NoError(t, err)
	cols := viewColumns(t, pg, db, "idp_views")
	assert.Equal(t, expectedColumns(t, src, cfg.Views[0]), cols)
	assert.NotContains(t, strings.Join(cols, "\n"), "display_name")
	assert.Equal(t, "ada@acme.test", pg.MustQuery(t, db, `SET ROLE fuel_app; SELECT email FROM idp_views."IdpUser"`))
}

// Removing a whole expose needs --allow-breaking; the SQL then drops the
// view, which applies on PostgreSQL, again, and stays in the file on the
// next run so that every database loses the view.
func TestRemovedExposeOnPostgreSQL(t *testing.T) {
	pg := pgtest.Start(t)
	pg.MustExec(t, "postgres", `CREATE ROLE idp_owner; CREATE ROLE fuel_app;`)
	db := pg.CreateDatabase(t)
	pg.MustExec(t, db, fmt.Sprintf(`GRANT CREATE ON DATABASE %s TO idp_owner;
CREATE SCHEMA idp AUTHORIZATION idp_owner;`, db))
	asOwner := func(sql string) error { return pg.Exec(db, "SET ROLE idp_owner;\n"+sql) }
	ddl, err := os.ReadFile(filepath.Join("testdata", "postgres", "example.sql"))
	require.NoError(t, err)
	require.NoError(t, asOwner(string(ddl)))
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	copyDir(t, filepath.Join("..", "..", "examples", "identity"), dir, "prisma/views")
	committed, err := os.ReadFile(filepath.Join(dir, "prisma", "views.sql"))
	require.NoError(t, err)
	require.NoError(t, asOwner(string(committed)))

	cfg, err := config.Load(filepath.Join(dir, config.FileName), nil)
	require.NoError(t, err)
	require.Equal(t, "IdpTenant", cfg.Views[0].Expose[1].View.Value)
	cfg.Views[0].Expose = cfg.Views[0].Expose[:1]
	_, err = viewgen.Generate(cfg, viewgen.Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `view "IdpTenant", which prisma/views.sql creates, is no longer exposed; products may read it: keep its expose block, or regenerate with schemalint fix --allow-breaking, which drops the view`)

	files, err := viewgen.Generate(cfg, viewgen.Options{AllowBreaking: true})
	require.NoError(t, err)
	for _, f := range files {
		require.NoError(t, fix.WriteFile(f.Path, f.Content))
	}
	sql := generatedSQL(t, cfg, viewgen.Options{})
	assert.Contains(t, sql, "\n-- Views no longer exposed (removed with schemalint fix --allow-breaking).\nDROP VIEW IF EXISTS \"idp_views\".\"IdpTenant\";\n")
	for _, f := range files {
		if f.Kind == viewgen.SQLFile {
			assert.Equal(t, string(f.Content), sql, "the next run keeps the drop: fix is idempotent")
		}
	}
	require.NoError(t, asOwner(sql))
	require.NoError(t, asOwner(sql))
	assert.Equal(t, "IdpUser", pg.MustQuery(t, db, `SELECT string_agg(table_name, ',') FROM information_schema.views WHERE table_schema = 'idp_views'`))
}

// Enum columns on a real PostgreSQL, product side: the product role has no
// right on the owner's schema, reads the views' enum columns and filters
// them with the SQL Prisma Client sends (recorded from Prisma's query
// compiler: CAST($1::text AS "<schema>"."<type>")), which with the owner's
// type would need USAGE on the owner's schema. The
// generated SQL replaces views an earlier schemalint created with the
// source's types, applies twice, and after the owner appends an enum value
// (its migration, then the regenerated SQL, in one transaction) the product
// reads and filters the new value; the product's copy, regenerated from
// the moved package, lists only its own schema and the view schema.
func TestProductReadsEnumsWithoutTheOwnersSchema(t *testing.T) {
	pg := pgtest.Start(t)
	pg.MustExec(t, "postgres", `CREATE ROLE idp_owner; CREATE ROLE fuel_app;`)
	db := pg.CreateDatabase(t)
	pg.MustExec(t, db, fmt.Sprintf(`GRANT CREATE ON DATABASE %s TO idp_owner;
CREATE SCHEMA idp AUTHORIZATION idp_owner;`, db))
	asOwner := func(sql string) error { return pg.Exec(db, "SET ROLE idp_owner;\n"+sql) }
	asProduct := func(sql string) error { return pg.Exec(db, "SET ROLE fuel_app;\n"+sql) }
	productQuery := func(sql string) string { return pg.MustQuery(t, db, "SET ROLE fuel_app; "+sql) }
	ddl, err := os.ReadFile(filepath.Join("testdata", "postgres", "example.sql"))
	require.NoError(t, err)
	require.NoError(t, asOwner(string(ddl)))
	// Views as an earlier schemalint generated them, with the source's
	// enum types.
	require.NoError(t, asOwner(`CREATE SCHEMA idp_views;
CREATE VIEW idp_views."IdpUser" AS SELECT id, tenant_id, email, display_name, status FROM idp.users;
CREATE VIEW idp_views."IdpTenant" AS SELECT id, slug, name, status FROM idp.tenants;`))

	owner, product := t.TempDir(), t.TempDir()
	for _, d := range []string{owner, product} {
		require.NoError(t, os.Mkdir(filepath.Join(d, ".git"), 0o755))
	}
	copyDir(t, filepath.Join("..", "..", "examples", "identity"), owner, "prisma/views")
	copyDir(t, filepath.Join("..", "..", "examples", "fuel-logistics"), product)
	generate := func(dir string) []*viewgen.File {
		t.Helper()
		cfg, err := config.Load(filepath.Join(dir, config.FileName), nil)
		require.NoError(t, err)
		files, err := viewgen.Generate(cfg, viewgen.Options{})
		require.NoError(t, err)
		for _, f := range files {
			require.NoError(t, fix.WriteFile(f.Path, f.Content))
		}
		again, err := viewgen.Generate(cfg, viewgen.Options{})
		require.NoError(t, err)
		for i := range files {
			assert.Equal(t, string(files[i].Content), string(again[i].Content), "fix is idempotent: %s", files[i].Path)
		}
		return files
	}
	sqlOf := func(files []*viewgen.File) string {
		for _, f := range files {
			if f.Kind == viewgen.SQLFile {
				return string(f.Content)
			}
		}
		t.Fatal("no SQL file generated")
		return ""
	}

	sql := sqlOf(generate(owner))
	require.NoError(t, asOwner(sql), "the SQL replaces views that have the source's enum types")
	require.NoError(t, asOwner(sql), "and applies again")
	cols := strings.Join(viewColumns(t, pg, db, "idp_views"), "\n")
	assert.Contains(t, cols, "IdpUser.status idp_views.UserStatus")
	assert.Contains(t, cols, "IdpTenant.status idp_views.TenantStatus")

	assert.Equal(t, "f|f", pg.MustQuery(t, db, `SELECT has_schema_privilege('fuel_app', 'idp', 'USAGE'), has_schema_privilege('fuel_app', 'idp', 'CREATE')`),
		"the product has no right on the owner's schema")
	err = asProduct(`SELECT CAST('active'::text AS "idp"."UserStatus");`)
	require.Error(t, err, "naming the owner's type needs USAGE on its schema")
	assert.Contains(t, err.Error(), "permission denied for schema idp")
	assert.Equal(t, "ada@acme.test|active", productQuery(`SELECT email, status FROM idp_views."IdpUser" WHERE status = CAST('active'::text AS "idp_views"."UserStatus")`),
		"the product filters by an enum value cast to the view schema's type, as Prisma does")
	assert.Equal(t, "acme|active", productQuery(`SELECT slug, status FROM idp_views."IdpTenant" WHERE status IN (CAST('active'::text AS "idp_views"."TenantStatus"))`))
	// The SQL Prisma Client itself sends for these filters, recorded from
	// Prisma's query compiler: the product's, as the product; the owner's
	// merged views, as the owner.
	recorded := prismaSQL(t)
	const userRow = "01900000-0000-7000-8000-000000000002|01900000-0000-7000-8000-000000000001|ada@acme.test|Ada|"
	assert.Equal(t, userRow+"active", recorded.run(t, pg, db, "fuel_app", "product filters a view by an enum value"))
	assert.Equal(t, "01900000-0000-7000-8000-000000000001|acme|Acme|active", recorded.run(t, pg, db, "fuel_app", "product filters a view by a list of enum values"))
	assert.Equal(t, userRow+"active", recorded.run(t, pg, db, "idp_owner", "owner filters its merged view by an enum value"))

	// The owner appends a value: its migration alters its own type, a row
	// takes the value, and the view cannot show it until the regenerated
	// SQL adds it to the view schema's type.
	schemaFile := filepath.Join(owner, "prisma", "schema", "identity.prisma")
	src, err := os.ReadFile(schemaFile)
	require.NoError(t, err)
	appended := strings.Replace(string(src), "  suspended\n", "  suspended\n  archived\n", 1)
	require.NotEqual(t, string(src), appended)
	require.NoError(t, os.WriteFile(schemaFile, []byte(appended), 0o644))
	require.NoError(t, asOwner(`ALTER TYPE idp."UserStatus" ADD VALUE 'archived';`))
	require.NoError(t, asOwner(`UPDATE idp.users SET status = 'archived';`))
	err = asProduct(`SELECT status FROM idp_views."IdpUser";`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `invalid input value for enum idp_views."UserStatus": "archived"`)

	files := generate(owner)
	sql = sqlOf(files)
	assert.Contains(t, sql, `ALTER TYPE "idp_views"."UserStatus" ADD VALUE IF NOT EXISTS 'archived' AFTER 'suspended';`)
	require.NoError(t, asOwner("BEGIN;\n"+sql+"COMMIT;\n"), "the regenerated SQL applies in one transaction")
	require.NoError(t, asOwner(sql), "and again")
	assert.Equal(t, "{invited,active,suspended,archived}", pg.MustQuery(t, db, `SELECT enum_range(NULL::idp_views."UserStatus")`),
		"the view schema's type keeps the source's order")
	assert.Equal(t, "ada@acme.test|archived", productQuery(`SELECT email, status FROM idp_views."IdpUser" WHERE status = CAST('archived'::text AS "idp_views"."UserStatus")`))
	assert.Equal(t, userRow+"archived", recorded.run(t, pg, db, "fuel_app", "product filters a view by an enum value", "archived", "0"))

	// The product takes the moved package (git submodule update) and fix
	// regenerates its copy.
	var pkg []byte
	for _, f := range files {
		if f.Kind == viewgen.ProductFile && f.Product.Name.Value == "package" {
			pkg = f.Content
		}
	}
	require.NotNil(t, pkg)
	require.NoError(t, fix.WriteFile(filepath.Join(product, "idp-views", "idp-views.prisma"), pkg))
	copied := generate(product)
	require.Len(t, copied, 1)
	assert.Contains(t, string(copied[0].Content), "  suspended\n  archived\n\n  @@schema(\"idp_views\")\n")
	ps, err := prisma.Load(os.ReadFile, filepath.Join(product, "prisma", "schema"))
	require.NoError(t, err)
	require.False(t, ps.HasErrors())
	allowed := []string{"fuel_logistics", "idp_views"}
	assert.Equal(t, allowed, ps.Datasource().Schemas, "the product's datasource lists its schema and the view schema")
	prismaConfig, err := os.ReadFile(filepath.Join(product, "prisma.config.ts"))
	require.NoError(t, err)
	for _, e := range ps.Enums {
		assert.Contains(t, allowed, e.SchemaName, "enum %s", e.Name)
		assert.Contains(t, string(prismaConfig), fmt.Sprintf("'%s.%s'", e.SchemaName, e.DBName()),
			"prisma.config.ts leaves enum %s to the owner (enums.external)", e.Name)
	}
	for _, m := range ps.Models {
		assert.Contains(t, allowed, m.SchemaName, "%s", m.Name)
	}
}

// recordedQueries are queries Prisma Client sends, as its query compiler
// wrote them for the bundled examples (scripts/oracle/query-sql.mjs records
// them, and checks in CI that they are current).
type recordedQueries []struct {
	Name string `json:"name"`
	SQL  string `json:"sql"`
	Args []any  `json:"args"`
}

func prismaSQL(t *testing.T) recordedQueries {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "prisma-sql.json"))
	require.NoError(t, err)
	var q recordedQueries
	require.NoError(t, json.Unmarshal(b, &q))
	return q
}

// run executes the recorded query name as role, with its recorded
// arguments or the ones given, and returns the rows.
func (q recordedQueries) run(t *testing.T, pg *pgtest.Cluster, db, role, name string, args ...string) string {
	t.Helper()
	for _, c := range q {
		if c.Name != name {
			continue
		}
		require.NotEmpty(t, c.SQL, "%s: run node scripts/oracle/query-sql.mjs", name)
		if args == nil {
			for _, a := range c.Args {
				args = append(args, fmt.Sprint(a))
			}
		}
		lits := make([]string, len(args))
		for i, a := range args {
			lits[i] = "'" + strings.ReplaceAll(a, "'", "''") + "'"
		}
		// PREPARE keeps Prisma's text, placeholders and all; PostgreSQL
		// infers the parameters' types as it does for Prisma's driver.
		return pg.MustQuery(t, db, fmt.Sprintf("SET ROLE %s; PREPARE q AS %s; EXECUTE q(%s)", role, c.SQL, strings.Join(lits, ", ")))
	}
	t.Fatalf("no recorded query %q", name)
	return ""
}
