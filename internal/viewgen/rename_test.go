package viewgen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/config"
)

// renameRepo generates a views block once, writes its files, then applies
// edit to the source schema (and the Prisma output, for editPrisma).
func renameRepo(t *testing.T, edit func(schema string) string, editPrisma func(string) string) error {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	schema := "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel User {\n  id    String @id\n  given String\n  last  String\n}\n"
	write := func(name, content string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	write("prisma/schema/schema.prisma", schema)
	write("schemalint.hcl", "views \"identity\" {\n  source        = [\"prisma/schema\"]\n  target_schema = \"idp_views\"\n  prisma_output = \"views/views.prisma\"\n  sql_output    = \"views/views.sql\"\n\n  expose \"User\" {\n    view   = \"IdpUser\"\n    fields = [\"id\", \"given\", \"last\"]\n  }\n}\n")
	cfg, err := config.Load(filepath.Join(dir, config.FileName), nil)
	require.NoError(t, err)
	files, err := Generate(cfg, Options{})
	require.NoError(t, err)
	for _, f := range files {
		content := string(f.Content)
		if f.Kind == PrismaFile && editPrisma != nil {
			content = editPrisma(content)
		}
		write(cfg.Rel(f.Path), content)
	}
	write("prisma/schema/schema.prisma", edit(schema))
	_, err = Generate(cfg, Options{})
	return err
}

// Columns that trade names between fields are no rename: the guard reports
// them, rather than the views silently reading each other's column.
func TestSwappedColumnsAreNotKept(t *testing.T) {
	err := renameRepo(t, func(s string) string {
		s = strings.Replace(s, "  given String\n", "  given String @map(\"last\")\n", 1)
		return strings.Replace(s, "  last  String\n", "  last  String @map(\"given\")\n", 1)
	}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `view "IdpUser" would get column "last" at position 2, where views/views.sql has "given"`)
}

// A previous Prisma file edited by hand records nothing readers know: the
// view's column follows the source, which the guard then refuses.
func TestEditedPrismaOutputKeepsNoColumn(t *testing.T) {
	rename := func(s string) string {
		return strings.Replace(s, "  given String\n", "  given String @map(\"given_name\")\n", 1)
	}
	require.NoError(t, renameRepo(t, rename, nil), "an intact file keeps the column")
	err := renameRepo(t, rename, func(s string) string { return s + "\n" })
	require.Error(t, err)
	assert.Contains(t, err.Error(), `view "IdpUser" would lose column "given"`)
}
