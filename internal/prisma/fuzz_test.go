package prisma

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the parser and resolver: they must not
// panic or hang, and every range they report must lie inside the input.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/syntax/*.prisma")
	fuzzSeeds, _ := filepath.Glob("testdata/fuzz-seeds/*.prisma")
	for _, p := range append(seeds, fuzzSeeds...) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("model A {\n  id Int @id @default(autoincrement())\n  b B @relation(fields: [bId], references: [id])\n  bId Int\n}\nmodel B {\n  id Int @id\n  a A[]\n}\n"))
	f.Add([]byte("enum E {\n  A @map(\"a\")\n  @@schema(\"x\")\n}\n/* c */\ntype T {\n  x String\n}\n"))
	// Split parsing and resolution between goroutines even for tiny inputs,
	// so that the fuzzer exercises the parallel paths too, and check that
	// chunked parsing agrees with one pass.
	parallelFrom, splitAlways = 2, true
	minChunk, maxChunks = 1, 3
	f.Fuzz(func(t *testing.T, src []byte) {
		assertChunkedMatches(t, src)
		s := ParseSources([]Source{{Name: "fuzz.prisma", Src: src}})
		for _, d := range s.Diagnostics {
			checkRange(t, src, d.Range)
		}
		for _, m := range s.Models {
			checkRange(t, src, m.File.Range(m.Decl.Span))
			for _, fl := range m.Fields {
				checkRange(t, src, fl.Range())
				checkRange(t, src, fl.NameRange())
				for _, a := range fl.Decl.Attributes() {
					checkRange(t, src, m.File.Range(a.Span))
					checkRange(t, src, m.File.Range(a.NameSpan()))
				}
			}
		}
		for _, file := range s.Files {
			for _, c := range file.Comments {
				checkRange(t, src, file.Range(c.Span))
			}
		}
		if _, err := json.Marshal(s.DMMF()); err != nil {
			t.Fatal(err)
		}
	})
}

func checkRange(t *testing.T, src []byte, r Range) {
	t.Helper()
	if r.Start.Offset < 0 || r.End.Offset > len(src) || r.Start.Offset > r.End.Offset {
		t.Fatalf("range %d..%d outside input of %d bytes", r.Start.Offset, r.End.Offset, len(src))
	}
	if r.Start.Line < 1 || r.Start.Col < 1 || r.End.Line < r.Start.Line {
		t.Fatalf("bad line/column in %+v", r)
	}
}
