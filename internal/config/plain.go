package config

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// parsePlain is hclsyntax.ParseConfig's body of src, node for node and
// range for range, when src is plain: ASCII text of blocks with quoted or
// bare labels and attributes whose values are quoted strings without
// escapes or templates, whole numbers, true, false, null, or lists of
// those, with line comments. That is what configurations are written in,
// and HCL's lexer, which makes a 96-byte token for every few bytes and
// counts columns grapheme by grapheme, costs a long configuration (one
// exposing hundreds of models) more than everything it configures. ok is
// false for anything else (a block comment, an escape, an expression, an
// error), which HCL then parses, so that every diagnostic is its own.
func parsePlain(src []byte, path string) (body *hclsyntax.Body, ok bool) {
	for _, c := range src {
		if (c < ' ' && c != '\n' && c != '\t') || c >= 0x7f {
			return nil, false
		}
	}
	p := &plainParser{src: src, path: path, line: 1}
	return p.file()
}

// plainParser reads src from i, which stands on line, begun at lineStart.
// Columns are bytes: the text is ASCII.
type plainParser struct {
	src             []byte
	path            string
	i               int
	line, lineStart int
}

func (p *plainParser) pos(at int) hcl.Pos {
	return hcl.Pos{Line: p.line, Column: at - p.lineStart + 1, Byte: at}
}

func (p *plainParser) rangeTo(start hcl.Pos, end int) hcl.Range {
	return hcl.Range{Filename: p.path, Start: start, End: p.pos(end)}
}

func (p *plainParser) peek() byte {
	if p.i < len(p.src) {
		return p.src[p.i]
	}
	return 0
}

func (p *plainParser) spaces() {
	for p.i < len(p.src) && (p.src[p.i] == ' ' || p.src[p.i] == '\t') {
		p.i++
	}
}

// lineEnd reads a line break or a line comment with its break, which HCL
// treats as one; reached is false at anything else, including the end.
func (p *plainParser) lineEnd() (reached bool) {
	switch p.peek() {
	case '\n':
	case '#':
	case '/':
		if p.i+1 >= len(p.src) || p.src[p.i+1] != '/' {
			return false
		}
	default:
		return false
	}
	for p.i < len(p.src) && p.src[p.i] != '\n' {
		p.i++
	}
	if p.i == len(p.src) {
		return true // a comment ending the file: HCL skips it
	}
	p.i++
	p.line, p.lineStart = p.line+1, p.i
	return true
}

// blank skips spaces, line breaks and line comments.
func (p *plainParser) blank() {
	for {
		p.spaces()
		if !p.lineEnd() {
			return
		}
	}
}

// endOfItem reads what must follow an attribute or a block: a line
// break, or the end of the file.
func (p *plainParser) endOfItem() bool {
	p.spaces()
	return p.i == len(p.src) || p.lineEnd()
}

func (p *plainParser) file() (*hclsyntax.Body, bool) {
	// The body starts at HCL's first token: a comment that ends the file
	// without a line break is not one.
	p.spaces()
	first := p.pos(p.i)
	if c := p.peek(); c == '#' || c == '/' {
		save := *p
		if p.lineEnd() && p.i == len(p.src) && p.src[len(p.src)-1] != '\n' {
			first = p.pos(p.i)
		}
		*p = save
	}
	body := &hclsyntax.Body{Attributes: hclsyntax.Attributes{}, Blocks: hclsyntax.Blocks{}}
	if !p.items(body) || p.i != len(p.src) {
		return nil, false
	}
	end := p.pos(p.i)
	body.SrcRange = hcl.Range{Filename: p.path, Start: first, End: end}
	body.EndRange = hcl.Range{Filename: p.path, Start: end, End: end}
	return body, true
}

// items reads the items of a body up to its closing brace or the end of
// the file, where it stops.
func (p *plainParser) items(body *hclsyntax.Body) bool {
	for {
		p.blank()
		if p.i == len(p.src) || p.peek() == '}' {
			return true
		}
		start := p.pos(p.i)
		name, ok := p.ident()
		if !ok {
			return false
		}
		nameRange := p.rangeTo(start, p.i)
		p.spaces()
		if p.peek() == '=' {
			eq := p.pos(p.i)
			p.i++
			equals := p.rangeTo(eq, p.i)
			expr, ok := p.expr(false)
			if !ok {
				return false
			}
			if _, dup := body.Attributes[name]; dup {
				return false
			}
			body.Attributes[name] = &hclsyntax.Attribute{
				Name:        name,
				Expr:        expr,
				SrcRange:    hcl.Range{Filename: p.path, Start: start, End: expr.Range().End},
				NameRange:   nameRange,
				EqualsRange: equals,
			}
		} else {
			blk, ok := p.block(name, nameRange)
			if !ok {
				return false
			}
			body.Blocks = append(body.Blocks, blk)
		}
		if !p.endOfItem() {
			return false
		}
	}
}

