package base

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/sharedtest"
)

// testRepo is a real git repository with two commits: first (the base)
// and second (the head, checked out).
type testRepo struct {
	dir           string
	first, second string
}

// The base commit: a schema folder, SQL views, a migration.
var firstFiles = map[string]string{
	"prisma/schema/base.prisma":                           "datasource db {\n  provider = \"postgresql\"\n}\n",
	"prisma/schema/views.prisma":                          "view IdpUser {\n  id    String  @unique\n  email String?\n}\n",
	"prisma/schema/gone.prisma":                           "enum Gone {\n  A\n}\n",
	"prisma/schema/node_modules/x/skip.prisma":            "ignored",
	"prisma/views/idp_views/IdpUser.sql":                  "SELECT id, email FROM idp.users\n",
	"prisma/migrations/20260101000000_init/migration.sql": "CREATE VIEW v AS SELECT 1 AS one;\n",
	"README.md": "base\n",
}

// The head commit: views.prisma changed, gone.prisma deleted, a file and a
// whole schema folder added.
var secondFiles = map[string]string{
	"prisma/schema/views.prisma": "view IdpUser {\n  id String @unique\n}\n",
	"prisma/schema/added.prisma": "enum Added {\n  B\n}\n",
	"apps/new/schema.prisma":     "datasource db {\n  provider = \"sqlite\"\n}\n",
}

func gitEnv(t *testing.T) {
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_AUTHOR_NAME", "test")
	t.Setenv("GIT_AUTHOR_EMAIL", "test@example.com")
	t.Setenv("GIT_COMMITTER_NAME", "test")
	t.Setenv("GIT_COMMITTER_EMAIL", "test@example.com")
}

func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "git %s: %s", strings.Join(args, " "), out)
	return strings.TrimSpace(string(out))
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	}
}

func newTestRepo(t *testing.T) *testRepo {
	sharedtest.Tool(t, "git")
	gitEnv(t)
	r := &testRepo{dir: t.TempDir()}
	git(t, r.dir, "init", "-q", "-b", "main")
	writeFiles(t, r.dir, firstFiles)
	git(t, r.dir, "add", "-A")
	git(t, r.dir, "commit", "-q", "-m", "base")
	r.first = git(t, r.dir, "rev-parse", "HEAD")
	writeFiles(t, r.dir, secondFiles)
	require.NoError(t, os.Remove(filepath.Join(r.dir, "prisma/schema/gone.prisma")))
	git(t, r.dir, "add", "-A")
	git(t, r.dir, "commit", "-q", "-m", "head")
	r.second = git(t, r.dir, "rev-parse", "HEAD")
	return r
}

// shallowClone clones only the head commit, as actions/checkout does.
func (r *testRepo) shallowClone(t *testing.T) string {
	dir := filepath.Join(t.TempDir(), "shallow")
	out, err := exec.Command("git", "clone", "-q", "--depth", "1", "file://"+r.dir, dir).CombinedOutput()
	require.NoError(t, err, "%s", out)
	return dir
}

func noEnv(string) string { return "" }

func envOf(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

// globs are the SQL globs lint passes for a prisma/schema root.
func globs(dir string) ([]string, []string) {
	return []string{filepath.Join(dir, "prisma/views/**/*.sql")},
		[]string{filepath.Join(dir, "prisma/migrations/**/migration.sql")}
}

func names(t *testing.T, dir string, srcs []prisma.Source) map[string]string {
	out := map[string]string{}
	for _, s := range srcs {
		rel, err := filepath.Rel(dir, s.Name)
		require.NoError(t, err)
		out[filepath.ToSlash(rel)] = string(s.Src)
	}
	return out
}

// assertFirstCommit checks that root was read as it was in the first
// commit: changed files old, deleted files present, added files absent.
func assertFirstCommit(t *testing.T, b *Base, dir string) {
	t.Helper()
	views, migrations := globs(dir)
	root, err := b.Load(context.Background(), filepath.Join(dir, "prisma/schema"), views, migrations)
	require.NoError(t, err)
	assert.Equal(t, map[string]string{
		"prisma/schema/base.prisma":  firstFiles["prisma/schema/base.prisma"],
		"prisma/schema/views.prisma": firstFiles["prisma/schema/views.prisma"],
		"prisma/schema/gone.prisma":  firstFiles["prisma/schema/gone.prisma"],
	}, names(t, dir, root.Schema))
	assert.Equal(t, map[string]string{
		"prisma/views/idp_views/IdpUser.sql": firstFiles["prisma/views/idp_views/IdpUser.sql"],
	}, names(t, dir, root.Views))
	assert.Equal(t, map[string]string{
		"prisma/migrations/20260101000000_init/migration.sql": firstFiles["prisma/migrations/20260101000000_init/migration.sql"],
	}, names(t, dir, root.Migrations))

	// A single-file root, and a folder the base did not have.
	one, err := b.Load(context.Background(), filepath.Join(dir, "prisma/schema/views.prisma"), nil, nil)
	require.NoError(t, err)
	require.Len(t, one.Schema, 1)
	assert.Equal(t, firstFiles["prisma/schema/views.prisma"], string(one.Schema[0].Src))
	_, err = b.Load(context.Background(), filepath.Join(dir, "apps/new"), nil, nil)
	assert.ErrorIs(t, err, ErrNotAtBase)
	_, err = b.Load(context.Background(), filepath.Join(dir, "prisma/schema/added.prisma"), nil, nil)
	assert.ErrorIs(t, err, ErrNotAtBase)
}

func TestGitBase(t *testing.T) {
	r := newTestRepo(t)
	for _, ref := range []string{r.first, "HEAD~1", "main~1"} {
		t.Run(ref, func(t *testing.T) {
			// From a subfolder: the repository's root is found.
			b, why := Open(context.Background(), Env{Dir: filepath.Join(r.dir, "prisma"), Ref: ref, Getenv: noEnv})
			require.NotNil(t, b, why)
			assert.Equal(t, r.dir, b.Dir)
			assert.Contains(t, b.Label, ref)
			assert.IsType(t, Git{}, b.Tree)
			assertFirstCommit(t, b, r.dir)
		})
	}
}

func TestGitBaseUnknownRef(t *testing.T) {
	r := newTestRepo(t)
	b, why := Open(context.Background(), Env{Dir: r.dir, Ref: "no-such-branch", Getenv: noEnv})
	assert.Nil(t, b)
	assert.Equal(t, "cannot read base no-such-branch: git does not know it; fetch it (git fetch origin no-such-branch, or actions/checkout with fetch-depth: 0)", why)
}

func TestNotARepository(t *testing.T) {
	gitEnv(t)
	dir := t.TempDir()
	b, why := Open(context.Background(), Env{Dir: dir, Ref: "main", Getenv: noEnv})
	assert.Nil(t, b)
	assert.Contains(t, why, "is not in a git repository")
}

func TestShallowCloneLacksTheBase(t *testing.T) {
	r := newTestRepo(t)
	shallow := r.shallowClone(t)
	assert.Equal(t, "true", git(t, shallow, "rev-parse", "--is-shallow-repository"))
	cmd := exec.Command("git", "-C", shallow, "cat-file", "-e", r.first+"^{commit}")
	require.Error(t, cmd.Run(), "a depth-1 clone must lack the first commit")

	b, why := Open(context.Background(), Env{Dir: shallow, Ref: r.first, Getenv: noEnv})
	assert.Nil(t, b)
	assert.Equal(t, "cannot read base "+r.first+": the checkout is shallow and git lacks it; fetch it (git fetch origin "+r.first+", or actions/checkout with fetch-depth: 0)", why)
}

func writeEvent(t *testing.T, payload any) string {
	p := filepath.Join(t.TempDir(), "event.json")
	b, err := json.Marshal(payload)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(p, b, 0o644))
	return p
}

