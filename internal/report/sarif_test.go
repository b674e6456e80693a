package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/sharedtest"
	"github.com/schemalint/schemalint/rules"
)

func sarifOf(t *testing.T, in *Input) (string, map[string]any) {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, SARIF(&buf, in))
	var doc map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &doc))
	return buf.String(), doc
}

// officialSchema compiles the OASIS SARIF 2.1.0 schema (draft-04) with
// format assertions on, so a relative helpUri or a malformed URI fails.
func officialSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	path := filepath.Join(sharedtest.Dir(t, "sarif"), "sarif-schema-2.1.0.json")
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft4)
	c.AssertFormat()
	require.NoError(t, c.AddResource("sarif-schema-2.1.0.json", doc))
	sch, err := c.Compile("sarif-schema-2.1.0.json")
	require.NoError(t, err)
	return sch
}

func validate(t *testing.T, sch *jsonschema.Schema, out string) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	require.NoError(t, err)
	assert.NoError(t, sch.Validate(inst))
}

func TestSARIFGolden(t *testing.T) {
	in := sampleInput()
	in.AutomationID = "schemalint/api/"
	out, _ := sarifOf(t, in)
	golden(t, "sample.sarif", out)
}

func TestSARIFIsValidAgainstTheOfficialSchema(t *testing.T) {
	sch := officialSchema(t)
	withRealRules := sampleInput()
	withRealRules.Rules = rules.All()
	failed := &Input{Version: "dev", Dir: "/repo", Rules: rules.All(), Notifications: []Notification{
		{Message: `unknown rule "tenant-index-mising"; did you mean "tenant-index-missing"?`, Range: rng("schemalint.hcl", 3, 6, 3, 27), Error: true},
		{Message: "no schema found"},
	}}
	noRoot := sampleInput()
	noRoot.Dir, noRoot.RepoRoot, noRoot.Version = "", "", ""
	for name, in := range map[string]*Input{
		"sample": sampleInput(), "real rules": withRealRules, "failed run": failed, "no root": noRoot, "empty": {},
	} {
		t.Run(name, func(t *testing.T) {
			out, _ := sarifOf(t, in)
			validate(t, sch, out)
		})
	}

	// The validator does reject what code scanning rejects.
	out, _ := sarifOf(t, sampleInput())
	broken := strings.Replace(out, `"helpUri": "https://github.com/schemalint/schemalint/blob/main/docs/rules/`, `"helpUri": "not a uri `, 1)
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(broken))
	require.NoError(t, err)
	assert.Error(t, sch.Validate(inst), "a helpUri that is not an absolute URI must fail format assertion")
}

type sarifDoc struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Name, Version, InformationURI string
				Rules                         []struct {
					ID, Name                          string
					ShortDescription, FullDescription struct{ Text string }
					Help                              struct{ Text, Markdown string }
					HelpURI                           string
					DefaultConfiguration              struct{ Level string }
					Properties                        struct{ Tags []string }
				}
			}
		}
		AutomationDetails  *struct{ ID string }
		OriginalURIBaseIDs map[string]struct{ URI string }
		ColumnKind         string
		Invocations        []struct {
			ExecutionSuccessful        bool
			ToolExecutionNotifications []struct {
				Level   string
				Message struct{ Text string }
			}
		}
		Results []struct {
			RuleID    string
			RuleIndex *int
			Level     string
			Message   struct{ Text string }
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct{ URI, URIBaseID string }
					Region           *struct{ StartLine, StartColumn, EndLine, EndColumn int }
				}
			}
			RelatedLocations []struct {
				ID      int
				Message struct{ Text string }
			}
			PartialFingerprints map[string]string
			Fixes               []struct {
				ArtifactChanges []struct {
					ArtifactLocation struct{ URI string }
					Replacements     []struct {
						DeletedRegion   struct{ ByteOffset, ByteLength *int }
						InsertedContent struct{ Text string }
					}
				}
			}
		}
	}
}

func decodeSARIF(t *testing.T, in *Input) sarifDoc {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, SARIF(&buf, in))
	var doc sarifDoc
	require.NoError(t, json.Unmarshal(buf.Bytes(), &doc))
	require.Len(t, doc.Runs, 1)
	return doc
}

