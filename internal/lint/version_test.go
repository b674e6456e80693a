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

// A rule made default in a later rule set does not fail a team that
// pinned an earlier one, until they move or enable it by name.
func TestVersionPinsTheRuleSet(t *testing.T) {
	const schema = "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel Organization {\n  id       Int       @id\n  invoices Invoice[]\n}\n\nmodel Invoice {\n  id             Int          @id\n  organizationId Int\n  organization   Organization @relation(fields: [organizationId], references: [id])\n}\n"
	// As if tenant-index-missing had come with rule set 2.
	was := rules.TenantIndexMissing.Since
	rules.TenantIndexMissing.Since = rules.RuleSetVersion + 1
	defer func() { rules.TenantIndexMissing.Since = was }()

	run := func(hcl string) ([]string, error) {
		dir, _ := project(t, map[string]string{"prisma/schema.prisma": schema, "schemalint.hcl": hcl})
		cfg, err := config.Load(filepath.Join(dir, "schemalint.hcl"), rules.Names())
		require.NoError(t, err)
		res, err := Run(context.Background(), Options{Dir: dir, Config: cfg})
		if err != nil {
			return nil, err
		}
		var ids []string
		for _, d := range res.Diagnostics {
			ids = append(ids, d.Rule)
		}
		return ids, nil
	}
	tenancy := "tenancy {\n  fields = [\"organizationId\"]\n}\n"

	got, err := run("version = 1\n" + tenancy)
	require.NoError(t, err)
	assert.NotContains(t, got, "tenant-index-missing", "pinned to the older rule set")

	got, err = run(tenancy)
	require.NoError(t, err)
	assert.Contains(t, got, "tenant-index-missing", "no version: the latest rule set")

	got, err = run("version = 1\n" + tenancy + "\nrule \"tenant-index-missing\" {\n  enabled = true\n}\n")
	require.NoError(t, err)
	assert.Contains(t, got, "tenant-index-missing", "enabled by name whatever the version")

	_, err = run("version = 9\n" + tenancy)
	require.Error(t, err)
	assert.Regexp(t, `schemalint\.hcl:1:11: version 9 is newer than this schemalint knows \(1\); upgrade schemalint, or write version = 1$`, err.Error())
}
