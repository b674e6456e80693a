package prisma

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/schemalint/schemalint/internal/sharedtest"
	"github.com/schemalint/schemalint/internal/synth"
)

// A file parsed as an edit of another must read exactly as the file
// parsed whole: every node's position and text, the comments, the
// diagnostics, and what resolving it gives.
func TestParseEditedMatchesParse(t *testing.T) {
	src := synth.Schema(synth.Options{Models: 120, Seed: 2})
	edits := map[string]func([]byte) []byte{
		"field added first": func(b []byte) []byte {
			return bytes.Replace(b, []byte("\n  id "), []byte("\n  note String?\n  id "), 1)
		},
		"field removed in the middle": func(b []byte) []byte { return dropLine(b, len(b)/2) },
		"model added first":           func(b []byte) []byte { return append([]byte("model Zero {\n  id Int @id\n}\n\n"), b...) },
		"model added last":            func(b []byte) []byte { return append(append([]byte{}, b...), "\nmodel Last {\n  id Int @id\n}\n"...) },
		"documented":                  func(b []byte) []byte { return insertBeforeDecl(b, len(b)/3, "/// documented\n") },
		"comment before a model":      func(b []byte) []byte { return insertBeforeDecl(b, len(b)/3, "// plain\n") },
		"block comment opened":        func(b []byte) []byte { return insertBeforeDecl(b, len(b)/3, "/*\n") },
		"block closed early":          func(b []byte) []byte { return insertBeforeDecl(b, len(b)/3, "}\n") },
		"block left open":             func(b []byte) []byte { return insertBeforeDecl(b, len(b)/3, "model Open {\n  id Int @id\n") },
		"stray line":                  func(b []byte) []byte { return insertBeforeDecl(b, len(b)/4, "what is this\n") },
		"unknown type": func(b []byte) []byte {
			return insertBeforeDecl(b, len(b)/4, "model Bad {\n  id Int @id\n  x Missing\n}\n")
		},
		"carriage returns": func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")) },
		"multibyte names":  func(b []byte) []byte { return insertBeforeDecl(b, len(b)/2, "model Café {\n  id Int @id // é\n}\n") },
	}
	for name, edit := range edits {
		t.Run(name, func(t *testing.T) {
			reused := assertEditedMatches(t, src, edit(src))
			// And the edit undone: the base is the head a change reverts.
			assertEditedMatches(t, edit(src), src)
			if strings.HasSuffix(name, "first") && !reused {
				t.Error("the declarations after the edit were parsed again")
			}
		})
	}
}

