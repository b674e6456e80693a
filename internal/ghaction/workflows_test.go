package ghaction_test

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/schemalint/schemalint/internal/ghaction/runnerlog"
	"github.com/schemalint/schemalint/internal/sharedtest"
)

// actionlintVersion is pinned: a new actionlint release may add checks,
// and CI must not turn red on its own.
const actionlintVersion = "v1.7.12"

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	return root
}

// TestWorkflowsPassActionlint lints .github/workflows (and, through
// `uses: ./`, the action's inputs) with actionlint, shellcheck included
// when it is installed.
func TestWorkflowsPassActionlint(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: actionlint is built from source")
	}
	bin := t.TempDir()
	install := exec.Command("go", "install", "github.com/rhysd/actionlint/cmd/actionlint@"+actionlintVersion)
	install.Env = append(os.Environ(), "GOBIN="+bin)
	if out, err := install.CombinedOutput(); err != nil {
		t.Skipf("cannot build actionlint %s (module proxy unreachable?): %v: %s", actionlintVersion, err, firstLine(out))
	}
	cmd := exec.Command(filepath.Join(bin, "actionlint"), "-no-color")
	cmd.Dir = repoRoot(t)
	out, err := cmd.CombinedOutput()
	assert.NoError(t, err, "actionlint:\n%s", out)
}

func firstLine(b []byte) string {
	s, _, _ := strings.Cut(strings.TrimSpace(string(b)), "\n")
	return s
}

