package sqlview

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pganalyze/pg_query_go/v6/parser"

	"github.com/schemalint/schemalint/internal/pgtree"
	"github.com/schemalint/schemalint/internal/prisma"
)

type fileParser struct {
	file  *File
	path  string
	src   []byte
	li    *prisma.LineIndex
	diags []prisma.Diagnostic

	bareSchema, bareName string
	sawBareSelect        bool
}

func (p *fileParser) rng(start, end int) prisma.Range {
	return p.li.Range(p.path, start, end)
}

func (p *fileParser) errorAt(start, end int, msg string, syntax bool) {
	p.diags = append(p.diags, prisma.Diagnostic{
		Range:    p.rng(start, end),
		Severity: prisma.SeverityError,
		Message:  msg,
		Syntax:   syntax,
	})
}

// parseAll finds the statements with PostgreSQL's grammar and builds trees
// only of those that may define or drop a view, all in one call: building
// the tree of every CREATE TABLE of a long migration, or calling into the C
// library once per statement, costs most of the time. libpg_query stops at
// the first syntax error, so when there is one the file is split with
// PostgreSQL's scanner instead and each statement is parsed alone: every
// error is reported and the views of the other statements are still read.
func (p *fileParser) parseAll() {
	text := string(p.src)
	stmts, err := pgtree.SplitWithParser(text, false)
	if err == nil {
		if pieces, ok := locate(text, stmts); ok {
			var wanted []piece
			for _, pc := range pieces {
				if p.bareName != "" || containsView(p.src[pc.start:pc.end]) {
					wanted = append(wanted, pc)
				}
			}
			if !p.parseJoined(wanted) {
				for _, pc := range wanted {
					p.parsePiece(pc)
				}
			}
			return
		}
	}
	pieces, serr := splitStatements(p.src)
	if serr != nil {
		// The scanner stops at an unterminated quote or comment: what
		// follows cannot be cut into statements, but the statements
		// before the one it starts in are whole and still read.
		stop, ok := p.errorOffset(serr, 0, len(p.src))
		var before []piece
		if ok {
			before, _ = splitStatements(p.src[:stop])
		}
		broken := 0
		if n := len(before); n > 0 {
			if !before[n-1].ended {
				before = before[:n-1]
			}
			if n := len(before); n > 0 {
				broken = before[n-1].end
			}
		}
		p.parseError(serr, 0, len(p.src), p.mayDefineView(p.src[broken:]))
		pieces = before
	}
	for _, pc := range pieces {
		if p.mayDefineView(p.src[pc.start:pc.end]) {
			p.parsePiece(pc)
		} else if _, err := pgtree.SplitWithParser(string(p.src[pc.start:pc.end]), false); err != nil {
			// Checked for errors only: no tree to build.
			p.parseError(err, pc.start, pc.end, false)
		}
	}
}

// mayDefineView reports whether SQL text could define or drop a view of
// the file: in a view file, any statement may be its SELECT.
func (p *fileParser) mayDefineView(b []byte) bool {
	return p.bareName != "" || containsView(b)
}

// parseJoined parses statements that are known to parse in one text,
// separated so that a trailing -- comment cannot swallow the ';'. A long
// run of statements is parsed as two texts at once: PostgreSQL's parser
// and the decoding of its trees are most of the time a large generated
// views file takes, and statements parse independently of each other.
func (p *fileParser) parseJoined(pieces []piece) bool {
	if len(pieces) == 0 {
		return true
	}
	groups := [][]piece{pieces}
	size := 0
	for _, pc := range pieces {
		size += pc.end - pc.start
	}
	if size >= splitParseFrom && len(pieces) > 1 && runtime.GOMAXPROCS(0) > 1 {
		half, sum := 0, 0
		for half < len(pieces)-1 && sum < size/2 {
			sum += pieces[half].end - pieces[half].start
			half++
		}
		groups = [][]piece{pieces[:max(half, 1)], pieces[max(half, 1):]}
	}
	units := make([]*unit, len(groups))
	trees := make([]*pgtree.ParseResult, len(groups))
	errs := make([]error, len(groups))
	parse := func(i int) {
		units[i] = joinPieces(p.src, groups[i])
		trees[i], errs[i] = pgtree.Parse(units[i].text)
		if errs[i] == nil && len(groups) > 1 {
			// Statements that say "view" this long are views: their
			// positions will need the tokens, scanned here while the other
			// half is parsed.
			units[i].tokens()
		}
	}
	if len(groups) > 1 {
		var wg sync.WaitGroup
		var crash any
		wg.Add(1)
		go func() {
			defer wg.Done()
			// ParseFile turns a panic into a diagnostic, on its own
			// goroutine only.
			defer func() { crash = recover() }()
			parse(1)
		}()
		parse(0)
		wg.Wait()
		if crash != nil {
			panic(crash)
		}
	} else {
		parse(0)
	}
	for _, err := range errs {
		if err != nil {
			return false
		}
	}
	for i, u := range units {
		p.statements(u, trees[i].Stmts)
	}
	return true
}

