package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemalint/schemalint/internal/ghaction/runnerlog"
)

// FuzzGitHubLog plays a hostile pull request: a file name, a schema and a
// SQL view of its choosing, checked in a GitHub Actions step in every
// format. Whatever they hold, the runner may act only on schemalint's own
// annotations and guards.
func FuzzGitHubLog(f *testing.F) {
	f.Add("x\n::warning title=X::y.prisma", "model Org {\n  id Int @id\n  organizationId Int\n}\n", "SELECT t.password /* \r::add-mask::x\r*/ AS p FROM \"Account\" t;")
	f.Add("::error::a.prisma", "model A {\n  id Int @id\n  \x1b[2J String\n}\n", "SELECT 1 \"a\" \"b\n::add-mask::z\";")
	f.Add("##[warning]b.prisma", "view V {\n  id Int @unique\n}\n// \u2028::warning::x\n", "SELECT row_to_json(t) FROM \"Account\" t UNION SELECT '\r##[add-mask]x'")
	runner := f.TempDir()
	for k, v := range map[string]string{
		"GITHUB_ACTIONS": "true", "GITHUB_REPOSITORY": "acme/shop", "GITHUB_SHA": "0123456789abcdef0123456789abcdef01234567",
		"GITHUB_STEP_SUMMARY": filepath.Join(runner, "summary.md"), "GITHUB_OUTPUT": filepath.Join(runner, "output"), "RUNNER_TEMP": runner,
	} {
		old, had := os.LookupEnv(k)
		os.Setenv(k, v)
		defer func() {
			if had {
				os.Setenv(k, old)
			} else {
				os.Unsetenv(k)
			}
		}()
	}
	f.Fuzz(func(t *testing.T, name, schema, sql string) {
		name = strings.NewReplacer("/", "_", "\x00", "_").Replace(name)
		if name == "" || name == "." || name == ".." || len(name) > 200 {
			return
		}
		if !strings.HasSuffix(name, ".prisma") {
			name += ".prisma"
		}
		repo := t.TempDir()
		os.Setenv("GITHUB_WORKSPACE", repo)
		write := func(p, s string) {
			full := filepath.Join(repo, p)
			if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(full, []byte(s), 0o644); err != nil {
				t.Skip("the file system refuses this name")
			}
		}
		write("prisma/schema/main.prisma", viewsSchema)
		write(filepath.Join("prisma/schema", name), schema)
		write("prisma/views/public/V.sql", sql)
		write("schemalint.hcl", "tenancy {\n  fields = [\"organizationId\"]\n}\n")
		for _, format := range []string{"text", "github", "json"} {
			_, out, errOut := run(t, repo, "check", "--format", format)
			for _, log := range []string{out, errOut} {
				for _, c := range runnerlog.Commands(log) {
					switch c.Name {
					case "stop-commands", "resume":
						if !guardToken.MatchString(c.Line) {
							t.Fatalf("%s: a guard schemalint did not print: %q\n%s", format, c.Line, log)
						}
					case "error", "warning", "notice":
						if !ownTitle.MatchString(c.Properties["title"]) {
							t.Fatalf("%s: a smuggled annotation: %q\n%s", format, c.Line, log)
						}
					default:
						t.Fatalf("%s: the runner would act on %q\n%s", format, c.Line, log)
					}
				}
			}
		}
	})
}
