package lint

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/rules"
)

const usersSchema = "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel User {\n  id           String @id\n  passwordHash String @map(\"password_hash\")\n\n  @@map(\"users\")\n}\n"

// A view redefined in a later migration is judged once, as the latest
// definition says: the usual DROP + CREATE, and CREATE then CREATE OR
// REPLACE, with or without the public schema written out.
func TestRedefinedViewIsJudgedOnce(t *testing.T) {
	for name, migrations := range map[string][2]string{
		"drop and create": {
			"CREATE VIEW \"V\" AS SELECT id, password_hash FROM users;\n",
			"DROP VIEW \"V\";\nCREATE VIEW \"V\" AS SELECT id, password_hash FROM users;\n",
		},
		"drop and create, schema written out": {
			"CREATE VIEW \"V\" AS SELECT id, password_hash FROM users;\n",
			"DROP VIEW public.\"V\";\nCREATE VIEW public.\"V\" AS SELECT id, password_hash FROM users;\n",
		},
		"create or replace": {
			"CREATE VIEW \"V\" AS SELECT id, password_hash FROM users;\n",
			"-- add a column\nCREATE OR REPLACE VIEW public.\"V\" AS SELECT id, password_hash, 1 AS n FROM users;\n",
		},
	} {
		t.Run(name, func(t *testing.T) {
			dir, cfg := project(t, map[string]string{
				"prisma/schema.prisma":                    usersSchema,
				"prisma/migrations/1_init/migration.sql":  migrations[0],
				"prisma/migrations/2_again/migration.sql": migrations[1],
			})
			res, err := runShown(context.Background(), Options{Dir: dir, Config: cfg})
			require.NoError(t, err)
			require.Len(t, res.Schemas[0].Views, 1, "one view, defined twice")
			require.Len(t, res.Diagnostics, 1, findingStrings(res))
			d := res.Diagnostics[0]
			assert.Equal(t, filepath.Join("prisma", "migrations", "2_again", "migration.sql"), d.Range.File, "the definition in force is the latest")
			assert.Equal(t, 2, d.Range.Start.Line)
		})
	}

	// The latest definition decides, both ways.
	dir, cfg := project(t, map[string]string{
		"prisma/schema.prisma":                    usersSchema,
		"prisma/migrations/1_init/migration.sql":  "CREATE VIEW \"V\" AS SELECT id, password_hash FROM users;\n",
		"prisma/migrations/2_again/migration.sql": "CREATE OR REPLACE VIEW public.\"V\" AS SELECT id FROM users;\n",
	})
	res, err := runShown(context.Background(), Options{Dir: dir, Config: cfg})
	require.NoError(t, err)
	assert.Empty(t, findingStrings(res), "the old definition is no longer in force")
}

// Two schema roots that share a configured SQL glob judge its files each;
// the same finding, and the same unused directive, are reported once.
func TestSharedSQLGlobReportsOnce(t *testing.T) {
	dir, _ := project(t, map[string]string{
		"apps/a/schema.prisma":          usersSchema,
		"apps/b/schema.prisma":          usersSchema,
		"db/views/V.sql":                "-- schemalint-ignore provider-capability nothing of the kind here\nSELECT id, password_hash FROM users\n",
		"db/migrations/1/migration.sql": "CREATE TABEL t (id int);\n",
		"schemalint.hcl":                "schema {\n  paths = [\"apps/*/schema.prisma\"]\n}\n\nsql {\n  views = [\"db/views/**/*.sql\"]\n  migrations = [\"db/migrations/**/migration.sql\"]\n}\n",
	})
	cfg, err := config.Load(filepath.Join(dir, "schemalint.hcl"), rules.Names())
	require.NoError(t, err)
	res, err := runShown(context.Background(), Options{Dir: dir, Config: cfg})
	require.NoError(t, err)
	require.Len(t, res.Schemas, 2)
	assert.Len(t, res.Notes, 2, "the note that there is no base, and the note of a shared migration, once")
	assert.Equal(t, []string{
		filepath.Join("db", "views", "V.sql") + ":1:1: warning: this schemalint-ignore provider-capability directive suppresses nothing; remove it [ignore-directive]",
		filepath.Join("db", "views", "V.sql") + `:2:12: error: view "V" exposes "User.passwordHash" (column "password_hash"), which matches the sensitive pattern "*password*"; remove it from the view or justify it with -- schemalint-ignore view-sensitive-field <reason> [view-sensitive-field]`,
	}, findingStrings(res))
}
