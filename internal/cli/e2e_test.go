package cli

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected outputs of the end-to-end cases in testdata/ at the repository root")

// e2eDir holds the end-to-end cases: one folder per case, holding case.txt
// and, unless case.txt names a bundled example, repo/: the repository as
// a user has it.
var e2eDir = filepath.Join("..", "..", "testdata")

// e2eCase is a case.txt: a txtar archive whose comment holds the command
// line and whose files are the expected outputs.
//
//	# what the case shows
//	args: check --format json
//	env: NO_COLOR=1            (any number)
//	repo: examples/identity    (instead of the case's repo/ folder)
//	exit: 1
//	-- stdout --
//	…
//	-- stderr --
//	…
//
// The repository is copied to a temporary folder, the command runs there
// as `schemalint <args>` would, and the temporary folder's path is written
// $REPO in the outputs.
type e2eCase struct {
	comment []string // the comment lines that are not settings
	args    []string
	env     [][2]string
	repo    string // repository-relative folder; "" for the case's repo/
	exit    int
	stdout  string
	stderr  string
}

func parseCase(t *testing.T, path string) *e2eCase {
	t.Helper()
	ar, err := txtar.ParseFile(path)
	require.NoError(t, err)
	c := &e2eCase{exit: -1}
	for _, line := range strings.Split(strings.TrimRight(string(ar.Comment), "\n"), "\n") {
		key, value, ok := strings.Cut(line, ": ")
		switch {
		case ok && key == "args":
			c.args = strings.Fields(value)
		case ok && key == "env":
			k, v, ok := strings.Cut(value, "=")
			require.True(t, ok, "%s: env wants KEY=VALUE: %q", path, line)
			c.env = append(c.env, [2]string{k, v})
		case ok && key == "repo":
			c.repo = value
		case ok && key == "exit":
			c.exit, err = strconv.Atoi(value)
			require.NoError(t, err, "%s: %q", path, line)
		default:
			require.True(t, strings.HasPrefix(line, "#") || line == "", "%s: unknown line %q; settings are args, env, repo and exit", path, line)
			c.comment = append(c.comment, line)
		}
	}
	require.NotEmpty(t, c.args, "%s: no args line", path)
	for _, f := range ar.Files {
		switch f.Name {
		case "stdout":
			c.stdout = string(f.Data)
		case "stderr":
			c.stderr = string(f.Data)
		default:
			t.Fatalf("%s: unknown section %q; the outputs are stdout and stderr", path, f.Name)
		}
	}
	return c
}

// format writes the case back, with the outputs of a run.
func (c *e2eCase) format() []byte {
	var b bytes.Buffer
	for _, line := range c.comment {
		fmt.Fprintln(&b, line)
	}
	fmt.Fprintf(&b, "args: %s\n", strings.Join(c.args, " "))
	for _, kv := range c.env {
		fmt.Fprintf(&b, "env: %s=%s\n", kv[0], kv[1])
	}
	if c.repo != "" {
		fmt.Fprintf(&b, "repo: %s\n", c.repo)
	}
	fmt.Fprintf(&b, "exit: %d\n", c.exit)
	return append(b.Bytes(), txtar.Format(&txtar.Archive{Files: []txtar.File{
		{Name: "stdout", Data: []byte(c.stdout)},
		{Name: "stderr", Data: []byte(c.stderr)},
	}})...)
}

// Every case in testdata/ runs the command line of its case.txt on its
// repository and must print exactly what case.txt holds and exit with its
// code. `go test ./internal/cli -run TestEndToEnd -update` rewrites the
// outputs; read their diff before committing it.
func TestEndToEnd(t *testing.T) {
	entries, err := os.ReadDir(e2eDir)
	require.NoError(t, err)
	n := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		n++
		t.Run(e.Name(), func(t *testing.T) { runE2ECase(t, filepath.Join(e2eDir, e.Name())) })
	}
	require.NotZero(t, n, "no case in %s", e2eDir)
}

func runE2ECase(t *testing.T, dir string) {
	path := filepath.Join(dir, "case.txt")
	c := parseCase(t, path)
	from := filepath.Join(dir, "repo")
	if c.repo != "" {
		from = filepath.Join(e2eDir, "..", filepath.FromSlash(c.repo))
	}
	info, err := os.Stat(from)
	require.NoError(t, err, "%s: the case needs a repository (repo/ beside case.txt, or a repo line)", path)
	require.True(t, info.IsDir())
	// The repository is a folder of its own: the one schemalint is
	// developed in must not be found above it.
	repo := t.TempDir()
	copyTree(t, from, repo)
	for _, kv := range c.env {
		t.Setenv(kv[0], kv[1])
	}
	var stdout, stderr bytes.Buffer
	code := RunIn(context.Background(), repo, c.args, strings.NewReader(""), &stdout, &stderr)
	got := *c
	got.exit, got.stdout, got.stderr = code, normalizeE2E(stdout.String(), repo), normalizeE2E(stderr.String(), repo)
	if *update {
		require.NoError(t, os.WriteFile(path, got.format(), 0o644))
		return
	}
	assert.Equal(t, c.exit, got.exit, "exit code; stderr:\n%s", got.stderr)
	assert.Equal(t, c.stdout, got.stdout, "stdout (go test ./internal/cli -run TestEndToEnd -update rewrites it)")
	assert.Equal(t, c.stderr, got.stderr, "stderr (go test ./internal/cli -run TestEndToEnd -update rewrites it)")
}

// normalizeE2E writes the temporary repository's path as $REPO, so that a
// case holds no machine's path.
func normalizeE2E(out, repo string) string {
	for _, p := range []string{repo, filepath.ToSlash(repo)} {
		if real, err := filepath.EvalSymlinks(p); err == nil && real != p {
			out = strings.ReplaceAll(out, real, "$REPO")
		}
		out = strings.ReplaceAll(out, p, "$REPO")
	}
	return out
}

// e2eOutput is the expected stdout of a case, for tests that run the same
// command in another setting (GitHub Actions) and compare.
func e2eOutput(t *testing.T, name string) string {
	t.Helper()
	return parseCase(t, filepath.Join(e2eDir, name, "case.txt")).stdout
}