type actionYAML struct {
	Inputs map[string]struct {
		Description string  `yaml:"description"`
		Required    bool    `yaml:"required"`
		Default     *string `yaml:"default"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Value string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string `yaml:"using"`
		Steps []step `yaml:"steps"`
	} `yaml:"runs"`
}

type step struct {
	ID    string            `yaml:"id"`
	Name  string            `yaml:"name"`
	Shell string            `yaml:"shell"`
	Run   string            `yaml:"run"`
	Env   map[string]string `yaml:"env"`
}

func readAction(t *testing.T) actionYAML {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot(t), "action.yml"))
	require.NoError(t, err)
	var a actionYAML
	require.NoError(t, yaml.Unmarshal(b, &a))
	return a
}

func (a actionYAML) step(t *testing.T, id string) step {
	t.Helper()
	for _, s := range a.Runs.Steps {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("action.yml has no step %q", id)
	return step{}
}

func TestActionMetadata(t *testing.T) {
	a := readAction(t)
	var names []string
	for name, in := range a.Inputs {
		names = append(names, name)
		assert.Regexp(t, `^[a-z]+(-[a-z]+)*$`, name, "inputs are kebab-case")
		assert.NotEmpty(t, in.Description, name)
		assert.False(t, in.Required, "%s: every input has a default", name)
	}
	sort.Strings(names)
	assert.Equal(t, []string{"base", "config", "fail-on", "format", "github-token", "paths", "sarif-file", "version", "working-directory"}, names)
	require.NotNil(t, a.Inputs["github-token"].Default)
	assert.Equal(t, "${{ github.token }}", *a.Inputs["github-token"].Default)
	assert.Equal(t, "composite", a.Runs.Using)
	for _, out := range []string{"findings", "errors", "sarif-file"} {
		assert.Equal(t, "${{ steps.check.outputs."+out+" }}", a.Outputs[out].Value)
	}

	run := a.step(t, "check")
	assert.Equal(t, "true", run.Env["SCHEMALINT_ACTION"])
	for _, name := range names {
		if name == "version" {
			continue
		}
		key := "INPUT_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
		assert.Equal(t, "${{ inputs."+name+" }}", run.Env[key], "input %s reaches schemalint as %s", name, key)
	}
	for _, s := range a.Runs.Steps {
		assert.Equal(t, "bash", s.Shell, "%s: composite run steps name their shell (bash on every OS)", s.Name)
	}
}

var expression = regexp.MustCompile(`\$\{\{`)

// Input values reach scripts only through env: an expression inside a
// script is spliced in as shell code before the shell runs.
func TestNoExpressionInsideScripts(t *testing.T) {
	root := repoRoot(t)
	files, err := filepath.Glob(filepath.Join(root, ".github", "workflows", "*.yml"))
	require.NoError(t, err)
	files = append(files, filepath.Join(root, "action.yml"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var doc yaml.Node
		require.NoError(t, yaml.Unmarshal(b, &doc))
		var walk func(n *yaml.Node)
		walk = func(n *yaml.Node) {
			for i := 0; i+1 < len(n.Content); i++ {
				if n.Kind == yaml.MappingNode && i%2 == 0 && n.Content[i].Value == "run" {
					v := n.Content[i+1]
					assert.False(t, expression.MatchString(v.Value), "%s:%d: ${{ }} inside a run script; pass it through env:", filepath.Base(f), v.Line)
				}
			}
			for _, c := range n.Content {
				walk(c)
			}
		}
		walk(&doc)
	}
}

// TestActionScriptsPassShellcheck checks the action's scripts, which
// actionlint does not read (it lints workflows).
func TestActionScriptsPassShellcheck(t *testing.T) {
	sharedtest.Tool(t, "shellcheck")
	for _, s := range readAction(t).Runs.Steps {
		cmd := exec.Command("shellcheck", "--shell=bash", "-")
		cmd.Stdin = strings.NewReader(s.Run)
		out, err := cmd.CombinedOutput()
		assert.NoError(t, err, "%s:\n%s", s.Name, out)
	}
}

// release is a local stand-in for GitHub Releases: archives and
// checksums.txt under /download/<tag>/ and /latest/download/.
type release struct {
	mu    sync.Mutex
	files map[string][]byte // URL path → content
	hits  []string
}

func (r *release) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.hits = append(r.hits, req.URL.Path)
	b, ok := r.files[req.URL.Path]
	if !ok {
		http.NotFound(w, req)
		return
	}
	w.Write(b)
}

// requested returns the paths asked for since the last call, and forgets
// them. The server's goroutines append under the lock, so the test reads
// under it too.
func (r *release) requested() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	hits := r.hits
	r.hits = nil
	return hits
}

// fakeBinary is a script standing in for schemalint.
const fakeBinary = "#!/bin/sh\necho \"schemalint v9.9.9 ($0 $*)\"\n"

func tarGz(t *testing.T, name, content string) []byte {
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	require.NoError(t, tw.WriteHeader(&tar.Header{Name: name, Mode: 0o755, Size: int64(len(content)), Typeflag: tar.TypeReg}))
	_, err := tw.Write([]byte(content))
	require.NoError(t, err)
	require.NoError(t, tw.Close())
	require.NoError(t, gz.Close())
	return buf.Bytes()
}

func zipped(t *testing.T, name, content string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	f, err := zw.Create(name)
	require.NoError(t, err)
	_, err = f.Write([]byte(content))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func sha(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

type install struct {
	code    int
	stdout  string
	outputs string
	temp    string
}

// actionCheckout is the action's own checkout (github.action_path) as the
// release workflow leaves it at a tag: release/version and one checksum
// file per recorded release.
func actionCheckout(t *testing.T, version string, sums map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "release", "checksums"), 0o755))
	if version != "" {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "release", "version"), []byte(version+"\n"), 0o644))
	}
	for v, content := range sums {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "release", "checksums", v+".txt"), []byte(content), 0o644))
	}
	return dir
}

// runInstall runs the action's install step as the runner would: bash,
// the step's env with the releases URL pointed at srv and the action's
// checkout at action, and the runner's variables.
func runInstall(t *testing.T, srvURL, action string, env map[string]string) install {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the install step is exercised on Linux and macOS")
	}
	s := readAction(t).step(t, "install")
	temp := t.TempDir()
	output := filepath.Join(temp, "github_output")
	cmd := exec.Command("bash", "-e", "-c", s.Run)
	cmd.Env = append(os.Environ(), "RUNNER_TEMP="+temp, "GITHUB_OUTPUT="+output, "RUNNER_OS=Linux", "RUNNER_ARCH=X64",
		"SCHEMALINT_RELEASES="+srvURL, "SCHEMALINT_VERSION=", "SCHEMALINT_ACTION_PATH="+action)
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	outputs, _ := os.ReadFile(output)
	return install{code: code, stdout: string(out), outputs: string(outputs), temp: temp}
}

func (i install) bin(t *testing.T) string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^bin=(.+)$`).FindStringSubmatch(i.outputs)
	require.NotNil(t, m, "no bin output:\n%s%s", i.stdout, i.outputs)
	return m[1]
}

// errorOf is the one error annotation the runner would act on in out.
func errorOf(t *testing.T, out string) string {
	t.Helper()
	cmds := runnerlog.Commands(out)
	require.Len(t, cmds, 1, "exactly one command:\n%s", out)
	require.Equal(t, "error", cmds[0].Name)
	return cmds[0].Line
}

func TestActionInstallsTheReleaseItsRefRecords(t *testing.T) {
	linux := tarGz(t, "schemalint", fakeBinary)
	win := zipped(t, "schemalint.exe", fakeBinary)
	sums := fmt.Sprintf("%s  schemalint_linux_amd64.tar.gz\n%s  schemalint_windows_arm64.zip\n", sha(linux), sha(win))
	rel := &release{files: map[string][]byte{
		"/download/v9.9.9/schemalint_linux_amd64.tar.gz": linux,
		"/download/v9.9.9/schemalint_windows_arm64.zip":  win,
		"/download/v9.9.8/schemalint_linux_amd64.tar.gz": linux,
	}}
	srv := httptest.NewServer(rel)
	defer srv.Close()
	action := actionCheckout(t, "v9.9.9", map[string]string{"v9.9.9": sums, "v9.9.8": sums})

	t.Run("the version recorded for the action's ref", func(t *testing.T) {
		rel.requested()
		got := runInstall(t, srv.URL, action, nil)
		require.Equal(t, 0, got.code, got.stdout)
		bin := got.bin(t)
		assert.True(t, strings.HasPrefix(bin, got.temp), "installed under RUNNER_TEMP: %s", bin)
		assert.Contains(t, got.stdout, "schemalint v9.9.9", "the installed binary ran")
		assert.Equal(t, []string{"/download/v9.9.9/schemalint_linux_amd64.tar.gz"}, rel.requested(),
			"the archive only: the checksum comes from the action's checkout, not from the release")
		out, err := exec.Command(bin, "version").Output()
		require.NoError(t, err)
		assert.Contains(t, string(out), "schemalint v9.9.9")
	})
	t.Run("latest is the recorded version", func(t *testing.T) {
		rel.requested()
		got := runInstall(t, srv.URL, action, map[string]string{"SCHEMALINT_VERSION": "latest"})
		require.Equal(t, 0, got.code, got.stdout)
		assert.Equal(t, []string{"/download/v9.9.9/schemalint_linux_amd64.tar.gz"}, rel.requested())
	})
	t.Run("an older version this checkout records", func(t *testing.T) {
		rel.requested()
		got := runInstall(t, srv.URL, action, map[string]string{"SCHEMALINT_VERSION": "9.9.8"})
		require.Equal(t, 0, got.code, got.stdout)
		assert.Equal(t, []string{"/download/v9.9.8/schemalint_linux_amd64.tar.gz"}, rel.requested())
	})
	t.Run("Windows on Arm gets the zip", func(t *testing.T) {
		got := runInstall(t, srv.URL, action, map[string]string{"RUNNER_OS": "Windows", "RUNNER_ARCH": "ARM64"})
		require.Equal(t, 0, got.code, got.stdout)
		assert.True(t, strings.HasSuffix(got.bin(t), "/schemalint.exe"))
	})
	t.Run("installed uses the one on PATH", func(t *testing.T) {
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "schemalint"), []byte(fakeBinary), 0o755))
		got := runInstall(t, srv.URL, actionCheckout(t, "", nil), map[string]string{"SCHEMALINT_VERSION": "installed", "PATH": dir + string(os.PathListSeparator) + os.Getenv("PATH")})
		require.Equal(t, 0, got.code, got.stdout)
		assert.Equal(t, filepath.Join(dir, "schemalint"), got.bin(t))
	})
}

