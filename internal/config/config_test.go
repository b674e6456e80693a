package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var knownRules = []string{
	"view-sensitive-field", "tenant-index-missing", "tenant-unscoped-model",
	"tenant-unique-global", "view-column-removed", "provider-capability",
}

func parse(src string) (*Config, error) {
	return Parse("schemalint.hcl", []byte(src), knownRules)
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // the whole error text
	}{
		{"syntax error", "fail_on = \n",
			`schemalint.hcl:1:11: invalid expression: expected the start of an expression, but found an invalid expression token`},
		{"unclosed block", "schema {\n  paths = []\n",
			`schemalint.hcl:1:8: unclosed configuration block: there is no closing brace for this block before the end of the file`},
		{"attribute set twice", "fail_on = \"error\"\nfail_on = \"notice\"\n",
			`schemalint.hcl:2:1: attribute redefined: the argument "fail_on" was already set at schemalint.hcl:1:1`},
		{"binary junk", "fail_on = \"error\"\n\x7fELF\x00\x01\x02",
			`schemalint.hcl:2:5: file contains a NUL byte: this looks like a binary file, not a configuration`},
		{"invalid UTF-8", "# caf\xe9\n",
			`schemalint.hcl:1:6: file contains invalid UTF-8: a configuration must be UTF-8 text`},
		{"too deep", "a = " + strings.Repeat("[", 100),
			`schemalint.hcl:1:69: nesting is more than 64 levels deep, too deep for a configuration`},
		{"too many operators", "a = " + strings.Repeat("!", 5000) + "true",
			`schemalint.hcl:1:1005: more than 1000 operators, too many for a configuration`},
		{"heredoc too long", "reason = <<EOT\n" + strings.Repeat("x\n", 3000),
			`schemalint.hcl:2002:1: heredocs are too long for a configuration; use quoted strings`},
		{"too large", "# " + strings.Repeat("x", maxFileSize),
			`schemalint.hcl:1:1: file is larger than 256 KiB, too large for a configuration`},

		{"unknown block", "schema {}\ntenency {\n}\n",
			`schemalint.hcl:2:1: unknown block "tenency"; did you mean "tenancy"?`},
		{"version as a string", "version = \"1\"\n",
			`schemalint.hcl:1:11: version must be a whole number like 1, not a string`},
		{"version zero", "version = 0\n",
			`schemalint.hcl:1:11: version 0 does not exist; versions count from 1`},
		{"unknown block, nothing close", "generate {}\n",
			`schemalint.hcl:1:1: unknown block "generate"; expected "schema", "sql", "tenancy", "sensitive", "base", "baseline", "rule", "ignore", "views", "consume" or "tenant_schema"`},
		{"unknown top-level attribute", "fail_level = \"error\"\n",
			`schemalint.hcl:1:1: unknown attribute "fail_level"; did you mean "fail_on"?`},
		{"unknown attribute in a block", "schema {\n  pahts = [\"prisma\"]\n}\n",
			`schemalint.hcl:2:3: unknown attribute "pahts" in the schema block; did you mean "paths"?`},
		{"unknown attribute, nothing close", "sql {\n  dialect = \"postgres\"\n}\n",
			`schemalint.hcl:2:3: unknown attribute "dialect" in the sql block; expected "views" or "migrations"`},
		{"unknown nested block", "tenancy {\n  scope {}\n}\n",
			`schemalint.hcl:2:3: unknown block "scope" in the tenancy block; expected "queries" or "registry"`},
		{"queries: scoped client not an expression", "tenancy {\n  queries {\n    scoped_clients = [\"ctx.orgDb()\"]\n  }\n}\n",
			`schemalint.hcl:3:23: "ctx.orgDb()" is not a client expression; give it as the code writes it, like "ctx.orgDb"`},
		{"queries: unknown operation", "tenancy {\n  queries {\n    scoped_operations = [\"findAll\"]\n  }\n}\n",
			`schemalint.hcl:3:26: "findAll" is not a Prisma operation whose where can be filtered; use findMany, findFirst, count, …`},
		{"queries: membership model not a name", "tenancy {\n  queries {\n    membership_models = [\"Member\", \"db.member\"]\n  }\n}\n",
			`schemalint.hcl:3:36: "db.member" is not a model name; give it as the schema writes it, like "Member"`},
		{"queries: caller identity not a path", "tenancy {\n  queries {\n    caller_identity = [\"ctx.session.user\", \"session.user()\"]\n  }\n}\n",
			`schemalint.hcl:3:44: "session.user()" is not a caller identity; give the property path the signed-in user's row is read from, rooted at a parameter, like "ctx.session.user", or at the result of a call with no arguments, like "getCurrentUser()" or "auth().user", or a parameter decorator, like "@CurrentUser"`},
		{"queries: caller identity a bare name", "tenancy {\n  queries {\n    caller_identity = [\"user\"]\n  }\n}\n",
			`schemalint.hcl:3:24: "user" is not a caller identity; give the property path the signed-in user's row is read from, rooted at a parameter, like "ctx.session.user", or at the result of a call with no arguments, like "getCurrentUser()" or "auth().user", or a parameter decorator, like "@CurrentUser"`},
		{"queries: caller identity a call with arguments", "tenancy {\n  queries {\n    caller_identity = [\"getCurrentUser()\", \"getUser(id)\"]\n  }\n}\n",
			`schemalint.hcl:3:44: "getUser(id)" is not a caller identity; give the property path the signed-in user's row is read from, rooted at a parameter, like "ctx.session.user", or at the result of a call with no arguments, like "getCurrentUser()" or "auth().user", or a parameter decorator, like "@CurrentUser"`},
		{"queries: caller identity a call's field", "tenancy {\n  queries {\n    caller_identity = [\"auth().user.id\"]\n  }\n}\n",
			`schemalint.hcl:3:24: "auth().user.id" names a field of the user; give the path of the user itself, like "auth().user"`},
		{"queries: caller identity a field", "tenancy {\n  queries {\n    caller_identity = [\"@CurrentUser\", \"ctx.session.user.id\"]\n  }\n}\n",
			`schemalint.hcl:3:40: "ctx.session.user.id" names a field of the user; give the path of the user itself, like "ctx.session.user"`},
		{"queries: bad glob", "tenancy {\n  queries {\n    paths = [\"src/[\"]\n  }\n}\n",
			`schemalint.hcl:3:14: "src/[" is not a valid glob: a [ ] or { } is unclosed, unmatched or empty`},
		{"queries: unknown attribute", "tenancy {\n  queries {\n    scoped_client = []\n  }\n}\n",
			`schemalint.hcl:3:5: unknown attribute "scoped_client" in the queries block; did you mean "scoped_clients"?`},
		{"queries setting written in tenancy", "tenancy {\n  fields = [\"organizationId\"]\n  membership_models = [\"Member\"]\n}\n",
			`schemalint.hcl:3:3: unknown attribute "membership_models" in the tenancy block: it belongs in the queries block; write tenancy { queries { membership_models = … } }`},
		{"tenancy setting written at the top", "fields = [\"organizationId\"]\n",
			`schemalint.hcl:1:1: unknown attribute "fields": it belongs in the tenancy block; write tenancy { fields = … }`},
		{"queries twice", "tenancy {\n  queries {}\n  queries {}\n}\n",
			`schemalint.hcl:3:3: duplicate queries block (the first is at schemalint.hcl:2:3); merge them`},
		{"block written as attribute", "schema = { paths = [] }\n",
			`schemalint.hcl:1:1: schema is a block, not an attribute; write schema { … }`},
		{"attribute written as block", "tenancy {\n  fields {}\n}\n",
			`schemalint.hcl:2:3: fields is an attribute, not a block; write fields = …`},
		{"label on a plain block", "schema \"main\" {}\n",
			`schemalint.hcl:1:8: the schema block takes no label`},
		{"duplicate block", "sql {}\nschema {}\nsql {}\n",
			`schemalint.hcl:3:1: duplicate sql block (the first is at schemalint.hcl:1:1); merge them`},

		{"wrong type: string for list", "schema {\n  paths = \"prisma/schema\"\n}\n",
			`schemalint.hcl:2:11: paths must be a list of strings, not a string; write ["prisma/schema"]`},
		{"wrong type: number in list", "schema {\n  exclude = [\"a/**\", 3]\n}\n",
			`schemalint.hcl:2:22: exclude[1] must be a string, not a number`},
		{"wrong type: quoted bool", "rule \"tenant-index-missing\" {\n  enabled = \"false\"\n}\n",
			`schemalint.hcl:2:13: enabled must be true or false, not a string; write false without quotes`},
		{"wrong type: list for string", "tenancy {\n  registry {\n    file = [\"a.ts\"]\n    symbol = \"S\"\n  }\n}\n",
			`schemalint.hcl:3:12: file must be a string, not a list`},
		{"null", "fail_on = null\n",
			`schemalint.hcl:1:11: fail_on must be "error", "warning" or "notice", not null`},
		{"unquoted word", "fail_on = warning\n",
			`schemalint.hcl:1:11: warning is not a value; quote it: "warning"`},
		{"interpolation", "schema {\n  paths = [\"${root}/prisma\"]\n}\n",
			`schemalint.hcl:2:15: a configuration has no variables, so ${…} cannot be used; write the text itself`},
		{"function call", "schema {\n  paths = concat([\"a\"], [\"b\"])\n}\n",
			`schemalint.hcl:2:11: function calls not allowed: functions may not be called here`},

		{"bad fail_on", "fail_on = \"fatal\"\n",
			`schemalint.hcl:1:11: fail_on: unknown severity "fatal"; use "error", "warning" or "notice"`},
		{"bad severity", "rule \"tenant-index-missing\" {\n  severity = \"warn\"\n}\n",
			`schemalint.hcl:2:14: severity: unknown severity "warn"; use "error", "warning" or "notice"`},
		{"severity of the wrong type", "rule \"tenant-index-missing\" {\n  severity = 2\n}\n",
			`schemalint.hcl:2:14: severity must be "error", "warning" or "notice", not a number`},
		{"unknown rule with suggestion", "rule \"tenant-index-mising\" {}\n",
			`schemalint.hcl:1:6: unknown rule "tenant-index-mising"; did you mean "tenant-index-missing"?`},
		{"unknown rule, a fragment", "rule \"sensitive-field\" {}\n",
			`schemalint.hcl:1:6: unknown rule "sensitive-field"; did you mean "view-sensitive-field"?`},
		{"unknown rule without suggestion", "rule \"no-floats\" {}\n",
			`schemalint.hcl:1:6: unknown rule "no-floats"; run schemalint rules to list them`},
		{"rule without label", "rule {}\n",
			`schemalint.hcl:1:1: the rule block needs the rule id as its label, like rule "tenant-index-missing" { … }`},
		{"rule with two labels", "rule \"tenant-index-missing\" \"x\" {}\n",
			`schemalint.hcl:1:29: the rule block takes one label, the rule id`},
		{"duplicate rule", "rule \"tenant-index-missing\" {}\n\nrule \"tenant-index-missing\" {\n  enabled = false\n}\n",
			`schemalint.hcl:3:6: duplicate rule "tenant-index-missing" (the first is at schemalint.hcl:1:1); merge the two blocks`},

		{"bad glob", "schema {\n  exclude = [\"prisma/[generated/**\"]\n}\n",
			`schemalint.hcl:2:14: "prisma/[generated/**" is not a valid glob: a [ ] or { } is unclosed, unmatched or empty`},
		{"backslash path", "sql {\n  views = [\"prisma\\\\views\\\\*.sql\"]\n}\n",
			`schemalint.hcl:2:12: "prisma\\views\\*.sql" contains a backslash; write paths with forward slashes`},
		{"empty path", "schema {\n  paths = [\"\"]\n}\n",
			`schemalint.hcl:2:12: empty path; give a file, a folder or a glob`},

		{"empty tenant fields", "tenancy {\n  fields = []\n}\n",
			`schemalint.hcl:2:12: fields is empty; list the tenant field names, like ["organizationId"]`},
		{"tenant field not a name", "tenancy {\n  fields = [\"org id\"]\n}\n",
			`schemalint.hcl:2:13: "org id" is not a field name`},
		{"registry without symbol", "tenancy {\n  registry {\n    file = \"src/scope.ts\"\n  }\n}\n",
			`schemalint.hcl:2:3: the registry block needs symbol = "…", the name the list of tenant-scoped models is bound to, like "ORG_SCOPED_MODELS"`},
		{"registry without file", "tenancy {\n  registry {\n    symbol = \"ORG_SCOPED_MODELS\"\n  }\n}\n",
			`schemalint.hcl:2:3: the registry block needs file = "…", the TypeScript or JavaScript file that lists the tenant-scoped models`},
		{"registry symbol not an identifier", "tenancy {\n  registry {\n    file = \"a.ts\"\n    symbol = \"ORG-SCOPED\"\n  }\n}\n",
			`schemalint.hcl:4:14: "ORG-SCOPED" is not a JavaScript identifier; give the name the list of scoped models is bound to, like "ORG_SCOPED_MODELS"`},

		{"bad sensitive pattern", "sensitive {\n  patterns = [\"pass?word\"]\n}\n",
			`schemalint.hcl:2:15: sensitive pattern "pass?word": '?' is not allowed; use words, "*" for any words, and _ - . or spaces between words`},
		{"sensitive pattern without a word", "sensitive {\n  extra_patterns = [\"*\"]\n}\n",
			`schemalint.hcl:2:21: sensitive pattern "*" has no word to match`},
		{"bad allow entry", "sensitive {\n  allow = [\"passwordChangedAt\"]\n}\n",
			`schemalint.hcl:2:12: "passwordChangedAt" is not Model.field, like "User.passwordChangedAt"`},

		{"ignore without reason", "ignore {\n  rule  = \"view-column-removed\"\n  paths = [\"prisma/legacy/**\"]\n}\n",
			`schemalint.hcl:1:1: the ignore block needs reason = "…" saying why the rule does not apply to these files`},
		{"ignore with empty reason", "ignore {\n  rule   = \"view-column-removed\"\n  paths  = [\"prisma/legacy/**\"]\n  reason = \"  \"\n}\n",
			`schemalint.hcl:4:12: reason is empty; say why the rule does not apply to these files`},
		{"ignore of an unknown rule", "ignore {\n  rule   = \"view-column-remove\"\n  paths  = [\"x/**\"]\n  reason = \"frozen\"\n}\n",
			`schemalint.hcl:2:12: unknown rule "view-column-remove"; did you mean "view-column-removed"?`},
		{"ignore with empty paths", "ignore {\n  rule   = \"view-column-removed\"\n  paths  = []\n  reason = \"frozen\"\n}\n",
			`schemalint.hcl:3:12: paths is empty; list the files the ignore applies to, like ["prisma/legacy/**"]`},

		{"base without ref", "base {\n}\n",
			`schemalint.hcl:1:1: the base block needs ref = "…", the git ref the breaking-change rules compare with, like "origin/main"`},
		{"base with empty ref", "base {\n  ref = \"\"\n}\n",
			`schemalint.hcl:2:9: ref is empty; name the git ref the breaking-change rules compare with, like "origin/main"`},
		{"base ref that git would read as an option", "base {\n  ref = \"--output=x\"\n}\n",
			`schemalint.hcl:2:9: "--output=x" is not a git ref; name a branch, tag or commit, like "origin/main"`},
		{"base ref with a space", "base {\n  ref = \"origin/ main\"\n}\n",
			`schemalint.hcl:2:9: "origin/ main" is not a git ref; name a branch, tag or commit, like "origin/main"`},
		{"base ref not a string", "base {\n  ref = [\"origin/main\"]\n}\n",
			`schemalint.hcl:2:9: ref must be a string, not a list`},
		{"base with a label", "base \"main\" {\n  ref = \"origin/main\"\n}\n",
			`schemalint.hcl:1:6: the base block takes no label`},
		{"two base blocks", "base {\n  ref = \"origin/main\"\n}\nbase {\n  ref = \"origin/dev\"\n}\n",
			`schemalint.hcl:4:1: duplicate base block (the first is at schemalint.hcl:1:1); merge them`},
		{"unknown attribute in base", "base {\n  ref    = \"origin/main\"\n  remote = \"upstream\"\n}\n",
			`schemalint.hcl:3:3: unknown attribute "remote" in the base block; expected "ref"`},

		{"several errors, in file order", "fail_on = \"bad\"\nschema {\n  paths = 1\n}\nrule \"nope\" {}\n",
			"schemalint.hcl:1:11: fail_on: unknown severity \"bad\"; use \"error\", \"warning\" or \"notice\"\n" +
				"schemalint.hcl:3:11: paths must be a list of strings, not a number\n" +
				"schemalint.hcl:5:6: unknown rule \"nope\"; run schemalint rules to list them"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := parse(tt.src)
			require.Error(t, err)
			assert.Nil(t, cfg)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestBase(t *testing.T) {
	cfg, err := parse("fail_on = \"error\"\n\nbase {\n  ref = \"origin/main\"\n}\n")
	require.NoError(t, err)
	require.NotNil(t, cfg.Base)
	assert.Equal(t, "origin/main", cfg.Base.Ref)
	assert.Equal(t, "schemalint.hcl:4:9", Pos(cfg.Base.Range))

	cfg, err = parse("")
	require.NoError(t, err)
	assert.Nil(t, cfg.Base, "no base block, no base setting")
}

func TestErrorsAreTyped(t *testing.T) {
	_, err := parse("fail_on = \"x\"\n")
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, 1, e.Range.Start.Line)
	assert.Equal(t, 11, e.Range.Start.Column)

	_, err = parse("fail_on = \"x\"\nsql { x = 1 }\n")
	var es *Errors
	require.ErrorAs(t, err, &es)
	assert.Len(t, es.List, 2)
	require.ErrorAs(t, err, &e, "errors.As reaches the first error through Unwrap")
	assert.Equal(t, 1, e.Range.Start.Line)
}

func TestDefaults(t *testing.T) {
	c := Default()
	assert.Equal(t, "", c.Path)
	assert.Equal(t, severity.Error, c.FailOn)
	assert.Empty(t, c.Schema.Paths, "no paths: discover the schema like Prisma")
	assert.Empty(t, c.Schema.Exclude)
	assert.Equal(t, []string{"prisma/views/**/*.sql"}, c.SQL.Views)
	assert.Equal(t, []string{"prisma/migrations/**/migration.sql"}, c.SQL.Migrations)
	assert.Equal(t, []string{"organizationId", "organisationId", "tenantId"}, c.Tenancy.Fields)
	assert.Empty(t, c.Tenancy.GlobalModels)
	assert.Nil(t, c.Tenancy.Registry)
	assert.Equal(t, DefaultSensitivePatterns, c.Sensitive.Patterns)
	assert.Empty(t, c.Sensitive.Allow)
	assert.Empty(t, c.Rules)
	assert.Empty(t, c.Ignores)

	c.SQL.Views[0] = "changed"
	assert.Equal(t, "prisma/views/**/*.sql", Default().SQL.Views[0], "Default returns fresh slices")

	for _, src := range []string{"", "# nothing but a comment\n", "schema {}\nsql {}\ntenancy {}\nsensitive {}\n"} {
		got, err := parse(src)
		require.NoError(t, err)
		want := Default()
		want.Path, want.Dir, want.Src = "schemalint.hcl", ".", []byte(src)
		// An empty tenancy block still declares that the team uses tenancy.
		want.Tenancy.Configured = strings.Contains(src, "tenancy")
		assert.Equal(t, want, got, "%q decodes to the defaults", src)
	}
}

const fullConfig = `# which level makes schemalint check exit 1
fail_on = "warning"

schema {
  paths   = ["prisma/schema", "services/*/prisma"]
  exclude = ["**/generated/**"]
}

sql {
  views      = ["db/views/*.sql"]
  migrations = []
}

tenancy {
  fields        = ["orgId"]
  global_models = ["Permission", "Scope", "Jwk"]
  registry {
    file   = "src/lib/prisma-org-scope.ts"
    symbol = "ORG_SCOPED_MODELS"
  }
  queries {
    paths             = ["src/**"]
    exclude           = ["src/scripts/**"]
    scoped_clients    = ["ctx.orgDb", "this.scoped"]
    scoped_operations = ["findMany", "count"]
    membership_models = ["Member"]
    caller_identity   = ["ctx.session.user", "@CurrentUser"]
  }
}

sensitive {
  patterns       = ["*password*", "pin"]
  extra_patterns = ["*iban*", "!*pin count*"]
  allow          = ["User.passwordChangedAt"]
}

rule "tenant-index-missing" {
  enabled  = true
  severity = "notice"
  fields   = ["createdAt"]
  exempt "AuditLog" {
    reason = "append-only"
  }
}

rule "view-sensitive-field" {
  enabled = false
}

ignore {
  rule   = "view-column-removed"
  paths  = ["prisma/legacy/**"]
  reason = "legacy views are frozen"
}
`

func TestFullFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "schemalint.hcl")
	require.NoError(t, os.WriteFile(path, []byte(fullConfig), 0o644))
	c, err := Load(path, knownRules)
	require.NoError(t, err)

	assert.Equal(t, path, c.Path)
	assert.Equal(t, dir, c.Dir)
	assert.Equal(t, severity.Warning, c.FailOn)
	assert.Equal(t, []string{"prisma/schema", "services/*/prisma"}, c.Schema.Paths)
	assert.Equal(t, []string{"**/generated/**"}, c.Schema.Exclude)
	assert.Equal(t, []string{"db/views/*.sql"}, c.SQL.Views)
	assert.Equal(t, []string{}, c.SQL.Migrations)
	// Each glob and name is located, for the warnings about what matches
	// nothing.
	require.Len(t, c.Schema.PathRanges, 2)
	assert.Equal(t, hcl.Pos{Line: 5, Column: 31, Byte: 104}, c.Schema.PathRanges[1].Start)
	require.Len(t, c.SQL.ViewRanges, 1)
	require.Len(t, c.Tenancy.FieldRanges, 1)
	require.Len(t, c.Tenancy.GlobalModelRanges, 3)
	require.Len(t, c.Ignores, 1)
	require.Len(t, c.Ignores[0].PathRanges, 1)
	assert.Equal(t, []string{"orgId"}, c.Tenancy.Fields)
	assert.Equal(t, []string{"Permission", "Scope", "Jwk"}, c.Tenancy.GlobalModels)
	require.NotNil(t, c.Tenancy.Registry)
	assert.Equal(t, "src/lib/prisma-org-scope.ts", c.Tenancy.Registry.File)
	assert.Equal(t, "ORG_SCOPED_MODELS", c.Tenancy.Registry.Symbol)
	q := c.Tenancy.Queries
	require.Len(t, q.PathRanges, 1)
	require.Len(t, q.ExcludeRanges, 1)
	assert.Equal(t, hcl.Pos{Line: 22, Column: 26, Byte: 438}, q.PathRanges[0].Start)
	require.Len(t, q.MembershipRanges, 1)
	assert.Equal(t, hcl.Pos{Line: 26, Column: 26, Byte: 615}, q.MembershipRanges[0].Start)
	require.Len(t, q.CallerIdentityRanges, 2)
	assert.Equal(t, hcl.Pos{Line: 27, Column: 46, Byte: 670}, q.CallerIdentityRanges[1].Start)
	q.PathRanges, q.ExcludeRanges, q.MembershipRanges, q.CallerIdentityRanges = nil, nil, nil, nil
	assert.Equal(t, Queries{
		Paths: []string{"src/**"}, Exclude: []string{"src/scripts/**"},
		ScopedClients: []string{"ctx.orgDb", "this.scoped"}, ScopedOperations: []string{"findMany", "count"},
		MembershipModels: []string{"Member"},
		CallerIdentity:   []string{"ctx.session.user", "@CurrentUser"},
	}, q)
	assert.Equal(t, 17, c.Tenancy.Registry.Range.Start.Line)
	assert.Equal(t, []string{"*password*", "pin", "*iban*", "!*pin count*"}, c.Sensitive.Patterns)
	assert.Equal(t, []string{"User.passwordChangedAt"}, c.Sensitive.Allow)
	assert.True(t, c.Sensitive.Allowed("User", "passwordChangedAt"))
	p, ok := c.Sensitive.Match("customerIban")
	assert.True(t, ok)
	assert.Equal(t, "*iban*", p)
	_, ok = c.Sensitive.Match("pinCount")
	assert.False(t, ok)

	require.Len(t, c.Rules, 2)
	tim := c.Rules["tenant-index-missing"]
	require.NotNil(t, tim)
	assert.Equal(t, "tenant-index-missing", tim.Name)
	require.NotNil(t, tim.Enabled)
	assert.True(t, *tim.Enabled)
	require.NotNil(t, tim.Severity)
	assert.Equal(t, severity.Notice, *tim.Severity)
	assert.Equal(t, 37, tim.Range.Start.Line)
	assert.Equal(t, 1, tim.Range.Start.Column)

	// The rule's own options stay for the rule to decode; enabled and
	// severity are not among them.
	var opts struct {
		Fields []string `hcl:"fields,optional"`
		Exempt []struct {
			Model  string `hcl:"model,label"`
			Reason string `hcl:"reason"`
		} `hcl:"exempt,block"`
	}
	require.NoError(t, tim.DecodeOptions(&opts))
	assert.Equal(t, []string{"createdAt"}, opts.Fields)
	require.Len(t, opts.Exempt, 1)
	assert.Equal(t, "AuditLog", opts.Exempt[0].Model)
	diags := gohcl.DecodeBody(tim.Options, nil, &opts)
	assert.False(t, diags.HasErrors(), "the rules package may decode Options itself: %s", diags)

	vsf := c.Rules["view-sensitive-field"]
	require.NotNil(t, vsf)
	require.NotNil(t, vsf.Enabled)
	assert.False(t, *vsf.Enabled)
	assert.Nil(t, vsf.Severity)
	require.NoError(t, vsf.DecodeOptions(&struct{}{}))

	require.Len(t, c.Ignores, 1)
	ig := c.Ignores[0]
	assert.Equal(t, "view-column-removed", ig.Rule)
	assert.Equal(t, []string{"prisma/legacy/**"}, ig.Paths)
	assert.Equal(t, "legacy views are frozen", ig.Reason)
}

