package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/sharedtest"
)

// The product example vendors the identity example's views package as the
// submodule would hold it, and its copy is committed up to date.
func TestConsumeExampleIsCurrent(t *testing.T) {
	examples := filepath.Join("..", "..", "examples")
	owner, err := os.ReadFile(filepath.Join(examples, "identity", "packages", "idp-views", "idp-views.prisma"))
	require.NoError(t, err)
	vendored, err := os.ReadFile(filepath.Join(examples, "fuel-logistics", "idp-views", "idp-views.prisma"))
	require.NoError(t, err)
	assert.Equal(t, string(owner), string(vendored), "examples/fuel-logistics/idp-views is the identity example's package")

	code, out, errOut := run(t, filepath.Join(examples, "fuel-logistics"), "fix", "--check")
	assert.Equal(t, ExitOK, code, "%s%s", out, errOut)
	assert.Empty(t, out)
	code, out, errOut = run(t, filepath.Join(examples, "fuel-logistics"), "check")
	assert.Equal(t, ExitOK, code, "%s%s", out, errOut)
	assert.Empty(t, out)
}

// copyTree copies an example into dir.
func copyTree(t *testing.T, from, dir string) {
	t.Helper()
	require.NoError(t, filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(from, p)
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		writeFile(t, dir, rel, string(b))
		return nil
	}))
}

// The owner appends a column and an enum value and publishes its package;
// the product's check reports the stale copy, fix updates it, and check is
// clean again.
func TestConsumeFollowsTheOwner(t *testing.T) {
	examples := filepath.Join("..", "..", "examples")
	idp, product := t.TempDir(), t.TempDir()
	for _, d := range []string{idp, product} {
		require.NoError(t, os.Mkdir(filepath.Join(d, ".git"), 0o755))
	}
	copyTree(t, filepath.Join(examples, "identity"), idp)
	copyTree(t, filepath.Join(examples, "fuel-logistics"), product)

	schema := read(t, idp, "prisma/schema/identity.prisma")
	schema = strings.Replace(schema, "  suspended\n\n  @@schema(\"idp\")\n}", "  suspended\n  archived\n\n  @@schema(\"idp\")\n}", 1)
	writeFile(t, idp, "prisma/schema/identity.prisma", schema)
	hcl := read(t, idp, "schemalint.hcl")
	hcl = strings.Replace(hcl, `fields = ["id", "tenantId", "email", "displayName", "status"]`, `fields = ["id", "tenantId", "email", "displayName", "status", "createdAt"]`, 1)
	writeFile(t, idp, "schemalint.hcl", hcl)
	code, out, errOut := run(t, idp, "fix")
	require.Equal(t, ExitOK, code, "%s%s", out, errOut)
	pkg := read(t, idp, "packages/idp-views/idp-views.prisma")
	require.Contains(t, pkg, "archived")
	require.Contains(t, pkg, "createdAt")

	// git submodule update: the package moves.
	writeFile(t, product, "idp-views/idp-views.prisma", pkg)
	code, out, errOut = run(t, product, "check")
	assert.Equal(t, ExitFindings, code, errOut)
	assert.Contains(t, out, `prisma/schema/idp-views.prisma:10:1: error: prisma/schema/idp-views.prisma is out of date with consume "idp" in schemalint.hcl; run schemalint fix [views-out-of-date]`)
	assert.Equal(t, 1, strings.Count(out, "[views-out-of-date]"), out)

	code, out, errOut = run(t, product, "fix")
	require.Equal(t, ExitOK, code, "%s%s", out, errOut)
	assert.Equal(t, "prisma/schema/idp-views.prisma: views-out-of-date: regenerated from consume \"idp\"\n", out)
	copy := read(t, product, "prisma/schema/idp-views.prisma")
	assert.Contains(t, copy, "  createdAt   DateTime   @map(\"created_at\") @db.Timestamptz(6)\n  drivers     Driver[]\n")
	assert.Contains(t, copy, "  suspended\n  archived\n")

	code, out, errOut = run(t, product, "check")
	assert.Equal(t, ExitOK, code, "%s%s", out, errOut)
	code, out, errOut = run(t, product, "fix", "--check")
	assert.Equal(t, ExitOK, code, "%s%s", out, errOut)
	assert.Empty(t, out, "fix is idempotent")
}