// splitParseFrom is the length of SQL from which parseJoined parses it as
// two texts at once.
var splitParseFrom = 16 << 10

// joinPieces is one text of the statements src[pc.start:pc.end].
func joinPieces(src []byte, pieces []piece) *unit {
	var b strings.Builder
	u := &unit{}
	for i, pc := range pieces {
		if i > 0 {
			b.WriteString("\n;\n")
		}
		u.segs = append(u.segs, seg{at: b.Len(), start: pc.start, end: pc.end})
		b.Write(src[pc.start:pc.end])
	}
	u.text = b.String()
	return u
}

func (p *fileParser) parsePiece(pc piece) {
	u := &unit{text: string(p.src[pc.start:pc.end]), segs: []seg{{0, pc.start, pc.end}}}
	tree, err := pgtree.Parse(u.text)
	if err != nil {
		p.parseError(err, pc.start, pc.end, true)
		return
	}
	p.statements(u, tree.Stmts)
}

// unit is one text handed to pg_query: statements of the file, at text
// offsets that segs map back to the file.
type unit struct {
	text    string
	segs    []seg
	toks    []tok // text offsets, comments left out
	scanned bool
	scanErr bool
}

type seg struct{ at, start, end int }

// seg is the segment a statement starting at text offset at belongs to.
// A statement's location may lie before its first token, in the separator
// after the previous segment.
func (u *unit) seg(at int) seg {
	i := sort.Search(len(u.segs), func(i int) bool { return u.segs[i].at+u.segs[i].end-u.segs[i].start > at })
	return u.segs[min(i, len(u.segs)-1)]
}

func (u *unit) tokens() ([]tok, bool) {
	if !u.scanned {
		u.scanned = true
		sc, err := pgtree.Scan(u.text)
		if err != nil {
			u.scanErr = true
		} else {
			u.toks = make([]tok, 0, len(sc.Tokens))
			for _, t := range sc.Tokens {
				if t.Token != pgtree.Token_SQL_COMMENT && t.Token != pgtree.Token_C_COMMENT {
					u.toks = append(u.toks, tok{int(t.Start), int(t.End), t.Token})
				}
			}
		}
	}
	return u.toks, !u.scanErr
}

// locate finds the offsets of the statements SplitWithParser cut from
// text. Each starts just after the ';' that ends the one before it, so the
// first match at or after that end is the statement itself.
func locate(text string, stmts []string) ([]piece, bool) {
	out := make([]piece, 0, len(stmts))
	at := 0
	for _, s := range stmts {
		i := strings.Index(text[at:], s)
		if i < 0 {
			return nil, false
		}
		at += i
		out = append(out, piece{start: at, end: at + len(s)})
		at += len(s)
	}
	return out, true
}

// containsView reports whether b holds "view" in any case: a statement
// without it neither creates nor drops a view.
func containsView(b []byte) bool {
	for i := 0; i+4 <= len(b); i++ {
		if b[i]|0x20 == 'v' && b[i+1]|0x20 == 'i' && b[i+2]|0x20 == 'e' && b[i+3]|0x20 == 'w' {
			return true
		}
	}
	return false
}

// parseError reports err of parsing src[base:end]. PostgreSQL's cursor
// position is 1-based and counts characters, not bytes. When the text may
// define a view, the error costs a view and is an error; otherwise nothing
// a rule reads is lost and it is a warning.
func (p *fileParser) parseError(err error, base, end int, mayDefineView bool) {
	var pe *parser.Error
	off, ok := p.errorOffset(err, base, end)
	if !ok || !errors.As(err, &pe) {
		p.unreadable(base, base, "cannot parse SQL: "+err.Error(), false, mayDefineView)
		return
	}
	p.unreadable(off, p.tokenEnd(off, end), pe.Message, true, mayDefineView)
}

// errorOffset is the file offset of a PostgreSQL error in src[base:end].
func (p *fileParser) errorOffset(err error, base, end int) (int, bool) {
	var pe *parser.Error
	if !errors.As(err, &pe) {
		return base, false
	}
	off := base
	for n := 1; n < pe.Cursorpos && off < end; n++ {
		_, w := utf8.DecodeRune(p.src[off:end])
		off += w
	}
	return off, true
}

