package lint

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/rules"
)

// The SQL a views block generates is what will be applied to the database:
// check reads it like a migration, so an edit that exposes a sensitive
// column there is caught even when no migration holds it yet.
func TestGeneratedSQLIsRead(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	write("prisma/schema.prisma", `datasource db {
  provider = "postgresql"
}

model User {
  id           String @id
  passwordHash String @map("password_hash")

  @@map("users")
}
`)
	write("schemalint.hcl", `views "idp" {
  source        = ["prisma/schema.prisma"]
  target_schema = "idp_views"
  prisma_output = "prisma/views.prisma"
  sql_output    = "prisma/views.sql"

  expose "User" {
    view   = "IdpUser"
    fields = ["id"]
  }
}
`)
	write("prisma/views.sql", "CREATE OR REPLACE VIEW \"idp_views\".\"IdpUser\" AS\nSELECT id, password_hash FROM users;\n")
	cfg, err := config.Load(filepath.Join(dir, "schemalint.hcl"), rules.Names())
	require.NoError(t, err)
	res, err := runShown(context.Background(), Options{Dir: dir, Config: cfg, Only: []string{"view-sensitive-field"}})
	require.NoError(t, err)
	require.Len(t, res.Diagnostics, 1)
	d := res.Diagnostics[0]
	assert.Equal(t, filepath.Join("prisma", "views.sql"), d.Range.File)
	assert.Equal(t, 2, d.Range.Start.Line)
	assert.Contains(t, d.Message, `"User.passwordHash"`)
}
