package prisma

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Parse reads one file. It never fails and never panics: it returns the tree
// of everything it could read and a diagnostic for every line it could not.
// The tree shares memory with src, which must not be modified afterwards.
//
// The parser follows Prisma's own grammar (a line-oriented PEG) decision for
// decision, so that a schema Prisma accepts parses here with no error and a
// line Prisma rejects is rejected here too: declarations are tried in
// Prisma's order, a block whose closing brace never comes is not a block, and
// a line inside a block that is not a field, attribute or comment is reported
// and skipped. A large file is parsed on several goroutines with the same
// result (see chunks.go).
func Parse(name string, src []byte) (*File, []Diagnostic) {
	if len(src) > maxSource {
		start := Pos{Offset: 0, Line: 1, Col: 1}
		return &File{Name: name, Src: src}, []Diagnostic{{Range: Range{File: name, Start: start, End: start}, Severity: SeverityError,
			Message: fmt.Sprintf("file is %d bytes, larger than the %d bytes a schema can have", len(src), maxSource)}}
	}
	busy := parsing.Add(1)
	defer parsing.Add(-1)
	schemasUnderWay.Add(1)
	defer schemasUnderWay.Add(-1)
	starts := chunkStarts(src, taken(busy))
	if len(starts) == 0 {
		p := newParser(name, src, 0)
		p.parseFile(nil)
		return p.f, p.diags
	}
	f, diags, _ := parseChunks(name, src, starts)
	return f, diags
}

func newParser(name string, src []byte, at int) *parser {
	return &parser{
		f:    &File{Name: name, Src: src},
		src:  src,
		text: unsafe.String(unsafe.SliceData(src), len(src)),
		p:    at,
	}
}

// maxSource is the largest file Parse reads: spans hold 32-bit offsets.
var maxSource = math.MaxInt32

// maxDepth bounds nesting of arrays, calls and objects so that hostile input
// cannot exhaust the stack; deeper values make the line invalid.
const maxDepth = 64

type parser struct {
	f   *File
	src []byte
	// text views src as a string without copying it, so that names and
	// values are substrings of it instead of one allocation each. Neither
	// the parser nor the tree writes to src, and callers must not either
	// (Parse's contract).
	text  string
	p     int
	diags []Diagnostic
	depth int

	alloc nodeAlloc
	// noCloseFrom records body starts already known to run to the end of the
	// file without a closing brace, so that a file full of unclosed blocks
	// stays linear.
	noCloseFrom map[int]bool
	visited     []int
	// noBraceAfter is the offset after which the file has no '}' at all
	// (-1 until known).
	noBraceAfter int
	braceKnown   bool
	// noCommentEndAfter is the offset after which no `*/` exists, once known.
	noCommentEndAfter int
	commentEndKnown   bool
}

func (p *parser) diagRange(start, end int) Range {
	return p.f.Range(SpanOf(start, end))
}

func (p *parser) syntaxError(start, end int, msg string) {
	p.diags = append(p.diags, Diagnostic{Range: p.diagRange(start, end), Severity: SeverityError, Message: msg, Syntax: true})
}

func (p *parser) warnAt(start, end int, msg string) {
	p.diags = append(p.diags, Diagnostic{Range: p.diagRange(start, end), Severity: SeverityWarning, Message: msg})
}

func (p *parser) eof() bool { return p.p >= len(p.src) }

// ws skips the grammar's implicit whitespace (spaces and tabs, not newlines).
// Most calls find none, so that case is small enough to be inlined.
func (p *parser) ws() {
	if p.p < len(p.src) && mayBeSpace[p.src[p.p]] {
		p.wsRun()
	}
}

