package rules

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/schemalint/schemalint/internal/sharedtest"
)

// declares answers what the regular expressions it replaces match: on
// hand-made edge cases, and on every name of the real applications' code
// at every offset a call could be at.
func TestDeclaresMatchesItsRegexp(t *testing.T) {
	forms := []struct {
		keywords []string
		suffix   string
		next     func(string) func([]byte) bool
	}{
		{declarationKeywords, `\b`, wordEnds},
		{letKeyword, `\b`, wordEnds},
		{declarationKeywords, `\s*:`, func(string) func([]byte) bool { return followedBy(':') }},
		{[]string{"const", "let"}, `\s*=`, func(string) func([]byte) bool { return followedBy('=') }},
	}
	check := func(t *testing.T, text []byte, name string) {
		t.Helper()
		for _, f := range forms {
			re := regexp.MustCompile(`\b(?:` + strings.Join(f.keywords, "|") + `)\s+` + regexp.QuoteMeta(name) + f.suffix)
			if got, want := declares(text, f.keywords, name, f.next(name)), re.Match(text); got != want {
				t.Fatalf("declares(%q, %q) with %s = %v, the regexp says %v", text, name, re, got, want)
			}
		}
	}
	for _, c := range []struct{ text, name string }{
		{"const orgId = 1", "orgId"}, {"const orgIds = 1", "orgId"}, {"xconst orgId", "orgId"},
		{"$const orgId", "orgId"}, {"const\n\t orgId: string", "orgId"}, {"constorgId", "orgId"},
		{"let  $x$ = 2", "$x$"}, {"let $x$y", "$x$"}, {"var a.b", "a"}, {"const  x", " x"},
		{"const x", ""}, {"", ""}, {"const ", ""}, {"let é", "é"}, {"const orgId ;= 1", "orgId"},
		{"let x = 1; const y: T", "y"}, {"var\vx", "x"}, {"const x\v= 1", "x"}, {"éconst x", "x"},
	} {
		check(t, []byte(c.text), c.name)
	}
	corpus := sharedtest.Dir(t, filepath.Join("corpus", "ts-apps"))
	word := regexp.MustCompile(`[A-Za-z_$][\w$]*`)
	files := 0
	err := filepath.WalkDir(filepath.Join(corpus, "mfts__papermark"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".ts") || files >= 4 {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		seen := map[string]bool{}
		for _, at := range word.FindAllIndex(src, -1) {
			name := string(src[at[0]:at[1]])
			if seen[name] {
				continue
			}
			seen[name] = true
			// The text up to the name's first use, and the whole file.
			check(t, src[:at[0]], name)
			check(t, src, name)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files == 0 {
		t.Fatal("no TypeScript file in the corpus")
	}
}
