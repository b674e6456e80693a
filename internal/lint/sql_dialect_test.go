package lint

import (
	"context"
	"fmt"
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

// A migration statement PostgreSQL's parser cannot read and that cannot
// define a view is a note, and the views of the rest of the file still
// count; SQL that may define a view and does not parse is an input-error
// finding of its file, beside the findings of every other file.
func TestBrokenSQL(t *testing.T) {
	schema := "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel User {\n  id    String @id\n  token String\n\n  @@map(\"users\")\n}\n"
	dir, cfg := project(t, map[string]string{
		"prisma/schema.prisma":                          schema,
		"prisma/migrations/20240101_init/migration.sql": "CREATE TABEL oops (id int);\nCREATE VIEW leaky AS SELECT id, token FROM users;\n",
	})
	res, err := runShown(context.Background(), Options{Dir: dir, Config: cfg})
	require.NoError(t, err)
	require.Len(t, res.Notes, 2)
	assert.Equal(t, noBase, res.Notes[0])
	assert.Contains(t, res.Notes[1], filepath.Join("prisma", "migrations", "20240101_init", "migration.sql")+":1:")
	require.Len(t, res.Diagnostics, 1, "the view after the broken statement is still read")
	assert.Equal(t, "view-sensitive-field", res.Diagnostics[0].Rule)

	dir, cfg = project(t, map[string]string{
		"prisma/schema.prisma":                          schema,
		"prisma/views/Leaky.sql":                        "SELEC id FROM users\n",
		"prisma/views/Later.sql":                        "-- written once the table exists\n",
		"prisma/views/Tokens.sql":                       "SELECT id, token FROM users;\nSELECT 1;\n",
		"prisma/migrations/20240101_init/migration.sql": "CREATE VIEW other AS SELECT id token FRM users;\nCREATE VIEW tokens2 AS SELECT token FROM users;\n",
	})
	res, err = runShown(context.Background(), Options{Dir: dir, Config: cfg})
	require.NoError(t, err, "files that cannot be read are findings of their own, not the end of the run")
	assert.Equal(t, []string{noBase}, res.Notes, "only that there is no base: the unreadable SQL is findings")
	assert.Equal(t, []string{
		filepath.Join("prisma", "migrations", "20240101_init", "migration.sql") + `:1:38: error: syntax error at or near "FRM"; the views of this SQL are not judged [input-error]`,
		filepath.Join("prisma", "migrations", "20240101_init", "migration.sql") + `:2:31: error: view "tokens2" exposes "User.token" (column "token"), which matches the sensitive pattern "*token*"; remove it from the view or justify it with -- schemalint-ignore view-sensitive-field <reason> [view-sensitive-field]`,
		filepath.Join("prisma", "views", "Later.sql") + `:1:1: warning: view file defines no view: expected the SELECT of view "Later" [input-error]`,
		filepath.Join("prisma", "views", "Leaky.sql") + `:1:1: error: syntax error at or near "SELEC"; view "Leaky" is not judged [input-error]`,
		filepath.Join("prisma", "views", "Tokens.sql") + `:1:12: error: view "Tokens" exposes "User.token" (column "token"), which matches the sensitive pattern "*token*"; remove it from the view or justify it with -- schemalint-ignore view-sensitive-field <reason> [view-sensitive-field]`,
		filepath.Join("prisma", "views", "Tokens.sql") + `:2:1: error: the file of view "Tokens" holds a statement besides its SELECT, which is not judged; a view file holds one SELECT: move the statement to a migration [input-error]`,
	}, findingStrings(res))
}

// findingStrings are "file:line:col: severity: message [rule]", in the
// run's order.
func findingStrings(res *Result) []string {
	var out []string
	for _, d := range res.Diagnostics {
		out = append(out, fmt.Sprintf("%s:%d:%d: %s: %s [%s]", d.Range.File, d.Range.Start.Line, d.Range.Start.Col, d.Severity, d.Message, d.Rule))
	}
	return out
}
