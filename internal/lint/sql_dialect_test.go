package lint

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/config"
)

func project(t *testing.T, files map[string]string) (string, *config.Config) {
	t.Helper()
	outsideCI(t)
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	cfg := config.Default()
	cfg.Dir = dir
	return dir, cfg
}

// MySQL and SQLite migrations are not PostgreSQL: they are not read, rather
// than failing the whole check on a backtick.
func TestOtherDialectsMigrationsAreNotRead(t *testing.T) {
	dir, cfg := project(t, map[string]string{
		"prisma/schema.prisma":                          "datasource db {\n  provider = \"mysql\"\n}\n\nmodel User {\n  id Int @id\n}\n",
		"prisma/migrations/20240101_init/migration.sql": "CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`)) DEFAULT CHARACTER SET utf8mb4;\n",
	})
	res, err := Run(context.Background(), Options{Dir: dir, Config: cfg})
	require.NoError(t, err)
	assert.Empty(t, res.Diagnostics)
	assert.Equal(t, []string{noBase}, res.Notes, "no note about the migrations")
}

// A migration PostgreSQL's parser cannot read is a note, and the views of
// the rest of the file still count; a views/ file that does not parse is
// an input error (exit 2).
func TestBrokenSQL(t *testing.T) {
	schema := "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel User {\n  id    String @id\n  token String\n\n  @@map(\"users\")\n}\n"
	dir, cfg := project(t, map[string]string{
		"prisma/schema.prisma":                          schema,
		"prisma/migrations/20240101_init/migration.sql": "CREATE TABEL oops (id int);\nCREATE VIEW leaky AS SELECT id, token FROM users;\n",
	})
	res, err := Run(context.Background(), Options{Dir: dir, Config: cfg})
	require.NoError(t, err)
	require.Len(t, res.Notes, 2)
	assert.Equal(t, noBase, res.Notes[0])
	assert.Contains(t, res.Notes[1], filepath.Join("prisma", "migrations", "20240101_init", "migration.sql")+":1:")
	require.Len(t, res.Diagnostics, 1, "the view after the broken statement is still read")
	assert.Equal(t, "view-sensitive-field", res.Diagnostics[0].Rule)

	dir, cfg = project(t, map[string]string{
		"prisma/schema.prisma":   schema,
		"prisma/views/Leaky.sql": "SELEC id FROM users\n",
	})
	_, err = Run(context.Background(), Options{Dir: dir, Config: cfg})
	var ie *InputError
	require.ErrorAs(t, err, &ie)
	assert.Contains(t, ie.Error(), "Leaky.sql:1:1")
}