// What the action's checkout does not vouch for never runs: a download
// that does not match, a version the checkout does not record (even when
// its release publishes a matching checksums.txt), a ref with no release.
func TestActionInstallFailsClosed(t *testing.T) {
	good := tarGz(t, "schemalint", fakeBinary)
	evil := tarGz(t, "schemalint", "#!/bin/sh\necho pwned\n")
	rel := &release{files: map[string][]byte{
		"/download/v9.9.9/schemalint_linux_amd64.tar.gz": evil,
		"/download/v9.9.9/checksums.txt":                 []byte(sha(evil) + "  schemalint_linux_amd64.tar.gz\n"),
		"/download/v9.9.7/schemalint_linux_amd64.tar.gz": evil,
		"/download/v9.9.7/checksums.txt":                 []byte(sha(evil) + "  schemalint_linux_amd64.tar.gz\n"),
		"/download/v9.9.8/schemalint_linux_amd64.tar.gz": good,
	}}
	srv := httptest.NewServer(rel)
	defer srv.Close()
	action := actionCheckout(t, "v9.9.9", map[string]string{
		"v9.9.9": sha(good) + "  schemalint_linux_amd64.tar.gz\n",
		"v9.9.8": sha(good) + "  schemalint_darwin_arm64.tar.gz\n",
	})
	assertNothingRan := func(t *testing.T, got install) {
		t.Helper()
		assert.NotEqual(t, 0, got.code)
		assert.NotContains(t, got.stdout, "pwned", "the download never ran")
		assert.NotContains(t, got.outputs, "bin=")
		found, _ := filepath.Glob(filepath.Join(got.temp, "*", "schemalint"))
		assert.Empty(t, found, "nothing unpacked")
	}

	got := runInstall(t, srv.URL, action, nil)
	assertNothingRan(t, got)
	assert.Equal(t, "::error title=schemalint::checksum mismatch for schemalint_linux_amd64.tar.gz (v9.9.9): the action records "+sha(good)+", the download is "+sha(evil), errorOf(t, got.stdout))

	rel.requested()
	got = runInstall(t, srv.URL, action, map[string]string{"SCHEMALINT_VERSION": "v9.9.7"})
	assertNothingRan(t, got)
	assert.Equal(t, "::error title=schemalint::schemalint v9.9.7 is not recorded in this action's checkout, so its download cannot be verified; use the action at the v9.9.7 tag, or set version: installed", errorOf(t, got.stdout))
	assert.Empty(t, rel.requested(), "nothing is downloaded for a version the checkout does not vouch for")

	got = runInstall(t, srv.URL, action, map[string]string{"SCHEMALINT_VERSION": "v9.9.8"})
	assertNothingRan(t, got)
	assert.Contains(t, errorOf(t, got.stdout), "the recorded checksums of v9.9.8 have no entry for schemalint_linux_amd64.tar.gz")

	got = runInstall(t, srv.URL, actionCheckout(t, "", nil), nil)
	assertNothingRan(t, got)
	assert.Contains(t, errorOf(t, got.stdout), "this action's ref records no schemalint release; use the action at a release tag (e.g. @v1) or set version: installed")

	got = runInstall(t, srv.URL, action, map[string]string{"SCHEMALINT_VERSION": "v1.0.0/../../x; rm -rf ~"})
	assertNothingRan(t, got)
	assert.Contains(t, errorOf(t, got.stdout), `is not a release tag (v1.2.3), latest or installed`)

	// An input echoed in the error stays on the error's line.
	got = runInstall(t, srv.URL, action, map[string]string{"SCHEMALINT_VERSION": "v1\n::add-mask::hunter2\r::warning::x%0A"})
	assertNothingRan(t, got)
	assert.Equal(t, `::error title=schemalint::version: "v1%0A::add-mask::hunter2%0D::warning::x%250A" is not a release tag (v1.2.3), latest or installed`, errorOf(t, got.stdout))
}

