// Package sharedtest locates what tests need from outside the repository:
// the shared test data (real-world schemas, Prisma's parser fixtures, the
// SARIF schema) that lives beside it in CI and on the team's machines but
// not in a user's clone, and the commands some tests run.
package sharedtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// Dir returns the shared data folder sub (e.g. "corpus"). Without it the test
// is skipped with one line, except in CI (CI=true), where it fails: CI must
// never pass by skipping.
func Dir(t testing.TB, sub string) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	if env := os.Getenv("SCHEMALINT_SHARED"); env != "" {
		root = env
	}
	dir := filepath.Join(root, sub)
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared test data %s is missing (CI=true): %v", dir, err)
		}
		t.Skipf("shared test data not found at %s; skipping (set SCHEMALINT_SHARED to run)", dir)
	}
	return dir
}

// Tool returns the path of a command a test needs (git, shellcheck). Without
// it the test is skipped with one line, except in CI (CI=true), which
// installs what the tests need and must never pass by skipping.
func Tool(t testing.TB, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is required in CI: %v", name, err)
		}
		t.Skipf("%s not installed; skipping", name)
	}
	return path
}
