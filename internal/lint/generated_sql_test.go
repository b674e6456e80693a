package lint

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/sqlview"
	"github.com/schemalint/schemalint/rules"
)

// The SQL a views block generates is what will be applied to the database:
// check reads it like a migration, so an edit that exposes a sensitive
// column there is caught even when no migration holds it yet.
func TestGeneratedSQLIsRead(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	write("prisma/schema.prisma", `datasource db {
  provider = "postgresql"
}

model User {
  id           String @id
  passwordHash String @map("password_hash")

  @@map("users")
}
`)
	write("schemalint.hcl", `views "idp" {
  source        = ["prisma/schema.prisma"]
  target_schema = "idp_views"
  prisma_output = "prisma/views.prisma"
  sql_output    = "prisma/views.sql"

  expose "User" {
    view   = "IdpUser"
    fields = ["id"]
  }
}
`)
	write("prisma/views.sql", "CREATE OR REPLACE VIEW \"idp_views\".\"IdpUser\" AS\nSELECT id, password_hash FROM users;\n")
	cfg, err := config.Load(filepath.Join(dir, "schemalint.hcl"), rules.Names())
	require.NoError(t, err)
	res, err := runShown(context.Background(), Options{Dir: dir, Config: cfg, Only: []string{"view-sensitive-field"}})
	require.NoError(t, err)
	require.Len(t, res.Diagnostics, 1)
	d := res.Diagnostics[0]
	assert.Equal(t, filepath.Join("prisma", "views.sql"), d.Range.File)
	assert.Equal(t, 2, d.Range.Start.Line)
	assert.Contains(t, d.Message, `"User.passwordHash"`)
}

// A generated SQL file that is current is read from what generating it
// says, to the views parsing it gives; one edited by hand is parsed, and
// reported.
func TestCurrentGeneratedSQLReadsAsParsed(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.CopyFS(dir, os.DirFS(filepath.Join("..", "viewgen", "testdata", "golden", "identity"))))
	sqlPath := filepath.Join(dir, "prisma", "views.sql")
	check := func() (*Result, []*sqlview.View) {
		t.Helper()
		cfg, err := config.Load(filepath.Join(dir, config.FileName), rules.Names())
		require.NoError(t, err)
		res, err := Run(context.Background(), Options{Dir: dir, Config: cfg, Only: []string{"views-out-of-date", "view-sensitive-field"}})
		require.NoError(t, err)
		require.Len(t, res.Schemas, 1)
		root := res.Schemas[0].Root
		parsed, err := readViews(cfg, root, map[string][]byte{}, map[string][]*directive{}, nil)
		require.NoError(t, err)
		require.Empty(t, parsed.findings)
		return res, parsed.views
	}
	res, parsed := check()
	require.NotEmpty(t, parsed)
	assert.Equal(t, parsed, res.Schemas[0].Views)
	for _, d := range res.Diagnostics {
		assert.NotEqual(t, "views-out-of-date", d.Rule, "%s", d.Message)
	}
	cfg, err := config.Load(filepath.Join(dir, config.FileName), rules.Names())
	require.NoError(t, err)
	root := res.Schemas[0].Root
	schema, err := LoadSchema(cfg, root)
	require.NoError(t, err)
	g := currentSQL(cfg, generateViews(cfg, root, schema))[sqlPath]
	require.NotNil(t, g)
	_, ok := g.SQLViews(sqlPath)
	assert.True(t, ok, "read without parsing")

	// The base's copy, named otherwise, reads as its parse under its name.
	src, err := os.ReadFile(sqlPath)
	require.NoError(t, err)
	rel := filepath.Join("prisma", "views.sql")
	relFile, ok := g.SQLViews(rel)
	require.True(t, ok)
	c := &checkedRoot{sqlRead: map[string]sqlFileRead{sqlPath: {file: relFile, src: src, gen: g}}}
	wantBase, _ := sqlview.ParseFile(sqlPath, src, nil)
	assert.Equal(t, wantBase, c.baseSQL(prisma.Source{Name: sqlPath, Src: src}, false))

	edited := strings.Replace(string(src), "  \"email\",\n", "  \"email\",\n  \"password_hash\",\n", 1)
	require.NotEqual(t, string(src), edited)
	require.NoError(t, os.WriteFile(sqlPath, []byte(edited), 0o644))
	res, parsed = check()
	assert.Equal(t, parsed, res.Schemas[0].Views)
	var rulesHit []string
	for _, d := range res.Diagnostics {
		rulesHit = append(rulesHit, d.Rule)
	}
	assert.Contains(t, rulesHit, "views-out-of-date")
	assert.Contains(t, rulesHit, "view-sensitive-field", "the edited column is read")
}
