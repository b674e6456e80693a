package rules

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A file the parser gave up on is a warning at the file, and nothing a
// pull request controls (the file's name, text in the parser's error)
// can begin a line of it: the error is quoted, its path left to the
// finding's place.
func TestUnparsedFileIsAWarningNoNameCanBreak(t *testing.T) {
	path := "src/x\n::error::owned.ts"
	f := unparsedFile(tsquery.File{Path: path, Src: []byte("export {}\n")}, errors.New(path+": the TypeScript parser gave up\r::warning::on this file"))
	assert.Equal(t, severity.Warning, f.severity)
	assert.Equal(t, path, f.d.Range.File)
	assert.Equal(t, 1, f.d.Range.Start.Line)
	require.True(t, strings.HasPrefix(f.d.Message, `cannot parse this file, so its queries are not checked ("the TypeScript parser gave up\r::warning::on this file"); `), f.d.Message)
	for _, line := range strings.FieldsFunc(f.d.Message, func(r rune) bool { return r == '\n' || r == '\r' }) {
		assert.False(t, strings.HasPrefix(line, "::"), line)
	}
}
