package lint

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/report"
)

// runShown runs lint and names the files of its findings as check shows
// them: relative to the working folder, in that order.
func runShown(ctx context.Context, opts Options) (*Result, error) {
	res, err := Run(ctx, opts)
	if err != nil {
		return nil, err
	}
	res.Sources = report.Relative(opts.Dir, res.Diagnostics, res.Sources)
	Sort(res.Diagnostics)
	return res, nil
}

// A Result names files absolutely, whatever the roots were given as; they
// are shown relative to the working folder when they lie in it, a folder
// whose name starts with ".." included.
func TestFindingsNameFilesFromTheWorkingFolder(t *testing.T) {
	dir, cfg := project(t, map[string]string{
		"..x/schema.prisma": "datasource db {\n  provider = \"postgresql\"\n}\n\n// schemalint-ignore\nmodel User {\n  id Int @id\n}\n",
	})
	res, err := Run(context.Background(), Options{Dir: dir, Config: cfg, Paths: []string{"..x/schema.prisma"}})
	require.NoError(t, err)
	require.NotEmpty(t, res.Diagnostics)
	abs := filepath.Join(dir, "..x", "schema.prisma")
	assert.Equal(t, abs, res.Diagnostics[0].Range.File)
	assert.Contains(t, res.Sources, abs)

	shown := report.Relative(dir, res.Diagnostics, res.Sources)
	name := filepath.Join("..x", "schema.prisma")
	assert.Equal(t, name, res.Diagnostics[0].Range.File)
	assert.Contains(t, shown, name)
}
