package freshheap

import (
	"bytes"
	"os"
	"strings"
	"syscall"
)

// hugePagesOnRequest tells whether the kernel backs memory with huge
// pages only where the process asks (transparent huge pages in "madvise"
// mode), and neither the user (GODEBUG=disablethp=1) nor whoever started
// the process (prctl PR_SET_THP_DISABLE, "THP_enabled: 0" in its status)
// turned them off.
func hugePagesOnRequest() bool {
	disabled := false
	for _, setting := range strings.Split(os.Getenv("GODEBUG"), ",") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(setting), "disablethp="); ok {
			disabled = v == "1" // the last setting wins, as in the runtime
		}
	}
	if disabled {
		return false
	}
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !onRequest(mode) {
		return false
	}
	status, err := os.ReadFile("/proc/self/status")
	return err == nil && !bytes.Contains(status, []byte("\nTHP_enabled:\t0\n"))
}

// adviseHuge asks for huge pages on the n bytes at address p, which the
// process has mapped. A kernel that refuses leaves the memory as it was:
// the error changes nothing for the run.
func adviseHuge(p, n uintptr) {
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, p, n, syscall.MADV_HUGEPAGE)
}
