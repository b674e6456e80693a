//go:build unix

package repofs

import (
	"os"
	"syscall"
)

// openNonBlocking opens a file for reading without waiting for a writer
// when it is a named pipe (or a device that would block).
func openNonBlocking(name string) (*os.File, error) {
	return os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
}
