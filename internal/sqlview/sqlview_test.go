package sqlview

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/prisma"
)

// The expectations below are written compactly:
//   a range is "line:col-line:col";
//   a column is "name <- source | exprs @ range", where a reference is
//   schema.table.column (~ marks a Derived one, ? an unattributed one,
//   schema.table.* a whole row, schema.table.*(u) one read by a bare name).

func rangeString(r prisma.Range) string {
	return fmt.Sprintf("%d:%d-%d:%d", r.Start.Line, r.Start.Col, r.End.Line, r.End.Col)
}

func refString(r ColumnRef) string {
	s := r.Column
	if r.WholeRow {
		s = "*"
		if r.Column != "" {
			s += "(" + r.Column + ")"
		}
	}
	switch {
	case r.Table == "":
		s = "?." + s
	case r.Schema == "":
		s = r.Table + "." + s
	default:
		s = r.Schema + "." + r.Table + "." + s
	}
	if r.Derived {
		s = "~" + s
	}
	return s
}

func columnString(c Column) string {
	src := "-"
	if c.Source != nil {
		src = refString(*c.Source)
	}
	var exprs []string
	for _, e := range c.Exprs {
		exprs = append(exprs, refString(e))
	}
	return fmt.Sprintf("%s <- %s | %s @ %s", c.Name, src, strings.Join(exprs, ", "), rangeString(c.Range))
}

func columnStrings(v *View) []string {
	var out []string
	for _, c := range v.Columns {
		out = append(out, columnString(c))
	}
	return out
}

func sourceStrings(v *View) []string {
	var out []string
	for _, s := range v.Sources {
		name := s.Table
		if s.Schema != "" {
			name = s.Schema + "." + name
		}
		if s.Alias != "" {
			name += " as " + s.Alias
		}
		out = append(out, fmt.Sprintf("%s %s @ %s", s.Kind, name, rangeString(s.Range)))
	}
	return out
}

func diagStrings(diags []prisma.Diagnostic) []string {
	var out []string
	for _, d := range diags {
		out = append(out, fmt.Sprintf("%s %s: %s", rangeString(d.Range), d.Severity, d.Message))
	}
	return out
}

