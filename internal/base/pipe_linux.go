package base

import (
	"io"
	"os"
	"syscall"
)

// growPipe gives the pipe git answers through room for a schema file of
// up to a mebibyte (Linux's limit for a user), so that git writes the
// whole answer without waiting for this process to read it: the reading
// goroutine waits for a core while the working tree is parsed on every
// core, and git, blocked on a full pipe of 64 KiB, waited with it.
func growPipe(r io.Reader) {
	f, ok := r.(*os.File)
	if !ok {
		return
	}
	c, err := f.SyscallConn()
	if err != nil {
		return
	}
	c.Control(func(fd uintptr) {
		const setPipeSize = 1031 // F_SETPIPE_SZ
		syscall.Syscall(syscall.SYS_FCNTL, fd, setPipeSize, 1<<20)
	})
}
