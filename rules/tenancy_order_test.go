package rules_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lint"
	"github.com/schemalint/schemalint/rules"
)

// The tenant models are what every declared tenant field points to, so
// which models tenant-unscoped-model reports does not depend on the order
// of tenancy.fields: here only the membership row carries both fields, and
// either order used to leave the other field's tenant model, and what hangs
// from it, unscoped.
func TestUnscopedModelIgnoresFieldOrder(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("testdata", "tenant-unscoped-model", "two-roots-user-first"))
	require.NoError(t, err)
	orders := [][]string{
		{"userId", "workspaceId"},
		{"workspaceId", "userId"},
	}
	var first []string
	for _, fields := range orders {
		cfg, err := config.Load(filepath.Join(dir, config.FileName), rules.Names())
		require.NoError(t, err)
		cfg.Tenancy.Fields = fields
		res, err := lint.Run(context.Background(), lint.Options{Dir: dir, Only: []string{"tenant-unscoped-model"}, Config: cfg})
		require.NoError(t, err)
		var got []string
		for _, d := range res.Diagnostics {
			got = append(got, fmt.Sprintf("%s:%d", filepath.Base(d.Range.File), d.Range.Start.Line))
		}
		slices.Sort(got)
		if first == nil {
			first = got
			require.Equal(t, []string{"schema.prisma:54"}, got, "only Announcement is scoped by neither field")
			continue
		}
		require.Equal(t, first, got, "fields %v", fields)
	}
}
