package base

import (
	"context"
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

// countGit puts a git on PATH that logs each run's arguments to the
// returned file and runs the real one.
func countGit(t *testing.T) string {
	t.Helper()
	return fakeGit(t, "")
}

// fakeGit is countGit whose git runs before the real one the shell
// commands of before (the arguments in "$@", the real git in $git).
func fakeGit(t *testing.T, before string) string {
	t.Helper()
	real, err := exec.LookPath("git")
	require.NoError(t, err)
	bin := t.TempDir()
	log := filepath.Join(t.TempDir(), "git.log")
	script := "#!/bin/sh\necho \"$*\" >>" + log + "\ngit=" + real + "\n" + before + "\nexec " + real + " \"$@\"\n"
	require.NoError(t, os.WriteFile(filepath.Join(bin, "git"), []byte(script), 0o755))
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	return log
}

func gitRuns(t *testing.T, log string) []string {
	b, err := os.ReadFile(log)
	if os.IsNotExist(err) {
		return nil
	}
	require.NoError(t, err)
	return strings.Split(strings.TrimSpace(string(b)), "\n")
}

// A root, its views and its migrations are listed and read by one git
// process, however many globs there are.
func TestGitLoadRunsOneProcess(t *testing.T) {
	r := newTestRepo(t)
	b := &Base{Dir: r.dir, Tree: Git{Dir: r.dir, Commit: r.first}, Label: "base"}
	log := countGit(t)
	views, migrations := globs(r.dir)
	migrations = append(migrations, filepath.Join(r.dir, "**/*.sql"))
	root, err := b.Load(context.Background(), filepath.Join(r.dir, "prisma/schema"), views, migrations)
	require.NoError(t, err)
	assert.Len(t, root.Schema, 3)
	runs := gitRuns(t, log)
	require.Len(t, runs, 1, "git runs: %q", runs)
	assert.Contains(t, runs[0], "cat-file --batch-command")

	// A rule that reads the migrations again (migration-history) reads
	// what was listed and read already, without git; a file listed but
	// not read yet takes one process.
	again, err := b.Load(context.Background(), filepath.Join(r.dir, "prisma/schema"), nil, []string{filepath.Join(r.dir, "prisma/migrations/**/migration.sql")})
	require.NoError(t, err)
	assert.Equal(t, root.Schema, again.Schema)
	assert.Equal(t, names(t, r.dir, root.Migrations)["prisma/migrations/20260101000000_init/migration.sql"], names(t, r.dir, again.Migrations)["prisma/migrations/20260101000000_init/migration.sql"])
	assert.Len(t, again.Migrations, 1)
	assert.Len(t, gitRuns(t, log), 1, "read again: %q", gitRuns(t, log))
	other, err := b.Load(context.Background(), filepath.Join(r.dir, "prisma/schema/views.prisma"), nil, []string{filepath.Join(r.dir, "README.md")})
	require.NoError(t, err)
	assert.Equal(t, firstFiles["README.md"], string(other.Migrations[0].Src))
	runs = gitRuns(t, log)
	require.Len(t, runs, 2, "README.md was listed with the **/*.sql glob's folder, and is only read: %q", runs)
	assert.Contains(t, runs[1], "cat-file --batch-command")
}

// Without a listing that covers it, a folder is listed and read anew.
func TestGitLoadListsWhatWasNotListed(t *testing.T) {
	r := newTestRepo(t)
	b := &Base{Dir: r.dir, Tree: Git{Dir: r.dir, Commit: r.first}, Label: "base"}
	log := countGit(t)
	_, err := b.Load(context.Background(), filepath.Join(r.dir, "prisma/schema"), nil, nil)
	require.NoError(t, err)
	views, _ := globs(r.dir)
	root, err := b.Load(context.Background(), filepath.Join(r.dir, "prisma/schema"), views, nil)
	require.NoError(t, err)
	assert.Len(t, root.Views, 1)
	runs := gitRuns(t, log)
	require.Len(t, runs, 2, "git runs: %q", runs)
	assert.Contains(t, runs[1], "cat-file --batch-command")
}

// baseRepo commits a base with a changed, an unchanged and a removed
// schema file, a file over the limit and a link out of the repository,
// then the head that changes them.
func baseRepo(t *testing.T) (dir, base string) {
	r := newTestRepo(t)
	dir = r.dir
	writeFiles(t, dir, map[string]string{
		"db/schema/same.prisma":    "model Same {\n  id Int @id\n}\n",
		"db/schema/changed.prisma": "model Changed {\n  id Int @id\n}\n",
		"db/schema/removed.prisma": "model Removed {\n  id Int @id\n}\n",
		"big/schema.prisma":        "model Big {\n  id Int @id\n}\n" + strings.Repeat("// padding\n", 200),
	})
	require.NoError(t, os.Symlink("/etc/passwd", filepath.Join(dir, "db/schema/escape.prisma")))
	require.NoError(t, os.Symlink("../../../outside.sql", filepath.Join(dir, "prisma/views/escape.sql")))
	git(t, dir, "add", "-A")
	git(t, dir, "commit", "-q", "-m", "second base")
	base = git(t, dir, "rev-parse", "HEAD")
	writeFiles(t, dir, map[string]string{
		"db/schema/changed.prisma": "model Changed {\n  id   Int @id\n  note String?\n}\n",
	})
	require.NoError(t, os.Remove(filepath.Join(dir, "db/schema/removed.prisma")))
	require.NoError(t, os.Remove(filepath.Join(dir, "db/schema/escape.prisma")))
	git(t, dir, "add", "-A")
	git(t, dir, "commit", "-q", "-m", "change")
	return dir, base
}

func TestPrepareReusesUnchangedFiles(t *testing.T) {
	dir, commit := baseRepo(t)
	b := &Base{Dir: dir, Tree: Git{Dir: dir, Commit: commit}, Label: "base"}
	rootDir := filepath.Join(dir, "db/schema")
	views, migrations := globs(dir)
	pending := b.Prepare(context.Background(), rootDir, views, migrations, 0, os.ReadFile)
	head, err := prisma.Load(os.ReadFile, rootDir)
	require.NoError(t, err)
	require.False(t, head.HasErrors(), "%v", head.Diagnostics)
	root, err := pending.Wait()
	require.NoError(t, err)

	// The link is no file of the base: neither the schema file nor the
	// SQL file it names is read.
	assert.Equal(t, map[string]string{
		"db/schema/changed.prisma": "model Changed {\n  id Int @id\n}\n",
		"db/schema/removed.prisma": "model Removed {\n  id Int @id\n}\n",
		"db/schema/same.prisma":    "model Same {\n  id Int @id\n}\n",
	}, names(t, dir, root.Schema))
	assert.NotContains(t, names(t, dir, root.Views), "prisma/views/escape.sql")

	schema := root.Resolve(head)
	require.False(t, schema.HasErrors(), "%v", schema.Diagnostics)
	byName := map[string]*prisma.File{}
	for _, f := range schema.Files {
		byName[filepath.Base(f.Name)] = f
	}
	// The unchanged file is the head's parse under the base's name; the
	// others were parsed from the base.
	var headSame *prisma.File
	for _, f := range head.Files {
		if filepath.Base(f.Name) == "same.prisma" {
			headSame = f
		}
	}
	require.NotNil(t, headSame)
	assert.Equal(t, filepath.Join(dir, "db/schema/same.prisma"), byName["same.prisma"].Name)
	assert.Equal(t, headSame.Decls, byName["same.prisma"].Decls, "same.prisma is not the head's parse")
	assert.NotNil(t, schema.Model("Removed"))
	require.NotNil(t, schema.Model("Changed"))
	assert.Len(t, schema.Model("Changed").Fields, 1, "changed.prisma is not read as it was at the base")

	// Resolving from the base's sources alone gives the same schema.
	alone := prisma.ParseSources(root.Schema)
	assert.Equal(t, len(alone.Models), len(schema.Models))
	for i, m := range alone.Models {
		assert.Equal(t, m.Name, schema.Models[i].Name)
		assert.Equal(t, m.File.Name, schema.Models[i].File.Name)
		assert.Equal(t, m.NameRange(), schema.Models[i].NameRange())
	}
}

// A file over the limit is refused from its size, before git is asked
// for its content.
func TestGitLoadRefusesTooLargeFile(t *testing.T) {
	dir, commit := baseRepo(t)
	b := &Base{Dir: dir, Tree: Git{Dir: dir, Commit: commit}, Label: "base"}
	input := filepath.Join(t.TempDir(), "input.log")
	// What git is asked on its input is logged too.
	fakeGit(t, `if [ "$3" = cat-file ]; then tee -a `+input+` | "$git" "$@"; exit; fi`)
	_, err := b.Prepare(context.Background(), filepath.Join(dir, "big"), nil, nil, 1024, os.ReadFile).Wait()
	require.Error(t, err)
	assert.Equal(t, "big/schema.prisma is 3 KiB, more than the 1 KiB schemalint reads of one file; raise max_file_size in schemalint.hcl if it is really part of the schema", err.Error())
	asked, err := os.ReadFile(input)
	require.NoError(t, err)
	assert.Contains(t, string(asked), "info "+git(t, dir, "rev-parse", commit+":big/schema.prisma"))
	assert.NotContains(t, string(asked), "contents "+git(t, dir, "rev-parse", commit+":big/schema.prisma"))
	// Within the limit it is read.
	root, err := b.Prepare(context.Background(), filepath.Join(dir, "big"), nil, nil, 4096, os.ReadFile).Wait()
	require.NoError(t, err)
	assert.Len(t, root.Schema, 1)
}

// A tree entry whose path leaves the repository is an error, not a file
// named outside the working tree.
func TestCleanPath(t *testing.T) {
	for _, p := range []string{"a/b.prisma", "schema.prisma", ".hidden/x.sql"} {
		assert.True(t, cleanPath(p), p)
	}
	for _, p := range []string{"", "../x.prisma", "a/../../x.prisma", "/etc/passwd", "a//b", "a/./b", `a\..\b`} {
		assert.False(t, cleanPath(p), p)
	}
}

func TestSplitBatchRefusesWhatWasNotAsked(t *testing.T) {
	id := strings.Repeat("a", 40)
	files := []blob{{path: "a.prisma", id: id, size: 3}}
	got, err := splitBatch([]byte(id+" blob 3\nabc\n"), files, 10, "c")
	require.NoError(t, err)
	assert.Equal(t, "abc", string(got[0]))
	_, err = splitBatch([]byte(strings.Repeat("b", 40)+" blob 3\nabc\n"), files, 10, "c")
	assert.Error(t, err, "another object")
	_, err = splitBatch([]byte(id+" blob 30\nabc\n"), files, 10, "c")
	assert.Error(t, err, "over the limit")
	_, err = splitBatch([]byte(id+" blob 5\nabc\n"), files, 10, "c")
	assert.Error(t, err, "truncated")
	_, err = splitBatch([]byte(id+" tree 3\nabc\n"), files, 10, "c")
	assert.Error(t, err, "not a blob")
}

// Reading the base runs nothing the repository's configuration names: no
// filter on the content, no file-system monitor, no hook.
func TestGitLoadRunsNothingTheRepositoryNames(t *testing.T) {
	r := newTestRepo(t)
	marker := filepath.Join(t.TempDir(), "ran")
	script := filepath.Join(t.TempDir(), "evil.sh")
	require.NoError(t, os.WriteFile(script, []byte("#!/bin/sh\ntouch "+marker+"\ncat\n"), 0o755))
	git(t, r.dir, "config", "filter.evil.smudge", script)
	git(t, r.dir, "config", "filter.evil.clean", script)
	git(t, r.dir, "config", "core.fsmonitor", script)
	git(t, r.dir, "config", "core.hooksPath", filepath.Dir(script))
	require.NoError(t, os.WriteFile(filepath.Join(r.dir, ".gitattributes"), []byte("*.prisma filter=evil\n*.sql filter=evil\n"), 0o644))
	b := &Base{Dir: r.dir, Tree: Git{Dir: r.dir, Commit: r.first}, Label: "base"}
	views, migrations := globs(r.dir)
	root, err := b.Prepare(context.Background(), filepath.Join(r.dir, "prisma/schema"), views, migrations, 0, os.ReadFile).Wait()
	require.NoError(t, err)
	assert.Len(t, root.Schema, 3)
	assert.Equal(t, firstFiles["prisma/views/idp_views/IdpUser.sql"], string(root.Views[0].Src))
	_, err = os.Stat(marker)
	assert.True(t, os.IsNotExist(err), "reading the base ran a command the repository configures")
}

// The object id computed from a file's bytes is git's, in a SHA-1 and in
// a SHA-256 repository.
func TestObjectIDIsGits(t *testing.T) {
	gitEnv(t)
	sharedtest.Tool(t, "git")
	for _, format := range []string{"sha1", "sha256"} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			git(t, dir, "init", "-q", "--object-format="+format)
			for _, text := range []string{"", "model A {\n  id Int @id\n}\n", "é\r\n\x00"} {
				p := filepath.Join(dir, "f")
				require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
				want := git(t, dir, "hash-object", "--no-filters", "f")
				assert.Equal(t, want, objectID([]byte(text), len(want)), "%q", text)
			}
		})
	}
	assert.Equal(t, "", objectID([]byte("x"), 12))
}

