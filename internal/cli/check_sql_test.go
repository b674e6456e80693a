package cli

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const tokenSchema = `datasource db {
  provider = "postgresql"
}

generator client {
  provider        = "prisma-client"
  previewFeatures = ["views"]
}

model User {
  id           String @id
  email        String
  accessToken  String @map("access_token")
  refreshToken String @map("refresh_token")

  @@map("users")
}
`

// A view file the SQL reader cannot take is a located finding of that
// file; it does not end the run, and the leaks of the other files are
// still reported (issue #10: a file with two statements hid two token
// leaks).
func TestCheckUnreadableViewFileDoesNotHideOtherFindings(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "prisma/schema.prisma", tokenSchema)
	writeFile(t, dir, "prisma/views/Directory.sql", "SELECT id, email FROM users;\nSELECT id FROM users;\n")
	writeFile(t, dir, "prisma/views/Sessions.sql", "SELECT id,\n  access_token,\n  refresh_token\nFROM users\n")

	code, out, errOut := run(t, dir, "check", "--color", "never")
	assert.Equal(t, ExitFindings, code, "findings, not an input error: every other file was judged")
	assert.Equal(t, noBaseLine, errOut)
	assert.Contains(t, out, `prisma/views/Directory.sql:2:1: error: the file of view "Directory" holds a statement besides its SELECT, which is not judged; a view file holds one SELECT: move the statement to a migration [input-error]`)
	assert.Contains(t, out, `prisma/views/Sessions.sql:2:3: error: view "Sessions" exposes "User.accessToken"`)
	assert.Contains(t, out, `prisma/views/Sessions.sql:3:3: error: view "Sessions" exposes "User.refreshToken"`)
	assert.Contains(t, out, "3 findings")

	code, out, _ = run(t, dir, "check", "--format", "json")
	assert.Equal(t, ExitFindings, code)
	var doc struct {
		Findings []struct {
			Rule, Severity, File string
			Line, Column         int
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	require.Len(t, doc.Findings, 3)
	assert.Equal(t, "input-error", doc.Findings[0].Rule)
	assert.Equal(t, "error", doc.Findings[0].Severity)
	assert.Equal(t, "prisma/views/Directory.sql", doc.Findings[0].File)
	assert.Equal(t, [2]int{2, 1}, [2]int{doc.Findings[0].Line, doc.Findings[0].Column})

	// --rule narrows the rules, not what must be readable.
	code, out, _ = run(t, dir, "check", "--rule", "tenant-index-missing", "--color", "never")
	assert.Equal(t, ExitFindings, code)
	assert.Contains(t, out, "[input-error]")
	assert.NotContains(t, out, "[view-sensitive-field]")

	// Accepting it takes a directive with a reason, on its line.
	writeFile(t, dir, "prisma/views/Directory.sql", "SELECT id, email FROM users;\nSELECT id FROM users; -- schemalint-ignore input-error\n")
	code, out, _ = run(t, dir, "check", "--rule", "tenant-index-missing", "--color", "never")
	assert.Equal(t, ExitFindings, code, "a directive without a reason silences nothing")
	assert.Contains(t, out, "[input-error]")
	writeFile(t, dir, "prisma/views/Directory.sql", "SELECT id, email FROM users;\nSELECT id FROM users; -- schemalint-ignore input-error the second SELECT is a smoke test run by hand\n")
	code, out, errOut = run(t, dir, "check", "--rule", "tenant-index-missing", "--color", "never")
	assert.Equal(t, ExitOK, code, out+errOut)
	assert.Empty(t, out)
}

// A migration statement that cannot define a view and does not parse is a
// note: no rule reads it, and the run's verdict does not depend on it.
func TestCheckUnparsableMigrationStatementIsANote(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "prisma/schema.prisma", tokenSchema)
	writeFile(t, dir, "prisma/migrations/20240101000000_init/migration.sql", "CREATE TABEL oops (id int);\nCREATE VIEW \"Leak\" AS SELECT id, refresh_token FROM users;\n")
	code, out, errOut := run(t, dir, "check", "--color", "never")
	assert.Equal(t, ExitFindings, code)
	assert.Contains(t, errOut, `20240101000000_init/migration.sql:1:8: syntax error at or near "TABEL"`)
	assert.Contains(t, out, `view "Leak" exposes "User.refreshToken"`)
	assert.NotContains(t, out, "[input-error]")
}

