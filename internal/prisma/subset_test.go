package prisma

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/schemalint/schemalint/internal/sharedtest"
)

const subsetSource = `datasource db {
  provider = "postgresql"
  schemas  = ["idp", "idp_views"]
}

generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["views"]
}

enum UserStatus {
  ACTIVE
  LOCKED @map("locked")

  @@schema("idp")
}

model Tenant {
  id    String @id
  users User[]

  @@schema("idp")
}

model User {
  id       String     @id @db.Uuid
  tenantId String
  tenant   Tenant     @relation(fields: [tenantId], references: [id])
  status   UserStatus @default(ACTIVE)
  email    String     @unique /// the login

  @@index([tenantId, email])
  @@schema("idp")
}
`

// What schemalint fix writes beside the source: views and the views'
// copies of enums, which nothing in the source refers to.
const subsetGenerated = `/// a generated view
view IdpUser {
  id     String                 @unique
  status IdpViewsUserStatus

  @@schema("idp_views")
}

enum IdpViewsUserStatus {
  ACTIVE
  LOCKED @map("locked")

  @@map("UserStatus")
  @@schema("idp_views")
}
`

func parseAll(t *testing.T, srcs ...Source) *Schema {
	t.Helper()
	return ParseSources(srcs)
}

// assertSameSchema compares a subset with the files parsed and resolved on
// their own: the datamodel, the names, the configuration and the
// diagnostics.
func assertSameSchema(t *testing.T, want, got *Schema) {
	t.Helper()
	w, err := json.Marshal(want.DMMF())
	if err != nil {
		t.Fatal(err)
	}
	g, err := json.Marshal(got.DMMF())
	if err != nil {
		t.Fatal(err)
	}
	if string(w) != string(g) {
		t.Fatalf("datamodels differ:\n got %s\nwant %s", g, w)
	}
	if !reflect.DeepEqual(names(want), names(got)) {
		t.Fatalf("names differ: got %v, want %v", names(got), names(want))
	}
	if len(want.Datasources) != len(got.Datasources) || len(want.Generators) != len(got.Generators) ||
		want.Provider() != got.Provider() || !reflect.DeepEqual(want.PreviewFeatures(), got.PreviewFeatures()) {
		t.Fatal("configuration blocks differ")
	}
	if got.HasErrors() || len(want.Diagnostics) != len(got.Diagnostics) {
		t.Fatalf("diagnostics differ: got %v, want %v", got.Diagnostics, want.Diagnostics)
	}
	for i := range want.Diagnostics {
		if want.Diagnostics[i].Error() != got.Diagnostics[i].Error() {
			t.Fatalf("diagnostics differ: got %v, want %v", got.Diagnostics, want.Diagnostics)
		}
	}
}

// names is what each declared name resolves to, by kind and file.
func names(s *Schema) map[string]string {
	out := map[string]string{}
	for name, d := range s.names {
		switch {
		case d.model != nil:
			out[name] = "model " + d.model.File.Name
		case d.enum != nil:
			out[name] = "enum " + d.enum.File.Name
		default:
			out[name] = "type " + d.typ.File.Name
		}
	}
	return out
}

func TestSubsetIsTheFilesResolvedAlone(t *testing.T) {
	src := Source{Name: "schema/schema.prisma", Src: []byte(subsetSource)}
	gen := Source{Name: "schema/views.prisma", Src: []byte(subsetGenerated)}
	full := parseAll(t, src, gen)
	if full.HasErrors() {
		t.Fatal(full.Diagnostics)
	}
	sub, ok := full.Subset(full.Files[:1])
	if !ok {
		t.Fatal("a source that refers to nothing generated is not taken from the whole schema")
	}
	assertSameSchema(t, parseAll(t, src), sub)
	if sub.Model("IdpUser") != nil || sub.Enum("IdpViewsUserStatus") != nil {
		t.Fatal("the subset names declarations of the other files")
	}
	if sub.Model("User") != full.Model("User") {
		t.Fatal("the subset resolved again")
	}

	// The generated file first: the source is still the same.
	whole := parseAll(t, gen, src)
	sub, ok = whole.Subset(whole.Files[1:])
	if !ok {
		t.Fatal("a later file is not taken")
	}
	assertSameSchema(t, parseAll(t, src), sub)
}

