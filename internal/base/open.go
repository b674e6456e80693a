package base

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"strings"
)

// Env is what Open looks at.
type Env struct {
	// Dir is the working directory, inside the repository.
	Dir string
	// Ref is the git ref asked for (--base); "" means the base setting's,
	// else the one the environment implies (see Detect), else none.
	Ref string
	// ConfigRef is the base setting's ref (base { ref = "…" } in
	// schemalint.hcl) and ConfigAt its file:line:col.
	ConfigRef, ConfigAt string
	// Getenv reads the environment; nil means os.Getenv.
	Getenv func(string) string
	// HTTPClient talks to the GitHub API; nil means http.DefaultClient.
	HTTPClient *http.Client
}

// Unreadable is a base that is known but cannot be read: why, and the way
// out.
type Unreadable struct {
	Origin   Origin
	Why, Way string
}

func (u *Unreadable) Error() string {
	msg := u.Why
	switch {
	case u.Origin.Label == "":
	case u.Origin.Ref == "":
		msg = fmt.Sprintf("cannot find %s: %s", u.Origin.Label, u.Why)
	default:
		msg = fmt.Sprintf("cannot read base %s: %s", u.Origin.Label, u.Why)
	}
	if u.Way != "" {
		msg += "; " + u.Way
	}
	return msg
}

// Open is Resolve with the reason as one line: nil and "" when no base is
// known.
func Open(ctx context.Context, env Env) (*Base, string) {
	b, _, err := Resolve(ctx, env)
	if err != nil {
		return nil, err.Error()
	}
	return b, ""
}

// Resolve finds the base to compare with, in this order: --base, the base
// setting, the environment (Detect). A ref is read from git when git has
// the commit, else, in GitHub Actions, through the GitHub API; a target
// branch or commit is compared at its merge base with HEAD. Without a base
// it returns nil, the origin (zero when none is known) and, when one is
// known, why it cannot be read.
func Resolve(ctx context.Context, env Env) (*Base, Origin, *Unreadable) {
	getenv := env.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	var origin Origin
	switch {
	case env.Ref != "":
		origin = Origin{Ref: env.Ref, Label: env.Ref, Asked: true, At: "--base"}
	case env.ConfigRef != "":
		origin = Origin{Ref: env.ConfigRef, Label: env.ConfigRef, Asked: true, At: env.ConfigAt, Fork: true}
	default:
		var err error
		if origin, err = Detect(getenv); err != nil {
			return nil, origin, &Unreadable{Why: err.Error()}
		}
		if !origin.Known() {
			return nil, origin, nil
		}
	}
	if origin.Ref == "" {
		b, u := mergeBase(ctx, env.Dir, origin)
		return b, origin, u
	}
	b, u := openRef(ctx, env, getenv, origin)
	return b, origin, u
}

