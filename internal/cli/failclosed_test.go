package cli

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Nothing passes silently: each input below was once skipped, or judged
// as if it had been checked. Each is now an error (exit 2) at its place,
// a finding, or a warning line naming the setting.

// A misspelt attribute of a rule block is an error when the file is read,
// whichever rules run: left out by --rule, or switched off.
func TestCheckRejectsUnknownRuleAttributes(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", validSchema)
	cfg := writeFile(t, tmp, "schemalint.hcl", "rule \"tenant-index-missing\" {\n  severty = \"warning\"\n}\n\nrule \"enum-value-order\" {\n  enabled = false\n  ignore_order = true\n  when {}\n}\n")
	for _, args := range [][]string{
		{"check"},
		{"check", "--rule", "view-sensitive-field"},
	} {
		code, out, errOut := run(t, tmp, args...)
		assert.Equal(t, ExitError, code, args)
		assert.Empty(t, out)
		assert.Equal(t, cfg+":2:3: unknown attribute \"severty\" in the rule \"tenant-index-missing\" block; did you mean \"severity\"?\n"+
			cfg+":7:3: unknown attribute \"ignore_order\" in the rule \"enum-value-order\" block; expected \"enabled\" or \"severity\"\n"+
			cfg+":8:3: unknown block \"when\" in the rule \"enum-value-order\" block; it takes no blocks\n", errOut, args)
	}
}

const tenantSchema = `datasource db {
  provider = "postgresql"
}

model Organization {
  id    String @id
  users Member[]
}

model Member {
  id             String       @id
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id])

  @@index([organizationId])
}
`

// A tenant field no model carries would leave every tenancy rule judging
// nothing: exit 2 at the name, with the field the models do carry.
func TestCheckTenantFieldOnNoModel(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", tenantSchema)
	cfg := writeFile(t, tmp, "schemalint.hcl", "tenancy {\n  fields = [\"organizationId\", \"orgnizationId\", \"workspaceId\"]\n}\n")
	code, out, errOut := run(t, tmp, "check")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, cfg+":2:31: tenant field \"orgnizationId\" is on no model; did you mean \"organizationId\"?\n"+
		cfg+":2:48: tenant field \"workspaceId\" is on no model; list the field your tenant-scoped models carry, or remove it\n", errOut)

	// A column name is recognised, as the rules recognise it.
	writeFile(t, tmp, "prisma/schema.prisma", strings.Replace(tenantSchema, "organizationId String\n", "organizationId String @map(\"organization_id\")\n", 1))
	writeFile(t, tmp, "schemalint.hcl", "tenancy {\n  fields = [\"organization_id\"]\n}\n")
	code, _, errOut = run(t, tmp, "check")
	assert.Equal(t, ExitOK, code, errOut)
	assert.Equal(t, noVersionLine+noBaseLine, errOut)
}

// A global model that is no model is a warning at its name: it excuses
// nothing, but nothing is judged wrongly either.
func TestCheckGlobalModelThatIsNoModel(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", tenantSchema)
	cfg := writeFile(t, tmp, "schemalint.hcl", "tenancy {\n  fields        = [\"organizationId\"]\n  global_models = [\"Organisation\", \"Jwk\"]\n}\n")
	code, _, errOut := run(t, tmp, "check")
	assert.Equal(t, ExitOK, code)
	assert.Equal(t, noVersionLine+noBaseLine+"schemalint: "+cfg+":3:20: global model \"Organisation\" is not a model of the schema; did you mean \"Organization\"?\n"+
		"schemalint: "+cfg+":3:36: global model \"Jwk\" is not a model of the schema; remove it\n", errOut)
}

// A schema path glob matching nothing stops the run at its place.
func TestCheckSchemaPathMatchingNothing(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", validSchema)
	cfg := writeFile(t, tmp, "schemalint.hcl", "schema {\n  paths = [\"prisma\", \"apps/*/prisma\"]\n}\n")
	code, out, errOut := run(t, tmp, "check")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, cfg+":2:22: schema path \"apps/*/prisma\" matches nothing; fix the glob, or remove it\n", errOut)
}

