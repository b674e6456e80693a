package config

import (
	"bytes"
	"reflect"
	"runtime"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// splitParseFrom is the length from which parseConfig parses a
// configuration as two texts at once.
var splitParseFrom = 16 << 10

// parseConfig is hclsyntax.ParseConfig's body of src. HCL's lexer counts
// columns grapheme by grapheme, so a long configuration (hundreds of
// expose blocks) takes it most of a run's start: such a file is cut at a
// line between two items of a body near its middle, and the items after
// the cut are parsed on their own, at their own positions, while the rest
// is parsed without them, its positions after the cut then moved back to
// src's. The items are then put back in their body. A file that cannot be cut where nothing spans
// the cut, or whose halves have any diagnostic, is parsed whole, so that
// every diagnostic is HCL's own.
func parseConfig(src []byte, path string) (*hclsyntax.Body, hcl.Diagnostics) {
	if len(src) >= splitParseFrom && runtime.GOMAXPROCS(0) > 1 {
		if body, ok := parseHalves(src, path); ok {
			return body, nil
		}
	}
	file, diags := hclsyntax.ParseConfig(src, path, hcl.InitialPos)
	body, _ := file.Body.(*hclsyntax.Body)
	return body, diags
}

func parseHalves(src []byte, path string) (*hclsyntax.Body, bool) {
	at, end, nested, ok := cutPoint(src)
	if !ok {
		return nil, false
	}
	// The rest is parsed without the items, and what follows them is
	// moved back to where src has it: blanked out instead (spaces, line
	// breaks kept), the items' lines cost HCL a third of the parse.
	rest := make([]byte, 0, len(src)-(end-at))
	rest = append(append(rest, src[:at]...), src[end:]...)
	start := hcl.Pos{Line: 1 + bytes.Count(src[:at], []byte("\n")), Column: 1, Byte: at}
	moved := hcl.Pos{Line: bytes.Count(src[at:end], []byte("\n")), Byte: end - at}
	var inner *hcl.File
	var innerDiags hcl.Diagnostics
	innerOK := false
	done := make(chan struct{})
	go func() {
		defer close(done)
		// A panic here would end the process: the whole parse, on the
		// caller's goroutine, meets it instead.
		defer func() { _ = recover() }()
		inner, innerDiags = hclsyntax.ParseConfig(src[at:end], path, start)
		innerOK = true
	}()
	outer, diags := hclsyntax.ParseConfig(rest, path, hcl.InitialPos)
	body, ok1 := outer.Body.(*hclsyntax.Body)
	if len(diags) == 0 && ok1 {
		moveBody(body, at, moved)
	}
	<-done
	if !innerOK || len(diags) > 0 || len(innerDiags) > 0 {
		return nil, false
	}
	items, ok2 := inner.Body.(*hclsyntax.Body)
	if !ok1 || !ok2 {
		return nil, false
	}
	into := body
	if nested {
		into = nil
		for _, b := range body.Blocks {
			if r := b.Body.SrcRange; r.Start.Byte < at && end < r.End.Byte {
				into = b.Body
			}
		}
		if into == nil {
			return nil, false
		}
	}
	for name, a := range items.Attributes {
		if _, dup := into.Attributes[name]; dup {
			return nil, false // HCL reports it: parse whole
		}
		into.Attributes[name] = a
	}
	into.Blocks = append(into.Blocks, items.Blocks...)
	return body, true
}

// cutPoint finds where to cut src: at the start of the first line past its
// middle that starts an item of the file's body or of a top-level block's
// (nested), up to end, the start of the line that closes that block (or
// the end of the file). It follows HCL's lexer where nesting is decided,
// as withinLimits does, and gives up on anything else.
func cutPoint(src []byte) (at, end int, nested, ok bool) {
	const (
		block = iota // a block's body
		other        // an object, tuple or parentheses
	)
	var open []int
	at = -1
	lineStart := true
	sawEquals := false // on this line, outside strings: `x = {` opens no block
	next := func(i int) byte {
		if i+1 < len(src) {
			return src[i+1]
		}
		return 0
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if lineStart && at < 0 && i >= len(src)/2 && (len(open) == 0 || len(open) == 1 && open[0] == block) && !closes(src[i:]) {
			at, nested = i, len(open) == 1
			if !nested {
				return at, len(src), false, true
			}
		}
		lineStart = false
		switch c {
		case '\n':
			lineStart, sawEquals = true, false
		case '#':
			i = lineEnd(src, i) - 1
		case '/':
			switch next(i) {
			case '/':
				i = lineEnd(src, i) - 1
			case '*':
				return 0, 0, false, false
			}
		case '"':
			end, ok := quotedEnd(src, i)
			if !ok {
				return 0, 0, false, false
			}
			i = end
		case '=':
			sawEquals = true
		case '{':
			kind := other
			if len(open) == 0 && !sawEquals {
				kind = block
			}
			open = append(open, kind)
		case '[', '(':
			open = append(open, other)
		case '}', ']', ')':
			if len(open) == 0 {
				return 0, 0, false, false
			}
			open = open[:len(open)-1]
			if at >= 0 && len(open) == 0 {
				// The block cut into closes here: alone on its line.
				end = bytes.LastIndexByte(src[:i], '\n') + 1
				if end <= at || len(bytes.TrimSpace(src[end:i])) > 0 {
					return 0, 0, false, false
				}
				return at, end, true, true
			}
		case '<':
			if next(i) == '<' {
				return 0, 0, false, false
			}
		case '$', '%':
			if next(i) == '{' {
				return 0, 0, false, false
			}
		}
	}
	return 0, 0, false, false
}

// closes reports whether a line starts with a closing brace.
func closes(line []byte) bool {
	line = bytes.TrimLeft(line, " \t")
	return len(line) > 0 && line[0] == '}'
}

// moveBody moves every position of b at or after at (in the text parsed
// without the cut's items) by the items' bytes and lines: the nodes after
// the cut, and the ends of the bodies around it. Only what can reach past
// at is walked: the items of a body that end before it are left alone.
func moveBody(b *hclsyntax.Body, at int, by hcl.Pos) {
	movePos(&b.SrcRange.Start, at, by)
	movePos(&b.SrcRange.End, at, by)
	movePos(&b.EndRange.Start, at, by)
	movePos(&b.EndRange.End, at, by)
	seen := map[uintptr]bool{}
	for _, a := range b.Attributes {
		if a.SrcRange.End.Byte >= at {
			moveAll(reflect.ValueOf(a), at, by, seen)
		}
	}
	for _, blk := range b.Blocks {
		switch {
		case blk.CloseBraceRange.End.Byte < at:
		case blk.OpenBraceRange.Start.Byte >= at:
			moveAll(reflect.ValueOf(blk), at, by, seen)
		default: // the block the cut is in
			moveRange(&blk.CloseBraceRange, at, by)
			moveBody(blk.Body, at, by)
		}
	}
}

func movePos(p *hcl.Pos, at int, by hcl.Pos) {
	if p.Byte >= at {
		p.Byte += by.Byte
		p.Line += by.Line
	}
}

func moveRange(r *hcl.Range, at int, by hcl.Pos) {
	movePos(&r.Start, at, by)
	movePos(&r.End, at, by)
}

var (
	posType = reflect.TypeFor[hcl.Pos]()
	hclPkg  = posType.PkgPath()
	nodePkg = reflect.TypeFor[hclsyntax.Body]().PkgPath()
)

// moveAll moves every position held in v, a node of HCL's syntax tree
// (HCL's own types only: values, functions and operations hold none),
// once however many nodes point at it.
func moveAll(v reflect.Value, at int, by hcl.Pos, seen map[uintptr]bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || !ours(v.Type().Elem()) || seen[v.Pointer()] {
			return
		}
		seen[v.Pointer()] = true
		moveAll(v.Elem(), at, by, seen)
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		e := v.Elem()
		if e.Kind() == reflect.Pointer {
			moveAll(e, at, by, seen)
			return
		}
		if !ours(e.Type()) || !v.CanSet() {
			return
		}
		// A value in an interface (a traversal's step) is moved as a copy.
		c := reflect.New(e.Type()).Elem()
		c.Set(e)
		moveAll(c, at, by, seen)
		v.Set(c)
	case reflect.Struct:
		if v.Type() == posType {
			if v.CanSet() {
				movePos(v.Addr().Interface().(*hcl.Pos), at, by)
			}
			return
		}
		if !ours(v.Type()) {
			return
		}
		for i := range v.NumField() {
			if f := v.Field(i); f.CanSet() {
				moveAll(f, at, by, seen)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			moveAll(v.Index(i), at, by, seen)
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			if e := it.Value(); e.Kind() == reflect.Pointer || e.Kind() == reflect.Interface {
				moveAll(e, at, by, seen)
			}
		}
	}
}

// ours reports whether t is a type of HCL's syntax tree.
func ours(t reflect.Type) bool {
	p := t.PkgPath()
	return p == hclPkg || p == nodePkg
}
