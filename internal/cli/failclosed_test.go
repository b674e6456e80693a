package cli

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Nothing passes silently: each input below was once skipped, or judged
// as if it had been checked. Each is now an error (exit 2) at its place,
// a finding, or a warning line naming the setting.

// A misspelt attribute of a rule block is an error when the file is read,
// whichever rules run: left out by --rule, or switched off.
func TestCheckRejectsUnknownRuleAttributes(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", validSchema)
	cfg := writeFile(t, tmp, "schemalint.hcl", "rule \"tenant-index-missing\" {\n  severty = \"warning\"\n}\n\nrule \"enum-value-order\" {\n  enabled = false\n  ignore_order = true\n  when {}\n}\n")
	for _, args := range [][]string{
		{"check"},
		{"check", "--rule", "view-sensitive-field"},
	} {
		code, out, errOut := run(t, tmp, args...)
		assert.Equal(t, ExitError, code, args)
		assert.Empty(t, out)
		assert.Equal(t, cfg+":2:3: unknown attribute \"severty\" in the rule \"tenant-index-missing\" block; did you mean \"severity\"?\n"+
			cfg+":7:3: unknown attribute \"ignore_order\" in the rule \"enum-value-order\" block; expected \"enabled\" or \"severity\"\n"+
			cfg+":8:3: unknown block \"when\" in the rule \"enum-value-order\" block; it takes no blocks\n", errOut, args)
	}
}