// An explicit path that does not exist is exit 2, like any other input.
func TestCheckMissingPathArgument(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", validSchema)
	code, out, errOut := run(t, tmp, "check", "prisma/schema.prsma")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, filepath.Join(tmp, "prisma/schema.prsma")+": cannot read: no such file or directory\n", errOut)
}

// A generated file that is there but cannot be read is reported with the
// reason, not as "not generated yet", which would send the user to a fix
// that cannot write it either. Tests run as root, whom permissions do not
// stop; a file where a folder of the path should be is refused to root too.
func TestCheckUnreadableGeneratedFile(t *testing.T) {
	dir := fixRepo(t)
	writeFile(t, dir, "db", "notes, not the folder of the generated SQL\n")

	code, stdout, errOut := run(t, dir, "check", "--rule", "views-out-of-date", "--format", "json")
	assert.Equal(t, ExitFindings, code, errOut)
	got := findings(t, stdout)
	require.Len(t, got, 2, stdout)
	assert.Equal(t, "schemalint.hcl", got[1].File)
	assert.Equal(t, 9, got[1].Line)
	assert.Equal(t, "db/views.sql cannot be read: a folder on its path is a file; make it a readable file, or move what is in the way and run schemalint fix", got[1].Message)
	assert.Contains(t, got[0].Message, "prisma/schema/views.prisma is not generated yet", "a missing output is still reported as such")
}

// A glob of the configuration that matches no file is said out loud: a
// warning line naming where it is; the run goes on.
func TestCheckWarnsAboutGlobsMatchingNothing(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", validSchema)
	writeFile(t, tmp, "db/views/Active.sql", "SELECT id FROM \"User\"\n")
	cfg := writeFile(t, tmp, "schemalint.hcl", `schema {
  exclude = ["**/generated/**"]
}

sql {
  views      = ["db/views/*.sql", "db/view/*.sql"]
  migrations = ["db/migrations/*/migration.sql"]
}

ignore {
  rule   = "tenant-index-missing"
  paths  = ["prisma/schema.prisma", "prisma/legacy/**"]
  reason = "frozen until the 2027 migration"
}
`)
	code, out, errOut := run(t, tmp, "check")
	assert.Equal(t, ExitOK, code, errOut)
	assert.Empty(t, out)
	assert.Equal(t, noVersionLine+"schemalint: "+cfg+":2:14: schema exclude \"**/generated/**\" excludes no schema; fix the glob, or remove it\n"+
		noBaseLine+
		"schemalint: "+cfg+":12:37: ignore path \"prisma/legacy/**\" matches no file; fix the glob, or remove it\n"+
		"schemalint: "+cfg+":6:35: sql views glob \"db/view/*.sql\" matches no file; fix the glob, or remove it\n"+
		"schemalint: "+cfg+":7:17: sql migrations glob \"db/migrations/*/migration.sql\" matches no file; fix the glob, or remove it\n", errOut)

	// Schemas given as arguments are a part of the repository: an exclude
	// meant for the others is not stale.
	code, _, errOut = run(t, tmp, "check", "prisma/schema.prisma")
	assert.Equal(t, ExitOK, code, errOut)
	assert.NotContains(t, errOut, "schema exclude")
}

