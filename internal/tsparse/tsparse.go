// Package tsparse parses TypeScript and JavaScript source with tree-sitter
// and hands out nodes whose positions are schemalint ranges.
//
// Parse gives every call its own tree-sitter parser, so it is safe to call
// from several goroutines; a Tree and its Nodes belong to one goroutine at a
// time and must be closed with Close, which frees the C memory behind them.
package tsparse

import (
	"fmt"
	"path/filepath"
	"strings"
	"unsafe"

	// The binding's package holds tree-sitter's C library, which this
	// package calls directly (flat.go).
	_ "github.com/tree-sitter/go-tree-sitter"

	"github.com/schemalint/schemalint/internal/prisma"
)

// grammars maps the file extensions Parse reads to the grammar each is read
// with. JavaScript goes through TSX because .js files may hold JSX, which
// the TypeScript grammar cannot read (it takes `<T>x` for a cast).
var grammars = map[string]string{
	".ts":  "typescript",
	".mts": "typescript",
	".cts": "typescript",
	".tsx": "tsx",
	".jsx": "tsx",
	".js":  "tsx",
	".mjs": "tsx",
	".cjs": "tsx",
}

// Supported reports whether Parse reads files named like path.
func Supported(path string) bool {
	_, ok := grammars[strings.ToLower(filepath.Ext(path))]
	return ok
}

// Tree is one parsed file.
type Tree struct {
	Path string
	// Src is the text parsed; it must not change while the tree is read
	// (Text shares it).
	Src   []byte
	tree  *cTree
	lang  *language
	nodes []cNode
	lines *prisma.LineIndex
	memo  map[any]any
	// byKind lists the rows of each kind asked for (AnyOfKind).
	byKind map[string][]int32
	// rewritten: the table was reordered after the parse (prefixcall.go)
	// and NamedAt reads it rather than tree-sitter's tree.
	rewritten bool
	// unreadCalls are the rows of calls with type arguments under a
	// prefix operator that could not be put right (UnreadCalls).
	unreadCalls []int32
}

// UnreadCalls are the calls with type arguments that tree-sitter read as
// calls of a prefix operator (`await x.f<T>()` as a call of `await x.f`)
// and that could not be read back as TypeScript reads them, a syntax
// error being among their nodes: a reader must not take them for calls it
// sees, nor for no call.
func (t *Tree) UnreadCalls() []Node {
	var out []Node
	for _, i := range t.unreadCalls {
		out = append(out, Node{t: t, i: i})
	}
	return out
}

// Memo is what compute returns for key, computed once per tree: a reader
// that asks one question of a file for many of its nodes (is this type
// declared here?) reads the file once. Like its parser, a tree belongs to
// one goroutine at a time.
func (t *Tree) Memo(key any, compute func() any) any {
	if v, ok := t.memo[key]; ok {
		return v
	}
	if t.memo == nil {
		t.memo = map[any]any{}
	}
	v := compute()
	t.memo[key] = v
	return v
}

// Parse parses src, the content of the file at path, with the grammar its
// extension calls for. Syntax errors do not fail the parse: tree-sitter
// recovers and marks them, and SyntaxErrors lists them.
func Parse(path string, src []byte) (*Tree, error) {
	p := NewParser()
	defer p.Close()
	return p.Parse(path, src)
}

// Parser parses files one after another, saving the setting up of a
// tree-sitter parser per file. It belongs to one goroutine at a time; the
// trees it returns outlive it.
type Parser struct {
	p *cParser
	// asParsed leaves the table as tree-sitter parsed the file, prefix
	// operators over calls with type arguments included: for the tests
	// that compare the table with tree-sitter's own tree.
	asParsed bool
}

// NewParser returns a parser; Close frees it.
func NewParser() *Parser { return &Parser{p: newCParser()} }

// Close frees the parser.
func (p *Parser) Close() {
	if p != nil && p.p != nil {
		p.p.close()
		p.p = nil
	}
}

// Parse parses src as Parse does.
func (p *Parser) Parse(path string, src []byte) (*Tree, error) {
	var lang *language
	switch grammars[strings.ToLower(filepath.Ext(path))] {
	case "typescript":
		lang = tsLanguage
	case "tsx":
		lang = tsxLanguage
	default:
		return nil, fmt.Errorf("%s: not a TypeScript or JavaScript file; expected one of .ts .mts .cts .tsx .jsx .js .mjs .cjs", path)
	}
	t := &Tree{Path: path, Src: src}
	if err := p.p.parse(lang, src, t); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if !p.asParsed {
		t.liftPrefixOperators()
	}
	t.lines = prisma.NewLineIndex(src)
	return t, nil
}

// Close frees the tree. Nodes taken from it must not be used afterwards.
func (t *Tree) Close() {
	if t != nil {
		t.free()
	}
}

// Root is the program node.
func (t *Tree) Root() Node { return Node{t: t} }

// Range turns a byte span of the file into a range.
func (t *Tree) Range(start, end int) prisma.Range {
	return t.lines.Range(t.Path, start, end)
}

// Walk visits every node of the tree in source order, depth first, without
// recursion, so that a deeply nested file cannot exhaust the stack. When
// visit returns false the node's children are skipped.
func (t *Tree) Walk(visit func(Node) bool) {
	t.Root().Walk(visit)
}

// SyntaxErrors returns the ranges tree-sitter could not parse: unexpected
// text and tokens it had to assume missing.
func (t *Tree) SyntaxErrors() []prisma.Range {
	var out []prisma.Range
	for _, n := range t.ErrorNodes() {
		out = append(out, n.Range())
	}
	return out
}

