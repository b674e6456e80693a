package prisma

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func parseOne(t *testing.T, src string) *Schema {
	t.Helper()
	return ParseSources([]Source{{Name: "schema.prisma", Src: []byte(src)}})
}

func errorsOf(s *Schema) []string {
	var out []string
	for _, d := range s.Diagnostics {
		out = append(out, fmt.Sprintf("%d:%d %s: %s", d.Range.Start.Line, d.Range.Start.Col, d.Severity, d.Message))
	}
	return out
}

func TestPositionsAreExact(t *testing.T) {
	s := parseOne(t, "model Café {\n  id    Int @id\n  naïve String @map(\"n\")\n}\n")
	require.Empty(t, errorsOf(s))
	m := s.Model("Café")
	require.NotNil(t, m)
	assert.Equal(t, Pos{Offset: 6, Line: 1, Col: 7}, m.NameRange().Start)
	assert.Equal(t, Pos{Offset: 11, Line: 1, Col: 11}, m.NameRange().End, "end counts code points, offset counts bytes")
	f := m.Field("naïve")
	require.NotNil(t, f)
	assert.Equal(t, 3, f.NameRange().Start.Line)
	assert.Equal(t, 3, f.NameRange().Start.Col)
	mapAttr := f.Attribute("map")
	require.NotNil(t, mapAttr)
	assert.Equal(t, "@map(\"n\")", string(s.Files[0].Src[mapAttr.Span.Start:mapAttr.Span.End]))
	assert.Equal(t, 16, s.Files[0].Range(mapAttr.Span).Start.Col)
	assert.Equal(t, "schema.prisma:1:1", m.File.Range(m.Decl.Span).String())
}

func TestEveryBrokenLineIsReportedAndTheRestStillParses(t *testing.T) {
	s := parseOne(t, `model A {
  id Int @id
  this is not a field !!
  name String
  @@index([name]
}

garbage at top level

enum Role {
  ADMIN
  USER = 2
}

model B {
  id Int @id
}
`)
	assert.Equal(t, []string{
		"3:3 error: this line is not a valid field or attribute definition",
		"5:3 error: this line is not a valid field or attribute definition",
		"8:1 error: this line is invalid: it does not start with a known keyword (model, view, enum, type, datasource or generator)",
		"12:3 error: this line is not an enum value definition",
	}, errorsOf(s))
	require.NotNil(t, s.Model("A"))
	assert.NotNil(t, s.Model("A").Field("name"), "fields after a broken line are kept")
	require.NotNil(t, s.Model("B"))
	require.NotNil(t, s.Enum("Role"))
	assert.Len(t, s.Enum("Role").Values, 1)
}

func TestUnclosedBlockIsNotABlock(t *testing.T) {
	s := parseOne(t, "model A {\n  id Int @id\n")
	assert.Equal(t, []string{
		"1:1 error: this line is invalid: it does not start with a known keyword (model, view, enum, type, datasource or generator)",
		"2:3 error: this line is invalid: it does not start with a known keyword (model, view, enum, type, datasource or generator)",
	}, errorsOf(s))
	assert.Nil(t, s.Model("A"))
}

func TestCommentsAreKeptAndDocsAttached(t *testing.T) {
	s := parseOne(t, `/// The user.
/// Second line.
model User { // schemalint-ignore tenant-unscoped-model global by design
  /// Primary key.
  id    Int    @id // trailing
  email String /// the login
  /* block */
  name  String
}
`)
	require.Empty(t, errorsOf(s))
	u := s.Model("User")
	assert.Equal(t, "The user.\nSecond line.", u.Documentation)
	assert.Equal(t, "Primary key.", u.Field("id").Documentation())
	assert.Equal(t, "the login", u.Field("email").Documentation())
	assert.Equal(t, "block", u.Field("name").Documentation())
	var texts []string
	for _, c := range s.Files[0].Comments {
		texts = append(texts, c.Text)
	}
	assert.Equal(t, []string{
		"/// The user.", "/// Second line.",
		"// schemalint-ignore tenant-unscoped-model global by design",
		"/// Primary key.", "// trailing", "/// the login", "/* block */",
	}, texts)
	assert.Equal(t, 3, s.Files[0].Range(s.Files[0].Comments[2].Span).Start.Line)
}

