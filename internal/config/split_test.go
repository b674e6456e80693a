package config

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bigViews is a configuration with n expose blocks, as a service
// exposing many models writes it.
func bigViews(n int, after string) string {
	var b strings.Builder
	b.WriteString("version = 1\n\nviews \"bench\" {\n  source        = [\"prisma/schema\"]\n  target_schema = \"views\"\n  prisma_output = \"prisma/schema/views.prisma\"\n  sql_output    = \"prisma/views.sql\"\n")
	for i := range n {
		fmt.Fprintf(&b, "\n  # model %d {\"\n  expose \"M%d\" {\n    view   = \"M%dView\" // {[(\n    fields = [\n      \"id\",\n      \"name\",\n    ]\n  }\n", i, i, i)
	}
	b.WriteString("}\n" + after)
	return b.String()
}

// splitEqualsWhole parses src in halves and whole; ok says it was cut.
func splitEqualsWhole(t *testing.T, name, src string) bool {
	t.Helper()
	file, diags := hclsyntax.ParseConfig([]byte(src), name, hcl.InitialPos)
	body, ok := parseInPieces([]byte(src), name)
	if !ok {
		return false
	}
	require.Empty(t, diags, "%s: cut though HCL reports %v", name, diags)
	assert.Equal(t, file.Body, body, "%s", name)
	return true
}

// A configuration parsed in two halves is the one HCL parses whole, node
// for node and position for position.
func TestParseInHalves(t *testing.T) {
	assert.True(t, splitEqualsWhole(t, "views", bigViews(500, "")))
	assert.True(t, splitEqualsWhole(t, "crlf", strings.ReplaceAll(bigViews(50, ""), "\n", "\r\n")))
	assert.True(t, splitEqualsWhole(t, "blocks after", bigViews(50, "\nrule \"x\" {\n  severity = \"off\"\n}\n")))
	withAttr := bigViews(50, "")
	withAttr = withAttr[:len(withAttr)-2] + "  grant_note = \"x\"\n}\n"
	assert.True(t, splitEqualsWhole(t, "an attribute after the cut", withAttr))
	assert.True(t, splitEqualsWhole(t, "top-level items", strings.Repeat("rule \"x\" {\n  severity = \"off\"\n}\n", 40)+"ignore {\n  rule = \"x\"\n}\n"))
	// Non-ASCII text before the cut: columns are counted by HCL in both.
	assert.True(t, splitEqualsWhole(t, "non-ASCII", strings.Replace(bigViews(50, ""), "# model 3", "# modèle 3 🙂", 1)))

	// What the scan does not follow, after the cut, is HCL's alone.
	assert.True(t, splitEqualsWhole(t, "heredoc after", bigViews(50, "x = <<EOT\n}\nEOT\n")))
	assert.True(t, splitEqualsWhole(t, "template after", bigViews(50, "x = \"${y}\"\n")))

	// Cut nowhere: the middle in one object; a heredoc, a template, a
	// block comment before the middle.
	object := "views \"x\" {\n  acknowledge = {\n" + strings.Repeat("    a = \"b\"\n", 200) + "  }\n}\n"
	assert.False(t, splitEqualsWhole(t, "object", object))
	assert.False(t, splitEqualsWhole(t, "heredoc", "x = <<EOT\n}\nEOT\n"+bigViews(50, "")))
	assert.False(t, splitEqualsWhole(t, "template", "x = \"${y}\"\n"+bigViews(50, "")))
	assert.False(t, splitEqualsWhole(t, "block comment", "/* } */\n"+bigViews(50, "")))

	// The halves parse, but whole HCL reports an error: parsed whole.
	dup := "views \"x\" {\n  reason = \"a\"\n" + strings.Repeat("  expose \"M\" {\n    view = \"V\"\n  }\n", 40) + "  reason = \"b\"\n}\n"
	_, ok := parseInPieces([]byte(dup), "dup")
	assert.False(t, ok, "an attribute set in both halves")
	_, diags := hclsyntax.ParseConfig([]byte(dup), "dup", hcl.InitialPos)
	require.True(t, diags.HasErrors())
	_, diags = parseConfig([]byte(dup), "dup")
	assert.True(t, diags.HasErrors())
	broken := strings.Replace(bigViews(50, ""), "expose \"M40\" {", "expose \"M40\"\n  {", 1)
	_, ok = parseInPieces([]byte(broken), "broken")
	assert.False(t, ok, "a block header without its brace")

	// Every configuration of the repository, cut wherever it can be.
	defer func(n int) { splitParseFrom = n }(splitParseFrom)
	splitParseFrom = 0
	cut := 0
	err := filepath.WalkDir(filepath.Join("..", ".."), func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if d.IsDir() || filepath.Ext(path) != ".hcl" {
			return nil
		}
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		if splitEqualsWhole(t, path, string(src)) {
			cut++
		}
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, cut, 10, "configurations cut")
}

// A long file is cut into many pieces, on one core as on several; what
// the cut scan gives up on ends the last piece of the file's body; the
// blanked-out rest keeps the position of a last line not ended.
func TestParseInPieces(t *testing.T) {
	src := []byte(bigViews(500, ""))
	cuts, _, nested, ok := cutPoints(src, pieceLen)
	require.True(t, ok)
	assert.True(t, nested)
	assert.Greater(t, len(cuts), 20, "pieces of a 500-expose views block")
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	assert.True(t, splitEqualsWhole(t, "one core", string(src)))
	runtime.GOMAXPROCS(4)
	assert.True(t, splitEqualsWhole(t, "four cores", string(src)))

	rules := strings.Repeat("rule \"x\" {\n  severity = \"off\"\n}\n", 400)
	assert.True(t, splitEqualsWhole(t, "heredoc at the end", rules+"x = <<EOT\n}\nEOT\n"))
	assert.True(t, splitEqualsWhole(t, "no line break at the end", rules+"x = 1"))
	// Blanked out, its columns would not be HCL's: parsed whole.
	assert.False(t, splitEqualsWhole(t, "non-ASCII, no line break at the end", rules+"x = \"é🙂\""))
	assert.True(t, splitEqualsWhole(t, "non-ASCII, line break at the end", rules+"x = \"é🙂\"\n"))
	cuts, _, nested, ok = cutPoints([]byte(rules+"x = <<EOT\n}\nEOT\n"), pieceLen)
	require.True(t, ok)
	assert.False(t, nested)
	assert.Greater(t, len(cuts), 3, "pieces of 400 top-level blocks")

	// An error in a piece far from the middle: parsed whole, HCL's error.
	broken := strings.Replace(bigViews(500, ""), "expose \"M480\" {", "expose \"M480\" {{", 1)
	_, ok = parseInPieces([]byte(broken), "broken")
	assert.False(t, ok)
	body, diags := parseConfig([]byte(broken), "broken")
	assert.NotNil(t, body)
	_, whole := hclsyntax.ParseConfig([]byte(broken), "broken", hcl.InitialPos)
	require.True(t, whole.HasErrors())
	assert.Equal(t, whole, diags)
}