func TestBareSelect(t *testing.T) {
	tests := []struct {
		name    string
		sql     string
		columns []string
		star    string
		sources []string
		diags   []string
	}{
		{
			name: "aliases and mapped snake_case columns",
			sql: "-- view of idp.users\n" +
				"SELECT u.id, u.email, u.first_name AS \"firstName\", u.tenant_id \"tenantId\"\n" +
				"FROM idp.users u;\n",
			columns: []string{
				"id <- idp.users.id | idp.users.id @ 2:8-2:12",
				"email <- idp.users.email | idp.users.email @ 2:14-2:21",
				"firstName <- idp.users.first_name | idp.users.first_name @ 2:23-2:50",
				"tenantId <- idp.users.tenant_id | idp.users.tenant_id @ 2:52-2:74",
			},
			sources: []string{"table idp.users as u @ 3:6-3:17"},
		},
		{
			name:    "unqualified columns with one FROM item",
			sql:     "select id, \"firstName\" from \"idp\".\"User\"",
			columns: []string{"id <- idp.User.id | idp.User.id @ 1:8-1:10", "firstName <- idp.User.firstName | idp.User.firstName @ 1:12-1:23"},
			sources: []string{`table idp.User @ 1:29-1:41`},
		},
		{
			name:    "select star",
			sql:     "SELECT * FROM idp.users",
			star:    "1:8-1:9",
			sources: []string{"table idp.users @ 1:15-1:24"},
		},
		{
			name: "qualified star beside columns",
			sql:  "SELECT t.name, u.*\nFROM idp.users AS u JOIN idp.tenants t ON t.id = u.tenant_id",
			columns: []string{
				"name <- idp.tenants.name | idp.tenants.name @ 1:8-1:14",
			},
			star:    "1:16-1:19",
			sources: []string{"table idp.users as u @ 2:6-2:20", "table idp.tenants as t @ 2:26-2:39"},
		},
		{
			name: "expressions",
			sql: "SELECT lower(u.password) AS p, u.first_name || ' ' || u.last_name, 1, count(*),\n" +
				"  1::text, u.id::text, coalesce(u.a, u.b), CASE WHEN u.x THEN 1 END, now(), current_date,\n" +
				"  u.created_at AT TIME ZONE 'UTC' AS \"from\", u.a IS DISTINCT FROM u.b\n" +
				"FROM idp.users u",
			columns: []string{
				"p <- - | idp.users.password @ 1:8-1:30",
				"?column? <- - | idp.users.first_name, idp.users.last_name @ 1:32-1:66",
				"?column? <- - |  @ 1:68-1:69",
				"count <- - |  @ 1:71-1:79",
				"text <- - |  @ 2:3-2:10",
				"id <- - | idp.users.id @ 2:12-2:22",
				"coalesce <- - | idp.users.a, idp.users.b @ 2:24-2:42",
				"case <- - | idp.users.x @ 2:44-2:68",
				"now <- - |  @ 2:70-2:75",
				"current_date <- - |  @ 2:77-2:89",
				"from <- - | idp.users.created_at @ 3:3-3:44",
				"?column? <- - | idp.users.a, idp.users.b @ 3:46-3:70",
			},
			sources: []string{"table idp.users as u @ 4:6-4:17"},
		},
		{
			name: "ambiguous unqualified column stays unattributed",
			sql:  "SELECT email, t.name FROM idp.users u, idp.tenants t",
			columns: []string{
				"email <- ?.email | ?.email @ 1:8-1:13",
				"name <- idp.tenants.name | idp.tenants.name @ 1:15-1:21",
			},
			sources: []string{"table idp.users as u @ 1:27-1:38", "table idp.tenants as t @ 1:40-1:53"},
		},
		{
			name: "CTE traced to its table",
			sql: "WITH active AS (\n" +
				"  SELECT id, lower(password) AS pw FROM idp.users WHERE active\n" +
				")\n" +
				"SELECT a.id, a.pw, missing FROM active a",
			columns: []string{
				"id <- idp.users.id | idp.users.id @ 4:8-4:12",
				"pw <- ~a.pw | idp.users.password @ 4:14-4:18",
				"missing <- ?.missing | ?.missing @ 4:20-4:27",
			},
			sources: []string{"cte active as a @ 4:33-4:41"},
		},
		{
			name: "recursive CTE does not loop",
			sql: "WITH RECURSIVE tree(id, parent) AS (\n" +
				"  SELECT id, parent_id FROM idp.roles WHERE parent_id IS NULL\n" +
				"  UNION ALL SELECT r.id, r.parent_id FROM idp.roles r JOIN tree ON r.parent_id = tree.id\n" +
				") SELECT id, parent FROM tree",
			columns: []string{
				"id <- idp.roles.id | idp.roles.id, idp.roles.id @ 4:10-4:12",
				"parent <- idp.roles.parent_id | idp.roles.parent_id, idp.roles.parent_id @ 4:14-4:20",
			},
			sources: []string{"cte tree @ 4:26-4:30"},
		},
		{
			name: "subquery in FROM with column aliases and a scalar subquery",
			sql: "SELECT s.uid, s.e, (SELECT max(p.token) FROM idp.sessions p WHERE p.user_id = s.uid) AS last\n" +
				"FROM (SELECT id, email FROM idp.users) AS s (uid, e)",
			columns: []string{
				"uid <- idp.users.id | idp.users.id @ 1:8-1:13",
				"e <- idp.users.email | idp.users.email @ 1:15-1:18",
				"last <- - | idp.sessions.token @ 1:20-1:93",
			},
			sources: []string{"subquery s as s @ 2:6-2:53"},
		},
		{
			name: "function in FROM",
			sql:  "SELECT g.n, x FROM generate_series(1, 3) AS g(n), unnest(ARRAY[1]) x",
			columns: []string{
				"n <- ~g.n | ~g.n @ 1:8-1:11",
				"x <- ~x.x | ~x.x @ 1:13-1:14", // the alias of a scalar function names its column too
			},
			sources: []string{"function g as g @ 1:20-1:49", "function x as x @ 1:51-1:69"},
		},
		{
			name: "aliased join",
			sql:  "SELECT j.email, j.id FROM (idp.users u JOIN (SELECT id AS uid, token FROM idp.sessions) s ON s.uid = u.id) AS j",
			columns: []string{
				"email <- idp.users.email | idp.users.email @ 1:8-1:15",
				"id <- idp.users.id | idp.users.id @ 1:17-1:21",
			},
			sources: []string{"table idp.users as u @ 1:28-1:39", "subquery s as s @ 1:45-1:90"},
		},
		{
			name: "union takes names from the first arm and reads both",
			sql:  "SELECT email AS e FROM idp.users UNION SELECT password FROM idp.admins",
			columns: []string{
				"e <- idp.users.email | idp.users.email, idp.admins.password @ 1:8-1:18",
			},
			sources: []string{"table idp.users @ 1:24-1:33", "table idp.admins @ 1:61-1:71"},
		},
		{
			name: "a star inside an expression reads the whole row",
			sql:  "SELECT u.id, to_jsonb(u.*) AS doc FROM idp.users u",
			columns: []string{
				"id <- idp.users.id | idp.users.id @ 1:8-1:12",
				"doc <- - | idp.users.* @ 1:14-1:34",
			},
			sources: []string{"table idp.users as u @ 1:40-1:51"},
		},
		{
			name: "columns count code points",
			sql:  "SELECT 'ünï' AS \"café\", u.\"naïve\" FROM idp.users u",
			columns: []string{
				"café <- - |  @ 1:8-1:23",
				"naïve <- idp.users.naïve | idp.users.naïve @ 1:25-1:34",
			},
			sources: []string{"table idp.users as u @ 1:40-1:51"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join("prisma", "views", "idp_views", "IdpUser.sql")
			f, diags := ParseFile(path, []byte(tt.sql), BareSelectName)
			assert.Equal(t, tt.diags, diagStrings(diags))
			require.Len(t, f.Views, 1)
			v := f.Views[0]
			assert.Equal(t, "idp_views", v.Schema)
			assert.Equal(t, "IdpUser", v.Name)
			assert.Equal(t, path, v.Range.File)
			assert.Equal(t, 0, v.Range.Start.Offset)
			assert.Equal(t, len(tt.sql), v.Range.End.Offset)
			assert.Equal(t, tt.columns, columnStrings(v))
			star := ""
			if v.Star != nil {
				star = rangeString(*v.Star)
			}
			assert.Equal(t, tt.star, star)
			assert.Equal(t, tt.sources, sourceStrings(v))
		})
	}
}

