//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A pull request chooses what its files are, not only what they say.
// Each of these would hang the run, exhaust memory or print a file from
// outside the checkout; each is refused at once with exit 2 and one line
// naming the file. The test's own deadline is the hang detector.
func TestCheckRefusesSpecialFiles(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, ".env")
	require.NoError(t, os.WriteFile(secret, []byte("SELECT 'postgres://admin:hunter2@db/prod' AS leaked FROM x;\n"), 0o600))

	for _, tc := range []struct {
		name  string
		setup func(t *testing.T, repo string)
		want  string
	}{
		{"named pipe in the schema folder", func(t *testing.T, repo string) {
			require.NoError(t, syscall.Mkfifo(filepath.Join(repo, "prisma", "schema", "pipe.prisma"), 0o644))
		}, "prisma/schema/pipe.prisma: is a named pipe, not a regular file; schemalint reads only regular files"},
		{"link to /dev/zero", func(t *testing.T, repo string) {
			require.NoError(t, os.Symlink("/dev/zero", filepath.Join(repo, "prisma", "schema", "zero.prisma")))
		}, "prisma/schema/zero.prisma: is a link to a file outside the repository; schemalint does not follow it"},
		{"SQL view linked to a secret outside", func(t *testing.T, repo string) {
			require.NoError(t, os.MkdirAll(filepath.Join(repo, "prisma", "views", "public"), 0o755))
			require.NoError(t, os.Symlink(secret, filepath.Join(repo, "prisma", "views", "public", "Leak.sql")))
		}, "prisma/views/public/Leak.sql: is a link to a file outside the repository; schemalint does not follow it"},
		{"oversized schema file", func(t *testing.T, repo string) {
			writeFile(t, repo, "schemalint.hcl", "max_file_size = \"1KiB\"\n")
			big := make([]byte, 4<<10)
			for i := range big {
				big[i] = '\n'
			}
			require.NoError(t, os.WriteFile(filepath.Join(repo, "prisma", "schema", "big.prisma"), big, 0o644))
		}, "prisma/schema/big.prisma: is 4 KiB, more than the 1 KiB schemalint reads of one file; raise max_file_size in schemalint.hcl if it is really part of the schema"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			repo := t.TempDir()
			writeFile(t, repo, "prisma/schema/main.prisma", viewsSchema)
			tc.setup(t, repo)
			code, out, errOut := run(t, repo, "check")
			assert.Equal(t, ExitError, code)
			assert.Empty(t, out, "nothing on stdout when the run cannot judge the schema")
			assert.Contains(t, errOut, tc.want)
			assert.NotContains(t, errOut, "hunter2")
		})
	}
}
