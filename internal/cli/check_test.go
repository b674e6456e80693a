package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckExitCodesFollowFailOn(t *testing.T) {
	dir := filepath.Join("..", "..", "examples", "multitenant")
	code, out, _ := run(t, dir, "check", "--rule", "tenant-unique-global")
	assert.Equal(t, ExitFindings, code, "schemalint.hcl raises tenant-unique-global to error")
	assert.Contains(t, out, "[tenant-unique-global]")

	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", validSchema)
	code, out, _ = run(t, tmp, "check")
	assert.Equal(t, ExitOK, code)
	assert.Empty(t, out, "a clean schema prints nothing")

	writeFile(t, tmp, "schemalint.hcl", "rule \"tenant-unique-global\" {\n  severity = \"notice\"\n}\n")
	writeFile(t, tmp, "prisma/schema.prisma", strings.Replace(validSchema, "model Post {", "model Org {\n  id    String @id\n  users Customer[]\n}\n\nmodel Customer {\n  id             String @id\n  organizationId String\n  org            Org    @relation(fields: [organizationId], references: [id])\n  email          String @unique\n\n  @@index([organizationId])\n}\n\nmodel Post {", 1))
	code, out, _ = run(t, tmp, "check", "--rule", "tenant-unique-global")
	assert.Equal(t, ExitOK, code, "a notice does not fail the default fail_on")
	assert.Contains(t, out, "notice:")
	code, _, _ = run(t, tmp, "check", "--rule", "tenant-unique-global", "--fail-on", "notice")
	assert.Equal(t, ExitFindings, code, "--fail-on wins over the file")
}

func TestCheckConfigErrorsPointIntoTheFile(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", validSchema)
	cfg := writeFile(t, tmp, "schemalint.hcl", "fail_on = \"warning\"\n\nrule \"tenant-index-mising\" {\n  severity = \"warning\"\n}\n")
	code, out, errOut := run(t, tmp, "check")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, cfg+`:3:6: unknown rule "tenant-index-mising"`)
	assert.Contains(t, errOut, `did you mean "tenant-index-missing"?`)
}

func TestCheckBadSchemaExitsTwo(t *testing.T) {
	tmp := t.TempDir()
	p := writeFile(t, tmp, "prisma/schema.prisma", "model A {\n  id Int @id @default(\n}\n")
	code, out, errOut := run(t, tmp, "check")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, p+":2:3: error: this line is not a valid field or attribute definition")
}

func TestRulesCommand(t *testing.T) {
	code, out, _ := run(t, ".", "rules")
	assert.Equal(t, ExitOK, code)
	assert.Contains(t, out, "tenant-index-missing")
	code, out, _ = run(t, ".", "rules", "view-sensitive-field")
	assert.Equal(t, ExitOK, code)
	assert.Contains(t, out, "# view-sensitive-field")
	code, _, errOut := run(t, ".", "rules", "nope")
	assert.Equal(t, ExitError, code)
	assert.Contains(t, errOut, `unknown rule "nope"`)
}

func TestInitDetectsTheTenantField(t *testing.T) {
	tmp := t.TempDir()
	src, err := os.ReadFile(filepath.Join("..", "..", "examples", "multitenant", "prisma", "schema.prisma"))
	require.NoError(t, err)
	writeFile(t, tmp, "prisma/schema.prisma", string(src))
	code, out, errOut := run(t, tmp, "init")
	require.Equal(t, ExitOK, code, errOut)
	assert.Contains(t, out, "wrote ")
	cfg, err := os.ReadFile(filepath.Join(tmp, "schemalint.hcl"))
	require.NoError(t, err)
	info, err := os.Stat(filepath.Join(tmp, "schemalint.hcl"))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o644), info.Mode().Perm(), "a config file others can read, like any file an editor writes")
	assert.Contains(t, string(cfg), `fields = ["organizationId"]`)
	assert.Contains(t, string(cfg), "6 of 11 models carry \"organizationId\"")

	code, _, errOut = run(t, tmp, "init")
	assert.Equal(t, ExitError, code, "never overwrites without --force")
	assert.Contains(t, errOut, "already exists")

	code, out, errOut = run(t, tmp, "check")
	assert.Equal(t, ExitFindings, code, "the written config is valid and switches the tenancy rules on: %s", errOut)
	assert.Contains(t, out, `model "Quote" has no index leading with its tenant field "organizationId"`)
}
