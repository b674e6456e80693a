package freshheap

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// Huge pages are not asked for where the user or whoever started the
// process turned them off.
func TestHugePagesTurnedOff(t *testing.T) {
	if mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil || !onRequest(mode) {
		t.Skip("this kernel does not give huge pages on request (madvise mode)")
	}
	if !hugePagesOnRequest() {
		t.Fatal("hugePagesOnRequest() = false in madvise mode, want true")
	}
	t.Setenv("GODEBUG", "disablethp=1")
	if hugePagesOnRequest() {
		t.Error("hugePagesOnRequest() = true with GODEBUG=disablethp=1, want false")
	}
	t.Setenv("GODEBUG", "disablethp=1,disablethp=0")
	if !hugePagesOnRequest() {
		t.Error("hugePagesOnRequest() = false with GODEBUG=disablethp=1,disablethp=0, want true (the last wins)")
	}
	t.Setenv("GODEBUG", "")
	const prSetTHPDisable = 41
	if _, _, errno := syscall.RawSyscall6(syscall.SYS_PRCTL, prSetTHPDisable, 1, 0, 0, 0, 0); errno != 0 {
		t.Skipf("prctl(PR_SET_THP_DISABLE): %v", errno)
	}
	defer syscall.RawSyscall6(syscall.SYS_PRCTL, prSetTHPDisable, 0, 0, 0, 0, 0)
	if hugePagesOnRequest() {
		t.Error("hugePagesOnRequest() = true with PR_SET_THP_DISABLE, want false")
	}
}

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

// The heap's next large object starts in the advised memory, not in the
// 4 KB pages below its first 2 MB boundary. A heap that objects of other
// tests were freed from has holes the object may fit in: the test runs
// in processes of its own, as a run of schemalint does. Where the runtime
// puts the object is its own choice, not a promise: about 2 fresh
// processes in 100 here place it below the boundary anyway (without the
// set-aside, every one does), so the test asks it of 3 processes of 5.
// The race detector's runtime places objects its own way: scripts/test
// runs this test again without it.
func TestPrepareStartsTheHeapOnAHugePage(t *testing.T) {
	if os.Getenv("FRESHHEAP_CHILD") == "1" {
		onAHugePage(t)
		return
	}
	if raceDetector {
		t.Skip("the race detector's runtime places objects its own way; scripts/test runs this test without it")
	}
	var misses []string
	for range 5 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestPrepareStartsTheHeapOnAHugePage$", "-test.count=1")
		cmd.Env = append(os.Environ(), "FRESHHEAP_CHILD=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			misses = append(misses, fmt.Sprintf("%v\n%s", err, out))
		}
	}
	if len(misses) > 2 {
		t.Fatalf("%d fresh processes of 5 placed the object outside the advised memory:\n%s", len(misses), strings.Join(misses, "\n"))
	}
}

// onAHugePage is TestPrepareStartsTheHeapOnAHugePage in its own process.
func onAHugePage(t *testing.T) {
	hugePages = func() bool { return true }
	lo, hi := prepare(2 << 20)
	if lo == 0 {
		t.Fatal("prepare(2 MB) advised nothing")
	}
	b := make([]byte, 1<<20)
	if p := uintptr(unsafe.Pointer(unsafe.SliceData(b))); p < lo || p >= hi {
		t.Errorf("a 1 MB object after prepare is at %#x, outside the advised %#x-%#x", p, lo, hi)
	}
	runtime.KeepAlive(b)
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
