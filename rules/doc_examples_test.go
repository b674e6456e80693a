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
					opts.Base = exampleBase(t, dir, r.BaseExample)
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
