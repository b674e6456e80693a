package rules_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/rules"
)

// The query rule parses only the files its byte gate lets through; with
// every file parsed, each fixture must say exactly what it says with the
// gate on.
func TestQueryGateChangesNothing(t *testing.T) {
	defer rules.ParseEveryFile()()
	r := rules.Lookup("tenant-query-unscoped")
	require.NotNil(t, r)
	dir := filepath.Join("testdata", r.Name)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		t.Run(e.Name(), func(t *testing.T) { runCase(t, r, path, e.IsDir()) })
	}
}