func TestRuleOptionErrors(t *testing.T) {
	c, err := parse("rule \"tenant-index-missing\" {\n  severity = \"warning\"\n  feilds = [\"a\"]\n}\n")
	require.NoError(t, err)
	var opts struct {
		Fields []string `hcl:"fields,optional"`
	}
	err = c.Rules["tenant-index-missing"].DecodeOptions(&opts)
	require.Error(t, err)
	assert.Equal(t, `schemalint.hcl:3:3: unknown attribute "feilds" in the rule "tenant-index-missing" block; did you mean "fields"?`, err.Error())

	var unset *RuleConfig
	assert.NoError(t, unset.DecodeOptions(&opts), "a rule without a block keeps its defaults")
}

func TestAnyRuleIDWhenNoneKnown(t *testing.T) {
	c, err := Parse("schemalint.hcl", []byte("rule \"custom\" {}\n"), nil)
	require.NoError(t, err)
	assert.Contains(t, c.Rules, "custom")
}

func TestLoadUnreadable(t *testing.T) {
	dir := t.TempDir()
	_, err := Load(filepath.Join(dir, "missing.hcl"), nil)
	require.Error(t, err)
	assert.True(t, errors.Is(err, os.ErrNotExist))

	_, err = Load(dir, nil)
	require.Error(t, err)
	assert.Equal(t, dir+": is a folder, not a regular file; schemalint reads only regular files", err.Error())

	big := filepath.Join(dir, "big.hcl")
	require.NoError(t, os.WriteFile(big, make([]byte, 3*maxFileSize), 0o644))
	_, err = Load(big, nil)
	require.Error(t, err)
	assert.Equal(t, big+":1:1: file is larger than 256 KiB, too large for a configuration", err.Error())
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	repo := filepath.Join(root, "repo")
	deep := filepath.Join(repo, "services", "api", "prisma")
	require.NoError(t, os.MkdirAll(deep, 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(repo, ".git"), 0o755))

	assert.Equal(t, "", Find(deep), "none up to the repository root")

	// A file above the repository root belongs to another project.
	require.NoError(t, os.WriteFile(filepath.Join(root, FileName), nil, 0o644))
	assert.Equal(t, "", Find(deep))

	require.NoError(t, os.WriteFile(filepath.Join(repo, FileName), nil, 0o644))
	found := Find(deep)
	assert.Equal(t, filepath.Join(repo, FileName), filepath.Clean(found))
	assert.Equal(t, filepath.Join(repo, FileName), Find(repo))

	// The nearest one wins (a monorepo service with its own rules).
	svc := filepath.Join(repo, "services", "api")
	require.NoError(t, os.WriteFile(filepath.Join(svc, FileName), nil, 0o644))
	assert.Equal(t, filepath.Join(svc, FileName), Find(deep))

	// A folder of that name is not a configuration.
	require.NoError(t, os.Remove(filepath.Join(svc, FileName)))
	require.NoError(t, os.Mkdir(filepath.Join(svc, FileName), 0o755))
	assert.Equal(t, filepath.Join(repo, FileName), Find(deep))

	// A worktree's .git is a file, and still marks the root.
	wt := filepath.Join(root, "worktree", "sub")
	require.NoError(t, os.MkdirAll(wt, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "worktree", ".git"), []byte("gitdir: x"), 0o644))
	assert.Equal(t, "", Find(wt))
}

