package lint

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
)

// noBase is the note of a run whose breaking-change rules found no base.
const noBase = `breaking-change rules did not run: no base; pass --base <ref>, or add base { ref = "origin/main" } to schemalint.hcl [view-column-removed, enum-value-order]`

// outsideCI clears the variables a CI or pre-commit sets, so that a test
// run inside one finds no base of its own.
func outsideCI(t *testing.T) {
	for _, v := range base.EnvVars {
		t.Setenv(v, "")
	}
}

// Without a base, every run says which rules did not run; with them
// switched off, nothing is missing and nothing is said.
func TestNoBaseIsSaid(t *testing.T) {
	dir, cfg := project(t, map[string]string{
		"prisma/schema.prisma": "datasource db {\n  provider = \"postgresql\"\n}\n\nenum Role {\n  A\n  B\n}\n",
	})
	res, err := Run(context.Background(), Options{Dir: dir, Config: cfg})
	require.NoError(t, err)
	assert.Equal(t, []string{noBase}, res.Notes)

	res, err = Run(context.Background(), Options{Dir: dir, Config: cfg, Only: []string{"view-sensitive-field"}})
	require.NoError(t, err)
	assert.Empty(t, res.Notes, "no rule that needs a base was selected")

	for _, id := range []string{"view-column-removed", "enum-value-order"} {
		_, err := Run(context.Background(), Options{Dir: dir, Config: cfg, Only: []string{id}})
		require.Error(t, err, "a rule named by --rule was asked for")
	}
	off := false
	cfg.Rules["enum-value-order"] = &config.RuleConfig{Name: "enum-value-order", Enabled: &off}
	res, err = Run(context.Background(), Options{Dir: dir, Config: cfg})
	require.NoError(t, err)
	assert.Equal(t, []string{`breaking-change rules did not run: no base; pass --base <ref>, or add base { ref = "origin/main" } to schemalint.hcl [view-column-removed]`}, res.Notes)
}

// The base comes from the caller (the CLI resolves it, from the
// environment a CI sets): lint reads no environment and opens no base of
// its own.
func TestBaseIsResolvedByTheCaller(t *testing.T) {
	outsideCI(t)
	dir, cfg := project(t, map[string]string{
		"prisma/schema.prisma": "datasource db {\n  provider = \"postgresql\"\n}\n\nenum Role {\n  A\n  B\n}\n",
	})
	ci := map[string]string{"GITLAB_CI": "true", "CI_MERGE_REQUEST_TARGET_BRANCH_SHA": "0123456789abcdef0123456789abcdef01234567"}
	for k, v := range ci {
		t.Setenv(k, v)
	}
	res, err := Run(context.Background(), Options{Dir: dir, Config: cfg})
	require.NoError(t, err)
	assert.Equal(t, []string{noBase}, res.Notes, "the process's environment is not read")

	resolve := func(ctx context.Context, setting *config.Base) (*base.Base, base.Origin, *base.Unreadable) {
		return base.Resolve(ctx, base.Env{Dir: dir, Getenv: func(k string) string { return ci[k] }})
	}
	res, err = Run(context.Background(), Options{Dir: dir, Config: cfg, Base: resolve})
	require.NoError(t, err)
	require.Len(t, res.Notes, 1)
	assert.Contains(t, res.Notes[0], "the merge request's base", "the caller's resolver names the base")
}
