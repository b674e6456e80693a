//go:build linux || darwin

package paths

import (
	"os"
	"sync/atomic"
	"syscall"
)

// Getwd is os.Getwd's answer, with one system call where two stats were
// asked on every call. os.Getwd returns $PWD when a stat of it and a stat
// of "." find the same folder, which keeps the name the user's shell uses
// (a path through a link); a run asks for the working directory a dozen
// times, and on a virtual machine the two stats cost 10-20 µs each time.
// When the kernel's name of the working directory (getcwd) is $PWD
// itself, $PWD is that folder, and os.Getwd's answer; otherwise ($PWD
// through a link, stale, or unset) os.Getwd answers.
//
// A $PWD found to be the working directory is remembered, and the next
// call that finds $PWD unchanged answers it without asking the kernel
// again: schemalint never changes its working directory, and what does
// (a test's t.Chdir) sets $PWD with it. A run asked getcwd 17 times for
// a 50-model check, 2-4 µs each on a virtual machine.
func Getwd() (string, error) {
	pwd := os.Getenv("PWD")
	if pwd == "" || pwd[0] != '/' {
		return os.Getwd()
	}
	if known := verifiedPWD.Load(); known != nil && *known == pwd {
		return pwd, nil
	}
	if wd, err := syscall.Getwd(); err == nil && wd == pwd {
		verifiedPWD.Store(&pwd)
		return pwd, nil
	}
	return os.Getwd()
}

// verifiedPWD is the last $PWD that getcwd named.
var verifiedPWD atomic.Pointer[string]
