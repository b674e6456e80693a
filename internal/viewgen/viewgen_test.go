package viewgen

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/synth"
)

var update = flag.Bool("update", false, "rewrite the generated files under testdata/golden")

// Each testdata/golden/<case> is a small repository: schemalint.hcl, the
// source schema, and the generated files committed where the configuration
// puts them. scripts/oracle/format-check.mjs checks the same files with the
// official parser: valid, and left byte-identical by prisma format.
func TestGolden(t *testing.T) {
	cases, err := os.ReadDir(filepath.Join("testdata", "golden"))
	require.NoError(t, err)
	for _, c := range cases {
		t.Run(c.Name(), func(t *testing.T) {
			cfg, err := config.Load(filepath.Join("testdata", "golden", c.Name(), config.FileName), nil)
			require.NoError(t, err)
			files, err := Generate(cfg, Options{})
			require.NoError(t, err)
			require.NotEmpty(t, files)
			for _, f := range files {
				st, ok := ReadStamp(f.Content)
				assert.True(t, ok && st.Line == 1, "%s starts with the generated header", f.Path)
				assert.True(t, st.Intact, "%s: checksum", f.Path)
				if *update {
					require.NoError(t, os.MkdirAll(filepath.Dir(f.Path), 0o755))
					require.NoError(t, os.WriteFile(f.Path, f.Content, 0o644))
					continue
				}
				want, err := os.ReadFile(f.Path)
				require.NoError(t, err, "run go test ./internal/viewgen -update")
				assert.Equal(t, string(want), string(f.Content), "%s is stale; run go test ./internal/viewgen -update", f.Path)
			}
			// With the committed files in place (the previous SQL among
			// them), a second run writes the same bytes.
			again, err := Generate(cfg, Options{})
			require.NoError(t, err)
			require.Len(t, again, len(files))
			for i := range files {
				assert.Equal(t, string(files[i].Content), string(again[i].Content))
			}
		})
	}
}

// errorsOf generates in a temporary repository and returns the error text.
func errorsOf(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	cfg, err := config.Load(filepath.Join(dir, config.FileName), nil)
	require.NoError(t, err)
	_, err = Generate(cfg, Options{})
	require.Error(t, err)
	var ce *config.Error
	var ces *config.Errors
	require.True(t, errors.As(err, &ce) || errors.As(err, &ces), "a configuration error: %v", err)
	rel, err2 := filepath.Rel(dir, cfg.Path)
	require.NoError(t, err2)
	msg := err.Error()
	return replaceAll(msg, cfg.Path, rel)
}

