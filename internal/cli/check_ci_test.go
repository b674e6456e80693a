package cli

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// End to end: the base each CI names for a pull or merge request, in real
// clones of a repository whose feature branch removes a view column.
//
// upstream's history:
//
//	main:    fork ── mainTip        (mainTip adds the column "name" to IdpUser)
//	            \
//	feature:     head               (head drops "email" and reorders the enum)
//
// Compared with where it forked, head removed "email" only. Compared with
// main's tip it would also seem to remove "name", which it never had: a
// base taken from the target branch is its merge base with HEAD.
type upstream struct {
	dir                 string
	fork, mainTip, head string
}

func newUpstream(t *testing.T) *upstream {
	dir, fork := breakingRepo(t) // main: fork, then head
	u := &upstream{dir: dir, fork: fork, head: gitIn(t, dir, "rev-parse", "HEAD")}
	gitIn(t, dir, "branch", "-q", "feature")
	gitIn(t, dir, "reset", "-q", "--hard", fork)
	views := strings.Replace(baseViews, "  userTypes UserType[]\n", "  userTypes UserType[]\n  name      String?\n", 1)
	writeFile(t, dir, "prisma/schema/views.prisma", views)
	writeFile(t, dir, "prisma/schema/schema.prisma", strings.Replace(baseSchema, "  email     String?\n", "  email     String?\n  name      String?\n", 1))
	gitIn(t, dir, "commit", "-q", "-am", "main moves on")
	u.mainTip = gitIn(t, dir, "rev-parse", "HEAD")
	return u
}

// clone checks the feature branch out as a CI does; args narrow what is
// fetched (--single-branch, --depth 1).
func (u *upstream) clone(t *testing.T, args ...string) string {
	dir := filepath.Join(t.TempDir(), "ci")
	cmd := exec.Command("git", append(append([]string{"clone", "-q", "--branch", "feature"}, args...), "file://"+u.dir, dir)...)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	return dir
}

// gitSh runs a command line that a message told the user to run.
func gitSh(t *testing.T, dir, line string) {
	t.Helper()
	args := strings.Fields(line)
	require.Equal(t, "git", args[0])
	gitIn(t, dir, args[1:]...)
}

// breaks runs the two breaking-change rules and returns their findings.
func breaks(t *testing.T, dir string) []jsonFinding {
	t.Helper()
	code, out, errOut := run(t, dir, "check", "--format", "json", "--rule", "view-column-removed,enum-value-order")
	require.Equal(t, ExitFindings, code, errOut)
	assert.Empty(t, errOut)
	return findings(t, out)
}

// assertFeatureBreaks checks that the comparison was with the fork point:
// "email" removed and the enum reordered, and nothing about "name".
func assertFeatureBreaks(t *testing.T, got []jsonFinding) {
	t.Helper()
	var msgs []string
	for _, f := range got {
		msgs = append(msgs, f.Rule+": "+f.Message)
	}
	require.Len(t, got, 2, "%s", strings.Join(msgs, "\n"))
	assert.Equal(t, "enum-value-order", got[0].Rule)
	assert.Equal(t, "view-column-removed", got[1].Rule)
	assert.Contains(t, got[1].Message, `view "IdpUser" no longer has column "email"`)
}

// withoutBase runs every rule and expects the one line saying why the
// breaking-change rules did not run; the other rules still report.
func withoutBase(t *testing.T, dir, line string) {
	t.Helper()
	code, out, errOut := run(t, dir, "check")
	assert.Equal(t, ExitFindings, code)
	assert.Equal(t, "schemalint: breaking-change rules did not run: "+line+" [view-column-removed, enum-value-order]\n", errOut)
	assert.Contains(t, out, "[view-sensitive-field]")
	assert.NotContains(t, out, "[view-column-removed]")
}

func TestCheckBaseGitLabMergeRequest(t *testing.T) {
	u := newUpstream(t)
	// GitLab fetches the merge request's own branch: its history holds the
	// diff base, and the target branch is not fetched.
	ci := u.clone(t, "--single-branch")
	t.Setenv("GITLAB_CI", "true")
	t.Setenv("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main")
	t.Setenv("CI_MERGE_REQUEST_DIFF_BASE_SHA", u.fork)
	assertFeatureBreaks(t, breaks(t, ci))

	// Without the diff base the target branch is the way, once fetched.
	t.Setenv("CI_MERGE_REQUEST_DIFF_BASE_SHA", "")
	withoutBase(t, ci, "cannot find the merge request's base: the target branch origin/main (CI_MERGE_REQUEST_TARGET_BRANCH_NAME) is not fetched; run git fetch origin main:refs/remotes/origin/main")
	gitSh(t, ci, "git fetch origin main:refs/remotes/origin/main")
	assertFeatureBreaks(t, breaks(t, ci))
}

