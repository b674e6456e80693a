package prisma

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/schemalint/schemalint/internal/sharedtest"
	"github.com/schemalint/schemalint/internal/synth"
)

// Parsing a file in chunks on several goroutines must give exactly the tree
// and diagnostics of one pass, for well-formed schemas and for the broken
// ones whose `}` lines are not where blocks end (block comments, unclosed
// blocks, stray braces).
func TestChunkedParseMatchesOnePass(t *testing.T) {
	inputs := map[string][]byte{
		"synthetic":              synth.Schema(synth.Options{Models: 300, Seed: 2}),
		"brace in block comment": []byte("model A {\n  id Int @id\n}\n/*\n}\nmodel B {\n  id Int @id\n*/\n}\nmodel C {\n  id Int @id\n}\n"),
		"stray brace":            []byte("}\nmodel A {\n  id Int @id\n}\n}\n  model B {\n  id Int @id\n}\n"),
		"unclosed block":         []byte("model A {\n  id Int @id\n\n}\nmodel B {\n  id Int @id\n}\nmodel C {\n  x Int\n"),
		"doc comment":            []byte("model A {\n  id Int @id\n}\n/// doc\nmodel B {\n  id Int @id\n}\r\n\r\n  enum E {\n  X\n}\n"),
	}
	var oracle struct {
		Cases []struct {
			Name  string `json:"name"`
			Files []struct {
				Text string `json:"text"`
			} `json:"files"`
		} `json:"cases"`
	}
	readJSON(t, "testdata/syntax/oracle.json", &oracle)
	for _, c := range oracle.Cases {
		for i, f := range c.Files {
			if strings.Contains(f.Text, "\n}") {
				inputs["oracle/"+c.Name+"/"+strconv.Itoa(i)] = []byte(f.Text)
			}
		}
	}
	for name, src := range inputs {
		t.Run(name, func(t *testing.T) { assertChunkedMatches(t, src) })
	}
}

// The same on every real-world schema of the shared corpus.
func TestChunkedParseMatchesOnePassOnCorpus(t *testing.T) {
	corpus := sharedtest.Dir(t, "corpus")
	n := 0
	err := filepath.WalkDir(filepath.Join(corpus, "real"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".prisma") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		n++
		t.Run(strings.TrimPrefix(p, corpus), func(t *testing.T) { assertChunkedMatches(t, src) })
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no schemas in the corpus")
	}
}

func assertChunkedMatches(t *testing.T, src []byte) {
	t.Helper()
	want, wantDiags := onePass(src)
	defer func(m, c int) { minChunk, maxChunks = m, c }(minChunk, maxChunks)
	for _, chunks := range []int{2, 3, 7} {
		minChunk, maxChunks = 1, chunks
		starts := chunkStarts(src, 1)
		if len(starts) == 0 {
			continue
		}
		got, gotDiags, _ := parseChunks("schema.prisma", src, starts)
		if !reflect.DeepEqual(got.Decls, want.Decls) {
			t.Fatalf("%d chunks: declarations differ from one pass", chunks)
		}
		// DeepEqual follows a pointer to a list's first item only.
		if w, g := describeFile(want), describeFile(got); w != g {
			t.Fatalf("%d chunks: declarations differ from one pass:\n%s", chunks, firstDifference(w, g))
		}
		// An empty list is empty however it was built.
		if !(len(got.Comments) == 0 && len(want.Comments) == 0) && !reflect.DeepEqual(got.Comments, want.Comments) {
			t.Fatalf("%d chunks: comments differ from one pass", chunks)
		}
		if !(len(gotDiags) == 0 && len(wantDiags) == 0) && !reflect.DeepEqual(gotDiags, wantDiags) {
			g, _ := json.Marshal(gotDiags)
			w, _ := json.Marshal(wantDiags)
			t.Fatalf("%d chunks: diagnostics differ:\n got %s\nwant %s", chunks, g, w)
		}
	}
}

func onePass(src []byte) (*File, []Diagnostic) {
	p := newParser("schema.prisma", src, 0)
	p.parseFile(nil)
	return p.f, p.diags
}

// On a well-formed schema every guessed start is a real one, so no chunk's
// work is thrown away.
func TestChunkStartsLandOnDeclarations(t *testing.T) {
	defer func(m, c int) { minChunk, maxChunks = m, c }(minChunk, maxChunks)
	minChunk, maxChunks = 1, 8
	src := synth.Schema(synth.Options{Models: 200, Seed: 4})
	starts := chunkStarts(src, 1)
	if len(starts) != 7 {
		t.Fatalf("want 7 chunk starts, got %d", len(starts))
	}
	if _, _, used := parseChunks("schema.prisma", src, starts); used != 8 {
		t.Errorf("only %d of 8 chunks were kept", used)
	}
}

// The cores are shared among the parses under way: with four cores, one
// parse splits its file four ways, two parses two ways each, four none.
func TestChunkStartsShareTheCores(t *testing.T) {
	defer func(m, c, procs int) { minChunk, maxChunks = m, c; runtime.GOMAXPROCS(procs) }(minChunk, maxChunks, runtime.GOMAXPROCS(4))
	minChunk, maxChunks = 1, 0
	src := synth.Schema(synth.Options{Models: 200, Seed: 4})
	for busy, want := range map[int]int{1: 3, 2: 1, 4: 0, 5: 0} {
		if got := len(chunkStarts(src, busy)); got != want {
			t.Errorf("%d parses under way: %d chunk starts, want %d", busy, got, want)
		}
	}
}

// Work the caller keeps a core busy with counts as a parse under way: with
// two cores, a parse splits a 200-model file in two, and not while the
// caller checks another schema beside it.
func TestChunkStartsLeaveCoresBusyBeside(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	src := synth.Schema(synth.Options{Models: 200, Seed: 4})
	if got := len(chunkStarts(src, taken(1))); got != 1 {
		t.Fatalf("alone: %d chunk starts, want 1", got)
	}
	Beside(1)
	got := len(chunkStarts(src, taken(1)))
	Beside(-1)
	if got != 0 {
		t.Errorf("beside other work: %d chunk starts, want 0", got)
	}
	// The caller gives back more than it took while its first schema is
	// parsed (lint: every root under way but one): a core is never less
	// than one parse's.
	Beside(-1)
	got = len(chunkStarts(src, taken(1)))
	Beside(1)
	if got != 1 {
		t.Errorf("with a core given back: %d chunk starts, want 1", got)
	}
}
