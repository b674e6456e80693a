package lint

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/rules"
)

const viewsSchema = "datasource db {\n  provider = \"postgresql\"\n}\n\ngenerator client {\n  provider        = \"prisma-client\"\n  previewFeatures = [\"views\"]\n}\n\nmodel User {\n  id String @id\n}\n"

// A view taken out of a views block is reported at the block, and
// acknowledged there, in schemalint.hcl.
func TestConfigDirectives(t *testing.T) {
	baseDir, _ := project(t, map[string]string{
		"prisma/schema/schema.prisma": viewsSchema,
		"prisma/schema/views.prisma":  "view IdpUser {\n  id String @unique\n}\n\nview IdpRole {\n  id String @unique\n}\n",
	})
	run := func(hcl string, withBase bool) []string {
		dir, _ := project(t, map[string]string{
			"prisma/schema/schema.prisma": viewsSchema,
			"prisma/schema/views.prisma":  "view IdpUser {\n  id String @unique\n}\n",
			"schemalint.hcl":              hcl,
		})
		cfg, err := config.Load(filepath.Join(dir, "schemalint.hcl"), rules.Names())
		require.NoError(t, err)
		opts := Options{Dir: dir, Config: cfg, Only: []string{"view-column-removed"}}
		if withBase {
			opts.Base = CompareWith(&base.Base{Dir: dir, Tree: base.Dir(baseDir), Label: "base/"})
		} else {
			opts.Only = nil
		}
		res, err := runShown(context.Background(), opts)
		require.NoError(t, err)
		var out []string
		for _, d := range res.Diagnostics {
			if d.Rule == "view-column-removed" || d.Rule == DirectiveRule {
				out = append(out, d.Range.String()+": "+d.Message)
			}
		}
		return out
	}
	const block = "views \"identity\" {%s\n  source        = [\"prisma/schema/schema.prisma\"]\n  target_schema = \"idp_views\"\n  prisma_output = \"prisma/schema/views.prisma\"\n\n  expose \"User\" {\n    view   = \"IdpUser\"\n    fields = [\"id\"]\n  }\n}\n"
	hcl := func(comment string) string { return fmt.Sprintf(block, comment) }

	assert.Equal(t, []string{`schemalint.hcl:1:7: view "IdpRole" was removed, and other services read it; restore it, or acknowledge the break with // schemalint-ignore view-column-removed <reason>`},
		run(hcl(""), true))
	assert.Empty(t, run(hcl(" // schemalint-ignore view-column-removed IdpRole is retired with the v1 API"), true), "acknowledged on the reported line")
	assert.Empty(t, run("# schemalint-ignore view-column-removed IdpRole is retired with the v1 API\n"+hcl(""), true), "acknowledged on the line before, in # style")
	assert.Empty(t, run(hcl(" // schemalint-ignore view-column-removed IdpRole is retired"), false), "without a base the directive is not judged")

	// A directive that silences nothing is reported, here too.
	unused := run("views \"identity\" { // schemalint-ignore view-column-removed nothing is removed\n  source        = [\"prisma/schema/schema.prisma\"]\n  target_schema = \"idp_views\"\n  prisma_output = \"prisma/schema/views.prisma\"\n\n  expose \"User\" {\n    view   = \"IdpUser\"\n    fields = [\"id\"]\n  }\n\n  expose \"Role\" {\n    view   = \"IdpRole\"\n    fields = [\"id\"]\n  }\n}\n", true)
	require.Len(t, unused, 2, "%q", unused)
	assert.Contains(t, unused[0], "schemalint.hcl:1:20: this schemalint-ignore view-column-removed directive suppresses nothing")
}
