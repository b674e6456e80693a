package config

import (
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A literal is read to exactly the value HCL evaluates it to; anything
// else is left to HCL.
func TestLiteralIsWhatHCLEvaluates(t *testing.T) {
	src := `a = "plain"
b = "esc\"aped \\ \n \u00e9 e\u0301"
c = ""
d = ["id", "email", "Cafe\u0301"]
e = [["x"], "y"]
f = <<EOT
heredoc
EOT
g = "$${not} %%{a}"
h = "${x}"
i = ["a", "${b}"]
j = []
k = true
l = 1
m = ["a", 1]
n = "a${"b"}"
`
	file, diags := hclsyntax.ParseConfig([]byte(src), "t.hcl", hcl.InitialPos)
	require.False(t, diags.HasErrors(), diags.Error())
	taken := map[string]bool{}
	for name, a := range file.Body.(*hclsyntax.Body).Attributes {
		v, ok := literal(a.Expr)
		if !ok {
			continue
		}
		taken[name] = true
		want, diags := a.Expr.Value(nil)
		require.False(t, diags.HasErrors(), name)
		assert.True(t, want.RawEquals(v), "%s: %#v, HCL gives %#v", name, v, want)
	}
	assert.Equal(t, map[string]bool{"a": true, "b": true, "c": true, "d": true, "e": true, "f": true, "g": true}, taken)
}
