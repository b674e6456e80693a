package base

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os/exec"
	"path"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeGitHub answers like GitHub's REST API (git trees, contents, blobs)
// from a commit of a real local repository.
type fakeGitHub struct {
	t      *testing.T
	repo   string // the local repository serving the files
	commit string
	token  string
	// truncated makes the trees API say the listing is incomplete, so that
	// folders are listed through the contents API.
	truncated bool
	// big files are served as GitHub serves files over 1 MB: no content.
	big map[string]bool
	// fail, when set, answers instead of the API.
	fail func(w http.ResponseWriter, r *http.Request) bool

	mu       sync.Mutex
	requests []string
}

func (f *fakeGitHub) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.requests = append(f.requests, r.URL.Path)
	f.mu.Unlock()
	if f.fail != nil && f.fail(w, r) {
		return
	}
	if f.token != "" && r.Header.Get("Authorization") != "Bearer "+f.token {
		apiError(w, http.StatusUnauthorized, "Bad credentials")
		return
	}
	rest, ok := strings.CutPrefix(r.URL.Path, "/repos/acme/identity/")
	if !ok {
		apiError(w, http.StatusNotFound, "Not Found")
		return
	}
	switch {
	case strings.HasPrefix(rest, "git/trees/"):
		f.tree(w, r, strings.TrimPrefix(rest, "git/trees/"))
	case strings.HasPrefix(rest, "contents"):
		f.contents(w, r, strings.TrimPrefix(strings.TrimPrefix(rest, "contents"), "/"))
	case strings.HasPrefix(rest, "git/blobs/"):
		if r.Header.Get("Accept") != "application/vnd.github.v3.raw" {
			apiError(w, http.StatusUnsupportedMediaType, "raw only here")
			return
		}
		w.Header().Set("Content-Type", "application/vnd.github.v3.raw")
		w.Write(f.blob(strings.TrimPrefix(rest, "git/blobs/")))
	default:
		apiError(w, http.StatusNotFound, "Not Found")
	}
}

func apiError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"message": msg, "documentation_url": "https://docs.github.com/rest"})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	json.NewEncoder(w).Encode(v)
}

// lsTree lists entries of the commit: (type, sha, path) per line.
func (f *fakeGitHub) lsTree(args ...string) [][3]string {
	out := git(f.t, f.repo, append([]string{"ls-tree", "--full-tree", f.commit}, args...)...)
	var entries [][3]string
	for _, line := range strings.Split(out, "\n") {
		meta, name, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		fields := strings.Fields(meta)
		entries = append(entries, [3]string{fields[1], fields[2], name})
	}
	return entries
}

func (f *fakeGitHub) tree(w http.ResponseWriter, r *http.Request, ref string) {
	if ref != f.commit || r.URL.Query().Get("recursive") != "1" {
		apiError(w, http.StatusNotFound, "Not Found")
		return
	}
	var entries []map[string]any
	for _, e := range f.lsTree("-r", "-t") {
		entries = append(entries, map[string]any{"path": e[2], "mode": "100644", "type": e[0], "sha": e[1]})
	}
	writeJSON(w, map[string]any{"sha": f.commit, "tree": entries, "truncated": f.truncated})
}

func (f *fakeGitHub) contents(w http.ResponseWriter, r *http.Request, p string) {
	if r.URL.Query().Get("ref") != f.commit {
		apiError(w, http.StatusNotFound, "No commit found for the ref "+r.URL.Query().Get("ref"))
		return
	}
	p, _ = url.PathUnescape(p)
	var self [3]string
	if p != "" {
		found := f.lsTree("--", p)
		if len(found) != 1 || found[0][2] != p {
			apiError(w, http.StatusNotFound, "Not Found")
			return
		}
		self = found[0]
	}
	if self[0] == "blob" {
		body := f.blob(self[1])
		entry := map[string]any{"type": "file", "name": path.Base(p), "path": p, "sha": self[1], "size": len(body)}
		if f.big[p] {
			entry["encoding"] = "none"
			entry["content"] = ""
		} else {
			// GitHub wraps base64 content at 60 characters.
			enc := base64.StdEncoding.EncodeToString(body)
			var wrapped strings.Builder
			for len(enc) > 60 {
				wrapped.WriteString(enc[:60] + "\n")
				enc = enc[60:]
			}
			wrapped.WriteString(enc)
			entry["encoding"] = "base64"
			entry["content"] = wrapped.String()
		}
		writeJSON(w, entry)
		return
	}
	args := []string{}
	if p != "" {
		args = append(args, "--", p+"/")
	}
	var listing []map[string]any
	for _, e := range f.lsTree(args...) {
		kind := map[string]string{"blob": "file", "tree": "dir"}[e[0]]
		listing = append(listing, map[string]any{"type": kind, "name": path.Base(e[2]), "path": e[2], "sha": e[1]})
	}
	writeJSON(w, listing)
}