func prEvent(sha string) map[string]any {
	return map[string]any{"action": "synchronize", "pull_request": map[string]any{"number": 7, "base": map[string]any{"sha": sha, "ref": "main"}}}
}

func TestPullRequestBaseFromEvent(t *testing.T) {
	r := newTestRepo(t)
	env := map[string]string{"GITHUB_ACTIONS": "true", "GITHUB_EVENT_PATH": writeEvent(t, prEvent(r.first))}
	b, why := Open(context.Background(), Env{Dir: r.dir, Getenv: envOf(env)})
	require.NotNil(t, b, why)
	assert.Equal(t, "the pull request's base "+r.first[:7], b.Label)
	assertFirstCommit(t, b, r.dir)

	// --base wins over the event.
	b, why = Open(context.Background(), Env{Dir: r.dir, Ref: r.second, Getenv: envOf(env)})
	require.NotNil(t, b, why)
	assert.Equal(t, Git{Dir: r.dir, Commit: r.second}, b.Tree)

	// A push has no base, and says nothing.
	env["GITHUB_EVENT_PATH"] = writeEvent(t, map[string]any{"ref": "refs/heads/main", "before": r.first})
	b, why = Open(context.Background(), Env{Dir: r.dir, Getenv: envOf(env)})
	assert.Nil(t, b)
	assert.Empty(t, why)

	// Outside GitHub Actions, no --base means no base.
	b, why = Open(context.Background(), Env{Dir: r.dir, Getenv: noEnv})
	assert.Nil(t, b)
	assert.Empty(t, why)

	env["GITHUB_EVENT_PATH"] = filepath.Join(t.TempDir(), "missing.json")
	b, why = Open(context.Background(), Env{Dir: r.dir, Getenv: envOf(env)})
	assert.Nil(t, b)
	assert.Contains(t, why, "cannot find the pull request's base: GITHUB_EVENT_PATH: open ")
}

func TestMergeGroupBase(t *testing.T) {
	r := newTestRepo(t)
	env := map[string]string{"GITHUB_ACTIONS": "true", "GITHUB_EVENT_PATH": writeEvent(t, map[string]any{"merge_group": map[string]any{"base_sha": r.first}})}
	b, why := Open(context.Background(), Env{Dir: r.dir, Getenv: envOf(env)})
	require.NotNil(t, b, why)
	assert.Equal(t, Git{Dir: r.dir, Commit: r.first}, b.Tree)
}

func TestDirTree(t *testing.T) {
	head, old := t.TempDir(), t.TempDir()
	writeFiles(t, old, firstFiles)
	b := &Base{Dir: head, Tree: Dir(old), Label: "fixture"}
	assertFirstCommit(t, b, head)
}

func TestIsSchemaFile(t *testing.T) {
	assert.True(t, isSchemaFile("prisma/schema", "prisma/schema/a.prisma"))
	assert.True(t, isSchemaFile("prisma/schema", "prisma/schema/sub/b.prisma"))
	assert.False(t, isSchemaFile("prisma/schema", "prisma/schema/node_modules/c.prisma"))
	assert.False(t, isSchemaFile("prisma/schema", "prisma/schema/.hidden/d.prisma"))
	assert.False(t, isSchemaFile("prisma/schema", "prisma/schema/readme.md"))
	assert.True(t, isSchemaFile("", "schema.prisma"))
}