func replaceAll(s, old, repl string) string {
	for {
		i := indexOf(s, old)
		if i < 0 {
			return s
		}
		s = s[:i] + repl + s[i+len(old):]
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

const errSchema = `datasource db {
  provider = "postgresql"
  schemas  = ["idp", "idp_views"]
}

model Tenant {
  id    String @id
  users User[]

  @@schema("idp")
}

model User {
  id           String  @id
  email        String
  passwordHash String  @map("password_hash")
  tenantId     String
  tenant       Tenant  @relation(fields: [tenantId], references: [id])
  nickname     String?

  @@map("users")
  @@schema("idp")
}
`

// enumSchema is a source with two enums, A and B, each written as
// "Name attrs…", and a model User with a field of each.
func enumSchema(a, b string) string {
	block := func(decl string) string {
		name, attrs, _ := strings.Cut(decl, " ")
		return "enum " + name + " {\n  x\n\n  " + strings.ReplaceAll(attrs, " @@", "\n  @@") + "\n}\n"
	}
	nameA, _, _ := strings.Cut(a, " ")
	nameB, _, _ := strings.Cut(b, " ")
	return `datasource db {
  provider = "postgresql"
  schemas  = ["idp", "idp_views", "shared"]
}

model User {
  id String @id
  a  ` + nameA + `
  b  ` + nameB + `

  @@schema("idp")
}

` + block(a) + "\n" + block(b)
}

// views wraps expose/product/grant text in a views block whose Prisma file
// is merged into prisma/schema.
func viewsHCL(body string) string {
	return "views \"identity\" {\n  source        = [\"prisma/schema\"]\n  target_schema = \"idp_views\"\n  prisma_output = \"prisma/schema/views.prisma\"\n  sql_output    = \"prisma/views.sql\"\n" + body + "}\n"
}

func TestErrors(t *testing.T) {
	user := func(fields string) string {
		return "  expose \"User\" {\n    view   = \"IdpUser\"\n    fields = [" + fields + "]\n  }\n"
	}
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"unknown model", map[string]string{"schemalint.hcl": viewsHCL("  expose \"Usr\" {\n    view   = \"IdpUser\"\n    fields = [\"id\"]\n  }\n")},
			`schemalint.hcl:6:10: model "Usr" does not exist in the source schema; did you mean "User"?`},
		{"unknown field", map[string]string{"schemalint.hcl": viewsHCL(user(`"id", "emial"`))},
			`schemalint.hcl:8:21: model "User" has no field "emial"; did you mean "email"?`},
		{"relation field", map[string]string{"schemalint.hcl": viewsHCL(user(`"id", "tenant"`))},
			`schemalint.hcl:8:21: "tenant" is a relation field; views expose columns: list its foreign key ("tenantId") instead, and give products relations with product { relations = … }`},
		{"sensitive field", map[string]string{"schemalint.hcl": viewsHCL(user(`"id", "passwordHash"`))},
			`schemalint.hcl:8:21: "User.passwordHash" matches the sensitive pattern "*password*", so it is not exposed; remove it from fields, or list it in allow_sensitive with a reason`},
		{"justification that justifies nothing", map[string]string{"schemalint.hcl": viewsHCL("  expose \"User\" {\n    view            = \"IdpUser\"\n    fields          = [\"id\", \"email\"]\n    allow_sensitive = [\"email\"]\n    reason          = \"why not\"\n  }\n")},
			`schemalint.hcl:9:24: "email" matches no sensitive pattern; remove it from allow_sensitive`},
		{"view named like a model", map[string]string{"schemalint.hcl": viewsHCL("  expose \"User\" {\n    view   = \"Tenant\"\n    fields = [\"id\"]\n  }\n")},
			`schemalint.hcl:7:14: the source schema already declares model "Tenant" (prisma/schema/schema.prisma:6:7); give the view another name`},
		{"wrong source schema", map[string]string{"schemalint.hcl": strings.Replace(viewsHCL(user(`"id"`)), "  target_schema", "  source_schema = \"auth\"\n  target_schema", 1)},
			`schemalint.hcl:7:10: model "User" is in schema "idp" (@@schema), not in source_schema "auth"`},
		{"target schema not in the datasource", map[string]string{"schemalint.hcl": strings.Replace(viewsHCL(user(`"id"`)), `"idp_views"`, `"public_views"`, 1)},
			`schemalint.hcl:3:19: the datasource "db" does not list "public_views" among its schemas; add it (prisma/schema/schema.prisma:1:12)`},
		{"relation that is no field", map[string]string{"schemalint.hcl": viewsHCL(user(`"id"`) + "  product \"fuel\" {\n    output    = \"fuel.prisma\"\n    relations = { IdpUser = [\"drivers Driver[] @@map(\\\"x\\\")\"] }\n  }\n")},
			`schemalint.hcl:12:30: "drivers Driver[] @@map(\"x\")" is not a Prisma field; write one relation field, like "drivers Driver[]"`},
		{"relation that is a column", map[string]string{"schemalint.hcl": viewsHCL(user(`"id"`) + "  product \"fuel\" {\n    output    = \"fuel.prisma\"\n    relations = { IdpUser = [\"note String?\"] }\n  }\n")},
			`schemalint.hcl:12:30: "note String?" is not a relation field; a product adds relations to its own models, like "drivers Driver[]"`},
		{"relation named like a field", map[string]string{"schemalint.hcl": viewsHCL(user(`"id", "email"`) + "  product \"fuel\" {\n    output    = \"fuel.prisma\"\n    relations = { IdpUser = [\"email Driver[]\"] }\n  }\n")},
			`schemalint.hcl:12:30: view "IdpUser" already has a field "email"; name the relation field differently`},
		// An output path leaving the repository is refused when the
		// configuration is read (config's TestPathsStayInsideTheRepository);
		// one leaving it through a link is TestOutputThroughASymlinkIsRefused's.
		{"output over a hand-written file", map[string]string{"schemalint.hcl": viewsHCL(user(`"id"`)), "prisma/views.sql": "CREATE TABLE keep_me (id int);\n"},
			`schemalint.hcl:5:19: "prisma/views.sql" exists and was not generated by schemalint fix; move it away or choose another path, schemalint never overwrites a file it did not write`},
		{"source that does not exist", map[string]string{"schemalint.hcl": strings.Replace(viewsHCL(user(`"id"`)), `["prisma/schema"]`, `["prisma/schma"]`, 1)},
			`schemalint.hcl:2:20: source "prisma/schma": no such file or directory`},
		// The views' copies of enums live in the target schema under
		// their database names, and the merged file prefixes their names.
		{"two enums of one database name", map[string]string{"schemalint.hcl": viewsHCL("  expose \"User\" {\n    view   = \"IdpUser\"\n    fields = [\"id\", \"a\", \"b\"]\n  }\n"), "prisma/schema/schema.prisma": enumSchema("A @@map(\"status\") @@schema(\"idp\")", "B @@map(\"status\") @@schema(\"shared\")")},
			`schemalint.hcl:3:19: enums "A" and "B", which the views use, are both database type "status", and "idp_views" can hold one type of that name; give one of them another @@map`},
		{"enum in the target schema", map[string]string{"schemalint.hcl": viewsHCL("  expose \"User\" {\n    view   = \"IdpUser\"\n    fields = [\"id\", \"a\"]\n  }\n"), "prisma/schema/schema.prisma": enumSchema("A @@schema(\"idp_views\")", "B @@schema(\"idp\")")},
			`schemalint.hcl:3:19: enum "A", which the views use, is in the target schema "idp_views", where the views get their own copy of it; move the enum to the source's schema`},
		{"prefixed enum name taken", map[string]string{"schemalint.hcl": viewsHCL("  expose \"User\" {\n    view   = \"IdpUser\"\n    fields = [\"id\", \"a\"]\n  }\n"), "prisma/schema/schema.prisma": enumSchema("A @@schema(\"idp\")", "IdpViewsA @@schema(\"idp\")")},
			`schemalint.hcl:3:19: the merged views file names the views' copy of enum "A" "IdpViewsA", which the source schema already declares; rename that declaration`},
		{"provider without views", map[string]string{"schemalint.hcl": viewsHCL(user(`"id"`)), "prisma/schema/schema.prisma": "datasource db {\n  provider = \"sqlite\"\n}\n\nmodel User {\n  id String @id\n}\n"},
			`schemalint.hcl:1:7: the source schema's provider is "sqlite"; views are generated for PostgreSQL only`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok := tt.files["prisma/schema/schema.prisma"]; !ok {
				tt.files["prisma/schema/schema.prisma"] = errSchema
			}
			got := errorsOf(t, tt.files)
			assert.True(t, strings.HasPrefix(got, tt.want), "got:  %s\nwant: %s", got, tt.want)
		})
	}
}

