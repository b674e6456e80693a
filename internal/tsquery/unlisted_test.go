package tsquery

import (
	"os"
	"path/filepath"
	"testing"
)

// Unlisted reads what Discover leaves out for not judging it, and nothing
// Discover never reads.
func TestUnlistedReadable(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	write := func(rel, text string) {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(".gitignore", "ignored/\n*.gen.ts\n")
	write("sub/.gitignore", "local.ts\n")
	for _, rel := range []string{
		"src/migrations/m.ts", "src/tests/t.ts", "src/a.test.ts", "src/x.ts",
		"node_modules/p/i.ts", "dist/i.js", "src/ignored/i.ts", "src/g.gen.ts",
		"sub/local.ts", "sub/kept.ts", "src/types.d.ts", "gen/client/index.js", "src/style.css",
	} {
		write(rel, "export {};\n")
	}
	if err := os.WriteFile(filepath.Join(outside, "o.ts"), []byte("export {};\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(root, "linked")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outside, "o.ts"), filepath.Join(root, "src", "link.ts")); err != nil {
		t.Fatal(err)
	}
	u := NewUnlisted(root, os.ReadFile)
	skip := []string{filepath.Join(root, "gen", "client")}
	for rel, want := range map[string]bool{
		"src/migrations/m.ts": true, "src/tests/t.ts": true, "src/a.test.ts": true, "src/x.ts": true, "sub/kept.ts": true,
		"node_modules/p/i.ts": false, "dist/i.js": false, "src/ignored/i.ts": false, "src/g.gen.ts": false,
		"sub/local.ts": false, "src/types.d.ts": false, "gen/client/index.js": false, "src/style.css": false,
		"linked/o.ts": false, "src/link.ts": false, "src/missing.ts": false, "../o.ts": false,
	} {
		if got := u.Readable(filepath.Join(root, rel), skip); got != want {
			t.Errorf("Readable(%s) = %v, want %v", rel, got, want)
		}
	}
	if u.Readable(filepath.Join(outside, "o.ts"), nil) {
		t.Errorf("a file outside the root is readable")
	}
}