func TestFindRelative(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "a", "b"), 0o755))
	require.NoError(t, os.Mkdir(filepath.Join(root, ".git"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, FileName), nil, 0o644))
	t.Chdir(filepath.Join(root, "a"))
	assert.Equal(t, filepath.Join("..", FileName), Find("."), "a relative dir gives a relative path, short in messages")
	assert.Equal(t, filepath.Join("..", FileName), Find(filepath.Join("b", "..", "..")))
}

// FuzzParse checks that no input panics and that every failure is a
// positioned error.
func FuzzParse(f *testing.F) {
	f.Add([]byte(fullConfig))
	f.Add([]byte("fail_on = \n"))
	f.Add([]byte("rule \"x\" { severity = 1 }"))
	f.Add([]byte("a = [[[[\"${x}\"]]]]"))
	f.Add([]byte("\x00\xff"))
	f.Fuzz(func(t *testing.T, src []byte) {
		cfg, err := Parse("schemalint.hcl", src, knownRules)
		if err == nil {
			require.NotNil(t, cfg)
			return
		}
		require.Nil(t, cfg)
		for _, line := range strings.Split(err.Error(), "\n") {
			require.True(t, strings.HasPrefix(line, "schemalint.hcl:"), "%q", line)
		}
	})
}

// A pull request writes schemalint.hcl too: no path setting may name a
// file outside the repository, whether to read it or to write it.
func TestPathsStayInsideTheRepository(t *testing.T) {
	repo := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(repo, ".git"), 0o755))
	cfg := filepath.Join(repo, "apps", "shop", FileName)
	require.NoError(t, os.MkdirAll(filepath.Dir(cfg), 0o755))
	views := func(attr string) string {
		return "views \"v\" {\n  source        = [\"schema.prisma\"]\n  target_schema = \"v\"\n  prisma_output = \"v.prisma\"\n  sql_output    = \"v.sql\"\n  " + attr + "\n  expose \"User\" {\n    fields = [\"id\"]\n  }\n}\n"
	}
	for _, tc := range []struct{ src, want string }{
		{"schema {\n  paths = [\"/etc/passwd\"]\n}\n", `2:12: "/etc/passwd" is an absolute path; write it relative to schemalint.hcl, inside the repository`},
		{"schema {\n  paths = [\"C:/x/schema.prisma\"]\n}\n", `2:12: "C:/x/schema.prisma" is an absolute path`},
		{"sql {\n  views = [\"../../../outside/**/*.sql\"]\n}\n", `2:12: "../../../outside/**/*.sql" leaves the repository; schemalint reads and writes only inside it`},
		{"tenancy {\n  registry {\n    file   = \"/home/runner/.env\"\n    symbol = \"X\"\n  }\n}\n", `3:14: "/home/runner/.env" is an absolute path`},
		{strings.Replace(views(""), "\"v.sql\"", "\"/tmp/x.sql\"", 1), `5:19: "/tmp/x.sql" is an absolute path`},
		{strings.Replace(views(""), "\"v.prisma\"", "\"../../../x.prisma\"", 1), `4:19: "../../../x.prisma" leaves the repository`},
	} {
		_, err := Parse(cfg, []byte(tc.src), knownRules)
		require.Error(t, err, tc.src)
		assert.Contains(t, err.Error(), cfg+":"+tc.want, tc.src)
	}
	// Climbing out of the configuration's folder is fine while the path
	// stays in the repository (a monorepo app reading shared SQL).
	_, err := Parse(cfg, []byte("sql {\n  views = [\"../../shared/views/*.sql\"]\n}\n"), knownRules)
	assert.NoError(t, err)
}

// Every attribute the misplaced table sends to a block is one that block
// takes: written there, it is no unknown attribute.
func TestMisplacedAttributesBelongWhereTheMessageSays(t *testing.T) {
	for where, names := range misplaced {
		for name, block := range names {
			src := block + " {\n  " + name + " = 1\n}\n"
			if where != "" {
				src = where + " {\n" + src + "}\n"
			}
			_, err := parse(src)
			require.Error(t, err, src) // 1 is no value any of them takes
			assert.NotContains(t, err.Error(), "unknown attribute", src)
		}
	}
}
