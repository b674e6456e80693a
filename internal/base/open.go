package base

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
)

// Env is what Open looks at.
type Env struct {
	// Dir is the working directory, inside the repository.
	Dir string
	// Ref is the git ref asked for (--base); "" means a pull request's base
	// commit when running in GitHub Actions, else no base.
	Ref string
	// Getenv reads the environment; nil means os.Getenv.
	Getenv func(string) string
	// HTTPClient talks to the GitHub API; nil means http.DefaultClient.
	HTTPClient *http.Client
}

// Open finds the base to compare with: the ref in git when git has the
// commit, else, in GitHub Actions, the same commit through the GitHub API.
// Without a base it returns nil and a one-line reason, which is "" when
// none was asked for (no --base, and not a pull request).
func Open(ctx context.Context, env Env) (*Base, string) {
	getenv := env.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	ref, label := env.Ref, env.Ref
	if ref == "" {
		if getenv("GITHUB_ACTIONS") != "true" {
			return nil, ""
		}
		sha, err := eventBase(getenv("GITHUB_EVENT_PATH"))
		if err != nil {
			return nil, fmt.Sprintf("cannot find the pull request's base: %v", err)
		}
		if sha == "" {
			return nil, "" // a push, a schedule…: nothing to compare with
		}
		ref, label = sha, "the pull request's base "+short(sha)
	}

	top := ""
	why := ""
	// The way out of a missing commit is to fetch it; without git, or
	// outside a repository, fetching cannot help.
	way := fmt.Sprintf("fetch it (git fetch origin %s, or actions/checkout with fetch-depth: 0)", ref)
	if _, err := exec.LookPath("git"); err != nil {
		why, way = "git is not installed", "install git"
	} else if top = toplevel(ctx, env.Dir); top == "" {
		why, way = env.Dir+" is not in a git repository", "run schemalint in the repository's checkout"
	} else if commit := revParse(ctx, top, ref); commit != "" {
		if commit != ref {
			label += " (" + short(commit) + ")"
		}
		return &Base{Dir: top, Tree: Git{Dir: top, Commit: commit}, Label: label}, ""
	} else if isShallow(ctx, top) {
		why = "the checkout is shallow and git lacks it"
	} else {
		why = "git does not know it"
	}

	repository := getenv("GITHUB_REPOSITORY")
	if repository == "" {
		return nil, fmt.Sprintf("cannot read base %s: %s; %s", label, why, way)
	}
	token := getenv("INPUT_GITHUB-TOKEN")
	if token == "" {
		token = getenv("GITHUB_TOKEN")
	}
	gh, err := NewGitHub(getenv("GITHUB_API_URL"), token, repository, ref, env.HTTPClient)
	if err != nil {
		return nil, fmt.Sprintf("cannot read base %s: %s, and %v", label, why, err)
	}
	// One listing proves the API answers before any rule relies on it.
	if _, err := gh.List(ctx, ""); err != nil {
		return nil, fmt.Sprintf("cannot read base %s: %s, and %v", label, why, err)
	}
	root := top
	if root == "" {
		if root = getenv("GITHUB_WORKSPACE"); root == "" {
			root = env.Dir
		}
	}
	return &Base{Dir: root, Tree: gh, Label: label + " (through the GitHub API)"}, ""
}

// eventBase reads the base commit of the pull request (or merge queue
// entry) that triggered the workflow; "" for other events.
func eventBase(path string) (string, error) {
	if path == "" {
		return "", fmt.Errorf("GITHUB_EVENT_PATH is not set")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("GITHUB_EVENT_PATH: %v", err)
	}
	var ev struct {
		PullRequest *struct {
			Base struct {
				SHA string `json:"sha"`
			} `json:"base"`
		} `json:"pull_request"`
		MergeGroup *struct {
			BaseSHA string `json:"base_sha"`
		} `json:"merge_group"`
	}
	if err := json.Unmarshal(b, &ev); err != nil {
		return "", fmt.Errorf("%s: %v", path, err)
	}
	switch {
	case ev.PullRequest != nil:
		return ev.PullRequest.Base.SHA, nil
	case ev.MergeGroup != nil:
		return ev.MergeGroup.BaseSHA, nil
	}
	return "", nil
}

func short(sha string) string {
	if len(sha) > 7 {
		return sha[:7]
	}
	return sha
}
