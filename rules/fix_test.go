package rules_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lint"
	"github.com/schemalint/schemalint/rules"
)

// applyFixes applies every fix of a run to the files (edits sorted from the
// end so offsets stay valid) and returns the new contents.
func applyFixes(t *testing.T, dir string, res *lint.Result) map[string]string {
	t.Helper()
	edits := map[string][]rules.Edit{}
	for _, d := range res.Diagnostics {
		if d.Fix != nil {
			for _, e := range d.Fix.Edits {
				edits[e.File] = append(edits[e.File], e)
			}
		}
	}
	out := map[string]string{}
	for file, list := range edits {
		sort.Slice(list, func(i, j int) bool { return list[i].Start > list[j].Start })
		path := file
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, file)
		}
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		for _, e := range list {
			src = append(src[:e.Start:e.Start], append([]byte(e.NewText), src[e.End:]...)...)
		}
		out[path] = string(src)
	}
	return out
}

func TestFixesResolveTheirFindings(t *testing.T) {
	cases := map[string]struct{ rule, schema, want string }{
		"tenant index after fields": {"tenant-index-missing", `datasource db {
  provider = "postgresql"
}

model Organization {
  id       String    @id
  invoices Invoice[]
}

model Invoice {
  id             String       @id
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id])
}
`, `datasource db {
  provider = "postgresql"
}

model Organization {
  id       String    @id
  invoices Invoice[]
}

model Invoice {
  id             String       @id
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id])

  @@index([organizationId])
}
`},
		"tenant index after block attributes, tab indent": {"tenant-index-missing", "datasource db {\n\tprovider = \"postgresql\"\n}\n\nmodel Organization {\n\tid   String @id\n\tdocs Doc[]\n}\n\nmodel Doc {\n\tid             String       @id\n\torganizationId String\n\torganization   Organization @relation(fields: [organizationId], references: [id])\n\n\t@@map(\"docs\")\n}\n",
			"datasource db {\n\tprovider = \"postgresql\"\n}\n\nmodel Organization {\n\tid   String @id\n\tdocs Doc[]\n}\n\nmodel Doc {\n\tid             String       @id\n\torganizationId String\n\torganization   Organization @relation(fields: [organizationId], references: [id])\n\n\t@@map(\"docs\")\n\t@@index([organizationId])\n}\n"},
		"tenant index in a CRLF file": {"tenant-index-missing", "datasource db {\r\n  provider = \"postgresql\"\r\n}\r\n\r\nmodel Organization {\r\n  id   String @id\r\n  docs Doc[]\r\n}\r\n\r\nmodel Doc {\r\n  id             String       @id\r\n  organizationId String\r\n  organization   Organization @relation(fields: [organizationId], references: [id])\r\n}\r\n",
			"datasource db {\r\n  provider = \"postgresql\"\r\n}\r\n\r\nmodel Organization {\r\n  id   String @id\r\n  docs Doc[]\r\n}\r\n\r\nmodel Doc {\r\n  id             String       @id\r\n  organizationId String\r\n  organization   Organization @relation(fields: [organizationId], references: [id])\r\n\r\n  @@index([organizationId])\r\n}\r\n"},
		"id on a view": {"provider-capability", `datasource db {
  provider = "postgresql"
}

generator client {
  provider        = "prisma-client"
  previewFeatures = ["views"]
}

view V {
  id Int @id
}
`, `datasource db {
  provider = "postgresql"
}

generator client {
  provider        = "prisma-client"
  previewFeatures = ["views"]
}

view V {
  id Int @unique
}
`},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "schema.prisma")
			require.NoError(t, os.WriteFile(path, []byte(c.schema), 0o644))
			cfg := config.Default()
			cfg.Dir = dir
			opts := lint.Options{Dir: dir, Config: cfg, Paths: []string{path}, Only: []string{c.rule}}
			res, err := lint.Run(context.Background(), opts)
			require.NoError(t, err)
			require.NotEmpty(t, res.Diagnostics)
			fixed := applyFixes(t, dir, res)
			assert.Equal(t, c.want, fixed[path])

			require.NoError(t, os.WriteFile(path, []byte(fixed[path]), 0o644))
			res, err = lint.Run(context.Background(), opts)
			require.NoError(t, err, "the fixed schema still parses")
			assert.Empty(t, res.Diagnostics, "the fix resolves the finding")
		})
	}
}