// unreadable reports SQL that cannot be read, saying what is not judged
// when it may define a view.
func (p *fileParser) unreadable(start, end int, msg string, syntax, mayDefineView bool) {
	if !mayDefineView {
		p.diags = append(p.diags, prisma.Diagnostic{Range: p.rng(start, end), Severity: prisma.SeverityWarning, Message: msg, Syntax: syntax})
		return
	}
	if p.bareName != "" {
		msg += fmt.Sprintf("; view %q is not judged", p.bareName)
	} else {
		msg += "; the views of this SQL are not judged"
	}
	p.errorAt(start, end, msg, syntax)
}

// tokenEnd is the end of the SQL token starting at off, or of its first
// character when it cannot be scanned on its own.
func (p *fileParser) tokenEnd(off, end int) int {
	if off >= end {
		return off
	}
	window := min(end, off+256)
	if sc, err := pgtree.Scan(string(p.src[off:window])); err == nil && len(sc.Tokens) > 0 && sc.Tokens[0].Start == 0 && int(sc.Tokens[0].End) < window-off {
		return off + int(sc.Tokens[0].End)
	}
	_, w := utf8.DecodeRune(p.src[off:end])
	return off + w
}

type piece struct {
	start, end int
	ended      bool // by a ';' (splitStatements only)
}

// splitStatements cuts src at the semicolons that end statements: not in
// parentheses, nor in a BEGIN ATOMIC … END function body.
func splitStatements(src []byte) ([]piece, error) {
	sc, err := pgtree.Scan(string(src))
	if err != nil {
		return nil, err
	}
	var out []piece
	start, last := -1, -1
	depth, atomic := 0, 0
	var prev pgtree.Token
	for _, t := range sc.Tokens {
		if t.Token == pgtree.Token_SQL_COMMENT || t.Token == pgtree.Token_C_COMMENT {
			continue
		}
		switch t.Token {
		case pgtree.Token_ASCII_40:
			depth++
		case pgtree.Token_ASCII_41:
			depth = max(0, depth-1)
		case pgtree.Token_ATOMIC:
			if prev == pgtree.Token_BEGIN_P {
				atomic++
			}
		case pgtree.Token_CASE:
			if atomic > 0 {
				atomic++
			}
		case pgtree.Token_END_P:
			if atomic > 0 {
				atomic--
			}
		}
		prev = t.Token
		if t.Token == pgtree.Token_ASCII_59 && depth == 0 && atomic == 0 {
			if start >= 0 {
				out = append(out, piece{start, last, true})
			}
			start = -1
			continue
		}
		if start < 0 {
			start = int(t.Start)
		}
		last = int(t.End)
	}
	if start >= 0 {
		out = append(out, piece{start: start, end: last})
	}
	return out, nil
}

// statements reads the parsed statements of a unit.
func (p *fileParser) statements(u *unit, stmts []*pgtree.RawStmt) {
	for _, raw := range stmts {
		if raw.GetStmt() == nil {
			continue
		}
		loc := int(raw.StmtLocation)
		sg := u.seg(loc)
		loc = max(loc, sg.at)
		base := sg.start - sg.at
		start := base + loc
		stop := sg.end
		if raw.StmtLen > 0 {
			stop = min(sg.end, start+int(raw.StmtLen))
		}
		var st *stmt // scanned on first need: most statements are not views
		lazy := func() *stmt {
			if st == nil {
				st = p.newStmt(u, start, stop, base)
			}
			return st
		}
		p.statement(raw.Stmt, lazy, "")
	}
}

// statement reads one statement; schema is the schema of CREATE SCHEMA …
// CREATE VIEW …, which unqualified names belong to.
func (p *fileParser) statement(n *pgtree.Node, st func() *stmt, schema string) {
	switch {
	case n.GetViewStmt() != nil:
		vs := n.GetViewStmt()
		v := p.newView(st(), vs.View, false, schema)
		p.readQuery(st(), v, vs.Query, vs.Aliases)
	case n.GetCreateTableAsStmt() != nil && n.GetCreateTableAsStmt().Objtype == pgtree.ObjectType_OBJECT_MATVIEW && n.GetCreateTableAsStmt().Into != nil:
		cs := n.GetCreateTableAsStmt()
		v := p.newView(st(), cs.Into.Rel, true, schema)
		p.readQuery(st(), v, cs.Query, cs.Into.ColNames)
	case n.GetCreateSchemaStmt() != nil && len(n.GetCreateSchemaStmt().SchemaElts) > 0:
		cs := n.GetCreateSchemaStmt()
		for _, elt := range cs.SchemaElts {
			p.statement(elt, st, cs.Schemaname)
		}
	case n.GetDropStmt() != nil && isViewDrop(n.GetDropStmt()):
		p.drop(st(), n.GetDropStmt())
	case n.GetSelectStmt() != nil && p.bareName != "" && schema == "":
		p.bareSelect(st(), n)
	case p.bareName != "" && schema == "":
		// The file is the view: a statement beside its SELECT is no part
		// of it, and nothing says what it would do.
		p.strayStatement(st())
	}
}

