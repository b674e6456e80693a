package report

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/rules"
)

func annotations(t *testing.T, in *Input, note string) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Annotate(&buf, in, note))
	return buf.String()
}

// annotation is a workflow command read back the way the runner reads it.
type annotation struct {
	kind  string
	props map[string]string
	msg   string
}

var commandLine = regexp.MustCompile(`^::(\w+)(?: ([^:]*))?::(.*)$`)

func unescape(s string) string {
	return strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%").Replace(s)
}

func parseCommands(t *testing.T, out string) []annotation {
	t.Helper()
	var got []annotation
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		m := commandLine.FindStringSubmatch(line)
		require.NotNil(t, m, "not a workflow command: %q", line)
		a := annotation{kind: m[1], props: map[string]string{}, msg: unescape(m[3])}
		if m[2] != "" {
			for _, kv := range strings.Split(m[2], ",") {
				k, v, ok := strings.Cut(kv, "=")
				require.True(t, ok, kv)
				a.props[k] = unescape(v)
			}
		}
		got = append(got, a)
	}
	return got
}

func TestGitHubAnnotationsGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, GitHub(&buf, sampleInput()))
	golden(t, "sample.github", buf.String())
}

func TestGitHubAnnotationsPointAtTheFindings(t *testing.T) {
	got := parseCommands(t, annotations(t, sampleInput(), ""))
	require.Len(t, got, 4, "four findings, nothing left out, no closing notice")
	first := got[0]
	assert.Equal(t, "error", first.kind)
	assert.Equal(t, map[string]string{"file": "services/api/prisma/schema.prisma", "line": "12", "endLine": "12",
		"col": "7", "endColumn": "14", "title": "tenant-index-missing"}, first.props, "paths relative to the repository root, as the pull request shows them")
	assert.Equal(t, `model "Invoice" has no index leading with its tenant field "organizationId"; add @@index([organizationId])`+
		"\nservices/api/prisma/schema.prisma:14:3: the tenant field", first.msg, "related locations on the next lines")
	multi := got[2]
	assert.Equal(t, "warning", multi.kind)
	assert.Equal(t, "30", multi.props["line"])
	assert.Equal(t, "31", multi.props["endLine"])
	assert.NotContains(t, multi.props, "col", "GitHub reads columns only on one line")
	assert.Equal(t, "notice", got[3].kind)
}

// Messages escape %, CR and LF; properties also escape : and , — or the
// runner cuts the command short.
func TestGitHubAnnotationEscaping(t *testing.T) {
	in := &Input{Diagnostics: []rules.Diagnostic{{
		Rule: "r", Severity: severity.Error, Range: rng("odd,dir/a:b%.prisma", 2, 1, 2, 5),
		Message: "100% wrong\r\nsee: here, there::now",
	}}}
	out := annotations(t, in, "")
	// A line break inside a message comes from the repository (a quoted
	// identifier): it is shown escaped, never as a second line.
	assert.Equal(t, "::error col=1,endColumn=5,endLine=2,file=odd%2Cdir/a%3Ab%25.prisma,line=2,title=r::100%25 wrong\\r\\nsee: here, there::now\n", out)
	got := parseCommands(t, out)
	assert.Equal(t, "odd,dir/a:b%.prisma", got[0].props["file"])
	assert.Equal(t, `100% wrong\r\nsee: here, there::now`, got[0].msg)
}

func manyFindings(errors, warnings, notices int) *Input {
	var ds []rules.Diagnostic
	add := func(n int, sev severity.Severity) {
		for i := range n {
			ds = append(ds, rules.Diagnostic{Rule: "r", Severity: sev, Range: rng("schema.prisma", len(ds)+1, 1, len(ds)+1, 2), Message: fmt.Sprintf("%s %d", sev, i)})
		}
	}
	// Interleaved in file order, as the linter sorts them.
	for range max(errors, warnings, notices) {
		add(min(1, notices), severity.Notice)
		add(min(1, warnings), severity.Warning)
		add(min(1, errors), severity.Error)
		notices, warnings, errors = max(0, notices-1), max(0, warnings-1), max(0, errors-1)
	}
	return &Input{Diagnostics: ds}
}

func kinds(as []annotation) map[string]int {
	m := map[string]int{}
	for _, a := range as {
		m[a.kind]++
	}
	return m
}