// The globs that choose the code the query rule reads are said out loud
// when they select nothing (a typo would read no code and report nothing)
// or leave nothing out; one that matches a file is not.
func TestCheckWarnsAboutQueryGlobsMatchingNothing(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", tenantSchema)
	writeFile(t, tmp, "src/a.ts", "export const a = 1;\n")
	writeFile(t, tmp, "src/scripts/b.ts", "export const b = 1;\n")
	// Left out by default: excluding it again leaves nothing out, and the
	// message says why, since the file is there.
	writeFile(t, tmp, "src/migrations/m.ts", "export const m = 1;\n")
	cfg := writeFile(t, tmp, "schemalint.hcl", `tenancy {
  fields = ["organizationId"]
  queries {
    paths   = ["src/**", "srcx/**"]
    exclude = ["src/scripts/**", "src/tools/**", "src/migrations/**"]
  }
}
`)
	code, _, errOut := run(t, tmp, "check")
	assert.Equal(t, ExitOK, code, errOut)
	assert.Contains(t, errOut, "schemalint: "+cfg+":4:26: queries paths glob \"srcx/**\" matches no TypeScript or JavaScript file the rule reads (tests, seeds, data migrations, dependencies and build output are left out already); fix the glob, or remove it\n")
	assert.Contains(t, errOut, "schemalint: "+cfg+":5:34: queries exclude glob \"src/tools/**\" matches no TypeScript or JavaScript file the rule reads (tests, seeds, data migrations, dependencies and build output are left out already); fix the glob, or remove it\n")
	assert.Contains(t, errOut, "schemalint: "+cfg+":5:50: queries exclude glob \"src/migrations/**\" matches no TypeScript or JavaScript file the rule reads (tests, seeds, data migrations, dependencies and build output are left out already); fix the glob, or remove it\n")
	assert.NotContains(t, errOut, `"src/**"`)
	assert.NotContains(t, errOut, `"src/scripts/**"`)
}

// When queries.paths leave the query rule no file at all, it would judge
// nothing and pass: that is an error at the setting, exit 2, whether the
// paths select nothing or the excludes leave out all they select.
func TestCheckFailsWhenQueryGlobsLeaveNoCode(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", tenantSchema)
	writeFile(t, tmp, "src/a.ts", "export const a = 1;\n")
	for _, c := range []struct{ queries, want string }{
		{`paths = ["srcx/**", "lib/**"]`, ":4:14: queries paths select no TypeScript or JavaScript file the rule reads (tests, seeds, data migrations, dependencies and build output are left out already), so tenant-query-unscoped judges no query; fix the globs, or remove paths to read every source file\n"},
		{`paths = ["src/**"]
    exclude = ["src/*.ts"]`, ":5:16: queries exclude leaves out every file queries paths select, so tenant-query-unscoped judges no query; narrow the exclude globs\n"},
	} {
		cfg := writeFile(t, tmp, "schemalint.hcl", "tenancy {\n  fields = [\"organizationId\"]\n  queries {\n    "+c.queries+"\n  }\n}\n")
		code, out, errOut := run(t, tmp, "check")
		assert.Equal(t, ExitError, code, errOut)
		assert.Empty(t, out)
		assert.Contains(t, errOut, cfg+c.want)
		// Rules that read no code do not list it, and are not stopped.
		code, _, errOut = run(t, tmp, "check", "--rule", "tenant-index-missing")
		assert.Equal(t, ExitOK, code, errOut)
	}
}

// A configuration kept outside the repository reads the code under its
// own folder: finding none there while the schemas checked lie elsewhere
// is said, not taken for code without a leak. Beside its schemas it is
// quiet.
func TestCheckSaysWhenTheCodeIsLookedForAwayFromTheSchemas(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "app/prisma/schema.prisma", tenantSchema)
	writeFile(t, tmp, "app/src/a.ts", "export const a = 1;\n")
	cfg := writeFile(t, tmp, "elsewhere/schemalint.hcl", "tenancy {\n  fields = [\"organizationId\"]\n}\n")
	app := filepath.Join(tmp, "app")
	code, _, errOut := run(t, app, "check", "--config", cfg, "prisma/schema.prisma")
	assert.Equal(t, ExitOK, code, errOut)
	assert.Contains(t, errOut, "schemalint: tenant-query-unscoped found no TypeScript or JavaScript file under "+strconv.Quote(filepath.Dir(cfg))+", the configuration's folder, which holds none of the schemas checked; keep schemalint.hcl at the root of the code, beside or above its schemas\n")

	beside := writeFile(t, tmp, "app/schemalint.hcl", "tenancy {\n  fields = [\"organizationId\"]\n}\n")
	code, _, errOut = run(t, app, "check", "--config", beside, "prisma/schema.prisma")
	assert.Equal(t, ExitOK, code, errOut)
	assert.NotContains(t, errOut, "found no TypeScript")
}

