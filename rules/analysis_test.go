package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
)

// The rules that require the tenancy analysis read one, computed once for
// the schema; a rule that reads an analysis it does not require is a bug
// its tests find.
func TestAnalysisIsSharedByTheRulesThatRequireIt(t *testing.T) {
	schema := prisma.ParseSources([]prisma.Source{{Name: "schema.prisma", Src: []byte(
		"model Org {\n  id String @id\n  users User[]\n}\n\nmodel User {\n  id String @id\n  organizationId String\n  org Org @relation(fields: [organizationId], references: [id])\n}\n")}})
	cfg := &config.Config{Tenancy: config.TenancyConfig{Fields: []string{"organizationId"}, Configured: true}}
	tenancyRules := []*Rule{TenantIndexMissing, TenantUniqueGlobal, TenantUnscopedModel, TenantQueryUnscoped}
	resultOf := Analyze(append([]*Rule{ViewSensitiveField}, tenancyRules...), schema, cfg, false)
	assert.Len(t, resultOf, 1, "one analysis, computed once")
	var first *tenancy
	for _, r := range tenancyRules {
		p := NewPass(r, schema, cfg, nil, severity.Error, func(Diagnostic) {})
		p.ResultOf = resultOf
		got := p.Tenancy()
		if first == nil {
			first = got
			assert.True(t, got.On(), "the tenancy block declares organizationId")
		} else {
			assert.Same(t, first, got, r.Name)
		}
	}
	assert.False(t, Analyze(tenancyRules, schema, cfg, true)[TenancyAnalysis].(*tenancy).On(), "a tenant schema's rows carry no tenant")
	assert.Empty(t, Analyze([]*Rule{ViewSensitiveField}, schema, cfg, false), "nothing required, nothing computed")

	alone := NewPass(ViewSensitiveField, schema, cfg, nil, severity.Error, func(Diagnostic) {})
	assert.PanicsWithValue(t, `rule "view-sensitive-field" reads the tenancy analysis without requiring it`, func() { alone.Tenancy() })
}
