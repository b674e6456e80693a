package base

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/schemalint/schemalint/internal/paths"
)

// worktreeRoot is the root of the working tree holding dir, as
// `git rev-parse --show-cdup` would find it, found without a git process
// in the plain case: a `.git` folder in dir or in a folder above it on
// the same file system, owned with that folder by this user, whose config
// neither moves the work tree nor makes the repository bare, with no GIT_*
// variable that changes where git looks. Anything else is "", and git's
// own discovery answers (repositoryAt), with its own errors and ways out:
// a linked worktree or submodule (a `.git` file), a bare repository,
// another user's checkout, a ceiling, another file system.
//
// Like --show-cdup, the root is reached from dir by going up as many
// folders as git went up from dir's physical path, so that a working
// directory behind a symlink names files as the user does.
func worktreeRoot(dir string) string {
	for _, v := range []string{"GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES",
		"GIT_DISCOVERY_ACROSS_FILESYSTEM", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT"} {
		if _, set := os.LookupEnv(v); set {
			return ""
		}
	}
	abs, err := paths.Absolute(dir)
	if err != nil {
		return ""
	}
	phys, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return ""
	}
	start, err := os.Stat(phys)
	if err != nil || !start.IsDir() {
		return ""
	}
	up := 0
	for at := phys; ; at = filepath.Dir(at) {
		here, err := os.Stat(at)
		if err != nil || !sameDevice(start, here) {
			return ""
		}
		dotGit := filepath.Join(at, ".git")
		if fi, err := os.Lstat(dotGit); err == nil {
			if !fi.IsDir() || !plainRepository(dotGit) || !ownedByMe(here) || !ownedByMe(fi) {
				return ""
			}
			parts := []string{abs}
			for range up {
				parts = append(parts, "..")
			}
			return filepath.Join(parts...)
		} else if !os.IsNotExist(err) {
			return ""
		}
		// A folder that is itself a repository (bare, or inside .git).
		if _, err := os.Lstat(filepath.Join(at, "HEAD")); !os.IsNotExist(err) {
			return ""
		}
		if filepath.Dir(at) == at {
			return ""
		}
		up++
	}
}

// plainRepository reports whether gitDir is a repository whose work tree
// is the folder holding it: HEAD, objects and refs present, and a config
// that sets no core.worktree, core.bare = true or per-worktree config.
func plainRepository(gitDir string) bool {
	for _, name := range []string{"HEAD", "objects", "refs"} {
		if _, err := os.Stat(filepath.Join(gitDir, name)); err != nil {
			return false
		}
	}
	cfg, err := os.ReadFile(filepath.Join(gitDir, "config"))
	if err != nil {
		return os.IsNotExist(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(cfg))
	for sc.Scan() {
		line := strings.ToLower(strings.Join(strings.Fields(sc.Text()), ""))
		if strings.Contains(line, "worktree") || strings.Contains(line, "include") ||
			strings.HasPrefix(line, "bare") && line != "bare=false" {
			return false
		}
	}
	return sc.Err() == nil
}

// findRepository is repositoryAt without its git process in the plain
// case (worktreeRoot): the commit is resolved by the
// `git cat-file --batch-command` that then reads the base (started, nil
// when git's own discovery answered). old says git lacks --batch-command.
func findRepository(ctx context.Context, dir, ref string) (top, commit string, started *catFile, old bool, why, way string) {
	if top = worktreeRoot(dir); top != "" && plainRevision(ref) {
		c, err := startCatFile(ctx, top, "")
		if err == nil {
			objects, err := c.objects("info", []string{ref + "^{commit}"}, nil)
			switch {
			case err == nil && !objects[0].missing && objects[0].typ == "commit":
				return top, objects[0].id, c, false, "", ""
			case err == nil:
				c.close(false)
				return top, "", nil, false, "", ""
			case errors.Is(err, errNoBatchCommand):
				old = true
			}
			// Anything else git says is said again by git's own discovery.
			c.close(true)
		}
	}
	top, commit, why, way = repositoryAt(ctx, dir, ref)
	return top, commit, nil, old, why, way
}

// plainRevision reports whether ref can be one line of
// `cat-file --batch-command` read as rev-parse reads it: no space or
// control character (refs have none; `HEAD@{1 day ago}` does), not an
// option.
func plainRevision(ref string) bool {
	if ref == "" || ref[0] == '-' {
		return false
	}
	for _, r := range ref {
		if r <= ' ' || r == 0x7f || unicode.IsSpace(r) {
			return false
		}
	}
	return true
}
