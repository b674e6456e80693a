package base

import (
	"bytes"
	"context"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/sharedtest"
)

// The trees walked through cat-file list what `git ls-tree -r -l` lists:
// files (executable too) with their ids and sizes; no symlink, no
// submodule, nothing under a file or a missing folder; in a SHA-1 and a
// SHA-256 repository.
func TestCatFileListsAsLsTree(t *testing.T) {
	sharedtest.Tool(t, "git")
	gitEnv(t)
	for _, format := range []string{"sha1", "sha256"} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			git(t, dir, "init", "-q", "--object-format="+format)
			writeFiles(t, dir, map[string]string{
				"prisma/schema.prisma":                       "model A {\n  id Int @id\n}\n",
				"prisma/migrations/20260101_a/migration.sql": "CREATE TABLE a (id int);\n",
				"prisma/migrations/20260102_b/migration.sql": "CREATE TABLE b (id int);\n",
				"prisma/migrations/deep/er/still/x.sql":      "SELECT 1;\n",
				"prisma/views/a view é.sql":                  "SELECT 2;\n",
				"prisma-other/schema.prisma":                 "",
				"README.md":                                  "readme\n",
			})
			require.NoError(t, os.Chmod(filepath.Join(dir, "prisma/migrations/20260101_a/migration.sql"), 0o755))
			require.NoError(t, os.Symlink("schema.prisma", filepath.Join(dir, "prisma/link.prisma")))
			git(t, dir, "add", "-A")
			// A submodule: a commit in the tree, not a file.
			git(t, dir, "update-index", "--add", "--cacheinfo", "160000,"+git(t, dir, "hash-object", "-w", "README.md")+",prisma/sub")
			git(t, dir, "commit", "-q", "-m", "base")
			commit := git(t, dir, "rev-parse", "HEAD")
			g := Git{Dir: dir, Commit: commit}
			for _, prefixes := range [][]string{
				{""}, {"prisma"}, {"prisma/schema.prisma"}, {"prisma/migrations", "prisma/views"},
				{"prisma", "prisma/migrations"}, {"nope"}, {"prisma/schema.prisma/x"}, {"prisma/sub"},
				{"prisma/link.prisma"}, {"prism"}, {"prisma/migrations/deep"},
			} {
				want, err := g.files(context.Background(), prefixes)
				require.NoError(t, err)
				b := &Base{Dir: dir, Tree: g}
				r := &reader{ctx: context.Background(), b: b, g: g}
				got, err := r.files(prefixes)
				require.NoError(t, err)
				ids := make([]string, len(got))
				for i, f := range got {
					ids[i] = f.id
				}
				sizes, err := r.sizes(ids)
				require.NoError(t, err)
				for i := range got {
					got[i].size = sizes[i]
				}
				r.close()
				assert.Equal(t, want, got, "%q", prefixes)
			}
		})
	}
}

// craftedCommit writes a tree object of entries (mode, name, id) as they are,
// without the checks of git mktree, and a commit of it.
func craftedCommit(t *testing.T, dir string, entries [][3]string) string {
	t.Helper()
	var tree bytes.Buffer
	for _, e := range entries {
		id, err := hex.DecodeString(e[2])
		require.NoError(t, err)
		tree.WriteString(e[0] + " " + e[1] + "\x00")
		tree.Write(id)
	}
	cmd := exec.Command("git", "-C", dir, "hash-object", "-t", "tree", "--literally", "-w", "--stdin")
	cmd.Stdin = &tree
	out, err := cmd.Output()
	require.NoError(t, err)
	return git(t, dir, "commit-tree", "-m", "crafted", strings.TrimSpace(string(out)))
}

// A crafted tree whose entry would name a file outside the repository, or
// names one file twice, is an error, as is a tree git lacks.
func TestCatFileRefusesCraftedTrees(t *testing.T) {
	r := newTestRepo(t)
	blobID := git(t, r.dir, "rev-parse", r.first+":README.md")
	prismaID := git(t, r.dir, "rev-parse", r.first+":prisma")
	for _, c := range []struct {
		entries [][3]string
		root    string
		want    string
	}{
		{[][3]string{{"40000", "..", prismaID}}, "", `".." at .* is not a path inside the repository`},
		{[][3]string{{"100644", "a/b.prisma", blobID}}, "a", `"a/b.prisma" at .* is not a path inside the repository`},
		{[][3]string{{"100644", "a.prisma", blobID}, {"100644", "a.prisma", blobID}}, "", `"a.prisma" is twice in its folder`},
		{[][3]string{{"40000", "prisma", strings.Repeat("1", 40)}}, "prisma", `the tree of "prisma" at .* is missing from the repository`},
	} {
		commit := craftedCommit(t, r.dir, c.entries)
		b := &Base{Dir: r.dir, Tree: Git{Dir: r.dir, Commit: commit}, Label: "base"}
		_, err := b.Load(context.Background(), filepath.Join(r.dir, c.root), nil, nil)
		require.Error(t, err, "%q", c.entries)
		assert.Regexp(t, c.want, err.Error())
	}
}

// A tree larger than schemalint reads of one folder is refused from its
// size, before its contents are read.
func TestCatFileRefusesHugeTree(t *testing.T) {
	r := newTestRepo(t)
	defer func(old int64) { maxTree = old }(maxTree)
	maxTree = 40
	b := &Base{Dir: r.dir, Tree: Git{Dir: r.dir, Commit: r.first}, Label: "base"}
	_, err := b.Load(context.Background(), filepath.Join(r.dir, "prisma"), nil, nil)
	require.Error(t, err)
	assert.Regexp(t, `the tree of "(prisma)?" at .* is 1 KiB, more than the 1 KiB schemalint reads of one folder; narrow the paths`, err.Error())
}

// A git older than 2.36 lacks cat-file --batch-command: the base is then
// listed by ls-tree and read by cat-file --batch, and git is not asked
// for --batch-command again.
func TestGitLoadWithoutBatchCommand(t *testing.T) {
	r := newTestRepo(t)
	log := fakeGit(t, `if [ "$4" = --batch-command ]; then echo "error: unknown option 'batch-command'" >&2; exit 129; fi`)
	b := &Base{Dir: r.dir, Tree: Git{Dir: r.dir, Commit: r.first}, Label: "base"}
	assertFirstCommit(t, b, r.dir)
	runs := gitRuns(t, log)
	require.GreaterOrEqual(t, len(runs), 3, "git runs: %q", runs)
	assert.Contains(t, runs[0], "cat-file --batch-command")
	assert.Contains(t, runs[1], "ls-tree")
	assert.Contains(t, runs[2], "cat-file --batch")
	for _, run := range runs[1:] {
		assert.NotContains(t, run, "--batch-command")
	}
}