func (p *plainParser) block(name string, typeRange hcl.Range) (*hclsyntax.Block, bool) {
	blk := &hclsyntax.Block{Type: name, TypeRange: typeRange}
labels:
	for {
		p.spaces()
		start := p.pos(p.i)
		switch p.peek() {
		case '{':
			p.i++
			blk.OpenBraceRange = p.rangeTo(start, p.i)
			break labels
		case '"':
			label, rng, ok := p.quoted()
			if !ok {
				return nil, false
			}
			blk.Labels, blk.LabelRanges = append(blk.Labels, label), append(blk.LabelRanges, rng)
		default:
			label, ok := p.ident()
			if !ok {
				return nil, false
			}
			blk.Labels, blk.LabelRanges = append(blk.Labels, label), append(blk.LabelRanges, p.rangeTo(start, p.i))
		}
	}
	// Only a body on lines of its own, or an empty one: a one-line body
	// with an attribute is HCL's.
	p.spaces()
	if c := p.peek(); c != '}' && c != '\n' && c != '#' && c != '/' {
		return nil, false
	}
	body := &hclsyntax.Body{Attributes: hclsyntax.Attributes{}, Blocks: hclsyntax.Blocks{}}
	if !p.items(body) || p.peek() != '}' {
		return nil, false
	}
	closeStart := p.pos(p.i)
	p.i++
	blk.CloseBraceRange = p.rangeTo(closeStart, p.i)
	body.SrcRange = hcl.Range{Filename: p.path, Start: blk.OpenBraceRange.Start, End: blk.CloseBraceRange.End}
	body.EndRange = hcl.Range{Filename: p.path, Start: blk.CloseBraceRange.End, End: blk.CloseBraceRange.End}
	blk.Body = body
	return blk, true
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isIdentByte(c byte) bool {
	return isIdentStart(c) || c >= '0' && c <= '9' || c == '-'
}

func (p *plainParser) ident() (string, bool) {
	from := p.i
	if !isIdentStart(p.peek()) {
		return "", false
	}
	for p.i < len(p.src) && isIdentByte(p.src[p.i]) {
		p.i++
	}
	return string(p.src[from:p.i]), true
}

// quoted reads a quoted string without escapes or template sequences:
// its text and the range of its quotes.
func (p *plainParser) quoted() (string, hcl.Range, bool) {
	start := p.pos(p.i)
	p.i++
	from := p.i
	for ; p.i < len(p.src); p.i++ {
		switch p.src[p.i] {
		case '"':
			text := string(p.src[from:p.i])
			p.i++
			return text, p.rangeTo(start, p.i), true
		case '\\', '$', '%', '\n':
			return "", hcl.Range{}, false
		}
	}
	return "", hcl.Range{}, false
}

// expr reads an attribute's value, or an element of a list (inList: line
// breaks and comments around it are blank).
func (p *plainParser) expr(inList bool) (hclsyntax.Expression, bool) {
	if inList {
		p.blank()
	} else {
		p.spaces()
	}
	start := p.pos(p.i)
	switch c := p.peek(); {
	case c == '"':
		open := p.i
		text, rng, ok := p.quoted()
		if !ok {
			return nil, false
		}
		// HCL puts the text between the quotes; an empty string sits,
		// empty, at the end of its closing quote.
		part := hcl.Range{Filename: p.path, Start: p.pos(open + 1), End: p.pos(p.i - 1)}
		if text == "" {
			part.Start = rng.End
			part.End = rng.End
		}
		return &hclsyntax.TemplateExpr{
			Parts:    []hclsyntax.Expression{&hclsyntax.LiteralValueExpr{Val: cty.StringVal(text), SrcRange: part}},
			SrcRange: rng,
		}, true
	case c >= '0' && c <= '9':
		from := p.i
		for p.i < len(p.src) && p.src[p.i] >= '0' && p.src[p.i] <= '9' {
			p.i++
		}
		if c := p.peek(); c == '.' || c == 'e' || c == 'E' {
			return nil, false
		}
		v, err := cty.ParseNumberVal(string(p.src[from:p.i]))
		if err != nil {
			return nil, false
		}
		return &hclsyntax.LiteralValueExpr{Val: v, SrcRange: p.rangeTo(start, p.i)}, true
	case c == '[':
		p.i++
		open := p.rangeTo(start, p.i)
		var exprs []hclsyntax.Expression
		for {
			p.blank()
			if p.peek() == ']' {
				break
			}
			e, ok := p.expr(true)
			if !ok {
				return nil, false
			}
			exprs = append(exprs, e)
			p.blank()
			if p.peek() == ']' {
				break
			}
			if p.peek() != ',' {
				return nil, false
			}
			p.i++
		}
		p.i++
		return &hclsyntax.TupleConsExpr{Exprs: exprs, SrcRange: p.rangeTo(start, p.i), OpenRange: open}, true
	default:
		name, ok := p.ident()
		if !ok {
			return nil, false
		}
		var v cty.Value
		switch name {
		case "true":
			v = cty.True
		case "false":
			v = cty.False
		case "null":
			v = cty.NullVal(cty.DynamicPseudoType)
		default:
			return nil, false
		}
		return &hclsyntax.LiteralValueExpr{Val: v, SrcRange: p.rangeTo(start, p.i)}, true
	}
}