func TestTextAfterOpeningBraceIsIgnoredWithAWarning(t *testing.T) {
	s := parseOne(t, "model A { id Int @id\n  x Int @id\n}\n")
	assert.Equal(t, []string{"1:11 warning: text after `{` is ignored: Prisma reads nothing after a block's opening brace; move it to its own line"}, errorsOf(s))
	assert.Nil(t, s.Model("A").Field("id"), "Prisma drops it, so do we")
}

func TestAttributesAndValues(t *testing.T) {
	s := parseOne(t, `datasource db {
  provider = "postgresql"
  schemas  = ["idp", "public"]
}

generator client {
  provider        = "prisma-client"
  previewFeatures = ["views"]
}

enum Role {
  ADMIN @map("admin")
  USER

  @@schema("idp")
}

model Org {
  id    String @id @default(uuid(7)) @db.Uuid
  users User[] @relation("OrgUsers")

  @@schema("idp")
}

model User {
  id             String   @id @default(cuid())
  organizationId String   @map("organization_id")
  org            Org      @relation("OrgUsers", fields: [organizationId], references: [id], onDelete: Cascade)
  email          String   @db.VarChar(255)
  role           Role     @default(USER)
  score          Decimal  @default(1.50) @db.Decimal(10, 2)
  createdAt      DateTime @default(now()) @db.Timestamptz(6)

  @@unique([organizationId, email], name: "orgEmail", map: "user_org_email_key")
  @@index([organizationId, createdAt(sort: Desc)], type: BTree)
  @@map("users")
  @@schema("idp")
}
`)
	require.Empty(t, errorsOf(s))
	assert.Equal(t, "postgresql", s.Provider())
	assert.Equal(t, []string{"idp", "public"}, s.Datasource().Schemas)
	assert.Equal(t, []string{"views"}, s.PreviewFeatures())

	u := s.Model("User")
	assert.Equal(t, "users", u.TableName())
	assert.Equal(t, "idp", u.SchemaName)
	org := u.Field("organizationId")
	assert.Equal(t, "organization_id", org.ColumnName())
	assert.True(t, org.IsReadOnly, "a foreign key field is read-only in the DMMF")

	rel := u.Field("org").Relation
	assert.Equal(t, "OrgUsers", rel.Name())
	assert.Equal(t, s.Model("Org").Field("users"), rel.Opposite)
	assert.Equal(t, []*Field{org}, rel.Fields())
	assert.Equal(t, "Cascade", rel.OnDelete())

	leading := u.IndexesLeadingWith(org)
	require.Len(t, leading, 2)
	assert.Equal(t, IndexNormal, leading[0].Kind)
	assert.Equal(t, "desc", leading[0].Fields[1].SortOrder())
	assert.Equal(t, "BTree", leading[0].Algorithm())
	assert.Equal(t, IndexUnique, leading[1].Kind)
	assert.Equal(t, "orgEmail", leading[1].Name())
	assert.Equal(t, "user_org_email_key", leading[1].Map())

	score := u.Field("score")
	assert.Equal(t, "Decimal", score.NativeType().Name())
	assert.Equal(t, []string{"10", "2"}, score.NativeType().Args())
	assert.Equal(t, "1.50", score.Default().Value().(*NumberLit).Raw)
	assert.Equal(t, "uuid", s.Model("Org").Field("id").Default().Func())

	role := s.Enum("Role")
	assert.Equal(t, "admin", role.Value("ADMIN").DBName())
	assert.Equal(t, "USER", role.Value("USER").DBName())
	assert.Equal(t, "idp", role.SchemaName)
}

func TestImplicitRelationNamesFollowPrisma(t *testing.T) {
	s := parseOne(t, `model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
  tags     Tag[]
}

model Tag {
  id    Int    @id
  posts Post[]
}
`)
	require.Empty(t, errorsOf(s))
	assert.Equal(t, "PostToUser", s.Model("User").Field("posts").Relation.Name())
	assert.Equal(t, "PostToTag", s.Model("Tag").Field("posts").Relation.Name(), "many-to-many")
	assert.True(t, s.Model("Post").Field("author").Relation.IsForward())
	assert.False(t, s.Model("User").Field("posts").Relation.IsForward())
}

