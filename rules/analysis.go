package rules

import (
	"fmt"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
)

// An Analysis is what several rules read of one schema: the run computes
// it once per schema, before any rule runs, and hands it to each rule that
// lists it in Requires, the way go/analysis's Requires and ResultOf work.
// The tenancy analysis is a fifth of a check of a large schema, and three
// rules read it.
type Analysis struct {
	Name string
	// run computes the analysis of schema; tenant marks a tenant_schema.
	run func(schema *prisma.Schema, cfg *config.Config, tenant bool) any
}

// ResultOf holds each analysis of one schema by what computed it.
type ResultOf map[*Analysis]any

// Analyze computes, once each, the analyses rs require of schema.
func Analyze(rs []*Rule, schema *prisma.Schema, cfg *config.Config, tenant bool) ResultOf {
	out := ResultOf{}
	for _, r := range rs {
		for _, a := range r.Requires {
			if _, ok := out[a]; !ok {
				out[a] = a.run(schema, cfg, tenant)
			}
		}
	}
	return out
}

// resultOf is the pass's result of a, which its rule must require.
func resultOf[T any](p *Pass, a *Analysis) T {
	v, ok := p.ResultOf[a].(T)
	if !ok {
		panic(fmt.Sprintf("rule %q reads the %s analysis without requiring it", p.Rule.Name, a.Name))
	}
	return v
}
