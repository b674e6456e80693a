//go:build !(linux || darwin)

package paths

import "os"

// Getwd is os.Getwd.
func Getwd() (string, error) { return os.Getwd() }
