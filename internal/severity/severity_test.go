package severity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSeverity(t *testing.T) {
	for _, s := range []Severity{Notice, Warning, Error} {
		got, err := Parse(s.String())
		require.NoError(t, err)
		assert.Equal(t, s, got)
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back Severity
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	assert.True(t, Error.AtLeast(Warning))
	assert.True(t, Warning.AtLeast(Warning))
	assert.False(t, Notice.AtLeast(Warning))
	_, err := Parse("Error")
	assert.EqualError(t, err, `unknown severity "Error"; use "error", "warning" or "notice"`)
	assert.Equal(t, "severity(0)", Severity(0).String())
	for _, tc := range []struct {
		s                     Severity
		sarif, command, check string
	}{
		{Notice, "note", "notice", "notice"},
		{Warning, "warning", "warning", "warning"},
		{Error, "error", "error", "failure"},
	} {
		assert.Equal(t, tc.sarif, tc.s.SARIFLevel())
		assert.Equal(t, tc.command, tc.s.AnnotationName())
		assert.Equal(t, tc.check, tc.s.CheckRunLevel())
	}
}
