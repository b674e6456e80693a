package lint

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
)

// check runs every rule on schema (written to a temp dir with any extra
// files) and returns "line: [rule] message" for each finding.
func check(t *testing.T, schema string, files map[string]string) []string {
	t.Helper()
	dir := t.TempDir()
	write := func(name, content string) {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	write("prisma/schema.prisma", schema)
	for name, content := range files {
		write(name, content)
	}
	cfg := config.Default()
	cfg.Dir = dir
	res, err := Run(context.Background(), Options{Dir: dir, Config: cfg})
	require.NoError(t, err)
	var out []string
	for _, d := range res.Diagnostics {
		out = append(out, filepath.Base(d.Range.File)+":"+strconv.Itoa(d.Range.Start.Line)+": ["+d.Rule+"] "+d.Message)
	}
	sort.Strings(out)
	return out
}

const tenantHeader = `datasource db {
  provider = "postgresql"
}

model Organization {
  id  String @id
  a   A[]
  b   B[]
}
`

func TestDirectiveScopes(t *testing.T) {
	got := check(t, tenantHeader+`
// schemalint-ignore tenant-index-missing written once a night, never filtered
model A {
  id             String       @id
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id])
  email          String       @unique // schemalint-ignore tenant-unique-global emails are global logins
}

model B {
  // schemalint-ignore tenant-index-missing,tenant-unique-global legacy table, dropped in Q3
  id             String       @id
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id])
  code           String       @unique
}
`, nil)
	assert.Empty(t, got, "the line above, the end of the line and a block's first lines all silence")
}

func TestBrokenOrUselessDirectivesAreReported(t *testing.T) {
	got := check(t, tenantHeader+`
model A { // schemalint-ignore tenant-index-missing
  id             String       @id
  organizationId String       // schemalint-ignore tenant-unique-global nothing to silence here
  organization   Organization @relation(fields: [organizationId], references: [id])
  // schemalint-ignore tenant-index-mising typo in the id
  name           String
}

model B {
  id             String       @id
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id])

  @@index([organizationId])
}
`, nil)
	assert.Equal(t, []string{
		"schema.prisma:11: [ignore-directive] schemalint-ignore tenant-index-missing needs a reason: say why the finding is acceptable after the rule id",
		`schema.prisma:11: [tenant-index-missing] model "A" has no index leading with its tenant field "organizationId"; add @@index([organizationId])`,
		"schema.prisma:13: [ignore-directive] this schemalint-ignore tenant-unique-global directive suppresses nothing; remove it",
		`schema.prisma:15: [ignore-directive] schemalint-ignore names unknown rule "tenant-index-mising"; run ` + "`schemalint rules`" + ` for the list`,
	}, got, "a rule that does not exist never ran, so its directive is called unknown, not unused")
}

// A directive is called unused only when every rule it names ran on its
// file: not when --rule or the configuration left the rule out, nor for a
// rule that compares with a base when there is none.
func TestUnusedDirectiveOnlyWhenItsRuleRan(t *testing.T) {
	schema := tenantHeader + `
model A {
  id             String       @id
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id])
  // schemalint-ignore tenant-unique-global the code is unique across tenants by design
  code           String       @unique
  // schemalint-ignore view-column-removed,enum-value-order announced in the changelog
  name           String

  @@index([organizationId])
}

model B {
  id             String       @id
  organizationId String       // schemalint-ignore tenant-index-missing rebuilt nightly
  organization   Organization @relation(fields: [organizationId], references: [id])

  @@index([organizationId])
}
`
	dir, cfg := project(t, map[string]string{
		"prisma/schema.prisma": schema,
		"prisma/views/V.sql":   "-- schemalint-ignore view-sensitive-field the hash is needed by the login service\nSELECT id FROM \"A\"\n",
	})
	var withBase *base.Base
	run := func(cfg *config.Config, only ...string) []string {
		t.Helper()
		res, err := Run(context.Background(), Options{Dir: dir, Config: cfg, Only: only, Base: CompareWith(withBase)})
		require.NoError(t, err)
		var out []string
		for _, d := range res.Diagnostics {
			out = append(out, filepath.Base(d.Range.File)+":"+strconv.Itoa(d.Range.Start.Line)+": ["+d.Rule+"] "+d.Message)
		}
		return out
	}
	unusedB := "schema.prisma:25: [ignore-directive] this schemalint-ignore tenant-index-missing directive suppresses nothing; remove it"
	unusedV := "V.sql:1: [ignore-directive] this schemalint-ignore view-sensitive-field directive suppresses nothing; remove it"

	assert.Equal(t, []string{unusedB, unusedV}, run(cfg),
		"without a base the breaking-change rules did not run; the rules that ran found nothing to silence")
	assert.Empty(t, run(cfg, "tenant-unique-global"), "--rule runs one rule: the other directives are not judged")
	assert.Equal(t, []string{unusedV}, run(cfg, "tenant-unique-global", "view-sensitive-field"))

	withBase = &base.Base{Dir: dir, Tree: base.Dir(dir), Label: "base/"}
	assert.Equal(t, []string{
		"schema.prisma:17: [ignore-directive] this schemalint-ignore view-column-removed,enum-value-order directive suppresses nothing; remove it",
		unusedB, unusedV,
	}, run(cfg), "with a base they ran")
	withBase = nil

	off := false
	cfg.Rules = map[string]*config.RuleConfig{"tenant-index-missing": {Enabled: &off}}
	assert.Equal(t, []string{unusedV}, run(cfg), "a rule disabled in the configuration did not run")
}

func TestSQLDirectives(t *testing.T) {
	schema := `datasource db {
  provider = "postgresql"
}

model User {
  id            String @id
  password_hash String
  pin           String

  @@map("users")
}
`
	got := check(t, schema, map[string]string{"prisma/views/Login.sql": `SELECT
  id,
  -- schemalint-ignore view-sensitive-field the login service verifies hashes through this view
  password_hash,
  pin -- schemalint-ignore view-sensitive-field kiosk sign-in
FROM users
`})
	assert.Empty(t, got)
}

func TestHoldsDirectiveWord(t *testing.T) {
	for _, text := range []string{
		"", "-", "schemalint-ignore", "// schemalint-ignore tenant-index-missing",
		"chemalint-ignore", "schemalint-ignor", "x-schemalint-ignore", "a-b-c schemalint-ignore-next",
		"schemalint--ignore", "Tenant-scoped record; every query must filter by organizationId.",
		"-schemalint-ignore", "schemalint-ignoreschemalint-ignore",
	} {
		if got, want := holdsDirectiveWord(text), strings.Contains(text, "schemalint-ignore"); got != want {
			t.Errorf("holdsDirectiveWord(%q) = %v, want %v", text, got, want)
		}
	}
}
