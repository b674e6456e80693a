package prisma

import (
	"sync"
	"unsafe"
)

// The syntax tree mirrors Prisma's grammar: a file is a list of top-level
// declarations; models, views and composite types share one shape because the
// grammar does not tell them apart. Every node carries its Span: byte
// offsets only, turned into line and column by File.Range when something is
// reported. A schema has hundreds of thousands of nodes and few findings;
// keeping nodes small keeps parsing fast.

// Span is the half-open byte range [Start, End) of a node in its file.
// Offsets are 32-bit, which halves the size of the spans every node holds;
// Parse refuses files of 2 GiB or more.
type Span struct{ Start, End int32 }

// SpanOf is the span of the byte offsets [start, end).
func SpanOf(start, end int) Span { return Span{int32(start), int32(end)} }

// File is one parsed .prisma file.
type File struct {
	Name string
	// Src is the file's text, or for a tree from ParseEdited a text that
	// holds every span's: read spans of it, not the whole.
	Src   []byte
	Decls []Decl
	// Comments holds every comment of the file in source order, including the
	// ones Prisma drops (after a block's opening brace), so that directives
	// such as schemalint-ignore can be found wherever users write them.
	Comments []*Comment
	// linesMu guards lines: rules of several schema roots, judged in
	// parallel, may locate names in one shared file, and a lookup moves
	// the index's cursor.
	linesMu sync.Mutex
	lines   *lineIndex
	// badEscapes records that some string literal has an escape Prisma
	// rejects, so that resolving looks for it only then.
	badEscapes bool
	// edited is set on a tree that reuses another file's (ParseEdited):
	// its spans are offsets of Src, which is not the file's text.
	edited *editedText
}

// Renamed is f's tree under another name, so that positions name the
// file as the caller does.
func (f *File) Renamed(name string) *File {
	return &File{Name: name, Src: f.Src, Decls: f.Decls, Comments: f.Comments, badEscapes: f.badEscapes, edited: f.edited}
}

// Range turns a span of this file into a located range.
func (f *File) Range(s Span) Range {
	start, end := int(s.Start), int(s.End)
	text := f.Src
	if e := f.edited; e != nil {
		start, end = e.offsets(start, end)
		text = e.text
	}
	f.linesMu.Lock()
	defer f.linesMu.Unlock()
	if f.lines == nil {
		idx := newLineIndex(text)
		f.lines = &idx
	}
	return Range{File: f.Name, Start: f.lines.pos(start), End: f.lines.pos(end)}
}

// Decl is a top-level declaration.
type Decl interface {
	declNode()
	Bounds() Span
}

// DeclKeyword is the keyword that opens a block.
type DeclKeyword string

const (
	KeywordModel      DeclKeyword = "model"
	KeywordView       DeclKeyword = "view"
	KeywordType       DeclKeyword = "type"
	KeywordEnum       DeclKeyword = "enum"
	KeywordDatasource DeclKeyword = "datasource"
	KeywordGenerator  DeclKeyword = "generator"
)

// Ident is a name with its position.
type Ident struct {
	Name string
	Span Span
}

// Comment is a `//`, `///` or `/* */` comment.
type Comment struct {
	Kind CommentKind
	Text string // the raw text including the comment markers
	Span Span
}

type CommentKind uint8

const (
	LineComment  CommentKind = iota // `// …`
	DocComment                      // `/// …`
	BlockComment                    // `/* … */`
)

// ModelDecl is a `model`, `view` or composite `type` block.
type ModelDecl struct {
	Keyword       DeclKeyword
	KeywordSpan   Span
	Name          Ident
	Fields        []*FieldDecl
	Attributes    []*Attribute // block attributes (@@…)
	Documentation string
	HasDoc        bool
	Span          Span
	// Body is the range between the braces, for block-wide directives.
	Body Span
}

