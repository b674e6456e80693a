package rules

import (
	"testing"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
)

// The passes of the tenancy rules over one schema read one analysis.
func TestMemoTenancy(t *testing.T) {
	schema := prisma.ParseSources([]prisma.Source{{Name: "schema.prisma", Src: []byte(
		"model Org {\n  id String @id\n  users User[]\n}\n\nmodel User {\n  id String @id\n  organizationId String\n  org Org @relation(fields: [organizationId], references: [id])\n}\n")}})
	cfg := &config.Config{}
	memo := &Memo{}
	var first *tenancy
	for _, r := range []*Rule{TenantIndexMissing, TenantUniqueGlobal, TenantUnscopedModel} {
		p := NewPass(r, schema, cfg, nil, severity.Error, func(Diagnostic) {})
		p.Memo = memo
		got := p.Tenancy()
		if first == nil {
			first = got
		} else if got != first {
			t.Errorf("%s: analysed the tenancy again", r.Name)
		}
	}
	alone := NewPass(TenantIndexMissing, schema, cfg, nil, severity.Error, func(Diagnostic) {})
	if alone.Tenancy() == first {
		t.Error("a pass without a memo read another pass's analysis")
	}
}