// mayBeSpace marks the bytes that can start whitespace: space, tab, and
// the first byte of any multi-byte rune (a Unicode space, perhaps).
var mayBeSpace = func() (t [256]bool) {
	t[' '], t['\t'] = true, true
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// wsRun skips a run of whitespace.
func (p *parser) wsRun() {
	src, i := p.src, p.p
	// Spaces eight at a time: the runs that align a formatted schema's
	// columns are several bytes long. The loop below goes on from the
	// first byte that is not a space (a tab, say).
	for i+8 <= len(src) {
		w := binary.LittleEndian.Uint64(src[i:]) ^ 0x2020202020202020
		if w != 0 {
			i += bits.TrailingZeros64(w) >> 3
			break
		}
		i += 8
	}
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	p.p = i
	if i < len(src) && src[i] >= utf8.RuneSelf {
		p.wsUnicode()
	}
}

// wsUnicode goes on skipping whitespace that includes Unicode spaces.
func (p *parser) wsUnicode() {
	for p.p < len(p.src) {
		r, n := utf8.DecodeRune(p.src[p.p:])
		if !isSpace(r) {
			return
		}
		p.p += n
	}
}

// newline consumes one line break ("\n", "\r\n" or "\r").
func (p *parser) newline() bool {
	if p.p >= len(p.src) {
		return false
	}
	switch p.src[p.p] {
	case '\n':
		p.p++
		return true
	case '\r':
		p.p++
		if p.p < len(p.src) && p.src[p.p] == '\n' {
			p.p++
		}
		return true
	}
	return false
}

func (p *parser) atNewline() bool {
	return p.p < len(p.src) && (p.src[p.p] == '\n' || p.src[p.p] == '\r')
}

// restOfLine moves to the end of the line (before the line break).
// It looks for '\n' and then for a '\r' before it, two vectorized searches
// that cost less than bytes.IndexAny's per-call byte set; windows of
// lineWindow bytes keep a file without '\n' (only '\r' breaks) linear.
func (p *parser) restOfLine() {
	src, i := p.src, p.p
	for i < len(src) {
		w := src[i:min(i+lineWindow, len(src))]
		lf := bytes.IndexByte(w, '\n')
		if lf >= 0 {
			w = w[:lf]
		}
		if cr := bytes.IndexByte(w, '\r'); cr >= 0 {
			p.p = i + cr
			return
		}
		if lf >= 0 {
			p.p = i + lf
			return
		}
		i += len(w)
	}
	p.p = len(src)
}

const lineWindow = 512

func (p *parser) lit(s string) bool {
	if strings.HasPrefix(p.text[p.p:], s) {
		p.p += len(s)
		return true
	}
	return false
}

func (p *parser) peekByte(c byte) bool {
	return p.p < len(p.src) && p.src[p.p] == c
}

// ident reads an identifier. The common case, an ASCII name, is one tight
// loop over a byte table; a name that starts or goes on with a multi-byte
// rune continues in identUnicode.
func (p *parser) ident() (Ident, bool) {
	src, start := p.src, p.p
	if start >= len(src) {
		return Ident{}, false
	}
	if identByte[src[start]] != identStart {
		if src[start] < utf8.RuneSelf {
			return Ident{}, false
		}
		return p.identUnicode(start, start)
	}
	i := start + 1
	for i < len(src) && identByte[src[i]] != 0 {
		i++
	}
	if i < len(src) && src[i] >= utf8.RuneSelf {
		return p.identUnicode(start, i)
	}
	p.p = i
	return Ident{Name: p.text[start:i], Span: SpanOf(start, i)}, true
}

// identUnicode goes on reading the identifier that starts at start from i,
// where a multi-byte rune stands (or, if i == start, one must start it).
func (p *parser) identUnicode(start, i int) (Ident, bool) {
	src := p.src
	if i == start {
		r, n := utf8.DecodeRune(src[i:])
		if !isIdentStart(r) {
			return Ident{}, false
		}
		i += n
	}
	for i < len(src) {
		c := src[i]
		if identByte[c] != 0 {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeRune(src[i:])
		if !isIdentPart(r) {
			break
		}
		i += n
	}
	p.p = i
	return Ident{Name: p.text[start:i], Span: SpanOf(start, i)}, true
}

// identByte classifies ASCII bytes for identifiers: 0 for neither (and for
// every non-ASCII byte), identStart for letters and digits, identPart for
// '_' and '-', which may follow but not begin one.
var identByte = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case isIdentStart(rune(c)):
			t[c] = identStart
		case c == '_' || c == '-':
			t[c] = identPart
		}
	}
	return t
}()

const (
	identStart = 1 + iota
	identPart
)

// path reads `ident(.ident?)*`, e.g. `db.VarChar`.
func (p *parser) path() (Ident, bool) {
	first, ok := p.ident()
	if !ok {
		return Ident{}, false
	}
	return p.pathRest(first), true
}

// pathRest reads the `.ident` parts of a path whose first name was just
// read. Most paths have none: the name is the path, and is not made again.
func (p *parser) pathRest(first Ident) Ident {
	if p.p < len(p.src) && p.src[p.p] == '.' {
		return p.dotted(first)
	}
	return first
}

// dotted reads the `.ident` parts of the path that starts with first.
func (p *parser) dotted(first Ident) Ident {
	start := int(first.Span.Start)
	for p.peekByte('.') {
		p.p++
		save := p.p
		if _, ok := p.ident(); !ok {
			p.p = save
		}
	}
	return Ident{Name: p.text[start:p.p], Span: SpanOf(start, p.p)}
}

// ---- file level ----

