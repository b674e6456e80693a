package rules_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lint"
	"github.com/schemalint/schemalint/internal/pgtest"
	"github.com/schemalint/schemalint/internal/severity"
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
// with schema.prisma and views/idp_views/IdpUser.sql; headMigrations are
// the migrations of the change, in the order they apply.
func lintPair(t *testing.T, rule string, baseSchema, headSchema, baseView, headView string, headMigrations ...string) []rules.Diagnostic {
	t.Helper()
	root := t.TempDir()
	for i, sql := range headMigrations {
		dir := filepath.Join(root, "head", "prisma", "migrations", fmt.Sprintf("2026010%d000000_change", i+1))
		require.NoError(t, os.MkdirAll(dir, 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "migration.sql"), []byte(sql+"\n"), 0o644))
	}
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
		Base: lint.CompareWith(&base.Base{Dir: head, Tree: base.Dir(filepath.Join(root, "base")), Label: "base/"}),
	})
	require.NoError(t, err)
	return res.Diagnostics
}

func errorsOf(ds []rules.Diagnostic) []string {
	var out []string
	for _, d := range ds {
		if d.Severity == severity.Error {
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
		// committed: the change carries migrate as its migration, for
		// schemalint to read; otherwise Prisma Migrate generates it later.
		committed bool
	}{
		{name: "append", head: []string{"MEMBER", "ADMIN", "GUEST"}, migrate: `ALTER TYPE idp."Role" ADD VALUE 'GUEST';`},
		{name: "insert before", head: []string{"MEMBER", "MODERATOR", "ADMIN"}, migrate: `ALTER TYPE idp."Role" ADD VALUE 'MODERATOR';`, diverges: true, reported: true},
		{name: "insert before, placed by the migration", head: []string{"MEMBER", "MODERATOR", "ADMIN"}, migrate: `ALTER TYPE idp."Role" ADD VALUE 'MODERATOR' BEFORE 'ADMIN';`, committed: true},
		{name: "insert after, placed by the migration", head: []string{"MEMBER", "MODERATOR", "ADMIN"}, migrate: `ALTER TYPE idp."Role" ADD VALUE 'MODERATOR' AFTER 'MEMBER';`, committed: true},
		{name: "insert before, placed elsewhere by the migration", head: []string{"MEMBER", "MODERATOR", "ADMIN"}, migrate: `ALTER TYPE idp."Role" ADD VALUE 'MODERATOR' AFTER 'ADMIN';`, committed: true, diverges: true, reported: true},
		{name: "insert before, appended by the migration", head: []string{"MEMBER", "MODERATOR", "ADMIN"}, migrate: `ALTER TYPE idp."Role" ADD VALUE 'MODERATOR';`, committed: true, diverges: true, reported: true},
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
			var migrations []string
			if tc.committed {
				migrations = append(migrations, tc.migrate)
			}
			found := errorsOf(lintPair(t, "enum-value-order", baseSchema, headSchema, view, view, migrations...))
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

// Nullability under a view: PostgreSQL applies SET NOT NULL and DROP NOT
// NULL with the view in place. Required breaks no reader; optional lets
// nulls through to readers typed non-null, which schemalint reports.
func TestNullabilityAgainstPostgres(t *testing.T) {
	pg := pgtest.Start(t)
	const view = "SELECT id, email, last_name FROM idp.users"
	schema := fmt.Sprintf(pgSchema, enumBlock("MEMBER", "ADMIN"))
	required := func(s, field string) string {
		out := strings.Replace(s, field+" String?", field+" String ", 1)
		require.NotEqual(t, s, out, "%s is in the schema", field)
		return out
	}
	prismaView := func(s string, email, lastName string) string {
		return s + "\nview IdpUser {\n  id       String @unique\n  email    " + email + "\n  lastName " + lastName + " @map(\"last_name\")\n\n  @@schema(\"idp_views\")\n}\n"
	}

	t.Run("required", func(t *testing.T) {
		db := pg.CreateDatabase(t)
		pg.MustExec(t, db, pgTables+`CREATE VIEW idp_views."IdpUser" AS `+view+";")
		require.NoError(t, pg.Exec(db, `ALTER TABLE idp.users ALTER COLUMN email SET NOT NULL`), "PostgreSQL applies SET NOT NULL under a view")
		base := prismaView(schema, "String?", "String?")
		head := prismaView(required(schema, "email    "), "String ", "String?")
		assert.Empty(t, errorsOf(lintPair(t, "view-column-removed", base, head, view, view)), "schemalint must let it through")
	})

	t.Run("optional", func(t *testing.T) {
		db := pg.CreateDatabase(t)
		pg.MustExec(t, db, pgTables+`
UPDATE idp.users SET last_name = 'Lovelace';
ALTER TABLE idp.users ALTER COLUMN last_name SET NOT NULL;
CREATE VIEW idp_views."IdpUser" AS `+view+";")
		require.NoError(t, pg.Exec(db, `ALTER TABLE idp.users ALTER COLUMN last_name DROP NOT NULL`), "PostgreSQL applies DROP NOT NULL under a view")
		pg.MustExec(t, db, `INSERT INTO idp.users (id, email) VALUES ('u2', 'b@example.com')`)
		assert.Equal(t, "1", pg.MustQuery(t, db, `SELECT count(*) FROM idp_views."IdpUser" WHERE last_name IS NULL`), "readers now get nulls")
		base := prismaView(required(schema, "lastName "), "String?", "String ")
		head := prismaView(schema, "String?", "String?")
		found := errorsOf(lintPair(t, "view-column-removed", base, head, view, view))
		require.Len(t, found, 1, "schemalint must report it once, on the view block")
		assert.Contains(t, found[0], `column "last_name" is now optional`)
		assert.Contains(t, found[0], "keep it required", "the way out for readers typed non-null")
	})

	t.Run("optional, SQL view only", func(t *testing.T) {
		base := required(schema, "lastName ")
		found := errorsOf(lintPair(t, "view-column-removed", base, schema, view, view))
		require.Len(t, found, 1, "schemalint must report it")
		assert.Contains(t, found[0], `reads "User.lastName", which is now optional`)
		assert.NotContains(t, found[0], "PostgreSQL cannot", "PostgreSQL applies it; readers break")
	})
}

// A view column that keeps its name and place but reads another table:
// CREATE OR REPLACE VIEW applies it while the type stays, and the old
// column can then go. Another type is refused, and reported.
func TestResourcedViewColumnAgainstPostgres(t *testing.T) {
	pg := pgtest.Start(t)
	const tables = `
CREATE TABLE idp.profiles (
  user_id  text PRIMARY KEY REFERENCES idp.users(id),
  nickname text,
  score    integer
);
ALTER TABLE idp.users ADD COLUMN nickname text;
`
	const baseView = "SELECT u.id, u.nickname FROM idp.users u"
	profile := `
model Profile {
  userId   String  @id @map("user_id")
  nickname String?
  score    Int?

  @@map("profiles")
  @@schema("idp")
}
`
	schema := fmt.Sprintf(pgSchema, enumBlock("MEMBER", "ADMIN")) + profile
	baseSchema := strings.Replace(schema, "  lastName  String? @map(\"last_name\")\n", "  lastName  String? @map(\"last_name\")\n  nickname  String?\n", 1)
	require.NotEqual(t, schema, baseSchema)

	t.Run("same type", func(t *testing.T) {
		db := pg.CreateDatabase(t)
		pg.MustExec(t, db, pgTables+tables+`CREATE VIEW idp_views."IdpUser" AS `+baseView+";")
		const headView = "SELECT u.id, p.nickname FROM idp.users u JOIN idp.profiles p ON p.user_id = u.id"
		require.NoError(t, pg.Exec(db, `CREATE OR REPLACE VIEW idp_views."IdpUser" AS `+headView+";"), "PostgreSQL must apply it")
		require.NoError(t, pg.Exec(db, `ALTER TABLE idp.users DROP COLUMN nickname`), "the view no longer reads the old column")
		assert.Empty(t, errorsOf(lintPair(t, "view-column-removed", baseSchema, schema, baseView, headView)), "schemalint must let it through")
	})

	t.Run("another type", func(t *testing.T) {
		db := pg.CreateDatabase(t)
		pg.MustExec(t, db, pgTables+tables+`CREATE VIEW idp_views."IdpUser" AS `+baseView+";")
		const headView = "SELECT u.id, p.score AS nickname FROM idp.users u JOIN idp.profiles p ON p.user_id = u.id"
		err := pg.Exec(db, `CREATE OR REPLACE VIEW idp_views."IdpUser" AS `+headView+";")
		require.Error(t, err, "PostgreSQL must refuse it")
		assert.Contains(t, err.Error(), `cannot change data type of view column "nickname"`)
		found := errorsOf(lintPair(t, "view-column-removed", baseSchema, schema, baseView, headView))
		require.Len(t, found, 1, "schemalint must report it")
		assert.Contains(t, found[0], `now reads "Profile.score" and so changed type from String to Int`)
	})
}

// Enum values placed by a change, at random: schemalint reports exactly
// the changes after which PostgreSQL's order is not the schema's. Each
// case adds values to a type, some with ADD VALUE … BEFORE/AFTER/appended
// in the change's migration, the others left to Prisma Migrate, which
// appends them in schema order; the schema declares each value either
// where its statement puts it or somewhere at random.
func TestEnumPlacementAgainstPostgres(t *testing.T) {
	pg := pgtest.Start(t)
	db := pg.CreateDatabase(t)
	pg.MustExec(t, db, "CREATE SCHEMA idp;")
	rng := rand.New(rand.NewPCG(12, 2026))
	const cases = 40
	reported, diverged := 0, 0
	for n := range cases {
		typ := fmt.Sprintf("E%d", n)
		var base []string
		for i := range 2 + rng.IntN(3) {
			base = append(base, fmt.Sprintf("V%d", i))
		}
		// placedAt is the order the change's migration leaves; head is
		// the schema's.
		placedAt, head := slices.Clone(base), slices.Clone(base)
		var migration []string
		var unplaced []string
		for i := range 1 + rng.IntN(2) {
			v := fmt.Sprintf("N%d", i)
			stmt := fmt.Sprintf(`ALTER TYPE idp.%q ADD VALUE '%s'`, typ, v)
			switch mode := rng.IntN(4); {
			case mode == 0:
				unplaced = append(unplaced, v)
			case mode == 1:
				placedAt = append(placedAt, v)
				migration = append(migration, stmt+";")
			default:
				k := rng.IntN(len(placedAt))
				at, word := k, "BEFORE"
				if mode == 3 {
					at, word = k+1, "AFTER"
				}
				migration = append(migration, fmt.Sprintf("%s %s '%s';", stmt, word, placedAt[k]))
				placedAt = slices.Insert(placedAt, at, v)
			}
			if rng.IntN(2) == 0 && !slices.Contains(unplaced, v) {
				head = slices.Insert(head, slices.Index(placedAt, v), v) // as placed so far
				continue
			}
			head = slices.Insert(head, rng.IntN(len(head)+1), v)
		}
		// What PostgreSQL holds: the migration, then Prisma Migrate's
		// appends of the rest, in schema order.
		var apply []string
		apply = append(apply, fmt.Sprintf("CREATE TYPE idp.%q AS ENUM ('%s');", typ, strings.Join(base, "', '")))
		apply = append(apply, migration...)
		for _, v := range head {
			if slices.Contains(unplaced, v) {
				apply = append(apply, fmt.Sprintf(`ALTER TYPE idp.%q ADD VALUE '%s';`, typ, v))
			}
		}
		pg.MustExec(t, db, strings.Join(apply, "\n"))
		got := pg.MustQuery(t, db, fmt.Sprintf(`SELECT enum_range(NULL::idp.%q)::text`, typ))
		diverges := got != "{"+strings.Join(head, ",")+"}"

		schema := func(vals []string) string {
			return "datasource db {\n  provider = \"postgresql\"\n  schemas  = [\"idp\"]\n}\n\nenum " + typ + " {\n" + enumBlock(vals...) + "\n  @@schema(\"idp\")\n}\n"
		}
		var migrations []string
		if len(migration) > 0 {
			migrations = append(migrations, strings.Join(migration, "\n"))
		}
		found := errorsOf(lintPair(t, "enum-value-order", schema(base), schema(head), "SELECT 1 AS one", "SELECT 1 AS one", migrations...))
		assert.Equal(t, diverges, len(found) > 0, "base %v, migration %q, schema %v: PostgreSQL holds %s; schemalint: %q", base, migration, head, got, found)
		if diverges {
			diverged++
		}
		if len(found) > 0 {
			reported++
		}
	}
	t.Logf("%d cases: %d diverge, %d reported", cases, diverged, reported)
	assert.Greater(t, diverged, 5, "the cases must cover both verdicts")
	assert.Less(t, diverged, cases-5, "the cases must cover both verdicts")
}

// View changes at random: schemalint reports exactly the changes
// PostgreSQL's CREATE OR REPLACE VIEW refuses, when the columns read keep
// their nullability. Each case applies one or two edits to a random select
// list: drop, rename, swap, insert, append, or re-source a column to
// another table's column of the same type or of another.
func TestViewEditsAgainstPostgres(t *testing.T) {
	pg := pgtest.Start(t)
	db := pg.CreateDatabase(t)
	pg.MustExec(t, db, pgTables+`
CREATE TABLE idp.profiles (
  user_id  text PRIMARY KEY REFERENCES idp.users(id),
  nickname text,
  score    integer
);`)
	schema := fmt.Sprintf(pgSchema, enumBlock("MEMBER", "ADMIN")) + `
model Profile {
  userId   String  @id @map("user_id")
  nickname String?
  score    Int?

  @@map("profiles")
  @@schema("idp")
}
`
	type item struct{ expr, name string }
	// optionalText are the columns p.nickname can stand in for without a
	// change of type or nullability.
	optionalText := func(name string) bool { return name == "email" || name == "first_name" || name == "last_name" }
	render := func(items []item) string {
		var cols []string
		for _, it := range items {
			if it.expr == "u."+it.name {
				cols = append(cols, it.expr)
			} else {
				cols = append(cols, it.expr+" AS "+it.name)
			}
		}
		return "SELECT " + strings.Join(cols, ", ") + " FROM idp.users u JOIN idp.profiles p ON p.user_id = u.id"
	}
	rng := rand.New(rand.NewPCG(7, 2026))
	const cases = 60
	rejected := 0
	for n := range cases {
		all := []string{"id", "email", "first_name", "last_name", "role"}
		rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		var base []item
		for _, c := range all[:2+rng.IntN(3)] {
			base = append(base, item{"u." + c, c})
		}
		unused := all[len(base):]
		head := slices.Clone(base)
		for range 1 + rng.IntN(2) {
			k := rng.IntN(len(head))
			// edits: 0 drop, 1 rename, 2 swap, 3 insert, 4 append,
			// 5 re-source to the same type, 6 to another type.
			// Edits PostgreSQL applies come up as often as those it refuses.
			switch []int{0, 1, 2, 3, 4, 4, 4, 5, 5, 5, 5, 6}[rng.IntN(12)] {
			case 0:
				if len(head) > 1 {
					head = slices.Delete(head, k, k+1)
				}
			case 1:
				head[k].name += "_v2"
			case 2:
				if k+1 < len(head) {
					head[k], head[k+1] = head[k+1], head[k]
				}
			case 3:
				if len(unused) > 0 {
					head = slices.Insert(head, k, item{"u." + unused[0], unused[0]})
					unused = unused[1:]
				}
			case 4:
				head = append(head, item{"p.score", fmt.Sprintf("extra%d", len(head))})
			case 5:
				if optionalText(head[k].name) {
					head[k].expr = "p.nickname"
				}
			case 6:
				head[k].expr = "p.score"
			}
		}
		view := fmt.Sprintf(`idp_views."V%d"`, n)
		pg.MustExec(t, db, "CREATE VIEW "+view+" AS "+render(base)+";")
		err := pg.Exec(db, "CREATE OR REPLACE VIEW "+view+" AS "+render(head)+";")
		found := errorsOf(lintPair(t, "view-column-removed", schema, schema, render(base), render(head)))
		assert.Equal(t, err != nil, len(found) > 0, "%s\n-> %s\nPostgreSQL: %v\nschemalint: %q", render(base), render(head), err, found)
		if err != nil {
			rejected++
		}
	}
	t.Logf("%d cases: %d refused by PostgreSQL", cases, rejected)
	assert.Greater(t, rejected, 5, "the cases must cover both verdicts")
	assert.Less(t, rejected, cases-5, "the cases must cover both verdicts")
}
