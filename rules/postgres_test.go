package rules_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lint"
	"github.com/schemalint/schemalint/internal/pgtest"
	"github.com/schemalint/schemalint/rules"
)

// The breaking-change rules against a real PostgreSQL: what they report is
// what PostgreSQL rejects (or lets silently diverge), and what they let
// through applies.

const pgTables = `
CREATE SCHEMA idp;
CREATE SCHEMA idp_views;
CREATE TYPE idp."Role" AS ENUM ('MEMBER', 'ADMIN');
CREATE TABLE idp.users (
  id         text PRIMARY KEY,
  email      text,
  first_name text,
  last_name  text,
  role       idp."Role" NOT NULL DEFAULT 'MEMBER'
);
INSERT INTO idp.users VALUES ('u1', 'a@example.com', 'Ada', 'Lovelace', 'ADMIN');
`

const pgSchema = `datasource db {
  provider = "postgresql"
  schemas  = ["idp", "idp_views"]
}

generator client {
  provider        = "prisma-client"
  previewFeatures = ["views"]
}

enum Role {
%s
  @@schema("idp")
}

model User {
  id        String  @id
  email     String?
  firstName String? @map("first_name")
  lastName  String? @map("last_name")
  role      Role    @default(MEMBER)

  @@map("users")
  @@schema("idp")
}
`

func enumBlock(values ...string) string {
	return "  " + strings.Join(values, "\n  ") + "\n"
}

// lintPair runs one rule on head/ against base/, each a prisma/ project
// with schema.prisma and views/idp_views/IdpUser.sql.
func lintPair(t *testing.T, rule string, baseSchema, headSchema, baseView, headView string) []rules.Diagnostic {
	t.Helper()
	root := t.TempDir()
	for side, files := range map[string][2]string{"base": {baseSchema, baseView}, "head": {headSchema, headView}} {
		dir := filepath.Join(root, side, "prisma")
		require.NoError(t, os.MkdirAll(filepath.Join(dir, "views", "idp_views"), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "schema.prisma"), []byte(files[0]), 0o644))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "views", "idp_views", "IdpUser.sql"), []byte(files[1]+"\n"), 0o644))
	}
	head := filepath.Join(root, "head")
	cfg := config.Default()
	cfg.Dir = head
	res, err := lint.Run(context.Background(), lint.Options{
		Dir: head, Config: cfg, Only: []string{rule},
		Base: &base.Base{Dir: head, Tree: base.Dir(filepath.Join(root, "base")), Label: "base/"},
	})
	require.NoError(t, err)
	return res.Diagnostics
}

func errorsOf(ds []rules.Diagnostic) []string {
	var out []string
	for _, d := range ds {
		if d.Severity == config.SeverityError {
			out = append(out, d.Message)
		}
	}
	return out
}

func TestViewChangesAgainstPostgres(t *testing.T) {
	pg := pgtest.Start(t)
	schema := fmt.Sprintf(pgSchema, enumBlock("MEMBER", "ADMIN"))
	const baseView = "SELECT id, email, first_name FROM idp.users"
	for _, tc := range []struct {
		name     string
		headView string
		// rejected is PostgreSQL's error for CREATE OR REPLACE VIEW, ""
		// when it applies; schemalint must report exactly the rejected.
		rejected string
	}{
		{"drop a column", "SELECT id, first_name FROM idp.users", "cannot drop columns from view"},
		{"rename a column", "SELECT id, email AS mail, first_name FROM idp.users", `cannot change name of view column "email" to "mail"`},
		{"reorder columns", "SELECT id, first_name, email FROM idp.users", `cannot change name of view column "email" to "first_name"`},
		{"insert before", "SELECT id, last_name, email, first_name FROM idp.users", `cannot change name of view column "email" to "last_name"`},
		{"append a column", "SELECT id, email, first_name, last_name FROM idp.users", ""},
		{"same columns, rewritten", "SELECT u.id, u.email AS email, u.first_name\nFROM idp.users AS u\nWHERE u.id IS NOT NULL", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := pg.CreateDatabase(t)
			pg.MustExec(t, db, pgTables+`CREATE VIEW idp_views."IdpUser" AS `+baseView+";")
			err := pg.Exec(db, `CREATE OR REPLACE VIEW idp_views."IdpUser" AS `+tc.headView+";")
			found := errorsOf(lintPair(t, "view-column-removed", schema, schema, baseView, tc.headView))
			if tc.rejected == "" {
				require.NoError(t, err, "PostgreSQL must apply it")
				assert.Empty(t, found, "schemalint must let it through")
				return
			}
			require.Error(t, err, "PostgreSQL must reject it")
			assert.Contains(t, err.Error(), tc.rejected)
			assert.Len(t, found, 1, "schemalint must report it")
		})
	}
}

