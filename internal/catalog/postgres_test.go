package catalog

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/pgtest"
)

// The replay is what PostgreSQL does: every migration folder of the
// tests (this package's and the rules' tenant migrations) is applied to a
// throwaway cluster, and the tables, columns (type, nullability, whether
// there is a default), enums, indexes and foreign keys PostgreSQL holds
// are compared with the replayed catalogue, line by line. A folder
// PostgreSQL refuses (a fixture of a mistake) cannot be compared and is
// logged. REPLAY_DIRS (folders, split by the OS list separator) adds
// other migration folders, for checking a real project's history by hand;
// REPLAY_SCHEMA=public applies them in public, for histories that name it.
func TestReplayMatchesPostgreSQL(t *testing.T) {
	c := pgtest.Start(t)
	schema := "t"
	if os.Getenv("REPLAY_SCHEMA") == "public" {
		schema = "public"
	}
	dirs, err := filepath.Glob(filepath.Join("testdata", "*"))
	require.NoError(t, err)
	require.NoError(t, filepath.WalkDir(filepath.Join("..", "..", "rules", "testdata"), func(p string, d os.DirEntry, err error) error {
		if err == nil && d.IsDir() && d.Name() == "tenant-migrations" {
			dirs = append(dirs, p)
		}
		return err
	}))
	if extra := os.Getenv("REPLAY_DIRS"); extra != "" {
		dirs = append(dirs, filepath.SplitList(extra)...)
	}
	compared := 0
	for _, dir := range dirs {
		files := readFolder(t, dir)
		db := c.CreateDatabase(t)
		var sql strings.Builder
		sql.WriteString("\\set ON_ERROR_STOP on\n")
		if schema != "public" {
			fmt.Fprintf(&sql, "CREATE SCHEMA %s;\nSET search_path TO %s;\n", schema, schema)
		}
		for _, f := range files {
			sql.Write(f.Src)
			sql.WriteString("\n;\n")
		}
		if err := c.Exec(db, sql.String()); err != nil {
			t.Logf("%s: PostgreSQL refuses it, not compared: %s", dir, firstLine(err.Error()))
			continue
		}
		compared++
		cat := Replay(files)
		t.Run(dir, func(t *testing.T) {
			for _, u := range cat.Unknown {
				t.Logf("not replayed: %s: %s", u.Range, u.Text)
			}
			in := func(q string) string { return strings.ReplaceAll(q, "'t'", "'"+schema+"'") }
			assert.Equal(t, query(t, c, db, in(columnsSQL)), columnLines(cat), "columns")
			assert.Equal(t, query(t, c, db, in(enumsSQL)), enumLines(cat), "enums")
			assert.Equal(t, query(t, c, db, in(indexesSQL)), indexLines(cat), "indexes")
			assert.Equal(t, query(t, c, db, in(foreignKeysSQL)), foreignKeyLines(cat), "foreign keys")
		})
	}
	t.Logf("%d of %d migration folders compared with PostgreSQL", compared, len(dirs))
	require.GreaterOrEqual(t, compared, 3+10, "this package's folders and most rule fixtures apply")
}

func readFolder(t *testing.T, dir string) []File {
	paths, err := filepath.Glob(filepath.Join(dir, "*.sql"))
	require.NoError(t, err)
	sort.Strings(paths)
	var files []File
	for _, p := range paths {
		src, err := os.ReadFile(p)
		require.NoError(t, err)
		files = append(files, File{Path: p, Src: src})
	}
	return files
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func query(t *testing.T, c *pgtest.Cluster, db, sql string) []string {
	out := c.MustQuery(t, db, sql)
	if out == "" {
		return nil
	}
	// format_type qualifies the tenant's types ("t.Role"): the query does
	// not run with the migrations' search path.
	out = strings.ReplaceAll(strings.ReplaceAll(out, `"`, ""), "|t.", "|")
	return strings.Split(out, "\n")
}

const (
	columnsSQL = `SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, d.adbin IS NOT NULL
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE n.nspname = 't' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum`
	enumsSQL = `SELECT ty.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
FROM pg_type ty JOIN pg_enum e ON e.enumtypid = ty.oid JOIN pg_namespace n ON n.oid = ty.typnamespace
WHERE n.nspname = 't' GROUP BY ty.typname ORDER BY ty.typname`
	indexesSQL = `SELECT ic.relname, tc.relname, ix.indisunique, ix.indisprimary, string_agg(coalesce(a.attname, ''), ',' ORDER BY k.ord)
FROM pg_index ix JOIN pg_class ic ON ic.oid = ix.indexrelid JOIN pg_class tc ON tc.oid = ix.indrelid
JOIN pg_namespace n ON n.oid = tc.relnamespace
CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
LEFT JOIN pg_attribute a ON a.attrelid = tc.oid AND a.attnum = k.attnum
WHERE n.nspname = 't' GROUP BY 1, 2, 3, 4 ORDER BY 1`
	foreignKeysSQL = `SELECT co.conname, tc.relname, rc.relname,
  (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(co.conkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.attnum)
FROM pg_constraint co JOIN pg_class tc ON tc.oid = co.conrelid JOIN pg_class rc ON rc.oid = co.confrelid
JOIN pg_namespace n ON n.oid = tc.relnamespace WHERE co.contype = 'f' AND n.nspname = 't' ORDER BY 1`
)

func tf(b bool) string {
	if b {
		return "t"
	}
	return "f"
}

func sortedTables(c *Catalog) []*Table {
	var out []*Table
	for _, t := range c.Tables {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func columnLines(c *Catalog) []string {
	var out []string
	for _, t := range sortedTables(c) {
		for _, col := range t.Columns {
			out = append(out, fmt.Sprintf("%s|%s|%s|%s|%s", t.Name, col.Name, col.Type, tf(col.NotNull), tf(col.Default != "")))
		}
	}
	return out
}

func enumLines(c *Catalog) []string {
	var names []string
	for name := range c.Enums {
		names = append(names, name)
	}
	sort.Strings(names)
	var out []string
	for _, name := range names {
		out = append(out, name+"|"+strings.Join(c.Enums[name].Values, ","))
	}
	return out
}

func indexLines(c *Catalog) []string {
	var out []string
	for _, t := range sortedTables(c) {
		for _, ix := range t.Indexes {
			out = append(out, fmt.Sprintf("%s|%s|%s|%s|%s", ix.Name, t.Name, tf(ix.Unique), tf(ix.Primary), strings.Join(ix.Columns, ",")))
		}
	}
	sort.Strings(out)
	return out
}

func foreignKeyLines(c *Catalog) []string {
	var out []string
	for _, t := range sortedTables(c) {
		for _, fk := range t.ForeignKeys {
			out = append(out, fmt.Sprintf("%s|%s|%s|%s", fk.Name, t.Name, fk.RefTable, strings.Join(fk.Columns, ",")))
		}
	}
	sort.Strings(out)
	return out
}
