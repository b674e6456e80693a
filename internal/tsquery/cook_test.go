package tsquery

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// The SQL of a tagged template is its cooked strings, as Prisma receives
// them: escapes of JavaScript are read, not passed to PostgreSQL's parser.
func TestCook(t *testing.T) {
	for raw, want := range map[string]string{
		`SELECT "id" FROM "User"`:         `SELECT "id" FROM "User"`,
		`SELECT \"id\" FROM \"User\"`:     `SELECT "id" FROM "User"`,
		"SELECT \\`id\\` FROM \\`User\\`": "SELECT `id` FROM `User`",
		`a\$b \\ c\nd\te`:                 "a$b \\ c\nd\te",
		`\x41\u0042\u{43}`:                "ABC",
		"a\\\nb":                          "ab",
		"a\\\r\nb":                        "ab",
		`\xZZ \u{110000} é\é`:             `xZZ u{110000} éé`,
		`tail\`:                           `tail\`,
	} {
		require.Equal(t, want, cook(raw), raw)
	}
}

func TestRawCallsCookTheTemplate(t *testing.T) {
	src := "await tx.$queryRaw`SELECT \\\"id\\\" FROM \\\"User\\\" WHERE \\\"id\\\" = ${userId} FOR UPDATE`;\n"
	tree, err := tsparse.Parse("a.ts", []byte(src))
	require.NoError(t, err)
	defer tree.Close()
	calls := RawCalls(tree)
	require.Len(t, calls, 1)
	require.Equal(t, `SELECT "id" FROM "User" WHERE "id" = $1 FOR UPDATE`, calls[0].SQL)
}
