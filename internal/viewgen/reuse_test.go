package viewgen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
)

// outcome is what a generation gives: each file's path and content, or the
// error's text.
func outcome(files []*File, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	var b strings.Builder
	for _, f := range files {
		b.WriteString("== " + f.Path + "\n" + string(f.Content))
	}
	return b.String()
}

// Generating from the schema a rule already parsed (generated files in
// the folder included, as the rule's schema has them) gives what reading
// and parsing the source gives.
func TestParsedSourceGivesTheSameFiles(t *testing.T) {
	cases, err := os.ReadDir(filepath.Join("testdata", "golden"))
	require.NoError(t, err)
	for _, c := range cases {
		cfg, err := config.Load(filepath.Join("testdata", "golden", c.Name(), config.FileName), nil)
		require.NoError(t, err)
		for _, v := range cfg.Views {
			var roots []string
			for _, s := range v.Source {
				roots = append(roots, filepath.Join(cfg.Dir, s.Value))
			}
			parsed, err := prisma.Load(os.ReadFile, roots...)
			require.NoError(t, err)
			want := outcome(GenerateBlock(cfg, v, Options{}))
			assert.Equal(t, want, outcome(GenerateBlock(cfg, v, Options{Parsed: parsed})), "%s: %s", c.Name(), v)
			if c.Name() == "identity" {
				// The views file is merged into the source's folder: the
				// source's resolution is parsed's own, not resolved again.
				source := []string{parsed.Files[0].Name, parsed.Files[1].Name}
				require.Equal(t, "views.prisma", filepath.Base(parsed.Files[2].Name))
				assert.Same(t, parsed.Model("User"), reparsed(parsed, source).Model("User"))
			}
			// A schema lacking a source file is not used.
			part := prisma.Resolve(parsed.Files[1:], nil)
			assert.Equal(t, want, outcome(GenerateBlock(cfg, v, Options{Parsed: part})), "%s: %s, part", c.Name(), v)
		}
	}

	// An error of the source alone (a view named like a model of the
	// generated file's folder) reads the same.
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	writeTree(t, dir, map[string]string{
		"prisma/schema/schema.prisma": errSchema,
		config.FileName:               viewsHCL("  expose \"User\" {\n    view   = \"Tenant\"\n    fields = [\"id\"]\n  }\n"),
	})
	cfg, err := config.Load(filepath.Join(dir, config.FileName), nil)
	require.NoError(t, err)
	parsed, err := prisma.Load(os.ReadFile, filepath.Join(dir, "prisma/schema"))
	require.NoError(t, err)
	want := outcome(GenerateBlock(cfg, cfg.Views[0], Options{}))
	assert.Contains(t, want, "error: ")
	assert.Equal(t, want, outcome(GenerateBlock(cfg, cfg.Views[0], Options{Parsed: parsed})))
}

func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
}

// The previous SQL is compared as text before it is parsed; whatever it
// holds, the outcome is the one parsing it gives.
func TestPreviousSQLAsTextOrParsed(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	writeTree(t, dir, map[string]string{"prisma/schema/schema.prisma": errSchema})
	expose := func(view, fields, extra string) string {
		return "  expose \"User\" {\n    view   = \"" + view + "\"\n    fields = [" + fields + "]\n" + extra + "  }\n"
	}
	sqlPath := filepath.Join(dir, "prisma/views.sql")
	// both generates with the text compared first and with the file
	// parsed, checks they agree, and writes the files.
	both := func(t *testing.T, body string, opts Options) string {
		t.Helper()
		writeTree(t, dir, map[string]string{config.FileName: viewsHCL(body)})
		cfg, err := config.Load(filepath.Join(dir, config.FileName), nil)
		require.NoError(t, err)
		textFirst = false
		parsedFiles, parsedErr := Generate(cfg, opts)
		textFirst = true
		before := previousParses.Load()
		files, err := Generate(cfg, opts)
		if parsedErr == nil && outcome(parsedFiles, nil) == outcome(nil, nil)+current(t, parsedFiles) {
			assert.Equal(t, before, previousParses.Load(), "an unchanged file was parsed")
		}
		require.Equal(t, outcome(parsedFiles, parsedErr), outcome(files, err))
		if err == nil {
			assert.True(t, assertReadsAsParsed(t, files), "the views of the SQL")
			assert.True(t, assertReadsAsParsed(t, parsedFiles), "the views of the SQL, its previous version parsed")
		}
		for _, f := range files {
			require.NoError(t, os.WriteFile(f.Path, f.Content, 0o644))
		}
		return outcome(files, err)
	}
	tenant := "  expose \"Tenant\" {\n    view   = \"IdpTenant\"\n    fields = [\"id\"]\n  }\n"
	grant := "  grant {\n    roles = [\"app\"]\n  }\n"

	both(t, expose("IdpUser", `"id", "email"`, "")+tenant+grant, Options{})
	parses := previousParses.Load()
	both(t, expose("IdpUser", `"id", "email"`, "")+tenant+grant, Options{}) // unchanged
	assert.Equal(t, parses+1, previousParses.Load(), "parsed only when the text path was off")
	both(t, expose("IdpUser", `"id", "email"`, "")+grant, Options{AllowBreaking: true})
	out := both(t, expose("IdpUser", `"id", "email"`, "")+grant, Options{}) // the drop carried on
	assert.Contains(t, out, `DROP VIEW IF EXISTS "idp_views"."IdpTenant";`)
	out = both(t, expose("IdpUser", `"id"`, "    acknowledge = { email = \"moved\" }\n")+grant, Options{})
	assert.Contains(t, out, `DROP VIEW IF EXISTS "idp_views"."IdpUser";`)
	both(t, expose("IdpUser", `"id"`, "    acknowledge = { email = \"moved\" }\n")+grant, Options{})
	both(t, expose("IdpUser", `"id", "nickname"`, "")+grant, Options{AllowBreaking: true})
	both(t, expose("IdpUser", `"id", "nickname"`, "")+grant, Options{})

	// Exposed again: the drop goes, though the text lists it.
	out = both(t, expose("IdpUser", `"id", "nickname"`, "")+tenant+grant, Options{})
	assert.NotContains(t, out, `DROP VIEW IF EXISTS "idp_views"."IdpTenant";`)

	// Edited by hand: a drop list that is not what fix writes, a column
	// moved, a view dropped that is exposed.
	body := expose("IdpUser", `"id", "nickname"`, "") + tenant + grant
	both(t, body, Options{})
	committed, err := os.ReadFile(sqlPath)
	require.NoError(t, err)
	for _, edit := range []func(string) string{
		func(s string) string {
			return strings.Replace(s, "CREATE SCHEMA IF NOT EXISTS \"idp_views\";\n", "CREATE SCHEMA IF NOT EXISTS \"idp_views\";\n"+dropsIntro+"DROP VIEW IF EXISTS \"idp_views\".\"IdpTenant\";\n", 1)
		},
		func(s string) string {
			return strings.Replace(s, "CREATE SCHEMA IF NOT EXISTS \"idp_views\";\n", "CREATE SCHEMA IF NOT EXISTS \"idp_views\";\n"+dropsIntro+"DROP VIEW IF EXISTS \"idp_views\".\"Gone\";\nDROP VIEW  IF EXISTS \"idp_views\".\"Other\";\n", 1)
		},
		func(s string) string {
			return strings.Replace(s, "  \"id\",\n  \"nickname\"", "  \"nickname\",\n  \"id\"", 1)
		},
		func(s string) string { return s + "\nCREATE VIEW \"idp_views\".\"Extra\" AS SELECT 1 AS one;\n" },
	} {
		require.NoError(t, os.WriteFile(sqlPath, []byte(edit(string(committed))), 0o644))
		both(t, body, Options{})
		require.NoError(t, os.WriteFile(sqlPath, []byte(edit(string(committed))), 0o644))
		both(t, body, Options{AllowBreaking: true})
	}
}

