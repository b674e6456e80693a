package base

import (
	"context"
	"os"
	"os/exec"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Each CI's variables, as the CI sets them, give one origin.
func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want Origin
	}{
		{"nothing", nil, Origin{}},
		{"GitLab merge request", map[string]string{"GITLAB_CI": "true", "CI_MERGE_REQUEST_DIFF_BASE_SHA": "abc", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"},
			Origin{Target: "abc", TargetVar: "CI_MERGE_REQUEST_DIFF_BASE_SHA", Branch: "main", BranchVar: "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", Label: "the merge request's base"}},
		{"GitLab merged result", map[string]string{"GITLAB_CI": "true", "CI_MERGE_REQUEST_TARGET_BRANCH_SHA": "tip", "CI_MERGE_REQUEST_DIFF_BASE_SHA": "abc", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"},
			Origin{Target: "tip", TargetVar: "CI_MERGE_REQUEST_TARGET_BRANCH_SHA", Branch: "main", BranchVar: "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", Label: "the merge request's base"}},
		{"GitLab branch pipeline", map[string]string{"GITLAB_CI": "true"}, Origin{}},
		{"Bitbucket pull request", map[string]string{"BITBUCKET_BUILD_NUMBER": "7", "BITBUCKET_PR_DESTINATION_BRANCH": "main", "BITBUCKET_PR_DESTINATION_COMMIT": "0123456789ab"},
			Origin{Target: "0123456789ab", TargetVar: "BITBUCKET_PR_DESTINATION_COMMIT", Branch: "main", BranchVar: "BITBUCKET_PR_DESTINATION_BRANCH", Label: "the pull request's base"}},
		{"Bitbucket branch build", map[string]string{"BITBUCKET_BUILD_NUMBER": "7"}, Origin{}},
		{"Azure Repos pull request", map[string]string{"TF_BUILD": "True", "SYSTEM_PULLREQUEST_TARGETBRANCH": "refs/heads/release/2.0"},
			Origin{Branch: "release/2.0", BranchVar: "SYSTEM_PULLREQUEST_TARGETBRANCH", Label: "the pull request's base"}},
		{"Azure, GitHub repository", map[string]string{"TF_BUILD": "True", "SYSTEM_PULLREQUEST_TARGETBRANCH": "main"},
			Origin{Branch: "main", BranchVar: "SYSTEM_PULLREQUEST_TARGETBRANCH", Label: "the pull request's base"}},
		{"Buildkite pull request", map[string]string{"BUILDKITE": "true", "BUILDKITE_PULL_REQUEST": "42", "BUILDKITE_PULL_REQUEST_BASE_BRANCH": "main"},
			Origin{Branch: "main", BranchVar: "BUILDKITE_PULL_REQUEST_BASE_BRANCH", Label: "the pull request's base"}},
		{"Buildkite branch build", map[string]string{"BUILDKITE": "true", "BUILDKITE_PULL_REQUEST": "false", "BUILDKITE_PULL_REQUEST_BASE_BRANCH": ""}, Origin{}},
		{"pre-commit", map[string]string{"PRE_COMMIT": "1"}, Origin{Ref: "HEAD", Label: "HEAD"}},
		{"pre-commit --from-ref", map[string]string{"PRE_COMMIT": "1", "PRE_COMMIT_FROM_REF": "abc"}, Origin{Ref: "abc", Label: "abc"}},
		{"pre-commit in a merge request pipeline", map[string]string{"PRE_COMMIT": "1", "GITLAB_CI": "true", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"},
			Origin{Branch: "main", BranchVar: "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", Label: "the merge request's base"}},
		{"pre-commit in a branch pipeline", map[string]string{"PRE_COMMIT": "1", "GITLAB_CI": "true"}, Origin{Ref: "HEAD", Label: "HEAD"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Detect(envOf(tt.env))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// A container user reading a checkout its CI made as another user: git
// refuses it, and the message says how to trust it rather than that
// there is no repository.
func TestCheckoutOfAnotherUser(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("not root: cannot give the checkout to another user; skipping")
	}
	r := newTestRepo(t)
	require.NoError(t, exec.Command("chown", "-R", "nobody", r.dir).Run())
	b, why := Open(context.Background(), Env{Dir: r.dir, Ref: "HEAD~1", Getenv: noEnv})
	assert.Nil(t, b)
	assert.Equal(t, "cannot read base HEAD~1: git refuses "+r.dir+": the checkout belongs to another user; trust it: git config --global --add safe.directory "+r.dir+", or set GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0="+r.dir, why)

	t.Setenv("GIT_CONFIG_COUNT", "1")
	t.Setenv("GIT_CONFIG_KEY_0", "safe.directory")
	t.Setenv("GIT_CONFIG_VALUE_0", r.dir)
	b, why = Open(context.Background(), Env{Dir: r.dir, Ref: "HEAD~1", Getenv: noEnv})
	require.NotNil(t, b, why)
	assertFirstCommit(t, b, r.dir)
}