// What GitHub code scanning itself requires beyond the schema.
func TestSARIFMeetsCodeScanningRequirements(t *testing.T) {
	in := sampleInput()
	in.Rules = rules.All()
	in.Rules = append(in.Rules, testRules[2])
	doc := decodeSARIF(t, in)
	run := doc.Runs[0]
	assert.Equal(t, "schemalint", run.Tool.Driver.Name)
	assert.Equal(t, "v1.2.3", run.Tool.Driver.Version)
	assert.Equal(t, "unicodeCodePoints", run.ColumnKind, "our columns count code points, not UTF-16 units")
	assert.Equal(t, "file:///repo/", run.OriginalURIBaseIDs["%SRCROOT%"].URI)
	for _, r := range run.Tool.Driver.Rules {
		assert.NotEmpty(t, r.ShortDescription.Text, r.ID)
		assert.NotEmpty(t, r.FullDescription.Text, r.ID)
		assert.NotEmpty(t, r.Help.Text, r.ID)
		assert.Contains(t, r.Help.Markdown, "# "+r.ID, "help.markdown is the rule's doc page")
		u, err := url.Parse(r.HelpURI)
		require.NoError(t, err)
		assert.Equal(t, "https", u.Scheme, r.HelpURI)
		assert.True(t, strings.HasSuffix(r.HelpURI, "/docs/rules/"+r.ID+".md"), r.HelpURI)
		assert.Contains(t, []string{"error", "warning", "note"}, r.DefaultConfiguration.Level)
		assert.NotEmpty(t, r.Properties.Tags)
	}
	require.Len(t, run.Results, 4)
	assert.Less(t, len(run.Results), MaxSARIFResults)
	for _, res := range run.Results {
		require.NotNil(t, res.RuleIndex, res.RuleID)
		assert.Equal(t, res.RuleID, run.Tool.Driver.Rules[*res.RuleIndex].ID, "ruleIndex points at the rule")
		loc := res.Locations[0].PhysicalLocation
		assert.False(t, strings.Contains(loc.ArtifactLocation.URI, ":"), "repository-relative URI: %s", loc.ArtifactLocation.URI)
		assert.True(t, strings.HasPrefix(loc.ArtifactLocation.URI, "services/api/"), "relative to the repository root, not the working folder: %s", loc.ArtifactLocation.URI)
		assert.Equal(t, "%SRCROOT%", loc.ArtifactLocation.URIBaseID)
		require.NotNil(t, loc.Region)
		assert.GreaterOrEqual(t, loc.Region.StartLine, 1)
		assert.GreaterOrEqual(t, loc.Region.StartColumn, 1)
		assert.GreaterOrEqual(t, loc.Region.EndLine, loc.Region.StartLine)
		assert.Regexp(t, `^[0-9a-f]{64}:\d+$`, res.PartialFingerprints["primaryLocationLineHash"])
	}
	assert.Equal(t, []string{"error", "error", "warning", "note"},
		[]string{run.Results[0].Level, run.Results[1].Level, run.Results[2].Level, run.Results[3].Level})
	related := run.Results[0].RelatedLocations
	require.Len(t, related, 1)
	assert.Equal(t, "the tenant field", related[0].Message.Text)
	// A location in the base revision has no line in the working tree to
	// point code scanning at: it is told in words, with no physical place.
	require.Len(t, run.Results[2].RelatedLocations, 1)
	assert.Equal(t, "base services/api/prisma/schema.prisma:29:3: at the base ref", run.Results[2].RelatedLocations[0].Message.Text)
	fix := run.Results[0].Fixes
	require.Len(t, fix, 1)
	rep := fix[0].ArtifactChanges[0].Replacements[0]
	require.NotNil(t, rep.DeletedRegion.ByteOffset, "an insertion at offset 0 keeps its offset")
	assert.Equal(t, 0, *rep.DeletedRegion.ByteOffset)
	assert.Equal(t, 0, *rep.DeletedRegion.ByteLength)
	assert.Equal(t, "  @@index([organizationId])\n", rep.InsertedContent.Text)
	assert.True(t, run.Invocations[0].ExecutionSuccessful)
}

