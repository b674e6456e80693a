package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/sharedtest"
)

// End to end: `schemalint check --base <ref>` in a real git repository with
// two commits, and in a shallow clone of it that lacks the base.

const baseSchema = `datasource db {
  provider = "postgresql"
  schemas  = ["idp", "idp_views"]
}

generator client {
  provider        = "prisma-client"
  previewFeatures = ["views"]
}

enum UserType {
  DRIVER
  ADMIN

  @@schema("idp")
}

model User {
  id        String     @id
  email     String?
  userTypes UserType[]
  password  String

  @@schema("idp")
}
`

const baseViews = `view IdpUser {
  id        String     @unique
  email     String?
  userTypes UserType[]

  @@schema("idp_views")
}
`

// The head drops a view column, reorders the enum, and leaks a password
// through a new view, which view-sensitive-field reports with or without a
// base.
const headViews = `view IdpUser {
  id        String     @unique
  userTypes UserType[]

  @@schema("idp_views")
}

view IdpSecret {
  id       String @unique
  password String

  @@schema("idp_views")
}
`

// noBaseLine is what a run says when its breaking-change rules have no
// base to compare with.
const noBaseLine = "schemalint: breaking-change rules did not run: no base; pass --base <ref>, or add base { ref = \"origin/main\" } to schemalint.hcl [view-column-removed, enum-value-order]\n"

// noVersionLine is what a run says when its schemalint.hcl pins no rule
// set (see ruleset.go).
const noVersionLine = "schemalint: schemalint.hcl sets no version, so the latest rule set (1) applies; add version = 1 to pin it\n"

// outsideCI clears what a CI or pre-commit sets, so that no base is
// implied unless a test sets one.
func outsideCI(t *testing.T) {
	for _, v := range base.EnvVars {
		t.Setenv(v, "")
	}
}

func gitIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).CombinedOutput()
	require.NoError(t, err, "git %s: %s", strings.Join(args, " "), out)
	return strings.TrimSpace(string(out))
}

// breakingRepo commits the base, then the head, and returns the base's
// commit id.
func breakingRepo(t *testing.T) (dir, first string) {
	sharedtest.Tool(t, "git")
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_AUTHOR_NAME", "test")
	t.Setenv("GIT_AUTHOR_EMAIL", "test@example.com")
	t.Setenv("GIT_COMMITTER_NAME", "test")
	t.Setenv("GIT_COMMITTER_EMAIL", "test@example.com")
	outsideCI(t)
	dir = t.TempDir()
	gitIn(t, dir, "init", "-q", "-b", "main")
	writeFile(t, dir, "prisma/schema/schema.prisma", baseSchema)
	writeFile(t, dir, "prisma/schema/views.prisma", baseViews)
	gitIn(t, dir, "add", "-A")
	gitIn(t, dir, "commit", "-q", "-m", "base")
	first = gitIn(t, dir, "rev-parse", "HEAD")
	// The head moves the enum to its own file and reorders it.
	schema := strings.Replace(baseSchema, "enum UserType {\n  DRIVER\n  ADMIN\n\n  @@schema(\"idp\")\n}\n", "", 1)
	writeFile(t, dir, "prisma/schema/schema.prisma", schema)
	writeFile(t, dir, "prisma/schema/enums.prisma", "enum UserType {\n  ADMIN\n  DRIVER\n\n  @@schema(\"idp\")\n}\n")
	writeFile(t, dir, "prisma/schema/views.prisma", headViews)
	gitIn(t, dir, "add", "-A")
	gitIn(t, dir, "commit", "-q", "-m", "head")
	return dir, first
}

type jsonFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	File     string `json:"file"`
	Line     int    `json:"line"`
}

