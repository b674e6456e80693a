package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/sqlview"
)

// The index of the tables the views read finds, for every table they
// read, what the index of every model finds.
func TestTablesReadIndexFindsTheSame(t *testing.T) {
	for _, dir := range []string{"sql", "sql-follow"} {
		root := filepath.Join("testdata", "view-sensitive-field", dir, "prisma")
		schema, err := prisma.Load(os.ReadFile, filepath.Join(root, "schema.prisma"))
		require.NoError(t, err)
		set := sqlview.NewSet()
		sqls, err := filepath.Glob(filepath.Join(root, "migrations", "*", "migration.sql"))
		require.NoError(t, err)
		views, err := filepath.Glob(filepath.Join(root, "views", "*.sql"))
		require.NoError(t, err)
		more, err := filepath.Glob(filepath.Join(root, "views", "*", "*.sql"))
		require.NoError(t, err)
		for i, p := range append(sqls, append(views, more...)...) {
			src, err := os.ReadFile(p)
			require.NoError(t, err)
			var name func(string) (string, string)
			if i >= len(sqls) {
				name = sqlview.BareSelectName
			}
			f, _ := sqlview.ParseFile(p, src, name)
			set.Apply(f)
		}
		list := set.List()
		require.NotEmpty(t, list, dir)
		all, some := modelsByTable(schema), modelsByTableOf(schema, tablesRead(list))
		assert.Less(t, len(some), len(all)+1, dir)
		refs := 0
		for _, v := range list {
			check := func(rs ...sqlview.ColumnRef) {
				for _, r := range rs {
					refs++
					assert.Same(t, all.find(r.Schema, r.Table), some.find(r.Schema, r.Table), "%s: %s.%s", dir, r.Schema, r.Table)
				}
			}
			check(v.StarReads...)
			var column func(c sqlview.Column)
			column = func(c sqlview.Column) {
				if c.Source != nil {
					check(*c.Source)
				}
				check(c.Exprs...)
				for _, a := range c.Arms {
					column(a)
				}
			}
			for _, c := range v.Columns {
				column(c)
			}
		}
		assert.Greater(t, refs, 10, dir)
	}
}
