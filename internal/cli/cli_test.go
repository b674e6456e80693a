package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// run invokes the CLI in process from dir, as a user would from a shell.
func run(t *testing.T, dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = RunIn(context.Background(), dir, args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

const validSchema = `datasource db {
  provider = "postgresql"
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  posts Post[]
}

model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
`

func TestInspectDMMFOfTheBundledExample(t *testing.T) {
	code, out, errOut := run(t, filepath.Join("..", "..", "examples", "identity"), "inspect", "--format", "dmmf")
	require.Equal(t, ExitOK, code, errOut)
	var dmmf struct {
		Models []struct {
			Name   string `json:"name"`
			DBName string `json:"dbName"`
			Schema string `json:"schema"`
		} `json:"models"`
		Enums []struct {
			Name string `json:"name"`
		} `json:"enums"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &dmmf))
	var names []string
	for _, m := range dmmf.Models {
		names = append(names, m.Name+"@"+m.Schema)
	}
	assert.Equal(t, []string{"Tenant@idp", "User@idp", "Role@idp", "UserRole@idp", "LoginAttempt@idp", "IdpUser@idp_views", "IdpTenant@idp_views"}, names,
		"schema found through prisma.config.ts, files merged, views after models")
	var enums []string
	for _, e := range dmmf.Enums {
		enums = append(enums, e.Name)
	}
	assert.Equal(t, []string{"UserStatus", "TenantStatus", "IdpViewsUserStatus", "IdpViewsTenantStatus"}, enums,
		"the source's enums, then the view schema's copies the merged views file declares")
}

func TestInspectJSONCarriesLocations(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "prisma/schema.prisma", validSchema)
	code, out, _ := run(t, dir, "inspect")
	require.Equal(t, ExitOK, code)
	var got jsonSchema
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got.Models, 2)
	post := got.Models[1]
	assert.Equal(t, filepath.Join(dir, "prisma", "schema.prisma")+":11:7", post.Location)
	assert.Equal(t, &jsonRelation{Name: "PostToUser", Opposite: "User.posts", Fields: []string{"authorId"}, References: []string{"id"}}, post.Fields[2].Relation)
}

func TestFlagsMayFollowPaths(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "schema.prisma", validSchema)
	code, out, _ := run(t, ".", "inspect", p, "--format", "dmmf")
	require.Equal(t, ExitOK, code)
	assert.Contains(t, out, `"uniqueIndexes"`)
}

func TestBadInputExitsTwoWithLocationAndNoOutput(t *testing.T) {
	dir := t.TempDir()
	broken := writeFile(t, dir, "broken.prisma", "model A {\n  id Int @id\n  name String @default(\n  kind Missing\n}\n")
	binary := writeFile(t, dir, "binary.prisma", "\x7fELF\x02\x01\x01\x00\x00\x00")
	cases := []struct {
		name   string
		args   []string
		stderr []string
	}{
		{"syntax and type errors", []string{"inspect", broken}, []string{
			broken + ":3:3: error: this line is not a valid field or attribute definition",
			broken + `:4:8: error: type "Missing" is neither a built-in type`,
		}},
		{"binary junk", []string{"inspect", binary}, []string{binary + ":1:8: error: file contains a NUL byte"}},
		{"missing file", []string{"inspect", filepath.Join(dir, "nope.prisma")}, []string{filepath.Join(dir, "nope.prisma") + ": cannot read: no such file or directory"}},
		{"unknown format", []string{"inspect", "--format", "xml", broken}, []string{`unknown format "xml"`}},
		{"unknown flag", []string{"inspect", "--frmat", "dmmf"}, []string{"flag provided but not defined: -frmat"}},
		{"unknown command", []string{"lnit"}, []string{`unknown command "lnit"`}},
		{"no schema anywhere", []string{"inspect"}, []string{"no Prisma schema found"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := run(t, t.TempDir(), c.args...)
			assert.Equal(t, ExitError, code)
			assert.Empty(t, out, "nothing is written to stdout on error")
			for _, want := range c.stderr {
				assert.Contains(t, errOut, want)
			}
		})
	}
}

func TestHelpAndVersion(t *testing.T) {
	code, out, _ := run(t, ".", "help")
	assert.Equal(t, ExitOK, code)
	assert.Contains(t, out, "inspect")
	code, _, _ = run(t, ".", "inspect", "-h")
	assert.Equal(t, ExitOK, code)
	code, out, _ = run(t, ".", "version")
	assert.Equal(t, ExitOK, code)
	assert.True(t, strings.HasPrefix(out, "schemalint "))
}

// inspect reads two paths as check does: two schemas, not one merged.
func TestInspectReadsEachPathAsItsOwnSchema(t *testing.T) {
	dir := t.TempDir()
	a := "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel A {\n  id Int @id\n}\n"
	b := "datasource db {\n  provider = \"sqlite\"\n}\n\nmodel A {\n  id Int @id\n}\n"
	writeFile(t, dir, "apps/a/schema.prisma", a)
	writeFile(t, dir, "apps/b/schema.prisma", b)
	for _, format := range []string{"json", "dmmf"} {
		code, out, errOut := run(t, dir, "inspect", "--format", format, "apps/a/schema.prisma", "apps/b/schema.prisma")
		require.Equal(t, ExitOK, code, errOut)
		var docs []json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(out), &docs), "a JSON array of documents")
		assert.Len(t, docs, 2, format)
	}
	code, _, _ := run(t, dir, "check", "apps/a/schema.prisma", "apps/b/schema.prisma")
	assert.NotEqual(t, ExitError, code, "check reads the same two schemas")
	code, out, _ := run(t, dir, "inspect", "apps/a/schema.prisma")
	require.Equal(t, ExitOK, code)
	assert.True(t, strings.HasPrefix(out, "{"), "one path: one document, as before")
}

// Without paths, inspect reads the schemas check reads: the
// configuration's schema paths, less its excludes.
func TestInspectFindsTheSchemasCheckFinds(t *testing.T) {
	dir := t.TempDir()
	schema := "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel A {\n  id Int @id\n}\n"
	writeFile(t, dir, "apps/a/schema.prisma", schema)
	writeFile(t, dir, "apps/b/schema.prisma", schema)
	writeFile(t, dir, "apps/old/schema.prisma", schema)
	writeFile(t, dir, "schemalint.hcl", "schema {\n  paths   = [\"apps/*/schema.prisma\"]\n  exclude = [\"apps/old/**\"]\n}\n")
	code, out, errOut := run(t, dir, "inspect")
	require.Equal(t, ExitOK, code, errOut)
	var docs []struct {
		Files []string `json:"files"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &docs), "a JSON array of documents")
	require.Len(t, docs, 2)
	assert.Equal(t, []string{filepath.Join(dir, "apps", "a", "schema.prisma")}, docs[0].Files)
	assert.Equal(t, []string{filepath.Join(dir, "apps", "b", "schema.prisma")}, docs[1].Files)
}
