package rules_test

import (
	"flag"
	"os"
	"path/filepath"
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
	for _, r := range rules.All() {
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