// parseFile reads declarations from the cursor to the end of the file, or
// until it stands at the top level exactly on one of stops (increasing
// offsets where other goroutines started parsing). It returns the index in
// stops where it stopped, or len(stops) at the end of the file.
func (p *parser) parseFile(stops []int) int {
	var pendingDoc *docText
	next := 0
	for {
		p.ws()
		for next < len(stops) && p.p > stops[next] {
			next++
		}
		if next < len(stops) && p.p == stops[next] && pendingDoc == nil {
			return next
		}
		if p.eof() {
			return len(stops)
		}
		start := p.p
		doc := pendingDoc
		pendingDoc = nil

		if d := p.tryModel(start, doc); d != nil {
			p.f.Decls = append(p.f.Decls, d)
			continue
		}
		p.p = start
		if d := p.tryEnum(start, doc); d != nil {
			p.f.Decls = append(p.f.Decls, d)
			continue
		}
		p.p = start
		if d := p.tryConfig(start, doc); d != nil {
			p.f.Decls = append(p.f.Decls, d)
			continue
		}
		p.p = start
		if d := p.tryTypeAlias(start); d != nil {
			p.f.Decls = append(p.f.Decls, d)
			p.syntaxError(start, p.p, "invalid type definition: `type Name = Type` is not supported; declare a composite type with `type Name { … }`")
			continue
		}
		p.p = start
		if p.tryArbitraryBlock() {
			p.syntaxError(start, p.p, "this block is invalid: it does not start with a known keyword (model, view, enum, type, datasource or generator)")
			continue
		}
		p.p = start
		if d, ok := p.commentBlock(); ok {
			pendingDoc = d
			continue
		}
		p.p = start
		if p.emptyLines() {
			continue
		}
		p.restOfLine()
		p.syntaxError(start, p.p, "this line is invalid: it does not start with a known keyword (model, view, enum, type, datasource or generator)")
		p.newline()
	}
}

// docText is the documentation a comment block contributes (nil when it
// holds only plain comments).
type docText struct{ lines []string }

// get returns the documentation text and whether there is any.
func (d *docText) get() (string, bool) {
	if d == nil {
		return "", false
	}
	return strings.Join(d.lines, "\n"), true
}

// keyword matches a keyword literally. Like Prisma's grammar it does not
// require a space after it ("modelA {" is model "A").
func (p *parser) keyword(kw string) bool { return p.lit(kw) }

// blockOpen matches `{`, ignores the rest of that line as Prisma does (it is
// kept as a comment, or reported as ignored text) and the line break.
func (p *parser) blockOpen() bool {
	if !p.peekByte('{') {
		return false
	}
	p.p++
	restStart := p.p
	p.restOfLine()
	if !p.newline() {
		return false
	}
	rest := bytes.TrimSpace(p.src[restStart:p.p])
	if len(rest) > 0 {
		off := restStart + bytes.Index(p.src[restStart:p.p], rest)
		end := off + len(rest)
		if bytes.HasPrefix(rest, []byte("//")) || bytes.HasPrefix(rest, []byte("/*")) && bytes.HasSuffix(rest, []byte("*/")) {
			p.addComment(off, end)
		} else {
			p.warnAt(off, end, "text after `{` is ignored: Prisma reads nothing after a block's opening brace; move it to its own line")
		}
	}
	return true
}

func (p *parser) addComment(start, end int) {
	text := p.text[start:end]
	kind := LineComment
	switch {
	case strings.HasPrefix(text, "///"):
		kind = DocComment
	case strings.HasPrefix(text, "/*"):
		kind = BlockComment
	}
	c := p.alloc.comments.new()
	*c = Comment{Kind: kind, Text: text, Span: SpanOf(start, end)}
	p.f.Comments = append(p.f.Comments, c)
}

// blockState saves what a failed block attempt must undo.
type blockState struct {
	pos, diags, comments int
}

func (p *parser) save() blockState {
	return blockState{p.p, len(p.diags), len(p.f.Comments)}
}

func (p *parser) restore(s blockState) {
	p.p = s.pos
	p.diags = p.diags[:s.diags]
	p.f.Comments = p.f.Comments[:s.comments]
}

// bodyLoop runs the contents of a block until its closing brace. item parses
// one item at the cursor (after whitespace) and reports whether it did. It
// returns false when the file ends first.
func (p *parser) bodyLoop(item func(lineStart int) bool, catchAllMsg string) bool {
	if p.noCloseFrom[p.p] {
		return false
	}
	// Every line start this body passes is remembered: when the file ends
	// before the closing brace, a block opening on any of these lines cannot
	// close either.
	visited := p.visited[:0]
	defer func() { p.visited = visited[:0] }()
	for {
		visited = append(visited, p.p)
		p.ws()
		if p.eof() {
			if p.noCloseFrom == nil {
				p.noCloseFrom = map[int]bool{}
			}
			for _, v := range visited {
				p.noCloseFrom[v] = true
			}
			return false
		}
		if p.src[p.p] == '}' {
			return true
		}
		lineStart := p.p
		if p.atNewline() {
			p.emptyLines()
			continue
		}
		if item(lineStart) {
			continue
		}
		p.p = lineStart
		p.restOfLine()
		p.syntaxError(lineStart, p.p, catchAllMsg)
		p.newline()
	}
}

