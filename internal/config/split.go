package config

import (
	"bytes"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// splitParseFrom is the length from which parseConfig parses a
// configuration in pieces, and pieceLen about the length of a piece.
var (
	splitParseFrom = 16 << 10
	pieceLen       = 2 << 10
)

// parseConfig is hclsyntax.ParseConfig's body of src. A plain one (see
// parsePlain) is read without HCL's lexer. A long configuration that is
// not (hundreds of expose blocks) is HCL's largest cost in a run: a token of
// 96 bytes for every 4 bytes of text, held in one slice that grows by a
// quarter at a time, so that a 43 KB file allocates 5.6 MB of tokens, all
// fresh memory, and its lexer counts columns grapheme by grapheme. Such a
// file is cut at lines between items of a body, into pieces of about
// pieceLen, each parsed on its own at its own position, on as many cores
// as there are: the tokens of a piece stay few, and the items are put back
// in their body. The rest of the file is parsed with the pieces blanked
// out. A file that cannot be cut where nothing spans a cut, or any of
// whose parts has a diagnostic, is parsed whole, so that every diagnostic
// is HCL's own.
func parseConfig(src []byte, path string) (*hclsyntax.Body, hcl.Diagnostics) {
	if body, ok := parsePlain(src, path); ok {
		return body, nil
	}
	if len(src) >= splitParseFrom {
		if body, ok := parseInPieces(src, path); ok {
			return body, nil
		}
	}
	file, diags := hclsyntax.ParseConfig(src, path, hcl.InitialPos)
	body, _ := file.Body.(*hclsyntax.Body)
	return body, diags
}

func parseInPieces(src []byte, path string) (*hclsyntax.Body, bool) {
	cuts, end, nested, ok := cutPoints(src, min(pieceLen, len(src)/2))
	if !ok {
		return nil, false
	}
	rest, ok := blankOut(src, cuts[0], end)
	if !ok {
		return nil, false
	}
	// Each piece starts a line: its position is its line's.
	starts := make([]hcl.Pos, len(cuts))
	line, from := 1, 0
	for i, at := range cuts {
		line += bytes.Count(src[from:at], []byte("\n"))
		starts[i], from = hcl.Pos{Line: line, Column: 1, Byte: at}, at
	}
	items := make([]*hclsyntax.Body, len(cuts))
	var failed atomic.Bool
	var next atomic.Int64
	parsePieces := func() {
		// A panic here would end the process: the whole parse, on the
		// caller's goroutine, meets it instead.
		defer func() {
			if recover() != nil {
				failed.Store(true)
			}
		}()
		for !failed.Load() {
			i := int(next.Add(1) - 1)
			if i >= len(cuts) {
				return
			}
			stop := end
			if i+1 < len(cuts) {
				stop = cuts[i+1]
			}
			file, diags := hclsyntax.ParseConfig(src[cuts[i]:stop], path, starts[i])
			body, ok := file.Body.(*hclsyntax.Body)
			if len(diags) > 0 || !ok {
				failed.Store(true)
				return
			}
			items[i] = body
		}
	}
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0)-1, len(cuts)) {
		wg.Go(parsePieces)
	}
	outer, diags := hclsyntax.ParseConfig(rest, path, hcl.InitialPos)
	if len(diags) > 0 {
		failed.Store(true)
	}
	parsePieces()
	wg.Wait()
	if failed.Load() {
		return nil, false
	}
	body, ok := outer.Body.(*hclsyntax.Body)
	if !ok {
		return nil, false
	}
	into := body
	if nested {
		into = nil
		for _, b := range body.Blocks {
			if r := b.Body.SrcRange; r.Start.Byte < cuts[0] && end < r.End.Byte {
				into = b.Body
			}
		}
		if into == nil {
			return nil, false
		}
	}
	for _, piece := range items {
		for name, a := range piece.Attributes {
			if _, dup := into.Attributes[name]; dup {
				return nil, false // HCL reports it: parse whole
			}
			into.Attributes[name] = a
		}
		into.Blocks = append(into.Blocks, piece.Blocks...)
	}
	return body, true
}