// --rule with no id in it would select no rule, which reads as every rule.
func TestCheckEmptyRuleFlag(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", validSchema)
	code, out, errOut := run(t, tmp, "check", "--rule", " , ")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "invalid value \" , \" for flag -rule: no rule id in \" , \"; give one, like tenant-index-missing\n")
}

// In a monorepo each app may carry its own tenant field: a run over all
// the configuration's schemas judges each field, a run over some of them
// only whether any field is carried.
func TestCheckTenantFieldsAcrossSchemas(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "apps/billing/prisma/schema.prisma", tenantSchema)
	writeFile(t, tmp, "apps/crm/prisma/schema.prisma", strings.ReplaceAll(tenantSchema, "organizationId", "workspaceId"))
	writeFile(t, tmp, "schemalint.hcl", "schema {\n  paths = [\"apps/*/prisma\"]\n}\n\ntenancy {\n  fields        = [\"organizationId\", \"workspaceId\"]\n  global_models = [\"Organization\"]\n}\n")
	code, _, errOut := run(t, tmp, "check")
	assert.Equal(t, ExitOK, code, errOut)
	assert.Equal(t, noVersionLine+noBaseLine, errOut)
	code, _, errOut = run(t, tmp, "check", "apps/crm/prisma")
	assert.Equal(t, ExitOK, code, errOut)
	assert.Equal(t, noVersionLine+noBaseLine, errOut)

	cfg := writeFile(t, tmp, "schemalint.hcl", "schema {\n  paths = [\"apps/*/prisma\"]\n}\n\ntenancy {\n  fields = [\"organizationId\", \"workspace\"]\n}\n")
	code, _, errOut = run(t, tmp, "check")
	assert.Equal(t, ExitError, code)
	assert.Equal(t, cfg+":6:31: tenant field \"workspace\" is on no model; did you mean \"workspaceId\"?\n", errOut)
	code, _, errOut = run(t, tmp, "check", "apps/crm/prisma")
	assert.Equal(t, ExitError, code, "no configured field is on the schema checked")
	assert.Equal(t, cfg+":6:13: tenant field \"organizationId\" is on no model; list the field your tenant-scoped models carry, or remove it\n"+
		cfg+":6:31: tenant field \"workspace\" is on no model; did you mean \"workspaceId\"?\n", errOut)
}

