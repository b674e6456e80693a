package lint

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/sharedtest"
	"github.com/schemalint/schemalint/rules"
)

var updatePrecision = flag.Bool("update", false, "rewrite testdata/precision/*/findings.golden")

// The precision suite: real public schemas that use row tenancy or views,
// each checked with the configuration its maintainers would write
// (testdata/precision/<project>/schemalint.hcl). Every finding is pinned in
// findings.golden and judged, class by class, in REVIEW.md: a finding that
// appears or disappears fails, and so does a rule with findings that the
// review does not discuss. The schemas themselves are shared test data
// (precision/<project>/ beside the corpus), at the commit named in NOTICE.
func TestPrecisionSuite(t *testing.T) {
	// The schemas are public repositories' files, which only the shared
	// data may hold; until it does, the suite says so in one line, in CI
	// too, and names what to add.
	shared := filepath.Join(filepath.Dir(sharedtest.Dir(t, "corpus")), "precision")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("the precision schemas are not in the shared data (%s); add each project listed in testdata/precision/*/NOTICE at its commit", shared)
	}
	projects, err := filepath.Glob(filepath.Join("testdata", "precision", "*", "schemalint.hcl"))
	require.NoError(t, err)
	require.NotEmpty(t, projects)
	total := map[string]int{}
	for _, hcl := range projects {
		dir := filepath.Dir(hcl)
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			data := filepath.Join(shared, name)
			_, err := os.Stat(data)
			require.NoError(t, err, "the schema of %s is missing from the shared data; see %s", name, filepath.Join(dir, "NOTICE"))
			cfg, err := config.Load(hcl, rules.Names())
			require.NoError(t, err)
			cfg.Dir = data
			res, err := Run(context.Background(), Options{Dir: data, Config: cfg})
			require.NoError(t, err, "schemalint must judge %s, not fail on it", name)
			got, counts := precisionGolden(data, res)
			for r, n := range counts {
				total[r] += n
			}
			path := filepath.Join(dir, "findings.golden")
			if *updatePrecision {
				require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
			} else {
				want, err := os.ReadFile(path)
				require.NoError(t, err, "run go test ./internal/lint -run TestPrecisionSuite -update")
				assert.Equal(t, string(want), got, "the findings on %s changed; read them, update REVIEW.md, then rerun with -update", name)
			}
			review, err := os.ReadFile(filepath.Join(dir, "REVIEW.md"))
			require.NoError(t, err)
			for r := range counts {
				assert.Regexp(t, regexp.MustCompile(`(?m)^## `+regexp.QuoteMeta(r)+`\b`), string(review),
					"%s has %s findings that REVIEW.md does not judge", name, r)
			}
		})
	}
	var ids []string
	for r := range total {
		ids = append(ids, r)
	}
	sort.Strings(ids)
	var b strings.Builder
	for _, r := range ids {
		fmt.Fprintf(&b, "%s=%d ", r, total[r])
	}
	t.Logf("%d projects; findings per rule: %s", len(projects), b.String())
}

// precisionGolden renders a run as the golden file: a header with the
// count per rule and the SQL views read, then one line per finding in file order (file relative to the
// project, line, column, rule, message), then the run's notes.
func precisionGolden(root string, res *Result) (string, map[string]int) {
	rel := func(p string) string {
		if r, err := filepath.Rel(root, p); err == nil {
			return filepath.ToSlash(r)
		}
		return p
	}
	diags := append([]rules.Diagnostic(nil), res.Diagnostics...)
	sort.SliceStable(diags, func(i, j int) bool {
		a, b := diags[i], diags[j]
		if a.Range.File != b.Range.File {
			return a.Range.File < b.Range.File
		}
		if a.Range.Start.Offset != b.Range.Start.Offset {
			return a.Range.Start.Offset < b.Range.Start.Offset
		}
		return a.Rule+a.Message < b.Rule+b.Message
	})
	counts := map[string]int{}
	var lines []string
	for _, d := range diags {
		counts[d.Rule]++
		lines = append(lines, fmt.Sprintf("%s:%d:%d: %s %s: %s", rel(d.Range.File), d.Range.Start.Line, d.Range.Start.Col, d.Severity, d.Rule, d.Message))
	}
	var ids []string
	for r := range counts {
		ids = append(ids, r)
	}
	sort.Strings(ids)
	var b strings.Builder
	b.WriteString("# Findings of schemalint check; the review of each class is in REVIEW.md.\n")
	b.WriteString("# Rewrite with: go test ./internal/lint -run TestPrecisionSuite -update\n")
	for _, r := range ids {
		fmt.Fprintf(&b, "# %s: %d\n", r, counts[r])
	}
	// The SQL views read are pinned too: a view that stops being read (a
	// migration the parser no longer accepts) silences its findings.
	for _, tgt := range res.Schemas {
		var names []string
		for _, v := range tgt.Views {
			name := v.Name
			if v.Materialized {
				name += " (materialized)"
			}
			names = append(names, name)
		}
		if len(names) > 0 {
			sort.Strings(names)
			fmt.Fprintf(&b, "# SQL views read (%d): %s\n", len(names), strings.Join(names, ", "))
		}
	}
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	for _, n := range res.Notes {
		fmt.Fprintf(&b, "note: %s\n", strings.ReplaceAll(n, root+string(filepath.Separator), ""))
	}
	return b.String(), counts
}
