package lint

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/rules"
)

// Checking one example from the repository's root judges the example's
// code only: the rule fixtures beside it belong to their own schemas.
func TestQueryRuleJudgesOnlyTheSchemasOwnCode(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	cfg := config.Default()
	cfg.Dir = root
	cfg.Tenancy.Fields = []string{"organizationId"}
	cfg.Tenancy.Configured = true
	res, err := runShown(context.Background(), Options{Dir: root, Config: cfg, Paths: []string{filepath.Join(root, "examples", "multitenant")}, Only: []string{rules.TenantQueryUnscoped.Name}})
	require.NoError(t, err)
	for _, d := range res.Diagnostics {
		assert.True(t, strings.HasPrefix(filepath.ToSlash(d.Range.File), "examples/multitenant/"), "%s: %s", d.Range.File, d.Message)
	}
}

// A package.json that cannot be read is said, and its code is still
// judged: it is in no package, so against every schema.
func TestUnreadablePackageJSONIsAFinding(t *testing.T) {
	dir := t.TempDir()
	write := writer(t, dir)
	schema := "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel Organization {\n  id       String    @id\n  projects Project[]\n}\n\nmodel Project {\n  id             String       @id\n  organizationId String\n  organization   Organization @relation(fields: [organizationId], references: [id])\n}\n"
	write("apps/a/prisma/schema.prisma", schema)
	write("apps/b/prisma/schema.prisma", schema)
	write("apps/web/package.json", "{ \"name\": \"web\", ")
	write("apps/web/src/page.ts", "export const p = (prisma: any) => prisma.project.findMany();\n")
	cfg := config.Default()
	cfg.Dir = dir
	cfg.Tenancy.Fields = []string{"organizationId"}
	cfg.Tenancy.Configured = true
	res, err := runShown(context.Background(), Options{Dir: dir, Config: cfg, Paths: []string{filepath.Join(dir, "apps/a/prisma/schema.prisma"), filepath.Join(dir, "apps/b/prisma/schema.prisma")}, Only: []string{rules.TenantQueryUnscoped.Name}})
	require.NoError(t, err)
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.Range.File+": "+d.Rule)
	}
	assert.Equal(t, []string{"apps/web/package.json: " + InputRule, "apps/web/src/page.ts: " + rules.TenantQueryUnscoped.Name}, got)
}

// Of two schemas sharing the root package.json, one whose client output
// cannot be read (env("…")) cannot be told from the code: it judges every
// file of the project, also one importing the other's client.
func TestUnreadableClientOutputJudgesEveryFile(t *testing.T) {
	dir := t.TempDir()
	write := writer(t, dir)
	models := func(model string) string {
		return "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel Organization {\n  id   String  @id\n  rows " + model + "[]\n}\n\nmodel " + model + " {\n  id             String       @id\n  organizationId String\n  organization   Organization @relation(fields: [organizationId], references: [id])\n}\n"
	}
	write("package.json", "{ \"name\": \"root\" }\n")
	write("apps/a/prisma/schema.prisma", "generator client {\n  provider = \"prisma-client-js\"\n  output   = env(\"CLIENT_OUT\")\n}\n\n"+models("Invoice"))
	write("apps/b/prisma/schema.prisma", "generator client {\n  provider = \"prisma-client-js\"\n  output   = \"./client\"\n}\n\n"+models("Project"))
	write("apps/b/src/page.ts", "import { PrismaClient } from \"../prisma/client\";\nconst prisma = new PrismaClient();\nexport const p = () => prisma.project.findMany();\nexport const i = () => prisma.invoice.findMany();\n")
	cfg := config.Default()
	cfg.Dir = dir
	cfg.Tenancy.Fields = []string{"organizationId"}
	cfg.Tenancy.Configured = true
	res, err := runShown(context.Background(), Options{Dir: dir, Config: cfg, Paths: []string{filepath.Join(dir, "apps/a/prisma/schema.prisma"), filepath.Join(dir, "apps/b/prisma/schema.prisma")}, Only: []string{rules.TenantQueryUnscoped.Name}})
	require.NoError(t, err)
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.Range.File+":"+strconv.Itoa(d.Range.Start.Line))
	}
	assert.Equal(t, []string{"apps/b/src/page.ts:3", "apps/b/src/page.ts:4"}, got)
}

// writer returns a function that writes text to the file name under dir,
// making its folders.
func writer(t *testing.T, dir string) func(name, text string) {
	return func(name, text string) {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	}
}