// block reads the rest of a block after its keyword: the name, the opening
// line, and the body up to the closing brace. Block attributes go to attrs
// (nil for blocks that take none), comments become the documentation passed
// to item, which reads one field, value or property line. When the block
// never closes it is no block at all: the cursor, diagnostics and comments
// are restored and ok is false.
func (p *parser) block(catchAll string, attrs *[]*Attribute, item func(pending *docText) bool) (name Ident, body Span, ok bool) {
	st := p.save()
	p.ws()
	name, ok = p.ident()
	if !ok {
		p.restore(st)
		return Ident{}, Span{}, false
	}
	p.ws()
	if !p.blockOpen() {
		p.restore(st)
		return Ident{}, Span{}, false
	}
	bodyStart := p.p
	var pending *docText
	blockAttrs := p.alloc.blockAttrs.begin()
	ok = p.bodyLoop(func(lineStart int) bool {
		switch p.src[p.p] {
		case '@':
			if attrs == nil {
				return false
			}
			a, ok := p.blockAttribute()
			if ok {
				blockAttrs.add(a)
			}
			return ok
		case '/':
			doc, ok := p.commentBlock()
			if ok {
				pending = doc
			}
			return ok
		}
		if !item(pending) {
			return false
		}
		pending = nil
		return true
	}, catchAll)
	if !ok {
		blockAttrs.drop()
		p.restore(st)
		return Ident{}, Span{}, false
	}
	body = SpanOf(bodyStart, p.p)
	p.p++ // '}'
	if attrs != nil {
		*attrs = blockAttrs.done()
	}
	return name, body, true
}

// ---- models, views, composite types ----

func (p *parser) tryModel(start int, doc *docText) Decl {
	var kw DeclKeyword
	switch {
	case p.keyword("model"):
		kw = KeywordModel
	case p.keyword("type"):
		kw = KeywordType
	case p.keyword("view"):
		kw = KeywordView
	default:
		return nil
	}
	d := &ModelDecl{Keyword: kw, KeywordSpan: SpanOf(start, p.p)}
	msg := "this line is not a valid field or attribute definition"
	if kw == KeywordType {
		msg = "this line is not a valid field definition"
	}
	fields := p.alloc.fieldLists.begin()
	name, body, ok := p.block(msg, &d.Attributes, func(pending *docText) bool {
		f, ok := p.fieldDecl(pending)
		if ok {
			fields.add(f)
		}
		return ok
	})
	if !ok {
		fields.drop()
		return nil
	}
	d.Fields = fields.done()
	d.Name, d.Body, d.Span = name, body, SpanOf(start, p.p)
	d.Documentation, d.HasDoc = doc.get()
	return d
}

// fieldDecl reads `name [:] [Type] @attr* [comment] NEWLINE`.
func (p *parser) fieldDecl(pending *docText) (*FieldDecl, bool) {
	start := p.p
	name, ok := p.ident()
	if !ok {
		return nil, false
	}
	f := p.alloc.fields.new()
	f.Name = name.Name
	p.ws()
	if p.peekByte(':') {
		f.legacyColon = int32(p.p)
		p.p++
		p.ws()
	}
	save := p.p
	if p.fieldType(&f.typ) {
		p.ws()
	} else {
		f.typ = FieldType{}
		p.p = save
	}
	var attrs []*Attribute
	end, trailing, ok := p.lineTail(&attrs)
	if !ok {
		return nil, false
	}
	f.attrs, f.nattrs = unsafe.SliceData(attrs), int32(len(attrs))
	f.Span = SpanOf(start, end)
	if pending == nil && trailing == nil {
		return f, true // most fields have no documentation
	}
	if doc, has := joinDocs(pending, trailing); has {
		f.doc = &noDoc
		if doc != "" {
			f.doc = new(string)
			*f.doc = doc
		}
	}
	return f, true
}

// lineTail reads the end of a field or enum value line: its attributes, an
// optional trailing comment and the line break. It returns where the line's
// content ends and the trailing comment's documentation, if any.
func (p *parser) lineTail(attrs *[]*Attribute) (end int, trailing *string, ok bool) {
	if !p.fieldAttributes(attrs) {
		return 0, nil, false
	}
	end = p.p
	if p.p < len(p.src) && p.src[p.p] == '\n' {
		// The usual end of a line: no comment, no space to skip.
		p.p++
		return end, nil, true
	}
	if trailing, ok = p.trailingComment(); !ok {
		return 0, nil, false
	}
	p.ws()
	if !p.newline() {
		return 0, nil, false
	}
	return end, trailing, true
}

// joinDocs is a line's documentation: the comments above it, then its
// trailing `///` comment, joined by a newline as Prisma joins them.
func joinDocs(pending *docText, trailing *string) (string, bool) {
	above, ok := pending.get()
	switch {
	case ok && trailing != nil:
		return above + "\n" + *trailing, true
	case trailing != nil:
		return *trailing, true
	}
	return above, ok
}