func findings(t *testing.T, out string) []jsonFinding {
	var doc struct {
		Findings []jsonFinding `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc), out)
	return doc.Findings
}

func TestCheckBaseFromGit(t *testing.T) {
	dir, first := breakingRepo(t)
	code, out, errOut := run(t, dir, "check", "--base", first)
	assert.Equal(t, ExitFindings, code, errOut)
	assert.Empty(t, errOut)
	// The base's fact is told once; where the base had it is the related
	// location, under the finding.
	assert.Contains(t, out, "prisma/schema/views.prisma:1:6: error: view \"IdpUser\" no longer has column \"email\"; add it back")
	assert.Contains(t, out, "    base prisma/schema/views.prisma:3:3: the column at the base\n")
	assert.Contains(t, out, "prisma/schema/enums.prisma:2:3: error: enum \"UserType\" moves value \"ADMIN\" to position 1 from 2")
	assert.Contains(t, out, "    base prisma/schema/schema.prisma:13:3: the value at the base\n")
	assert.Contains(t, out, "[view-sensitive-field]")
	assert.Contains(t, out, "3 findings (3 errors")

	// From a subfolder, with a branch name.
	gitIn(t, dir, "branch", "base", first)
	code, out, errOut = run(t, filepath.Join(dir, "prisma"), "check", "--base", "base", "--rule", "enum-value-order", "schema")
	assert.Equal(t, ExitFindings, code, errOut)
	assert.Contains(t, out, "schema/enums.prisma:2:3: error: enum \"UserType\" moves value \"ADMIN\"")
}

// In a pull request's workflow, the base comes from the event payload.
func TestCheckBaseFromPullRequestEvent(t *testing.T) {
	dir, first := breakingRepo(t)
	event := writeFile(t, t.TempDir(), "event.json", `{"pull_request": {"base": {"sha": "`+first+`"}}}`)
	t.Setenv("GITHUB_ACTIONS", "true")
	t.Setenv("GITHUB_EVENT_PATH", event)
	t.Setenv("GITHUB_REPOSITORY", "")
	code, out, errOut := run(t, dir, "check", "--format", "json", "--rule", "view-column-removed")
	assert.Equal(t, ExitFindings, code, errOut)
	got := findings(t, out)
	require.Len(t, got, 1, out)
	assert.Equal(t, "view-column-removed", got[0].Rule)
}

// A shallow checkout lacks the base. Asked for with --base, that stops the
// run (exit 2): passing without the comparison would pass the very breaks
// it was asked to catch.
func TestCheckBaseShallowClone(t *testing.T) {
	dir, first := breakingRepo(t)
	shallow := filepath.Join(t.TempDir(), "shallow")
	out, err := exec.Command("git", "clone", "-q", "--depth", "1", "file://"+dir, shallow).CombinedOutput()
	require.NoError(t, err, "%s", out)
	require.Error(t, exec.Command("git", "-C", shallow, "cat-file", "-e", first+"^{commit}").Run(), "the clone must lack the base")

	code, stdout, errOut := run(t, shallow, "check", "--base", first)
	assert.Equal(t, ExitError, code)
	assert.Equal(t, "schemalint: cannot read base "+first+": the checkout is shallow and git lacks it; fetch it (git fetch origin "+first+", or actions/checkout with fetch-depth: 0)\n", errOut)
	assert.Empty(t, stdout)
}

// A pull request's base that only the environment implies is not the
// user's request: when it cannot be read (a shallow checkout, no token for
// the API), a warning says so and which rules did not run, and every other
// rule still runs.
func TestCheckImpliedBaseShallowClone(t *testing.T) {
	dir, first := breakingRepo(t)
	shallow := filepath.Join(t.TempDir(), "shallow")
	out, err := exec.Command("git", "clone", "-q", "--depth", "1", "file://"+dir, shallow).CombinedOutput()
	require.NoError(t, err, "%s", out)
	event := writeFile(t, t.TempDir(), "event.json", `{"pull_request": {"base": {"sha": "`+first+`"}}}`)
	t.Setenv("GITHUB_ACTIONS", "true")
	t.Setenv("GITHUB_EVENT_PATH", event)
	t.Setenv("GITHUB_REPOSITORY", "")

	code, stdout, errOut := run(t, shallow, "check", "--format", "text")
	assert.Equal(t, ExitFindings, code)
	assert.Empty(t, errOut, "in Actions, notes share the guarded stream")
	// In GitHub Actions the line is a warning annotation, shown on the pull
	// request rather than lost in the log.
	text, commands := readLog(t, stdout)
	assert.Contains(t, commands, "::warning title=schemalint::breaking-change rules did not run: cannot read base the pull request's base "+first[:7]+": the checkout is shallow and git lacks it; fetch it (git fetch origin "+first+", or actions/checkout with fetch-depth: 0) [view-column-removed, enum-value-order]")
	assert.Contains(t, text, "[view-sensitive-field]")
	assert.NotContains(t, text, "[view-column-removed]")
}

// A schema folder that did not exist at the base has nothing to compare
// with: a note, no finding, no failure.
func TestCheckBaseNewSchemaRoot(t *testing.T) {
	dir, _ := breakingRepo(t)
	writeFile(t, dir, "apps/billing/schema.prisma", "datasource db {\n  provider = \"postgresql\"\n}\n\nenum Plan {\n  FREE\n}\n")
	gitIn(t, dir, "add", "-A")
	gitIn(t, dir, "commit", "-q", "-m", "billing")
	code, out, errOut := run(t, dir, "check", "--base", "HEAD~1", "apps/billing")
	assert.Equal(t, ExitOK, code, out)
	assert.Empty(t, out)
	assert.Regexp(t, `^schemalint: apps/billing did not exist at HEAD~1 \([0-9a-f]{7}\): nothing to compare it with\n$`, errOut)
}

// Intended breaks are acknowledged on the head line, or for whole files in
// the configuration.
func TestCheckBaseAcknowledged(t *testing.T) {
	dir, first := breakingRepo(t)
	views := strings.Replace(headViews, "view IdpUser {", "// schemalint-ignore view-column-removed email moved to IdpContact, announced in ADR-9\nview IdpUser {", 1)
	writeFile(t, dir, "prisma/schema/views.prisma", views)
	writeFile(t, dir, "schemalint.hcl", "version = 1\n\nignore {\n  rule   = \"enum-value-order\"\n  paths  = [\"prisma/schema/enums.prisma\"]\n  reason = \"UserType is only sorted by name\"\n}\n")
	code, out, errOut := run(t, dir, "check", "--base", first, "--rule", "view-column-removed,enum-value-order")
	assert.Equal(t, ExitOK, code, out)
	assert.Empty(t, out)
	assert.Empty(t, errOut)

	// Without a base the acknowledgment cannot be judged: it is not
	// reported as suppressing nothing.
	code, out, errOut = run(t, dir, "check")
	assert.Equal(t, ExitFindings, code)
	assert.Equal(t, noBaseLine, errOut)
	assert.Contains(t, out, "[view-sensitive-field]")
	assert.NotContains(t, out, "suppresses nothing")
}

// A --base git does not know (a typo) is exit 2, even when the rules that
// run need no base: the user asked for a comparison that cannot happen.
func TestCheckBaseUnknownRef(t *testing.T) {
	dir, _ := breakingRepo(t)
	for _, only := range []string{"enum-value-order", "view-sensitive-field"} {
		code, out, errOut := run(t, dir, "check", "--base", "mian", "--rule", only)
		assert.Equal(t, ExitError, code, only)
		assert.Empty(t, out)
		assert.Equal(t, "schemalint: cannot read base mian: git does not know it; fetch it (git fetch origin mian, or actions/checkout with fetch-depth: 0)\n", errOut)
	}
}

// Outside a git repository there is nothing to fetch: the way out is to
// run where the history is.
func TestCheckBaseOutsideGit(t *testing.T) {
	sharedtest.Tool(t, "git")
	t.Setenv("GITHUB_ACTIONS", "")
	t.Setenv("GIT_CEILING_DIRECTORIES", os.TempDir())
	dir := t.TempDir()
	writeFile(t, dir, "prisma/schema.prisma", validSchema)
	code, out, errOut := run(t, dir, "check", "--base", "main")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, "schemalint: cannot read base main: "+dir+" is not in a git repository; run schemalint in the repository's checkout\n", errOut)
}

// A --base whose files git cannot read (an object missing from a damaged
// or partial clone) stops the run too, rather than skipping the schema.
func TestCheckBaseFilesUnreadable(t *testing.T) {
	dir, first := breakingRepo(t)
	blob := gitIn(t, dir, "rev-parse", first+":prisma/schema/views.prisma")
	require.NoError(t, os.Remove(filepath.Join(dir, ".git", "objects", blob[:2], blob[2:])))
	code, out, errOut := run(t, dir, "check", "--base", first)
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, "schemalint: cannot read prisma/schema at base "+first+": git: the object of prisma/schema/views.prisma at "+first[:7]+" is missing from the repository; repair the checkout (git fsck), or drop --base\n", errOut)
}

// A rule that compares with a base, named by --rule, was asked for: with
// no base to compare with, nothing the user asked for would be checked.
func TestCheckBaseRuleAskedWithoutBase(t *testing.T) {
	dir, first := breakingRepo(t)
	code, out, errOut := run(t, dir, "check", "--rule", "view-column-removed,view-sensitive-field")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, "schemalint: --rule view-column-removed compares with a base, and none was given; add --base <ref>\n", errOut)

	// Nor when the pull request's base cannot be read.
	shallow := filepath.Join(t.TempDir(), "shallow")
	cloned, err := exec.Command("git", "clone", "-q", "--depth", "1", "file://"+dir, shallow).CombinedOutput()
	require.NoError(t, err, "%s", cloned)
	event := writeFile(t, t.TempDir(), "event.json", `{"pull_request": {"base": {"sha": "`+first+`"}}}`)
	t.Setenv("GITHUB_ACTIONS", "true")
	t.Setenv("GITHUB_EVENT_PATH", event)
	t.Setenv("GITHUB_REPOSITORY", "")
	code, out, errOut = run(t, shallow, "check", "--rule", "enum-value-order")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, errOut, "in Actions, errors share the guarded stream")
	text, commands := readLog(t, out)
	require.Len(t, commands, 1)
	assert.True(t, strings.HasPrefix(commands[0], "::error title=schemalint::--rule enum-value-order compares with a base: "), "annotated on the pull request: %s", out)
	assert.True(t, strings.HasPrefix(text, "schemalint: --rule enum-value-order compares with a base: cannot read base the pull request's base "+first[:7]+": the checkout is shallow and git lacks it; fetch it (git fetch origin "+first+", or actions/checkout with fetch-depth: 0)\n"), text)
}
