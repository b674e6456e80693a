package config

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTenantSchema(t *testing.T) {
	cfg, err := parse("tenant_schema \"clinic\" {\n  schema     = \"prisma-tenant/schema.prisma\"\n  migrations = \"tenant-migrations\"\n}\n")
	require.NoError(t, err)
	require.Len(t, cfg.TenantSchemas, 1)
	ts := cfg.TenantSchemas[0]
	assert.Equal(t, "clinic", ts.Name.Value)
	assert.Equal(t, "prisma-tenant/schema.prisma", ts.Schema.Value)
	assert.Equal(t, "tenant-migrations", ts.Migrations.Value)
	assert.Equal(t, 2, ts.Schema.Range.Start.Line)
	assert.Equal(t, 3, ts.Migrations.Range.Start.Line)
}

func TestTenantSchemaErrors(t *testing.T) {
	const ok = "  schema = \"t/schema.prisma\"\n  migrations = \"m\"\n"
	tests := []struct{ name, src, want string }{
		{"no label", "tenant_schema {\n" + ok + "}\n",
			`schemalint.hcl:1:1: the tenant_schema block needs the tenant schema's name as its label, like tenant_schema "clinic" { … }`},
		{"empty label", "tenant_schema \"\" {\n" + ok + "}\n",
			`schemalint.hcl:1:15: the tenant schema's name is empty; name it, like tenant_schema "clinic" { … }`},
		{"no schema", "tenant_schema \"a\" {\n  migrations = \"m\"\n}\n",
			`schemalint.hcl:1:1: the tenant_schema block needs schema = "…", the Prisma schema every tenant gets a copy of, like "prisma-tenant/schema.prisma"`},
		{"no migrations", "tenant_schema \"a\" {\n  schema = \"t\"\n}\n",
			`schemalint.hcl:1:1: the tenant_schema block needs migrations = "…", the folder of its V<version>_<name>.sql migrations, like "tenant-migrations"`},
		{"leaves the repository", "tenant_schema \"a\" {\n  schema = \"../../../../../../x\"\n  migrations = \"m\"\n}\n",
			`schemalint.hcl:2:12: "../../../../../../x" leaves the repository; schemalint reads and writes only inside it`},
		{"absolute", "tenant_schema \"a\" {\n  schema = \"t\"\n  migrations = \"/etc\"\n}\n",
			`schemalint.hcl:3:16: "/etc" is an absolute path; write it relative to schemalint.hcl, inside the repository`},
		{"glob", "tenant_schema \"a\" {\n  schema = \"t\"\n  migrations = \"m/*.sql\"\n}\n",
			`schemalint.hcl:3:16: migrations is one folder, not a glob; give its path`},
		{"not a string", "tenant_schema \"a\" {\n  schema = [\"t\"]\n  migrations = \"m\"\n}\n",
			`schemalint.hcl:2:12: schema must be a string, not a list`},
		{"unknown attribute", "tenant_schema \"a\" {\n" + ok + "  allow_gaps = true\n}\n",
			`schemalint.hcl:4:3: unknown attribute "allow_gaps" in the tenant_schema block; expected "schema" or "migrations"`},
		{"duplicate name", "tenant_schema \"a\" {\n" + ok + "}\ntenant_schema \"a\" {\n  schema = \"u\"\n  migrations = \"n\"\n}\n",
			`schemalint.hcl:5:15: duplicate tenant_schema "a" (the first is at schemalint.hcl:1:1); rename one`},
		{"same schema twice", "tenant_schema \"a\" {\n" + ok + "}\ntenant_schema \"b\" {\n  schema = \"./t/schema.prisma\"\n  migrations = \"n\"\n}\n",
			`schemalint.hcl:6:12: schema "./t/schema.prisma" is already tenant_schema "a"'s (at schemalint.hcl:2:12); a schema has one set of migrations`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse(tt.src)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}
