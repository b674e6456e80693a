package registry

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func names(r *Registry) []string {
	var out []string
	for _, e := range r.Entries {
		out = append(out, e.Name)
	}
	return out
}

func TestReadsTheListBoundToTheSymbol(t *testing.T) {
	cases := map[string]string{
		"array":          `export const ORG_SCOPED_MODELS = ["Invoice", 'Quote'];`,
		"as const":       "export const ORG_SCOPED_MODELS = [\n  \"Invoice\",\n  \"Quote\",\n] as const;",
		"typed set":      `export const ORG_SCOPED_MODELS: ReadonlySet<Prisma.ModelName> = new Set(["Invoice", "Quote"]);`,
		"generic set":    `const ORG_SCOPED_MODELS = new Set<string>(["Invoice", "Quote"])`,
		"comments":       "// const ORG_SCOPED_MODELS = [\"Old\"]\nexport const ORG_SCOPED_MODELS = [\n  \"Invoice\", // billing\n  /* \"Draft\", */\n  \"Quote\",\n];",
		"other symbols":  "const ORG_SCOPED_MODELS_V2 = [\"Nope\"];\nconst ORG_SCOPED_MODELS = [\"Invoice\", \"Quote\"];",
		"nested strings": `const ORG_SCOPED_MODELS = ["Invoice", "Quote"]; const x = "]";`,
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			r, err := Parse("scope.ts", []byte(src), "ORG_SCOPED_MODELS")
			require.NoError(t, err)
			assert.Equal(t, []string{"Invoice", "Quote"}, names(r))
		})
	}
}

func TestEntriesAndSymbolAreLocated(t *testing.T) {
	r, err := Parse("scope.ts", []byte("import x from 'y';\nexport const ORG_SCOPED_MODELS = new Set([\n  \"Invoice\",\n]);\n"), "ORG_SCOPED_MODELS")
	require.NoError(t, err)
	assert.Equal(t, "scope.ts:2:14", r.Range.String())
	assert.Equal(t, "scope.ts:3:3", r.Entries[0].Range.String())
	assert.True(t, r.Has("Invoice"))
	assert.False(t, r.Has("Quote"))
}

func TestDelegateNamesCount(t *testing.T) {
	r, err := Parse("scope.ts", []byte(`const S = ["invoice", "crmDeal"]`), "S")
	require.NoError(t, err)
	assert.True(t, r.Has("Invoice"))
	assert.True(t, r.Has("CrmDeal"))
}

func TestClearErrors(t *testing.T) {
	_, err := Parse("scope.ts", []byte(`export const OTHER = ["A"];`), "ORG_SCOPED_MODELS")
	assert.EqualError(t, err, "scope.ts: no declaration of \"ORG_SCOPED_MODELS\"; declare it as `export const ORG_SCOPED_MODELS = [...]` or correct the symbol")
	_, err = Parse("scope.ts", []byte("\nexport const ORG_SCOPED_MODELS = buildList();\n"), "ORG_SCOPED_MODELS")
	assert.EqualError(t, err, "scope.ts:2:34: cannot tell statically what `buildList(...)` returns; write the model names as string literals")
	_, err = Parse("scope.ts", []byte(`const ORG_SCOPED_MODELS = ["A",`), "ORG_SCOPED_MODELS")
	assert.EqualError(t, err, `scope.ts:1:27: the list bound to "ORG_SCOPED_MODELS" is not closed`)
}
