package prisma

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/schemalint/schemalint/internal/sharedtest"
	"github.com/schemalint/schemalint/internal/synth"
)

// BenchmarkParse measures parse+resolve throughput (MB/s) on a synthetic
// 2,000-model schema (1.6 MB) and on the largest real schema in the corpus.
func BenchmarkParse(b *testing.B) {
	b.Run("synthetic-2000-models", func(b *testing.B) {
		benchParse(b, synth.Schema(synth.Options{Models: 2000, Seed: 1}))
	})
	b.Run("civitai", func(b *testing.B) {
		corpus := sharedtest.Dir(b, "corpus")
		src, err := os.ReadFile(filepath.Join(corpus, "real/civitai__civitai/packages/civitai-db-schema/prisma/schema.full.prisma"))
		if err != nil {
			b.Fatal(err)
		}
		benchParse(b, src)
	})
}

// BenchmarkPhases splits BenchmarkParse's synthetic case into parsing
// alone and resolving alone, to show where time goes.
func BenchmarkPhases(b *testing.B) {
	src := synth.Schema(synth.Options{Models: 2000, Seed: 1})
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			Parse("schema.prisma", src)
		}
	})
	b.Run("resolve", func(b *testing.B) {
		f, diags := Parse("schema.prisma", src)
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			Resolve([]*File{f}, diags)
		}
	})
}

var sink *Schema

func benchParse(b *testing.B, src []byte) {
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		sink = ParseSources([]Source{{Name: "schema.prisma", Src: src}})
		if sink.HasErrors() {
			b.Fatal(sink.Diagnostics[0])
		}
	}
}

// BenchmarkDMMF measures shaping and encoding the DMMF of the synthetic
// schema, the rest of `schemalint inspect --format dmmf`.
func BenchmarkDMMF(b *testing.B) {
	s := ParseSources([]Source{{Name: "schema.prisma", Src: synth.Schema(synth.Options{Models: 2000, Seed: 1})}})
	b.ReportAllocs()
	for b.Loop() {
		_ = s.DMMF()
	}
}