// Code scanning matches alerts across commits by fingerprint: moving a
// finding to other lines must keep it, another finding must not share it.
func TestSARIFFingerprintsSurviveLineMoves(t *testing.T) {
	base := sampleInput()
	moved := sampleInput()
	for i := range moved.Diagnostics {
		d := &moved.Diagnostics[i]
		d.Range.Start.Line += 40
		d.Range.End.Line += 40
		d.Range.Start.Col += 2
	}
	a, b := decodeSARIF(t, base).Runs[0].Results, decodeSARIF(t, moved).Runs[0].Results
	seen := map[string]bool{}
	for i := range a {
		fa, fb := a[i].PartialFingerprints["primaryLocationLineHash"], b[i].PartialFingerprints["primaryLocationLineHash"]
		assert.Equal(t, fa, fb, "finding %d moved 40 lines down", i)
		assert.False(t, seen[fa], "fingerprints differ between findings")
		seen[fa] = true
	}

	// Related locations name positions (messages do not, a rule test
	// keeps that so): moving them does not count either.
	one := &Input{Diagnostics: []rules.Diagnostic{{Rule: "r", Severity: severity.Error, Range: rng("a.prisma", 1, 1, 1, 2), Message: "duplicate",
		Related: []rules.Related{{Range: rng("a.prisma", 12, 3, 12, 4), Message: "the first"}}}}}
	two := &Input{Diagnostics: []rules.Diagnostic{{Rule: "r", Severity: severity.Error, Range: rng("a.prisma", 9, 1, 9, 2), Message: "duplicate",
		Related: []rules.Related{{Range: rng("a.prisma", 20, 3, 20, 4), Message: "the first"}}}}}
	assert.Equal(t, decodeSARIF(t, one).Runs[0].Results[0].PartialFingerprints, decodeSARIF(t, two).Runs[0].Results[0].PartialFingerprints)

	// Identical findings are told apart by their occurrence.
	twice := &Input{Diagnostics: []rules.Diagnostic{one.Diagnostics[0], one.Diagnostics[0]}}
	res := decodeSARIF(t, twice).Runs[0].Results
	h1, h2 := res[0].PartialFingerprints["primaryLocationLineHash"], res[1].PartialFingerprints["primaryLocationLineHash"]
	assert.True(t, strings.HasSuffix(h1, ":1") && strings.HasSuffix(h2, ":2"), "%s %s", h1, h2)
	assert.Equal(t, strings.TrimSuffix(h1, ":1"), strings.TrimSuffix(h2, ":2"))
}

func TestSARIFURIs(t *testing.T) {
	in := &Input{Dir: "/repo/app", RepoRoot: "/repo", Diagnostics: []rules.Diagnostic{
		{Rule: "r", Severity: severity.Error, Range: rng("my schema/schema#1.prisma", 1, 1, 1, 2), Message: "m"},
		{Rule: "r", Severity: severity.Error, Range: rng("../../elsewhere/x.prisma", 1, 1, 1, 2), Message: "m"},
		{Rule: "r", Severity: severity.Error, Range: prisma.Range{File: "schemalint.hcl"}, Message: "file-level"},
	}}
	res := decodeSARIF(t, in).Runs[0].Results
	assert.Equal(t, "app/my%20schema/schema%231.prisma", res[0].Locations[0].PhysicalLocation.ArtifactLocation.URI)
	assert.Equal(t, "file:///elsewhere/x.prisma", res[1].Locations[0].PhysicalLocation.ArtifactLocation.URI)
	assert.Empty(t, res[1].Locations[0].PhysicalLocation.ArtifactLocation.URIBaseID, "an absolute URI has no base")
	assert.Nil(t, res[2].Locations[0].PhysicalLocation.Region, "no region rather than line 0")
	assert.Nil(t, res[0].RuleIndex, "a rule not in Rules has no index")
}

func TestSARIFRecordsToolProblems(t *testing.T) {
	in := &Input{Dir: "/repo", Notifications: []Notification{
		{Message: `unknown rule "x"`, Range: rng("schemalint.hcl", 3, 6, 3, 9), Error: true},
	}}
	run := decodeSARIF(t, in).Runs[0]
	assert.False(t, run.Invocations[0].ExecutionSuccessful)
	require.Len(t, run.Invocations[0].ToolExecutionNotifications, 1)
	assert.Equal(t, "error", run.Invocations[0].ToolExecutionNotifications[0].Level)
	assert.Empty(t, run.Results)
	assert.Nil(t, run.AutomationDetails)

	in = &Input{AutomationID: "schemalint/identity/"}
	assert.Equal(t, "schemalint/identity/", decodeSARIF(t, in).Runs[0].AutomationDetails.ID)
}

func TestSARIFKeepsWithinCodeScanningsResultLimit(t *testing.T) {
	ds := make([]rules.Diagnostic, MaxSARIFResults+1)
	for i := range ds {
		ds[i] = rules.Diagnostic{Rule: "r", Severity: severity.Notice, Range: rng("a.prisma", i+1, 1, i+1, 2), Message: fmt.Sprint("m", i)}
	}
	ds[MaxSARIFResults] = rules.Diagnostic{Rule: "r", Severity: severity.Error, Range: rng("z.prisma", 1, 1, 1, 2), Message: "the one error"}
	run := decodeSARIF(t, &Input{Diagnostics: ds}).Runs[0]
	assert.Len(t, run.Results, MaxSARIFResults)
	assert.Equal(t, "the one error", run.Results[0].Message.Text, "errors are kept first")
	require.Len(t, run.Invocations[0].ToolExecutionNotifications, 1)
	assert.Contains(t, run.Invocations[0].ToolExecutionNotifications[0].Message.Text, "1 of 25001 findings are left out")
	assert.True(t, run.Invocations[0].ExecutionSuccessful)
}
