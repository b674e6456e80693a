package config

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const viewsConfig = `views "identity" {
  source        = ["prisma/schema"]
  source_schema = "idp"
  target_schema = "idp_views"
  prisma_output = "prisma/schema/views.prisma"
  sql_output    = "prisma/views.sql"

  expose "User" {
    view            = "IdpUser"
    fields          = ["id", "email", "failedLoginAttempts"]
    allow_sensitive = ["failedLoginAttempts"]
    reason          = "support shows lockout risk"
  }

  expose "Tenant" {
    view   = "IdpTenant"
    fields = ["id", "slug"]
  }

  product "fuel" {
    output = "products/fuel/idp-views.prisma"
    relations = {
      IdpUser   = ["drivers Driver[]", "orders Order[]"]
      IdpTenant = ["depots Depot[]"]
    }
  }

  grant {
    roles = ["fuel_app", "cards_app"]
  }
}
`

func TestViewsBlock(t *testing.T) {
	c, err := parse(viewsConfig)
	require.NoError(t, err)
	require.Len(t, c.Views, 1)
	v := c.Views[0]
	assert.Equal(t, "identity", v.Name)
	assert.Equal(t, `views "identity"`, v.String())
	assert.Equal(t, "prisma/schema", v.Source[0].Value)
	assert.Equal(t, "idp", v.SourceSchema.Value)
	assert.Equal(t, "idp_views", v.TargetSchema.Value)
	assert.Equal(t, "prisma/schema/views.prisma", v.PrismaOutput.Value)
	assert.Equal(t, 5, v.PrismaOutput.Range.Start.Line)
	assert.Equal(t, "prisma/views.sql", v.SQLOutput.Value)

	require.Len(t, v.Expose, 2)
	u := v.Expose[0]
	assert.Equal(t, "User", u.Model.Value)
	assert.Equal(t, "IdpUser", u.View.Value)
	var names []string
	for _, f := range u.Fields {
		names = append(names, f.Value)
	}
	assert.Equal(t, []string{"id", "email", "failedLoginAttempts"}, names)
	assert.Equal(t, 10, u.Fields[1].Range.Start.Line)
	assert.Equal(t, 30, u.Fields[1].Range.Start.Column, "each field keeps its own position")
	assert.Equal(t, "support shows lockout risk", u.Reason)
	assert.Equal(t, []string{"User.failedLoginAttempts", "IdpUser.failedLoginAttempts"}, c.Sensitive.Allow,
		"allow_sensitive with a reason justifies the field for view-sensitive-field too")

	require.Len(t, v.Products, 1)
	p := v.Products[0]
	assert.Equal(t, "fuel", p.Name.Value)
	assert.Equal(t, "products/fuel/idp-views.prisma", p.Output.Value)
	require.Len(t, p.Relations, 3)
	assert.Equal(t, Relation{View: p.Relations[0].View, Field: p.Relations[0].Field}, p.Relations[0])
	assert.Equal(t, "IdpUser", p.Relations[1].View.Value)
	assert.Equal(t, "orders Order[]", p.Relations[1].Field.Value)
	assert.Equal(t, "IdpTenant", p.Relations[2].View.Value)
	assert.Equal(t, 24, p.Relations[2].Field.Range.Start.Line)

	require.Len(t, v.Roles, 2)
	assert.Equal(t, "cards_app", v.Roles[1].Value)

	var outs []string
	for _, o := range v.Outputs() {
		outs = append(outs, o.Value)
	}
	assert.Equal(t, []string{"prisma/schema/views.prisma", "prisma/views.sql", "products/fuel/idp-views.prisma"}, outs)
}

