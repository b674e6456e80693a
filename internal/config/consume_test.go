package config

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConsumeBlock(t *testing.T) {
	c, err := parse(`consume "idp" {
  from      = "idp-views/idp-views.prisma"
  output    = "prisma/schema/idp-views.prisma"
  relations = { IdpUser = ["drivers Driver[]", "orders Order[]"] }
  acknowledge = { "IdpUser.mobileNumber" = "the app stopped showing it" }
}
`)
	require.NoError(t, err)
	require.Len(t, c.Consume, 1)
	cs := c.Consume[0]
	assert.Equal(t, `consume "idp"`, cs.String())
	assert.Equal(t, "idp-views/idp-views.prisma", cs.From.Value)
	assert.Equal(t, "prisma/schema/idp-views.prisma", cs.Output.Value)
	assert.Equal(t, 3, cs.Output.Range.Start.Line)
	require.Len(t, cs.Relations, 2)
	assert.Equal(t, "IdpUser", cs.Relations[1].View.Value)
	assert.Equal(t, "orders Order[]", cs.Relations[1].Field.Value)
	assert.Equal(t, 48, cs.Relations[1].Field.Range.Start.Column)
	assert.Equal(t, "the app stopped showing it", cs.Acknowledged("IdpUser", "mobile_number", "mobileNumber").Reason)
	assert.Nil(t, cs.Acknowledged("IdpTenant", "mobileNumber"))
}

func TestConsumeErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"no label", "consume {\n}\n",
			`schemalint.hcl:1:1: the consume block needs a name as its label, like consume "idp" { … }`},
		{"missing attributes", "consume \"idp\" {\n}\n",
			`schemalint.hcl:1:1: the consume block "idp" needs from = "….prisma" (the views file the owner generates, as the submodule holds it), output = "….prisma" (the product's copy, in its schema folder)`},
		{"duplicate block", "consume \"idp\" {\n  from   = \"a/v.prisma\"\n  output = \"prisma/v.prisma\"\n}\nconsume \"idp\" {\n  from   = \"a/v.prisma\"\n  output = \"prisma/w.prisma\"\n}\n",
			`schemalint.hcl:5:9: duplicate consume block "idp" (the first is at schemalint.hcl:1:9); give each a different name`},
		{"unknown attribute", "consume \"idp\" {\n  from   = \"a/v.prisma\"\n  output = \"prisma/v.prisma\"\n  relation = {}\n}\n",
			`schemalint.hcl:4:3: unknown attribute "relation" in the consume block; did you mean "relations"?`},
		{"from absolute", "consume \"idp\" {\n  from   = \"/idp/v.prisma\"\n  output = \"prisma/v.prisma\"\n}\n",
			`schemalint.hcl:2:12: "/idp/v.prisma" is an absolute path; write it relative to schemalint.hcl, inside the repository`},
		{"output is from", "consume \"idp\" {\n  from   = \"prisma/v.prisma\"\n  output = \"prisma/v.prisma\"\n}\n",
			`schemalint.hcl:3:12: output is the from file; the product's copy needs its own path, in its schema folder`},
		{"output written twice", "consume \"a\" {\n  from   = \"a/v.prisma\"\n  output = \"prisma/v.prisma\"\n}\nconsume \"b\" {\n  from   = \"b/v.prisma\"\n  output = \"prisma/v.prisma\"\n}\n",
			`schemalint.hcl:7:12: "prisma/v.prisma" is already an output (at schemalint.hcl:3:12); every generated file needs its own path`},
		{"acknowledge without the view", "consume \"idp\" {\n  from        = \"a/v.prisma\"\n  output      = \"prisma/v.prisma\"\n  acknowledge = { mobileNumber = \"gone\" }\n}\n",
			`schemalint.hcl:4:19: an acknowledge key must be the view and the removed field, like "IdpUser.mobileNumber"`},
		{"relations not an object", "consume \"idp\" {\n  from      = \"a/v.prisma\"\n  output    = \"prisma/v.prisma\"\n  relations = [\"drivers Driver[]\"]\n}\n",
			`schemalint.hcl:4:15: relations must be an object of view names to relation fields, like { IdpUser = ["drivers Driver[]"] }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse(tt.src)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}