func TestPreCommitHooks(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(repoRoot(t), ".pre-commit-hooks.yaml"))
	require.NoError(t, err)
	var hooks []struct {
		ID            string `yaml:"id"`
		Entry         string `yaml:"entry"`
		Language      string `yaml:"language"`
		Files         string `yaml:"files"`
		PassFilenames *bool  `yaml:"pass_filenames"`
	}
	require.NoError(t, yaml.Unmarshal(b, &hooks))
	require.Len(t, hooks, 2)
	assert.Equal(t, "schemalint", hooks[0].ID)
	assert.Equal(t, "golang", hooks[0].Language, "pre-commit builds it with go install ./... (the binary is cmd/schemalint)")
	assert.Equal(t, "schemalint-system", hooks[1].ID)
	assert.Equal(t, "system", hooks[1].Language)
	_, err = os.Stat(filepath.Join(repoRoot(t), "cmd", "schemalint"))
	require.NoError(t, err)
	for _, h := range hooks {
		assert.Equal(t, "schemalint check", h.Entry)
		require.NotNil(t, h.PassFilenames)
		assert.False(t, *h.PassFilenames, "the schema is checked whole; schemalint finds it")
		re := regexp.MustCompile(h.Files)
		for _, f := range []string{"prisma/schema.prisma", "prisma/schema/billing.prisma", "prisma/views/idp/User.sql", "prisma/migrations/1_init/migration.sql", "schemalint.hcl"} {
			assert.True(t, re.MatchString(f), "%s runs on %s", h.ID, f)
		}
		for _, f := range []string{"src/app.ts", "README.md", "schema.prisma.bak"} {
			assert.False(t, re.MatchString(f), "%s skips %s", h.ID, f)
		}
	}
}
