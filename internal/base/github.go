package base

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/google/go-github/v60/github"
)

// GitHub reads one commit through GitHub's REST API, for checkouts that
// lack it (actions/checkout fetches one commit by default).
type GitHub struct {
	Client      *github.Client
	Owner, Repo string
	Ref         string // a commit id, branch or tag

	mu     sync.Mutex
	listed bool
	files  []string // the whole tree, when one listing held it
}

// NewGitHub makes a reader of owner/repo at ref. apiURL is the REST API's
// root (GITHUB_API_URL; "" for api.github.com); token may be "" for
// public repositories.
func NewGitHub(apiURL, token, repository, ref string, hc *http.Client) (*GitHub, error) {
	owner, repo, ok := strings.Cut(repository, "/")
	if !ok || owner == "" || repo == "" || strings.Contains(repo, "/") {
		return nil, fmt.Errorf("GitHub repository %q is not owner/name", repository)
	}
	c := github.NewClient(hc)
	if token != "" {
		c = c.WithAuthToken(token)
	}
	if apiURL != "" {
		u, err := url.Parse(apiURL)
		if err != nil || u.Scheme == "" || u.Host == "" {
			return nil, fmt.Errorf("GitHub API URL %q is not an absolute URL", apiURL)
		}
		if !strings.HasSuffix(u.Path, "/") {
			u.Path += "/"
		}
		c.BaseURL = u
	}
	return &GitHub{Client: c, Owner: owner, Repo: repo, Ref: ref}, nil
}

// List implements Tree: the whole tree comes in one request (the git
// trees API); when GitHub truncates it (over 100,000 entries), folders are
// listed one by one through the contents API.
func (g *GitHub) List(ctx context.Context, p string) ([]string, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.listed {
		tree, _, err := g.Client.Git.GetTree(ctx, g.Owner, g.Repo, g.Ref, true)
		if err != nil {
			return nil, g.explain(err, "the file list")
		}
		g.listed = true
		if !tree.GetTruncated() {
			g.files = []string{}
			for _, e := range tree.Entries {
				if e.GetType() == "blob" && e.GetMode() != "120000" {
					g.files = append(g.files, e.GetPath())
				}
			}
			sort.Strings(g.files)
		}
	}
	if g.files == nil {
		return g.listContents(ctx, p)
	}
	var out []string
	for _, f := range g.files {
		if p == "" || f == p || strings.HasPrefix(f, p+"/") {
			out = append(out, f)
		}
	}
	return out, nil
}

func (g *GitHub) listContents(ctx context.Context, p string) ([]string, error) {
	file, dir, _, err := g.Client.Repositories.GetContents(ctx, g.Owner, g.Repo, p, &github.RepositoryContentGetOptions{Ref: g.Ref})
	if isNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, g.explain(err, p)
	}
	if file != nil {
		if file.GetType() == "file" {
			return []string{p}, nil
		}
		return nil, nil
	}
	var out []string
	for _, e := range dir {
		switch e.GetType() {
		case "file":
			out = append(out, e.GetPath())
		case "dir":
			sub, err := g.listContents(ctx, e.GetPath())
			if err != nil {
				return nil, err
			}
			out = append(out, sub...)
		}
	}
	sort.Strings(out)
	return out, nil
}

// Read implements Tree with the contents API (base64 content), falling
// back to the blobs API for files over 1 MB, which it does not inline.
func (g *GitHub) Read(ctx context.Context, paths []string) ([][]byte, error) {
	out := make([][]byte, len(paths))
	for i, p := range paths {
		file, _, _, err := g.Client.Repositories.GetContents(ctx, g.Owner, g.Repo, p, &github.RepositoryContentGetOptions{Ref: g.Ref})
		if err != nil {
			return nil, g.explain(err, p)
		}
		if file == nil {
			return nil, fmt.Errorf("GitHub API: %s is a folder at %s, not a file", p, g.Ref)
		}
		if file.GetEncoding() == "none" || (file.Content == nil && file.GetSize() > 0) {
			raw, _, err := g.Client.Git.GetBlobRaw(ctx, g.Owner, g.Repo, file.GetSHA())
			if err != nil {
				return nil, g.explain(err, p)
			}
			out[i] = raw
			continue
		}
		text, err := file.GetContent()
		if err != nil {
			return nil, fmt.Errorf("GitHub API: %s: %v", p, err)
		}
		out[i] = []byte(text)
	}
	return out, nil
}

func isNotFound(err error) bool {
	var er *github.ErrorResponse
	return errors.As(err, &er) && er.Response != nil && er.Response.StatusCode == http.StatusNotFound
}

// explain turns an API failure into one line that says what to do.
func (g *GitHub) explain(err error, what string) error {
	where := fmt.Sprintf("reading %s of %s/%s at %s", what, g.Owner, g.Repo, g.Ref)
	var rl *github.RateLimitError
	if errors.As(err, &rl) {
		return fmt.Errorf("GitHub API rate limit exceeded %s (%d requests an hour, resets at %s): pass a token (GITHUB_TOKEN) or fetch the base with git",
			where, rl.Rate.Limit, rl.Rate.Reset.UTC().Format(time.RFC3339))
	}
	var abuse *github.AbuseRateLimitError
	if errors.As(err, &abuse) {
		return fmt.Errorf("GitHub API secondary rate limit %s (retry after %s): retry later or fetch the base with git", where, abuse.GetRetryAfter())
	}
	var er *github.ErrorResponse
	if errors.As(err, &er) && er.Response != nil {
		status := fmt.Sprintf("%d %s", er.Response.StatusCode, er.Message)
		if er.Message == "" {
			status = er.Response.Status
		}
		switch er.Response.StatusCode {
		case http.StatusUnauthorized:
			return fmt.Errorf("GitHub API refused the token %s (%s): check GITHUB_TOKEN or the action's github-token input", where, status)
		case http.StatusForbidden:
			return fmt.Errorf("GitHub API denied access %s (%s): the token needs the contents: read permission", where, status)
		case http.StatusNotFound:
			return fmt.Errorf("GitHub API answered not found %s (%s): the repository or commit does not exist or is not visible with this token", where, status)
		}
		return fmt.Errorf("GitHub API failed %s (%s)", where, status)
	}
	return fmt.Errorf("GitHub API failed %s: %v", where, err)
}
