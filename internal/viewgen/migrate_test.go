package viewgen_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/pgtest"
)

// recordedMigration is an example's first migration as Prisma Migrate
// writes it (scripts/oracle/migrate-sql.mjs records it with Prisma's own
// schema engine and the example's prisma.config.ts filters).
type recordedMigration struct {
	Config        string   `json:"config"`
	Schemas       []string `json:"schemas"`
	ExternalEnums []string `json:"externalEnums"`
	SQL           string   `json:"sql"`
}

// Prisma Migrate on both sides of the views, on a real PostgreSQL: the
// recorded migrations are what Prisma's schema engine writes today (the
// oracle runs against this cluster), the owner's creates its schema and
// the views SQL then creates the view schema and its enum types, and the
// product's applies as a role with no right on the owner's schema and no
// object of its own outside its schema: Migrate leaves idp and the external
// idp_views enums alone. The product then joins its table to a view.
func TestPrismaMigrateSQLOnPostgreSQL(t *testing.T) {
	pg := pgtest.Start(t)
	pg.MustExec(t, "postgres", `CREATE ROLE idp_owner; CREATE ROLE fuel_app;`)
	db := pg.CreateDatabase(t)
	pg.MustExec(t, db, "GRANT CREATE ON DATABASE "+db+" TO idp_owner, fuel_app")

	root := filepath.Join("..", "..")
	t.Run("oracle", func(t *testing.T) {
		node, err := exec.LookPath("node")
		installed := err == nil
		if installed {
			_, err = os.Stat(filepath.Join(root, "scripts", "oracle", "node_modules", "sew7"))
			installed = err == nil
		}
		if !installed {
			if os.Getenv("CI") == "true" {
				t.Fatal("node and scripts/oracle/node_modules are required in CI: npm ci --prefix scripts/oracle")
			}
			t.Skip("node or scripts/oracle/node_modules missing: skipping the Prisma Migrate oracle (npm ci --prefix scripts/oracle)")
		}
		cmd := exec.Command(node, filepath.Join("scripts", "oracle", "migrate-sql.mjs"), "--check")
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "PGHOST="+pg.Socket, "PGPORT="+strconv.Itoa(pg.Port), "PGUSER=postgres", "PGDATABASE="+db)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s", out)
	})

	b, err := os.ReadFile(filepath.Join("testdata", "prisma-migrate.json"))
	require.NoError(t, err)
	var recorded []recordedMigration
	require.NoError(t, json.Unmarshal(b, &recorded))
	migration := func(config string) recordedMigration {
		for _, m := range recorded {
			if m.Config == config {
				return m
			}
		}
		t.Fatalf("no recorded migration for %s; run node scripts/oracle/migrate-sql.mjs", config)
		return recordedMigration{}
	}
	owner := migration("examples/identity/prisma.config.ts")
	product := migration("examples/fuel-logistics/prisma.config.ts")
	assert.Equal(t, []string{"idp"}, owner.Schemas)
	assert.Equal(t, []string{"fuel_logistics"}, product.Schemas)
	assert.ElementsMatch(t, []string{"idp_views.UserStatus", "idp_views.TenantStatus"}, product.ExternalEnums)

	asOwner := func(sql string) error { return pg.Exec(db, "SET ROLE idp_owner;\n"+sql) }
	asProduct := func(sql string) error { return pg.Exec(db, "SET ROLE fuel_app;\n"+sql) }
	require.NoError(t, asOwner(owner.SQL), "the owner's Prisma migration")
	views, err := os.ReadFile(filepath.Join(root, "examples", "identity", "prisma", "views.sql"))
	require.NoError(t, err)
	require.NoError(t, asOwner(string(views)), "the generated views SQL after it")
	require.NoError(t, asOwner(`INSERT INTO idp.tenants (id, slug, name) VALUES ('01900000-0000-7000-8000-000000000001', 'acme', 'Acme');
INSERT INTO idp.users (id, tenant_id, email, password_hash, status) VALUES
  ('01900000-0000-7000-8000-000000000002', '01900000-0000-7000-8000-000000000001', 'ada@acme.test', 'x', 'active');`))

	assert.Equal(t, "f|f", pg.MustQuery(t, db, `SELECT has_schema_privilege('fuel_app', 'idp', 'USAGE'), has_schema_privilege('fuel_app', 'idp', 'CREATE')`),
		"the product has no right on the owner's schema")
	require.NoError(t, asProduct(product.SQL), "the product's Prisma migration needs nothing of the owner's schema")
	assert.Equal(t, "fuel_logistics", pg.MustQuery(t, db, `SELECT string_agg(DISTINCT n.nspname, ',') FROM (
  SELECT relnamespace AS ns FROM pg_class WHERE relowner = 'fuel_app'::regrole
  UNION ALL SELECT typnamespace FROM pg_type WHERE typowner = 'fuel_app'::regrole
  UNION ALL SELECT oid FROM pg_namespace WHERE nspowner = 'fuel_app'::regrole) o JOIN pg_namespace n ON n.oid = o.ns
  WHERE n.nspname <> 'pg_toast'`),
		"everything the product's migration created is in its schema (its tables' TOAST aside)")
	assert.Equal(t, "idp_owner", pg.MustQuery(t, db, `SELECT string_agg(DISTINCT pg_get_userbyid(typowner), ',') FROM pg_type
  WHERE oid IN ('"idp_views"."UserStatus"'::regtype, '"idp_views"."TenantStatus"'::regtype)`),
		"the view schema's enum types stay the owner's")
	require.NoError(t, asProduct(`INSERT INTO fuel_logistics.drivers (id, tenant_id, idp_user_id, licence) VALUES
  ('01900000-0000-7000-8000-0000000000d1', '01900000-0000-7000-8000-000000000001', '01900000-0000-7000-8000-000000000002', 'B');`))
	assert.Equal(t, "B|ada@acme.test|active", pg.MustQuery(t, db, `SET ROLE fuel_app; SELECT d.licence, u.email, u.status FROM fuel_logistics.drivers d JOIN idp_views."IdpUser" u ON u.id = d.idp_user_id`),
		"the product joins its table to the view")
}
