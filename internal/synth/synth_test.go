package synth

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

// Dump a schema for humans (or for the official parser, see
// testdata/check.js):
//
//	go test ./internal/synth -run TestDump -synth.dump=/tmp/s.prisma -synth.models=2000
var (
	dumpPath   = flag.String("synth.dump", "", "write a generated schema to this file")
	dumpModels = flag.Int("synth.models", 200, "models in the dumped schema")
	dumpProv   = flag.String("synth.provider", "postgresql", "provider of the dumped schema")
	dumpSeed   = flag.Int64("synth.seed", 1, "seed of the dumped schema")
)

func TestDump(t *testing.T) {
	if *dumpPath == "" {
		t.Skip("no -synth.dump")
	}
	s := Schema(Options{Models: *dumpModels, Provider: *dumpProv, Seed: *dumpSeed})
	if err := os.WriteFile(*dumpPath, s, 0o644); err != nil {
		t.Fatal(err)
	}
	st := stats(t, s)
	t.Logf("wrote %s: %d bytes, %d models, %d enums, %d relations", *dumpPath, len(s), st.models, st.enums, st.relations)
}

func TestDeterministic(t *testing.T) {
	for _, o := range []Options{{Models: 1}, {Models: 50, Seed: 7}, {Models: 300, Provider: "mysql", Seed: 3}} {
		a, b := Schema(o), Schema(o)
		if !bytes.Equal(a, b) {
			t.Errorf("%+v: two calls gave different schemas", o)
		}
	}
	if bytes.Equal(Schema(Options{Models: 100, Seed: 1}), Schema(Options{Models: 100, Seed: 2})) {
		t.Error("different seeds gave identical schemas")
	}
}

func TestSize2000(t *testing.T) {
	s := Schema(Options{Models: 2000, Seed: 1})
	if n := len(s); n < 1_300_000 || n > 1_700_000 {
		t.Errorf("2000 models: %d bytes, want 1.3–1.7 MB", n)
	}
	st := stats(t, s)
	if st.models != 2000 {
		t.Errorf("models = %d, want 2000", st.models)
	}
	if st.enums != 200 {
		t.Errorf("enums = %d, want 200", st.enums)
	}
}

func TestLayout(t *testing.T) {
	for _, p := range []string{"postgresql", "mysql", "sqlite"} {
		s := Schema(Options{Models: 300, Provider: p, Seed: 5})
		if bytes.ContainsRune(s, '\t') {
			t.Errorf("%s: schema contains a tab", p)
		}
		for i, line := range strings.Split(string(s), "\n") {
			if strings.TrimRight(line, " ") != line {
				t.Errorf("%s: line %d has trailing spaces: %q", p, i+1, line)
				break
			}
		}
		if !bytes.Contains(s, []byte(`provider = "`+p+`"`)) {
			t.Errorf("%s: datasource provider missing", p)
		}
		if bytes.Contains(s, []byte("url")) && bytes.Contains(s, []byte("env(")) {
			t.Errorf("%s: datasource has a url", p)
		}
	}
}

// TestRelations checks, for several sizes and providers, that every relation
// names fields that exist on both sides, that every relation has a
// back-relation field on the referenced model, and that every type is a
// scalar, an enum or a model.
func TestRelations(t *testing.T) {
	for _, o := range []Options{{Models: 1}, {Models: 2}, {Models: 10}, {Models: 200, Seed: 9}, {Models: 2000, Seed: 1}, {Models: 400, Provider: "mysql"}, {Models: 400, Provider: "sqlite"}} {
		t.Run(fmt.Sprintf("%s-%d", o.Provider, o.Models), func(t *testing.T) {
			checkRelations(t, Schema(o))
		})
	}
}

type parsed struct {
	models, enums, relations int
	fields                   map[string]map[string]string // model -> field -> type
	rels                     []rel
}

type rel struct {
	model, field, typ, name, fields, references string
}

