//go:build !unix

package repofs

import "os"

// openNonBlocking opens a file for reading; outside Unix, named pipes do
// not live in the file system, so a plain open cannot hang on one.
func openNonBlocking(name string) (*os.File, error) {
	return os.Open(name)
}
