package rules_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lint"
	"github.com/schemalint/schemalint/rules"
)

const docPreamble = `datasource db {
  provider = "postgresql"
}

generator client {
  provider        = "prisma-client"
  previewFeatures = ["views"]
}

`

// The examples in each rule's documentation are real: the bad one is
// reported, the good one is not.
func TestDocExamples(t *testing.T) {
	for _, r := range rules.All() {
		for _, ex := range []struct {
			name   string
			schema string
			want   bool
		}{{"bad", r.Bad, true}, {"good", r.Good, false}} {
			t.Run(r.Name+"/"+ex.name, func(t *testing.T) {
				if r.SQLExamples {
					runMigrationExample(t, r, ex.schema, ex.want)
					return
				}
				src := ex.schema
				dir := t.TempDir()
				if r.ExampleSchema != "" {
					// The examples are application code against the
					// example schema.
					require.NoError(t, os.MkdirAll(filepath.Join(dir, "src"), 0o755))
					require.NoError(t, os.WriteFile(filepath.Join(dir, "src", "example.ts"), []byte(src+"\n"), 0o644))
					src = r.ExampleSchema
				}
				if !strings.Contains(src, "datasource ") {
					src = docPreamble + src
				}
				path := filepath.Join(dir, "schema.prisma")
				require.NoError(t, os.WriteFile(path, []byte(src+"\n"), 0o644))
				cfg := config.Default()
				cfg.Dir = dir
				opts := lint.Options{Dir: dir, Config: cfg, Paths: []string{path}, Only: []string{r.Name}}
				if r.BaseExample != "" {
					opts.Base = lint.CompareWith(exampleBase(t, dir, r.BaseExample))
				}
				res, err := lint.Run(context.Background(), opts)
				require.NoError(t, err)
				if ex.want {
					assert.NotEmpty(t, res.Diagnostics, "the bad example must be reported")
				} else {
					assert.Empty(t, res.Diagnostics, "the good example must not be reported")
				}
			})
		}
	}
}

// exampleBase is a base holding schema.prisma with the rule's base example.
func exampleBase(t *testing.T, dir, schema string) *base.Base {
	if !strings.Contains(schema, "datasource ") {
		schema = docPreamble + schema
	}
	old := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(old, "schema.prisma"), []byte(schema+"\n"), 0o644))
	return &base.Base{Dir: dir, Tree: base.Dir(old), Label: "the example's base"}
}

// runMigrationExample checks a rule whose examples are tenant migrations:
// a project with one tenant_schema whose folder holds the example's files
// (a "tenant.prisma" one is the tenant schema's models, a "shared.prisma"
// one a shared schema beside it), compared with the
// base example's files when there is one.
func runMigrationExample(t *testing.T, r *rules.Rule, example string, want bool) {
	const hcl = "tenant_schema \"clinic\" {\n  schema     = \"tenant.prisma\"\n  migrations = \"tenant-migrations\"\n}\n"
	write := func(dir, migrations string) {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, "tenant-migrations"), 0o755))
		files := exampleFiles(t, migrations)
		require.NotEmpty(t, files)
		conf := hcl
		if shared, ok := files["shared.prisma"]; ok {
			conf += "schema {\n  paths = [\"shared.prisma\"]\n}\n"
			require.NoError(t, os.WriteFile(filepath.Join(dir, "shared.prisma"), []byte(docPreamble+shared), 0o644))
			delete(files, "shared.prisma")
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, config.FileName), []byte(conf), 0o644))
		schema := docPreamble + files["tenant.prisma"]
		delete(files, "tenant.prisma")
		require.NoError(t, os.WriteFile(filepath.Join(dir, "tenant.prisma"), []byte(schema), 0o644))
		for name, src := range files {
			require.NoError(t, os.WriteFile(filepath.Join(dir, "tenant-migrations", name), []byte(src), 0o644))
		}
	}
	dir := t.TempDir()
	write(dir, example)
	cfg, err := config.Load(filepath.Join(dir, config.FileName), rules.Names())
	require.NoError(t, err)
	opts := lint.Options{Dir: dir, Config: cfg, Only: []string{r.Name}}
	if r.BaseExample != "" {
		old := t.TempDir()
		write(old, r.BaseExample)
		opts.Base = lint.CompareWith(&base.Base{Dir: dir, Tree: base.Dir(old), Label: "the example's base"})
	}
	res, err := lint.Run(context.Background(), opts)
	require.NoError(t, err)
	if want {
		assert.NotEmpty(t, res.Diagnostics, "the bad example must be reported")
	} else {
		assert.Empty(t, res.Diagnostics, "the good example must not be reported")
	}
}

// exampleFiles splits an example at its "-- file: <name>" lines.
func exampleFiles(t *testing.T, example string) map[string]string {
	files := map[string]string{}
	name := ""
	for _, line := range strings.SplitAfter(example, "\n") {
		if n, ok := strings.CutPrefix(strings.TrimSpace(line), "-- file: "); ok {
			name = n
			continue
		}
		require.NotEmpty(t, name, "an SQL example starts with -- file: <name>")
		files[name] += line
	}
	return files
}