// strayStatement reports a statement of a view file that is not the view.
func (p *fileParser) strayStatement(st *stmt) {
	p.diags = append(p.diags, prisma.Diagnostic{
		Range:    st.stmtRange(),
		Severity: prisma.SeverityError,
		Message:  fmt.Sprintf("the file of view %q holds a statement besides its SELECT, which is not judged; a view file holds one SELECT: move the statement to a migration", p.bareName),
	})
}

func (p *fileParser) bareSelect(st *stmt, n *pgtree.Node) {
	if p.sawBareSelect {
		p.strayStatement(st)
		return
	}
	p.sawBareSelect = true
	v := &View{
		Schema:    p.bareSchema,
		Name:      p.bareName,
		Range:     p.rng(0, len(p.src)),
		NameRange: st.stmtRange(),
		SQL:       string(p.src[st.start:st.end]),
	}
	if len(st.toks) > 0 {
		v.NameRange = p.rng(st.toks[0].start, st.toks[0].end)
	}
	p.readQuery(st, v, n, nil)
}

func (p *fileParser) newView(st *stmt, rel *pgtree.RangeVar, materialized bool, schema string) *View {
	v := &View{
		Materialized: materialized,
		Range:        st.stmtRange(),
		NameRange:    st.stmtRange(),
		SQL:          string(p.src[st.start:st.end]),
	}
	if rel != nil {
		v.Schema, v.Name = rel.Schemaname, rel.Relname
		if v.Schema == "" {
			v.Schema = schema
		}
		parts := 1
		if rel.Catalogname != "" {
			parts = 3
		} else if rel.Schemaname != "" {
			parts = 2
		}
		v.NameRange = st.nameRange(rel.Location, parts)
	}
	return v
}

func (p *fileParser) readQuery(st *stmt, v *View, query *pgtree.Node, aliases []*pgtree.Node) {
	a := &analyzer{st: st}
	if out := a.selectNode(query, nil); out != nil {
		v.Columns, v.Star, v.Sources = out.cols, out.star, out.sources
		v.StarReads = a.outputReads(&output{starItems: out.starItems})
	}
	for i, n := range aliases {
		if i < len(v.Columns) {
			v.Columns[i].Name = n.GetString_().GetSval()
		}
	}
	p.file.Views = append(p.file.Views, v)
}

func isViewDrop(ds *pgtree.DropStmt) bool {
	return ds.RemoveType == pgtree.ObjectType_OBJECT_VIEW || ds.RemoveType == pgtree.ObjectType_OBJECT_MATVIEW
}

func (p *fileParser) drop(st *stmt, ds *pgtree.DropStmt) {
	for _, obj := range ds.Objects {
		var names []string
		for _, item := range obj.GetList().GetItems() {
			names = append(names, item.GetString_().GetSval())
		}
		if len(names) == 0 {
			continue
		}
		d := Drop{
			Name:         names[len(names)-1],
			Materialized: ds.RemoveType == pgtree.ObjectType_OBJECT_MATVIEW,
			IfExists:     ds.MissingOk,
			Range:        st.stmtRange(),
		}
		if len(names) > 1 {
			d.Schema = names[len(names)-2]
		}
		p.file.Drops = append(p.file.Drops, d)
	}
}

// stmt is one statement being read: its bounds in the file without leading
// comments or the trailing ';', and its tokens (comments left out) with
// file offsets, which give the ends of the ranges PostgreSQL only gives the
// start of.
type stmt struct {
	p          *fileParser
	base       int // file offset of the text pg_query parsed; tree locations are relative to it
	start, end int
	toks       []tok
}

type tok struct {
	start, end int
	t          pgtree.Token
}

