package report

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/rules"
)

// Excerpts count lines as positions do: LF, CR and CRLF each end one. A
// file with CR-only line endings (which Prisma accepts) printed the whole
// file for every finding.
func TestExcerptEndsAtAnyLineEnding(t *testing.T) {
	for _, eol := range []string{"\n", "\r\n", "\r"} {
		src := strings.Join([]string{"model A {", "  id       Int @id", "  password String", "}"}, eol) + eol
		off := strings.Index(src, "password")
		in := &Input{
			Diagnostics: []rules.Diagnostic{{Rule: "r", Severity: severity.Error, Message: "m",
				Range: prisma.Range{File: "a.prisma", Start: prisma.Pos{Offset: off, Line: 3, Col: 3}, End: prisma.Pos{Offset: off + 8, Line: 3, Col: 11}}}},
			Source: func(string) []byte { return []byte(src) },
		}
		var b strings.Builder
		assert.NoError(t, Text(&b, in))
		assert.Equal(t, "a.prisma:3:3: error: m [r]\n    3 |   password String\n      |   ^^^^^^^^\n1 finding (1 error, 0 warnings, 0 notices)\n", b.String(), "%q", eol)
	}
}

// Control characters in the excerpt are shown escaped, and the caret
// still points under the range.
func TestExcerptEscapesControlCharacters(t *testing.T) {
	src := "SELECT \x1b[2J t.password AS p FROM t"
	off := strings.Index(src, "t.password")
	in := &Input{
		Diagnostics: []rules.Diagnostic{{Rule: "r", Severity: severity.Error, Message: "m \x1b]0;x\x07",
			Range: prisma.Range{File: "v\n.sql", Start: prisma.Pos{Offset: off, Line: 1, Col: 13}, End: prisma.Pos{Offset: off + 10, Line: 1, Col: 23}}}},
		Source: func(string) []byte { return []byte(src) },
	}
	var b strings.Builder
	assert.NoError(t, Text(&b, in))
	assert.Equal(t, `v\n.sql:1:13: error: m \x1b]0;x\x07 [r]`+"\n"+
		`    1 | SELECT \x1b[2J t.password AS p FROM t`+"\n"+
		`      |                ^^^^^^^^^^`+"\n"+
		"1 finding (1 error, 0 warnings, 0 notices)\n", b.String())
}
