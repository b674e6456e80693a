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

	sitter "github.com/tree-sitter/go-tree-sitter"
	typescript "github.com/tree-sitter/tree-sitter-typescript/bindings/go"

	"github.com/schemalint/schemalint/internal/prisma"
)

// The grammars are static C data: one Language value each serves every
// parser.
var (
	tsLanguage  = sitter.NewLanguage(typescript.LanguageTypescript())
	tsxLanguage = sitter.NewLanguage(typescript.LanguageTSX())
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

// readChunk is how much text tree-sitter is handed at a time.
const readChunk = 64 << 10

// Tree is one parsed file.
type Tree struct {
	Path  string
	Src   []byte
	tree  *sitter.Tree
	lines *prisma.LineIndex
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
	p    *sitter.Parser
	lang *sitter.Language
}

// NewParser returns a parser; Close frees it.
func NewParser() *Parser { return &Parser{p: sitter.NewParser()} }

// Close frees the parser.
func (p *Parser) Close() {
	if p != nil && p.p != nil {
		p.p.Close()
		p.p = nil
	}
}

// Parse parses src as Parse does.
func (p *Parser) Parse(path string, src []byte) (*Tree, error) {
	var lang *sitter.Language
	switch grammars[strings.ToLower(filepath.Ext(path))] {
	case "typescript":
		lang = tsLanguage
	case "tsx":
		lang = tsxLanguage
	default:
		return nil, fmt.Errorf("%s: not a TypeScript or JavaScript file; expected one of .ts .mts .cts .tsx .jsx .js .mjs .cjs", path)
	}
	if lang != p.lang {
		if err := p.p.SetLanguage(lang); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		p.lang = lang
	}
	// The binding copies every piece of text it hands tree-sitter into C
	// memory and keeps it until the parse ends; tree-sitter asks again
	// when its lexer jumps back. Parser.Parse hands out the rest of the
	// file each time, so each re-read would copy up to the whole file.
	t := p.p.ParseWithOptions(func(i int, _ sitter.Point) []byte {
		if i >= len(src) {
			return nil
		}
		return src[i:min(i+readChunk, len(src))]
	}, nil, nil)
	if t == nil {
		return nil, fmt.Errorf("%s: the TypeScript parser gave up on this file", path)
	}
	return &Tree{Path: path, Src: src, tree: t, lines: prisma.NewLineIndex(src)}, nil
}

// Close frees the tree. Nodes taken from it must not be used afterwards.
func (t *Tree) Close() {
	if t != nil && t.tree != nil {
		t.tree.Close()
		t.tree = nil
	}
}

// Root is the program node.
func (t *Tree) Root() Node {
	return Node{t: t, n: *t.tree.RootNode(), ok: true}
}

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
	if !t.tree.RootNode().HasError() {
		return nil
	}
	t.Walk(func(n Node) bool {
		if !n.n.HasError() {
			return false
		}
		if n.n.IsError() || n.n.IsMissing() {
			out = append(out, n.Range())
			return false
		}
		return true
	})
	return out
}

// Node is one syntax node. The zero Node stands for an absent one.
type Node struct {
	t  *Tree
	n  sitter.Node
	ok bool
}

func (t *Tree) wrap(n *sitter.Node) Node {
	if n == nil {
		return Node{}
	}
	return Node{t: t, n: *n, ok: true}
}

// Tree is the tree the node belongs to, nil for the zero Node.
func (n Node) Tree() *Tree { return n.t }

// Valid reports whether the node exists.
func (n Node) Valid() bool { return n.ok }

// Kind is the grammar's name for the node ("array", "string", ...).
func (n Node) Kind() string {
	if !n.ok {
		return ""
	}
	return n.n.Kind()
}

// Start and End are byte offsets into the file.
func (n Node) Start() int { return int(n.n.StartByte()) }
func (n Node) End() int   { return int(n.n.EndByte()) }

// Text is the node's source text.
func (n Node) Text() string {
	if !n.ok {
		return ""
	}
	return string(n.t.Src[n.Start():n.End()])
}

// Range is where the node is.
func (n Node) Range() prisma.Range { return n.t.Range(n.Start(), n.End()) }

// Named reports whether the node is a grammar rule rather than punctuation.
func (n Node) Named() bool { return n.n.IsNamed() }

// Extra reports whether the node may appear anywhere, like a comment.
func (n Node) Extra() bool { return n.n.IsExtra() }

// IsError reports whether the node is text the parser could not place, or a
// token it had to assume.
func (n Node) IsError() bool { return n.n.IsError() || n.n.IsMissing() }

// HasError reports whether the node or one below it is an error.
func (n Node) HasError() bool { return n.n.HasError() }

// Field returns the child in the named field, or the zero Node.
func (n Node) Field(name string) Node {
	if !n.ok {
		return Node{}
	}
	return n.t.wrap(n.n.ChildByFieldName(name))
}

// Parent returns the node's parent, or the zero Node for the root.
func (n Node) Parent() Node {
	if !n.ok {
		return Node{}
	}
	return n.t.wrap(n.n.Parent())
}

// Children returns every child, punctuation included.
func (n Node) Children() []Node { return n.children(false) }

// NamedChildren returns the children that are grammar rules, comments
// included.
func (n Node) NamedChildren() []Node { return n.children(true) }

func (n Node) children(named bool) []Node {
	if !n.ok {
		return nil
	}
	c := n.n.Walk()
	defer c.Close()
	var out []Node
	if !c.GotoFirstChild() {
		return nil
	}
	for {
		if k := c.Node(); !named || k.IsNamed() {
			out = append(out, Node{t: n.t, n: *k, ok: true})
		}
		if !c.GotoNextSibling() {
			return out
		}
	}
}

// Walk visits n and every node below it in source order, depth first,
// without recursion. When visit returns false the node's children are
// skipped.
func (n Node) Walk(visit func(Node) bool) {
	if !n.ok {
		return
	}
	c := n.n.Walk()
	defer c.Close()
	for {
		if visit(Node{t: n.t, n: *c.Node(), ok: true}) && c.GotoFirstChild() {
			continue
		}
		for !c.GotoNextSibling() {
			if !c.GotoParent() {
				return
			}
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
	return t.wrap(t.tree.RootNode().NamedDescendantForByteRange(uint(start), uint(end)))
}
