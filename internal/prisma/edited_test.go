package prisma

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
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
	var at []int
	for _, d := range Resolve([]*File{h}, hd).Diagnostics {
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
			if d, ok := v.Interface().(*FieldDecl); ok {
				walk(reflect.ValueOf(d.Type()))
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