func TestSemanticErrorsTheRulesDependOn(t *testing.T) {
	s := parseOne(t, `model A {
  id   Int     @id
  b    Missing
  c    Int
  c    String
  d    B       @relation(fields: [nope], references: [id])
}

model B {
  id Int @id
}

model A {
  id Int @id
}
`)
	got := strings.Join(errorsOf(s), "\n")
	assert.Contains(t, got, `3:8 error: type "Missing" is neither a built-in type`)
	assert.Contains(t, got, `5:3 error: field "c" is already defined in model "A"`)
	assert.Contains(t, got, `6:35 error: @relation on "d" refers to "nope" in `+"`fields`")
	assert.Contains(t, got, `6:3 error: relation field "d" on model "A" is missing an opposite relation field on model "B"`)
	assert.Contains(t, got, `13:7 error: model "A" is already defined at schema.prisma:1:7`)
}

func TestDuplicateConfigBlockPointsAtTheFirst(t *testing.T) {
	s := parseOne(t, "generator client {\n  provider = \"prisma-client-js\"\n}\n\ngenerator client {\n  provider = \"x\"\n}\n")
	assert.Equal(t, []string{`5:11 error: generator "client" is already defined at schema.prisma:1:11`}, errorsOf(s))
}

// Prisma rejects unknown escapes in strings wherever they appear in
// attributes; a file without any must not be searched for them, one with
// them reports each.
func TestUnknownStringEscapesAreReported(t *testing.T) {
	s := parseOne(t, `model A {
  id   Int    @id
  name String @default("a\qb") @map("ok\n")
  @@map("t\x")
}
`)
	assert.Equal(t, []string{
		`3:24 error: unknown escape sequence "\\q" in string; escape a backslash as \\`,
		`4:9 error: unknown escape sequence "\\x" in string; escape a backslash as \\`,
	}, errorsOf(s))
}

func TestMultiFileSchemaResolvesAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644))
	}
	write("schema.prisma", "datasource db {\n  provider = \"postgresql\"\n}\n")
	write("models/user.prisma", "model User {\n  id   Int  @id\n  role Role\n  org  Org  @relation(fields: [orgId], references: [id])\n  orgId Int\n}\n")
	write("models/org.prisma", "model Org {\n  id    Int    @id\n  users User[]\n}\n")
	write("enums.prisma", "enum Role {\n  ADMIN\n}\n")
	write("node_modules/x/ignored.prisma", "garbage\n")

	s, err := Load(os.ReadFile, dir)
	require.NoError(t, err)
	require.Empty(t, errorsOf(s))
	require.Len(t, s.Files, 4)
	u := s.Model("User")
	assert.Equal(t, s.Enum("Role"), u.Field("role").Enum())
	assert.Equal(t, s.Model("Org").Field("users"), u.Field("org").Relation.Opposite)
	assert.True(t, strings.HasSuffix(u.File.Name, filepath.Join("models", "user.prisma")))
	assert.Equal(t, "postgresql", s.Provider())
}

func TestLoadErrors(t *testing.T) {
	_, err := Load(os.ReadFile, filepath.Join(t.TempDir(), "missing.prisma"))
	assert.Error(t, err)
	_, err = Load(os.ReadFile, t.TempDir())
	assert.ErrorContains(t, err, "no .prisma files")

	s := ParseSources([]Source{{Name: "bin.prisma", Src: []byte("model A {\n\x00\x01\x02")}})
	assert.Equal(t, []string{"2:1 error: file contains a NUL byte: this looks like a binary file, not a Prisma schema"}, errorsOf(s))
	s = ParseSources([]Source{{Name: "latin1.prisma", Src: []byte("// caf\xe9\nmodel A {\n}\n")}})
	assert.Equal(t, []string{"1:7 error: file contains invalid UTF-8: a Prisma schema must be UTF-8 text"}, errorsOf(s))

	// Positions are 32-bit; a larger file is refused rather than misplaced.
	defer func(old int) { maxSource = old }(maxSource)
	maxSource = 16
	s = ParseSources([]Source{{Name: "huge.prisma", Src: []byte("model A {\n  id Int @id\n}\n")}})
	assert.Equal(t, []string{"1:1 error: file is 25 bytes, larger than the 16 bytes a schema can have"}, errorsOf(s))
}