func TestBareSelectFileShape(t *testing.T) {
	src := "/* header */\n\n  select id from t;\n-- trailer\n"
	f, diags := ParseFile("prisma/views/V.sql", []byte(src), BareSelectName)
	assert.Empty(t, diags)
	require.Len(t, f.Views, 1)
	v := f.Views[0]
	assert.Equal(t, "", v.Schema)
	assert.Equal(t, "V", v.Name)
	assert.Equal(t, "select id from t", v.SQL)
	assert.Equal(t, "3:3-3:9", rangeString(v.NameRange))
	assert.Equal(t, "1:1-5:1", rangeString(v.Range))

	// Without bareSelectName (a migration), a SELECT is just a statement.
	f, diags = ParseFile("prisma/migrations/0_init/migration.sql", []byte(src), nil)
	assert.Empty(t, diags)
	assert.Empty(t, f.Views)

	f, diags = ParseFile("prisma/views/V.sql", []byte("select 1; select 2;"), BareSelectName)
	assert.Len(t, f.Views, 1)
	assert.Equal(t, []string{`1:11-1:19 error: the file of view "V" holds a statement besides its SELECT, which is not judged; a view file holds one SELECT: move the statement to a migration`}, diagStrings(diags))
}

func TestMigration(t *testing.T) {
	src := `-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "idp_views";

-- CreateTable
CREATE TABLE "idp"."User" (
    "id" TEXT NOT NULL,
    "email" TEXT,
    "password" TEXT NOT NULL,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "User_email_idx" ON "idp"."User"("email");

CREATE OR REPLACE VIEW "idp_views"."IdpUser" AS
SELECT id, email, "firstName"
FROM "idp"."User";

CREATE FUNCTION idp.audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE 'CREATE VIEW x AS SELECT password FROM idp."User"';
  RETURN NEW;
END $$;

DO $$ BEGIN CREATE TYPE "Role" AS ENUM ('A', 'B'); EXCEPTION WHEN duplicate_object THEN null; END $$;

create view idp_views."IdpTenant" (id, "displayName") as
  select t.id, t.name from idp."Tenant" t where t.deleted_at is null
  with cascaded check option;

CREATE MATERIALIZED VIEW IF NOT EXISTS stats AS SELECT count(*) AS n FROM idp."User" WITH NO DATA;
CREATE TABLE copy AS SELECT * FROM idp."User";
CREATE SCHEMA reports CREATE VIEW daily AS SELECT 1 AS one;
ALTER TABLE "idp"."User" ADD COLUMN "pin" TEXT;
GRANT SELECT ON ALL TABLES IN SCHEMA idp_views TO app
`
	f, diags := ParseFile("prisma/migrations/20240101_init/migration.sql", []byte(src), nil)
	assert.Empty(t, diags)
	require.Len(t, f.Views, 4)

	v := f.Views[0]
	assert.Equal(t, []any{"idp_views", "IdpUser", false}, []any{v.Schema, v.Name, v.Materialized})
	assert.Equal(t, "13:1-15:18", rangeString(v.Range))
	assert.Equal(t, "13:24-13:45", rangeString(v.NameRange))
	assert.Equal(t, "CREATE OR REPLACE VIEW \"idp_views\".\"IdpUser\" AS\nSELECT id, email, \"firstName\"\nFROM \"idp\".\"User\"", v.SQL)
	assert.Equal(t, []string{
		"id <- idp.User.id | idp.User.id @ 14:8-14:10",
		"email <- idp.User.email | idp.User.email @ 14:12-14:17",
		"firstName <- idp.User.firstName | idp.User.firstName @ 14:19-14:30",
	}, columnStrings(v))

	v = f.Views[1]
	assert.Equal(t, []any{"idp_views", "IdpTenant", false}, []any{v.Schema, v.Name, v.Materialized})
	assert.Equal(t, "25:13-25:34", rangeString(v.NameRange))
	assert.Equal(t, []string{
		"id <- idp.Tenant.id | idp.Tenant.id @ 26:10-26:14",
		"displayName <- idp.Tenant.name | idp.Tenant.name @ 26:16-26:22",
	}, columnStrings(v))
	assert.Equal(t, []string{"table idp.Tenant as t @ 26:28-26:42"}, sourceStrings(v))

	v = f.Views[2]
	assert.Equal(t, []any{"", "stats", true}, []any{v.Schema, v.Name, v.Materialized})
	assert.Equal(t, []string{"n <- - |  @ 29:56-29:69"}, columnStrings(v))

	v = f.Views[3]
	assert.Equal(t, []any{"reports", "daily", false}, []any{v.Schema, v.Name, v.Materialized})
	assert.Equal(t, "31:1-31:59", rangeString(v.Range))
	assert.Empty(t, f.Drops)
}

