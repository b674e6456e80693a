package tsparse

import (
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A prefix operator before a call with type arguments is read as
// TypeScript reads it: the operator applies to the call, and to the whole
// chain after it; the call spans exactly its text.
func TestPrefixOperatorOverCallWithTypeArguments(t *testing.T) {
	for _, c := range []struct{ src, op, operand string }{
		{"await p.a.b<T>(1);", "await_expression", "p.a.b<T>(1)"},
		{"void p.a.b<T>(1);", "unary_expression", "p.a.b<T>(1)"},
		{"!p.a.b<T>(1);", "unary_expression", "p.a.b<T>(1)"},
		{"typeof p.a.b<T>(1);", "unary_expression", "p.a.b<T>(1)"},
		{"-p.a.b<T>(1);", "unary_expression", "p.a.b<T>(1)"},
		{"delete p.a.b<T>(1).c;", "unary_expression", "p.a.b<T>(1).c"},
		{"++p.a.b<T>(1).c;", "update_expression", "p.a.b<T>(1).c"},
		{"await p.a.b<T>(1).then(f);", "await_expression", "p.a.b<T>(1).then(f)"},
		{"await p.a.b<T>(1)!.c[0];", "await_expression", "p.a.b<T>(1)!.c[0]"},
		{"await p?.a.b<Map<string, Set<T>>, U>(1);", "await_expression", "p?.a.b<Map<string, Set<T>>, U>(1)"},
		{"await /* c */ p.a.b<T>(1);", "await_expression", "p.a.b<T>(1)"},
		{"await p.a.b<T>(1).c<U>(2);", "await_expression", "p.a.b<T>(1).c<U>(2)"},
		{"await p.a.b<T>({ data: { x: await q.r.s<U>(2) } });", "await_expression", "p.a.b<T>({ data: { x: await q.r.s<U>(2) } })"},
	} {
		for _, path := range []string{"a.ts", "a.tsx"} {
			tree := parse(t, path, "async function f() {\n  "+c.src+"\n}\n")
			stmt := find(tree, "expression_statement")
			require.True(t, stmt.Valid(), c.src)
			top := stmt.NamedChildren()[0]
			assert.Equal(t, c.op, top.Kind(), "%s %s", path, c.src)
			kids := top.NamedChildren()
			assert.Equal(t, c.operand, kids[len(kids)-1].Text(), "%s %s", path, c.src)
			callee := "p.a.b"
			if indexOf(c.src, "p?.") >= 0 {
				callee = "p?.a.b"
			}
			assert.Contains(t, calls(tree), callee, "%s %s", path, c.src)
			assertTableHolds(t, tree)
			// The lifted call is what NamedAt finds at its operation.
			b := len("async function f() {\n  ") + indexOf(c.src, ".b<") + 1
			at := tree.NamedAt(b, b+1)
			assert.Equal(t, "b", at.Text(), c.src)
			assert.Equal(t, "call_expression", at.Parent().Parent().Kind(), c.src)
		}
	}
	// Operators nest: each lands above the call.
	tree := parse(t, "a.ts", "async function f() { !await await p.a.b<T>(1); }\n")
	var chain []string
	for n := find(tree, "expression_statement").NamedChildren()[0]; n.Valid() && n.Kind() != "call_expression"; n = n.NamedChildren()[len(n.NamedChildren())-1] {
		chain = append(chain, n.Kind())
	}
	assert.Equal(t, []string{"unary_expression", "await_expression", "await_expression"}, chain)
	assert.Equal(t, []string{"p.a.b"}, calls(tree))
	assertTableHolds(t, tree)
	// A comparison with no type arguments stays one; one tree-sitter
	// already reads as a call (`a < b > (c)`, TypeScript too) stays a call
	// of `a`.
	tree = parse(t, "a.ts", "x = !a < b; y = a < b > (c); z = !a < b > (c);\n")
	assert.Equal(t, []string{"a", "a"}, calls(tree))
	assertTableHolds(t, tree)
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// assertTableHolds checks the table is a tree in preorder: every node
// inside its parent, after it, its last past its descendants, each child
// naming its parent.
func assertTableHolds(t *testing.T, tree *Tree) {
	t.Helper()
	nodes := tree.nodes
	for i := range nodes {
		n := nodes[i]
		if i == 0 {
			continue
		}
		p := int(n.parent)
		if !assert.True(t, p >= 0 && p < i, "row %d: parent %d", i, p) {
			return
		}
		pn := nodes[p]
		assert.True(t, pn.start <= n.start && n.end <= pn.end, "row %d (%s) outside its parent (%s)", i, tree.lang.kind(n.symbol), tree.lang.kind(pn.symbol))
		assert.True(t, int(n.last) > i && n.last <= pn.last, "row %d: last %d", i, n.last)
	}
	for i := range nodes {
		for c := int32(i) + 1; c < int32(nodes[i].last); c = int32(nodes[c].last) {
			assert.Equal(t, i, int(nodes[c].parent), "row %d's child %d", i, c)
		}
	}
}

// The table's own NamedAt, which a reordered table needs, answers as
// tree-sitter's on trees left as parsed, on every named node's span and
// on spans cut across nodes.
func TestNamedAtInTableAnswersAsTreeSitter(t *testing.T) {
	files := corpusFiles(t)
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	checked := 0
	for i, p := range paths {
		if i%15 != 0 {
			continue
		}
		tree, err := parseAsParsed(p, files[p])
		require.NoError(t, err)
		var wrong []string
		tree.Walk(func(n Node) bool {
			for _, span := range [][2]int{{n.Start(), n.End()}, {n.Start(), n.Start()}, {n.End(), n.End()}, {n.Start() + 1, n.End()}} {
				if span[0] > span[1] {
					continue
				}
				a, aok := tree.namedAt(span[0], span[1])
				b, bok := tree.namedAtInTable(span[0], span[1])
				if aok != bok || a != b {
					wrong = append(wrong, fmt.Sprintf("%s [%d,%d): %d %v, table %d %v", p, span[0], span[1], a, aok, b, bok))
				}
				checked++
			}
			return true
		})
		tree.Close()
		require.Empty(t, wrong)
	}
	t.Logf("%d spans", checked)
}

// Every file of the corpus that holds the shape is lifted into a table
// that is still a tree, with as many nodes, and with a call wherever
// tree-sitter saw the call of an operator.
func TestLiftedCorpusTablesHold(t *testing.T) {
	files := corpusFiles(t)
	lifted := 0
	for p, src := range files {
		tree, err := Parse(p, src)
		require.NoError(t, err)
		if tree.rewritten {
			lifted++
			before, err := parseAsParsed(p, src)
			require.NoError(t, err)
			assert.Equal(t, len(before.nodes), len(tree.nodes), p)
			assertTableHolds(t, tree)
			before.Close()
		}
		assert.Empty(t, tree.UnreadCalls(), p)
		tree.Close()
	}
	t.Logf("%d of %d files lifted", lifted, len(files))
	assert.Positive(t, lifted)
}

// A call whose rows are not laid out as the grammar lays them out (here,
// an operator marked as an error) is left as parsed and listed as unread,
// never lifted half-way.
func TestUnliftableCallIsListed(t *testing.T) {
	src := []byte("async function f() { await p.a.b<T>(1); }\n")
	tree, err := parseAsParsed("a.ts", src)
	require.NoError(t, err)
	defer tree.Close()
	op := find(tree, "await_expression")
	require.Equal(t, "call_expression", op.Parent().Kind())
	before := make([]cNode, len(tree.nodes))
	copy(before, tree.nodes)
	tree.nodes[op.i].flags = tree.nodes[op.i].flags | 4 // node_error
	before[op.i].flags = tree.nodes[op.i].flags
	tree.liftPrefixOperators()
	assert.Equal(t, before, []cNode(tree.nodes))
	assert.Equal(t, 4, nodeError)
	require.Len(t, tree.UnreadCalls(), 1)
	assert.Equal(t, "await p.a.b<T>(1)", tree.UnreadCalls()[0].Text())
	assert.False(t, tree.rewritten)
}