// The same on every real-world schema of the shared corpus, each edited
// at random lines: a line dropped, a line doubled, a field added.
func TestParseEditedMatchesParseOnCorpus(t *testing.T) {
	corpus := sharedtest.Dir(t, "corpus")
	rng := rand.New(rand.NewSource(1))
	n, reused := 0, 0
	err := filepath.WalkDir(filepath.Join(corpus, "real"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".prisma") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil || len(src) == 0 {
			return err
		}
		n++
		for range 2 {
			at := rng.Intn(len(src))
			for _, edited := range [][]byte{dropLine(src, at), doubleLine(src, at)} {
				if assertEditedMatches(t, src, edited) {
					reused++
				}
				assertEditedMatches(t, edited, src)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 || reused < n {
		t.Fatalf("%d schemas, %d edits parsed in part: the test proves little", n, reused)
	}
	t.Logf("%d schemas, %d edits parsed in part", n, reused)
}

// assertEditedMatches reports whether the edited parse reused head's
// nodes.
func assertEditedMatches(t *testing.T, head, base []byte) (reused bool) {
	t.Helper()
	h, hd := Parse("schema.prisma", head)
	// Head's parse diagnostics, as the base is given them (resolving
	// finds its own).
	var at []int
	for _, d := range hd {
		at = append(at, d.Range.Start.Offset)
	}
	want, wantDiags := Parse("base.prisma", base)
	got, gotDiags := ParseEdited("base.prisma", base, h, at)
	if w, g := describeFile(want), describeFile(got); w != g {
		t.Fatalf("the tree differs from a whole parse:\n%s", firstDifference(w, g))
	}
	if w, g := describeDiags(wantDiags), describeDiags(gotDiags); w != g {
		t.Fatalf("syntax diagnostics differ:\n%s", firstDifference(w, g))
	}
	ws, gs := Resolve([]*File{want}, wantDiags), Resolve([]*File{got}, gotDiags)
	if w, g := describeDiags(ws.Diagnostics), describeDiags(gs.Diagnostics); w != g {
		t.Fatalf("diagnostics differ:\n%s", firstDifference(w, g))
	}
	if !ws.HasErrors() && !bytes.Equal(ws.DMMF().AppendJSON(nil), gs.DMMF().AppendJSON(nil)) {
		t.Fatal("DMMF differs from a whole parse")
	}
	// And resolved as the CLI resolves a base, copying head's models.
	assertResolvedAlike(t, Resolve([]*File{h}, hd), []*File{got}, gotDiags)
	return len(got.Decls) > 0 && len(h.Decls) > 0 && got.Decls[len(got.Decls)-1] == h.Decls[len(h.Decls)-1]
}

// describeFile writes every span of the tree as its position and text.
func describeFile(f *File) string {
	var b strings.Builder
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if v.IsNil() {
				return
			}
			switch d := v.Interface().(type) {
			case *FieldDecl:
				walk(reflect.ValueOf(d.Type()))
				walk(reflect.ValueOf(d.NameSpan()))
				walk(reflect.ValueOf(d.Attributes()))
				fmt.Fprintf(&b, "%v %q\n", d.HasDoc(), d.Documentation())
			case *Attribute:
				// What an attribute keeps unexported, read as readers do.
				walk(reflect.ValueOf(d.NameSpan()))
				walk(reflect.ValueOf(d.Args()))
			}
			walk(v.Elem())
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Struct:
			if s, ok := v.Interface().(Span); ok {
				if s == (Span{}) {
					return // none: a colon, say, that is not there
				}
				r := f.Range(s)
				fmt.Fprintf(&b, "%s-%d:%d %q\n", r, r.End.Line, r.End.Col, f.Src[s.Start:s.End])
				return
			}
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.String, reflect.Bool, reflect.Uint8, reflect.Int:
			fmt.Fprintf(&b, "%v\n", v)
		}
	}
	for _, d := range f.Decls {
		fmt.Fprintf(&b, "%T\n", d)
		walk(reflect.ValueOf(d))
	}
	for _, c := range f.Comments {
		walk(reflect.ValueOf(c))
	}
	return b.String()
}

func describeDiags(ds []Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "%s %d-%d %v\n", d.Error(), d.Range.Start.Offset, d.Range.End.Offset, d.Syntax)
	}
	return b.String()
}

func firstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range min(len(w), len(g)) {
		if w[i] != g[i] {
			return fmt.Sprintf("line %d:\nwant %s\n got %s", i+1, w[i], g[i])
		}
	}
	return fmt.Sprintf("want %d lines, got %d", len(w), len(g))
}

// dropLine removes the line holding offset at.
func dropLine(b []byte, at int) []byte {
	start := bytes.LastIndexByte(b[:at], '\n') + 1
	end := len(b)
	if i := bytes.IndexByte(b[at:], '\n'); i >= 0 {
		end = at + i + 1
	}
	return append(append([]byte{}, b[:start]...), b[end:]...)
}

// doubleLine writes the line holding offset at twice.
func doubleLine(b []byte, at int) []byte {
	start := bytes.LastIndexByte(b[:at], '\n') + 1
	end := len(b)
	if i := bytes.IndexByte(b[at:], '\n'); i >= 0 {
		end = at + i + 1
	}
	line := b[start:end]
	if len(line) == 0 || line[len(line)-1] != '\n' {
		line = append(append([]byte{}, line...), '\n')
	}
	return append(append(append([]byte{}, b[:start]...), line...), b[start:]...)
}

// insertBeforeDecl inserts text at the start of the first line opening a
// block at or after offset at.
func insertBeforeDecl(b []byte, at int, text string) []byte {
	i := bytes.Index(b[at:], []byte("\nmodel "))
	if i < 0 {
		i = bytes.Index(b, []byte("\nmodel "))
		at = 0
	}
	pos := at + i + 1
	return append(append(append([]byte{}, b[:pos]...), text...), b[pos:]...)
}