// A hand edit of the product's copy is reported once, as stale, at the
// edited line.
func TestConsumeCopyEditedByHand(t *testing.T) {
	product := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(product, ".git"), 0o755))
	copyTree(t, filepath.Join("..", "..", "examples", "fuel-logistics"), product)
	copy := read(t, product, "prisma/schema/idp-views.prisma")
	writeFile(t, product, "prisma/schema/idp-views.prisma", strings.Replace(copy, "  drivers     Driver[]\n", "  drivers     Driver[]\n  pin         String?\n", 1))
	code, out, errOut := run(t, product, "check", "--rule", "views-out-of-date")
	assert.Equal(t, ExitFindings, code, errOut)
	assert.Equal(t, 1, strings.Count(out, "[views-out-of-date]"), out)
	assert.Contains(t, out, "idp-views.prisma:11:1: error: prisma/schema/idp-views.prisma is out of date")
}

// ownerMoves copies both examples into temporary repositories (the product
// one a git repository with the examples committed), applies edit to the
// identity service's schemalint.hcl, regenerates its package with fix
// (args), and pulls it into the product, as git submodule update would.
func ownerMoves(t *testing.T, edit func(hcl string) string, args ...string) (product string) {
	t.Helper()
	sharedtest.Tool(t, "git")
	for k, v := range map[string]string{"GIT_CONFIG_GLOBAL": os.DevNull, "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.com", "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.com"} {
		t.Setenv(k, v)
	}
	outsideCI(t)
	examples := filepath.Join("..", "..", "examples")
	idp, product := t.TempDir(), t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(idp, ".git"), 0o755))
	copyTree(t, filepath.Join(examples, "identity"), idp)
	copyTree(t, filepath.Join(examples, "fuel-logistics"), product)
	gitIn(t, product, "init", "-q", "-b", "main")
	gitIn(t, product, "add", "-A")
	gitIn(t, product, "commit", "-q", "-m", "base")

	writeFile(t, idp, "schemalint.hcl", edit(read(t, idp, "schemalint.hcl")))
	code, out, errOut := run(t, idp, append([]string{"fix"}, args...)...)
	require.Equal(t, ExitOK, code, "%s%s", out, errOut)
	writeFile(t, product, "idp-views/idp-views.prisma", read(t, idp, "packages/idp-views/idp-views.prisma"))
	code, out, errOut = run(t, product, "fix")
	require.Equal(t, ExitOK, code, "%s%s", out, errOut)
	return product
}

