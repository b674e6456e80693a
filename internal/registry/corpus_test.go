package registry

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/sharedtest"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// Lists of model names found in real applications read as their authors
// meant, and a list built at run time is refused at the call that builds
// it.
func TestRealModelLists(t *testing.T) {
	apps := sharedtest.Dir(t, filepath.Join("corpus", "ts-apps"))
	cases := []struct {
		file, symbol string
		want         []string
		err          string
	}{
		{
			file:   "formbricks__formbricks/packages/database/migration/20260401000002_backfill_workspace_id/migration.ts",
			symbol: "TABLES_TO_BACKFILL",
			want:   []string{"ActionClass", "ApiKeyEnvironment", "Contact", "ContactAttributeKey", "Integration", "Segment", "Survey", "Tag", "Webhook"},
		},
		{
			// Delegate names, typed with Prisma's model-property map.
			file:   "formbricks__formbricks/packages/database/src/seed.ts",
			symbol: "deleteOrder",
			want:   []string{"responseQuotaLink", "surveyQuota", "tagsOnResponses", "tag", "surveyFollowUp", "response"},
		},
		{
			file:   "triggerdotdev__trigger.dev/apps/webapp/scripts/runOpsLegacyGuard.ts",
			symbol: "RUN_GRAPH_MODELS",
			err:    ": cannot tell statically what `runOpsModels.keys(...)` returns; write the model names as string literals",
		},
	}
	for _, c := range cases {
		t.Run(c.symbol, func(t *testing.T) {
			path := filepath.Join(apps, filepath.FromSlash(c.file))
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			r, err := Parse(path, src, c.symbol)
			if c.err != "" {
				require.Error(t, err)
				assert.Regexp(t, "^"+regexp.QuoteMeta(path)+`:\d+:\d+`+regexp.QuoteMeta(c.err)+"$", err.Error())
				return
			}
			require.NoError(t, err)
			got := names(r)
			require.GreaterOrEqual(t, len(got), len(c.want))
			assert.Equal(t, c.want, got[:len(c.want)])
		})
	}
}

// The form a team documents for adding a model (seeds/004): a Set whose
// first line is a comment.
func TestDocumentedSetForm(t *testing.T) {
	src := "// src/lib/prisma-org-scope.ts\nexport const ORG_SCOPED_MODELS = new Set([\n  // ... existing models\n  \"Invoice\",\n  \"NewModel\",\n]);\n"
	r, err := Parse("prisma-org-scope.ts", []byte(src), "ORG_SCOPED_MODELS")
	require.NoError(t, err)
	assert.Equal(t, []string{"Invoice", "NewModel"}, names(r))
	assert.Equal(t, "prisma-org-scope.ts:5:3", r.Entries[1].Range.String())
}

var (
	constantName     = regexp.MustCompile(`^[A-Z][A-Z0-9_]+$`)
	topLevelConstant = regexp.MustCompile(`(?m)^(export )?const [A-Z][A-Z0-9_]+\b`)
)

// Every upper-case constant of the application corpus is either read or
// refused with a located error: never a panic, never a silent empty list
// for a value that holds something.
func TestEveryCorpusConstantIsReadOrRefused(t *testing.T) {
	apps := sharedtest.Dir(t, filepath.Join("corpus", "ts-apps"))
	read, refused := 0, 0
	err := filepath.WalkDir(apps, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !tsparse.Supported(path) {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil || !topLevelConstant.Match(src) {
			return err
		}
		for _, name := range listConstants(t, path, src) {
			r, err := Parse(path, src, name)
			if err != nil {
				refused++
				assert.Regexp(t, "^"+regexp.QuoteMeta(path)+`(:\d+:\d+)?: `, err.Error())
				continue
			}
			read++
			for _, e := range r.Entries {
				assert.Equal(t, path, e.Range.File)
				assert.Contains(t, string(src[e.Range.Start.Offset:e.Range.End.Offset]), e.Name)
			}
		}
		return nil
	})
	require.NoError(t, err)
	t.Logf("%d constants read, %d refused", read, refused)
	assert.Positive(t, read)
	assert.Positive(t, refused)
}

// listConstants returns the upper-case constants bound to an array or a
// Set at the top level of a file.
func listConstants(t *testing.T, path string, src []byte) []string {
	tree, err := tsparse.Parse(path, src)
	require.NoError(t, err)
	defer tree.Close()
	var out []string
	for _, stmt := range tree.Root().NamedChildren() {
		if stmt.Kind() == "export_statement" {
			stmt = stmt.Field("declaration")
		}
		if stmt.Kind() != "lexical_declaration" {
			continue
		}
		for _, d := range stmt.NamedChildren() {
			v := unwrap(d.Field("value"))
			if name := d.Field("name").Text(); constantName.MatchString(name) &&
				(v.Kind() == "array" || strings.HasPrefix(v.Text(), "new Set")) {
				out = append(out, name)
			}
		}
	}
	return out
}