// current is what the files on disk hold, as outcome writes it.
func current(t *testing.T, files []*File) string {
	var b strings.Builder
	for _, f := range files {
		old, err := os.ReadFile(f.Path)
		if err != nil {
			return "missing " + f.Path
		}
		b.WriteString("== " + f.Path + "\n" + string(old))
	}
	return b.String()
}

func TestPreviousDrops(t *testing.T) {
	names, ok := previousDrops([]byte("x\n"+dropsIntro+"DROP VIEW IF EXISTS \"v\".\"a\"\"b\";\nDROP VIEW IF EXISTS \"v\".\"c\";\n\nCREATE"), "v")
	assert.True(t, ok)
	assert.Equal(t, []string{`a"b`, "c"}, names)
	_, ok = previousDrops([]byte(dropsIntro+"DROP VIEW IF EXISTS \"w\".\"a\";\n"), "v")
	assert.False(t, ok, "another schema")
	_, ok = previousDrops([]byte(dropsIntro+"DROP VIEW IF EXISTS \"v\".\"a\"b\";\n"), "v")
	assert.False(t, ok, "a quote not doubled")
	names, ok = previousDrops([]byte("CREATE SCHEMA x;\n"), "v")
	assert.True(t, ok)
	assert.Empty(t, names)
}

// The previously generated Prisma file, merged into the source's folder, is
// read from the check's parse of it, to the same outcome: a renamed source
// column keeps the view column readers know.
func TestPreviousPrismaFromTheParsedSchema(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	schema := "datasource db {\n  provider = \"postgresql\"\n  schemas  = [\"public\", \"idp_views\"]\n}\n\ngenerator client {\n  provider        = \"prisma-client-js\"\n  previewFeatures = [\"views\"]\n}\n\n" +
		"model User {\n  id    String @id\n  given String\n\n  @@schema(\"public\")\n}\n"
	writeTree(t, dir, map[string]string{
		"prisma/schema/schema.prisma": schema,
		config.FileName: "views \"identity\" {\n  source        = [\"prisma/schema\"]\n  target_schema = \"idp_views\"\n  prisma_output = \"prisma/schema/views.prisma\"\n  sql_output    = \"prisma/views.sql\"\n\n" +
			"  expose \"User\" {\n    view   = \"IdpUser\"\n    fields = [\"id\", \"given\"]\n  }\n}\n",
	})
	cfg, err := config.Load(filepath.Join(dir, config.FileName), nil)
	require.NoError(t, err)
	files, err := Generate(cfg, Options{})
	require.NoError(t, err)
	for _, f := range files {
		require.NoError(t, os.WriteFile(f.Path, f.Content, 0o644))
	}
	writeTree(t, dir, map[string]string{"prisma/schema/schema.prisma": strings.Replace(schema, "  given String\n", "  given String @map(\"given_name\")\n", 1)})
	parsed, err := prisma.Load(os.ReadFile, filepath.Join(dir, "prisma/schema"))
	require.NoError(t, err)
	require.Len(t, parsed.Files, 2)
	want := outcome(GenerateBlock(cfg, cfg.Views[0], Options{}))
	assert.Contains(t, want, `"given_name" AS "given"`)
	assert.Equal(t, want, outcome(GenerateBlock(cfg, cfg.Views[0], Options{Parsed: parsed})))
	file, ok := parsePrevious(parsed.Files[1].Src, parsed)
	require.True(t, ok)
	assert.Same(t, parsed.Files[1], file, "parsed again")
}
