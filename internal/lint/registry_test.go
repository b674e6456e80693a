package lint

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/config"
)

// A scope registry that cannot be read in full stops the run (exit 2) at
// the element it could not read, rather than checking the schema against
// part of the list.
func TestUnreadableRegistryStopsTheRun(t *testing.T) {
	hcl := "tenancy {\n  fields = [\"organizationId\"]\n  registry {\n    file   = \"src/scope.ts\"\n    symbol = \"ORG_SCOPED_MODELS\"\n  }\n}\n"
	schema := "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel Invoice {\n  id             String @id\n  organizationId String\n\n  @@index([organizationId])\n}\n"
	for name, c := range map[string]struct{ scope, want string }{
		"conditional spread": {
			"const BILLING = [\"Invoice\"];\nexport const ORG_SCOPED_MODELS = [...(flag ? BILLING : [])];\n",
			"src/scope.ts:2:39: cannot tell statically which branch of this condition applies; list the models without a condition",
		},
		"misspelt spread": {
			"const BILLING_MODELS = [\"Invoice\"];\nexport const ORG_SCOPED_MODELS = [...BILING_MODELS];\n",
			`src/scope.ts:2:38: "BILING_MODELS" is not declared in this file; did you mean "BILLING_MODELS"?`,
		},
	} {
		t.Run(name, func(t *testing.T) {
			dir, _ := project(t, map[string]string{
				"schemalint.hcl":       hcl,
				"prisma/schema.prisma": schema,
				"src/scope.ts":         c.scope,
			})
			cfg, err := config.Load(filepath.Join(dir, "schemalint.hcl"), nil)
			require.NoError(t, err)
			_, err = Run(context.Background(), Options{Dir: dir, Config: cfg})
			var ie *InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, filepath.Join(dir, "schemalint.hcl")+":3:3: tenancy registry: "+filepath.Join(dir, filepath.FromSlash(c.want)), ie.Error())
		})
	}

	// The model is listed only through the spread: without it the rule
	// reports the model.
	for list, want := range map[string][]string{"[...BILLING]": nil, "[]": {"tenant-unscoped-model"}} {
		dir, _ := project(t, map[string]string{
			"schemalint.hcl":       hcl,
			"prisma/schema.prisma": schema,
			"src/scope.ts":         "const BILLING = [\"Invoice\"] as const;\nexport const ORG_SCOPED_MODELS = new Set<Prisma.ModelName>(" + list + ");\n",
		})
		cfg, err := config.Load(filepath.Join(dir, "schemalint.hcl"), nil)
		require.NoError(t, err)
		res, err := Run(context.Background(), Options{Dir: dir, Config: cfg})
		require.NoError(t, err)
		var rules []string
		for _, d := range res.Diagnostics {
			rules = append(rules, d.Rule)
		}
		assert.Equal(t, want, rules, list)
	}
}
