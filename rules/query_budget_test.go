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
	var src strings.Builder
	src.WriteString("declare const prisma: any;\nexport async function huge(raw: string, orgId: string) {\n")
	const blocks = 300
	for i := range blocks {
		fmt.Fprintf(&src, "  const d%d = JSON.parse(raw);\n", i)
		fmt.Fprintf(&src, "  const ds%d = await prisma.datasource.findUnique({ where: { id: d%d.id } });\n", i, i)
		fmt.Fprintf(&src, "  if (ds%d?.organizationId !== orgId) throw new Error(\"x\");\n", i)
		fmt.Fprintf(&src, "  await prisma.datasource.update({ where: { id: d%d.id }, data: { name: \"x\" } });\n", i)
	}
	src.WriteString("}\n")
	res := judgeInFixture(t, filepath.Join("testdata", "tenant-query-unscoped", "compared-shapes"), "huge.ts", []byte(src.String()))
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