// A column the owner removes from its package is a breaking change in
// every product that reads it: view-column-removed reports it in the
// product's copy.
func TestConsumedViewColumnRemoved(t *testing.T) {
	product := ownerMoves(t, func(hcl string) string {
		return strings.Replace(hcl, `"email", "displayName", "status"]`, `"email", "status"]`, 1)
	}, "--allow-breaking")
	code, out, errOut := run(t, product, "check", "--base", "main", "--format", "json")
	assert.Equal(t, ExitFindings, code, errOut)
	var removed []string
	for _, f := range findings(t, out) {
		if f.Rule == "view-column-removed" {
			removed = append(removed, f.File+": "+f.Message)
		}
	}
	require.Len(t, removed, 1, out)
	assert.Contains(t, removed[0], "prisma/schema/idp-views.prisma")
	assert.Contains(t, removed[0], `view "IdpUser" no longer has column "display_name"`)
	assert.Contains(t, removed[0], `acknowledge = { "IdpUser.displayName" = "<reason>" } in consume "idp" of schemalint.hcl`)

	// The product no longer reads it: acknowledged in its consume block,
	// where fix cannot overwrite it, the break is a notice with the reason.
	hcl := strings.Replace(read(t, product, "schemalint.hcl"), `  relations = { IdpUser = ["drivers Driver[]"] }
`, `  relations = { IdpUser = ["drivers Driver[]"] }
  acknowledge = { "IdpUser.displayName" = "the driver app shows the email instead" }
`, 1)
	writeFile(t, product, "schemalint.hcl", hcl)
	code, out, errOut = run(t, product, "check", "--base", "main", "--rule", "view-column-removed", "--format", "json")
	assert.Equal(t, ExitOK, code, errOut)
	got := findings(t, out)
	require.Len(t, got, 1, out)
	assert.Equal(t, "notice", got[0].Severity)
	assert.Equal(t, `view "IdpUser" drops column "display_name" on purpose: the driver app shows the email instead`, got[0].Message)

	// Once the base has it too, the acknowledgement matches nothing.
	gitIn(t, product, "add", "-A")
	gitIn(t, product, "commit", "-q", "-m", "follow the owner")
	_, out, _ = run(t, product, "check", "--base", "main", "--rule", "view-column-removed")
	assert.Contains(t, out, `schemalint.hcl:24:19: warning: acknowledge "IdpUser.displayName" matches nothing: view "IdpUser" removes no such column since the base; remove the acknowledgement [view-column-removed]`)
}

// A sensitive column the owner justified in its own configuration reaches
// the product's copy, where the product's sensitive patterns apply.
func TestConsumedViewSensitiveField(t *testing.T) {
	product := ownerMoves(t, func(hcl string) string {
		return strings.Replace(hcl, `fields = ["id", "tenantId", "email", "displayName", "status"]`,
			`fields = ["id", "tenantId", "email", "displayName", "status", "failedLoginAttempts"]
    allow_sensitive = ["failedLoginAttempts"]
    reason = "support dashboards show accounts at risk of lockout"`, 1)
	})
	writeFile(t, product, "schemalint.hcl", read(t, product, "schemalint.hcl")+"\nsensitive {\n  patterns = [\"*failed*\"]\n}\n")
	code, out, errOut := run(t, product, "check", "--rule", "view-sensitive-field")
	assert.Equal(t, ExitFindings, code, errOut)
	assert.Contains(t, out, "prisma/schema/idp-views.prisma:")
	assert.Contains(t, out, "failedLoginAttempts")
	assert.Contains(t, out, "[view-sensitive-field]")
}

// Without the submodule checked out, the copy cannot be compared: check
// says so at the from line rather than passing.
func TestConsumeWithoutTheSubmodule(t *testing.T) {
	product := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(product, ".git"), 0o755))
	copyTree(t, filepath.Join("..", "..", "examples", "fuel-logistics"), product)
	require.NoError(t, os.RemoveAll(filepath.Join(product, "idp-views")))
	code, out, errOut := run(t, product, "check", "--rule", "views-out-of-date")
	assert.Equal(t, ExitFindings, code, errOut)
	assert.Contains(t, out, `schemalint.hcl:21:15: error: consume "idp" cannot be generated: from "idp-views/idp-views.prisma": no such file; if it comes from a git submodule, run git submodule update --init; then run schemalint fix [views-out-of-date]`)
	code, _, errOut = run(t, product, "fix")
	assert.Equal(t, ExitError, code)
	assert.Contains(t, errOut, `from "idp-views/idp-views.prisma": no such file`)
}

