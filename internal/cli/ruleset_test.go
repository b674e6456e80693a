package cli

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A schemalint.hcl without a version runs the latest rule set and says so
// once, with the line that pins it; one with a version, or no file at all
// (nothing to pin in), says nothing.
func TestCheckNamesTheRuleSetWhenNoVersionPinsIt(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", validSchema)
	code, out, errOut := run(t, tmp, "check")
	assert.Equal(t, ExitOK, code, errOut)
	assert.Empty(t, out)
	assert.Equal(t, noBaseLine, errOut, "without schemalint.hcl there is no file to pin the rule set in")

	writeFile(t, tmp, "schemalint.hcl", "fail_on = \"warning\"\n")
	code, out, errOut = run(t, tmp, "check", "--format", "json")
	assert.Equal(t, ExitOK, code, errOut)
	assert.Contains(t, out, `"findings": []`, "the note is not part of the report")
	assert.Equal(t, noVersionLine+noBaseLine, errOut)

	code, _, errOut = run(t, tmp, "baseline")
	assert.Equal(t, ExitOK, code, errOut)
	assert.True(t, strings.HasPrefix(errOut, noVersionLine), "baseline records the findings of the latest set too: %s", errOut)

	writeFile(t, tmp, "schemalint.hcl", "version = 1\nfail_on = \"warning\"\n")
	code, _, errOut = run(t, tmp, "check")
	assert.Equal(t, ExitOK, code, errOut)
	assert.Equal(t, noBaseLine, errOut)
}
