package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/ghaction/runnerlog"
)

// TestMain keeps the in-process CLI out of GitHub mode: on a GitHub runner
// the real GITHUB_* would add annotations to every golden and write into
// the runner's own output files. Nor does another CI, or pre-commit, imply
// a base. Tests that want GitHub mode (or another CI) set it.
func TestMain(m *testing.M) {
	// The test binary stands in for schemalint where a real process is
	// needed (a git hook run by pre-commit).
	if os.Getenv("SCHEMALINT_TEST_AS_CLI") == "1" {
		os.Exit(Run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "GITHUB_") || strings.HasPrefix(k, "INPUT_") || k == "SCHEMALINT_ACTION" || k == "RUNNER_TEMP" || slices.Contains(base.EnvVars, k) {
			os.Unsetenv(k)
		}
	}
	os.Exit(m.Run())
}

// githubRunner sets the environment a GitHub-hosted runner gives a step,
// with its files in a temporary folder, and returns the folder.
func githubRunner(t *testing.T, workspace string) string {
	t.Helper()
	tmp := t.TempDir()
	event := filepath.Join(tmp, "event.json")
	require.NoError(t, os.WriteFile(event, []byte(`{"ref":"refs/heads/main","after":"0123456789abcdef0123456789abcdef01234567"}`), 0o644))
	for k, v := range map[string]string{
		"GITHUB_ACTIONS":      "true",
		"GITHUB_EVENT_NAME":   "push",
		"GITHUB_EVENT_PATH":   event,
		"GITHUB_REPOSITORY":   "acme/shop",
		"GITHUB_SHA":          "0123456789abcdef0123456789abcdef01234567",
		"GITHUB_SERVER_URL":   "https://github.com",
		"GITHUB_WORKSPACE":    workspace,
		"GITHUB_OUTPUT":       filepath.Join(tmp, "output"),
		"GITHUB_STEP_SUMMARY": filepath.Join(tmp, "summary.md"),
		"RUNNER_TEMP":         tmp,
	} {
		t.Setenv(k, v)
	}
	return tmp
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

func repoTop(t *testing.T) string {
	t.Helper()
	top, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	return top
}

// A one-line `run: schemalint check` step in a workflow: the usual text,
// then annotations, a job summary and step outputs, with no flag.
func TestCheckInGitHubActionsAnnotatesWithoutFlags(t *testing.T) {
	runner := githubRunner(t, repoTop(t))
	dir := filepath.Join("..", "..", "examples", "identity")
	code, out, errOut := run(t, dir, "check")
	assert.Equal(t, ExitFindings, code)
	assert.Empty(t, errOut, "in Actions, notes share the guarded stream")

	want := e2eOutput(t, "check-identity-text")
	text, ann := readLog(t, out)
	// A push has no base: a warning says so, on the run's page.
	noBase := "::warning title=schemalint::" + strings.TrimSuffix(strings.TrimPrefix(noBaseLine, "schemalint: "), "\n")
	require.True(t, strings.HasPrefix(text, noBase+"\n"+want), "the text output comes first after the warning, unchanged:\n%s", out)
	require.Len(t, ann, 5, "the runner acts on the warning and the four annotations and nothing else")
	assert.Equal(t, noBase, ann[0])
	ann = ann[1:]
	assert.Equal(t, "::error col=7,endColumn=19,endLine=75,file=examples/identity/prisma/schema/identity.prisma,line=75,title=tenant-unscoped-model::", ann[0][:strings.Index(ann[0], "::model")+2],
		"paths relative to the repository, as the pull request shows them")
	assert.Contains(t, ann[3], "file=examples/identity/prisma/views/idp_views/IdpUser.sql,line=8,")

	summary := readFile(t, filepath.Join(runner, "summary.md"))
	assert.Contains(t, summary, "## schemalint: 4 findings")
	assert.Contains(t, summary, "\n- breaking-change rules did not run: no base; pass --base &lt;ref&gt;, or add base { ref = \"origin/main\" } to schemalint.hcl \\[view-column-removed, enum-value-order\\]\n", "the job summary says it too")
	assert.Contains(t, summary, "[examples/identity/prisma/schema/identity.prisma:75:7](https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567/examples/identity/prisma/schema/identity.prisma#L75)")

	assert.Equal(t, map[string]string{"findings": "4", "errors": "4", "sarif-file": ""}, readOutputs(t, filepath.Join(runner, "output")),
		"no SARIF file without --sarif-file outside the action")
}

// readLog reads a step's log as GitHub's runner does: the text a reader
// sees (without the stop-commands guards) and the commands the runner
// acts on (the guards left out).
func readLog(t *testing.T, log string) (text string, commands []string) {
	t.Helper()
	guards := map[string]bool{}
	for _, c := range runnerlog.Commands(log) {
		switch c.Name {
		case "stop-commands", "resume":
			guards[c.Line] = true
		default:
			commands = append(commands, c.Line)
		}
	}
	var b strings.Builder
	for _, line := range strings.SplitAfter(log, "\n") {
		if !guards[strings.TrimSuffix(line, "\n")] {
			b.WriteString(line)
		}
	}
	return b.String(), commands
}

// readOutputs parses GITHUB_OUTPUT as the runner does: `name=value` lines
// and `name<<DELIMITER` blocks.
func readOutputs(t *testing.T, path string) map[string]string {
	t.Helper()
	out := map[string]string{}
	lines := strings.Split(readFile(t, path), "\n")
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if line == "" {
			continue
		}
		if name, delim, ok := strings.Cut(line, "<<"); ok {
			var value []string
			for i++; i < len(lines) && lines[i] != delim; i++ {
				value = append(value, lines[i])
			}
			require.Less(t, i, len(lines), "the delimiter of %s closes its value", name)
			out[name] = strings.Join(value, "\n")
			continue
		}
		name, value, ok := strings.Cut(line, "=")
		require.True(t, ok, "GITHUB_OUTPUT line %q", line)
		out[name] = value
	}
	return out
}