// The declarations an edit left alone at the start of the file are
// head's nodes too, as are those after it; the file still reads as parsed
// whole (assertEditedMatches), whichever ends are reused.
func TestParseEditedReusesBothEnds(t *testing.T) {
	src := synth.Schema(synth.Options{Models: 120, Seed: 2})
	crlf := bytes.ReplaceAll(src, []byte("\n"), []byte("\r\n"))
	lastModel := bytes.LastIndex(src, []byte("\nmodel ")) + 1
	cases := []struct {
		name       string
		head, base []byte
		begin, end bool // reused at the start, at the end
	}{
		{"field removed in the middle", src, dropLine(src, len(src)/2), true, true},
		{"field added in the middle", src, doubleLine(src, len(src)/2), true, true},
		{"first block edited", src, bytes.Replace(src, []byte("\n}\n"), []byte("\n  // edited\n}\n"), 1), false, true},
		{"model added first", src, append([]byte("model Zero {\n  id Int @id\n}\n\n"), src...), false, true},
		{"field removed from the last model", src, dropLine(src, lastModel+bytes.IndexByte(src[lastModel:], '\n')+3), true, false},
		{"the file only grew", src, append(append([]byte{}, src...), "\nmodel Last {\n  id Int @id\n}\n"...), true, false},
		{"the file only shrank", append(append([]byte{}, src...), "\nmodel Last {\n  id Int @id\n}\n"...), src, true, false},
		{"a model moved down", src, moveDecl(src, len(src)/3, 2*len(src)/3), true, true},
		{"comment at the cut", src, insertBeforeDecl(src, len(src)/2, "// plain\n"), true, true},
		{"doc comment at the cut", src, insertBeforeDecl(src, len(src)/2, "/// documented\n"), true, true},
		{"doc comment removed at the cut", insertBeforeDecl(src, len(src)/2, "/// documented\n"), src, true, true},
		{"carriage returns", crlf, dropLine(crlf, len(crlf)/2), true, true},
		{"stray line kept before the edit", insertBeforeDecl(src, len(src)/4, "what is this\n"), dropLine(insertBeforeDecl(src, len(src)/4, "what is this\n"), len(src)/2), true, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertEditedMatches(t, c.head, c.base)
			h, hd := Parse("schema.prisma", c.head)
			var at []int
			for _, d := range hd {
				at = append(at, d.Range.Start.Offset)
			}
			got, _ := ParseEdited("base.prisma", c.base, h, at)
			begin := len(got.Decls) > 0 && got.Decls[0] == h.Decls[0]
			end := got.Decls[len(got.Decls)-1] == h.Decls[len(h.Decls)-1]
			if begin != c.begin || end != c.end {
				t.Errorf("reused at the start %v (want %v), at the end %v (want %v)", begin, c.begin, end, c.end)
			}
			// Nothing of head before the edit is reused from its first
			// diagnostic on.
			n := 0
			for n < len(got.Decls) && n < len(h.Decls) && got.Decls[n] == h.Decls[n] {
				n++
			}
			if n > 0 && len(at) > 0 && n < len(got.Decls) && int(h.Decls[n-1].Bounds().End) > slices.Min(at) {
				t.Errorf("the first %d declarations are head's, past head's diagnostic at %d", n, slices.Min(at))
			}
		})
	}
}

// moveDecl moves the model at or after offset from to just before the
// model at or after offset to.
func moveDecl(b []byte, from, to int) []byte {
	start := bytes.Index(b[from:], []byte("\nmodel ")) + from + 1
	end := bytes.Index(b[start:], []byte("\n}\n")) + start + 3
	decl := append([]byte{}, b[start:end]...)
	rest := append(append([]byte{}, b[:start]...), b[end:]...)
	at := bytes.Index(rest[to-len(decl):], []byte("\nmodel ")) + to - len(decl) + 1
	return append(append(append(append([]byte{}, rest[:at]...), decl...), '\n'), rest[at:]...)
}

// FuzzParseEdited edits arbitrary text at an arbitrary place: the edited
// copy must read exactly as parsed whole, whichever way round.
func FuzzParseEdited(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/syntax/*.prisma")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, uint16(len(b)/2), uint8(3), []byte("\n"))
		}
	}
	src := synth.Schema(synth.Options{Models: 6, Seed: 3})
	f.Add(src, uint16(len(src)/2), uint8(0), []byte("  note String?\n"))
	f.Add(src, uint16(len(src)-1), uint8(0), []byte("\nmodel Z {\n  id Int @id\n}\n"))
	f.Add(src, uint16(len(src)/3), uint8(40), []byte("/// doc\n"))
	f.Fuzz(func(t *testing.T, head []byte, at uint16, cut uint8, insert []byte) {
		a := min(int(at), len(head))
		b := min(a+int(cut), len(head))
		base := append(append(append([]byte{}, head[:a]...), insert...), head[b:]...)
		assertEditedMatches(t, head, base)
		assertEditedMatches(t, base, head)
	})
}
