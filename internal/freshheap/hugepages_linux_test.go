package freshheap

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

// The memory prepare advised asks for huge pages (VmFlags "hg") from its
// first 2 MB to its last.
func TestPrepareAdvisesTheMemory(t *testing.T) {
	defer func(f func() bool) { hugePages = f }(hugePages)
	hugePages = func() bool { return true }
	prepared.Store(false)
	lo, hi := prepare(2 << 20)
	if lo == 0 {
		t.Fatal("prepare(2 MB) advised nothing")
	}
	for _, p := range []uintptr{lo, hi - 1} {
		if flags := vmFlags(t, p); !strings.Contains(" "+flags+" ", " hg ") {
			t.Fatalf("the mapping at %#x has VmFlags %q, want hg (MADV_HUGEPAGE)", p, flags)
		}
	}
}

// vmFlags reads the VmFlags of the mapping holding address p.
func vmFlags(t *testing.T, p uintptr) string {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no /proc/self/smaps: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	in := false
	for sc.Scan() {
		line := sc.Text()
		var start, end uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x ", &start, &end); n == 2 && !strings.HasSuffix(strings.Fields(line)[0], ":") {
			in = start <= p && p < end
			continue
		}
		if flags, ok := strings.CutPrefix(line, "VmFlags:"); ok && in {
			return strings.TrimSpace(flags)
		}
	}
	t.Fatalf("no mapping holds %#x", p)
	return ""
}
