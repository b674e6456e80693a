package prisma

import (
	"bytes"
	"sort"
	"unicode"
	"unicode/utf8"
)

// Character classes of Prisma's grammar. WHITESPACE is Unicode's space
// separators plus tab (never a newline: the grammar is line-oriented), and an
// identifier starts with a letter or digit and goes on with letters, digits,
// '_' and '-'.

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t'
	}
	return unicode.Is(unicode.Zs, r)
}

func isIdentStart(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_Alphabetic, r)
}

func isIdentPart(r rune) bool {
	return r == '_' || r == '-' || isIdentStart(r)
}

// lineIndex turns byte offsets into positions. Offsets are looked up in
// nearly increasing order, so it remembers the last line it found; columns
// of ASCII-only lines are a subtraction.
type lineIndex struct {
	src    []byte
	starts []int
	// ascii caches per line: 0 unknown, 1 ASCII only, 2 has multi-byte runes.
	ascii []uint8
	last  int
}

// LineIndex converts byte offsets of one source into positions, for other
// readers (SQL, TypeScript) that report in the same terms as the parser.
type LineIndex struct{ x lineIndex }

// NewLineIndex indexes src.
func NewLineIndex(src []byte) *LineIndex { return &LineIndex{newLineIndex(src)} }

// Range is the range [start, end) in file.
func (l *LineIndex) Range(file string, start, end int) Range {
	return Range{File: file, Start: l.x.pos(start), End: l.x.pos(end)}
}

func newLineIndex(src []byte) lineIndex {
	starts := make([]int, 1, len(src)/24+1)
	if bytes.IndexByte(src, '\r') < 0 {
		for i := 0; ; {
			j := bytes.IndexByte(src[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			starts = append(starts, i)
		}
	} else {
		for i := 0; i < len(src); i++ {
			switch src[i] {
			case '\n':
				starts = append(starts, i+1)
			case '\r':
				if i+1 < len(src) && src[i+1] == '\n' {
					i++
				}
				starts = append(starts, i+1)
			}
		}
	}
	return lineIndex{src: src, starts: starts, ascii: make([]uint8, len(starts))}
}

func (x *lineIndex) pos(off int) Pos {
	if off > len(x.src) {
		off = len(x.src)
	}
	i := x.last
	switch {
	case x.starts[i] > off:
		i = sort.Search(i, func(k int) bool { return x.starts[k+1] > off })
	case i+1 < len(x.starts) && x.starts[i+1] <= off:
		i++
		if i+1 < len(x.starts) && x.starts[i+1] <= off {
			i += sort.Search(len(x.starts)-i-1, func(k int) bool { return x.starts[i+k+1] > off })
		}
	}
	x.last = i
	ls := x.starts[i]
	if x.ascii[i] == 0 {
		end := len(x.src)
		if i+1 < len(x.starts) {
			end = x.starts[i+1]
		}
		x.ascii[i] = 1
		for _, c := range x.src[ls:end] {
			if c >= utf8.RuneSelf {
				x.ascii[i] = 2
				break
			}
		}
	}
	if x.ascii[i] == 1 {
		return Pos{Offset: off, Line: i + 1, Col: off - ls + 1}
	}
	return Pos{Offset: off, Line: i + 1, Col: utf8.RuneCount(x.src[ls:off]) + 1}
}
