package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The head of a commit that drops the view column "email" and nothing
// else any rule would report.
const droppedEmailViews = `view IdpUser {
  id        String     @unique
  userTypes UserType[]

  @@schema("idp_views")
}
`

// committedBase is a repository whose one commit is the base; the working
// tree is as committed.
func committedBase(t *testing.T) string {
	dir, _ := breakingRepo(t)
	gitIn(t, dir, "reset", "-q", "--hard", "HEAD~1")
	return dir
}

// Run by pre-commit, the base is HEAD and the head is the working tree,
// which pre-commit leaves as what is being committed.
func TestCheckBaseUnderPreCommitEnvironment(t *testing.T) {
	dir := committedBase(t)
	writeFile(t, dir, "prisma/schema/views.prisma", droppedEmailViews)
	gitIn(t, dir, "add", "-A")
	t.Setenv("PRE_COMMIT", "1")
	code, out, errOut := run(t, dir, "check")
	assert.Equal(t, ExitFindings, code, errOut)
	assert.Empty(t, errOut)
	assert.Contains(t, out, `prisma/schema/views.prisma:1:6: error: view "IdpUser" no longer has column "email"; add it back`)

	// pre-commit run --from-ref X --to-ref Y (and a pre-push hook) names
	// the base itself.
	gitIn(t, dir, "commit", "-q", "-m", "drop email")
	t.Setenv("PRE_COMMIT_FROM_REF", "HEAD~1")
	code, out, errOut = run(t, dir, "check")
	assert.Equal(t, ExitFindings, code, errOut)
	assert.Contains(t, out, `no longer has column "email"`)
	t.Setenv("PRE_COMMIT_FROM_REF", "")
	code, out, errOut = run(t, dir, "check")
	assert.Equal(t, ExitOK, code, out+errOut)
	assert.Empty(t, errOut, "HEAD is the base, and nothing changed since")

	// The first commit has nothing before it to break.
	fresh := t.TempDir()
	gitIn(t, fresh, "init", "-q", "-b", "main")
	writeFile(t, fresh, "prisma/schema/schema.prisma", baseSchema)
	writeFile(t, fresh, "prisma/schema/views.prisma", baseViews)
	gitIn(t, fresh, "add", "-A")
	code, _, errOut = run(t, fresh, "check")
	assert.Equal(t, ExitOK, code, errOut)
	assert.Equal(t, "schemalint: breaking-change rules did not run: cannot read base HEAD: the repository has no commit yet; commit once, and the next commits are compared with HEAD [view-column-removed, enum-value-order]\n", errOut)
}