func (f *fakeGitHub) blob(sha string) []byte {
	out, err := exec.Command("git", "-C", f.repo, "cat-file", "blob", sha).Output()
	require.NoError(f.t, err)
	return out
}

func (f *fakeGitHub) served() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.requests...)
}

// apiEnv is the environment of a pull request's workflow run whose
// checkout lacks the base.
func apiEnv(t *testing.T, serverURL, base string) map[string]string {
	return map[string]string{
		"GITHUB_ACTIONS":     "true",
		"GITHUB_EVENT_PATH":  writeEvent(t, prEvent(base)),
		"GITHUB_REPOSITORY":  "acme/identity",
		"GITHUB_API_URL":     serverURL,
		"INPUT_GITHUB-TOKEN": "s3cret",
	}
}

func TestGitHubAPIBase(t *testing.T) {
	r := newTestRepo(t)
	shallow := r.shallowClone(t)
	for _, tc := range []struct {
		name      string
		truncated bool
		big       map[string]bool
	}{
		{"tree listing", false, nil},
		{"truncated tree: folder listings", true, nil},
		{"file over 1 MB: blobs API", false, map[string]bool{"prisma/schema/views.prisma": true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fake := &fakeGitHub{t: t, repo: r.dir, commit: r.first, token: "s3cret", truncated: tc.truncated, big: tc.big}
			srv := httptest.NewServer(fake)
			defer srv.Close()
			b, why := Open(context.Background(), Env{Dir: shallow, Getenv: envOf(apiEnv(t, srv.URL, r.first))})
			require.NotNil(t, b, why)
			assert.Equal(t, "the pull request's base "+r.first[:7]+" (through the GitHub API)", b.Label)
			assert.Equal(t, shallow, b.Dir)
			assertFirstCommit(t, b, shallow)
			if tc.truncated {
				assert.Contains(t, fake.served(), "/repos/acme/identity/contents/prisma/schema")
			}
			if tc.big != nil {
				assert.Contains(t, fake.served(), "/repos/acme/identity/git/blobs/"+git(t, r.dir, "rev-parse", r.first+":prisma/schema/views.prisma"))
			}
		})
	}
}

// GITHUB_TOKEN stands in when the action's input is not set.
func TestGitHubAPIToken(t *testing.T) {
	r := newTestRepo(t)
	fake := &fakeGitHub{t: t, repo: r.dir, commit: r.first, token: "from-env"}
	srv := httptest.NewServer(fake)
	defer srv.Close()
	env := apiEnv(t, srv.URL, r.first)
	delete(env, "INPUT_GITHUB-TOKEN")
	env["GITHUB_TOKEN"] = "from-env"
	b, why := Open(context.Background(), Env{Dir: r.shallowClone(t), Getenv: envOf(env)})
	require.NotNil(t, b, why)
}