// FieldDecl is one field line of a model, view or composite type.
//
// A schema has tens of thousands of fields, so a declaration keeps
// nothing it can read from what it has: its name starts the line, the
// attribute list is a pointer to the first and a count, and whether
// there is a type or documentation is whether there is one.
type FieldDecl struct {
	Name  string
	typ   FieldType
	attrs **Attribute
	// doc is the documentation, nil when there is none: most fields
	// have none, and a pointer is half a string's size. Documentation
	// that is empty points at noDoc.
	doc  *string
	Span Span
	// legacyColon is the offset of the colon of `name: Type`, which
	// Prisma rejects; 0 when there is none (a colon always follows a
	// name).
	legacyColon int32
	nattrs      int32
}

// noDoc is the documentation of a field whose `///` comments are empty.
var noDoc string

// NameSpan is where the field's name is written: at the start of its line.
func (d *FieldDecl) NameSpan() Span {
	return Span{d.Span.Start, d.Span.Start + int32(len(d.Name))}
}

// Attributes are the field's attributes in source order.
func (d *FieldDecl) Attributes() []*Attribute { return unsafe.Slice(d.attrs, d.nattrs) }

// Documentation is the field's `///` comments, "" when it has none.
func (d *FieldDecl) Documentation() string {
	if d.doc == nil {
		return ""
	}
	return *d.doc
}

// HasDoc reports whether the field has `///` comments, empty or not.
func (d *FieldDecl) HasDoc() bool { return d.doc != nil }

// LegacyColon is where `name: Type` has its colon, which Prisma rejects;
// the zero Span when there is none.
func (d *FieldDecl) LegacyColon() Span {
	if d.legacyColon == 0 {
		return Span{}
	}
	return Span{d.legacyColon, d.legacyColon + 1}
}

// Type is the declared type, or nil when the line has none.
func (d *FieldDecl) Type() *FieldType {
	if d.typ.Span == (Span{}) {
		return nil // a type is never empty, and never starts a file
	}
	return &d.typ
}

// Arity is how many values a field holds.
type Arity uint8

const (
	Required Arity = iota
	Optional
	List
)

// FieldType is the type part of a field declaration.
type FieldType struct {
	Name string // the type name, or the Unsupported string's content
	// Unsupported is set for Unsupported("…") types; Name holds the string.
	Unsupported bool
	Arity       Arity
	// Legacy and invalid forms the grammar accepts and validation rejects.
	OptionalList   bool // Type[]?
	LegacyRequired bool // Type!
	LegacyList     bool // [Type]
	NameSpan       Span
	Span           Span
}

// EnumDecl is an `enum` block.
type EnumDecl struct {
	KeywordSpan   Span
	Name          Ident
	Values        []*EnumValueDecl
	Attributes    []*Attribute
	Documentation string
	HasDoc        bool
	Span          Span
	Body          Span
}

// EnumValueDecl is one value line of an enum.
type EnumValueDecl struct {
	Name          Ident
	Attributes    []*Attribute
	Documentation string
	HasDoc        bool
	Span          Span
}

// ConfigDecl is a `datasource` or `generator` block.
type ConfigDecl struct {
	Keyword       DeclKeyword
	KeywordSpan   Span
	Name          Ident
	Properties    []*Property
	Documentation string
	HasDoc        bool
	Span          Span
	Body          Span
}

// Property is a `key = value` line of a config block. Value is nil for
// `key =` with nothing after it.
type Property struct {
	Name  Ident
	Value Expr
	Span  Span
}

// TypeAliasDecl is `type A = B`, which the grammar accepts and validation
// rejects.
type TypeAliasDecl struct {
	Name Ident
	Span Span
}

func (*ModelDecl) declNode()     {}
func (*EnumDecl) declNode()      {}
func (*ConfigDecl) declNode()    {}
func (*TypeAliasDecl) declNode() {}

func (d *ModelDecl) Bounds() Span     { return d.Span }
func (d *EnumDecl) Bounds() Span      { return d.Span }
func (d *ConfigDecl) Bounds() Span    { return d.Span }
func (d *TypeAliasDecl) Bounds() Span { return d.Span }

