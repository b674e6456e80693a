package cli

import (
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/ghaction/runnerlog"
)

// A pull request from a fork writes every schema, SQL file and file name
// schemalint reads. These tests play such a pull request against a step
// run as GitHub's runner runs it, and read stdout and stderr as the runner
// does (lines split at LF and CR, leading blanks trimmed): the only
// commands it may act on are schemalint's own annotations.

const viewsSchema = `generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["views"]
}

datasource db {
  provider = "postgresql"
}

model Account {
  id       Int    @id
  email    String
  password String
}
`

// ownTitles are the titles of schemalint's annotations: a rule id, or
// "schemalint" for a problem of the run.
var ownTitle = regexp.MustCompile(`^(schemalint|[a-z]+(-[a-z]+)+)$`)

// guardToken is the form of schemalint's own stop-commands tokens.
var guardToken = regexp.MustCompile(`^::(stop-commands::[0-9a-f]{32}|[0-9a-f]{32}::)$`)

// assertOnlyOwnCommands fails when the runner would act on a command that
// is not one of schemalint's: an annotation with schemalint's title, or
// its own stop and resume guards.
func assertOnlyOwnCommands(t *testing.T, streams ...string) {
	t.Helper()
	for _, log := range streams {
		for _, c := range runnerlog.Commands(log) {
			switch c.Name {
			case "stop-commands", "resume":
				assert.Regexp(t, guardToken, c.Line, "only schemalint's own guards")
			case "error", "warning", "notice":
				assert.Regexp(t, ownTitle, c.Properties["title"], "a smuggled annotation: %q", c.Line)
			default:
				t.Errorf("the runner would act on %q", c.Line)
			}
		}
	}
}

func TestInjectionThroughACarriageReturnInASQLExcerpt(t *testing.T) {
	repo := t.TempDir()
	githubRunner(t, repo)
	writeFile(t, repo, "prisma/schema.prisma", viewsSchema+"\nview Leak {\n  id Int @unique\n  p  String\n}\n")
	writeFile(t, repo, "prisma/views/public/Leak.sql",
		"SELECT t.id, t.password /* \r::warning title=X::injected\r::add-mask::hunter2\r*/ AS p FROM \"Account\" t;\n")
	for _, format := range []string{"text", "github", "json", "sarif"} {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := run(t, repo, "check", "--format", format)
			assert.Equal(t, ExitFindings, code, errOut)
			assertOnlyOwnCommands(t, out, errOut)
			if format == "text" {
				assert.Contains(t, out, "    1 | SELECT t.id, t.password /* \n", "the excerpt ends at the CR, as the line count does")
			}
		})
	}
}

func TestInjectionThroughASchemaFileName(t *testing.T) {
	repo := t.TempDir()
	runner := githubRunner(t, repo)
	name := "prisma/schema/x\n::warning title=X::via name\nz.prisma"
	writeFile(t, repo, "prisma/schema/main.prisma", "datasource db {\n  provider = \"postgresql\"\n}\n")
	writeFile(t, repo, name, "model Org {\n  id Int @id\n}\n\nmodel Project {\n  id             Int @id\n  organizationId Int\n}\n")
	writeFile(t, repo, "schemalint.hcl", "tenancy {\n  fields = [\"organizationId\"]\n}\n")
	for _, format := range []string{"text", "github", "json"} {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := run(t, repo, "check", "--format", format)
			assert.Equal(t, ExitFindings, code, errOut)
			assertOnlyOwnCommands(t, out, errOut)
		})
	}
	for _, line := range strings.Split(readFile(t, filepath.Join(runner, "summary.md")), "\n") {
		if strings.Contains(line, "via name") {
			assert.True(t, strings.HasPrefix(line, "| "), "the file name stays inside its table row: %q", line)
		}
	}
}

// PostgreSQL's parser quotes the identifier it stopped at; the error
// reaches the log with the file's own line breaks escaped.
func TestInjectionThroughAParserError(t *testing.T) {
	repo := t.TempDir()
	githubRunner(t, repo)
	writeFile(t, repo, "prisma/schema.prisma", viewsSchema)
	writeFile(t, repo, "prisma/migrations/1_init/migration.sql",
		"CREATE VIEW v AS SELECT 1 \"a\" \"b\n::add-mask::hunter2\r::warning title=X::c\";\n")
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			_, out, errOut := run(t, repo, "check", "--format", format)
			assert.Contains(t, out+errOut, `\n::add-mask::hunter2\r::warning title=X::c`, "the identifier is quoted, escaped")
			assertOnlyOwnCommands(t, out, errOut)
		})
	}
}

// The sarif-file input reaches GITHUB_OUTPUT; a line break and a forged
// delimiter in it add no output of their own.
func TestInjectionThroughAnOutputValue(t *testing.T) {
	repo := t.TempDir()
	runner := githubRunner(t, repo)
	writeFile(t, repo, "prisma/schema.prisma", validSchema)
	t.Setenv("SCHEMALINT_ACTION", "true")
	sarif := "x.sarif\n_GitHubActionsFileCommandDelimeter_\nfindings=0\nforged<<EOF\nyes\nEOF"
	t.Setenv("INPUT_SARIF_FILE", sarif)
	code, out, errOut := run(t, repo, "check")
	require.Equal(t, ExitOK, code, out+errOut)
	outputs := readOutputs(t, filepath.Join(runner, "output"))
	assert.Equal(t, []string{"errors", "findings", "sarif-file"}, sortedKeys(outputs))
	assert.Equal(t, "0", outputs["findings"])
	assert.Equal(t, filepath.Join(repo, sarif), outputs["sarif-file"])
}

