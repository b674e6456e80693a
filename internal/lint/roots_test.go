package lint

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Roots are checked in parallel; the result is the one a run checking
// them one after another gives, whatever the number of cores.
func TestRootsInParallelGiveTheSequentialResult(t *testing.T) {
	files := map[string]string{}
	var paths []string
	for i := range 12 {
		p := fmt.Sprintf("apps/a%02d/prisma/schema.prisma", i)
		// A tenant field without an index, a global unique, and a
		// directive without a reason: the rules' findings and the
		// suppression stage's.
		files[p] = fmt.Sprintf("datasource db {\n  provider = \"postgresql\"\n}\n\nmodel Org%d {\n  id   String @id\n  docs Doc[]\n}\n\n"+
			"// schemalint-ignore\nmodel Doc {\n  id             String @id\n  slug           String @unique\n  organizationId String\n  org            Org%d @relation(fields: [organizationId], references: [id])\n}\n", i, i)
		paths = append(paths, p)
	}
	dir, cfg := project(t, files)
	run := func() *Result {
		res, err := Run(context.Background(), Options{Dir: dir, Config: cfg, Paths: paths})
		require.NoError(t, err)
		return res
	}
	parallel := run()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	sequential := run()
	require.Len(t, sequential.Diagnostics, 3*len(paths))
	assert.Equal(t, sequential.Diagnostics, parallel.Diagnostics)
	assert.Equal(t, sequential.Notes, parallel.Notes)
	require.Len(t, parallel.Schemas, len(paths))
	for i, s := range parallel.Schemas {
		assert.Equal(t, filepath.Join(dir, paths[i]), s.Root, "schemas in root order")
	}
}

// When several roots cannot be read, the first root's error is the one
// reported, however the parallel reads finish.
func TestTheFirstRootsErrorWins(t *testing.T) {
	files := map[string]string{}
	var paths []string
	for i := range 8 {
		p := fmt.Sprintf("apps/a%d/prisma/schema.prisma", i)
		files[p] = "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel A {\n  id Int @id\n}\n"
		paths = append(paths, p)
	}
	dir, cfg := project(t, files)
	for i := 2; i < 8; i++ {
		// A folder where a view file is expected cannot be read.
		require.NoError(t, os.MkdirAll(filepath.Join(dir, fmt.Sprintf("apps/a%d/prisma/views/V.sql", i)), 0o755))
	}
	for range 5 {
		_, err := Run(context.Background(), Options{Dir: dir, Config: cfg, Paths: paths})
		require.Error(t, err)
		assert.Contains(t, err.Error(), filepath.Join("apps", "a2", "prisma", "views", "V.sql"))
	}
}

// The largest roots start first, so that the cores end together; ties
// keep the roots' order, and the result is in root order all the same.
func TestLargestRootsStartFirst(t *testing.T) {
	assert.Equal(t, []int{2, 0, 3, 1}, largestFirst([]int64{5, 1, 9, 5}, 4))
	assert.Equal(t, []int{0, 1, 2}, largestFirst(nil, 3), "no sizes: the roots' order")

	files := map[string]string{}
	var paths []string
	for i := range 4 {
		p := fmt.Sprintf("apps/a%d/prisma/schema.prisma", i)
		src := "datasource db {\n  provider = \"postgresql\"\n}\n"
		for m := range 1 + 20*i {
			src += fmt.Sprintf("\nmodel M%d {\n  id   String @id\n  slug String @unique\n}\n", m)
		}
		files[p] = src
		paths = append(paths, p)
	}
	dir, cfg := project(t, files)
	var abs []string
	for _, p := range paths {
		abs = append(abs, filepath.Join(dir, p))
	}
	_, sizes := schemaBytes(abs, false)
	assert.Equal(t, []int{3, 2, 1, 0}, largestFirst(sizes, len(paths)))
	res, err := Run(context.Background(), Options{Dir: dir, Config: cfg, Paths: paths})
	require.NoError(t, err)
	require.Len(t, res.Schemas, len(paths))
	for i, s := range res.Schemas {
		assert.Equal(t, filepath.Join(dir, paths[i]), s.Root, "schemas in root order")
	}
}