// openRef reads a ref: as it is, or where HEAD forked from it (Fork).
func openRef(ctx context.Context, env Env, getenv func(string) string, origin Origin) (*Base, *Unreadable) {
	ref, label := origin.Ref, origin.Label
	top := ""
	why := ""
	// The way out of a missing commit is to fetch it; without git, or
	// outside a repository, fetching cannot help.
	fetch := ref
	if branch, ok := strings.CutPrefix(ref, "origin/"); ok && branch != "" {
		// git fetch origin origin/main fetches nothing: name the branch
		// and where it goes.
		fetch = branch + ":refs/remotes/origin/" + branch
	}
	way := fmt.Sprintf("fetch it (git fetch origin %s, or actions/checkout with fetch-depth: 0)", fetch)
	if _, err := exec.LookPath("git"); err != nil {
		why, way = "git is not installed", "install git"
	} else if t, c, started, old, notWhy, notWay := findRepository(ctx, env.Dir, ref); t == "" {
		why, way = notWhy, notWay
	} else {
		top = t
		commit := c
		// The base is read by the process that resolved its commit.
		opened := func(b *Base) *Base {
			b.started, b.noBatchCommand = started, old
			return b
		}
		switch {
		case commit != "" && origin.Fork:
			out, err := runGit(ctx, top, nil, "merge-base", "HEAD", commit)
			if err != nil {
				if started != nil {
					started.close(false)
				}
				why = "git cannot find where HEAD forked from it"
				if isShallow(ctx, top) {
					why = "the checkout is shallow and " + why
					way = "run git fetch --unshallow"
				} else {
					way = "compare with a ref HEAD shares history with"
				}
				return nil, &Unreadable{Origin: origin, Why: why, Way: way}
			}
			mb := strings.TrimSpace(string(out))
			label += " (forked at " + short(mb) + ")"
			return opened(&Base{Dir: top, Tree: Git{Dir: top, Commit: mb}, Label: label, Origin: origin}), nil
		case commit != "":
			if commit != ref {
				label += " (" + short(commit) + ")"
			}
			return opened(&Base{Dir: top, Tree: Git{Dir: top, Commit: commit}, Label: label, Origin: origin}), nil
		case ref == "HEAD":
			// pre-commit before the first commit: nothing was committed
			// that a change could break.
			return nil, &Unreadable{Origin: origin, Why: "the repository has no commit yet", Way: "commit once, and the next commits are compared with HEAD"}
		case isShallow(ctx, top):
			why = "the checkout is shallow and git lacks it"
		default:
			why = "git does not know it"
		}
	}

	// The GitHub API reads commits, not where HEAD forked from a branch.
	repo := getenv("GITHUB_REPOSITORY")
	if repo == "" || origin.Fork {
		return nil, &Unreadable{Origin: origin, Why: why, Way: way}
	}
	token := getenv("INPUT_GITHUB-TOKEN")
	if token == "" {
		token = getenv("GITHUB_TOKEN")
	}
	gh, err := NewGitHub(getenv("GITHUB_API_URL"), token, repo, ref, env.HTTPClient)
	if err != nil {
		return nil, &Unreadable{Origin: origin, Why: fmt.Sprintf("%s, and %v", why, err)}
	}
	// One listing proves the API answers before any rule relies on it.
	if _, err := gh.List(ctx, ""); err != nil {
		return nil, &Unreadable{Origin: origin, Why: fmt.Sprintf("%s, and %v", why, err)}
	}
	root := top
	if root == "" {
		if root = getenv("GITHUB_WORKSPACE"); root == "" {
			root = env.Dir
		}
	}
	return &Base{Dir: root, Tree: gh, Label: label + " (through the GitHub API)", Origin: origin}, nil
}

// mergeBase finds where HEAD forked from the target commit or branch.
func mergeBase(ctx context.Context, dir string, origin Origin) (*Base, *Unreadable) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, &Unreadable{Origin: origin, Why: "git is not installed", Way: "install git"}
	}
	top, why, way := repository(ctx, dir)
	if top == "" {
		return nil, &Unreadable{Origin: origin, Why: why, Way: way}
	}
	// Each candidate is a ref to resolve and the name it goes by.
	named := func(what, v string) string { return fmt.Sprintf("%s (%s)", what, v) }
	var candidates [][2]string
	if origin.Target != "" {
		candidates = append(candidates, [2]string{origin.Target, named(origin.Target, origin.TargetVar)})
	}
	if origin.Branch != "" {
		candidates = append(candidates,
			[2]string{"refs/remotes/origin/" + origin.Branch, named("origin/"+origin.Branch, origin.BranchVar)},
			[2]string{"refs/heads/" + origin.Branch, named(origin.Branch, origin.BranchVar)})
	}
	found := ""
	for _, c := range candidates {
		commit := revParse(ctx, top, c[0])
		if commit == "" {
			continue
		}
		if found == "" {
			found = c[1]
		}
		out, err := runGit(ctx, top, nil, "merge-base", "HEAD", commit)
		if err != nil {
			continue
		}
		mb := strings.TrimSpace(string(out))
		return &Base{Dir: top, Tree: Git{Dir: top, Commit: mb}, Label: origin.Label + " " + short(mb), Origin: origin}, nil
	}
	shallow := isShallow(ctx, top)
	switch {
	case found != "" && shallow:
		why = "the checkout is shallow and git cannot find where HEAD forked from " + found
	case found != "":
		why = "HEAD shares no history with " + found
	case origin.Branch != "":
		why = "the target branch " + named("origin/"+origin.Branch, origin.BranchVar) + " is not fetched"
	default:
		why = "commit " + named(origin.Target, origin.TargetVar) + " is not in the checkout"
	}
	fetch := "git fetch"
	if shallow {
		fetch += " --unshallow"
	}
	if origin.Branch != "" {
		fetch += fmt.Sprintf(" origin %s:refs/remotes/origin/%s", origin.Branch, origin.Branch)
	} else {
		fetch += " origin " + origin.Target
	}
	return nil, &Unreadable{Origin: origin, Why: why, Way: "run " + fetch}
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