func TestGitHubAPIErrors(t *testing.T) {
	r := newTestRepo(t)
	shallow := r.shallowClone(t)
	reset := time.Date(2026, 11, 22, 3, 0, 0, 0, time.UTC)
	prefix := "cannot read base the pull request's base " + r.first[:7] + ": the checkout is shallow and git lacks it, and "
	for _, tc := range []struct {
		name string
		fake *fakeGitHub
		edit func(env map[string]string)
		want string
	}{
		{
			name: "404: repository not visible",
			fake: &fakeGitHub{token: "s3cret"},
			edit: func(env map[string]string) { env["GITHUB_REPOSITORY"] = "acme/private" },
			want: "GitHub API answered not found reading the file list of acme/private at " + r.first + " (404 Not Found): the repository or commit does not exist or is not visible with this token",
		},
		{
			name: "401: bad token",
			fake: &fakeGitHub{token: "another"},
			want: "GitHub API refused the token reading the file list of acme/identity at " + r.first + " (401 Bad credentials): check GITHUB_TOKEN or the action's github-token input",
		},
		{
			name: "403: rate limit",
			fake: &fakeGitHub{fail: func(w http.ResponseWriter, _ *http.Request) bool {
				w.Header().Set("X-RateLimit-Limit", "60")
				w.Header().Set("X-RateLimit-Remaining", "0")
				w.Header().Set("X-RateLimit-Reset", strconv.FormatInt(reset.Unix(), 10))
				apiError(w, http.StatusForbidden, "API rate limit exceeded for 203.0.113.7.")
				return true
			}},
			want: "GitHub API rate limit exceeded reading the file list of acme/identity at " + r.first + " (60 requests an hour, resets at 2026-11-22T03:00:00Z): pass a token (GITHUB_TOKEN) or fetch the base with git",
		},
		{
			name: "403: no permission",
			fake: &fakeGitHub{fail: func(w http.ResponseWriter, _ *http.Request) bool {
				apiError(w, http.StatusForbidden, "Resource not accessible by integration")
				return true
			}},
			want: "GitHub API denied access reading the file list of acme/identity at " + r.first + " (403 Resource not accessible by integration): the token needs the contents: read permission",
		},
		{
			name: "not owner/name",
			fake: &fakeGitHub{},
			edit: func(env map[string]string) { env["GITHUB_REPOSITORY"] = "identity" },
			want: `GitHub repository "identity" is not owner/name`,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.fake.t, tc.fake.repo, tc.fake.commit = t, r.dir, r.first
			srv := httptest.NewServer(tc.fake)
			defer srv.Close()
			env := apiEnv(t, srv.URL, r.first)
			if tc.edit != nil {
				tc.edit(env)
			}
			b, why := Open(context.Background(), Env{Dir: shallow, Getenv: envOf(env)})
			assert.Nil(t, b)
			assert.Equal(t, prefix+tc.want, why)
		})
	}
}

// A failure after the listing (a file read hitting the rate limit) is an
// error of Load, which lint turns into a note.
func TestGitHubAPIReadError(t *testing.T) {
	r := newTestRepo(t)
	shallow := r.shallowClone(t)
	fake := &fakeGitHub{token: "s3cret"}
	fake.fail = func(w http.ResponseWriter, req *http.Request) bool {
		if !strings.Contains(req.URL.Path, "/contents/prisma/schema/views.prisma") {
			return false
		}
		w.Header().Set("X-RateLimit-Remaining", "0")
		w.Header().Set("X-RateLimit-Limit", "1000")
		w.Header().Set("X-RateLimit-Reset", "1795000000")
		apiError(w, http.StatusForbidden, "API rate limit exceeded for installation ID 1.")
		return true
	}
	fake.t, fake.repo, fake.commit = t, r.dir, r.first
	srv := httptest.NewServer(fake)
	defer srv.Close()
	b, why := Open(context.Background(), Env{Dir: shallow, Getenv: envOf(apiEnv(t, srv.URL, r.first))})
	require.NotNil(t, b, why)
	_, err := b.Load(context.Background(), shallow+"/prisma/schema", nil, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "GitHub API rate limit exceeded reading prisma/schema/views.prisma of acme/identity at "+r.first+" (1000 requests an hour, resets at ")
}

// Without GITHUB_REPOSITORY there is no API to fall back on.
func TestShallowOutsideActions(t *testing.T) {
	r := newTestRepo(t)
	env := map[string]string{"GITHUB_ACTIONS": "true", "GITHUB_EVENT_PATH": writeEvent(t, prEvent(r.first))}
	b, why := Open(context.Background(), Env{Dir: r.shallowClone(t), Getenv: envOf(env)})
	assert.Nil(t, b)
	assert.Contains(t, why, "the checkout is shallow and git lacks it; fetch it (git fetch origin "+r.first+", or actions/checkout with fetch-depth: 0)")
}
