package prisma

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/schemalint/schemalint/internal/sharedtest"
)

// The goldens under testdata/dmmf are the official parser's DMMF for every
// shared schema it accepts (scripts/oracle writes them). Each must parse here
// with no error and give the same datamodel, key for key.
func TestDMMFMatchesOfficialParser(t *testing.T) {
	corpus := sharedtest.Dir(t, "corpus")
	goldens, _ := filepath.Glob("testdata/dmmf/*/*.json")
	if len(goldens) == 0 {
		t.Fatal("no DMMF goldens in testdata/dmmf; run scripts/oracle/dmmf-goldens.mjs")
	}
	agree := 0
	for _, g := range goldens {
		name := strings.TrimSuffix(strings.TrimPrefix(g, "testdata/dmmf/"), ".json")
		ok := t.Run(name, func(t *testing.T) {
			var golden struct {
				Files     []string        `json:"files"`
				Datamodel json.RawMessage `json:"datamodel"`
			}
			readJSON(t, g, &golden)
			s := ParseSources(corpusSources(t, corpus, golden.Files))
			for _, d := range s.Diagnostics {
				if d.Severity == SeverityError {
					t.Errorf("official parser accepts it, schemalint reports %s", d)
				}
			}
			got, err := json.Marshal(s.DMMF())
			if err != nil {
				t.Fatal(err)
			}
			for _, diff := range diffJSON(decodeJSON(t, golden.Datamodel), decodeJSON(t, got), "datamodel") {
				t.Error(diff)
			}
		})
		if ok {
			agree++
		}
	}
	t.Logf("DMMF agreement: %d of %d schemas accepted by the official parser", agree, len(goldens))
}

// corpusSources reads the files of one golden, removing the language-server
// fixtures' cursor marker as the oracle script does.
func corpusSources(t *testing.T, corpus string, files []string) []Source {
	var srcs []Source
	for _, f := range files {
		path := filepath.Join(corpus, f)
		if strings.HasPrefix(f, "examples/") {
			path = filepath.Join("..", "..", f) // the repository's own examples
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(f, "prisma-engines/prisma-fmt/") {
			b = bytes.ReplaceAll(b, []byte("<|>"), nil)
		}
		srcs = append(srcs, Source{Name: f, Src: b})
	}
	return srcs
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func decodeJSON(t *testing.T, b []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

// diffJSON lists where got differs from want: missing or extra keys,
// different values, arrays of different lengths. Numbers compare by value.
func diffJSON(want, got any, path string) []string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: want object, got %s", path, short(got))}
		}
		var keys []string
		for k := range w {
			keys = append(keys, k)
		}
		for k := range g {
			if _, ok := w[k]; !ok {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		var out []string
		for _, k := range keys {
			wv, inW := w[k]
			gv, inG := g[k]
			switch {
			case !inG:
				out = append(out, fmt.Sprintf("%s.%s: missing, want %s", path, k, short(wv)))
			case !inW:
				out = append(out, fmt.Sprintf("%s.%s: unexpected key, got %s", path, k, short(gv)))
			default:
				out = append(out, diffJSON(wv, gv, path+"."+k)...)
			}
		}
		return out
	case []any:
		g, ok := got.([]any)
		if !ok {
			return []string{fmt.Sprintf("%s: want array, got %s", path, short(got))}
		}
		var out []string
		for i := 0; i < len(w) && i < len(g); i++ {
			out = append(out, diffJSON(w[i], g[i], fmt.Sprintf("%s[%d]", path, i))...)
		}
		if len(w) != len(g) {
			out = append(out, fmt.Sprintf("%s: want %d elements, got %d", path, len(w), len(g)))
		}
		return out
	case json.Number:
		if g, ok := got.(json.Number); ok {
			wr, ok1 := new(big.Rat).SetString(string(w))
			gr, ok2 := new(big.Rat).SetString(string(g))
			if ok1 && ok2 && wr.Cmp(gr) == 0 {
				return nil
			}
		}
		return []string{fmt.Sprintf("%s: want %s, got %s", path, short(want), short(got))}
	default:
		if fmt.Sprint(want) == fmt.Sprint(got) && fmt.Sprintf("%T", want) == fmt.Sprintf("%T", got) {
			return nil
		}
		return []string{fmt.Sprintf("%s: want %s, got %s", path, short(want), short(got))}
	}
}

func short(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 120 {
		return string(b[:120]) + "…"
	}
	return string(b)
}

// The hand-written DMMF encoder must write exactly what encoding/json
// writes for the same value.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	schemas := []*Schema{
		ParseSources([]Source{{Name: "x.prisma", Src: []byte("/// doc \"quoted\" \\ back\\slash \u2028 and \x01\nmodel A {\n  id Int @id @default(autoincrement())\n  /// tab\tin doc\n  s String @default(\"a\\\"b\\n\\u0007\") @map(\"<&>\")\n  f Float @default(1.50)\n  d Decimal[] @default([1, 2.5])\n  @@index([s(sort: Desc, length: 10, ops: raw(\"x\"))], type: Hash, map: \"ix\")\n}\nenum E {\n  A @map(\"a\")\n}\n")}}),
	}
	corpus := sharedtest.Dir(t, "corpus")
	goldens, _ := filepath.Glob("testdata/dmmf/*/*.json")
	for _, g := range goldens {
		var golden struct {
			Files []string `json:"files"`
		}
		readJSON(t, g, &golden)
		schemas = append(schemas, ParseSources(corpusSources(t, corpus, golden.Files)))
	}
	for _, s := range schemas {
		d := s.DMMF()
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false) // Prisma's DMMF does not escape <, > and &
		if err := enc.Encode(d); err != nil {
			t.Fatal(err)
		}
		got := d.AppendJSON(nil)
		if w := bytes.TrimSuffix(want.Bytes(), []byte("\n")); !bytes.Equal(got, w) {
			i := 0
			for i < len(got) && i < len(w) && got[i] == w[i] {
				i++
			}
			t.Fatalf("AppendJSON differs from encoding/json at byte %d:\n got …%.200s\nwant …%.200s", i, got[max(0, i-80):], w[max(0, i-80):])
		}
	}
}

func TestNumbersAreValidJSON(t *testing.T) {
	for raw, want := range map[string]string{"0000": "0", "-007": "-7", "1.50": "1.5", "2.0": "2", "-0": "0", "12345678901234567890": "12345678901234567890"} {
		if got := normalizeNumber(raw); got != want {
			t.Errorf("normalizeNumber(%q) = %q, want %q", raw, got, want)
		}
	}
}
