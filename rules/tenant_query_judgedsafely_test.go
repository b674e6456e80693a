package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// A proof that panics on code it did not foresee gives an error where
// the code stands, and the judging goes on; one that does not panic gives
// what it found.
func TestJudgedSafelyTurnsAPanicIntoAnErrorAtTheCode(t *testing.T) {
	tree, err := tsparse.Parse("x.ts", []byte("const a = 1;\nawait db.doc.delete({ where: { id } });\n"))
	require.NoError(t, err)
	defer tree.Close()
	call := tree.Root().NamedChildren()[1]

	out := judgedSafely(call, func() []queryFinding {
		var bounds []int
		_ = bounds[len(tree.Src)] // a slice read out of range, as a proof may
		return nil
	})
	require.Len(t, out, 1)
	assert.Equal(t, severity.Error, out[0].severity)
	assert.Contains(t, out[0].d.Message, "schemalint failed while judging this code")
	assert.Equal(t, 2, out[0].d.Range.Start.Line)

	found := []queryFinding{{d: Diagnostic{Message: "a finding"}}}
	assert.Equal(t, found, judgedSafely(call, func() []queryFinding { return found }))
}
