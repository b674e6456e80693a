package prisma

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/schemalint/schemalint/internal/sharedtest"
)

// testdata/syntax/oracle.json records, for Prisma's own fixtures, inline test
// schemas and our adversarial files, the lines the official parser rejects
// for a syntax reason (scripts/oracle/syntax-goldens.mjs). schemalint must
// reject exactly those lines: no missed error, no invented one.
func TestSyntaxErrorsMatchOfficialParser(t *testing.T) {
	var oracle struct {
		Cases []struct {
			Name  string `json:"name"`
			Files []struct {
				Path *string `json:"path"`
				Text string  `json:"text"`
			} `json:"files"`
			Errors []struct {
				File    string `json:"file"`
				Line    int    `json:"line"`
				Message string `json:"message"`
			} `json:"errors"`
		} `json:"cases"`
	}
	readJSON(t, "testdata/syntax/oracle.json", &oracle)
	var corpus string
	agree, rejected := 0, 0
	for _, c := range oracle.Cases {
		var srcs []Source
		for _, f := range c.Files {
			switch {
			case f.Path == nil:
				srcs = append(srcs, Source{Name: "schema.prisma", Src: []byte(f.Text)})
			case strings.HasPrefix(*f.Path, "corpus/"):
				if corpus == "" {
					corpus = sharedtest.Dir(t, "corpus")
				}
				b, err := os.ReadFile(filepath.Join(corpus, strings.TrimPrefix(*f.Path, "corpus/")))
				if err != nil {
					t.Fatal(err)
				}
				if strings.Contains(*f.Path, "/prisma-fmt/") {
					b = []byte(strings.ReplaceAll(string(b), "<|>", ""))
				}
				srcs = append(srcs, Source{Name: *f.Path, Src: b})
			default:
				b, err := os.ReadFile(*f.Path)
				if err != nil {
					t.Fatal(err)
				}
				srcs = append(srcs, Source{Name: *f.Path, Src: b})
			}
		}
		want := map[string]string{}
		for _, e := range c.Errors {
			want[fmt.Sprintf("%s:%d", e.File, e.Line)] = e.Message
		}
		got := map[string]string{}
		s := ParseSources(srcs)
		for _, d := range s.Diagnostics {
			if d.Syntax {
				got[fmt.Sprintf("%s:%d", d.Range.File, d.Range.Start.Line)] = d.Message
			}
		}
		var problems []string
		for k, msg := range want {
			if _, ok := got[k]; !ok {
				problems = append(problems, fmt.Sprintf("%s: Prisma rejects this line (%s), schemalint does not", k, msg))
			}
		}
		for k, msg := range got {
			if _, ok := want[k]; !ok {
				problems = append(problems, fmt.Sprintf("%s: schemalint rejects this line (%s), Prisma does not", k, msg))
			}
		}
		sort.Strings(problems)
		for _, p := range problems {
			t.Errorf("%s: %s", c.Name, p)
		}
		if len(problems) == 0 {
			agree++
		}
		if len(c.Errors) > 0 {
			rejected++
		}
	}
	t.Logf("syntax agreement: %d of %d cases (%d with syntax errors)", agree, len(oracle.Cases), rejected)
}