func TestOutputThroughASymlinkIsRefused(t *testing.T) {
	outside := t.TempDir()
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "prisma", "schema"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "prisma", "schema", "schema.prisma"), []byte(errSchema), 0o644))
	require.NoError(t, os.Symlink(outside, filepath.Join(dir, "out")))
	hcl := strings.Replace(viewsHCL("  expose \"User\" {\n    view   = \"IdpUser\"\n    fields = [\"id\"]\n  }\n"), `"prisma/views.sql"`, `"out/views.sql"`, 1)
	require.NoError(t, os.WriteFile(filepath.Join(dir, config.FileName), []byte(hcl), 0o644))
	cfg, err := config.Load(filepath.Join(dir, config.FileName), nil)
	require.NoError(t, err)
	_, err = Generate(cfg, Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `:5:19: "out/views.sql" leads outside the repository through a symbolic link`)
}

// PostgreSQL can only append columns to a view: a field inserted in the
// middle of the list, or removed, is refused with the position of the
// field (or the view) unless breaking changes are allowed.
func TestColumnOrderGuard(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	write := func(name, content string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	write("prisma/schema/schema.prisma", errSchema)
	generate := func(fields string, opts Options) error {
		write(config.FileName, viewsHCL("  expose \"User\" {\n    view   = \"IdpUser\"\n    fields = ["+fields+"]\n  }\n"))
		cfg, err := config.Load(filepath.Join(dir, config.FileName), nil)
		require.NoError(t, err)
		files, err := Generate(cfg, opts)
		if err != nil {
			return err
		}
		for _, f := range files {
			require.NoError(t, os.WriteFile(f.Path, f.Content, 0o644))
		}
		return nil
	}
	require.NoError(t, generate(`"id", "email"`, Options{}))
	require.NoError(t, generate(`"id", "email", "nickname"`, Options{}), "appending is fine")

	err := generate(`"id", "tenantId", "email", "nickname"`, Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `:8:21: view "IdpUser" would get column "tenantId" at position 2, where prisma/views.sql has "email"; CREATE OR REPLACE VIEW can only append columns: move new fields to the end of fields, or regenerate with schemalint fix --allow-breaking and DROP VIEW "idp_views"."IdpUser" before applying it`)

	err = generate(`"id", "nickname"`, Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `:7:14: view "IdpUser" would lose column "email", which prisma/views.sql creates; PostgreSQL cannot drop a view column with CREATE OR REPLACE VIEW and products may read it: keep the field`)

	require.NoError(t, generate(`"id", "nickname"`, Options{AllowBreaking: true}))
	require.NoError(t, generate(`"id", "nickname", "email"`, Options{}), "the new file is the new base")
}

func TestReadStamp(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "golden", "identity", "prisma", "schema", "views.prisma"))
	require.NoError(t, err)
	st, ok := ReadStamp(src)
	require.True(t, ok)
	assert.Equal(t, Stamp{Line: 1, ChecksumOffset: strings.Index(string(src), "// checksum"), Intact: true}, st)
	edited := []byte(strings.Replace(string(src), "  email ", "  mail  ", 1))
	st, ok = ReadStamp(edited)
	require.True(t, ok)
	assert.False(t, st.Intact, "a hand edit breaks the checksum")
	_, ok = ReadStamp([]byte("view A {\n  id Int @unique\n}\n"))
	assert.False(t, ok, "a file without the header has no stamp")
	st, ok = ReadStamp([]byte("// license\n\n" + string(src)))
	require.True(t, ok)
	assert.Equal(t, 3, st.Line)
	assert.True(t, st.Intact, "text above the header is not covered")
}