func TestDropView(t *testing.T) {
	src := "DROP TABLE t;\nDROP VIEW \"idp_views\".\"IdpUser\";\n" +
		"drop view if exists a, s.b cascade;\nDROP MATERIALIZED VIEW stats;\n"
	f, diags := ParseFile("m.sql", []byte(src), nil)
	assert.Empty(t, diags)
	assert.Empty(t, f.Views)
	var got []string
	for _, d := range f.Drops {
		got = append(got, fmt.Sprintf("%s.%s mat=%v ifexists=%v @ %s", d.Schema, d.Name, d.Materialized, d.IfExists, rangeString(d.Range)))
	}
	assert.Equal(t, []string{
		"idp_views.IdpUser mat=false ifexists=false @ 2:1-2:32",
		".a mat=false ifexists=true @ 3:1-3:35",
		"s.b mat=false ifexists=true @ 3:1-3:35",
		".stats mat=true ifexists=false @ 4:1-4:29",
	}, got)
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		bare  bool
		views []string
		diags []string
	}{
		{
			name: "syntax error between good statements",
			src: "CREATE VIEW a AS SELECT id FROM t;\n" +
				"-- naïve\n" +
				"CREATE VIEW b AS SELECT 'ünï', id FRM t;\n" +
				"CREATE VIEW c AS SELECT id FROM t;\n",
			views: []string{"a", "c"},
			diags: []string{`3:39-3:40 error: syntax error at or near "t"; the views of this SQL are not judged`},
		},
		{
			name:  "every error is reported",
			src:   "CREATE VIEW a AS SELEC 1;\nCREATE VIEW b AS SELECT 1;\nCREATE VIEW c AS SELECT (1;\n",
			views: []string{"b"},
			diags: []string{
				`1:18-1:23 error: syntax error at or near "SELEC"; the views of this SQL are not judged`,
				`3:27-3:28 error: syntax error at or near ";"; the views of this SQL are not judged`,
			},
		},
		{
			name:  "unterminated string stops the scanner, not the statements before",
			src:   "CREATE VIEW a AS SELECT 1;\nCREATE VIEW b AS SELECT 'oops\n",
			views: []string{"a"},
			diags: []string{`2:25-2:26 error: unterminated quoted string at or near "'oops` + "\n" + `"; the views of this SQL are not judged`},
		},
		{
			name:  "unterminated comment after the views",
			src:   "CREATE VIEW a AS SELECT 1;\nCREATE TABLE t (id int); /* oops\n",
			views: []string{"a"},
			diags: []string{`2:26-2:27 warning: unterminated /* comment at or near "/* oops` + "\n" + `"`},
		},
		{
			name:  "NUL byte",
			src:   "SELECT 1\x00\x01\x02\xff",
			diags: []string{"1:9-1:10 warning: not a text file: NUL byte"},
		},
		{
			name:  "invalid UTF-8",
			src:   "SELECT 'é',\n 'a\xff'",
			diags: []string{"2:4-2:5 warning: invalid UTF-8 byte 0xff; SQL files must be UTF-8"},
		},
		{
			name:  "NUL byte in a view file",
			src:   "SELECT 1\x00",
			bare:  true,
			diags: []string{`1:9-1:10 error: not a text file: NUL byte; view "V" is not judged`},
		},
		{
			name:  "NUL byte in SQL that defines a view",
			src:   "CREATE VIEW v AS SELECT 1;\x00",
			diags: []string{"1:27-1:28 error: not a text file: NUL byte; the views of this SQL are not judged"},
		},
		{
			name:  "statements beside the SELECT of a view file",
			src:   "SET search_path TO idp;\nSELECT id FROM users;\nCREATE TABLE t (id int);\n",
			bare:  true,
			views: []string{"V"},
			diags: []string{
				`1:1-1:23 error: the file of view "V" holds a statement besides its SELECT, which is not judged; a view file holds one SELECT: move the statement to a migration`,
				`3:1-3:24 error: the file of view "V" holds a statement besides its SELECT, which is not judged; a view file holds one SELECT: move the statement to a migration`,
			},
		},
		{
			name:  "junk text",
			src:   "}{ ]] ünï @@@ ;;; ",
			diags: []string{`1:1-1:2 warning: syntax error at or near "}"`},
		},
		{
			name: "empty migration",
			src:  "",
		},
		{
			name: "comments only",
			src:  "-- nothing here\n/* nor /* nested */ here */\n",
		},
		{
			name:  "empty view file",
			src:   "\n",
			bare:  true,
			diags: []string{`1:1-1:1 warning: view file defines no view: expected the SELECT of view "V"`},
		},
		{
			name:  "view file with a syntax error",
			src:   "SELECT id,\nFROM t",
			bare:  true,
			diags: []string{`2:1-2:5 error: syntax error at or near "FROM"; view "V" is not judged`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var bare func(string) (string, string)
			if tt.bare {
				bare = BareSelectName
			}
			f, diags := ParseFile("prisma/views/V.sql", []byte(tt.src), bare)
			require.NotNil(t, f)
			assert.Equal(t, tt.diags, diagStrings(diags))
			var views []string
			for _, v := range f.Views {
				views = append(views, v.Name)
			}
			assert.Equal(t, tt.views, views)
			for _, d := range diags {
				assert.Equal(t, "prisma/views/V.sql", d.Range.File)
			}
		})
	}
}