// --format sarif on stdout stays a clean SARIF document in GitHub Actions:
// the annotations go to stderr, which the runner reads too.
func TestCheckInGitHubActionsKeepsMachineOutputClean(t *testing.T) {
	githubRunner(t, repoTop(t))
	code, out, errOut := run(t, filepath.Join("..", "..", "examples", "identity"), "check", "--format", "sarif")
	assert.Equal(t, ExitFindings, code)
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &doc), "stdout is one JSON document")
	assert.Contains(t, errOut, "::error ")
}

// --sarif-file writes SARIF beside the chosen format, for code scanning.
func TestCheckWritesASARIFFileBesideTheText(t *testing.T) {
	sarif := filepath.Join(t.TempDir(), "reports", "schemalint.sarif")
	code, out, errOut := run(t, filepath.Join("..", "..", "examples", "multitenant"), "check", "--sarif-file", sarif, "--sarif-category", "multitenant")
	assert.Equal(t, ExitFindings, code, errOut)
	assert.Contains(t, out, "5 findings (5 errors", "stdout keeps the text format")
	var doc struct {
		Runs []struct {
			AutomationDetails struct{ ID string }
			Results           []struct {
				RuleID    string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string }
					}
				}
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(readFile(t, sarif)), &doc))
	info, err := os.Stat(sarif)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o644), info.Mode().Perm(), "the upload step, another user, may read it")
	require.Len(t, doc.Runs, 1)
	assert.Equal(t, "multitenant", doc.Runs[0].AutomationDetails.ID)
	require.Len(t, doc.Runs[0].Results, 5)
	loc := doc.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation
	assert.Equal(t, "examples/multitenant/prisma/schema.prisma", loc.URI, "relative to the repository's top level")
	assert.Equal(t, "%SRCROOT%", loc.URIBaseID)
	entries, err := os.ReadDir(filepath.Dir(sarif))
	require.NoError(t, err)
	assert.Len(t, entries, 1, "written through a temporary file and a rename; nothing left behind")
}

// A config error still reaches the pull request and code scanning: an
// error annotation at the offending token, the summary, and a SARIF file
// whose run says it did not execute.
func TestCheckInGitHubActionsReportsConfigErrors(t *testing.T) {
	tmp := t.TempDir()
	runner := githubRunner(t, tmp)
	writeFile(t, tmp, "prisma/schema.prisma", validSchema)
	writeFile(t, tmp, "schemalint.hcl", "rule \"tenant-index-mising\" {\n  severity = \"warning\"\n}\n")
	sarif := filepath.Join(tmp, "out.sarif")
	code, out, _ := run(t, tmp, "check", "--sarif-file", sarif)
	assert.Equal(t, ExitError, code)
	text, commands := readLog(t, out)
	assert.Contains(t, text, `schemalint.hcl:1:6: unknown rule "tenant-index-mising"`)
	require.Len(t, commands, 1)
	assert.Contains(t, commands[0], "::error col=6,file=schemalint.hcl,line=1,title=schemalint::unknown rule")
	assert.Contains(t, readFile(t, filepath.Join(runner, "summary.md")), "## schemalint could not check the schema")
	var doc struct {
		Runs []struct {
			Invocations []struct {
				ExecutionSuccessful        bool
				ToolExecutionNotifications []struct{ Level string }
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(readFile(t, sarif)), &doc))
	inv := doc.Runs[0].Invocations[0]
	assert.False(t, inv.ExecutionSuccessful)
	require.Len(t, inv.ToolExecutionNotifications, 1)
	assert.Equal(t, "error", inv.ToolExecutionNotifications[0].Level)
}

func TestCheckGitHubFormatOutsideActions(t *testing.T) {
	code, out, _ := run(t, filepath.Join("..", "..", "examples", "identity"), "check", "--format", "github")
	assert.Equal(t, ExitFindings, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 4)
	for _, l := range lines {
		assert.True(t, strings.HasPrefix(l, "::error "), l)
	}
}

// A SARIF file that cannot be written fails the run before anything
// reaches stdout: exit 2 means nothing was reported.
func TestCheckWithAnUnwritableSARIFFilePrintsNothing(t *testing.T) {
	dir := filepath.Join("..", "..", "examples", "multitenant")
	folder := t.TempDir()
	code, out, errOut := run(t, dir, "check", "--sarif-file", folder)
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, noBaseLine+"schemalint check: --sarif-file: "+folder+" is a folder; name a file, e.g. "+filepath.Join(folder, "schemalint.sarif")+"\n", errOut)

	blocker := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(blocker, nil, 0o644))
	code, out, errOut = run(t, dir, "check", "--sarif-file", filepath.Join(blocker, "x.sarif"))
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "schemalint check: --sarif-file: ")
}
