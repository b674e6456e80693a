package cli

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

const tenantApp = `datasource db {
  provider = "postgresql"
}

model Organization {
  id    String @id
  notes Note[]
}

model Note {
  id             String       @id
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id])
}
`

// Each path is its own schema: two apps of a monorepo in one run, each
// judged alone (a model of one app never resolves against the other).
func TestCheckSeveralSchemaRoots(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "apps/billing/prisma/schema.prisma", tenantApp)
	writeFile(t, dir, "apps/crm/prisma/schema/base.prisma", "datasource db {\n  provider = \"postgresql\"\n}\n")
	writeFile(t, dir, "apps/crm/prisma/schema/models.prisma", strings.Replace(tenantApp, "datasource db {\n  provider = \"postgresql\"\n}\n", "", 1))
	writeFile(t, dir, "schemalint.hcl", "schema {\n  paths = [\"apps/*/prisma/schema.prisma\", \"apps/*/prisma/schema\"]\n}\n\ntenancy {}\n")

	code, out, errOut := run(t, dir, "check")
	assert.Equal(t, ExitFindings, code, errOut)
	assert.Contains(t, out, "apps/billing/prisma/schema.prisma:10:7: error: model \"Note\" has no index")
	assert.Contains(t, out, "apps/crm/prisma/schema/models.prisma:7:7: error: model \"Note\" has no index")
	assert.Contains(t, out, "2 findings")

	code, out, _ = run(t, dir, "check", "apps/crm/prisma/schema")
	assert.Equal(t, ExitFindings, code)
	assert.NotContains(t, out, "billing", "paths on the command line win over the configuration")
}

func TestColourOnlyWhenAsked(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "prisma/schema.prisma", tenantApp)
	writeFile(t, dir, "schemalint.hcl", "tenancy {}\n")
	_, plain, _ := run(t, dir, "check")
	assert.NotContains(t, plain, "\x1b[", "not a terminal: no colour")
	_, coloured, _ := run(t, dir, "check", "--color", "always")
	assert.Contains(t, coloured, "\x1b[1m\x1b[31merror\x1b[0m", "--color always: bold red severity")
}
