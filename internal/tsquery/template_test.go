package tsquery

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/tsparse"
)

func TestRawCallsCookTheTemplate(t *testing.T) {
	src := "await tx.$queryRaw`SELECT \\\"id\\\" FROM \\\"User\\\" WHERE \\\"id\\\" = ${userId} FOR UPDATE`;\n"
	tree, err := tsparse.Parse("a.ts", []byte(src))
	require.NoError(t, err)
	defer tree.Close()
	calls := RawCalls(tree)
	require.Len(t, calls, 1)
	require.Equal(t, `SELECT "id" FROM "User" WHERE "id" = $1 FOR UPDATE`, calls[0].SQL)
}

// Nested type arguments (`<Array<Row>>`) are read by the grammar as a
// shift or comparisons around the template; the call is still raw SQL.
func TestRawCallsNestedTypeArguments(t *testing.T) {
	src := "const a = await prisma.$queryRaw<Array<{ id: string }>>`SELECT id FROM \"Doc\" WHERE \"teamId\" = ${teamId}`;\n" +
		"const b = tx.$executeRaw<A<B<C>>>`DELETE FROM \"Doc\"`;\n" +
		"const c = prisma.$queryRaw<Array<Row>>\n  `SELECT 1`;\n" +
		"const d = prisma.$queryRaw < limit > `SELECT 2`;\n"
	tree, err := tsparse.Parse("a.ts", []byte(src))
	require.NoError(t, err)
	defer tree.Close()
	calls := RawCalls(tree)
	require.Len(t, calls, 4)
	require.Equal(t, `SELECT id FROM "Doc" WHERE "teamId" = $1`, calls[0].SQL)
	require.Equal(t, "teamId", calls[0].Values[0].Text())
	require.Equal(t, "await prisma.$queryRaw", calls[0].Callee.Text())
	require.Equal(t, "a", calls[0].Node.Parent().Field("name").Text())
	require.Equal(t, "$executeRaw", calls[1].Method)
	require.Equal(t, `DELETE FROM "Doc"`, calls[1].SQL)
	require.Equal(t, "SELECT 1", calls[2].SQL)
	require.Equal(t, "SELECT 2", calls[3].SQL)
}

// A half-written file leaves a raw query's template open after a
// substitution: its SQL is what the parser kept of it (the rest is the
// file's unparsed part, said apart), instead of a crash of the run (the
// fuzz target found `$queryRaw` ending in `${A}!` with no closing
// backquote).
func TestRawCallsOpenTemplate(t *testing.T) {
	tree, err := tsparse.Parse("a.ts", []byte("A.$queryRaw`SELECT FROM\"Project\"WHERE id=${A}!"))
	require.NoError(t, err)
	defer tree.Close()
	var calls []RawCall
	require.NotPanics(t, func() { calls = RawCalls(tree) })
	require.Len(t, calls, 1)
	require.Equal(t, `SELECT FROM"Project"WHERE id=$1`, calls[0].SQL)
	for _, src := range []string{"A.$queryRaw`SELECT 1 ${A}", "A.$queryRaw`"} {
		tree, err := tsparse.Parse("a.ts", []byte(src))
		require.NoError(t, err)
		require.NotPanics(t, func() { RawCalls(tree) }, "%s", src)
		tree.Close()
	}
}
