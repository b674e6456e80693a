package config

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// plainCases are written in the plain subset, each in some way a reader
// of HCL could get wrong; parsePlain must take them all.
var plainCases = []string{
	"",
	"\n",
	"# only a comment",
	"# only a comment\n",
	"  // indented comment\n\nversion = 1\n",
	"version = 1",
	"version = 007\n",
	"a = true\nb = false\nc = null\n",
	"a = \"\"\n",
	"a = \"x\"# after\nb = [] // after\n",
	"a = [\"x\", \"y\",]\n",
	"a = [\n  \"x\", # one\n  // two\n  \"y\"\n\n]\n",
	"a = [[\"x\"], [], 1, true]\n",
	"\tfail_on\t=\t\"error\"\t\n",
	"rule \"r\" {}\n",
	"rule \"r\" {\n}",
	"rule r \"s\" _t-u {\n  x = 1\n}\n",
	"a {\n  b \"\" {\n    c {\n    }\n  }\n}\n",
	"views \"v\" { # opens\n  expose \"M\" {\n    fields = [\"id\"]\n  }\n}\n",
	"x = \"a#b//c/*d*/\"\n",
	"x-y = \"dash\"\n_u = \"underscore\"\n",
}

// notPlain are left to HCL: each is either an error or outside the subset.
var notPlain = []string{
	"/* block */\n",
	"a = \"\\n\"\n",
	"a = \"${b}\"\n",
	"a = \"%{ if x }y%{ endif }\"\n",
	"a = \"$${b}\"\n",
	"a = 1.5\n",
	"a = 1e3\n",
	"a = -1\n",
	"a = b\n",
	"a = {}\n",
	"a = 1 + 2\n",
	"a = [for x in y: x]\n",
	"a = 1\na = 2\n",
	"a = 1, b = 2\n",
	"a {b = 1}\n",
	"a\n{\n}\n",
	"a {\n",
	"}\n",
	"a = \"é\"\n",
	"a = 1\r\n",
	"a = \"x\"y\n",
	"a = true()\n",
	"r \"x\" {} b = 1\n",
	"a = [\"x\" \"y\"]\n",
	"a = <<EOT\nx\nEOT\n",
}

// plainEqualsHCL checks parsePlain against HCL on src: when it parses
// src, HCL must too, without a diagnostic, into the very same tree.
func plainEqualsHCL(t *testing.T, name, src string) bool {
	t.Helper()
	body, ok := parsePlain([]byte(src), name)
	if !ok {
		return false
	}
	file, diags := hclsyntax.ParseConfig([]byte(src), name, hcl.InitialPos)
	require.Empty(t, diags, "%s: parsed plain though HCL reports %v", name, diags)
	assert.Equal(t, file.Body, body, "%s", name)
	return true
}

func TestParsePlainEqualsHCL(t *testing.T) {
	for i, src := range plainCases {
		assert.True(t, plainEqualsHCL(t, "case.hcl", src), "case %d %q is plain", i, src)
	}
	for i, src := range notPlain {
		assert.False(t, plainEqualsHCL(t, "case.hcl", src), "case %d %q is not plain", i, src)
	}
	assert.True(t, plainEqualsHCL(t, "big.hcl", bigViews(300, "")))

	// Every configuration of the project's examples and test data.
	root := filepath.Join("..", "..")
	n := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".hcl") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if plainEqualsHCL(t, path, string(src)) {
			n++
		}
		return nil
	})
	require.NoError(t, err)
	t.Logf("%d configuration files parsed plain", n)
}

func FuzzParsePlain(f *testing.F) {
	for _, src := range append(append([]string{bigViews(3, "")}, plainCases...), notPlain...) {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 4096 || !withinLimits([]byte(src)) {
			return
		}
		plainEqualsHCL(t, "fuzz.hcl", src)
	})
}