// fieldType reads a type into t in Prisma's order of alternatives: `T[]?`,
// `T[]`, `T?`, `T!`, `[T]`, `T`.
func (p *parser) fieldType(t *FieldType) bool {
	start := p.p
	if p.peekByte('[') {
		p.p++
		p.ws()
		if !p.baseType(t) {
			return false
		}
		p.ws()
		if !p.peekByte(']') {
			return false
		}
		p.p++
		t.Arity = List
		t.LegacyList = true
		t.Span = SpanOf(start, p.p)
		return true
	}
	if !p.baseType(t) {
		return false
	}
	afterBase := p.p
	p.ws()
	switch {
	case p.lit("[]"):
		t.Arity = List
		afterList := p.p
		p.ws()
		if p.peekByte('?') {
			p.p++
			t.OptionalList = true
		} else {
			p.p = afterList
		}
	case p.peekByte('?'):
		p.p++
		t.Arity = Optional
	case p.peekByte('!'):
		p.p++
		t.LegacyRequired = true
	default:
		p.p = afterBase
	}
	t.Span = SpanOf(start, p.p)
	return true
}

// baseType reads `Name` or `Unsupported("…")` into t.
func (p *parser) baseType(t *FieldType) bool {
	start := p.p
	// Every field's type is asked; the byte check keeps most from the
	// string comparison.
	if p.peekByte('U') && p.lit("Unsupported(") {
		p.ws()
		s, ok := p.stringLit()
		if ok {
			p.ws()
			if p.peekByte(')') {
				p.p++
				t.Name, t.Unsupported, t.NameSpan = s.Value, true, SpanOf(start, p.p)
				return true
			}
		}
		p.p = start
	}
	id, ok := p.ident()
	if !ok {
		return false
	}
	t.Name, t.NameSpan = id.Name, id.Span
	return true
}

// fieldAttributes reads `@path(args)?` repeatedly.
func (p *parser) fieldAttributes(out *[]*Attribute) bool {
	list := p.alloc.lineAttrs.begin()
	ok := true
	for p.peekByte('@') {
		start := p.p
		p.p++
		p.ws()
		name, isPath := p.path()
		if !isPath {
			p.p = start
			break // "@@…" or a stray '@': let the caller fail on what follows
		}
		a := p.alloc.attrs.new()
		a.Name, a.nameStart = name.Name, name.Span.Start
		if !p.optArgs(a) {
			ok = false
			break
		}
		a.Span = SpanOf(start, p.p)
		list.add(a)
		p.ws()
	}
	// Set here rather than deferred: a defer per field line costs more
	// than most lines' attributes.
	*out = list.done()
	return ok
}

// optArgs reads an optional argument list after an attribute name.
func (p *parser) optArgs(a *Attribute) bool {
	save := p.p
	p.ws()
	if !p.peekByte('(') {
		p.p = save
		return true
	}
	argsStart := p.p
	args, trailing, ok := p.argList()
	if !ok {
		// An attribute without a valid list is still an attribute; the
		// unparsed '(' makes the enclosing line fail.
		p.p = save
		return true
	}
	a.setArgs(args)
	a.HasParens, a.TrailingComma = true, trailing
	a.argsStart = int32(argsStart)
	return true
}

// blockAttribute reads `@@path(args)? [comment]` and the line break.
func (p *parser) blockAttribute() (*Attribute, bool) {
	start := p.p
	if !p.lit("@@") {
		return nil, false
	}
	p.ws()
	name, ok := p.path()
	if !ok {
		return nil, false
	}
	a := p.alloc.attrs.new()
	a.Name, a.nameStart, a.Block = name.Name, name.Span.Start, true
	p.optArgs(a)
	a.Span = SpanOf(start, p.p)
	p.ws()
	if _, ok := p.trailingComment(); !ok {
		return nil, false
	}
	p.ws()
	if !p.newline() {
		return nil, false
	}
	return a, true
}

// ---- enums ----

func (p *parser) tryEnum(start int, doc *docText) Decl {
	if !p.keyword("enum") {
		return nil
	}
	d := &EnumDecl{KeywordSpan: SpanOf(start, p.p)}
	name, body, ok := p.block("this line is not an enum value definition", &d.Attributes, func(pending *docText) bool {
		v, ok := p.enumValue(pending)
		if ok {
			d.Values = append(d.Values, v)
		}
		return ok
	})
	if !ok {
		return nil
	}
	d.Name, d.Body, d.Span = name, body, SpanOf(start, p.p)
	d.Documentation, d.HasDoc = doc.get()
	return d
}

func (p *parser) enumValue(pending *docText) (*EnumValueDecl, bool) {
	start := p.p
	name, ok := p.ident()
	if !ok {
		return nil, false
	}
	v := &EnumValueDecl{Name: name}
	p.ws()
	end, trailing, ok := p.lineTail(&v.Attributes)
	if !ok {
		return nil, false
	}
	v.Span = SpanOf(start, end)
	v.Documentation, v.HasDoc = joinDocs(pending, trailing)
	return v, true
}

// ---- datasource and generator ----

func (p *parser) tryConfig(start int, doc *docText) Decl {
	var kw DeclKeyword
	switch {
	case p.keyword("datasource"):
		kw = KeywordDatasource
	case p.keyword("generator"):
		kw = KeywordGenerator
	default:
		return nil
	}
	d := &ConfigDecl{Keyword: kw, KeywordSpan: SpanOf(start, p.p)}
	name, body, ok := p.block("this line is not a valid definition within a "+string(kw), nil, func(*docText) bool {
		prop, ok := p.property()
		if ok {
			d.Properties = append(d.Properties, prop)
		}
		return ok
	})
	if !ok {
		return nil
	}
	d.Name, d.Body, d.Span = name, body, SpanOf(start, p.p)
	d.Documentation, d.HasDoc = doc.get()
	return d
}