// The real thing: git commit runs pre-commit, which runs schemalint as a
// hook (the schemalint-system hook of .pre-commit-hooks.yaml, with this
// test binary as schemalint). Only the staged change is judged: pre-commit
// stashes what is not staged.
func TestCheckBaseUnderPreCommit(t *testing.T) {
	preCommit, err := exec.LookPath("pre-commit")
	if err != nil {
		t.Skip("pre-commit not installed; skipping")
	}
	dir := committedBase(t)
	self, err := os.Executable()
	require.NoError(t, err)
	writeFile(t, dir, ".pre-commit-config.yaml", `repos:
  - repo: local
    hooks:
      - id: schemalint
        name: schemalint
        entry: `+self+` check
        language: system
        files: \.(prisma|sql|hcl)$
        pass_filenames: false
        require_serial: true
`)
	gitIn(t, dir, "add", ".pre-commit-config.yaml")
	gitIn(t, dir, "commit", "-q", "-m", "hooks")
	t.Setenv("PRE_COMMIT_HOME", t.TempDir())
	t.Setenv("SCHEMALINT_TEST_AS_CLI", "1")
	install := exec.Command(preCommit, "install")
	install.Dir = dir
	out, err := install.CombinedOutput()
	require.NoError(t, err, "%s", out)
	commit := func(msg string) (string, error) {
		cmd := exec.Command("git", "-C", dir, "commit", "-q", "-m", msg)
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	views := filepath.Join(dir, "prisma", "schema", "views.prisma")

	// The break is staged; the working tree has put the column back, but
	// that is not what would be committed.
	writeFile(t, dir, "prisma/schema/views.prisma", droppedEmailViews)
	gitIn(t, dir, "add", "prisma/schema/views.prisma")
	writeFile(t, dir, "prisma/schema/views.prisma", baseViews)
	log, err := commit("drop email")
	require.Error(t, err, "the hook stops the commit:\n%s", log)
	assert.Contains(t, log, `view "IdpUser" no longer has column "email"`)
	assert.Contains(t, log, "[view-column-removed]")
	after, err := os.ReadFile(views)
	require.NoError(t, err)
	assert.Equal(t, baseViews, string(after), "pre-commit gives the unstaged change back")

	// The other way round: a harmless staged change, the break only in the
	// working tree. The commit goes through.
	gitIn(t, dir, "reset", "-q")
	writeFile(t, dir, "prisma/schema/schema.prisma", baseSchema+"\n// audited 2026-11\n")
	gitIn(t, dir, "add", "prisma/schema/schema.prisma")
	writeFile(t, dir, "prisma/schema/views.prisma", droppedEmailViews)
	log, err = commit("note the audit")
	require.NoError(t, err, "%s", log)
	assert.NotContains(t, log, "no longer has column")
	assert.Equal(t, "note the audit", gitIn(t, dir, "log", "-1", "--format=%s"))
	assert.True(t, strings.Contains(gitIn(t, dir, "status", "--porcelain"), "prisma/schema/views.prisma"), "the break is still unstaged")
}

// A base setting in schemalint.hcl, for CIs schemalint does not know.
func TestCheckBaseFromConfig(t *testing.T) {
	dir, first := breakingRepo(t)
	gitIn(t, dir, "branch", "release", first)
	cfg := writeFile(t, dir, "schemalint.hcl", "version = 1\n\nbase {\n  ref = \"release\"\n}\n")
	got := breaks(t, dir)
	require.Len(t, got, 2)
	assert.Equal(t, "enum-value-order", got[0].Rule)
	assert.Contains(t, got[1].Message, `no longer has column "email"`)

	// It wins over what a CI implies, and --base wins over it.
	t.Setenv("TF_BUILD", "True")
	t.Setenv("SYSTEM_PULLREQUEST_TARGETBRANCH", "refs/heads/no-such-branch")
	require.Len(t, breaks(t, dir), 2)
	code, out, errOut := run(t, dir, "check", "--rule", "view-column-removed,enum-value-order", "--base", "HEAD")
	assert.Equal(t, ExitOK, code, out+errOut)

	// Asked for in the file, a base that cannot be read stops the run, at
	// the setting.
	writeFile(t, dir, "schemalint.hcl", "version = 1\n\nbase {\n  ref = \"origin/main\"\n}\n")
	code, out, errOut = run(t, dir, "check")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, "schemalint: "+cfg+":4:9: cannot read base origin/main: git does not know it; fetch it (git fetch origin main:refs/remotes/origin/main, or actions/checkout with fetch-depth: 0), or change base.ref\n", errOut)

	// With the breaking-change rules off, the setting is not needed and
	// not read.
	writeFile(t, dir, "schemalint.hcl", "version = 1\n\nbase {\n  ref = \"origin/main\"\n}\n\nrule \"view-column-removed\" {\n  enabled = false\n}\n\nrule \"enum-value-order\" {\n  enabled = false\n}\n")
	code, _, errOut = run(t, dir, "check")
	assert.Equal(t, ExitFindings, code, errOut)
	assert.Empty(t, errOut)
}

// The base setting names a branch; a feature branch behind it is compared
// where it forked, so what the branch moved on with since is not blamed
// on it (--base reads the ref as it is).
func TestCheckBaseFromConfigComparesAtTheFork(t *testing.T) {
	u := newUpstream(t)
	ci := u.clone(t)
	writeFile(t, ci, "schemalint.hcl", "version = 1\n\nbase {\n  ref = \"origin/main\"\n}\n")
	assertFeatureBreaks(t, breaks(t, ci))

	shallow := u.clone(t, "--depth", "1", "--no-single-branch")
	cfg := writeFile(t, shallow, "schemalint.hcl", "version = 1\n\nbase {\n  ref = \"origin/main\"\n}\n")
	code, out, errOut := run(t, shallow, "check")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, "schemalint: "+cfg+":4:9: cannot read base origin/main: the checkout is shallow and git cannot find where HEAD forked from it; run git fetch --unshallow, or change base.ref\n", errOut)
	gitSh(t, shallow, "git fetch --unshallow")
	assertFeatureBreaks(t, breaks(t, shallow))
}
