package tsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func parse(t *testing.T, path, src string) *Tree {
	t.Helper()
	tree, err := Parse(path, []byte(src))
	require.NoError(t, err)
	t.Cleanup(tree.Close)
	return tree
}

// find returns the first node of kind in source order.
func find(tree *Tree, kind string) Node {
	var found Node
	tree.Walk(func(n Node) bool {
		if !found.Valid() && n.Kind() == kind {
			found = n
		}
		return !found.Valid()
	})
	return found
}

func TestGrammarByExtension(t *testing.T) {
	// `<T>x` is a cast in TypeScript and an element in TSX.
	const src = "const x = <Foo>y;\n"
	for path, cast := range map[string]bool{
		"a.ts": true, "a.mts": true, "a.CTS": true,
		"a.tsx": false, "a.jsx": false, "a.js": false, "a.mjs": false, "a.cjs": false,
	} {
		tree := parse(t, path, src)
		assert.Equal(t, cast, find(tree, "type_assertion").Valid(), path)
	}
	_, err := Parse("schema.prisma", []byte("model A {}"))
	assert.EqualError(t, err, "schema.prisma: not a TypeScript or JavaScript file; expected one of .ts .mts .cts .tsx .jsx .js .mjs .cjs")
	assert.True(t, Supported("x/y.tsx"))
	assert.False(t, Supported("x/y.d"))
}

func TestNodesAreLocated(t *testing.T) {
	tree := parse(t, "q.ts", "// é\r\nconst n = await prisma.invoice.findMany({ where: { id } });\n")
	call := find(tree, "call_expression")
	require.True(t, call.Valid())
	assert.Equal(t, "prisma.invoice.findMany", call.Field("function").Text())
	r := call.Range()
	assert.Equal(t, "q.ts:2:17", r.String())
	assert.Equal(t, 23, r.Start.Offset)
	assert.Equal(t, "q.ts", r.File)
	assert.Equal(t, r.End.Offset, call.End())
	args := call.Field("arguments")
	assert.Equal(t, []string{"(", "object", ")"}, kinds(args.Children()))
	assert.Equal(t, []string{"object"}, kinds(args.NamedChildren()))
	assert.Equal(t, "arguments", args.NamedChildren()[0].Parent().Kind())
	assert.False(t, call.Field("nope").Valid())
	assert.Empty(t, tree.SyntaxErrors())
}

func kinds(ns []Node) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Kind())
	}
	return out
}

func TestSyntaxErrorsAreLocatedAndLocal(t *testing.T) {
	tree := parse(t, "a.ts", "const a = [1,\nconst b = 2;\nfunction f() { return 3 }\n")
	errs := tree.SyntaxErrors()
	require.NotEmpty(t, errs)
	assert.Equal(t, "a.ts:2:7", errs[0].String())
	assert.True(t, find(tree, "function_declaration").Valid(), "the parser recovers after the error")
}

// A character at the 64 KiB mark, where the text was once split into
// pieces for tree-sitter, is read whole.
func TestCharacterAcrossReadChunks(t *testing.T) {
	const chunk = 64 << 10
	prefix := "//" + strings.Repeat("x", chunk-1-len("//")-len("\nconst s = \"")) + "\nconst s = \""
	require.Equal(t, chunk-1, len(prefix))
	tree := parse(t, "a.ts", prefix+"é\";\n")
	assert.Empty(t, tree.SyntaxErrors())
	assert.Equal(t, `"é"`, find(tree, "string").Text())
}

func TestWalkSurvivesDeepNesting(t *testing.T) {
	const depth = 50_000
	tree := parse(t, "a.ts", "x = "+strings.Repeat("[", depth)+strings.Repeat("]", depth)+";")
	arrays := 0
	tree.Walk(func(n Node) bool {
		if n.Kind() == "array" {
			arrays++
		}
		return true
	})
	assert.Equal(t, depth, arrays)
}

// tree-sitter-typescript 0.23.2 does not read these constructs, which real
// apps use; the error stays local, so the code around them is still read.
// When a grammar upgrade reads them, this test says so.
func TestKnownGrammarGaps(t *testing.T) {
	for name, src := range map[string]string{
		"tagged template with type arguments": "const rows = await prisma.$queryRaw<Row[]>`SELECT 1`;\n",
		"typeof import in type arguments":     "const a = await importOriginal<typeof import(\"./m\")>();\n",
	} {
		tree := parse(t, "a.ts", src+"const after = prisma.user.findMany();\n")
		assert.NotEmpty(t, tree.SyntaxErrors(), name)
		assert.Contains(t, calls(tree), "prisma.user.findMany", name)
	}
	tree := parse(t, "a.tsx", "const a = <p>Help & Feedback</p>;\nconst after = prisma.user.findMany();\n")
	assert.NotEmpty(t, tree.SyntaxErrors(), "a bare & in JSX text")
	assert.Contains(t, calls(tree), "prisma.user.findMany", "a bare & in JSX text")
}

func calls(tree *Tree) []string {
	var out []string
	tree.Walk(func(n Node) bool {
		if n.Kind() == "call_expression" {
			out = append(out, n.Field("function").Text())
		}
		return true
	})
	return out
}
