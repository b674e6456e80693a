package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/sharedtest"
)

// An intended removal is acknowledged in the expose block: fix writes it
// without --allow-breaking (the SQL drops the view first), check shows the
// decision as a notice carrying the reason, and once the base has caught
// up the acknowledgement matches nothing and is reported.
func TestAcknowledgedRemoval(t *testing.T) {
	sharedtest.Tool(t, "git")
	for k, v := range map[string]string{"GIT_CONFIG_GLOBAL": os.DevNull, "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.com", "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.com"} {
		t.Setenv(k, v)
	}
	outsideCI(t)
	dir := t.TempDir()
	copyTree(t, filepath.Join("..", "..", "examples", "identity"), dir)
	gitIn(t, dir, "init", "-q", "-b", "main")
	gitIn(t, dir, "add", "-A")
	gitIn(t, dir, "commit", "-q", "-m", "base")

	hcl := read(t, dir, "schemalint.hcl")
	removed := strings.Replace(hcl, `fields = ["id", "tenantId", "email", "displayName", "status"]`, `fields = ["id", "tenantId", "email", "status"]`, 1)
	require.NotEqual(t, hcl, removed)
	writeFile(t, dir, "schemalint.hcl", removed)
	code, out, errOut := run(t, dir, "fix")
	assert.Equal(t, ExitError, code, out)
	assert.Contains(t, errOut, `view "IdpUser" would lose column "display_name", which prisma/views.sql creates; PostgreSQL cannot drop a view column with CREATE OR REPLACE VIEW and products may read it: keep the field, acknowledge the removal with acknowledge = { displayName = "<reason>" } in its expose block`)

	acked := strings.Replace(removed, `fields = ["id", "tenantId", "email", "status"]`, `fields = ["id", "tenantId", "email", "status"]
    acknowledge = { displayName = "support moved to the profile service" }`, 1)
	writeFile(t, dir, "schemalint.hcl", acked)
	code, out, errOut = run(t, dir, "fix")
	require.Equal(t, ExitOK, code, "%s%s", out, errOut)
	sql := read(t, dir, "prisma/views.sql")
	assert.Contains(t, sql, "-- Removed on purpose (acknowledge in schemalint.hcl): displayName.\n-- The view is dropped and created again while the acknowledgement stands.\nDROP VIEW IF EXISTS \"idp_views\".\"IdpUser\";\n\nCREATE OR REPLACE VIEW \"idp_views\".\"IdpUser\" AS\n")
	code, out, errOut = run(t, dir, "fix", "--check")
	assert.Equal(t, ExitOK, code, "fix is idempotent: %s%s", out, errOut)

	code, out, errOut = run(t, dir, "check", "--base", "main", "--rule", "view-column-removed", "--format", "json")
	assert.Equal(t, ExitOK, code, "%s%s", out, errOut)
	got := findings(t, out)
	require.NotEmpty(t, got, out)
	for _, f := range got {
		assert.Equal(t, "notice", f.Severity, "%+v", f)
		assert.Equal(t, "schemalint.hcl", f.File)
	}
	assert.Equal(t, `view "IdpUser" drops column "display_name" on purpose: support moved to the profile service`, got[0].Message)
	assert.Len(t, got, 1, "one notice for the Prisma and SQL views and the product copies: %+v", got)

	gitIn(t, dir, "add", "-A")
	gitIn(t, dir, "commit", "-q", "-m", "drop displayName")
	code, out, errOut = run(t, dir, "check", "--base", "main", "--rule", "view-column-removed")
	assert.Equal(t, ExitOK, code, "a warning, like an unused schemalint-ignore: %s", errOut)
	assert.Contains(t, out, `schemalint.hcl:36:21: warning: acknowledge "displayName" matches nothing: view "IdpUser" removes no such column since the base; remove the acknowledgement [view-column-removed]`)
}

// A sensitive field exposed through allow_sensitive is a notice carrying
// the reason, at its line of schemalint.hcl, once.
func TestAllowSensitiveNotice(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	copyTree(t, filepath.Join("..", "..", "examples", "identity"), dir)
	hcl := strings.Replace(read(t, dir, "schemalint.hcl"), `fields = ["id", "tenantId", "email", "displayName", "status"]`,
		`fields          = ["id", "tenantId", "email", "displayName", "status", "failedLoginAttempts"]
    allow_sensitive = ["failedLoginAttempts"]
    reason          = "support dashboards show accounts at risk of lockout"`, 1)
	writeFile(t, dir, "schemalint.hcl", hcl)
	code, out, errOut := run(t, dir, "fix")
	require.Equal(t, ExitOK, code, "%s%s", out, errOut)
	// The example's hand-written IdpUser.sql still leaks (a known
	// finding): the exit code is that error's.
	_, out, errOut = run(t, dir, "check", "--rule", "view-sensitive-field", "--format", "json")
	var notices []string
	for _, f := range findings(t, out) {
		if f.Severity == "notice" {
			notices = append(notices, fmt.Sprintf("%s:%d: %s", f.File, f.Line, f.Message))
		}
	}
	assert.Equal(t, []string{`schemalint.hcl:36: view "IdpUser" exposes the sensitive field "User.failedLoginAttempts" (allow_sensitive): support dashboards show accounts at risk of lockout`}, notices, "%s%s", out, errOut)
}
