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