// View SQL of a schema whose provider is not PostgreSQL is not read, and
// the run says so once instead of passing it as checked.
func TestCheckSaysWhenViewSQLIsNotRead(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "prisma/schema.prisma", "datasource db {\n  provider = \"mysql\"\n}\n\nmodel User {\n  id       Int    @id\n  password String\n}\n")
	writeFile(t, dir, "prisma/views/Leak.sql", "SELECT id, password FROM User\n")
	writeFile(t, dir, "prisma/migrations/1_init/migration.sql", "CREATE TABLE `User` (id INT);\n")
	writeFile(t, dir, "prisma/migrations/2_view/migration.sql", "CREATE ALGORITHM=MERGE VIEW `V` AS SELECT id FROM `User`;\n")
	code, out, errOut := run(t, dir, "check")
	assert.Equal(t, ExitOK, code, out)
	assert.Equal(t, noBaseLine+"schemalint: prisma/schema.prisma: 2 SQL files define views schemalint does not read (it reads view SQL for PostgreSQL only, not \"mysql\")\n", errOut)
}

// Two schema roots that share a configured sql block judge its files each;
// every finding of those files is reported once, whether the roots come
// from schema.paths or from the command line, in every format.
func TestCheckSharedSQLBlockReportsOnce(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "apps/a/prisma/schema.prisma", tokenSchema)
	writeFile(t, dir, "apps/b/prisma/schema.prisma", tokenSchema)
	writeFile(t, dir, "db/views/public/Sessions.sql", "SELECT id,\n  access_token\nFROM users\n")
	writeFile(t, dir, "db/views/public/Broken.sql", "SELECT id FROM users;\nSELECT email FROM users;\n")
	writeFile(t, dir, "db/migrations/1_init/migration.sql", "CREATE VIEW \"Tokens\" AS SELECT id, refresh_token FROM users;\n")
	writeFile(t, dir, "schemalint.hcl", `schema {
  paths = ["apps/*/prisma/schema.prisma"]
}

sql {
  views      = ["db/views/**/*.sql"]
  migrations = ["db/migrations/**/migration.sql"]
}
`)
	want := []string{
		"db/migrations/1_init/migration.sql:1:36 view-sensitive-field",
		"db/views/public/Broken.sql:2:1 input-error",
		"db/views/public/Sessions.sql:2:3 view-sensitive-field",
	}
	for _, args := range [][]string{
		{"check", "--format", "json"},
		{"check", "--format", "json", "apps/a/prisma/schema.prisma", "apps/b/prisma/schema.prisma"},
	} {
		code, out, errOut := run(t, dir, args...)
		require.Equal(t, ExitFindings, code, errOut)
		var doc struct {
			Findings []struct {
				Rule, File   string
				Line, Column int
			}
		}
		require.NoError(t, json.Unmarshal([]byte(out), &doc))
		var got []string
		for _, f := range doc.Findings {
			got = append(got, fmt.Sprintf("%s:%d:%d %s", f.File, f.Line, f.Column, f.Rule))
		}
		sort.Strings(got)
		assert.Equal(t, want, got, "%v: each finding once", args)
	}
	code, out, _ := run(t, dir, "check", "--color", "never")
	assert.Equal(t, ExitFindings, code)
	assert.Equal(t, 1, strings.Count(out, "db/views/public/Sessions.sql:2:3: error:"), out)
	assert.Contains(t, out, "3 findings")
	code, out, _ = run(t, dir, "check", "--format", "github")
	assert.Equal(t, ExitFindings, code)
	assert.Equal(t, 1, strings.Count(out, "file=db/views/public/Sessions.sql,line=2"), out)
}