// A base whose files have the working tree's bytes (pre-commit's HEAD
// with nothing staged in the schema) is listed and not read. A changed
// file is still read from git, and only it: git runs once either way.
func TestPrepareReadsOnlyWhatChanged(t *testing.T) {
	dir, _ := baseRepo(t)
	head := git(t, dir, "rev-parse", "HEAD")
	rootDir := filepath.Join(dir, "db/schema")
	for _, format := range []string{"sha1", "sha256"} {
		t.Run(format, func(t *testing.T) {
			d, commit := dir, head
			if format == "sha256" {
				d = t.TempDir()
				git(t, d, "init", "-q", "--object-format=sha256")
				writeFiles(t, d, map[string]string{"db/schema/a.prisma": "model A {\n  id Int @id\n}\n"})
				git(t, d, "add", "-A")
				git(t, d, "commit", "-q", "-m", "base")
				commit = git(t, d, "rev-parse", "HEAD")
			}
			log := countGit(t)
			b := &Base{Dir: d, Tree: Git{Dir: d, Commit: commit}, Label: "base"}
			root, err := b.Prepare(context.Background(), filepath.Join(d, "db/schema"), nil, nil, 0, os.ReadFile).Wait()
			require.NoError(t, err)
			require.NotEmpty(t, root.Schema)
			for _, s := range root.Schema {
				now, err := os.ReadFile(s.Name)
				require.NoError(t, err)
				assert.Equal(t, string(now), string(s.Src))
			}
			runs := gitRuns(t, log)
			require.Len(t, runs, 1, "git runs: %q", runs)
			assert.Contains(t, runs[0], "cat-file --batch-command")

			// A rule that reads the root again (migration-history)
			// has it without git.
			again, err := b.Load(context.Background(), filepath.Join(d, "db/schema"), nil, nil)
			require.NoError(t, err)
			assert.Equal(t, root.Schema, again.Schema)
			assert.Len(t, gitRuns(t, log), 1, "read again: %q", gitRuns(t, log))
		})
	}

	// One file edited with a field more, one with as many bytes as
	// before: both are read from git, the second for its other id.
	writeFiles(t, dir, map[string]string{
		"db/schema/same.prisma":    "model Same {\n  id Int @id\n  edited Int\n}\n",
		"db/schema/changed.prisma": "model Changed {\n  id   Int @id\n  nota String?\n}\n",
	})
	log := countGit(t)
	b := &Base{Dir: dir, Tree: Git{Dir: dir, Commit: head}, Label: "base"}
	root, err := b.Prepare(context.Background(), rootDir, nil, nil, 0, os.ReadFile).Wait()
	require.NoError(t, err)
	assert.Equal(t, "model Same {\n  id Int @id\n}\n", names(t, dir, root.Schema)["db/schema/same.prisma"], "an edited file is read from git")
	assert.Equal(t, "model Changed {\n  id   Int @id\n  note String?\n}\n", names(t, dir, root.Schema)["db/schema/changed.prisma"], "a file edited to as many bytes is read from git")
	runs := gitRuns(t, log)
	require.Len(t, runs, 1, "git runs: %q", runs)
	assert.Contains(t, runs[0], "cat-file --batch-command")
	schema := root.Resolve(nil)
	require.False(t, schema.HasErrors(), "%v", schema.Diagnostics)
	assert.Len(t, schema.Model("Same").Fields, 1)
}