// Attribute is a field attribute (`@id`) or a block attribute (`@@index(…)`).
//
// A schema has tens of thousands of attributes, so an attribute is kept
// small: its name's span is where the name starts, its end following
// from the name's length, and its arguments are a pointer to the first
// and a count instead of a slice header (Args builds the slice).
type Attribute struct {
	Name string // without the @ or @@: "id", "db.VarChar"
	// args are held by value: an attribute's arguments are read together,
	// and one chunk of values is cheaper to build and to collect than a
	// pointer per argument.
	args *Argument
	Span Span
	// nameStart is where Name is written: after the @ or @@, and any
	// space Prisma allows there.
	nameStart int32
	// argsStart is where the parenthesised list starts, when HasParens;
	// it ends where the attribute does.
	argsStart int32
	nargs     int32
	Block     bool // @@
	HasParens bool
	// TrailingComma records `(a, )`, which Prisma rejects.
	TrailingComma bool
}

// NameSpan is where the attribute's name is written.
func (a *Attribute) NameSpan() Span {
	return Span{a.nameStart, a.nameStart + int32(len(a.Name))}
}

// Args are the arguments as written, nil when there are none.
func (a *Attribute) Args() []Argument { return unsafe.Slice(a.args, a.nargs) }

// setArgs keeps args, a list the parser finished, as the arguments.
func (a *Attribute) setArgs(args []Argument) {
	a.args, a.nargs = unsafe.SliceData(args), int32(len(args))
}

// ArgsSpan is the parenthesised list, when HasParens.
func (a *Attribute) ArgsSpan() Span { return Span{a.argsStart, a.Span.End} }

// Arg returns the argument named name, or nil.
func (a *Attribute) Arg(name string) *Argument {
	args := a.Args()
	for i := range args {
		if arg := &args[i]; arg.Name != nil && arg.Name.Name == name {
			return arg
		}
	}
	return nil
}

// Positional returns the i-th unnamed argument, or nil.
func (a *Attribute) Positional(i int) *Argument {
	args := a.Args()
	for j := range args {
		if arg := &args[j]; arg.Name == nil {
			if i == 0 {
				return arg
			}
			i--
		}
	}
	return nil
}

// Argument is `value` or `name: value`. Value is nil for `name:` with nothing
// after it, which the grammar accepts for editor completion.
type Argument struct {
	Name  *Ident
	Value Expr
}

// Span runs from the argument's name, if any, to the end of its value;
// for `name:` without a value it is the name's. It is not kept: a schema
// has tens of thousands of arguments, and their spans are asked for
// only when something is reported.
func (a *Argument) Span() Span {
	switch {
	case a.Value == nil:
		return a.Name.Span
	case a.Name == nil:
		return a.Value.Bounds()
	}
	return Span{a.Name.Span.Start, a.Value.Bounds().End}
}

// Expr is a value: a string, number, constant or path, array, function call
// or object.
type Expr interface {
	exprNode()
	Bounds() Span
}

// StringLit is a string literal; Value is unescaped.
type StringLit struct {
	Value string
	Span  Span
}

// NumberLit is a numeric literal kept as written ("-1.50").
type NumberLit struct {
	Raw  string
	Span Span
}

// ConstantExpr is a bare identifier or dotted path: `true`, `Cascade`,
// `ADMIN`, `db.VarChar`.
type ConstantExpr struct {
	Value string
	Span  Span
}

// ArrayExpr is `[a, b]`.
type ArrayExpr struct {
	Elems []Expr
	Span  Span
}

// FuncCall is `name(args)`: `now()`, `env("X")`, `uuid(7)`, `sort(Desc)`.
type FuncCall struct {
	Name Ident
	Args []Argument
	Span Span
}

// ObjectExpr is `{ key: value, … }`, used by partial index predicates.
type ObjectExpr struct {
	Fields []Argument
	Span   Span
}

func (*StringLit) exprNode()    {}
func (*NumberLit) exprNode()    {}
func (*ConstantExpr) exprNode() {}
func (*ArrayExpr) exprNode()    {}
func (*FuncCall) exprNode()     {}
func (*ObjectExpr) exprNode()   {}

func (e *StringLit) Bounds() Span    { return e.Span }
func (e *NumberLit) Bounds() Span    { return e.Span }
func (e *ConstantExpr) Bounds() Span { return e.Span }
func (e *ArrayExpr) Bounds() Span    { return e.Span }
func (e *FuncCall) Bounds() Span     { return e.Span }
func (e *ObjectExpr) Bounds() Span   { return e.Span }
