package lint

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Findings name files relative to the working folder when they lie in
// it, a folder whose name starts with ".." included.
func TestFindingsNameFilesFromTheWorkingFolder(t *testing.T) {
	dir, cfg := project(t, map[string]string{
		"..x/schema.prisma": "datasource db {\n  provider = \"postgresql\"\n}\n\n// schemalint-ignore\nmodel User {\n  id Int @id\n}\n",
	})
	res, err := Run(context.Background(), Options{Dir: dir, Config: cfg, Paths: []string{"..x/schema.prisma"}})
	require.NoError(t, err)
	require.NotEmpty(t, res.Diagnostics)
	name := filepath.Join("..x", "schema.prisma")
	assert.Equal(t, name, res.Diagnostics[0].Range.File)
	assert.Contains(t, res.Sources, name)
}
