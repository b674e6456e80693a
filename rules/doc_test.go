package rules_test

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/rules"
)

var update = flag.Bool("update", false, "rewrite docs/rules from the rules' documentation")

// docs/rules/<id>.md is generated from the rules; it must not drift.
func TestDocsAreCurrent(t *testing.T) {
	dir := filepath.Join("..", "docs", "rules")
	if *update {
		require.NoError(t, os.MkdirAll(dir, 0o755))
	}
	for _, r := range rules.Reported() {
		path := filepath.Join(dir, r.Name+".md")
		want := rules.Markdown(r)
		if *update {
			require.NoError(t, os.WriteFile(path, []byte(want), 0o644))
			continue
		}
		got, err := os.ReadFile(path)
		require.NoError(t, err, "run go test ./rules -update")
		assert.Equal(t, want, string(got), "%s is stale; run go test ./rules -update", path)
	}
}

// The README's rule table lists every rule and pseudo-rule the registry
// has, with its default severity and a link to its page, in order.
func TestReadmeRuleTable(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "README.md"))
	require.NoError(t, err)
	_, table, ok := strings.Cut(string(b), "\n## Rules\n")
	require.True(t, ok, "README has a ## Rules section")
	row := regexp.MustCompile(`(?m)^\| \[([a-z-]+)\]\(docs/rules/([a-z-]+)\.md\) \| (error|warning|notice) \|`)
	var got, want []string
	for _, m := range row.FindAllStringSubmatch(table[:strings.Index(table, "\n\n## ")], -1) {
		assert.Equal(t, m[1], m[2], "the link of %s names its page", m[1])
		got = append(got, m[1]+" "+m[3])
	}
	for _, r := range rules.Reported() {
		want = append(want, r.Name+" "+r.Severity.String())
	}
	assert.Equal(t, want, got, "README's rule table drifted from the registry")
}
