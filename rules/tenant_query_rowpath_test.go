package rules

import (
	"regexp"
	"testing"
)

// isRowPath answers as the expression it stands for, on every string of
// up to six bytes of the bytes that matter to it, and on written paths.
func TestIsRowPath(t *testing.T) {
	re := regexp.MustCompile(`^[A-Za-z_$][\w$]*(?:!?(?:\??\.[A-Za-z_$][\w$]*|(?:\?\.)?\[\d+\]))*!?$`)
	check := func(s string) {
		if got, want := isRowPath(s), re.MatchString(s); got != want {
			t.Errorf("isRowPath(%q) = %v, the expression says %v", s, got, want)
		}
	}
	for _, s := range []string{"doc.versions[0].id", "link!.group?.id", "a?.b!", "a[12]!.b", "rows?.[0].id", "a?.[1]?.[2]!", "a?.[]", "a?.[b]", "a?.[0", "a.[0]", "a[]", "a..b", "a?b", "0a", "a.0", "é", "a.é", "x!!", "a[1", ""} {
		check(s)
	}
	alphabet := []byte("a1$.?![]\xc3")
	var grow func(s []byte)
	grow = func(s []byte) {
		check(string(s))
		if len(s) == 6 {
			return
		}
		for _, c := range alphabet {
			grow(append(s, c))
		}
	}
	grow(nil)
}
