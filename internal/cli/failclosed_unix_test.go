//go:build unix

package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Folders and files that cannot be read: with links that loop (which even
// root cannot follow) and with permissions (as a user they stop).

// A folder under the schema folder or the SQL globs that cannot be read is
// an error, never an empty folder. Tests run as root, whom permissions do
// not stop, so the entry that cannot be read is a symbolic link looping on
// itself: the same error path as permission denied (the walk's or the
// glob's I/O error).
func TestCheckUnreadableFolders(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema/schema.prisma", validSchema)
	writeFile(t, tmp, "prisma/views/public/Active.sql", "SELECT id FROM \"User\"\n")
	loop := filepath.Join(tmp, "prisma", "views", "public", "archive")
	require.NoError(t, os.Symlink("archive", loop))
	code, out, errOut := run(t, tmp, "check")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, loop+": cannot read: too many levels of symbolic links, under the SQL glob \""+filepath.Join(tmp, "prisma", "views", "**", "*.sql")+"\"; make it readable, or narrow the glob so that it does not cross it\n", errOut)

	require.NoError(t, os.Remove(loop))
	code, _, errOut = run(t, tmp, "check")
	require.Equal(t, ExitOK, code, errOut)

	loop = filepath.Join(tmp, "prisma", "schema", "billing")
	require.NoError(t, os.Symlink("billing", loop))
	code, out, errOut = run(t, tmp, "check")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, loop+": cannot read: too many levels of symbolic links\n", errOut)
}

// runDenied runs the CLI as a user whom file permissions stop. Tests run as
// root in CI, and root reads everything: there the test binary runs itself
// again as nobody (TestRunDeniedHelper), from a copy nobody may execute.
func runDenied(t *testing.T, dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	if os.Geteuid() != 0 {
		return run(t, dir, args...)
	}
	self, err := os.Executable()
	require.NoError(t, err)
	bin := filepath.Join(t.TempDir(), "cli.test")
	src, err := os.ReadFile(self)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(bin, src, 0o755))
	// t.TempDir's parent is private to its owner.
	for _, d := range []string{filepath.Dir(bin), filepath.Dir(filepath.Dir(bin)), dir, filepath.Dir(dir)} {
		require.NoError(t, os.Chmod(d, 0o755))
	}
	encoded, err := json.Marshal(args)
	require.NoError(t, err)
	cmd := exec.Command(bin, "-test.run=^TestRunDeniedHelper$")
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "SCHEMALINT_DENIED_DIR=" + dir, "SCHEMALINT_DENIED_ARGS=" + string(encoded)}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) && os.Getenv("CI") != "true" {
		// A container may forbid switching users; CI must not.
		t.Skipf("cannot run as nobody here: %v", err)
	}
	require.NoError(t, err, "%s", out)
	for _, line := range strings.Split(string(out), "\n") {
		if rest, ok := strings.CutPrefix(line, "denied-result: "); ok {
			var r struct {
				Code           int
				Stdout, Stderr string
			}
			require.NoError(t, json.Unmarshal([]byte(rest), &r))
			return r.Code, r.Stdout, r.Stderr
		}
	}
	t.Fatalf("the helper printed no result: %s", out)
	return
}

// TestRunDeniedHelper is runDenied's other half; it does nothing unless
// runDenied started it.
func TestRunDeniedHelper(t *testing.T) {
	dir := os.Getenv("SCHEMALINT_DENIED_DIR")
	if dir == "" {
		return
	}
	var args []string
	require.NoError(t, json.Unmarshal([]byte(os.Getenv("SCHEMALINT_DENIED_ARGS")), &args))
	code, stdout, stderr := run(t, dir, args...)
	b, err := json.Marshal(map[string]any{"Code": code, "Stdout": stdout, "Stderr": stderr})
	require.NoError(t, err)
	fmt.Println("denied-result: " + string(b))
}

// Permission denied, for real: a folder of SQL views, a folder of the
// schema, and a generated copy that the user may not read.
func TestCheckPermissionDenied(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema/schema.prisma", validSchema)
	writeFile(t, tmp, "prisma/views/public/Active.sql", "SELECT id FROM \"User\"\n")
	private := filepath.Join(tmp, "prisma", "views", "private")
	writeFile(t, private, "Secret.sql", "SELECT id FROM \"User\"\n")
	require.NoError(t, os.Chmod(private, 0))
	t.Cleanup(func() { _ = os.Chmod(private, 0o755) })
	code, out, errOut := runDenied(t, tmp, "check")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, private+": cannot read: permission denied, under the SQL glob \""+filepath.Join(tmp, "prisma", "views", "**", "*.sql")+"\"; make it readable, or narrow the glob so that it does not cross it\n", errOut)
	require.NoError(t, os.Chmod(private, 0o755))

	billing := filepath.Join(tmp, "prisma", "schema", "billing")
	writeFile(t, billing, "billing.prisma", "model Invoice {\n  id Int @id\n}\n")
	require.NoError(t, os.Chmod(billing, 0))
	t.Cleanup(func() { _ = os.Chmod(billing, 0o755) })
	code, out, errOut = runDenied(t, tmp, "check")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, billing+": cannot read: permission denied\n", errOut)
}

// A generated copy the user may not read is reported with the reason by
// views-out-of-date, not as "not generated yet".
func TestCheckGeneratedCopyPermissionDenied(t *testing.T) {
	dir := fixRepo(t)
	writeFile(t, dir, "schemalint.hcl", strings.Replace(fixConfig(`"id", "organizationId", "email"`), "  expose \"User\" {", "  product \"billing\" {\n    output = \"apps/billing/prisma/app-views.prisma\"\n  }\n\n  expose \"User\" {", 1))
	code, _, errOut := run(t, dir, "fix")
	require.Equal(t, ExitOK, code, errOut)
	copyPath := filepath.Join(dir, "apps", "billing", "prisma", "app-views.prisma")
	require.NoError(t, os.Chmod(copyPath, 0))

	code, stdout, errOut := runDenied(t, dir, "check", "--rule", "views-out-of-date", "--format", "json")
	assert.Equal(t, ExitFindings, code, errOut)
	got := findings(t, stdout)
	require.Len(t, got, 1, stdout)
	assert.Equal(t, "schemalint.hcl", got[0].File)
	assert.Equal(t, 12, got[0].Line)
	assert.Equal(t, "apps/billing/prisma/app-views.prisma cannot be read: permission denied; make it a readable file, or move what is in the way and run schemalint fix", got[0].Message)
}

// A package.json the user may not read could name the schema: discovery
// stops there instead of checking prisma/schema.prisma.
func TestCheckDiscoveryPermissionDenied(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, tmp, "prisma/schema.prisma", validSchema)
	pkg := writeFile(t, tmp, "package.json", "{\"prisma\": {\"schema\": \"db/schema.prisma\"}}\n")
	require.NoError(t, os.Chmod(pkg, 0))
	code, out, errOut := runDenied(t, tmp, "check")
	assert.Equal(t, ExitError, code)
	assert.Empty(t, out)
	assert.Equal(t, pkg+": cannot read: permission denied\n", errOut)
}