// Finding the repository and the base's commit, then reading the base,
// takes one git process: the cat-file that resolved the commit reads it.
func TestOpenRunsOneGitProcess(t *testing.T) {
	r := newTestRepo(t)
	log := countGit(t)
	b, why := Open(context.Background(), Env{Dir: filepath.Join(r.dir, "prisma"), Ref: "HEAD~1", Getenv: noEnv})
	require.NotNil(t, b, why)
	assert.Equal(t, r.dir, b.Dir)
	assert.Equal(t, Git{Dir: r.dir, Commit: r.first}, b.Tree)
	assertFirstCommit(t, b, r.dir)
	runs := gitRuns(t, log)
	require.GreaterOrEqual(t, len(runs), 1)
	assert.Contains(t, runs[0], "cat-file --batch-command")
	for _, run := range runs {
		assert.NotContains(t, run, "rev-parse")
	}
	// assertFirstCommit loads three roots: the first goes on with the
	// process Open started, the others list what it did not.
	views, migrations := globs(r.dir)
	log2 := countGit(t)
	b, why = Open(context.Background(), Env{Dir: r.dir, Ref: "main~1", Getenv: noEnv})
	require.NotNil(t, b, why)
	_, err := b.Load(context.Background(), filepath.Join(r.dir, "prisma/schema"), views, migrations)
	require.NoError(t, err)
	runs = gitRuns(t, log2)
	require.Len(t, runs, 1, "git runs: %q", runs)
	assert.Contains(t, runs[0], "cat-file --batch-command")
}

