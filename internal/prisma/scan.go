package prisma

import (
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
// nearly increasing order, so it remembers the last line it found.
type lineIndex struct {
	src    []byte
	starts []int
	last   int
}

func newLineIndex(src []byte) lineIndex {
	starts := make([]int, 1, len(src)/32+1)
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
	return lineIndex{src: src, starts: starts}
}

func (x *lineIndex) pos(off int) Pos {
	if off > len(x.src) {
		off = len(x.src)
	}
	i := x.last
	if i >= len(x.starts) {
		i = 0
	}
	if x.starts[i] > off {
		// Binary search below the hint.
		lo, hi := 0, i
		for lo < hi {
			m := (lo + hi) / 2
			if x.starts[m+1] <= off {
				lo = m + 1
			} else {
				hi = m
			}
		}
		i = lo
	} else {
		for steps := 0; i+1 < len(x.starts) && x.starts[i+1] <= off; steps++ {
			if steps == 8 {
				lo, hi := i, len(x.starts)-1
				for lo < hi {
					m := (lo + hi + 1) / 2
					if x.starts[m] <= off {
						lo = m
					} else {
						hi = m - 1
					}
				}
				i = lo
				break
			}
			i++
		}
	}
	x.last = i
	ls := x.starts[i]
	col := 1
	for j := ls; j < off; {
		if x.src[j] < utf8.RuneSelf {
			j++
		} else {
			_, n := utf8.DecodeRune(x.src[j:])
			j += n
		}
		col++
	}
	return Pos{Offset: off, Line: i + 1, Col: col}
}
