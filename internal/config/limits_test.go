package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// limitInputs are configurations near and over the limits, with what
// could mislead a scan that is not HCL's lexer: brackets, quotes and
// operators in strings and comments, escapes, templates, heredocs.
func limitInputs() []string {
	deep := func(n int, open, close string) string {
		return "a = " + strings.Repeat(open, n) + strings.Repeat(close, n) + "\n"
	}
	return []string{
		"",
		deep(64, "[", "]"), deep(65, "[", "]"), deep(63, "[", "]"), deep(64, "(", ")"), deep(65, "{", "}"),
		"a = " + strings.Repeat("[", 63) + "\"x\"" + strings.Repeat("]", 63) + "\n",
		"a = " + strings.Repeat("[", 64) + "\"x\"" + strings.Repeat("]", 64) + "\n",
		"a = \"" + strings.Repeat("]", 100) + "\"\n" + deep(64, "[", "]"),
		"a = \"" + strings.Repeat("[", 100) + "\"\n",
		"# " + strings.Repeat("[", 100) + "\n" + deep(60, "[", "]"),
		"// " + strings.Repeat("]", 100) + "\n" + deep(65, "[", "]"),
		"/* ] */ " + deep(65, "[", "]"),
		"a = \"\\\"" + strings.Repeat("]", 10) + "\"\n" + deep(65, "[", "]"),
		"a = \"\\\\\"" + strings.Repeat("[", 70) + "1" + strings.Repeat("]", 70) + "\n",
		"a = \"${" + strings.Repeat("[", 64) + "1" + strings.Repeat("]", 64) + "}\"\n",
		"a = \"%{ if true }" + strings.Repeat("[", 70) + "%{ endif }\"\n",
		"a = \"$${" + strings.Repeat("[", 70) + "}\"\n",
		"a = <<EOT\n" + strings.Repeat("]", 100) + "\nEOT\n" + deep(65, "[", "]"),
		"a = " + strings.Repeat("!", 1000) + "true\n",
		"a = " + strings.Repeat("!", 1001) + "true\n",
		"a = " + strings.Repeat("1 == ", 1001) + "1\n",
		"a = " + strings.Repeat("-", 999) + "1\n# " + strings.Repeat("-", 5000) + "\n",
		"a = \"" + strings.Repeat("-", 5000) + "\"\n",
		"a = [" + strings.Repeat("x...,", 1001) + "]\n",
		"a = \"unterminated\nb = " + strings.Repeat("[", 70) + "\n",
		"a = \"x\" # ]]]\nb = \"" + strings.Repeat("[", 80) + "\"\n",
		"a = 'x[[[['\n",
		"rule \"views-out-of-date\" {\n  severity = \"error\"\n}\n",
	}
}

// The scan that spares the lexer passes nothing the lexer's walk refuses.
func TestWithinLimitsAgreesWithTheLexer(t *testing.T) {
	inputs := limitInputs()
	for _, dir := range []string{filepath.Join("..", "..", "examples"), filepath.Join("..", "..", "rules", "testdata")} {
		_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".hcl") {
				b, err := os.ReadFile(p)
				require.NoError(t, err)
				inputs = append(inputs, string(b))
			}
			return nil
		})
	}
	scanned := 0
	for _, src := range inputs {
		if withinLimits([]byte(src)) {
			scanned++
			assert.Nil(t, tokenLimits("x.hcl", []byte(src)), "%.80q", src)
		}
	}
	assert.Greater(t, scanned, 10, "the scan spares the lexer for ordinary files")
}

func FuzzWithinLimits(f *testing.F) {
	for _, src := range limitInputs() {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if withinLimits([]byte(src)) && tokenLimits("x.hcl", []byte(src)) != nil {
			t.Errorf("the scan passes %q, which the lexer's walk refuses", src)
		}
	})
}
