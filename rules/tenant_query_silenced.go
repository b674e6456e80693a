package rules

import (
	"bytes"

	"github.com/schemalint/schemalint/internal/tsquery"
)

// A `// @ts-ignore` or `// @ts-expect-error` silences the type errors of
// the line after it only, so a call TypeScript would refuse stays refused
// unless such a directive is written on the line before the call or on a
// line of the call (where the error of an argument it lacks is said); a
// directive elsewhere in the file changes nothing for it. `@ts-nocheck`
// silences the whole file.

var lineDirectives = [][]byte{[]byte("@ts-ignore"), []byte("@ts-expect-error")}

// silencedCall reports whether a directive that silences type errors may
// cover c: `@ts-nocheck` anywhere in src, or `@ts-ignore` or
// `@ts-expect-error` from the start of the line before c's first line to
// the end of its last line. Read as text, so the words in a string count
// too.
func silencedCall(src []byte, c tsquery.Call) bool {
	if bytes.Contains(src, []byte("@ts-nocheck")) {
		return true
	}
	start, end := c.Node.Start(), c.Node.End()
	// Back to the start of the line before the call's first line.
	for lines := 0; start > 0; start-- {
		if src[start-1] == '\n' {
			if lines++; lines == 2 {
				break
			}
		}
	}
	if i := bytes.IndexByte(src[end:], '\n'); i >= 0 {
		end += i
	} else {
		end = len(src)
	}
	for _, d := range lineDirectives {
		if bytes.Contains(src[start:end], d) {
			return true
		}
	}
	return false
}