// property reads `key = [value] [comment]` and the line break.
func (p *parser) property() (*Property, bool) {
	start := p.p
	name, ok := p.ident()
	if !ok {
		return nil, false
	}
	p.ws()
	if !p.peekByte('=') {
		return nil, false
	}
	p.p++
	p.ws()
	prop := &Property{Name: name}
	save := p.p
	if e, ok := p.expr(); ok {
		prop.Value = e
	} else {
		p.p = save
	}
	end := p.p
	p.ws()
	if _, ok := p.trailingComment(); !ok {
		return nil, false
	}
	p.ws()
	if !p.newline() {
		return nil, false
	}
	prop.Span = SpanOf(start, end)
	return prop, true
}

// ---- invalid top-level forms Prisma recognises to report them well ----

func (p *parser) tryTypeAlias(start int) Decl {
	if !p.keyword("type") {
		return nil
	}
	p.ws()
	name, ok := p.ident()
	if !ok {
		return nil
	}
	p.ws()
	if !p.peekByte('=') {
		return nil
	}
	p.p++
	p.ws()
	var t FieldType
	if !p.baseType(&t) {
		return nil
	}
	p.ws()
	var attrs []*Attribute
	if !p.fieldAttributes(&attrs) {
		return nil
	}
	return &TypeAliasDecl{Name: name, Span: SpanOf(start, p.p)}
}

// tryArbitraryBlock matches `name { … }` with any content up to the next
// closing brace.
func (p *parser) tryArbitraryBlock() bool {
	if _, ok := p.ident(); !ok {
		return false
	}
	p.ws()
	if !p.blockOpen() {
		return false
	}
	if p.braceKnown && p.p >= p.noBraceAfter {
		return false
	}
	i := bytes.IndexByte(p.src[p.p:], '}')
	if i < 0 {
		p.braceKnown, p.noBraceAfter = true, p.p
		return false
	}
	p.p += i + 1
	return true
}

// ---- comments ----

// commentBlock reads consecutive comment lines. It returns the documentation
// they carry (nil for plain `//` comments only) and whether any comment was
// read.
func (p *parser) commentBlock() (*docText, bool) {
	var doc *docText
	read := false
	for {
		save := p.p
		p.ws()
		start := p.p
		text, isDoc, ok := p.comment()
		if !ok {
			p.p = save
			break
		}
		read = true
		p.addComment(start, p.p)
		if isDoc {
			if doc == nil {
				doc = &docText{}
			}
			if p.src[start] == '/' && p.src[start+1] == '*' {
				// Prisma strips two bytes from each end of the comment token,
				// and a block comment after the first of a block carries its
				// indentation in that token; reproduce it so documentation
				// matches Prisma's byte for byte.
				text = strings.TrimSpace(tokenInner(p.text[save:p.p]))
			}
			doc.lines = append(doc.lines, text)
		}
		p.newline()
	}
	return doc, read
}

func tokenInner(tok string) string {
	if len(tok) < 4 {
		return ""
	}
	return tok[2 : len(tok)-2]
}

// comment reads one comment at the cursor: `///…`, `//…` or `/*…*/`. For doc
// comments and block comments it returns their documentation text.
func (p *parser) comment() (text string, isDoc bool, ok bool) {
	start := p.p
	switch {
	case p.lit("///"):
		contentStart := p.p
		p.restOfLine()
		return strings.TrimLeft(p.text[contentStart:p.p], " \t"), true, true
	case p.lit("//"):
		p.restOfLine()
		return "", false, true
	case p.lit("/*"):
		i := -1
		if !p.commentEndKnown || p.p < p.noCommentEndAfter {
			i = bytes.Index(p.src[p.p:], []byte("*/"))
		}
		if i < 0 {
			// Remember that no comment ends after here: a file of unclosed
			// `/*` must stay linear.
			if !p.commentEndKnown || p.p < p.noCommentEndAfter {
				p.commentEndKnown, p.noCommentEndAfter = true, p.p
			}
			p.p = start
			return "", false, false
		}
		p.p += i + 2
		return strings.TrimSpace(p.text[start+2 : p.p-2]), true, true
	}
	return "", false, false
}

// trailingComment reads an optional comment at the end of a line and returns
// its documentation, if any. It fails only for an unterminated `/*`.
func (p *parser) trailingComment() (*string, bool) {
	save := p.p
	p.ws()
	if !p.peekByte('/') {
		p.p = save
		return nil, true
	}
	start := p.p
	text, isDoc, ok := p.comment()
	if !ok {
		p.p = save
		return nil, true
	}
	p.addComment(start, p.p)
	if !isDoc {
		return nil, true
	}
	return &text, true
}