// A file a change edited near its start is parsed up to the edit once
// the working tree's files are parsed and handed over: the declarations after it are
// the working tree's nodes, located where the base has them.
func TestPrepareReusesTheHeadsParseAfterAnEdit(t *testing.T) {
	base := "model A {\n  id Int @id\n  b  B?\n}\n\nmodel B {\n  id Int @id\n  a  A   @relation(fields: [id], references: [id])\n}\n\nenum E {\n  X\n  Y\n}\n"
	file, b := editedRepo(t, base)
	pending := Prepare(context.Background(), func() *Base { return b }, file, nil, nil, 0, os.ReadFile)
	head, err := prisma.LoadParsed(os.ReadFile, pending.Parsed, file)
	require.NoError(t, err)
	root, err := pending.Wait()
	require.NoError(t, err)
	schema := root.Resolve(head)
	require.False(t, schema.HasErrors(), "%v", schema.Diagnostics)

	whole := prisma.ParseSources([]prisma.Source{{Name: file, Src: []byte(base)}})
	assert.Same(t, head.Enum("E").Decl, schema.Enum("E").Decl, "the enum after the edit is the head's node")
	assert.Equal(t, whole.Enum("E").NameRange(), schema.Enum("E").NameRange())
	assert.Equal(t, whole.Enum("E").Values[1].NameRange(), schema.Enum("E").Values[1].NameRange())
	assert.Equal(t, whole.Model("B").Field("a").Range(), schema.Model("B").Field("a").Range())
	assert.Len(t, schema.Model("A").Fields, 2, "the edited model is the base's")
	assert.Equal(t, "A", schema.Model("B").Field("a").Target().Name)
}