func TestRecoveryKeepsFunctionBodiesWhole(t *testing.T) {
	// The syntax error sends the file through the scanner split, which must
	// not cut the SQL-standard function body at its inner semicolons.
	src := "CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN true THEN 1 END;\n  SELECT 2;\nEND;\n" +
		"CREATE VIEW v AS SELECT x FROM FROM t;\n" +
		"CREATE VIEW w AS SELECT id FROM t; -- trailing\n"
	f, diags := ParseFile("m.sql", []byte(src), nil)
	assert.Equal(t, []string{`6:32-6:36 error: syntax error at or near "FROM"; the views of this SQL are not judged`}, diagStrings(diags))
	require.Len(t, f.Views, 1)
	assert.Equal(t, "w", f.Views[0].Name)
	assert.Equal(t, "7:1-7:34", rangeString(f.Views[0].Range))
}

func TestJoinedStatementsKeepTheirPositions(t *testing.T) {
	// Views are parsed together; a -- comment ending one must not hide the
	// next, and every position must stay in file terms.
	src := "CREATE TABLE t (id int);\nCREATE VIEW a AS SELECT id FROM t -- no newline before the semicolon\n;" +
		"CREATE TABLE u (id int);CREATE VIEW b AS SELECT 'é' AS \"ü\", id FROM u;DROP VIEW a"
	f, diags := ParseFile("m.sql", []byte(src), nil)
	assert.Empty(t, diags)
	require.Len(t, f.Views, 2)
	assert.Equal(t, "2:1-2:34", rangeString(f.Views[0].Range))
	assert.Equal(t, "CREATE VIEW b AS SELECT 'é' AS \"ü\", id FROM u", f.Views[1].SQL)
	assert.Equal(t, []string{"ü <- - |  @ 3:50-3:60", "id <- u.id | u.id @ 3:62-3:64"}, columnStrings(f.Views[1]))
	require.Len(t, f.Drops, 1)
	assert.Equal(t, "3:72-3:83", rangeString(f.Drops[0].Range))
}

