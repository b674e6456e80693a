package rules

import (
	"testing"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/synth"
)

func BenchmarkTenancyGuess2000(b *testing.B) {
	s := prisma.ParseSources([]prisma.Source{{Name: "schema.prisma", Src: synth.Schema(synth.Options{Models: 2000, Seed: 1})}})
	b.ReportAllocs()
	for b.Loop() {
		analyzeTenancy(s, config.DefaultTenantFields, nil, false)
	}
}