func sortedKeys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// On a terminal, an escape sequence in a schema would repaint the screen:
// outside GitHub Actions too, no control character reaches the output.
func TestNoControlCharactersReachATerminal(t *testing.T) {
	repo := t.TempDir()
	writeFile(t, repo, "prisma/schema.prisma", viewsSchema+"\nview Leak {\n  id Int @unique\n  p  String\n}\n")
	writeFile(t, repo, "prisma/views/public/Leak.sql", "SELECT t.id, t.password /* \x1b]0;pwned\x07\x1b[2J */ AS p FROM \"Account\" t;\n")
	writeFile(t, repo, "prisma/migrations/1_init/migration.sql", "CREATE VIEW \"\x1b[31mv\" AS SELECT FROM;\n")
	code, out, errOut := run(t, repo, "check", "--color", "never")
	assert.NotEqual(t, ExitOK, code)
	for _, s := range []string{out, errOut} {
		assert.NotContains(t, s, "\x1b")
		assert.NotContains(t, s, "\x07")
	}
	assert.Contains(t, out+errOut, `\x1b]0;pwned\x07`)
}

// A file name needs no line break to start a line: the text report begins
// each finding with it. Only the stop-commands guard keeps the runner from
// reading such a line.
func TestInjectionThroughALineThatStartsWithAFileName(t *testing.T) {
	repo := t.TempDir()
	githubRunner(t, repo)
	name := "::warning title=X::x.prisma"
	writeFile(t, repo, name, "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel Org {\n  id Int @id\n}\n\nmodel Project {\n  id             Int @id\n  organizationId Int\n}\n")
	writeFile(t, repo, "schemalint.hcl", "schema {\n  paths = [\"::*.prisma\"]\n}\n\ntenancy {\n  fields = [\"organizationId\"]\n}\n")
	code, out, errOut := run(t, repo, "check")
	assert.Equal(t, ExitFindings, code, errOut)
	assert.Contains(t, out, "\n"+name+":5:7: error:", "the finding's line starts with the file name")
	assertOnlyOwnCommands(t, out, errOut)
}

// fix prints the outputs it wrote, whose names schemalint.hcl (part of
// the pull request) chooses: in GitHub Actions every command's output is
// guarded, not only check's.
func TestInjectionThroughAFixOutputName(t *testing.T) {
	dir := fixRepo(t)
	githubRunner(t, dir)
	writeFile(t, dir, "schemalint.hcl", strings.Replace(fixConfig(`"id", "organizationId", "email"`), `"db/views.sql"`, `"::warning title=X::v.sql"`, 1))
	code, out, errOut := run(t, dir, "fix")
	require.Equal(t, ExitOK, code, errOut)
	assert.Contains(t, out, "::warning title=X::v.sql: views-out-of-date: generated", "the line starts with the name")
	assertOnlyOwnCommands(t, out, errOut)
}

// The query rule reads a pull request's TypeScript: its file names and the
// code a message quotes (a where's condition) reach the log escaped.
func TestInjectionThroughTypeScript(t *testing.T) {
	repo := t.TempDir()
	githubRunner(t, repo)
	writeFile(t, repo, "prisma/schema.prisma", "datasource db {\n  provider = \"postgresql\"\n}\n\n"+
		"model Org {\n  id       Int       @id\n  projects Project[]\n}\n\n"+
		"model Project {\n  id             Int @id\n  organizationId Int\n  org            Org @relation(fields: [organizationId], references: [id])\n\n  @@index([organizationId])\n}\n")
	writeFile(t, repo, "schemalint.hcl", "tenancy {\n  fields = [\"organizationId\"]\n}\n")
	writeFile(t, repo, "src/db.ts", "import { PrismaClient } from \"@prisma/client\";\nexport const prisma = new PrismaClient();\n")
	writeFile(t, repo, "src/x\n::warning title=X::via ts name\nz.ts",
		"import { prisma } from \"./db\";\nexport const byId = (id: number) => prisma.project.findFirst({ where: { id } });\n")
	writeFile(t, repo, "src/cond.ts",
		"import { prisma } from \"./db\";\nexport const some = (a: boolean, organizationId: number) =>\n"+
			"  prisma.project.findMany({ where: { ...(a /*\r::warning title=X::via condition\r*/ ? { organizationId } : {}) } });\n")
	for _, format := range []string{"text", "github", "json", "sarif"} {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := run(t, repo, "check", "--format", format)
			assert.Equal(t, ExitFindings, code, errOut)
			assert.Contains(t, out, "findFirst on tenant-scoped", "the finding in the hostile file name is reported")
			assert.Contains(t, out, "only when", "the finding that quotes the condition is reported")
			assertOnlyOwnCommands(t, out, errOut)
		})
	}
}