func TestDeepCTEChainStaysSmall(t *testing.T) {
	// Each level reads the previous column twice: listing every path would
	// double the list per level.
	q := "WITH x0 AS (SELECT a FROM t)"
	for i := 1; i < 40; i++ {
		q += fmt.Sprintf(", x%d AS (SELECT a + a AS a FROM x%d)", i, i-1)
	}
	q += " SELECT a FROM x39"
	f, diags := ParseFile("prisma/views/V.sql", []byte(q), BareSelectName)
	assert.Empty(t, diags)
	require.Len(t, f.Views, 1)
	assert.Equal(t, []string{"a <- ~x39.a | t.a @ 1:1461-1:1462"}, columnStrings(f.Views[0]))
}

func TestSyntaxDiagnosticIsMarked(t *testing.T) {
	_, diags := ParseFile("m.sql", []byte("CREATE VIEW v AS SELEC 1"), nil)
	require.Len(t, diags, 1)
	assert.True(t, diags[0].Syntax)
	assert.Equal(t, prisma.SeverityError, diags[0].Severity)
	assert.Equal(t, "m.sql:1:18", diags[0].Range.String())
	assert.Equal(t, 17, diags[0].Range.Start.Offset)
}

func TestHugeFile(t *testing.T) {
	const unit = `CREATE TABLE "idp"."T%[1]d" ("id" TEXT NOT NULL, "password" TEXT, CONSTRAINT "T%[1]d_pkey" PRIMARY KEY ("id"));
CREATE INDEX "T%[1]d_idx" ON "idp"."T%[1]d"("password");
CREATE OR REPLACE VIEW "idp_views"."V%[1]d" AS SELECT t.id, lower(t.password) AS p FROM "idp"."T%[1]d" t;
`
	var b bytes.Buffer
	n := 0
	for b.Len() < 5<<20 {
		fmt.Fprintf(&b, unit, n)
		n++
	}
	f, diags := ParseFile("huge.sql", b.Bytes(), nil)
	assert.Empty(t, diags)
	require.Len(t, f.Views, n)
	last := f.Views[n-1]
	assert.Equal(t, fmt.Sprintf("V%d", n-1), last.Name)
	assert.Equal(t, 3*n, last.Range.Start.Line)
	assert.Equal(t, []string{fmt.Sprintf("p <- - | idp.T%d.password @ %d:61-%d:83", n-1, 3*n, 3*n)}, columnStrings(last)[1:])

	// The same with one broken statement at the end: the statement-by-statement
	// path still reads every view.
	b.WriteString("CREATE VIEW broken AS SELECT FROM FROM;\n")
	f, diags = ParseFile("huge.sql", b.Bytes(), nil)
	assert.Len(t, diags, 1)
	assert.Len(t, f.Views, n)
}