// alterRole is what Prisma Migrate generates when a value is removed: the
// type is recreated and every column cast to it.
const recreateRole = `
BEGIN;
CREATE TYPE idp."Role_new" AS ENUM ('MEMBER');
ALTER TABLE idp.users ALTER COLUMN role DROP DEFAULT;
ALTER TABLE idp.users ALTER COLUMN role TYPE idp."Role_new" USING (role::text::idp."Role_new");
ALTER TYPE idp."Role" RENAME TO "Role_old";
ALTER TYPE idp."Role_new" RENAME TO "Role";
DROP TYPE idp."Role_old";
COMMIT;
`

func TestEnumChangesAgainstPostgres(t *testing.T) {
	pg := pgtest.Start(t)
	const view = "SELECT id, role FROM idp.users"
	baseSchema := fmt.Sprintf(pgSchema, enumBlock("MEMBER", "ADMIN"))
	for _, tc := range []struct {
		name string
		head []string
		// migrate is what Prisma Migrate would run ("" when it sees no
		// change); rejected is PostgreSQL's error for it.
		migrate, rejected string
		// diverges: after the migration, PostgreSQL's order differs from
		// the schema's.
		diverges bool
		reported bool
	}{
		{name: "append", head: []string{"MEMBER", "ADMIN", "GUEST"}, migrate: `ALTER TYPE idp."Role" ADD VALUE 'GUEST';`},
		{name: "insert before", head: []string{"MEMBER", "MODERATOR", "ADMIN"}, migrate: `ALTER TYPE idp."Role" ADD VALUE 'MODERATOR';`, diverges: true, reported: true},
		{name: "reorder", head: []string{"ADMIN", "MEMBER"}, diverges: true, reported: true},
		{name: "remove while a view selects it", head: []string{"MEMBER"}, migrate: recreateRole, rejected: "cannot alter type of a column used by a view or rule", reported: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := pg.CreateDatabase(t)
			pg.MustExec(t, db, pgTables+`CREATE VIEW idp_views."IdpUser" AS `+view+";")
			var err error
			if tc.migrate != "" {
				err = pg.Exec(db, tc.migrate)
			}
			headSchema := fmt.Sprintf(pgSchema, enumBlock(tc.head...))
			found := errorsOf(lintPair(t, "enum-value-order", baseSchema, headSchema, view, view))
			if tc.reported {
				assert.Len(t, found, 1, "schemalint must report it")
			} else {
				assert.Empty(t, found, "schemalint must let it through")
			}
			if tc.rejected != "" {
				require.Error(t, err, "PostgreSQL must reject it")
				assert.Contains(t, err.Error(), tc.rejected)
				return
			}
			require.NoError(t, err)
			got := pg.MustQuery(t, db, `SELECT enum_range(NULL::idp."Role")::text`)
			schemaOrder := "{" + strings.Join(tc.head, ",") + "}"
			if tc.diverges {
				assert.NotEqual(t, schemaOrder, got, "the database keeps its own order")
			} else {
				assert.Equal(t, schemaOrder, got)
			}
		})
	}
}

// An enum whose database type is renamed breaks the services that still
// name the old type: their Prisma clients cast enum values to it.
func TestEnumTypeRenameAgainstPostgres(t *testing.T) {
	pg := pgtest.Start(t)
	db := pg.CreateDatabase(t)
	pg.MustExec(t, db, pgTables)
	reader := `SELECT id FROM idp.users WHERE role = 'ADMIN'::idp."Role"`
	pg.MustExec(t, db, reader)

	const view = "SELECT id, role FROM idp.users"
	baseSchema := fmt.Sprintf(pgSchema, enumBlock("MEMBER", "ADMIN"))
	headSchema := fmt.Sprintf(pgSchema, enumBlock("MEMBER", "ADMIN", "", `@@map("role_v2")`))
	found := errorsOf(lintPair(t, "enum-value-order", baseSchema, headSchema, view, view))
	require.Len(t, found, 1, "schemalint must report it")
	assert.Contains(t, found[0], `is now database type "idp"."role_v2"`)

	pg.MustExec(t, db, `ALTER TYPE idp."Role" RENAME TO role_v2`)
	err := pg.Exec(db, reader)
	require.Error(t, err, "a reader that still names the old type must fail")
	assert.Contains(t, err.Error(), "does not exist")
}
