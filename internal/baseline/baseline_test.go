package baseline

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/rules"
)

func finding(rule, file string, line int, msg string) rules.Diagnostic {
	return rules.Diagnostic{Rule: rule, Message: msg, Range: prisma.Range{File: file, Start: prisma.Pos{Line: line}}}
}

func same(p string) string { return p }

// Identical findings are counted, matched one for one, and a finding that
// only moved lines is the same finding.
func TestSplitMatchesByIdentityAndCount(t *testing.T) {
	recorded := Record([]rules.Diagnostic{
		finding("r", "a.prisma", 3, `model "A" has no index`),
		finding("r", "a.prisma", 9, `model "A" has no index`),
		finding("r", "a.prisma", 12, `model "B" has no index`),
		finding("q", "b.prisma", 1, `view "V" exposes "x"`),
	}, same)
	require.Len(t, recorded.Findings, 3)
	assert.Equal(t, Entry{Rule: "r", File: "a.prisma", Message: `model "A" has no index`, Count: 2}, recorded.Findings[0], "sorted by file, rule, message; counted")
	assert.Equal(t, Entry{Rule: "q", File: "b.prisma", Message: `view "V" exposes "x"`}, recorded.Findings[2], "the line is not part of a finding's identity")

	b, err := Parse("baseline.json", recorded.Marshal())
	require.NoError(t, err)
	fresh, known, fixed := b.Split([]rules.Diagnostic{
		finding("r", "a.prisma", 30, `model "A" has no index`), // moved
		finding("r", "a.prisma", 31, `model "A" has no index`),
		finding("r", "a.prisma", 32, `model "A" has no index`), // a third: new
		finding("q", "b.prisma", 7, `view "V" exposes "x"`),    // moved
	}, same)
	assert.Len(t, known, 3)
	require.Len(t, fresh, 1)
	assert.Equal(t, 32, fresh[0].Range.Start.Line)
	assert.Equal(t, []Entry{{Rule: "r", File: "a.prisma", Message: `model "B" has no index`}}, fixed)
}

func TestParseRefusesWhatItCannotRead(t *testing.T) {
	for src, want := range map[string]string{
		`[]`:                             "b.json: not a schemalint baseline",
		`{"findings": []}`:               "b.json: no version; write it again with schemalint baseline",
		`{"version": 2, "findings": []}`: "b.json: version 2 is newer than this schemalint reads (1); upgrade schemalint",
		`{"version": 1, "findings": [{"rule": "r"}]}`: "b.json: finding 1 needs a rule, a file and a message; write it again with schemalint baseline",
	} {
		_, err := Parse("b.json", []byte(src))
		require.Error(t, err, src)
		assert.Contains(t, err.Error(), want, src)
	}
}
