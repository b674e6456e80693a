package paths

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRel(t *testing.T) {
	root := filepath.FromSlash("/repo")
	for _, tc := range []struct {
		p    string
		rel  string
		ok   bool
		what string
	}{
		{"/repo", ".", true, "the folder itself"},
		{"/repo/prisma/schema.prisma", "prisma/schema.prisma", true, "below it"},
		{"/repo/..x/a.sql", "..x/a.sql", true, `a folder named "..x" is inside`},
		{"/repo/../etc/passwd", "", false, "climbing out"},
		{"/repository/x", "", false, "a sibling sharing the prefix"},
		{"/", "", false, "a parent"},
	} {
		rel, ok := Rel(root, filepath.FromSlash(tc.p))
		assert.Equal(t, tc.ok, ok, tc.what)
		assert.Equal(t, filepath.FromSlash(tc.rel), rel, tc.what)
		assert.Equal(t, tc.ok, Inside(root, filepath.FromSlash(tc.p)), tc.what)
	}
}

func TestAbserIsAbs(t *testing.T) {
	abs := Abser()
	for _, p := range []string{"", ".", "..", "a/b", "./a/../b", "../../x", "a//b/", filepath.FromSlash("/repo/a/../b"), "..x/y"} {
		assert.Equal(t, Abs(p), abs(p), "%q", p)
	}
}