func TestSubsetRefusesWhatTheOtherFilesChange(t *testing.T) {
	src := Source{Name: "a.prisma", Src: []byte(subsetSource)}
	cases := map[string]struct {
		srcs  []Source
		files func(*Schema) []*File
	}{
		"a field of the type of an enum there": {
			srcs: []Source{
				{Name: "a.prisma", Src: []byte(subsetSource + "\nmodel Audit {\n  id String @id\n  status IdpViewsUserStatus\n\n  @@schema(\"idp\")\n}\n")},
				{Name: "b.prisma", Src: []byte(subsetGenerated)},
			},
		},
		"a relation to a model there": {
			srcs: []Source{
				{Name: "a.prisma", Src: []byte(strings.Replace(subsetSource, "  users User[]\n", "  users User[]\n  notes Note[]\n", 1))},
				{Name: "b.prisma", Src: []byte("model Note {\n  id String @id\n  tenantId String\n  tenant Tenant @relation(fields: [tenantId], references: [id])\n\n  @@schema(\"idp\")\n}\n")},
			},
		},
		"a composite type there": {
			srcs: []Source{
				{Name: "a.prisma", Src: []byte("datasource db {\n  provider = \"mongodb\"\n}\n\nmodel A {\n  id String @id @map(\"_id\")\n  at Address\n}\n")},
				{Name: "b.prisma", Src: []byte("type Address {\n  city String\n}\n")},
			},
		},
		"a datasource there": {
			srcs: []Source{
				{Name: "a.prisma", Src: []byte("model A {\n  id String @id @db.Uuid\n}\n")},
				{Name: "b.prisma", Src: []byte("datasource db {\n  provider = \"postgresql\"\n}\n")},
			},
		},
		"a generator there": {
			srcs: []Source{src, {Name: "b.prisma", Src: []byte("generator other {\n  provider = \"x\"\n}\n")}},
		},
		"errors": {
			srcs: []Source{src, {Name: "b.prisma", Src: []byte("model User {\n  id String @id\n}\n")}},
		},
		"files out of order": {
			srcs:  []Source{src, {Name: "b.prisma", Src: []byte(subsetGenerated)}},
			files: func(s *Schema) []*File { return []*File{s.Files[1], s.Files[0]} },
		},
		"a file of another schema": {
			srcs:  []Source{src},
			files: func(s *Schema) []*File { return []*File{{Name: "a.prisma"}} },
		},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			s := ParseSources(c.srcs)
			if s.HasErrors() != (name == "errors") {
				t.Fatalf("errors: %v", s.Diagnostics)
			}
			files := s.Files[:1]
			if c.files != nil {
				files = c.files(s)
			}
			if _, ok := s.Subset(files); ok {
				t.Fatal("taken from the whole schema")
			}
		})
	}
}

// On the multi-file schemas of the shared corpus, every file left out
// either changes what the others resolve to (and Subset says so) or does
// not (and the subset is those files resolved alone).
func TestSubsetOnCorpus(t *testing.T) {
	corpus := sharedtest.Dir(t, "corpus")
	dirs := map[string][]string{}
	err := filepath.WalkDir(filepath.Join(corpus, "real"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".prisma") {
			return err
		}
		dirs[filepath.Dir(p)] = append(dirs[filepath.Dir(p)], p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	taken := 0
	for dir, files := range dirs {
		if len(files) < 2 {
			continue
		}
		var srcs []Source
		for _, p := range files {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			srcs = append(srcs, Source{Name: p, Src: b})
		}
		full := ParseSources(srcs)
		if full.HasErrors() {
			continue
		}
		for i := range srcs {
			rest := append(append([]Source{}, srcs[:i]...), srcs[i+1:]...)
			files := append(append([]*File{}, full.Files[:i]...), full.Files[i+1:]...)
			sub, ok := full.Subset(files)
			if !ok {
				continue
			}
			taken++
			t.Run(strings.TrimPrefix(dir, corpus)+" without "+filepath.Base(srcs[i].Name), func(t *testing.T) {
				assertSameSchema(t, ParseSources(rest), sub)
			})
		}
	}
	if taken == 0 {
		t.Fatal("no file of the corpus could be left out")
	}
}
