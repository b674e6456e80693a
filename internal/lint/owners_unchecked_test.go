package lint

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/rules"
)

const ownedModels = "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel Organization {\n  id       String    @id\n  projects Project[]\n}\n\nmodel Project {\n  id             String       @id\n  organizationId String\n  organization   Organization @relation(fields: [organizationId], references: [id])\n}\n"

// stubSchema is what an app keeps in the repository when its build copies
// a shared package's models in before generating its client.
const stubSchema = "generator client {\n  provider = \"prisma-client-js\"\n}\n\ndatasource db {\n  provider = \"postgresql\"\n}\n"

const unscopedCall = "export const p = (prisma: any) => prisma.project.findMany();\n"

// monorepo writes a shared database package, an app whose schema folder
// is a stub, and an app with a schema of its own; both apps depend on the
// shared package.
func monorepo(t *testing.T) string {
	dir := t.TempDir()
	write := writer(t, dir)
	write("packages/db/package.json", "{ \"name\": \"@acme/db\" }\n")
	write("packages/db/prisma/schema/models.prisma", ownedModels)
	write("apps/web/package.json", "{ \"name\": \"web\", \"dependencies\": { \"@acme/db\": \"*\" } }\n")
	write("apps/web/prisma/schema/schema.prisma", stubSchema)
	write("apps/web/src/page.ts", unscopedCall)
	write("apps/admin/package.json", "{ \"name\": \"admin\", \"dependencies\": { \"@acme/db\": \"*\" } }\n")
	write("apps/admin/prisma/schema.prisma", ownedModels)
	write("apps/admin/src/one.ts", unscopedCall)
	write("apps/admin/src/two.ts", unscopedCall)
	return dir
}

func checkShared(t *testing.T, dir string, queryPaths ...string) *Result {
	cfg := config.Default()
	cfg.Dir = dir
	cfg.Tenancy.Fields = []string{"organizationId"}
	cfg.Tenancy.Configured = true
	cfg.Tenancy.Queries.Paths = queryPaths
	res, err := runShown(context.Background(), Options{Dir: dir, Config: cfg, Paths: []string{filepath.Join(dir, "packages/db/prisma/schema")}, Only: []string{rules.TenantQueryUnscoped.Name}})
	require.NoError(t, err)
	return res
}

func findingPlaces(res *Result) []string {
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, filepath.ToSlash(d.Range.File)+":"+strconv.Itoa(d.Range.Start.Line))
	}
	return got
}

// Code that only a schema the run does not check owns is said on stderr
// rather than passed over: silence would read as judged and clean.
func TestCodeOfAnUncheckedSchemaIsSaid(t *testing.T) {
	res := checkShared(t, monorepo(t))
	assert.Contains(t, res.Notes, `queries of 2 code files were not judged: they belong to the schema in "apps/admin/prisma", which this run does not check; add it to schema.paths, or choose the code with tenancy { queries { paths, exclude } }`)
}

// A schema folder that declares no model generates no delegate: the code
// beside it calls the shared package's models (copied in at build time),
// so the shared schema judges it. A second schema with models of its own
// still owns its app's code, and that code, left unjudged because its
// schema is not checked, is said on stderr rather than passed over.
func TestStubSchemaOwnsNoCode(t *testing.T) {
	res := checkShared(t, monorepo(t))
	assert.Equal(t, []string{"apps/web/src/page.ts:1"}, findingPlaces(res))
	assert.Contains(t, res.Notes, `queries of 2 code files were not judged: they belong to the schema in "apps/admin/prisma", which this run does not check; add it to schema.paths, or choose the code with tenancy { queries { paths, exclude } }`)
	assert.Len(t, res.Notes, 1, "%q", res.Notes)
}

