package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// schemaWith builds a PostgreSQL schema of n plain models, the first k
// carrying field; with a parent, field is a foreign key to it.
func schemaWith(n, k int, field, parent string) string {
	var b strings.Builder
	b.WriteString("datasource db {\n  provider = \"postgresql\"\n}\n\n")
	if parent != "" {
		fmt.Fprintf(&b, "model %s {\n  id String @id\n", parent)
		for i := 0; i < k; i++ {
			fmt.Fprintf(&b, "  m%d M%d[]\n", i, i)
		}
		b.WriteString("}\n\n")
	}
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "model M%d {\n  id String @id\n", i)
		if i < k {
			fmt.Fprintf(&b, "  %s String\n", field)
			if parent != "" {
				fmt.Fprintf(&b, "  parent %s @relation(fields: [%s], references: [id])\n", parent, field)
			}
			fmt.Fprintf(&b, "\n  @@index([%s])\n", field)
		}
		b.WriteString("}\n\n")
	}
	return b.String()
}

func initConfig(t *testing.T, schema string) (cfg string, dir string) {
	t.Helper()
	dir = t.TempDir()
	writeFile(t, dir, "prisma/schema.prisma", schema)
	code, _, errOut := run(t, dir, "init")
	require.Equal(t, ExitOK, code, errOut)
	b, err := os.ReadFile(filepath.Join(dir, "schemalint.hcl"))
	require.NoError(t, err)
	return string(b), dir
}

// A name alone does not make a tenant field: init switches tenancy on only
// for a foreign key to one common model that scopes most of the schema,
// the same test the tenancy rules apply without a tenancy block.
func TestInitGuessesTenancyOnlyFromAForeignKeyOnMostModels(t *testing.T) {
	t.Run("a plain column on a few models", func(t *testing.T) {
		// A blockchain account on 3 of 18 models.
		cfg, dir := initConfig(t, schemaWith(18, 3, "accountId", ""))
		assert.NotContains(t, cfg, "\ntenancy {")
		assert.Contains(t, cfg, "# 3 of 18 models carry \"accountId\", but it does not look like a tenant field:\n# it is a foreign key on none of them.\n")
		assert.Contains(t, cfg, "#   fields = [\"accountId\"]")
		code, out, errOut := run(t, dir, "check")
		assert.Equal(t, ExitOK, code, "%s%s", out, errOut)
	})
	t.Run("a foreign key on a few models", func(t *testing.T) {
		// An Account parent, but 4 of 18 models: 5 of 19 covered.
		cfg, _ := initConfig(t, schemaWith(18, 4, "accountId", "Account"))
		assert.NotContains(t, cfg, "\ntenancy {")
		assert.Contains(t, cfg, "# only 5 of the 19 are scoped by it (or through a parent) or are the tenant.\n")
	})
	t.Run("a plain column on most models", func(t *testing.T) {
		cfg, _ := initConfig(t, schemaWith(10, 9, "tenantId", ""))
		assert.NotContains(t, cfg, "\ntenancy {")
		assert.Contains(t, cfg, "# 9 of 10 models carry \"tenantId\", but it does not look like a tenant field:\n# it is a foreign key on none of them.\n")
	})
	t.Run("a foreign key on the one model everything hangs from", func(t *testing.T) {
		// EmailAccount.accountId points at the login account; every other
		// model belongs to an EmailAccount, which is the real owner.
		var b strings.Builder
		b.WriteString("datasource db {\n  provider = \"postgresql\"\n}\n\n")
		b.WriteString("model Account {\n  id String @id\n  emailAccounts EmailAccount[]\n}\n\n")
		b.WriteString("model EmailAccount {\n  id String @id\n  accountId String\n  account Account @relation(fields: [accountId], references: [id])\n")
		for i := 0; i < 6; i++ {
			fmt.Fprintf(&b, "  rules%d Rule%d[]\n", i, i)
		}
		b.WriteString("\n  @@index([accountId])\n}\n\n")
		for i := 0; i < 6; i++ {
			fmt.Fprintf(&b, "model Rule%d {\n  id String @id\n  emailAccountId String\n  emailAccount EmailAccount @relation(fields: [emailAccountId], references: [id])\n}\n\n", i)
		}
		cfg, _ := initConfig(t, b.String())
		assert.NotContains(t, cfg, "\ntenancy {")
		assert.Contains(t, cfg, "# only 1 of the 7 models scoped through it carry it themselves.\n")
	})
	t.Run("a foreign key on most models", func(t *testing.T) {
		cfg, dir := initConfig(t, schemaWith(10, 8, "teamId", "Team"))
		assert.Contains(t, cfg, "\ntenancy {\n  fields = [\"teamId\"]\n")
		assert.Contains(t, cfg, `# 8 of 11 models carry "teamId", a foreign key to "Team" on 8 of them; 9 are scoped`)
		assert.Contains(t, cfg, "# Models neither scoped nor the tenant: M8, M9\n")
		code, out, _ := run(t, dir, "check")
		assert.Equal(t, ExitFindings, code)
		assert.Contains(t, out, `model "M8" is not tenant-scoped`)
	})
}