// A merged results pipeline checks the merge of the source branch into the
// target's tip: that tip is the base. Here main itself dropped the column
// "userTypes" (its own, accepted break): compared with the diff base, the
// merge request would be blamed for it.
func TestCheckBaseGitLabMergedResults(t *testing.T) {
	u := newUpstream(t)
	views := strings.Replace(baseViews, "  userTypes UserType[]\n", "  name      String?\n", 1)
	writeFile(t, u.dir, "prisma/schema/views.prisma", views)
	gitIn(t, u.dir, "commit", "-q", "-am", "main drops userTypes from IdpUser")
	u.mainTip = gitIn(t, u.dir, "rev-parse", "HEAD")

	ci := u.clone(t)
	gitIn(t, ci, "merge", "-q", "--no-commit", "-s", "ours", "origin/main")
	merged := strings.Replace(headViews, "  userTypes UserType[]\n", "  name      String?\n", 1)
	writeFile(t, ci, "prisma/schema/views.prisma", merged)
	gitIn(t, ci, "commit", "-q", "-am", "merged result")

	t.Setenv("GITLAB_CI", "true")
	t.Setenv("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main")
	t.Setenv("CI_MERGE_REQUEST_DIFF_BASE_SHA", u.fork)
	removed := func() []string {
		code, out, errOut := run(t, ci, "check", "--format", "json", "--rule", "view-column-removed")
		require.Equal(t, ExitFindings, code, errOut)
		var cols []string
		for _, f := range findings(t, out) {
			cols = append(cols, f.Message[strings.Index(f.Message, "column "):strings.Index(f.Message, ";")])
		}
		return cols
	}
	assert.Equal(t, []string{`column "email"`, `column "userTypes"`}, removed(), "the diff base alone blames main's change on the merge request")
	t.Setenv("CI_MERGE_REQUEST_TARGET_BRANCH_SHA", u.mainTip)
	assert.Equal(t, []string{`column "email"`}, removed(), "the target's tip is the base of a merged result")
}

// A branch pipeline (no merge request) has no base, and says so.
func TestCheckBaseGitLabBranchPipeline(t *testing.T) {
	u := newUpstream(t)
	t.Setenv("GITLAB_CI", "true")
	withoutBase(t, u.clone(t), `no base; pass --base <ref>, or add base { ref = "origin/main" } to schemalint.hcl`)
}

func TestCheckBaseBitbucketPullRequest(t *testing.T) {
	u := newUpstream(t)
	t.Setenv("BITBUCKET_BUILD_NUMBER", "7")
	t.Setenv("BITBUCKET_PR_DESTINATION_BRANCH", "main")
	// Bitbucket gives the destination's commit as a 12-digit prefix.
	t.Setenv("BITBUCKET_PR_DESTINATION_COMMIT", u.mainTip[:12])
	assertFeatureBreaks(t, breaks(t, u.clone(t)))

	// Bitbucket clones 50 commits deep by default; one is too few to find
	// where the branch forked.
	ci := u.clone(t, "--depth", "1")
	withoutBase(t, ci, "cannot find the pull request's base: the target branch origin/main (BITBUCKET_PR_DESTINATION_BRANCH) is not fetched; run git fetch --unshallow origin main:refs/remotes/origin/main")
	gitSh(t, ci, "git fetch --unshallow origin main:refs/remotes/origin/main")
	assertFeatureBreaks(t, breaks(t, ci))
}

func TestCheckBaseAzurePullRequest(t *testing.T) {
	u := newUpstream(t)
	t.Setenv("TF_BUILD", "True")
	t.Setenv("SYSTEM_PULLREQUEST_TARGETBRANCH", "refs/heads/main")
	assertFeatureBreaks(t, breaks(t, u.clone(t)))

	ci := u.clone(t, "--single-branch")
	withoutBase(t, ci, "cannot find the pull request's base: the target branch origin/main (SYSTEM_PULLREQUEST_TARGETBRANCH) is not fetched; run git fetch origin main:refs/remotes/origin/main")
	gitSh(t, ci, "git fetch origin main:refs/remotes/origin/main")
	assertFeatureBreaks(t, breaks(t, ci))

	// Shallow, with the branch fetched: the fork point is still missing.
	ci = u.clone(t, "--depth", "1", "--no-single-branch")
	withoutBase(t, ci, "cannot find the pull request's base: the checkout is shallow and git cannot find where HEAD forked from origin/main (SYSTEM_PULLREQUEST_TARGETBRANCH); run git fetch --unshallow origin main:refs/remotes/origin/main")
	gitSh(t, ci, "git fetch --unshallow origin main:refs/remotes/origin/main")
	assertFeatureBreaks(t, breaks(t, ci))
}

func TestCheckBaseBuildkitePullRequest(t *testing.T) {
	u := newUpstream(t)
	t.Setenv("BUILDKITE", "true")
	t.Setenv("BUILDKITE_PULL_REQUEST", "42")
	t.Setenv("BUILDKITE_PULL_REQUEST_BASE_BRANCH", "main")
	assertFeatureBreaks(t, breaks(t, u.clone(t)))

	ci := u.clone(t, "--single-branch")
	withoutBase(t, ci, "cannot find the pull request's base: the target branch origin/main (BUILDKITE_PULL_REQUEST_BASE_BRANCH) is not fetched; run git fetch origin main:refs/remotes/origin/main")

	// A build of a branch, not of a pull request.
	t.Setenv("BUILDKITE_PULL_REQUEST", "false")
	withoutBase(t, u.clone(t), `no base; pass --base <ref>, or add base { ref = "origin/main" } to schemalint.hcl`)
}

// --base wins over the CI, and a base the user asked for that cannot be
// read stops the run rather than skipping the comparison.
func TestCheckBaseFlagWinsOverCI(t *testing.T) {
	u := newUpstream(t)
	ci := u.clone(t)
	t.Setenv("TF_BUILD", "True")
	t.Setenv("SYSTEM_PULLREQUEST_TARGETBRANCH", "main")
	code, out, errOut := run(t, ci, "check", "--format", "json", "--rule", "view-column-removed", "--base", "origin/main")
	require.Equal(t, ExitFindings, code, errOut)
	got := findings(t, out)
	require.Len(t, got, 2, "main's tip, as asked: email and name are both gone from it")
	assert.Contains(t, got[0].Message, `no longer has column "email"`)
	assert.Contains(t, got[1].Message, `no longer has column "name"`)
}
