package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// The README's CI snippets, run as their CI would run them: the script
// lines in a shell, in a clone made as that CI makes it, with its
// variables set and this test binary as the schemalint on PATH.

// readmeBlock returns the fenced block of the README whose first line is
// first.
func readmeBlock(t *testing.T, first string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoTop(t), "README.md"))
	require.NoError(t, err)
	for _, block := range strings.Split(string(b), "```")[1:] {
		_, body, _ := strings.Cut(block, "\n")
		if strings.HasPrefix(body, first+"\n") {
			return body
		}
	}
	t.Fatalf("README.md has no block starting with %q", first)
	return ""
}

// onPath puts this test binary on PATH as schemalint.
func onPath(t *testing.T) {
	self, err := os.Executable()
	require.NoError(t, err)
	bin := t.TempDir()
	writeFile(t, bin, "schemalint", "#!/bin/sh\nexec "+self+" \"$@\"\n")
	require.NoError(t, os.Chmod(filepath.Join(bin, "schemalint"), 0o755))
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("SCHEMALINT_TEST_AS_CLI", "1")
}

// clonedAsRoot gives the checkout to another user, as a CI runner cloning
// as root does for the image's non-root user (when the test may).
func clonedAsRoot(t *testing.T, dir string) {
	if os.Geteuid() != 0 {
		return
	}
	out, err := exec.Command("chown", "-R", "nobody", dir).CombinedOutput()
	require.NoError(t, err, "%s", out)
}

// runScript runs script lines as a CI does: one shell, stopping at the
// first failure.
func runScript(t *testing.T, dir string, lines []string) (int, string) {
	t.Helper()
	cmd := exec.Command("sh", "-ec", strings.Join(lines, "\n"))
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return code, string(out)
}

func assertSnippetFoundTheBreak(t *testing.T, code int, out string) {
	t.Helper()
	assert.Equal(t, ExitFindings, code, out)
	assert.Contains(t, out, `view "IdpUser" no longer has column "email"`)
	assert.Contains(t, out, "[enum-value-order]")
	assert.NotContains(t, out, `column "name"`, "compared where the branch forked")
	assert.NotContains(t, out, "did not run")
}

func TestReadmeGitLabSnippet(t *testing.T) {
	var job struct {
		Schemalint struct {
			Variables map[string]string `yaml:"variables"`
			Script    []string          `yaml:"script"`
		} `yaml:"schemalint"`
	}
	require.NoError(t, yaml.Unmarshal([]byte(readmeBlock(t, "# .gitlab-ci.yml")), &job))
	require.Equal(t, "0", job.Schemalint.Variables["GIT_DEPTH"])
	u := newUpstream(t)
	// GIT_DEPTH 0: the merge request's branch with all its history, and
	// not the target branch.
	ci := u.clone(t, "--single-branch")
	onPath(t)
	t.Setenv("GITLAB_CI", "true")
	t.Setenv("CI_PROJECT_DIR", ci)
	t.Setenv("CI_MERGE_REQUEST_DIFF_BASE_SHA", u.fork)
	t.Setenv("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main")
	clonedAsRoot(t, ci)
	code, out := runScript(t, ci, job.Schemalint.Script)
	assertSnippetFoundTheBreak(t, code, out)
}

func TestReadmeBitbucketSnippet(t *testing.T) {
	var pipeline struct {
		Clone struct {
			Depth string `yaml:"depth"`
		} `yaml:"clone"`
		Pipelines struct {
			PullRequests map[string][]struct {
				Step struct {
					Script []string `yaml:"script"`
				} `yaml:"step"`
			} `yaml:"pull-requests"`
		} `yaml:"pipelines"`
	}
	require.NoError(t, yaml.Unmarshal([]byte(readmeBlock(t, "# bitbucket-pipelines.yml")), &pipeline))
	require.Equal(t, "full", pipeline.Clone.Depth)
	steps := pipeline.Pipelines.PullRequests["**"]
	require.Len(t, steps, 1)
	u := newUpstream(t)
	// depth: full, of the source branch only.
	ci := u.clone(t, "--single-branch")
	onPath(t)
	t.Setenv("BITBUCKET_BUILD_NUMBER", "7")
	t.Setenv("BITBUCKET_CLONE_DIR", ci)
	t.Setenv("BITBUCKET_PR_DESTINATION_BRANCH", "main")
	t.Setenv("BITBUCKET_PR_DESTINATION_COMMIT", u.mainTip[:12])
	clonedAsRoot(t, ci)
	code, out := runScript(t, ci, steps[0].Step.Script)
	assertSnippetFoundTheBreak(t, code, out)
}

// The generic snippet, in a CI schemalint knows nothing of that made a
// one-commit clone.
func TestReadmeGenericCISnippet(t *testing.T) {
	var lines []string
	for _, line := range strings.Split(readmeBlock(t, "git fetch --unshallow origin main:refs/remotes/origin/main  # drop --unshallow on a full clone"), "\n") {
		if cmd, _, _ := strings.Cut(line, "#"); strings.TrimSpace(cmd) != "" {
			lines = append(lines, strings.TrimSpace(cmd))
		}
	}
	require.Equal(t, []string{"git fetch --unshallow origin main:refs/remotes/origin/main", "schemalint check"}, lines)
	u := newUpstream(t)
	ci := u.clone(t, "--depth", "1")
	writeFile(t, ci, "schemalint.hcl", "base {\n  ref = \"origin/main\"\n}\n")
	onPath(t)
	code, out := runScript(t, ci, lines)
	assertSnippetFoundTheBreak(t, code, out)
}
