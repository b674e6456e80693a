package lint

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/sqlview"
)

// The base's parse is skipped only when it would be the head's: every file
// at the same path with the same bytes.
func TestSameFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.prisma"), filepath.Join(dir, "b.prisma")
	srcA := []byte("model A {\n  id Int @id\n}\n")
	srcB := []byte("model B {\n  id Int @id\n}\n")
	head := prisma.ParseSources([]prisma.Source{{Name: a, Src: srcA}, {Name: b, Src: srcB}})

	for _, tc := range []struct {
		name string
		base []prisma.Source
		want bool
	}{
		{"same files in another order", []prisma.Source{{Name: b, Src: srcB}, {Name: a, Src: srcA}}, true},
		{"one byte changed", []prisma.Source{{Name: a, Src: srcA}, {Name: b, Src: []byte("model B {\n  id Int @id\n}\n\n")}}, false},
		{"a file missing at the base", []prisma.Source{{Name: a, Src: srcA}}, false},
		{"same bytes, another path", []prisma.Source{{Name: a, Src: srcA}, {Name: filepath.Join(dir, "c.prisma"), Src: srcB}}, false},
	} {
		if got := sameFiles(head, tc.base); got != tc.want {
			t.Errorf("%s: sameFiles = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// The base's copy of an SQL file gives what the head's gave only when it
// is the same file, with the same bytes, read the same way.
func TestBaseSQLReusesTheHeads(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "views.sql")
	src := []byte("CREATE VIEW v AS SELECT id FROM users;\n")
	headFile, _ := sqlview.ParseFile(p, src, nil)
	c := &checkedRoot{sqlRead: map[string]sqlFileRead{p: {file: headFile, src: src}}}

	assert.Same(t, headFile, c.baseSQL(prisma.Source{Name: p, Src: src}, false), "the same file")
	for _, tc := range []struct {
		name string
		s    prisma.Source
		bare bool
	}{
		{"another byte", prisma.Source{Name: p, Src: []byte("CREATE VIEW v AS SELECT id, x FROM users;\n")}, false},
		{"another path", prisma.Source{Name: filepath.Join(dir, "other.sql"), Src: src}, false},
		{"read as a view file", prisma.Source{Name: p, Src: src}, true},
	} {
		got := c.baseSQL(tc.s, tc.bare)
		assert.NotSame(t, headFile, got, tc.name)
		var name func(string) (string, string)
		if tc.bare {
			name = sqlview.BareSelectName
		}
		want, _ := sqlview.ParseFile(tc.s.Name, tc.s.Src, name)
		assert.Equal(t, want, got, tc.name)
	}
}
