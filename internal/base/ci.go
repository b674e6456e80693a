package base

import (
	"fmt"
	"strings"
)

// Origin says where a base comes from: a ref read as it is, or a target
// the head will merge into, whose merge base with HEAD is the base.
type Origin struct {
	// Ref is a ref or commit read as it is (--base, the base setting, a
	// GitHub pull request's base commit, HEAD under pre-commit).
	Ref string
	// Target is a commit and Branch a branch name the head merges into:
	// the base is where HEAD forked from them (git merge-base). Target is
	// tried first, then origin/<Branch>, then <Branch>.
	Target, Branch string
	// TargetVar and BranchVar name the variables they were read from.
	TargetVar, BranchVar string
	// Label names the base in messages ("the merge request's base").
	Label string
	// Asked marks a base the user asked for (--base, the base setting): one
	// that cannot be read stops the run.
	Asked bool
	// At is where the user asked for it: "--base", or the base setting's
	// file:line:col.
	At string
	// Fork compares Ref at its merge base with HEAD, as a pull request's
	// diff does: a branch behind a target that moved on is not blamed for
	// what the target added since.
	Fork bool
	// github marks a base commit from a GitHub event, which the GitHub API
	// can read when git lacks it.
	github bool
}

// EnvVars are the variables Detect reads (tests clear them to stand
// outside any CI).
var EnvVars = []string{
	"GITHUB_ACTIONS", "GITHUB_EVENT_PATH",
	"GITLAB_CI", "CI_MERGE_REQUEST_TARGET_BRANCH_SHA", "CI_MERGE_REQUEST_DIFF_BASE_SHA", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME",
	"BITBUCKET_BUILD_NUMBER", "BITBUCKET_PR_DESTINATION_COMMIT", "BITBUCKET_PR_DESTINATION_BRANCH",
	"TF_BUILD", "SYSTEM_PULLREQUEST_TARGETBRANCH",
	"BUILDKITE", "BUILDKITE_PULL_REQUEST", "BUILDKITE_PULL_REQUEST_BASE_BRANCH",
	"PRE_COMMIT", "PRE_COMMIT_FROM_REF",
}

// Known reports whether there is a base to look for.
func (o Origin) Known() bool { return o.Ref != "" || o.Target != "" || o.Branch != "" }

// Detect finds the base the environment implies: a pull or merge request's
// target in a CI that names it, else HEAD when pre-commit runs the hook.
// A zero Origin means none; a GitHub event that cannot be read is an
// error.
func Detect(getenv func(string) string) (Origin, error) {
	switch {
	case getenv("GITHUB_ACTIONS") == "true":
		sha, err := eventBase(getenv("GITHUB_EVENT_PATH"))
		if err != nil {
			return Origin{}, fmt.Errorf("cannot find the pull request's base: %v", err)
		}
		if sha != "" {
			return Origin{Ref: sha, Label: "the pull request's base " + short(sha), github: true}, nil
		}
	case getenv("GITLAB_CI") == "true":
		// In merged results pipelines HEAD is the merge with the target's
		// tip, which is then the base; otherwise the merge request's diff
		// base is where the source branch forked.
		o := Origin{Label: "the merge request's base", Branch: getenv("CI_MERGE_REQUEST_TARGET_BRANCH_NAME"), BranchVar: "CI_MERGE_REQUEST_TARGET_BRANCH_NAME"}
		for _, v := range []string{"CI_MERGE_REQUEST_TARGET_BRANCH_SHA", "CI_MERGE_REQUEST_DIFF_BASE_SHA"} {
			if sha := getenv(v); sha != "" {
				o.Target, o.TargetVar = sha, v
				break
			}
		}
		if o.Known() {
			return o, nil
		}
	case getenv("BITBUCKET_BUILD_NUMBER") != "" || getenv("BITBUCKET_PR_DESTINATION_BRANCH") != "":
		o := Origin{Label: "the pull request's base",
			Target: getenv("BITBUCKET_PR_DESTINATION_COMMIT"), TargetVar: "BITBUCKET_PR_DESTINATION_COMMIT",
			Branch: getenv("BITBUCKET_PR_DESTINATION_BRANCH"), BranchVar: "BITBUCKET_PR_DESTINATION_BRANCH"}
		if o.Known() {
			return o, nil
		}
	case strings.EqualFold(getenv("TF_BUILD"), "true"):
		// Azure Repos give refs/heads/main, GitHub repositories main.
		if b := strings.TrimPrefix(getenv("SYSTEM_PULLREQUEST_TARGETBRANCH"), "refs/heads/"); b != "" {
			return Origin{Label: "the pull request's base", Branch: b, BranchVar: "SYSTEM_PULLREQUEST_TARGETBRANCH"}, nil
		}
	case getenv("BUILDKITE") == "true":
		if pr := getenv("BUILDKITE_PULL_REQUEST"); pr != "" && pr != "false" {
			if b := getenv("BUILDKITE_PULL_REQUEST_BASE_BRANCH"); b != "" {
				return Origin{Label: "the pull request's base", Branch: b, BranchVar: "BUILDKITE_PULL_REQUEST_BASE_BRANCH"}, nil
			}
		}
	}
	if getenv("PRE_COMMIT") == "1" {
		// pre-commit leaves the staged state in the working tree (it
		// stashes unstaged changes), so the head is what is being
		// committed and the base is HEAD. Run with --from-ref (or as a
		// pre-push hook) it names the base itself.
		if from := getenv("PRE_COMMIT_FROM_REF"); from != "" {
			return Origin{Ref: from, Label: from}, nil
		}
		return Origin{Ref: "HEAD", Label: "HEAD"}, nil
	}
	return Origin{}, nil
}