func (p *fileParser) newStmt(u *unit, start, stop, base int) *stmt {
	st := &stmt{p: p, base: base, start: start, end: stop}
	toks, ok := u.tokens()
	if !ok {
		text := string(p.src[start:stop])
		st.start = start + len(text) - len(strings.TrimLeft(text, " \t\r\n\f\v"))
		st.end = start + len(strings.TrimRight(text, " \t\r\n\f\v;"))
		st.end = max(st.end, st.start)
		return st
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].start >= start-base })
	for ; i < len(toks) && toks[i].end <= stop-base; i++ {
		st.toks = append(st.toks, tok{toks[i].start + base, toks[i].end + base, toks[i].t})
	}
	for len(st.toks) > 0 && st.toks[len(st.toks)-1].t == pgtree.Token_ASCII_59 {
		st.toks = st.toks[:len(st.toks)-1]
	}
	if len(st.toks) > 0 {
		st.start, st.end = st.toks[0].start, st.toks[len(st.toks)-1].end
	}
	return st
}

func (st *stmt) stmtRange() prisma.Range { return st.p.rng(st.start, st.end) }

// off turns a parse tree location into a file offset; -1 stays unknown.
func (st *stmt) off(loc int32) int {
	if loc < 0 {
		return -1
	}
	return st.base + int(loc)
}

// tokAt is the index of the token starting at off, or -1.
func (st *stmt) tokAt(off int) int {
	i := sort.Search(len(st.toks), func(i int) bool { return st.toks[i].start >= off })
	if i < len(st.toks) && st.toks[i].start == off {
		return i
	}
	return -1
}

// nameRange is the range of a dotted name of parts parts starting at loc.
func (st *stmt) nameRange(loc int32, parts int) prisma.Range {
	off := st.off(loc)
	i := st.tokAt(off)
	if i < 0 {
		if off < 0 {
			return st.stmtRange()
		}
		return st.p.rng(off, off)
	}
	j := min(len(st.toks)-1, i+2*(parts-1))
	return st.p.rng(st.toks[i].start, st.toks[j].end)
}

// spanEnd walks from the token at off to the end of the clause item it
// starts: the last token before a ',' or ')' at its own nesting level, one
// of stops, or the token starting at limit (when >= 0).
func (st *stmt) spanEnd(off, limit int, stops map[pgtree.Token]bool) int {
	i := st.tokAt(off)
	if i < 0 {
		return off
	}
	end := st.toks[i].end
	depth := 0
	for j := i; j < len(st.toks); j++ {
		t := st.toks[j]
		if limit >= 0 && t.start >= limit {
			break
		}
		if depth == 0 && j > i {
			if t.t == pgtree.Token_ASCII_44 || t.t == pgtree.Token_ASCII_59 {
				break
			}
			prev := st.toks[j-1].t
			// `a IS DISTINCT FROM b` and `x AS from` (a label may be any keyword)
			if stops[t.t] && prev != pgtree.Token_AS && !(t.t == pgtree.Token_FROM && prev == pgtree.Token_DISTINCT) {
				break
			}
		}
		switch t.t {
		case pgtree.Token_ASCII_40, pgtree.Token_ASCII_91:
			depth++
		case pgtree.Token_ASCII_41, pgtree.Token_ASCII_93:
			depth--
		}
		if depth < 0 {
			break
		}
		end = t.end
	}
	return end
}

var targetStops = tokenSet(
	pgtree.Token_FROM, pgtree.Token_INTO, pgtree.Token_WHERE, pgtree.Token_GROUP_P,
	pgtree.Token_HAVING, pgtree.Token_WINDOW, pgtree.Token_UNION, pgtree.Token_INTERSECT,
	pgtree.Token_EXCEPT, pgtree.Token_ORDER, pgtree.Token_LIMIT, pgtree.Token_OFFSET,
	pgtree.Token_FETCH, pgtree.Token_FOR,
)

var fromStops = tokenSet(
	pgtree.Token_JOIN, pgtree.Token_INNER_P, pgtree.Token_LEFT, pgtree.Token_RIGHT,
	pgtree.Token_FULL, pgtree.Token_CROSS, pgtree.Token_NATURAL, pgtree.Token_ON,
	pgtree.Token_USING, pgtree.Token_WHERE, pgtree.Token_GROUP_P, pgtree.Token_HAVING,
	pgtree.Token_WINDOW, pgtree.Token_UNION, pgtree.Token_INTERSECT, pgtree.Token_EXCEPT,
	pgtree.Token_ORDER, pgtree.Token_LIMIT, pgtree.Token_OFFSET, pgtree.Token_FETCH,
	pgtree.Token_FOR, pgtree.Token_WITH,
)

func tokenSet(ts ...pgtree.Token) map[pgtree.Token]bool {
	m := make(map[pgtree.Token]bool, len(ts))
	for _, t := range ts {
		m[t] = true
	}
	return m
}
