package rules

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
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
		re := regexp.MustCompile(`\b(?:const|let|var)\b[^;]*?(?:^|[^\w$.])` + regexp.QuoteMeta(name) + `(?:$|[^\w$])`)
		if got, want := mentionsInDeclaration(text, name), re.Match(text); got != want {
			t.Fatalf("mentionsInDeclaration(%q, %q) = %v, the regexp says %v", text, name, got, want)
		}
		// The expressions tried only where a declaration starts.
		for _, e := range []struct {
			expr   string
			starts []int
		}{
			{`(?:const|let)\s+` + regexp.QuoteMeta(name) + `\s*=\s*([\w$]+(?:\s*[?!]?\.\s*[\w$]+)*)\s*\??\.\s*(?:find|findLast)\s*\(`, declarationsAt(text, []string{"const", "let"}, name, followedBy('='))},
			{`(?:const|let)\s+` + regexp.QuoteMeta(name) + `\s*=\s*(?:await\s+)?[\w$.]+\.\s*` + regexp.QuoteMeta(name) + `\s*\.\s*create\s*\(`, declarationsAt(text, []string{"const", "let"}, name, followedBy('='))},
			{`(?:const|let)\s*\{([^{}=]*)\}\s*=\s*(?:await\s+)?[\w$.]+\.\s*` + regexp.QuoteMeta(name) + `\s*\.\s*create\s*\(`, keywordsAt(text, []string{"const", "let"}, followedBy('{'))},
			{`const\s*\{([^{}=]*)\}\s*=\s*([A-Za-z_$][\w$]*)\s*;`, keywordsAt(text, []string{"const"}, followedBy('{'))},
		} {
			got := findAllAt(`^`+e.expr, text, e.starts)
			if want := regexp.MustCompile(`\b`+e.expr).FindAllSubmatchIndex(text, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("findAllAt(%q) with %s = %v, the regexp says %v", text, e.expr, got, want)
			}
		}
	}
	for _, c := range []struct{ text, name string }{
		{"const orgId = 1", "orgId"}, {"const orgIds = 1", "orgId"}, {"xconst orgId", "orgId"},
		{"$const orgId", "orgId"}, {"const\n\t orgId: string", "orgId"}, {"constorgId", "orgId"},
		{"let  $x$ = 2", "$x$"}, {"let $x$y", "$x$"}, {"var a.b", "a"}, {"const  x", " x"},
		{"const x", ""}, {"", ""}, {"const ", ""}, {"let é", "é"}, {"const orgId ;= 1", "orgId"},
		{"let x = 1; const y: T", "y"}, {"var\vx", "x"}, {"const x\v= 1", "x"}, {"éconst x", "x"},
		{"const a = b.c.find(x); let a = d?.find (y)", "a"}, {"const  a=b . findLast(", "a"}, {"xconst a = b.find(", "a"},
		{"const a = await prisma.a.create(", "a"}, {"const {id, ...a} = tx.a.create(x); const{ b }= y.a . create (", "a"},
		{"const {a} = b; let {a = 1} = x.a.create(", "a"}, {"let a = a.a.create(const a = b.find(", "a"},
		{"const { a } = b", "a"}, {"const x = 1; a", "a"}, {"let x = [a]", "a"}, {"constx a", "a"}, {"const.a", "a"},
		{"var x = y.a", "a"}, {"var x = $a", "a"}, {"var x = a$", "a"}, {"var x = ;a", "a"}, {"const;a", "a"}, {"const a", "a"},
		{"xconst {a} = b.a.create(", "a"}, {"const { a, b: c } = r; const {d}=s ;", "a"}, {"$let {a} = b.a.create(", "a"}, {"let{a}=b.a.create(", "a"},
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
			// The text up to the name's last use, as before a call
			// there, and the whole file.
			check(t, src[:bytes.LastIndex(src, []byte(name))], name)
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
