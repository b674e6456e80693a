//go:build unix

package config

import (
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A schemalint.hcl that is a named pipe would hang a plain read until a
// writer comes; it is refused at once.
func TestLoadRefusesANamedPipe(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), FileName)
	require.NoError(t, syscall.Mkfifo(pipe, 0o644))
	_, err := Load(pipe, nil)
	require.Error(t, err)
	assert.Equal(t, pipe+": is a named pipe, not a regular file; schemalint reads only regular files", err.Error())
}