// Code the configuration names is every checked schema's: nothing is
// left to a schema the run does not check.
func TestNamedCodeLeavesNothingUnjudged(t *testing.T) {
	res := checkShared(t, monorepo(t), "apps/**")
	assert.Equal(t, []string{"apps/admin/src/one.ts:1", "apps/admin/src/two.ts:1", "apps/web/src/page.ts:1"}, findingPlaces(res))
	assert.Empty(t, res.Notes)
}

// Checking both schemas judges each app's code, and says nothing more.
func TestEverySchemaCheckedLeavesNothingUnjudged(t *testing.T) {
	dir := monorepo(t)
	cfg := config.Default()
	cfg.Dir = dir
	cfg.Tenancy.Fields = []string{"organizationId"}
	cfg.Tenancy.Configured = true
	res, err := runShown(context.Background(), Options{Dir: dir, Config: cfg, Paths: []string{filepath.Join(dir, "packages/db/prisma/schema"), filepath.Join(dir, "apps/admin/prisma/schema.prisma")}, Only: []string{rules.TenantQueryUnscoped.Name}})
	require.NoError(t, err)
	assert.Equal(t, []string{"apps/admin/src/one.ts:1", "apps/admin/src/two.ts:1", "apps/web/src/page.ts:1"}, findingPlaces(res))
	assert.Empty(t, res.Notes)
}

// A project folder named with a line break cannot split the note.
func TestUnjudgedNoteQuotesTheFolder(t *testing.T) {
	dir := monorepo(t)
	require.NoError(t, os.Rename(filepath.Join(dir, "apps/admin"), filepath.Join(dir, "apps/ad\nmin")))
	res := checkShared(t, dir)
	require.Len(t, res.Notes, 1)
	assert.Contains(t, res.Notes[0], `"apps/ad\nmin/prisma"`)
	assert.NotContains(t, res.Notes[0], "\n")
}

// A stub beside a real schema in one package is no client of its own to
// tell the package's code apart by: a file importing the client generated
// from the stub (a copy of the real models) is the real schema's.
func TestStubBesideARealSchemaOwnsNoCode(t *testing.T) {
	dir := t.TempDir()
	write := writer(t, dir)
	write("package.json", "{ \"name\": \"api\" }\n")
	write("prisma/schema.prisma", "generator client {\n  provider = \"prisma-client-js\"\n  output   = \"./client\"\n}\n\n"+ownedModels)
	write("prisma/copy/schema.prisma", "generator client {\n  provider = \"prisma-client-js\"\n  output   = \"./copy-client\"\n}\n\ndatasource db {\n  provider = \"postgresql\"\n}\n")
	write("src/page.ts", "import { PrismaClient } from \"../prisma/copy/copy-client\";\nconst prisma = new PrismaClient();\nexport const p = () => prisma.project.findMany();\n")
	cfg := config.Default()
	cfg.Dir = dir
	cfg.Tenancy.Fields = []string{"organizationId"}
	cfg.Tenancy.Configured = true
	res, err := runShown(context.Background(), Options{Dir: dir, Config: cfg, Paths: []string{filepath.Join(dir, "prisma/schema.prisma")}, Only: []string{rules.TenantQueryUnscoped.Name}})
	require.NoError(t, err)
	assert.Equal(t, []string{"src/page.ts:3"}, findingPlaces(res))
	assert.Empty(t, res.Notes)
}

// A block's opening line is enough to know a file declares something; a
// field named type, a comment or a generator's key is not one.
func TestOpensBlock(t *testing.T) {
	for src, want := range map[string]bool{
		"model User {\n}\n":                            true,
		"  enum Role{\n  A\n}\n":                       true,
		"view V {\n}\n":                                true,
		"type Address {\n}\n":                          true,
		"// model User {\n":                            false,
		"generator client {\n  type = \"x\"\n}\n":      false,
		"datasource db {\n  provider = \"pg\"\n}\n":    false,
		"  type String\n  model String @default(\"\")": false,
	} {
		assert.Equal(t, want, opensBlock([]byte(src)), "%q", src)
	}
}