func TestBareSelectName(t *testing.T) {
	tests := []struct{ path, schema, name string }{
		{"prisma/views/idp_views/IdpUser.sql", "idp_views", "IdpUser"},
		{"prisma/views/IdpUser.sql", "", "IdpUser"},
		{"IdpUser.sql", "", "IdpUser"},
		{"prisma/views/public/Some View.SQL", "public", "Some View"},
		{"prisma/views/public/notes.txt", "", ""},
	}
	for _, tt := range tests {
		schema, name := BareSelectName(filepath.FromSlash(tt.path))
		assert.Equal(t, []string{tt.schema, tt.name}, []string{schema, name}, tt.path)
	}
}

func FuzzParseFile(f *testing.F) {
	for _, s := range []string{
		"SELECT u.id FROM idp.users u",
		"CREATE VIEW v AS WITH x AS (SELECT 1) SELECT * FROM x; DROP VIEW v;",
		"CREATE VIEW v AS SELECT (SELECT a FROM (VALUES (1)) AS q(a)) FROM t, LATERAL f(t.x) AS g",
		"CREATE VIEW v AS SELECT",
		"\xff\xfe",
		"'",
		"$$",
		"/*",
		"SELECT row_to_json(u), (u).a, to_jsonb(s.*) FROM t u, LATERAL (SELECT * FROM x) s UNION SELECT u, 1 FROM u",
		"WITH a AS (SELECT * FROM t), b AS (SELECT to_jsonb(a) AS j FROM a) SELECT b, (SELECT b.* FROM b LIMIT 1) FROM b EXCEPT SELECT 1, 2",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, diags := ParseFile("prisma/views/s/V.sql", src, BareSelectName)
		require.NotNil(t, file)
		for _, d := range diags {
			require.NotContains(t, d.Message, "internal error", "a recovered panic")
		}
	})
}

