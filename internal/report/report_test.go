package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// golden compares got with testdata/golden/<name>, or rewrites it with
// -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./internal/report -update")
	assert.Equal(t, string(want), got)
}

func rng(file string, line, col, endLine, endCol int) prisma.Range {
	return prisma.Range{File: file,
		Start: prisma.Pos{Offset: line*100 + col, Line: line, Col: col},
		End:   prisma.Pos{Offset: endLine*100 + endCol, Line: endLine, Col: endCol}}
}

// testRules stand in for the real registry in goldens, so that a rule's
// doc edited elsewhere does not move these files.
var testRules = []*rules.Rule{
	{Name: "view-sensitive-field", Category: rules.Security, Severity: severity.Error,
		Summary: "a view exposes a sensitive field", Doc: "Views are a public API.\nKeep secrets out.\n\nFix: remove the field.",
		Bad: "view V {\n  password String\n}", Good: "view V {\n  email String\n}"},
	{Name: "tenant-index-missing", Category: rules.Tenancy, Severity: severity.Error,
		Summary: "a tenant-scoped model has no index on the tenant field", Doc: "Every tenant query filters by the tenant field.",
		Bad: "model A {\n  organizationId String\n}", Good: "model A {\n  organizationId String\n  @@index([organizationId])\n}"},
	{Name: "enum-value-order", Category: rules.Compatibility, Severity: severity.Warning,
		Summary: "enum values reordered", Doc: "PostgreSQL compares enum values in declaration order.",
		Bad: "enum E {\n  B\n  A\n}", Good: "enum E {\n  A\n  B\n}"},
}

// sampleInput is a run in /repo/services/api (the repository's top level
// is /repo) with one finding of each kind a formatter must carry.
func sampleInput() *Input {
	return &Input{
		Version:  "v1.2.3",
		Dir:      filepath.FromSlash("/repo/services/api"),
		RepoRoot: filepath.FromSlash("/repo"),
		Rules:    testRules,
		FailOn:   severity.Error,
		Diagnostics: []rules.Diagnostic{
			{Rule: "tenant-index-missing", Severity: severity.Error, Range: rng("prisma/schema.prisma", 12, 7, 12, 14),
				Message: `model "Invoice" has no index leading with its tenant field "organizationId"; add @@index([organizationId])`,
				Related: []rules.Related{{Range: rng("prisma/schema.prisma", 14, 3, 14, 17), Message: "the tenant field"}},
				Fix: &rules.Fix{Message: "add @@index([organizationId])", Edits: []rules.Edit{
					{File: "prisma/schema.prisma", Start: 0, End: 0, NewText: "  @@index([organizationId])\n"}}}},
			{Rule: "view-sensitive-field", Severity: severity.Error, Range: rng("prisma/views/idp/IdpUser.sql", 3, 3, 3, 30),
				Message: `view "IdpUser" exposes "User.pinHash", which matches the sensitive pattern "*hash*"; remove it or justify it with -- schemalint-ignore view-sensitive-field <reason>`},
			{Rule: "enum-value-order", Severity: severity.Warning, Range: rng("prisma/schema.prisma", 30, 3, 31, 8),
				Message: `enum "Rôle" moved "ADMIN" before "USER" | 100% breaking`,
				Related: []rules.Related{{Range: rng("prisma/schema.prisma", 29, 3, 29, 8), Message: "at the base ref", AtBase: true}}},
			{Rule: "enum-value-order", Severity: severity.Notice, Range: rng("prisma/schema.prisma", 40, 3, 40, 9),
				Message: `enum "Status" gained "PAUSED", which the view "IdpUser" exposes: deploy the identity side first`},
		},
	}
}

// A related location in the base revision is named with its working-tree
// path but the base's line: every format says so, and SARIF leaves it out
// (TestSARIFMeetsCodeScanningRequirements) rather than send code scanning
// to the wrong line.
func TestBaseLocationsAreMarked(t *testing.T) {
	in := sampleInput()
	var text, js bytes.Buffer
	require.NoError(t, Text(&text, in))
	assert.Contains(t, text.String(), "\n    base prisma/schema.prisma:29:3: at the base ref\n")
	assert.Contains(t, text.String(), "\n    prisma/schema.prisma:14:3: the tenant field\n")
	require.NoError(t, JSON(&js, in))
	var out struct {
		Findings []struct {
			Related []struct {
				Message string `json:"message"`
				Base    bool   `json:"base"`
			} `json:"related"`
		} `json:"findings"`
	}
	require.NoError(t, json.Unmarshal(js.Bytes(), &out))
	assert.False(t, out.Findings[0].Related[0].Base)
	assert.True(t, out.Findings[2].Related[0].Base)
}
