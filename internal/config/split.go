package config

import (
	"bytes"
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
// is parsed with them blanked out (line breaks kept). The items are then
// put back in their body. A file that cannot be cut where nothing spans
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
	blank := bytes.Clone(src)
	for i := at; i < end; i++ {
		if c := blank[i]; c != '\n' && c != '\r' {
			blank[i] = ' '
		}
	}
	start := hcl.Pos{Line: 1 + bytes.Count(src[:at], []byte("\n")), Column: 1, Byte: at}
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
	outer, diags := hclsyntax.ParseConfig(blank, path, hcl.InitialPos)
	<-done
	if !innerOK || len(diags) > 0 || len(innerDiags) > 0 {
		return nil, false
	}
	body, ok1 := outer.Body.(*hclsyntax.Body)
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
