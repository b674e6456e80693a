package viewgen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/sqlview"
)

// assertReadsAsParsed checks that the views a generated SQL file says it
// holds are what PostgreSQL's parser reads from it, field for field, and
// returns whether it could say.
func assertReadsAsParsed(t *testing.T, files []*File) bool {
	t.Helper()
	said := false
	for _, f := range files {
		got, ok := f.SQLViews(f.Path)
		if f.Kind != SQLFile {
			assert.False(t, ok, "%s is no SQL file", f.Path)
			continue
		}
		if !ok {
			continue
		}
		said = true
		want, diags := sqlview.ParseFile(f.Path, f.Content, nil)
		assert.Empty(t, diags, "%s", f.Path)
		assert.Equal(t, want, got, "%s", f.Path)
	}
	return said
}

func TestSQLViewsAreWhatParsingGives(t *testing.T) {
	cases, err := os.ReadDir(filepath.Join("testdata", "golden"))
	require.NoError(t, err)
	for _, c := range cases {
		cfg, err := config.Load(filepath.Join("testdata", "golden", c.Name(), config.FileName), nil)
		require.NoError(t, err)
		files, err := Generate(cfg, Options{})
		require.NoError(t, err)
		hasSQL := false
		for _, f := range files {
			hasSQL = hasSQL || f.Kind == SQLFile
		}
		assert.Equal(t, hasSQL, assertReadsAsParsed(t, files), "%s", c.Name())
	}

	// Renamed and enum columns (list ones too), a column named like its
	// table, names with quotes and non-ASCII letters, a role named like a
	// view, a view dropped
	// before it is created again and one no longer exposed.
	schema := `datasource db {
  provider = "postgresql"
  schemas  = ["idp", "idp_views"]
}

enum Status {
  active
  gone

  @@map("user status")
  @@schema("idp")
}

model Tenant {
  id     String @id
  tenant String
  note   String @map("a\"quoted\"column")

  @@map("tenant")
  @@schema("idp")
}

model User {
  id       String   @id
  given    String   @map("given_name")
  status   Status
  statuses Status[]
  strasse  String   @map("straße")

  @@map("Users \"all\"")
  @@schema("idp")
}
`
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	generate := func(body string, opts Options) []*File {
		t.Helper()
		writeTree(t, dir, map[string]string{
			"prisma/schema/schema.prisma": schema,
			config.FileName:               viewsHCL(body),
		})
		cfg, err := config.Load(filepath.Join(dir, config.FileName), nil)
		require.NoError(t, err)
		files, err := Generate(cfg, opts)
		require.NoError(t, err)
		for _, f := range files {
			require.NoError(t, os.WriteFile(f.Path, f.Content, 0o644))
		}
		return files
	}
	user := "  expose \"User\" {\n    view   = \"IdpUser\"\n    fields = [\"id\", \"given\", \"status\", \"statuses\", \"strasse\"]\n  }\n"
	tenant := "  expose \"Tenant\" {\n    view   = \"IdpTenant\"\n    fields = [\"id\", \"tenant\", \"note\"]\n  }\n"
	grant := "  grant {\n    roles = [\"viewer\"]\n  }\n"
	files := generate(user+tenant+grant, Options{})
	sql := string(files[1].Content)
	for _, want := range []string{`"status"::text::"idp_views"."user status" AS "status"`, `"statuses"::text[]::`, `"tenant",` + "\n" + `  "a""quoted""column"`, `"straße"`} {
		require.Contains(t, sql, want)
	}
	assert.True(t, assertReadsAsParsed(t, files))
	got, _ := files[1].SQLViews(files[1].Path)
	require.Len(t, got.Views, 2)
	assert.True(t, got.Views[1].Columns[1].Source.WholeRow, "a bare name that is the table's own")

	// A source column renamed under readers: selected under the old name.
	schema = strings.Replace(schema, `@map("given_name")`, `@map("first_name")`, 1)
	files = generate(user+tenant+grant, Options{})
	require.Contains(t, string(files[1].Content), `"first_name" AS "given_name"`)
	assert.True(t, assertReadsAsParsed(t, files))

	// Dropped on purpose, and no longer exposed.
	acked := strings.Replace(user, `"given", `, "", 1)
	acked = strings.Replace(acked, "  }\n", "    acknowledge = { given = \"moved\" }\n  }\n", 1)
	files = generate(acked+grant, Options{AllowBreaking: true})
	require.Contains(t, string(files[1].Content), `DROP VIEW IF EXISTS "idp_views"."IdpTenant";`)
	assert.True(t, assertReadsAsParsed(t, files))
	got, _ = files[1].SQLViews(files[1].Path)
	assert.Len(t, got.Drops, 2)
	files = generate(acked+grant, Options{})
	assert.True(t, assertReadsAsParsed(t, files), "the drops carried on")

	// A name PostgreSQL truncates: the file must be parsed.
	long := strings.Repeat("v", 64)
	files = generate(strings.Replace(user, "IdpUser", long, 1), Options{AllowBreaking: true})
	assert.False(t, assertReadsAsParsed(t, files), "a name over 63 bytes")
	// A comment a name ends early: the configuration's file name.
	odd := filepath.Join(dir, "odd\nCREATE VIEW x AS SELECT 1;.hcl")
	require.NoError(t, os.WriteFile(odd, []byte(viewsHCL(user+grant)), 0o644))
	cfg, err := config.Load(odd, nil)
	require.NoError(t, err)
	files, err = Generate(cfg, Options{AllowBreaking: true})
	require.NoError(t, err)
	require.Contains(t, string(files[1].Content), "\nCREATE VIEW x AS SELECT 1;")
	_, ok := files[1].SQLViews(files[1].Path)
	assert.False(t, ok, "a configuration named with a line break")
}

func TestWriteIdentIsIdent(t *testing.T) {
	for _, s := range []string{"", "a", `"`, `""`, `a"b`, `"a"`, `a""b"c`, "straße"} {
		var b bytes.Buffer
		writeIdent(&b, s)
		assert.Equal(t, ident(s), b.String(), "%q", s)
	}
}
