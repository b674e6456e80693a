package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A legacy schema: two tenant models without their tenant index, which a
// team cannot fix before turning the gate on.
const legacySchema = `datasource db {
  provider = "postgresql"
}

model Organization {
  id Int @id
}

model Invoice {
  id             Int @id
  organizationId Int
}

model Payment {
  id             Int @id
  organizationId Int
}
`

const legacyConfig = "tenancy {\n  fields        = [\"organizationId\"]\n  global_models = [\"Organization\"]\n}\n"

// moved puts lines above the legacy findings and adds one new model with
// the same problem.
func moved(schema string) string {
	schema = strings.Replace(schema, "model Organization {", "// Billing.\n\n// Tenants.\nmodel Organization {", 1)
	return schema + "\nmodel Refund {\n  id             Int @id\n  organizationId Int\n}\n"
}

// messagesOf names each finding by its rule and the model it is about.
func messagesOf(t *testing.T, out string) []string {
	t.Helper()
	var msgs []string
	for _, f := range findings(t, out) {
		msgs = append(msgs, f.Rule+" "+modelName.FindString(f.Message))
	}
	return msgs
}

var modelName = regexp.MustCompile(`model "\w+"`)

func TestBaselineReportsOnlyNewFindings(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "prisma/schema.prisma", legacySchema)
	writeFile(t, dir, "schemalint.hcl", legacyConfig)

	code, out, errOut := run(t, dir, "baseline")
	require.Equal(t, ExitOK, code, errOut)
	assert.Equal(t, "wrote schemalint-baseline.json: 2 findings\n", out)
	first := readFile(t, filepath.Join(dir, "schemalint-baseline.json"))
	var doc struct {
		Version  int
		Findings []struct{ Rule, File, Message string }
	}
	require.NoError(t, json.Unmarshal([]byte(first), &doc))
	assert.Equal(t, 1, doc.Version)
	require.Len(t, doc.Findings, 2)
	assert.Equal(t, "prisma/schema.prisma", doc.Findings[0].File, "relative to the repository, the same on every machine")
	assert.Contains(t, doc.Findings[0].Message, `model "Invoice"`, "sorted")
	code, _, _ = run(t, dir, "baseline")
	require.Equal(t, ExitOK, code)
	assert.Equal(t, first, readFile(t, filepath.Join(dir, "schemalint-baseline.json")), "stable: writing it again changes nothing")

	code, out, errOut = run(t, dir, "check")
	assert.Equal(t, ExitOK, code, out)
	assert.Empty(t, out)
	assert.Equal(t, noVersionLine+noBaseLine+"schemalint: 2 findings already in schemalint-baseline.json not shown; --no-baseline shows every finding\n", errOut)

	// Lines move above the old findings, and a new one comes.
	writeFile(t, dir, "prisma/schema.prisma", moved(legacySchema))
	code, out, errOut = run(t, dir, "check", "--format", "json")
	assert.Equal(t, ExitFindings, code, errOut)
	assert.Equal(t, []string{`tenant-index-missing model "Refund"`}, messagesOf(t, out), "a finding that only moved is not new")

	code, out, _ = run(t, dir, "check", "--format", "json", "--no-baseline")
	assert.Equal(t, ExitFindings, code)
	assert.Len(t, findings(t, out), 3)

	// SARIF keeps every result, marked new or unchanged.
	sarif := filepath.Join(t.TempDir(), "out.sarif")
	run(t, dir, "check", "--sarif-file", sarif)
	var s struct {
		Runs []struct {
			Results []struct {
				BaselineState string
				Message       struct{ Text string }
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(readFile(t, sarif)), &s))
	states := map[string]int{}
	for _, r := range s.Runs[0].Results {
		states[r.BaselineState]++
	}
	assert.Equal(t, map[string]int{"new": 1, "unchanged": 2}, states)

	// A fixed finding is said, so the baseline can only shrink.
	writeFile(t, dir, "prisma/schema.prisma", strings.Replace(moved(legacySchema), "model Payment {\n  id             Int @id\n  organizationId Int\n}", "model Payment {\n  id             Int @id\n  organizationId Int\n\n  @@index([organizationId])\n}", 1))
	code, _, errOut = run(t, dir, "check")
	assert.Equal(t, ExitFindings, code)
	assert.Contains(t, errOut, "schemalint: schemalint-baseline.json: 1 recorded finding no longer occur (prisma/schema.prisma tenant-index-missing): fixed; run schemalint baseline to remove them\n")
}

func TestBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "prisma/schema.prisma", legacySchema)
	writeFile(t, dir, "schemalint.hcl", legacyConfig)
	writeFile(t, dir, "schemalint-baseline.json", "{\"version\": 9, \"findings\": []}\n")
	code, out, errOut := run(t, dir, "check")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, "schemalint: schemalint-baseline.json: version 9 is newer than this schemalint reads (1); upgrade schemalint\n", errOut)

	// A baseline the configuration names must exist.
	require.NoError(t, os.Remove(filepath.Join(dir, "schemalint-baseline.json")))
	writeFile(t, dir, "schemalint.hcl", legacyConfig+"\nbaseline {\n  file = \"ci/baseline.json\"\n}\n")
	code, _, errOut = run(t, dir, "check")
	assert.Equal(t, ExitError, code)
	assert.Contains(t, errOut, "schemalint: baseline: ")
	assert.Contains(t, errOut, "ci/baseline.json: cannot read: no such file or directory")
	code, out, _ = run(t, dir, "baseline")
	assert.Equal(t, ExitOK, code)
	assert.Equal(t, "wrote ci/baseline.json: 2 findings\n", out)
}

// --only-new compares with the base revision instead of a file: on a pull
// request, only what the change adds fails the gate.
func TestOnlyNewComparesWithTheBase(t *testing.T) {
	dir, _ := breakingRepo(t)
	writeFile(t, dir, "legacy/prisma/schema.prisma", legacySchema)
	writeFile(t, dir, "legacy/schemalint.hcl", legacyConfig)
	gitIn(t, dir, "add", "-A")
	gitIn(t, dir, "commit", "-q", "-m", "legacy")
	base := gitIn(t, dir, "rev-parse", "HEAD")
	app := filepath.Join(dir, "legacy")
	writeFile(t, app, "prisma/schema.prisma", moved(legacySchema))

	code, out, errOut := run(t, app, "check", "--format", "json", "--only-new", "--base", base)
	assert.Equal(t, ExitFindings, code, errOut)
	assert.Equal(t, []string{`tenant-index-missing model "Refund"`}, messagesOf(t, out))
	assert.Contains(t, errOut, "schemalint: 2 findings already in the base not shown; --no-baseline shows every finding\n")

	code, _, errOut = run(t, app, "check", "--only-new")
	assert.Equal(t, ExitError, code)
	assert.Equal(t, "schemalint: --only-new compares with a base, and none is known; pass --base <ref>, or add base { ref = \"origin/main\" } to schemalint.hcl\n", errOut)
}
