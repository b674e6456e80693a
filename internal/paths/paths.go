// Package paths answers the one question every part of schemalint asks of
// a file name: is it inside a folder (the repository, a schema folder),
// and if so, what is it called from there. One answer, built on
// filepath.Rel and filepath.IsLocal, so that a folder named "..x" is
// inside and "../x" is not, everywhere.
package paths

import (
	"path/filepath"
	"runtime"
)

// Rel is p relative to dir when p is dir or lies below it; ok is false
// otherwise. Both are absolute, or both relative to the same folder.
func Rel(dir, p string) (rel string, ok bool) {
	r, err := filepath.Rel(dir, p)
	if err != nil || !(r == "." || filepath.IsLocal(r)) {
		return "", false
	}
	return r, true
}

// Inside reports whether p is dir or lies below it.
func Inside(dir, p string) bool {
	_, ok := Rel(dir, p)
	return ok
}

// Abs is p made absolute, or p cleaned when the working directory is
// unknown. A file is named absolute from when it is read until a
// formatter names it for a reader.
func Abs(p string) string {
	if a, err := Absolute(p); err == nil {
		return a
	}
	return filepath.Clean(p)
}

// Absolute is filepath.Abs(p), with the working directory from Getwd.
func Absolute(p string) (string, error) {
	if runtime.GOOS == "windows" || filepath.IsAbs(p) {
		return filepath.Abs(p) // volume-relative names need the system's answer
	}
	wd, err := Getwd()
	if err != nil {
		return "", err
	}
	return filepath.Join(wd, p), nil
}

// Abser returns Abs for a run of names: the working directory, which
// filepath.Abs asks the system for on every call, is asked for once.
func Abser() func(string) string {
	if runtime.GOOS == "windows" {
		return Abs // volume-relative names need the system's answer
	}
	wd, err := Getwd()
	return func(p string) string {
		if filepath.IsAbs(p) || err != nil {
			return filepath.Clean(p)
		}
		return filepath.Join(wd, p)
	}
}