// BenchmarkGenerateLarge exposes every scalar, non-sensitive field of the
// first 500 models of a 2,000-model schema (a configuration of about 100
// KiB; the limit is 256).
func BenchmarkGenerateLarge(b *testing.B) {
	dir := b.TempDir()
	require.NoError(b, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	require.NoError(b, os.MkdirAll(filepath.Join(dir, "prisma"), 0o755))
	src := synth.Schema(synth.Options{Models: 2000, Seed: 1})
	require.NoError(b, os.WriteFile(filepath.Join(dir, "prisma", "schema.prisma"), src, 0o644))
	schema := prisma.ParseSources([]prisma.Source{{Name: "schema.prisma", Src: src}})
	require.False(b, schema.HasErrors())
	sens := config.Default().Sensitive
	var hcl strings.Builder
	hcl.WriteString("views \"all\" {\n  source        = [\"prisma/schema.prisma\"]\n  target_schema = \"views\"\n  prisma_output = \"out/views.prisma\"\n  sql_output    = \"out/views.sql\"\n")
	for _, m := range schema.Models[:500] {
		var fields []string
		for _, f := range m.Fields {
			if _, bad := sens.Match(f.Name(), f.ColumnName()); !bad && (f.Kind == prisma.ScalarField || f.Kind == prisma.EnumField) {
				fields = append(fields, `"`+f.Name()+`"`)
			}
		}
		if len(fields) > 0 {
			fmt.Fprintf(&hcl, "  expose %q {\n    view   = \"V%s\"\n    fields = [%s]\n  }\n", m.Name, m.Name, strings.Join(fields, ", "))
		}
	}
	hcl.WriteString("}\n")
	require.NoError(b, os.WriteFile(filepath.Join(dir, config.FileName), []byte(hcl.String()), 0o644))
	cfg, err := config.Load(filepath.Join(dir, config.FileName), nil)
	require.NoError(b, err)
	b.ResetTimer()
	for b.Loop() {
		files, err := Generate(cfg, Options{})
		require.NoError(b, err)
		b.SetBytes(int64(len(files[0].Content) + len(files[1].Content)))
	}
}
