//go:build unix

package repofs

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func write(t *testing.T, path, content string) string {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	return path
}

func TestReadFile(t *testing.T) {
	outside := t.TempDir()
	secret := write(t, filepath.Join(outside, ".env"), "DATABASE_URL=postgres://admin:hunter2@db/prod\n")
	repo := t.TempDir()
	root := New(repo, 1<<10)
	schema := write(t, filepath.Join(repo, "prisma", "schema.prisma"), "model A {\n  id Int @id\n}\n")
	write(t, filepath.Join(repo, "..x", "odd.sql"), "SELECT 1")
	require.NoError(t, syscall.Mkfifo(filepath.Join(repo, "prisma", "pipe.prisma"), 0o644))
	require.NoError(t, os.Symlink("/dev/zero", filepath.Join(repo, "prisma", "zero.prisma")))
	require.NoError(t, os.MkdirAll(filepath.Join(repo, "prisma", "views"), 0o755))
	require.NoError(t, os.Symlink(secret, filepath.Join(repo, "prisma", "views", "leak.sql")))
	require.NoError(t, os.Symlink(outside, filepath.Join(repo, "linked")))
	require.NoError(t, os.Symlink("schema.prisma", filepath.Join(repo, "prisma", "alias.prisma")))
	require.NoError(t, os.Symlink("missing.prisma", filepath.Join(repo, "prisma", "dangling.prisma")))
	write(t, filepath.Join(repo, "big.sql"), strings.Repeat("x", 2<<10))

	for _, tc := range []struct{ name, want string }{
		{"prisma/pipe.prisma", "prisma/pipe.prisma: is a named pipe, not a regular file; schemalint reads only regular files"},
		{"prisma/zero.prisma", "prisma/zero.prisma: is a link to a file outside the repository; schemalint does not follow it"},
		{"prisma/views/leak.sql", "prisma/views/leak.sql: is a link to a file outside the repository; schemalint does not follow it"},
		{"linked/.env", "linked/.env: is a link to a file outside the repository; schemalint does not follow it"},
		{"prisma/dangling.prisma", "prisma/dangling.prisma: is a link to a file that does not exist"},
		{"prisma", "prisma: is a folder, not a regular file; schemalint reads only regular files"},
		{"big.sql", "big.sql: is 2 KiB, more than the 1 KiB schemalint reads of one file; raise max_file_size in schemalint.hcl if it is really part of the schema"},
		{"nope.prisma", "nope.prisma: cannot read: no such file or directory"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(repo)
			_, err := root.ReadFile(tc.name)
			require.Error(t, err)
			assert.Equal(t, tc.want, err.Error())
			assert.NotContains(t, err.Error(), "hunter2")
		})
	}

	b, err := root.ReadFile(schema)
	require.NoError(t, err)
	assert.Contains(t, string(b), "model A")
	_, err = root.ReadFile(filepath.Join(repo, "prisma", "alias.prisma"))
	assert.NoError(t, err, "a link that stays inside the repository is followed")
	_, err = root.ReadFile(filepath.Join(repo, "..x", "odd.sql"))
	assert.NoError(t, err, `a folder named "..x" is inside`)
	_, err = root.ReadFile(secret)
	assert.NoError(t, err, "a file named outside the repository is the user's to name")
}

// Folders are resolved once per root: a second file under a folder that
// links outside is refused as the first was, and one under a folder that
// links inside is read, as is a link beside it that leads out of it.
func TestReadFileFolderOnce(t *testing.T) {
	outside := t.TempDir()
	write(t, filepath.Join(outside, "a.ts"), "secret")
	write(t, filepath.Join(outside, "b.ts"), "secret")
	repo := t.TempDir()
	root := New(repo, 1<<10)
	write(t, filepath.Join(repo, "src", "a.ts"), "a")
	write(t, filepath.Join(repo, "src", "b.ts"), "b")
	require.NoError(t, os.Symlink(outside, filepath.Join(repo, "out")))
	require.NoError(t, os.Symlink("src", filepath.Join(repo, "lib")))
	require.NoError(t, os.Symlink(filepath.Join(outside, "a.ts"), filepath.Join(repo, "src", "c.ts")))
	for range 2 {
		for _, name := range []string{"out/a.ts", "out/b.ts", "src/c.ts", "lib/c.ts"} {
			_, err := root.ReadFile(filepath.Join(repo, name))
			require.Error(t, err, name)
			assert.Equal(t, filepath.Join(repo, name)+": is a link to a file outside the repository; schemalint does not follow it", err.Error())
		}
		for _, name := range []string{"src/a.ts", "src/b.ts", "lib/a.ts", "lib/b.ts"} {
			b, err := root.ReadFile(filepath.Join(repo, name))
			require.NoError(t, err, name)
			assert.Equal(t, name[len(name)-4:len(name)-3], string(b), name)
		}
	}
}