// Handed the working tree's resolved schema, the base resolves beside the
// working tree's rules and copies the models the edit left alone: the
// same schema as resolving the base's text whole, those models read from
// the head's declarations (the prisma package's tests count the copies).
func TestPrepareResolvesFromTheHeadsSchema(t *testing.T) {
	base := "model A {\n  id Int @id\n  b  B?\n}\n\nmodel B {\n  id   Int    @id\n  name String @default(\"b\")\n  a    A      @relation(fields: [id], references: [id])\n}\n\nenum E {\n  X\n  Y\n}\n"
	file, b := editedRepo(t, base)
	pending := Prepare(context.Background(), func() *Base { return b }, file, nil, nil, 0, os.ReadFile)
	head, err := prisma.LoadParsed(os.ReadFile, pending.Parsed, file)
	require.NoError(t, err)
	pending.Resolved(head)
	root, err := pending.Wait()
	require.NoError(t, err)
	require.NotNil(t, root.resolved, "resolved once handed the head's schema")
	schema := root.Resolve(head)
	require.False(t, schema.HasErrors(), "%v", schema.Diagnostics)

	whole := prisma.ParseSources([]prisma.Source{{Name: file, Src: []byte(base)}})
	assert.Same(t, head.Model("B").Decl, schema.Model("B").Decl, "model B is read from the head's declaration")
	assert.Equal(t, whole.Model("B").Field("a").Range(), schema.Model("B").Field("a").Range())
	assert.Same(t, schema.Model("A"), schema.Model("B").Field("a").Target(), "the relation is to the base's model")
	assert.Same(t, schema.Model("A").Field("b"), schema.Model("B").Field("a").Relation.Opposite)
	assert.Len(t, schema.Model("A").Fields, 2, "the edited model is the base's")
	assert.Equal(t, whole.Enum("E").Values[1].NameRange(), schema.Enum("E").Values[1].NameRange())
}

// editedRepo commits base as prisma/schema.prisma of a new repository,
// then adds a field to its first model in the working tree: the file and
// the Base of that commit.
func editedRepo(t *testing.T, base string) (string, *Base) {
	t.Helper()
	dir := t.TempDir()
	git(t, dir, "init", "-q")
	writeFiles(t, dir, map[string]string{"prisma/schema.prisma": base})
	git(t, dir, "add", "-A")
	git(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base")
	commit := git(t, dir, "rev-parse", "HEAD")
	writeFiles(t, dir, map[string]string{"prisma/schema.prisma": strings.Replace(base, "  id Int @id\n", "  id Int @id\n  note String?\n", 1)})
	return filepath.Join(dir, "prisma/schema.prisma"), &Base{Dir: dir, Tree: Git{Dir: dir, Commit: commit}, Label: "base"}
}