// blankOut is src with src[at:end] blanked out: the same length and line
// breaks, nothing HCL reads. It is spaces, then one comment holding the
// line breaks, which HCL's lexer takes as one token where each line of
// spaces would be one; where src has a carriage return, or the text does
// not end a line, the line breaks stay where they are. ok is false when
// the position at the end would not be the same: a last line not ended
// that is not ASCII, whose columns HCL counts in graphemes.
func blankOut(src []byte, at, end int) (blank []byte, ok bool) {
	blank = bytes.Clone(src)
	region := blank[at:end]
	breaks := bytes.Count(region, []byte("\n"))
	if len(region) > 0 && region[len(region)-1] == '\n' && bytes.IndexByte(region, '\r') < 0 && len(region) >= breaks+4 {
		spaces := len(region) - breaks - 4
		for i := range spaces {
			region[i] = ' '
		}
		region = region[spaces:]
		copy(region, "/*")
		for i := range breaks - 1 {
			region[2+i] = '\n'
		}
		copy(region[len(region)-3:], "*/\n")
		return blank, true
	}
	tail := region[bytes.LastIndexByte(region, '\n')+1:]
	for _, c := range tail {
		if c >= 0x80 {
			return nil, false
		}
	}
	for i, c := range region {
		if c != '\n' && c != '\r' {
			region[i] = ' '
		}
	}
	return blank, true
}

// cutPoints finds where to cut src: lines that start an item of a body,
// about every piece bytes from that body's start, and end, where the last
// piece ends. The body is the top-level block holding the middle of src
// (nested), if it can be cut, and end the start of the line that closes
// it; else the file's body, and end the end of the file. It follows HCL's
// lexer where nesting is decided, as withinLimits does, and gives up on
// anything else: what comes after is then the file's last piece.
func cutPoints(src []byte, piece int) (cuts []int, end int, nested, ok bool) {
	const (
		block = iota // a block's body
		other        // an object, tuple or parentheses
	)
	var open []int
	// Item starts of the file's body, and of the top-level block being
	// read (its body starting at innerStart).
	var top, inner []int
	innerStart := 0
	lineStart := true
	sawEquals := false // on this line, outside strings: `x = {` opens no block
	next := func(i int) byte {
		if i+1 < len(src) {
			return src[i+1]
		}
		return 0
	}
	// choose keeps the item starts about piece bytes apart.
	choose := func(lines []int, bodyStart, end int) []int {
		var cuts []int
		last := bodyStart
		for _, at := range lines {
			if at-last >= piece && end-at >= piece/2 {
				cuts, last = append(cuts, at), at
			}
		}
		return cuts
	}
	// fileCuts cuts the file's body: every line recorded in top starts
	// one of its items.
	fileCuts := func() ([]int, int, bool, bool) {
		cuts := choose(top, 0, len(src))
		return cuts, len(src), false, len(cuts) > 0
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if lineStart && !closes(src[i:]) {
			switch {
			case len(open) == 0:
				top = append(top, i)
			case len(open) == 1 && open[0] == block:
				inner = append(inner, i)
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
				return fileCuts()
			}
		case '"':
			end, ok := quotedEnd(src, i)
			if !ok {
				return fileCuts()
			}
			i = end
		case '=':
			sawEquals = true
		case '{':
			kind := other
			if len(open) == 0 && !sawEquals {
				kind = block
				inner, innerStart = inner[:0], i+1
			}
			open = append(open, kind)
		case '[', '(':
			open = append(open, other)
		case '}', ']', ')':
			if len(open) == 0 {
				return fileCuts()
			}
			kind := open[len(open)-1]
			open = open[:len(open)-1]
			if len(open) == 0 && kind == block && innerStart <= len(src)/2 && len(src)/2 < i {
				// The top-level block holding the middle closes here:
				// alone on its line, it is cut if it can be.
				end = bytes.LastIndexByte(src[:i], '\n') + 1
				if len(bytes.TrimSpace(src[end:i])) == 0 {
					if cuts := choose(inner, innerStart, end); len(cuts) > 0 {
						return cuts, end, true, true
					}
				}
			}
		case '<':
			if next(i) == '<' {
				return fileCuts()
			}
		case '$', '%':
			if next(i) == '{' {
				return fileCuts()
			}
		}
	}
	return fileCuts()
}

// closes reports whether a line starts with a closing brace.
func closes(line []byte) bool {
	line = bytes.TrimLeft(line, " \t")
	return len(line) > 0 && line[0] == '}'
}