// A membership model that cannot hold memberships would prove a row's
// tenant by a lookup that proves nothing: exit 2 at the name, for a name
// no model has, a model without its own tenant field, and one that names
// no user.
func TestCheckMembershipModels(t *testing.T) {
	tmp := t.TempDir()
	schema := strings.Replace(tenantSchema, "  @@index([organizationId])\n}\n", "  userId         String\n  user           User         @relation(fields: [userId], references: [id])\n\n  @@index([organizationId])\n}\n\nmodel User {\n  id      String   @id\n  members Member[]\n  notes   Note[]\n}\n\nmodel Note {\n  id     String @id\n  userId String\n  user   User   @relation(fields: [userId], references: [id])\n}\n", 1)
	writeFile(t, tmp, "prisma/schema.prisma", schema)
	writeFile(t, tmp, "schemalint.hcl", "tenancy {\n  fields = [\"organizationId\"]\n  queries {\n    membership_models = [\"Member\"]\n  }\n}\n")
	code, _, errOut := run(t, tmp, "check")
	assert.NotEqual(t, ExitError, code, errOut)
	assert.Equal(t, noVersionLine+noBaseLine, errOut)

	cfg := writeFile(t, tmp, "schemalint.hcl", "tenancy {\n  fields = [\"organizationId\"]\n  queries {\n    membership_models = [\"Membr\", \"Note\", \"Organization\"]\n  }\n}\n")
	code, out, errOut := run(t, tmp, "check")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, cfg+":4:26: membership model \"Membr\" is not a model of the schema; did you mean \"Member\"?\n"+
		cfg+":4:35: membership model \"Note\" carries no tenant field of its own, so its rows name no tenant; name the model whose rows hold a tenant's key and a user's, or remove it\n"+
		cfg+":4:43: membership model \"Organization\" carries no tenant field of its own, so its rows name no tenant; name the model whose rows hold a tenant's key and a user's, or remove it\n", errOut)

	// Without its relation to the user, Member names nobody.
	writeFile(t, tmp, "prisma/schema.prisma", tenantSchema)
	cfg = writeFile(t, tmp, "schemalint.hcl", "tenancy {\n  fields = [\"organizationId\"]\n  queries {\n    membership_models = [\"Member\"]\n  }\n}\n")
	code, _, errOut = run(t, tmp, "check")
	assert.Equal(t, ExitError, code)
	assert.Equal(t, cfg+":4:26: membership model \"Member\" has no required relation to a user (a model that is not tenant-scoped), so its rows name nobody; name the model whose rows hold a tenant's key and a user's, or remove it\n", errOut)
}

// A caller_identity entry that is no path of two names rooted at a
// parameter, nor a decorator, is an error at its place: it would prove
// reads by whatever a bare name or a user's field holds.
func TestCheckCallerIdentity(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", tenantSchema)
	cfg := writeFile(t, tmp, "schemalint.hcl", "tenancy {\n  fields = [\"organizationId\"]\n  queries {\n    caller_identity = [\"ctx.session.user\", \"user\", \"@CurrentUser\", \"ctx.session.user.email\"]\n  }\n}\n")
	code, out, errOut := run(t, tmp, "check")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, cfg+":4:44: \"user\" is not a caller identity; give the property path the signed-in user's row is read from, rooted at a parameter, like \"ctx.session.user\", or at the result of a call with no arguments, like \"getCurrentUser()\" or \"auth().user\", or a parameter decorator, like \"@CurrentUser\"\n"+
		cfg+":4:68: \"ctx.session.user.email\" names a field of the user; give the path of the user itself, like \"ctx.session.user\"\n", errOut)
}

// Finding the schema as Prisma does never falls back to a default location
// past a file it could not understand: that could check another schema.
func TestCheckDiscoveryDoesNotFallBack(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", validSchema)
	config := writeFile(t, tmp, "prisma.config.ts", "import path from 'node:path'\nimport { defineConfig } from 'prisma/config'\n\nexport default defineConfig({\n  schema: path.join('db', 'schema'),\n})\n")
	code, out, errOut := run(t, tmp, "check")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, config+":5:3: the schema path is not a string literal, which schemalint does not evaluate; pass the schema's path (schemalint check <path>) or set schema.paths in schemalint.hcl\n", errOut)

	writeFile(t, tmp, "prisma.config.ts", "export default {}\n")
	pkg := writeFile(t, tmp, "package.json", "{\n  \"name\": \"app\",\n  \"prisma\": {\"schema\": \"db/schema.prisma\"},\n}\n")
	code, out, errOut = run(t, tmp, "check")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, pkg+": invalid character '}' looking for beginning of object key string, so prisma.schema cannot be read from it; fix it, or pass the schema's path\n", errOut)
}

// A --config that does not exist is exit 2, saying which file.
func TestCheckMissingConfig(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", validSchema)
	code, out, errOut := run(t, tmp, "check", "--config", "schemalint.hlc")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, "schemalint: "+filepath.Join(tmp, "schemalint.hlc")+": cannot read: no such file or directory\n", errOut)
}
