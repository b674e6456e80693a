package untrusted

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestEscape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"prisma/schema.prisma", "prisma/schema.prisma"},
		{"tab\tstays", "tab\tstays"},
		{"Überweisung – ok", "Überweisung – ok"},
		{"x\n::warning::y", `x\n::warning::y`},
		{"a\rb\r\nc", `a\rb\r\nc`},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"nul\x00del\x7f", `nul\x00del\x7f`},
		{"c1\u0085csi\u009b", `c1\u0085csi\u009b`},
		{"ls\u2028ps\u2029", `ls\u2028ps\u2029`},
		{"bidi\u202eevil\u2066", `bidi\u202eevil\u2066`},
		{"bad\xffutf8", `bad\xffutf8`},
		{"keep\uFFFDreplacement", "keep\uFFFDreplacement"},
	} {
		assert.Equal(t, tc.want, Escape(tc.in), "%q", tc.in)
	}
}

// FuzzEscape: whatever comes in, what goes out has no character that ends
// a line or starts a terminal sequence.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"", "a\nb", "\r::x::", "\x1b]8;;x\x07", "\xe2\x80\xa8", "\xc2\x85"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Escape(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Escape(%q) = %q is not UTF-8", s, out)
		}
		for _, r := range out {
			if r != '\t' && unsafeRune(r) {
				t.Fatalf("Escape(%q) = %q keeps %U", s, out, r)
			}
		}
		if !strings.Contains(s, `\`) && !strings.ContainsAny(s, "\n\r") && clean(s) && out != s {
			t.Fatalf("clean text changed: %q → %q", s, out)
		}
	})
}
