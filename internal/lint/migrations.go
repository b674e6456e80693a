package lint

import (
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/rules"
)

// migrations are the SQL migrations of a PostgreSQL schema, in the order
// they apply, as readViews read them: the breaking-change rules look at
// what a change does to the database (an enum value placed with ADD VALUE …
// BEFORE, a view dropped) beside what its schema declares.
func migrations(cfg *config.Config, root string, schema *prisma.Schema, sources map[string][]byte) []rules.SQLFile {
	if !schema.PostgreSQL() {
		return nil
	}
	paths, err := sqlFiles(cfg, root, cfg.SQL.Migrations, migrationConvention)
	if err != nil {
		return nil // readViews has stopped the run on the same error
	}
	var out []rules.SQLFile
	for _, p := range paths {
		if src, ok := sources[p]; ok {
			out = append(out, rules.SQLFile{Path: p, Src: src})
		}
	}
	return out
}
