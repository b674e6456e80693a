package prisma

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/schemalint/schemalint/internal/synth"
)

// Splitting resolution between goroutines must not change anything a user
// sees: the same DMMF and the same findings as one goroutine, including
// for a broken schema whose errors come from both halves.
func TestParallelResolveMatchesSequential(t *testing.T) {
	broken := []byte(string(synth.Schema(synth.Options{Models: 300, Seed: 3})) +
		"model Broken1 {\n  id Int @id\n  x Missing\n  y Int @foo\n}\nmodel Broken2 {\n  id Int @id\n  r Broken1 @relation(fields: [nope], references: [id])\n}\n")
	for name, src := range map[string][]byte{
		"synthetic": synth.Schema(synth.Options{Models: 2000, Seed: 1}),
		"broken":    broken,
	} {
		t.Run(name, func(t *testing.T) {
			run := func(threshold int) ([]byte, string) {
				defer func(old int, always bool) { parallelFrom, splitAlways = old, always }(parallelFrom, splitAlways)
				parallelFrom, splitAlways = threshold, true
				s := ParseSources([]Source{{Name: "schema.prisma", Src: src}})
				var diags bytes.Buffer
				for _, d := range s.Diagnostics {
					fmt.Fprintln(&diags, d.Error())
				}
				return s.DMMF().AppendJSON(nil), diags.String()
			}
			seqJSON, seqDiags := run(1 << 30)
			parJSON, parDiags := run(1)
			if !bytes.Equal(seqJSON, parJSON) {
				t.Error("DMMF differs between sequential and parallel resolution")
			}
			if seqDiags != parDiags {
				t.Errorf("diagnostics differ:\nsequential:\n%s\nparallel:\n%s", seqDiags, parDiags)
			}
			if name == "broken" && seqDiags == "" {
				t.Error("the broken schema must have findings")
			}
		})
	}
}
