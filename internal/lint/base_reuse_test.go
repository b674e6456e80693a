package lint

import (
	"path/filepath"
	"testing"

	"github.com/schemalint/schemalint/internal/prisma"
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
