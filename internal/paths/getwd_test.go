package paths

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Getwd must give os.Getwd's answer whatever $PWD says: the name through a
// link when $PWD is that link, the kernel's name when $PWD is stale,
// relative or unset.
func TestGetwdIsOsGetwd(t *testing.T) {
	dir, err := filepath.EvalSymlinks(t.TempDir())
	require.NoError(t, err)
	real := filepath.Join(dir, "real")
	other := filepath.Join(dir, "other")
	link := filepath.Join(dir, "link")
	require.NoError(t, os.Mkdir(real, 0o755))
	require.NoError(t, os.Mkdir(other, 0o755))
	linked := os.Symlink(real, link) == nil
	for _, tc := range []struct {
		what, pwd string
		unset     bool
	}{
		{what: "$PWD is the folder", pwd: real},
		{what: "$PWD is a link to it", pwd: link},
		{what: "$PWD is another folder", pwd: other},
		{what: "$PWD is relative", pwd: "real"},
		{what: "$PWD names nothing", pwd: filepath.Join(dir, "gone")},
		{what: "$PWD is the folder, not clean", pwd: real + "/"},
		{what: "$PWD is unset", unset: true},
	} {
		if tc.pwd == link && !linked {
			continue
		}
		t.Run(tc.what, func(t *testing.T) {
			t.Chdir(real)
			t.Setenv("PWD", tc.pwd)
			if tc.unset {
				require.NoError(t, os.Unsetenv("PWD"))
			}
			want, wantErr := os.Getwd()
			got, err := Getwd()
			assert.Equal(t, wantErr, err)
			assert.Equal(t, want, got)
			for _, p := range []string{".", "a/b", "../x", "/abs/../y"} {
				wantAbs, _ := filepath.Abs(p)
				gotAbs, err := Absolute(p)
				assert.NoError(t, err)
				assert.Equal(t, wantAbs, gotAbs, "%q", p)
			}
		})
	}
}

// The remembered $PWD must not outlive a change of folder: t.Chdir, the
// one way schemalint's code changes it, sets $PWD with it.
func TestGetwdFollowsAChangeOfFolder(t *testing.T) {
	dir, err := filepath.EvalSymlinks(t.TempDir())
	require.NoError(t, err)
	for _, name := range []string{"a", "b", "a"} {
		folder := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(folder, 0o755))
		t.Chdir(folder)
		for range 2 { // the second answer is the remembered one
			got, err := Getwd()
			require.NoError(t, err)
			assert.Equal(t, folder, got)
		}
	}
}
