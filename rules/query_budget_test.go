package rules_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/rules"
)

// A pull request's file that costs the proofs too much does not hang the
// gate, nor pass: past the file's budget, each call whose proof was still
// needed is an error that says the rule gave up on it. The file is one
// function of 300 blocks of lookup, comparison and write by the same key,
// which took over five minutes to judge before the budget; a budget of a
// fraction of a second stands for the real one here.
func TestQueryRuleGivesUpOnAFileThatCostsTooMuch(t *testing.T) {
	defer rules.ShortFileBudget(200 * time.Millisecond)()
	const blocks = 300
	res := judgeInFixture(t, costlyFixture, "huge.ts", costlyFunction(blocks))
	gaveUp := 0
	for _, d := range res.Diagnostics {
		require.NotContains(t, d.Message, "schemalint failed while judging", "%s", d.Range)
		if strings.Contains(d.Message, "schemalint gave up proving this call") {
			gaveUp++
			assert.Contains(t, d.Message, "check it by hand, or split the function")
		}
	}
	// The calls proven before the budget ran out stay quiet; every other
	// call is an error. The lookups and writes are 600 calls in all.
	assert.Positive(t, gaveUp)
	assert.LessOrEqual(t, gaveUp, 2*blocks)
}

// Many costly files, each judged within its own budget, do not add up to
// a hung gate either: past the budget of the whole run, every call whose
// proof is still needed, in the file under way and in those not started,
// is an error that says the run gave up. Eight files of 60 blocks, each a
// few seconds' judging, stand for a pull request of many.
func TestQueryRuleGivesUpOnARunThatCostsTooMuch(t *testing.T) {
	defer rules.ShortRunBudget(300 * time.Millisecond)()
	files := map[string][]byte{}
	const blocks, count = 60, 8
	for i := range count {
		files[fmt.Sprintf("costly%d.ts", i)] = costlyFunction(blocks)
	}
	res := judgeFilesInFixture(t, costlyFixture, files)
	gaveUp := map[string]int{}
	for _, d := range res.Diagnostics {
		require.NotContains(t, d.Message, "judging its file took", "%s: the file budget is not the one spent", d.Range)
		if strings.Contains(d.Message, "schemalint gave up proving this call: judging all the code took over 300ms") {
			gaveUp[filepath.Base(d.Range.File)]++
		}
	}
	// At most two files (one per core) were under way when the budget ran
	// out; the others gave up on every call.
	whole := 0
	for _, n := range gaveUp {
		if n == 2*blocks {
			whole++
		}
	}
	assert.GreaterOrEqual(t, whole, count-2, "files that gave up on every call: %v", gaveUp)
}

// costlyFixture is the fixture the costly functions are judged in.
var costlyFixture = filepath.Join("testdata", "tenant-query-unscoped", "compared-shapes")

// costlyFunction is a file of one function holding blocks blocks of
// lookup, comparison and write by the same key: a shape whose judging
// grows faster than its size.
func costlyFunction(blocks int) []byte {
	var src strings.Builder
	src.WriteString("declare const prisma: any;\nexport async function huge(raw: string, orgId: string) {\n")
	for i := range blocks {
		fmt.Fprintf(&src, "  const d%d = JSON.parse(raw);\n", i)
		fmt.Fprintf(&src, "  const ds%d = await prisma.datasource.findUnique({ where: { id: d%d.id } });\n", i, i)
		fmt.Fprintf(&src, "  if (ds%d?.organizationId !== orgId) throw new Error(\"x\");\n", i)
		fmt.Fprintf(&src, "  await prisma.datasource.update({ where: { id: d%d.id }, data: { name: \"x\" } });\n", i)
	}
	src.WriteString("}\n")
	return []byte(src.String())
}