var (
	blockRe  = regexp.MustCompile(`(?m)^(model|enum) (\w+) \{\n((?:.*\n)*?)\}`)
	fieldRe  = regexp.MustCompile(`^  (\w+) +(\w+)(\[\]|\?)?(?: +(.*))?$`)
	relRe    = regexp.MustCompile(`@relation\((?:"(\w+)")?(?:, )?(?:fields: \[([\w, ]+)\], references: \[([\w, ]+)\])?`)
	scalarRe = regexp.MustCompile(`^(String|Int|BigInt|Float|Decimal|Boolean|DateTime|Json|Bytes)$`)
)

func stats(t *testing.T, s []byte) parsed {
	t.Helper()
	p := parsed{fields: map[string]map[string]string{}}
	enums := map[string]bool{}
	for _, m := range blockRe.FindAllStringSubmatch(string(s), -1) {
		if m[1] == "enum" {
			p.enums++
			enums[m[2]] = true
			continue
		}
		p.models++
		fs := map[string]string{}
		p.fields[m[2]] = fs
		for _, line := range strings.Split(m[3], "\n") {
			fm := fieldRe.FindStringSubmatch(line)
			if fm == nil {
				continue
			}
			if _, dup := fs[fm[1]]; dup {
				t.Errorf("model %s: duplicate field %s", m[2], fm[1])
			}
			fs[fm[1]] = fm[2]
			if r := relRe.FindStringSubmatch(fm[4]); r != nil {
				p.rels = append(p.rels, rel{model: m[2], field: fm[1], typ: fm[2], name: r[1], fields: r[2], references: r[3]})
				if r[2] != "" {
					p.relations++
				}
			}
		}
	}
	for model, fs := range p.fields {
		for f, typ := range fs {
			if !scalarRe.MatchString(typ) && !enums[typ] && p.fields[typ] == nil {
				t.Errorf("%s.%s: unknown type %s", model, f, typ)
			}
		}
	}
	return p
}

func checkRelations(t *testing.T, s []byte) {
	t.Helper()
	p := stats(t, s)
	for _, r := range p.rels {
		if r.fields == "" {
			continue // back-relation side
		}
		for _, f := range strings.Split(r.fields, ", ") {
			if _, ok := p.fields[r.model][f]; !ok {
				t.Errorf("%s.%s: @relation(fields: [%s]) names no field of %s", r.model, r.field, f, r.model)
			}
		}
		target := p.fields[r.typ]
		if target == nil {
			t.Errorf("%s.%s: relation to unknown model %s", r.model, r.field, r.typ)
			continue
		}
		for _, f := range strings.Split(r.references, ", ") {
			if _, ok := target[f]; !ok {
				t.Errorf("%s.%s: references: [%s] names no field of %s", r.model, r.field, f, r.typ)
			}
		}
		if r.name != "" {
			// The back side carries the same name.
			if !back(p, r) {
				t.Errorf("%s.%s: named relation %q has no back-relation on %s", r.model, r.field, r.name, r.typ)
			}
			continue
		}
		// Unnamed: the target has exactly one field of type r.model (or
		// list/optional of it) and no other unnamed relation to r.model.
		n := 0
		for _, typ := range target {
			if typ == r.model {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s.%s: %s has %d fields of type %s, want exactly 1 back-relation", r.model, r.field, r.typ, n, r.model)
		}
	}
}

func back(p parsed, r rel) bool {
	for _, b := range p.rels {
		if b.model == r.typ && b.typ == r.model && b.name == r.name && b.fields == "" {
			return true
		}
	}
	return false
}

func BenchmarkSchema2000(b *testing.B) {
	for b.Loop() {
		Schema(Options{Models: 2000, Seed: 1})
	}
}

func ExampleSchema() {
	s := Schema(Options{Models: 3, Seed: 1})
	fmt.Printf("%s", s)
}
