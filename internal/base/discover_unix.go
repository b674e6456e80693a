//go:build unix

package base

import (
	"os"
	"syscall"
)

// sameDevice reports whether a and b are on one file system: git stops
// looking for a repository where the file system changes.
func sameDevice(a, b os.FileInfo) bool {
	sa, ok1 := a.Sys().(*syscall.Stat_t)
	sb, ok2 := b.Sys().(*syscall.Stat_t)
	return ok1 && ok2 && sa.Dev == sb.Dev
}

// ownedByMe reports whether fi belongs to this process's user, as git
// requires of a repository it is not told to trust (safe.directory). As
// root under sudo, git compares with SUDO_UID: not the plain case.
func ownedByMe(fi os.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return false
	}
	uid := os.Geteuid()
	if _, sudo := os.LookupEnv("SUDO_UID"); sudo && uid == 0 {
		return false
	}
	return int(st.Uid) == uid
}
