package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	sharedOrgSchema = `datasource db {
  provider = "postgresql"
}

model Organization {
  id    String @id
  users User[]
}

model User {
  id             String       @id
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id])

  @@index([organizationId])
}
`
	tenantCopySchema = `datasource db {
  provider = "postgresql"
}

model Employee {
  id             String @id
  organizationId String @map("organization_id")

  @@map("employees")
}

model Patient {
  id   String @id
  name String

  @@map("patients")
}
`
)

// Seed 001's layout: Prisma finds no schema, init finds both and the
// migrations that build the tenant one, and check then judges the SQL
// instead of calling every tenant table unscoped.
func TestInitDetectsSchemaPerTenant(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "prisma-shared/schema.prisma", sharedOrgSchema)
	writeFile(t, dir, "prisma-tenant/schema.prisma", tenantCopySchema)
	writeFile(t, dir, "tenant-migrations/V001_initial.sql", "CREATE TABLE \"employees\" (id TEXT PRIMARY KEY, organization_id TEXT NOT NULL);\nCREATE TABLE patients (id TEXT PRIMARY KEY, name TEXT NOT NULL);\n")
	writeFile(t, dir, "tenant-migrations/V003_drugs.sql", "ALTER TABLE \"Forsys\".\"patients\" ALTER COLUMN name TYPE TEXT;\n")

	code, _, errOut := run(t, dir, "init")
	require.Equal(t, ExitOK, code, errOut)
	b, err := os.ReadFile(filepath.Join(dir, "schemalint.hcl"))
	require.NoError(t, err)
	cfg := string(b)
	assert.Contains(t, cfg, "schema {\n  paths = [\"prisma-shared/schema.prisma\"]\n}\n")
	assert.Contains(t, cfg, "# migrations of tenant-migrations (2 of the 2 tables they create are its models).\n")
	assert.Contains(t, cfg, "tenant_schema \"tenant\" {\n  schema     = \"prisma-tenant/schema.prisma\"\n  migrations = \"tenant-migrations\"\n}\n")
	assert.Contains(t, cfg, "\ntenancy {\n  fields = [\"organizationId\"]\n")

	code, out, errOut := run(t, dir, "check")
	assert.Equal(t, ExitFindings, code, errOut)
	assert.Contains(t, out, `tenant-migrations/V003_drugs.sql:1:1: error: tenant migration "V003_drugs.sql" has version 3 after 1; renumber it`)
	assert.Contains(t, out, `tenant-migrations/V003_drugs.sql:1:13: error: tenant migration names schema "Forsys" for "patients"`)
	assert.NotContains(t, out, "tenant-unscoped-model")
	assert.NotContains(t, out, "tenant-index-missing")
}

// Two schemas whose models the migrations create equally: init does not
// guess which one is the tenant's.
func TestInitDoesNotGuessAnUnclearTenantSchema(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "prisma/schema.prisma", sharedOrgSchema)
	writeFile(t, dir, "other/schema.prisma", sharedOrgSchema)
	writeFile(t, dir, "sql/V001_initial.sql", "CREATE TABLE \"User\" (id TEXT PRIMARY KEY);\n")
	code, _, errOut := run(t, dir, "init")
	require.Equal(t, ExitOK, code, errOut)
	b, err := os.ReadFile(filepath.Join(dir, "schemalint.hcl"))
	require.NoError(t, err)
	assert.NotContains(t, string(b), "tenant_schema")
}