func TestDefaultLimit(t *testing.T) {
	assert.Equal(t, int64(DefaultMaxFileSize), New(t.TempDir(), 0).maxFileSize)
}

// A file is read whole whatever its size against the buffer sized from
// its stat; one that grows past the limit while read is refused.
func TestReadFileWhole(t *testing.T) {
	repo := t.TempDir()
	root := New(repo, 1<<20)
	for _, n := range []int{0, 1, 511, 512, 4096, 100_003, 1 << 20} {
		content := strings.Repeat("model A {}\n", n/11+1)[:n]
		path := write(t, filepath.Join(repo, "s.prisma"), content)
		b, err := root.ReadFile(path)
		require.NoError(t, err, "%d bytes", n)
		assert.Equal(t, content, string(b), "%d bytes", n)
	}
}

// A file longer than its stat says (as one written while it is read, or
// Linux's /proc files, which stat as empty) is still read whole.
func TestReadFileLongerThanItsStat(t *testing.T) {
	const status = "/proc/self/status"
	if _, err := os.Stat(status); err != nil {
		t.Skip("no /proc/self/status on this system")
	}
	b, err := New("/proc/self", 1<<20).ReadFile(status)
	require.NoError(t, err)
	assert.Contains(t, string(b), "VmRSS:")
	assert.Contains(t, string(b), "\nPid:\t", "the middle of the file, past the stat's size")
}

// A folder resolved from its parent's answer is where EvalSymlinks says,
// through links to folders at any depth, inside and out, whatever was
// read before it.
func TestFolderIsEvalSymlinks(t *testing.T) {
	outside := t.TempDir()
	repo := t.TempDir()
	for _, d := range []string{"a/b/c", "a/x", "src/deep/er"} {
		require.NoError(t, os.MkdirAll(filepath.Join(repo, d), 0o755))
	}
	require.NoError(t, os.MkdirAll(filepath.Join(outside, "in", "side"), 0o755))
	require.NoError(t, os.Symlink("../src", filepath.Join(repo, "a", "b", "up")))
	require.NoError(t, os.Symlink(outside, filepath.Join(repo, "a", "out")))
	require.NoError(t, os.Symlink("b", filepath.Join(repo, "a", "bb")))
	dirs := []string{"a/b/c", "a/b/up/deep/er", "a/out/in/side", "a/bb/c", "a/bb/up/deep", "src/deep/er", "a/x", "a", "a/b", "a/missing", "a/b/c/missing/more"}
	for _, order := range [][]string{dirs, {"a/b/up/deep/er", "a/out/in/side", "a/bb/c", "a", "a/b/c"}} {
		root := New(repo, 0)
		for _, d := range order {
			dir := filepath.Join(repo, filepath.FromSlash(d)) + string(filepath.Separator)
			want, wantErr := filepath.EvalSymlinks(dir)
			got, err := root.folder(dir)
			if wantErr != nil {
				assert.Error(t, err, d)
				continue
			}
			require.NoError(t, err, d)
			assert.Equal(t, want, got, d)
		}
	}
}

// A file that nothing names is not opened, and its error is the open's.
func TestReadFileOfNothingIsTheOpensError(t *testing.T) {
	repo := t.TempDir()
	root := New(repo, 0)
	for _, name := range []string{filepath.Join(repo, "package.json"), filepath.Join(repo, "prisma", "schema.prisma")} {
		_, want := os.Open(name)
		_, err := root.ReadFile(name)
		require.Error(t, err)
		var rerr *Error
		require.ErrorAs(t, err, &rerr)
		assert.Equal(t, want, rerr.Err, name)
		assert.ErrorIs(t, err, os.ErrNotExist)
		assert.Equal(t, name+": cannot read: no such file or directory", err.Error())
		_, werr := os.Stat(name)
		_, serr := root.Stat(name)
		assert.Equal(t, werr, serr, name)
	}
}