func TestViewsErrors(t *testing.T) {
	minimal := func(body string) string {
		return "views \"identity\" {\n  source        = [\"prisma/schema\"]\n  target_schema = \"idp_views\"\n  prisma_output = \"views.prisma\"\n" + body + "}\n"
	}
	expose := "  expose \"User\" {\n    view   = \"IdpUser\"\n    fields = [\"id\"]\n  }\n"
	tests := []struct {
		name, src, want string
	}{
		{"no label", "views {\n}\n",
			`schemalint.hcl:1:1: the views block needs a name as its label, like views "identity" { … }`},
		{"missing attributes", "views \"identity\" {\n" + expose + "}\n",
			`schemalint.hcl:1:1: the views block "identity" needs source = ["…"] (the schema files or folders that declare the models), target_schema = "…" (the database schema the views are created in), prisma_output = "….prisma" (the file the Prisma view blocks are written to)`},
		{"exposes nothing", minimal(""),
			`schemalint.hcl:1:1: the views block "identity" exposes nothing; add expose "<Model>" { view = "…", fields = ["…"] }`},
		{"duplicate block", minimal(expose) + "views \"identity\" {\n}\n",
			`schemalint.hcl:10:7: duplicate views block "identity" (the first is at schemalint.hcl:1:7); give each a different name`},
		{"unknown attribute", minimal(expose + "  sql_ouput = \"x\"\n"),
			`schemalint.hcl:9:3: unknown attribute "sql_ouput" in the views block; did you mean "sql_output"?`},
		{"output not prisma", "views \"identity\" {\n  source        = [\"prisma/schema\"]\n  target_schema = \"idp_views\"\n  prisma_output = \"views.sql\"\n" + expose + "}\n",
			`schemalint.hcl:4:19: prisma_output must name a .prisma file`},
		{"output is a glob", minimal(expose + "  sql_output = \"views/*.sql\"\n"),
			`schemalint.hcl:9:16: sql_output is one file, not a glob; give its path`},
		{"same schema", minimal(expose + "  source_schema = \"idp_views\"\n"),
			`schemalint.hcl:3:19: target_schema is the source schema "idp_views"; views go in a schema of their own, like "idp_views_views"`},
		{"expose without view", minimal("  expose \"User\" {\n    fields = [\"id\"]\n  }\n"),
			`schemalint.hcl:5:3: the expose block needs view = "…", the name of the view, like "IdpUser"`},
		{"expose without fields", minimal("  expose \"User\" {\n    view = \"IdpUser\"\n  }\n"),
			`schemalint.hcl:5:3: the expose block needs fields = ["…"], the fields the view exposes; nothing is exposed by default`},
		{"field listed twice", minimal("  expose \"User\" {\n    view   = \"IdpUser\"\n    fields = [\"id\", \"email\", \"id\"]\n  }\n"),
			`schemalint.hcl:7:30: "id" is listed twice (the first is at schemalint.hcl:7:15)`},
		{"not a field name", minimal("  expose \"User\" {\n    view   = \"IdpUser\"\n    fields = [\"id\", \"e-mail\"]\n  }\n"),
			`schemalint.hcl:7:21: "e-mail" is not a field name`},
		{"allow_sensitive without reason", minimal("  expose \"User\" {\n    view            = \"IdpUser\"\n    fields          = [\"id\", \"pin\"]\n    allow_sensitive = [\"pin\"]\n  }\n"),
			`schemalint.hcl:8:5: allow_sensitive needs reason = "…" saying why these fields may be exposed`},
		{"allow_sensitive not listed", minimal("  expose \"User\" {\n    view            = \"IdpUser\"\n    fields          = [\"id\"]\n    allow_sensitive = [\"pin\"]\n    reason          = \"kiosk login\"\n  }\n"),
			`schemalint.hcl:8:24: "pin" is not in fields; allow_sensitive only justifies fields the view exposes`},
		{"reason alone", minimal("  expose \"User\" {\n    view   = \"IdpUser\"\n    fields = [\"id\"]\n    reason = \"why\"\n  }\n"),
			`schemalint.hcl:8:14: reason explains allow_sensitive, which lists nothing here; remove it`},
		{"duplicate view", minimal(expose + "  expose \"Account\" {\n    view   = \"IdpUser\"\n    fields = [\"id\"]\n  }\n"),
			`schemalint.hcl:10:14: duplicate view "IdpUser" (the first is at schemalint.hcl:6:14); give each view its own name`},
		{"relation to an unknown view", minimal(expose + "  product \"fuel\" {\n    output    = \"fuel.prisma\"\n    relations = { IdpUsr = [\"drivers Driver[]\"] }\n  }\n"),
			`schemalint.hcl:11:19: unknown view "IdpUsr" in views "identity"; did you mean "IdpUser"?`},
		{"relations not an object", minimal(expose + "  product \"fuel\" {\n    output    = \"fuel.prisma\"\n    relations = [\"drivers Driver[]\"]\n  }\n"),
			`schemalint.hcl:11:17: relations must be an object of view names to relation fields, like { IdpUser = ["drivers Driver[]"] }`},
		{"relation not a list", minimal(expose + "  product \"fuel\" {\n    output    = \"fuel.prisma\"\n    relations = { IdpUser = \"drivers Driver[]\" }\n  }\n"),
			`schemalint.hcl:11:29: IdpUser must be a list of strings, not a string; write ["drivers Driver[]"]`},
		{"product without output", minimal(expose + "  product \"fuel\" {\n  }\n"),
			`schemalint.hcl:9:3: the product block needs output = "….prisma", the file the product's copy of the views is written to`},
		{"output written twice", minimal(expose + "  product \"fuel\" {\n    output = \"views.prisma\"\n  }\n"),
			`schemalint.hcl:10:14: "views.prisma" is already an output (at schemalint.hcl:4:19); every generated file needs its own path`},
		{"grant without roles", minimal(expose + "  grant {\n  }\n"),
			`schemalint.hcl:9:3: the grant block needs roles = ["…"], the database roles that may read the views`},
		{"empty role", minimal(expose + "  grant {\n    roles = [\"\"]\n  }\n"),
			`schemalint.hcl:10:14: empty role name`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse(tt.src)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestAcknowledge(t *testing.T) {
	expose := func(body string) string {
		return "views \"identity\" {\n  source        = [\"prisma/schema\"]\n  target_schema = \"idp_views\"\n  prisma_output = \"views.prisma\"\n  expose \"User\" {\n    view   = \"IdpUser\"\n    fields = [\"id\", \"email\"]\n" + body + "  }\n}\n"
	}
	c, err := parse(expose("    acknowledge = { mobileNumber = \"removed in 2027 after all readers moved\" }\n"))
	require.NoError(t, err)
	e := c.Views[0].Expose[0]
	require.Len(t, e.Acknowledge, 1)
	assert.Equal(t, "mobileNumber", e.Acknowledge[0].Column.Value)
	assert.Equal(t, 8, e.Acknowledge[0].Column.Range.Start.Line)
	assert.Equal(t, "removed in 2027 after all readers moved", e.Acknowledged("mobile_number", "mobileNumber").Reason)
	assert.Nil(t, e.Acknowledged("email"))

	for _, tt := range []struct{ name, body, want string }{
		{"not an object", "    acknowledge = [\"mobileNumber\"]\n",
			`schemalint.hcl:8:19: acknowledge must be an object of removed fields to reasons, like { mobileNumber = "removed in 2027 after all readers moved" }`},
		{"no reason", "    acknowledge = { mobileNumber = \" \" }\n",
			`schemalint.hcl:8:36: acknowledge mobileNumber needs a reason, like "removed in 2027 after all readers moved"`},
		{"still exposed", "    acknowledge = { email = \"gone\" }\n",
			`schemalint.hcl:8:21: "email" is acknowledged as removed but fields still lists it; remove it from fields, or drop the acknowledgement`},
		{"twice", "    acknowledge = { pin = \"a\", pin = \"b\" }\n",
			`schemalint.hcl:8:32: pin is acknowledged twice (the first is at schemalint.hcl:8:21)`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse(expose(tt.body))
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}
