package runnerlog

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func names(cs []Command) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Name)
	}
	return out
}

// The reading the injection tests rely on: CR splits lines, blanks before
// a command are trimmed, both syntaxes count, and stop-commands holds
// until its token comes back.
func TestCommands(t *testing.T) {
	log := "plain\r  ::warning title=a%2Cb::x\n##[error]old\n::stop-commands::tok\n::add-mask::hidden\n::TOK::\n::notice::after\n"
	cs := Commands(log)
	assert.Equal(t, []string{"warning", "error", "stop-commands", "resume", "notice"}, names(cs))
	assert.Equal(t, "a,b", cs[0].Properties["title"], "properties are unescaped")
	assert.Empty(t, Commands("x ::warning::not at the start\n"))
}
