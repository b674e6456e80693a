//go:build linux || darwin

package paths

import (
	"os"
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
func Getwd() (string, error) {
	if pwd := os.Getenv("PWD"); pwd != "" && pwd[0] == '/' {
		if wd, err := syscall.Getwd(); err == nil && wd == pwd {
			return pwd, nil
		}
	}
	return os.Getwd()
}