// The product's Prisma Migrate must leave the copy's enum types to the
// owner: provider-capability reads enums.external from prisma.config.ts
// and says what is missing, or that it cannot read the list.
func TestConsumedEnumsAreExternal(t *testing.T) {
	examples := filepath.Join("..", "..", "examples")
	for _, tt := range []struct {
		name   string
		config func(string) string // "" removes prisma.config.ts
		want   []string
	}{
		{"one enum forgotten", func(c string) string { return strings.Replace(c, "'idp_views.UserStatus', ", "", 1) },
			[]string{`prisma/schema/idp-views.prisma:25:6: error: enum "UserStatus" is the owner's type "idp_views.UserStatus", and prisma.config.ts does not list it in enums.external, so this product's Migrate would create it; list "idp_views.UserStatus" in enums.external (with experimental.externalTables: true) [provider-capability]`}},
		{"no experimental flag", func(c string) string { return strings.Replace(c, "experimental: { externalTables: true },", "", 1) },
			[]string{`:25:6: error: enum "UserStatus" is the owner's type "idp_views.UserStatus", and prisma.config.ts does not set experimental.externalTables: true, without which Prisma refuses enums.external, so`, `:33:6: error: enum "TenantStatus"`}},
		{"no config", func(string) string { return "" },
			[]string{`:25:6: error: enum "UserStatus" is the owner's type "idp_views.UserStatus", and no prisma.config.ts is found above it, so`, `:33:6: error: enum "TenantStatus"`}},
		{"computed list", func(c string) string {
			return strings.Replace(c, "external: ['idp_views.UserStatus', 'idp_views.TenantStatus']", "external: ['idp_views.UserStatus', tenantStatus]", 1)
		},
			[]string{`:25:6: error: enum "UserStatus" is the owner's type "idp_views.UserStatus", and prisma.config.ts's enums.external holds tenantStatus, which schemalint does not evaluate; write enums.external as string literals, naming "idp_views.UserStatus" [provider-capability]`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			product := t.TempDir()
			require.NoError(t, os.Mkdir(filepath.Join(product, ".git"), 0o755))
			copyTree(t, filepath.Join(examples, "fuel-logistics"), product)
			config := filepath.Join(product, "prisma.config.ts")
			b, err := os.ReadFile(config)
			require.NoError(t, err)
			if c := tt.config(string(b)); c == "" {
				require.NoError(t, os.Remove(config))
			} else {
				require.NotEqual(t, string(b), c)
				require.NoError(t, os.WriteFile(config, []byte(c), 0o644))
			}
			code, out, errOut := run(t, product, "check", "--rule", "provider-capability", "--color", "never")
			assert.Equal(t, ExitFindings, code, errOut)
			for _, w := range tt.want {
				assert.Contains(t, out, w)
			}
		})
	}
}

// In a monorepo the product's prisma.config.ts is its app's, above the
// copy, not the one beside schemalint.hcl.
func TestConsumedEnumsExternalInAMonorepoApp(t *testing.T) {
	repo := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(repo, ".git"), 0o755))
	copyTree(t, filepath.Join("..", "..", "examples", "fuel-logistics"), filepath.Join(repo, "apps", "fuel"))
	require.NoError(t, os.Remove(filepath.Join(repo, "apps", "fuel", "schemalint.hcl")))
	writeFile(t, repo, "schemalint.hcl", `schema {
  paths = ["apps/fuel/prisma/schema"]
}

consume "idp" {
  from      = "apps/fuel/idp-views/idp-views.prisma"
  output    = "apps/fuel/prisma/schema/idp-views.prisma"
  relations = { IdpUser = ["drivers Driver[]"] }
}
`)
	code, out, errOut := run(t, repo, "check", "--rule", "provider-capability")
	assert.Equal(t, ExitOK, code, "%s%s", out, errOut)
	require.NoError(t, os.Remove(filepath.Join(repo, "apps", "fuel", "prisma.config.ts")))
	code, out, _ = run(t, repo, "check", "--rule", "provider-capability", "--color", "never")
	assert.Equal(t, ExitFindings, code)
	assert.Contains(t, out, `apps/fuel/prisma/schema/idp-views.prisma:25:6: error: enum "UserStatus" is the owner's type "idp_views.UserStatus", and no prisma.config.ts is found above it`)
}