// emptyLines consumes blank lines.
func (p *parser) emptyLines() bool {
	matched := false
	for {
		save := p.p
		p.ws()
		if !p.newline() {
			p.p = save
			return matched
		}
		matched = true
	}
}

// ---- expressions ----

// argList reads `( [arg (, arg)*] [,] )`. trailing reports a trailing comma,
// which the grammar accepts and validation rejects.
func (p *parser) argList() (args []Argument, trailing bool, ok bool) {
	if !p.peekByte('(') {
		return nil, false, false
	}
	// The depth is restored on the way out without a defer: a defer costs
	// more than the rest of reading a short list such as `(now())`.
	p.depth++
	if p.depth <= maxDepth {
		args, trailing, ok = p.argListItems()
	}
	p.depth--
	return args, trailing, ok
}

// argListItems reads the arguments after argList's `(`, at p.depth.
func (p *parser) argListItems() (args []Argument, trailing bool, ok bool) {
	p.p++
	p.ws()
	list := p.alloc.argLevels[p.depth].begin()
	for {
		if p.peekByte(')') {
			p.p++
			return list.done(), trailing, true
		}
		if trailing || list.len() > 0 {
			list.drop()
			return nil, false, false
		}
		if p.peekByte(',') {
			// `(,)`: no argument, then the trailing comma.
			p.p++
			p.ws()
			trailing = true
			continue
		}
		a, ok := p.argument()
		if !ok {
			list.drop()
			return nil, false, false
		}
		list.add(a)
		p.ws()
		for p.peekByte(',') {
			p.p++
			p.ws()
			if p.peekByte(')') {
				trailing = true
				break
			}
			a, ok := p.argument()
			if !ok {
				list.drop()
				return nil, false, false
			}
			list.add(a)
			p.ws()
		}
		if !p.peekByte(')') {
			list.drop()
			return nil, false, false
		}
	}
}

// argument reads `name: value`, `name:` or `value`.
func (p *parser) argument() (Argument, bool) {
	start := p.p
	if name, ok := p.ident(); ok {
		end := p.p
		p.ws()
		if p.peekByte(':') {
			p.p++
			p.ws()
			save := p.p
			id := p.alloc.idents.new()
			*id = name
			if e, ok := p.expr(); ok {
				return Argument{Name: id, Value: e}, true
			}
			p.p = save
			return Argument{Name: id}, true
		}
		// A value: the name just read is its path's first part, which
		// expr would read again.
		p.p = end
		return Argument{Value: p.afterPath(start, p.pathRest(name))}, true
	}
	e, ok := p.expr()
	if !ok {
		return Argument{}, false
	}
	return Argument{Value: e}, true
}

// expr reads a value, trying Prisma's alternatives in order: function call,
// array, number, string, path; and objects.
func (p *parser) expr() (Expr, bool) {
	start := p.p
	if p.eof() {
		return nil, false
	}
	c := p.src[p.p]
	switch {
	case c == '[':
		return p.array()
	case c == '{':
		return p.object()
	case c == '"':
		s, ok := p.stringLit()
		if !ok {
			return nil, false
		}
		return s, true
	}
	if name, ok := p.path(); ok {
		return p.afterPath(start, name), true
	}
	return p.number()
}

// afterPath reads the rest of a value that starts with the path name, read
// from start: a call's arguments, or nothing (a number or a constant).
func (p *parser) afterPath(start int, name Ident) Expr {
	afterName := p.p
	p.ws()
	if p.peekByte('(') {
		if args, _, ok := p.argList(); ok {
			c := p.alloc.calls.new()
			c.Name, c.Args, c.Span = name, args, SpanOf(start, p.p)
			return c
		}
	}
	// A name that starts with a digit may be a number (`12`, `1.5`);
	// any other cannot, and is not read again.
	if c := p.src[start]; c >= '0' && c <= '9' {
		p.p = start
		if n, ok := p.number(); ok {
			return n
		}
	}
	p.p = afterName
	c := p.alloc.consts.new()
	c.Value, c.Span = name.Name, name.Span
	return c
}

func (p *parser) number() (*NumberLit, bool) {
	start := p.p
	if p.peekByte('-') {
		p.p++
	}
	digits := func() bool {
		s := p.p
		for p.p < len(p.src) && p.src[p.p] >= '0' && p.src[p.p] <= '9' {
			p.p++
		}
		return p.p > s
	}
	if !digits() {
		p.p = start
		return nil, false
	}
	if p.peekByte('.') {
		save := p.p
		p.p++
		if !digits() {
			p.p = save
		}
	}
	n := p.alloc.nums.new()
	n.Raw, n.Span = p.text[start:p.p], SpanOf(start, p.p)
	return n, true
}

func (p *parser) array() (e Expr, ok bool) {
	// The depth is restored without a defer, as in argList.
	p.depth++
	if p.depth <= maxDepth {
		e, ok = p.arrayItems()
	}
	p.depth--
	return e, ok
}