func TestHostileInputStaysLinear(t *testing.T) {
	// Each of these once made a naive parser quadratic or recurse without
	// bound; they must finish (the test binary's timeout is the guard) and
	// report errors rather than panic.
	for _, unit := range []string{"[", "(", "model A {\n", "a {\n", "/*", "model A {\n/*\n", "@@a(b: {c: ", "x Int @default(f("} {
		src := strings.Repeat(unit, 100_000/len(unit))
		s := ParseSources([]Source{{Name: "x.prisma", Src: []byte(src)}})
		assert.True(t, s.HasErrors(), "%q", unit)
	}
	// Wide blocks: duplicate names must be found without comparing every
	// pair of a hundred thousand values or fields.
	var enum, model strings.Builder
	enum.WriteString("enum E {\n")
	model.WriteString("model M {\n  id Int @id\n")
	for i := range 100_000 {
		fmt.Fprintf(&enum, "  V%d\n", i)
		fmt.Fprintf(&model, "  f%d Int\n", i)
	}
	enum.WriteString("  V7\n}\n")
	model.WriteString("  f7 Int\n}\n")
	s := ParseSources([]Source{{Name: "wide.prisma", Src: []byte(enum.String() + model.String())}})
	assert.Len(t, errorsOf(s), 2)
}

func TestDiscoverFindsTheSchemaLikePrisma(t *testing.T) {
	dir := t.TempDir()
	_, err := Discover(os.ReadFile, dir, dir)
	assert.ErrorIs(t, err, ErrNoSchema)

	require.NoError(t, os.MkdirAll(filepath.Join(dir, "prisma", "schema"), 0o755))
	got, err := Discover(os.ReadFile, dir, dir)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "prisma", "schema"), got)

	require.NoError(t, os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"prisma": {"schema": "db/schema.prisma"}}`), 0o644))
	got, _ = Discover(os.ReadFile, dir, dir)
	assert.Equal(t, filepath.Join(dir, "db", "schema.prisma"), got)

	require.NoError(t, os.WriteFile(filepath.Join(dir, "prisma.config.ts"), []byte("import { defineConfig } from 'prisma/config'\nexport default defineConfig({\n  schema: 'prisma/schema',\n})\n"), 0o644))
	got, _ = Discover(os.ReadFile, dir, dir)
	assert.Equal(t, filepath.Join(dir, "prisma", "schema"), got)

	// prisma.config.ts comes with the pull request: a schema path it gives
	// may climb to a shared package of the repository, never out of it.
	app := filepath.Join(dir, "apps", "web")
	require.NoError(t, os.MkdirAll(app, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(app, "prisma.config.ts"), []byte("export default {\n  schema: '../../prisma/schema',\n}\n"), 0o644))
	got, err = Discover(os.ReadFile, app, dir)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "prisma", "schema"), got)
	for _, escape := range []string{"../../../etc/passwd", "/etc/passwd"} {
		require.NoError(t, os.WriteFile(filepath.Join(app, "prisma.config.ts"), []byte("export default {\n  schema: '"+escape+"',\n}\n"), 0o644))
		_, err = Discover(os.ReadFile, app, dir)
		require.Error(t, err)
		assert.Equal(t, filepath.Join(app, "prisma.config.ts")+": the schema path \""+escape+"\" leaves the repository; schemalint reads only inside it", err.Error())
	}
}

// restOfLine stops at the first '\r' or '\n', also past its search window
// and in a text whose only breaks are '\r'.
func TestRestOfLine(t *testing.T) {
	long := strings.Repeat("x", 3*lineWindow+7)
	for _, tc := range []struct {
		src  string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"abc\ndef", 3},
		{"abc\r\ndef", 3},
		{"abc\rdef\nghi", 3},
		{"abc\ndef\rghi", 3},
		{long, len(long)},
		{long + "\nx", len(long)},
		{long + "\r\nx", len(long)},
		{long + "\rx\ny", len(long)},
		{strings.Repeat("y", lineWindow-1) + "\n" + long + "\r", lineWindow - 1},
		{strings.Repeat("y", lineWindow) + "\rz\n", lineWindow},
	} {
		for _, from := range []int{0, 1} {
			if from > len(tc.src) {
				continue
			}
			p := newParser("t.prisma", []byte(tc.src), from)
			p.restOfLine()
			want := max(tc.want, from)
			if p.p != want {
				t.Errorf("restOfLine(%.20q…, from %d) = %d, want %d", tc.src, from, p.p, want)
			}
		}
	}
}
