package registry

import (
	"strings"
	"testing"
)

// The reader never panics or hangs: it returns a list whose entries lie in
// the file, or an error that names the file.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		`export const S = ["Invoice", 'Quote', ` + "`Team`" + `] as const;`,
		"const CORE = new Set([\"User\"]);\nexport const S: Prisma.ModelName[] = [...CORE, Prisma.ModelName.Invoice];",
		`const S = Object.freeze(new Set<Prisma.ModelName>([...(flag ? ["A"] : [])]));`,
		"const A = [...B];\nconst B = [...A];\nconst S = [...A];",
		`const S = ["In\u0076oice", "\x41", "\u{1F600}", "\`,
		"// const S = [\"x\"]\nconst S = [\n",
		"let S = [];\nS.push(\"A\");",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		r, err := Parse("scope.ts", []byte(src), "S")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "scope.ts") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, e := range r.Entries {
			if e.Range.Start.Offset < 0 || e.Range.End.Offset > len(src) || e.Range.Start.Offset >= e.Range.End.Offset {
				t.Fatalf("entry %q at %+v lies outside the file", e.Name, e.Range)
			}
		}
	})
}