// arrayItems reads the array at the cursor's `[`, at p.depth.
func (p *parser) arrayItems() (Expr, bool) {
	start := p.p
	p.p++ // '['
	p.ws()
	list := p.alloc.exprLevels[p.depth].begin()
	if !p.peekByte(']') {
		for {
			e, ok := p.expr()
			if !ok {
				list.drop()
				return nil, false
			}
			list.add(e)
			p.ws()
			if p.peekByte(',') {
				p.p++
				p.ws()
				continue
			}
			break
		}
	}
	if !p.peekByte(']') {
		list.drop()
		return nil, false
	}
	p.p++
	a := p.alloc.arrays.new()
	a.Elems, a.Span = list.done(), SpanOf(start, p.p)
	if a.Elems == nil {
		a.Elems = []Expr{}
	}
	return a, true
}

// object reads `{ key: value, … }` (partial index predicates).
func (p *parser) object() (Expr, bool) {
	start := p.p
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxDepth {
		return nil, false
	}
	p.p++ // '{'
	p.ws()
	o := &ObjectExpr{Fields: []Argument{}}
	for !p.peekByte('}') {
		name, ok := p.ident()
		if !ok {
			return nil, false
		}
		p.ws()
		if !p.peekByte(':') {
			return nil, false
		}
		p.p++
		p.ws()
		e, ok := p.expr()
		if !ok {
			return nil, false
		}
		o.Fields = append(o.Fields, Argument{Name: &name, Value: e})
		p.ws()
		if p.peekByte(',') {
			p.p++
			p.ws()
			continue
		}
		if !p.peekByte('}') {
			return nil, false
		}
	}
	p.p++
	o.Span = SpanOf(start, p.p)
	return o, true
}

// stringLit reads a JSON-style string literal: no raw control characters,
// backslash escapes.
func (p *parser) stringLit() (*StringLit, bool) {
	start := p.p
	if !p.peekByte('"') {
		return nil, false
	}
	i := p.p + 1
	escaped := false
	for {
		// Most bytes are plain: skip them at one table lookup each.
		for i < len(p.src) && plainInString[p.src[i]] {
			i++
		}
		if i >= len(p.src) {
			return nil, false
		}
		c := p.src[i]
		if c == '"' {
			break
		}
		if c < 0x20 {
			return nil, false
		}
		if c == '\\' {
			escaped = true
			if i+1 >= len(p.src) {
				return nil, false
			}
			i += 2
			// The escaped character itself may be multi-byte.
			for i < len(p.src) && p.src[i]&0xC0 == 0x80 {
				i++
			}
			continue
		}
		i++
	}
	raw := p.src[p.p+1 : i]
	p.p = i + 1
	lit := p.alloc.strs.new()
	lit.Value, lit.Span = p.text[start+1:i], SpanOf(start, p.p)
	if escaped {
		var bad string
		lit.Value, bad = unescape(raw)
		p.f.badEscapes = p.f.badEscapes || bad != ""
	}
	return lit, true
}

// plainInString marks the bytes a string literal's loop passes over
// without a second look: all but the closing quote, the backslash and
// control characters.
var plainInString = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// badEscape is the first escape sequence Prisma rejects ("\\x") in the
// literal, read again from src, its file's text: only files with one ask,
// so the literals of every other file do not carry it.
func (e *StringLit) badEscape(src []byte) string {
	raw := src[e.Span.Start+1 : e.Span.End-1]
	if bytes.IndexByte(raw, '\\') < 0 {
		return ""
	}
	_, bad := unescape(raw)
	return bad
}

// unescape decodes JSON escapes. An unknown or malformed escape keeps the
// character after the backslash and is returned as bad, for validation to
// report as Prisma does.
func unescape(raw []byte) (value, bad string) {
	var b strings.Builder
	b.Grow(len(raw))
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c != '\\' || i+1 >= len(raw) {
			b.WriteByte(c)
			continue
		}
		i++
		switch raw[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'u':
			if i+4 < len(raw) {
				if v, err := strconv.ParseUint(string(raw[i+1:i+5]), 16, 32); err == nil {
					r := rune(v)
					i += 4
					// Surrogate pairs.
					if r >= 0xD800 && r < 0xDC00 && i+6 < len(raw) && raw[i+1] == '\\' && raw[i+2] == 'u' {
						if lo, err := strconv.ParseUint(string(raw[i+3:i+7]), 16, 32); err == nil && lo >= 0xDC00 && lo < 0xE000 {
							r = 0x10000 + (r-0xD800)<<10 + (rune(lo) - 0xDC00)
							i += 6
						}
					}
					b.WriteRune(r)
					continue
				}
			}
			if bad == "" {
				bad = `\u` + string(raw[i+1:min(len(raw), i+5)])
			}
			b.WriteByte('u')
		case '"', '\\', '/':
			b.WriteByte(raw[i])
		default:
			if bad == "" {
				_, n := utf8.DecodeRune(raw[i:])
				bad = `\` + string(raw[i:i+n])
			}
			b.WriteByte(raw[i])
		}
	}
	return b.String(), bad
}