// GitHub shows 10 errors, 10 warnings and 10 notices per step: the most
// severe go first, and one closing notice says what is missing and where.
func TestGitHubAnnotationsStayWithinWhatGitHubShows(t *testing.T) {
	got := parseCommands(t, annotations(t, manyFindings(15, 12, 12), ""))
	assert.Equal(t, map[string]int{"error": 10, "warning": 10, "notice": 10}, kinds(got))
	assert.LessOrEqual(t, len(got), AnnotationsPerJob)
	for i, a := range got[:10] {
		assert.Equal(t, "error", a.kind, "errors first (%d)", i)
	}
	assert.Equal(t, "warning", got[10].kind)
	last := got[len(got)-1]
	assert.Equal(t, "notice", last.kind)
	assert.Empty(t, last.props["file"])
	assert.Equal(t, "10 findings of 39 not shown as annotations (GitHub shows 10 errors, 10 warnings and 10 notices per step); the job summary lists every finding", last.msg)

	// Exactly at the limits: everything shows, no closing notice.
	got = parseCommands(t, annotations(t, manyFindings(10, 10, 10), ""))
	assert.Equal(t, map[string]int{"error": 10, "warning": 10, "notice": 10}, kinds(got))
	assert.NotContains(t, got[len(got)-1].msg, "not shown")

	// A note (the Checks API fallback) shares the one closing notice.
	got = parseCommands(t, annotations(t, manyFindings(11, 0, 0), "the check run could not be created (403)"))
	assert.Equal(t, map[string]int{"error": 10, "notice": 1}, kinds(got))
	assert.Equal(t, "the check run could not be created (403); 1 finding of 11 not shown as annotations (GitHub shows 10 errors, 10 warnings and 10 notices per step); the job summary lists every finding", got[10].msg)
}

func TestGitHubSummary(t *testing.T) {
	in := sampleInput()
	in.BlobURL = "https://github.com/acme/shop/blob/0123abc"
	out := Summary(in, MaxSummaryBytes)
	golden(t, "sample.summary.md", out)

	assert.True(t, strings.HasPrefix(out, "## schemalint: 4 findings\n\n2 errors, 1 warning, 1 notice; 2 at or above the fail level (error).\n"))
	assert.Contains(t, out, "| [enum-value-order](https://github.com/schemalint/schemalint/blob/main/docs/rules/enum-value-order.md) | 0 | 1 | 1 |")
	assert.Contains(t, out, "[services/api/prisma/schema.prisma:12:7](https://github.com/acme/shop/blob/0123abc/services/api/prisma/schema.prisma#L12)")
	assert.Contains(t, out, "schema.prisma#L30-L31)", "a multi-line finding links its lines")
	assert.Contains(t, out, `&lt;reason&gt;`, "an HTML-looking word stays visible")
	assert.Contains(t, out, `\*hash\*`, "markdown emphasis stays literal")
	assert.Contains(t, out, `\| 100% breaking`, "a pipe does not split the cell")
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "| error") || strings.HasPrefix(line, "| warning") {
			assert.Equal(t, 5, strings.Count(line, "|")-strings.Count(line, `\|`), "four cells: %s", line)
		}
	}

	assert.Equal(t, "## schemalint: no findings\n\n", Summary(&Input{}, MaxSummaryBytes))
	failed := Summary(&Input{Notifications: []Notification{{Message: "unknown rule \"x\"", Range: rng("schemalint.hcl", 3, 6, 3, 9), Error: true}}}, MaxSummaryBytes)
	assert.Equal(t, "## schemalint could not check the schema\n\n- schemalint.hcl:3: unknown rule \"x\"\n\n", failed)
}

// GitHub refuses a step summary over 1 MiB: rows that do not fit are
// counted in a closing note.
func TestGitHubSummaryIsTruncatedCleanly(t *testing.T) {
	in := manyFindings(20000, 0, 0)
	in.BlobURL = "https://github.com/acme/shop/blob/" + strings.Repeat("f", 40)
	out := Summary(in, MaxSummaryBytes)
	assert.LessOrEqual(t, len(out), MaxSummaryBytes)
	assert.Regexp(t, `\n_\d+ more findings not shown: the summary is limited to 1048576 bytes; the log and the SARIF file have every finding\._\n$`, out)
	rows := strings.Count(out, "\n| error |")
	assert.Greater(t, rows, 1000)
	assert.Contains(t, out, fmt.Sprintf("_%d more findings not shown", 20000-rows))

	small := Summary(manyFindings(5, 0, 0), 600)
	assert.LessOrEqual(t, len(small), 600)
	assert.Contains(t, small, "more finding")
	assert.True(t, strings.HasSuffix(small, "._\n"), "ends on the note, not half a row")
}

func TestRuleDocURLIsAbsolute(t *testing.T) {
	u, err := url.Parse(RuleDocURL("tenant-index-missing"))
	require.NoError(t, err)
	assert.True(t, u.IsAbs())
	assert.Equal(t, "/schemalint/schemalint/blob/main/docs/rules/tenant-index-missing.md", u.Path)
}