// Every way data reaches a view column is followed: each arm of a set
// operation, whole-row references, CTEs, subqueries in FROM, LATERAL and
// scalar subqueries.
func TestFollowsTheData(t *testing.T) {
	tests := []struct {
		name, sql string
		columns   []string
		arms      [][]string // per column with arms: each arm as a column
	}{
		{
			name: "whole-row references",
			sql: "SELECT row_to_json(u) AS a, to_jsonb(u) AS b, json_agg(u) AS c, jsonb_agg(u.*) AS d,\n" +
				"  json_build_object('u', u) AS e, u, to_jsonb(u.*) AS f, (u).email, (u.*).pin\n" +
				"FROM idp.users u GROUP BY u.id",
			columns: []string{
				"a <- - | idp.users.*(u) @ 1:8-1:27",
				"b <- - | idp.users.*(u) @ 1:29-1:45",
				"c <- - | idp.users.*(u) @ 1:47-1:63",
				"d <- - | idp.users.* @ 1:65-1:84",
				"e <- - | idp.users.*(u) @ 2:3-2:33",
				"u <- idp.users.*(u) | idp.users.*(u) @ 2:35-2:36",
				"f <- - | idp.users.* @ 2:38-2:56",
				"email <- - | idp.users.email @ 2:58-2:67",
				"pin <- - | idp.users.pin @ 2:69-2:78",
			},
		},
		{
			name: "a name that is a column of a subquery is no whole row",
			sql:  "SELECT u FROM (SELECT email AS u FROM idp.users) s",
			columns: []string{
				"u <- idp.users.email | idp.users.email @ 1:8-1:9",
			},
		},
		{
			name: "whole row of a CTE and of a subquery reads their columns",
			sql: "WITH c AS (SELECT id, password FROM idp.users)\n" +
				"SELECT row_to_json(c) AS a, to_jsonb(s) AS b FROM c, (SELECT token FROM idp.sessions) s",
			columns: []string{
				"a <- - | idp.users.id, idp.users.password @ 2:8-2:27",
				"b <- - | idp.sessions.token @ 2:29-2:45",
			},
		},
		{
			name: "whole row through SELECT *",
			sql:  "SELECT to_jsonb(s) AS a, s.pin FROM (SELECT * FROM idp.users) s",
			columns: []string{
				"a <- - | idp.users.* @ 1:8-1:24",
				"pin <- idp.users.pin | idp.users.pin @ 1:26-1:31",
			},
		},
		{
			name: "LATERAL function over a whole row",
			sql:  "SELECT kv.value FROM idp.users u, LATERAL jsonb_each(to_jsonb(u)) AS kv",
			columns: []string{
				"value <- ~kv.value | ~kv.value, idp.users.*(u) @ 1:8-1:16",
			},
		},
		{
			name: "LATERAL subquery",
			sql:  "SELECT x.p FROM idp.users u, LATERAL (SELECT u.password AS p) x",
			columns: []string{
				"p <- idp.users.password | idp.users.password @ 1:8-1:11",
			},
		},
		{
			name: "scalar subqueries, EXISTS reads nothing",
			sql: "SELECT (SELECT s.* FROM idp.secrets s LIMIT 1) AS a, ARRAY(SELECT token FROM idp.sessions) AS b,\n" +
				"  EXISTS (SELECT password FROM idp.users) AS c FROM idp.users",
			columns: []string{
				"a <- - | idp.secrets.* @ 1:8-1:52",
				"b <- - | idp.sessions.token @ 1:54-1:96",
				"c <- - |  @ 2:3-2:47",
			},
		},
		{
			name: "every arm of UNION, INTERSECT and EXCEPT",
			sql: "SELECT id, email FROM idp.users\n" +
				"UNION SELECT id, password FROM idp.admins\n" +
				"INTERSECT SELECT id, token FROM idp.sessions\n" +
				"EXCEPT ALL SELECT 1, to_jsonb(k) FROM idp.keys k",
			columns: []string{
				"id <- idp.users.id | idp.users.id, idp.admins.id, idp.sessions.id @ 1:8-1:10",
				"email <- idp.users.email | idp.users.email, idp.admins.password, idp.sessions.token, idp.keys.*(k) @ 1:12-1:17",
			},
			arms: [][]string{
				{
					"id <- idp.users.id | idp.users.id @ 1:8-1:10",
					"id <- idp.admins.id | idp.admins.id @ 2:14-2:16",
					"id <- idp.sessions.id | idp.sessions.id @ 3:18-3:20",
					"?column? <- - |  @ 4:19-4:20",
				},
				{
					"email <- idp.users.email | idp.users.email @ 1:12-1:17",
					"password <- idp.admins.password | idp.admins.password @ 2:18-2:26",
					"token <- idp.sessions.token | idp.sessions.token @ 3:22-3:27",
					"to_jsonb <- - | idp.keys.*(k) @ 4:22-4:33",
				},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, diags := ParseFile("prisma/views/V.sql", []byte(tt.sql), BareSelectName)
			require.Empty(t, diags)
			require.Len(t, f.Views, 1)
			v := f.Views[0]
			assert.Equal(t, tt.columns, columnStrings(v))
			var arms [][]string
			for _, c := range v.Columns {
				if c.Arms == nil {
					continue
				}
				var list []string
				for _, arm := range c.Arms {
					list = append(list, columnString(arm))
				}
				arms = append(arms, list)
			}
			assert.Equal(t, tt.arms, arms)
			assert.Nil(t, v.Star, "no * in the select list")
		})
	}
}

// A star's reads are the whole rows of the relations it stands for, or the
// columns of the CTE or subquery.
func TestStarReads(t *testing.T) {
	for sql, want := range map[string][]string{
		"SELECT * FROM idp.users u JOIN idp.tenants t ON t.id = u.tenant_id":         {"idp.users.*", "idp.tenants.*"},
		"SELECT t.*, u.id FROM idp.users u JOIN idp.tenants t ON t.id = u.tenant_id": {"idp.tenants.*"},
		"WITH c AS (SELECT id, token FROM idp.sessions) SELECT c.* FROM c":           {"idp.sessions.id", "idp.sessions.token"},
		"SELECT id FROM idp.users": nil,
	} {
		f, diags := ParseFile("prisma/views/V.sql", []byte(sql), BareSelectName)
		require.Empty(t, diags)
		var got []string
		for _, r := range f.Views[0].StarReads {
			got = append(got, refString(r))
		}
		assert.Equal(t, want, got, sql)
	}
}
