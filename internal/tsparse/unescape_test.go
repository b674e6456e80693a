package tsparse

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The SQL of a tagged template is its cooked strings, as Prisma receives
// them: escapes of JavaScript are read, not passed to PostgreSQL's parser.
func TestUnescape(t *testing.T) {
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
		require.Equal(t, want, Unescape(raw), raw)
	}
}
