package base

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// worktreeRoot answers as git rev-parse --show-cdup does, or not at all:
// then git's own discovery runs.
func TestWorktreeRootIsGits(t *testing.T) {
	r := newTestRepo(t)
	outside := t.TempDir()
	link := filepath.Join(outside, "link")
	require.NoError(t, os.Symlink(filepath.Join(r.dir, "prisma/schema"), link))
	nested := filepath.Join(r.dir, "apps/nested")
	require.NoError(t, os.MkdirAll(filepath.Join(nested, "sub"), 0o755))
	git(t, nested, "init", "-q")
	linked := filepath.Join(outside, "linked")
	git(t, r.dir, "worktree", "add", "-q", linked, r.first)
	bare := filepath.Join(outside, "bare.git")
	git(t, outside, "init", "-q", "--bare", bare)

	for _, c := range []struct {
		dir   string
		plain bool // answered without git
	}{
		{r.dir, true},
		{filepath.Join(r.dir, "prisma/schema"), true},
		{link, true},
		{filepath.Join(nested, "sub"), true},
		{filepath.Join(r.dir, ".git"), false},
		{filepath.Join(r.dir, ".git/refs"), false},
		{filepath.Join(linked, "prisma"), false},
		{bare, false},
		{outside, false},
	} {
		t.Run(c.dir, func(t *testing.T) {
			top, _, _, _ := repositoryAt(context.Background(), c.dir, "")
			got := worktreeRoot(c.dir)
			if c.plain {
				assert.NotEmpty(t, got)
				assert.Equal(t, top, got)
			} else {
				assert.Empty(t, got)
			}
			// Either way, Open finds what git finds.
			b, why := Open(context.Background(), Env{Dir: c.dir, Ref: "HEAD", Getenv: noEnv})
			if top == "" {
				assert.Nil(t, b)
				assert.NotEmpty(t, why)
				return
			}
			if b != nil {
				assert.Equal(t, top, b.Dir)
			}
		})
	}

	// A variable that moves the repository: git's discovery answers.
	t.Setenv("GIT_DIR", filepath.Join(r.dir, ".git"))
	assert.Empty(t, worktreeRoot(r.dir))
}

// A moved work tree (core.worktree) or a bare repository's config is
// not the plain case.
func TestWorktreeRootReadsTheConfig(t *testing.T) {
	r := newTestRepo(t)
	require.NotEmpty(t, worktreeRoot(r.dir))
	git(t, r.dir, "config", "core.worktree", r.dir)
	assert.Empty(t, worktreeRoot(r.dir))
	git(t, r.dir, "config", "--unset", "core.worktree")
	require.NotEmpty(t, worktreeRoot(r.dir))
	git(t, r.dir, "config", "core.bare", "true")
	assert.Empty(t, worktreeRoot(r.dir))
}

// The base's commit is the one rev-parse names, for whatever revision is
// asked: a ref that is not one plain word (a line of cat-file's input
// cannot hold it as rev-parse reads it) is resolved by rev-parse itself.
func TestOpenResolvesAsRevParse(t *testing.T) {
	r := newTestRepo(t)
	git(t, r.dir, "tag", "v1", r.first)
	git(t, r.dir, "tag", "-a", "-m", "annotated", "v1a", r.first)
	for _, ref := range []string{"HEAD", "HEAD^", "HEAD~1", "main~1", "v1", "v1a", "refs/tags/v1a", "HEAD@{1}",
		"HEAD@{1 year ago}", r.first, r.first[:12], r.first[:3], "-h", "--all", "main\nHEAD", "HEAD^{tree}",
		"HEAD:prisma", "no-such", "main..HEAD", ":/base", ":/head"} {
		b, why := Open(context.Background(), Env{Dir: r.dir, Ref: ref, Getenv: noEnv})
		want := revParse(context.Background(), r.dir, ref)
		if want == "" {
			assert.Nil(t, b, ref)
			assert.Contains(t, why, "git does not know it", ref)
			continue
		}
		require.NotNil(t, b, "%s: %s", ref, why)
		assert.Equal(t, Git{Dir: r.dir, Commit: want}, b.Tree, ref)
	}
}

// With a git older than 2.36, the commit is resolved by rev-parse and
// the base read by ls-tree and cat-file --batch, --batch-command being
// tried once.
func TestOpenWithoutBatchCommand(t *testing.T) {
	r := newTestRepo(t)
	log := fakeGit(t, `if [ "$4" = --batch-command ]; then echo "error: unknown option 'batch-command'" >&2; exit 129; fi`)
	b, why := Open(context.Background(), Env{Dir: r.dir, Ref: "HEAD~1", Getenv: noEnv})
	require.NotNil(t, b, why)
	assert.Equal(t, Git{Dir: r.dir, Commit: r.first}, b.Tree)
	assertFirstCommit(t, b, r.dir)
	runs := gitRuns(t, log)
	require.GreaterOrEqual(t, len(runs), 4, "git runs: %q", runs)
	assert.Contains(t, runs[0], "cat-file --batch-command")
	assert.Contains(t, runs[1], "rev-parse")
	for _, run := range runs[1:] {
		assert.NotContains(t, run, "--batch-command")
	}
}
