//go:build !linux

package freshheap

// hugePagesOnRequest: only Linux's transparent huge pages are asked for.
func hugePagesOnRequest() bool { return false }

func adviseHuge(p, n uintptr) {}
