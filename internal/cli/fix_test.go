package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const fixSchema = "datasource db {\r\n  provider = \"postgresql\"\r\n  schemas  = [\"app\", \"app_views\"]\r\n}\r\n\r\n" +
	"generator client {\r\n  provider        = \"prisma-client\"\r\n  previewFeatures = [\"views\"]\r\n}\r\n\r\n" +
	"model Organization {\r\n  id    String @id\r\n  users User[]\r\n\r\n  @@schema(\"app\")\r\n}\r\n\r\n" +
	"// odd   spacing and CRLF line ends stay as they are\r\n" +
	"model User {\r\n  id             String @id\r\n  organizationId String\r\n  org   Organization @relation(fields: [organizationId], references: [id])\r\n  email String\r\n  secret String\r\n\r\n  @@map(\"users\")\r\n  @@schema(\"app\")\r\n}\r\n"

func fixConfig(fields string) string {
	return `tenancy {
  fields = ["organizationId"]
}

views "app" {
  source        = ["prisma/schema"]
  target_schema = "app_views"
  prisma_output = "prisma/schema/views.prisma"
  sql_output    = "db/views.sql"

  expose "User" {
    view   = "AppUser"
    fields = [` + fields + `]
  }
}
`
}

// fixRepo is a repository with a views block and a model missing its
// tenant index.
func fixRepo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	writeFile(t, dir, "prisma/schema/schema.prisma", fixSchema)
	writeFile(t, dir, "schemalint.hcl", fixConfig(`"id", "organizationId", "email"`))
	return dir
}

func read(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	require.NoError(t, err)
	return string(b)
}

func TestFixWritesViewsAndAppliesRuleFixes(t *testing.T) {
	dir := fixRepo(t)
	code, out, errOut := run(t, dir, "fix")
	require.Equal(t, ExitOK, code, errOut)
	assert.Equal(t, `prisma/schema/views.prisma: views-out-of-date: generated from views "app"
db/views.sql: views-out-of-date: generated from views "app"
prisma/schema/schema.prisma:19: tenant-index-missing: add @@index([organizationId]) to model User
`, out)
	assert.Equal(t, strings.Replace(fixSchema, "  @@map(\"users\")\r\n  @@schema(\"app\")\r\n}", "  @@map(\"users\")\r\n  @@schema(\"app\")\r\n  @@index([organizationId])\r\n}", 1),
		read(t, dir, "prisma/schema/schema.prisma"), "only the inserted line is new; every other byte stays")
	assert.Contains(t, read(t, dir, "prisma/schema/views.prisma"), "view AppUser {\n  id             String @unique\n  organizationId String\n  email          String\n\n  @@schema(\"app_views\")\n}\n")
	assert.Contains(t, read(t, dir, "db/views.sql"), "CREATE OR REPLACE VIEW \"app_views\".\"AppUser\" AS\nSELECT\n  \"id\",\n  \"organizationId\",\n  \"email\"\nFROM \"app\".\"users\";\n")

	code, out, errOut = run(t, dir, "fix")
	assert.Equal(t, ExitOK, code, errOut)
	assert.Empty(t, out, "a second run changes nothing")
	code, out, _ = run(t, dir, "fix", "--check")
	assert.Equal(t, ExitOK, code)
	assert.Empty(t, out)
	code, out, _ = run(t, dir, "check")
	assert.Equal(t, ExitOK, code, out)
}

func TestFixCheckPrintsADiffAndWritesNothing(t *testing.T) {
	dir := fixRepo(t)
	code, _, errOut := run(t, dir, "fix")
	require.Equal(t, ExitOK, code, errOut)
	before := read(t, dir, "db/views.sql")

	writeFile(t, dir, "schemalint.hcl", fixConfig(`"id", "organizationId", "email", "secret"`))
	code, _, errOut = run(t, dir, "fix", "--check")
	assert.Equal(t, ExitError, code)
	assert.Contains(t, errOut, `schemalint.hcl:13:48: "User.secret" matches the sensitive pattern "*secret*", so it is not exposed; remove it from fields, or list it in allow_sensitive with a reason`)

	writeFile(t, dir, "schemalint.hcl", strings.Replace(fixConfig(`"id", "organizationId", "email", "secret"`), "  }\n}", "    allow_sensitive = [\"secret\"]\n    reason          = \"the test needs one\"\n  }\n}", 1))
	code, out, errOut := run(t, dir, "fix", "--check")
	assert.Equal(t, ExitFindings, code)
	assert.Equal(t, "schemalint fix --check: 2 files would change; run schemalint fix\n", errOut)
	assert.Contains(t, out, "--- a/db/views.sql\n+++ b/db/views.sql\n")
	assert.Contains(t, out, "-  \"email\"\n+  \"email\",\n+  \"secret\"\n")
	assert.Contains(t, out, "--- a/prisma/schema/views.prisma\n")
	assert.Equal(t, before, read(t, dir, "db/views.sql"), "--check writes nothing")

	code, out, _ = run(t, dir, "check")
	assert.Equal(t, ExitFindings, code)
	assert.Contains(t, out, "db/views.sql:14:1: error: db/views.sql is out of date with views \"app\" in schemalint.hcl; run schemalint fix [views-out-of-date]")
	assert.Contains(t, out, "prisma/schema/views.prisma:8:1: error:")

	code, _, errOut = run(t, dir, "fix")
	require.Equal(t, ExitOK, code, errOut)
	code, out, _ = run(t, dir, "check")
	assert.Equal(t, ExitOK, code, out)
}

func TestFixRefusesBreakingColumnChanges(t *testing.T) {
	dir := fixRepo(t)
	code, _, errOut := run(t, dir, "fix")
	require.Equal(t, ExitOK, code, errOut)
	writeFile(t, dir, "schemalint.hcl", fixConfig(`"id", "email"`))
	code, out, errOut := run(t, dir, "fix")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, `schemalint.hcl:12:14: view "AppUser" would lose column "organizationId", which db/views.sql creates`)
	code, out, errOut = run(t, dir, "fix", "--allow-breaking")
	assert.Equal(t, ExitOK, code, errOut)
	assert.Contains(t, out, "db/views.sql: views-out-of-date: regenerated")
}

func TestFixRefusesOutputsOutsideTheRepository(t *testing.T) {
	dir := fixRepo(t)
	writeFile(t, dir, "schemalint.hcl", strings.Replace(fixConfig(`"id"`), `"db/views.sql"`, `"../../etc/views.sql"`, 1))
	code, out, errOut := run(t, dir, "fix")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, filepath.Join(dir, "schemalint.hcl")+`:9:19: "../../etc/views.sql" leaves the repository; schemalint reads and writes only inside it`)
	_, err := os.Stat(filepath.Join(dir, "prisma", "schema", "views.prisma"))
	assert.True(t, os.IsNotExist(err), "nothing is written when any output is refused")
}

// The bundled example's generated files are committed up to date: CI fails
// when someone changes the allowlist or the schema without running fix.
func TestFixExampleIsCurrent(t *testing.T) {
	code, out, errOut := run(t, filepath.Join("..", "..", "examples", "identity"), "fix", "--check")
	assert.Equal(t, ExitOK, code, "%s%s", out, errOut)
	assert.Empty(t, out)
}