// ErrorNodes returns the outermost nodes tree-sitter could not parse, in
// source order.
func (t *Tree) ErrorNodes() []Node {
	if !t.Root().HasError() {
		return nil
	}
	var out []Node
	t.Walk(func(n Node) bool {
		if !n.HasError() {
			return false
		}
		if n.IsError() {
			out = append(out, n)
			return false
		}
		return true
	})
	return out
}

// Node is one syntax node. The zero Node stands for an absent one.
type Node struct {
	t *Tree
	i int32 // row in t.nodes
}

func (n Node) row() *cNode { return &n.t.nodes[n.i] }

// Tree is the tree the node belongs to, nil for the zero Node.
func (n Node) Tree() *Tree { return n.t }

// Valid reports whether the node exists.
func (n Node) Valid() bool { return n.t != nil }

// Kind is the grammar's name for the node ("array", "string", ...).
func (n Node) Kind() string {
	if n.t == nil {
		return ""
	}
	return n.t.lang.kind(n.row().symbol)
}

// Start and End are byte offsets into the file.
func (n Node) Start() int {
	if n.t == nil {
		return 0
	}
	return int(n.row().start)
}

func (n Node) End() int {
	if n.t == nil {
		return 0
	}
	return int(n.row().end)
}

// Text is the node's source text. It shares the tree's Src, which a
// tree's reader must not change (every node's position is an offset into
// it): the proofs ask for the text of most nodes they read, and a copy of
// each was a tenth of the query rule's allocation on trigger.dev.
func (n Node) Text() string {
	if n.t == nil {
		return ""
	}
	start, end := n.Start(), n.End()
	if start == end {
		return ""
	}
	return unsafe.String(&n.t.Src[start], end-start)
}

// Range is where the node is.
func (n Node) Range() prisma.Range { return n.t.Range(n.Start(), n.End()) }

func (n Node) flag(f int) bool { return n.t != nil && int(n.row().flags)&f != 0 }

// Named reports whether the node is a grammar rule rather than punctuation.
func (n Node) Named() bool { return n.flag(nodeNamed) }

// Extra reports whether the node may appear anywhere, like a comment.
func (n Node) Extra() bool { return n.flag(nodeExtra) }

// IsError reports whether the node is text the parser could not place, or a
// token it had to assume.
func (n Node) IsError() bool { return n.flag(nodeError) }

// HasError reports whether the node or one below it is an error.
func (n Node) HasError() bool { return n.flag(nodeHasError) }

// Field returns the child in the named field, or the zero Node. It
// answers as tree-sitter's ts_node_child_by_field_name, except inside a
// `typeof` type query, whose aliased rules that lookup misreads (it
// answers `location` as the property of `typeof db.location.findFirst`):
// Field answers the child the grammar puts in the field.
func (n Node) Field(name string) Node {
	if n.t == nil {
		return Node{}
	}
	id, ok := n.t.lang.fieldID(name)
	if !ok {
		return Node{}
	}
	nodes := n.t.nodes
	for c, last := n.i+1, int32(nodes[n.i].last); c < last; c = int32(nodes[c].last) {
		if nodes[c].field == id {
			return Node{t: n.t, i: c}
		}
	}
	return Node{}
}

// Parent returns the node's parent, or the zero Node for the root.
func (n Node) Parent() Node {
	if n.t == nil || n.row().parent < 0 {
		return Node{}
	}
	return Node{t: n.t, i: int32(n.row().parent)}
}

// Children returns every child, punctuation included.
func (n Node) Children() []Node { return n.children(false) }

// NamedChildren returns the children that are grammar rules, comments
// included.
func (n Node) NamedChildren() []Node { return n.children(true) }

func (n Node) children(named bool) []Node {
	if n.t == nil {
		return nil
	}
	// The children are counted first and the list allocated once: grown
	// by append, these lists were a fifth of the query rule's allocation
	// on trigger.dev, half of it copies left behind.
	nodes := n.t.nodes
	count := 0
	for c, last := n.i+1, int32(nodes[n.i].last); c < last; c = int32(nodes[c].last) {
		if !named || int(nodes[c].flags)&nodeNamed != 0 {
			count++
		}
	}
	if count == 0 {
		return nil
	}
	out := make([]Node, 0, count)
	for c, last := n.i+1, int32(nodes[n.i].last); c < last; c = int32(nodes[c].last) {
		if !named || int(nodes[c].flags)&nodeNamed != 0 {
			out = append(out, Node{t: n.t, i: c})
		}
	}
	return out
}

// Walk visits n and every node below it in source order, depth first,
// without recursion. When visit returns false the node's children are
// skipped.
func (n Node) Walk(visit func(Node) bool) {
	if n.t == nil {
		return
	}
	nodes := n.t.nodes
	for c, last := n.i, int32(nodes[n.i].last); c < last; {
		if visit(Node{t: n.t, i: c}) {
			c++
		} else {
			c = int32(nodes[c].last)
		}
	}
}

// NamedAt returns the smallest named node that spans the bytes [start,
// end), or the zero Node: a way to a node found by searching the text
// without walking the whole tree.
func (t *Tree) NamedAt(start, end int) Node {
	if start < 0 || end < start || end > len(t.Src) {
		return Node{}
	}
	namedAt := t.namedAt
	if t.rewritten {
		namedAt = t.namedAtInTable
	}
	i, ok := namedAt(start, end)
	if !ok {
		return Node{}
	}
	return Node{t: t, i: i}
}
