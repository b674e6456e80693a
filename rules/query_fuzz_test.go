package rules_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lint"
	"github.com/schemalint/schemalint/rules"
)

// queryCases are the query rule's fixture folders that hold a schema and a
// configuration: the projects a fuzzed file is judged in.
func queryCases(tb testing.TB) []string {
	dir := filepath.Join("testdata", "tenant-query-unscoped")
	entries, err := os.ReadDir(dir)
	require.NoError(tb, err)
	var cases []string
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if _, err := os.Stat(filepath.Join(p, "prisma", "schema.prisma")); err == nil {
			if _, err := os.Stat(filepath.Join(p, config.FileName)); err == nil {
				cases = append(cases, p)
			}
		}
	}
	slices.Sort(cases)
	return cases
}

// FuzzTenantQueryUnscoped judges one TypeScript file, the fuzzer's, in the
// project of one of the rule's fixtures: whatever a pull request's code
// holds, the rule reports it, says what it cannot see or stays quiet, and
// no proof panics (judgedSafely's error, which keeps a run alive, counts
// as one). The seeds are every fixture's own TypeScript, and the inputs
// the fuzzer found crashing (testdata/fuzz).
func FuzzTenantQueryUnscoped(f *testing.F) {
	cases := queryCases(f)
	require.NotEmpty(f, cases)
	for i, c := range cases {
		files, err := filepath.Glob(filepath.Join(c, "src", "*.ts"))
		require.NoError(f, err)
		for _, file := range files {
			src, err := os.ReadFile(file)
			require.NoError(f, err)
			f.Add(uint8(i), src)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, src []byte) {
		res := judgeInFixture(t, cases[int(which)%len(cases)], "x.ts", src)
		for _, d := range res.Diagnostics {
			// The safety net that keeps a run alive is a bug found.
			require.NotContains(t, d.Message, "schemalint failed while judging", "%s", d.Range)
		}
	})
}

// judgeInFixture runs the query rule on one TypeScript file, src, put at
// src/name in a copy of the fixture project fixture (its schema and
// configuration).
func judgeInFixture(t *testing.T, fixture, name string, src []byte) *lint.Result {
	t.Helper()
	return judgeFilesInFixture(t, fixture, map[string][]byte{name: src})
}

// judgeFilesInFixture is judgeInFixture for several files of src, by name.
func judgeFilesInFixture(t *testing.T, fixture string, files map[string][]byte) *lint.Result {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{config.FileName, filepath.Join("prisma", "schema.prisma")} {
		text, err := os.ReadFile(filepath.Join(fixture, f))
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, f), text, 0o644))
	}
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "src"), 0o755))
	for name, src := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "src", name), src, 0o644))
	}
	cfg, err := config.Load(filepath.Join(dir, config.FileName), rules.Names())
	require.NoError(t, err)
	res, err := lint.Run(context.Background(), lint.Options{Dir: dir, Only: []string{"tenant-query-unscoped"}, Config: cfg})
	require.NoError(t, err)
	return res
}
