package tsquery

import (
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// Unlisted tells which files Discover leaves out only because they are
// not judged (tests, seeds, data migrations, what queries.paths does not
// select or exclude leaves out) are still the application's code: a
// judged file may import a helper from one, and a proof may read it. It
// refuses what Discover never reads: installed packages, build output,
// version control, the Skip folders (generated clients), what .gitignore
// files ignore, anything outside root or reached through a link. It
// looks at a file only when asked, caching what it reads of folders. It
// is safe for concurrent use.
type Unlisted struct {
	root string
	read func(string) ([]byte, error)

	mu      sync.Mutex
	dirs    map[string]bool // rel folder -> a real folder, not a link
	ignores map[string][]ignoreRule
	loaded  map[string]bool // rel folders whose .gitignore was read
}

// NewUnlisted is an Unlisted for the code under root, reading .gitignore
// files with read (the repository's reader).
func NewUnlisted(root string, read func(string) ([]byte, error)) *Unlisted {
	return &Unlisted{root: root, read: read, dirs: map[string]bool{}, ignores: map[string][]ignoreRule{}, loaded: map[string]bool{}}
}

// Readable reports whether the file at p (named as Discover names files:
// under root) is code Discover would list were it judged: a supported,
// regular, not declaration-only file, in no folder Discover never enters
// nor in one of skip, and not ignored.
func (u *Unlisted) Readable(p string, skip []string) bool {
	if u == nil || u.read == nil {
		return false
	}
	p = filepath.Clean(p)
	rel, err := filepath.Rel(u.root, p)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	name := filepath.Base(p)
	if !tsparse.Supported(p) || strings.HasSuffix(name, ".d.ts") || pnpFiles[name] {
		return false
	}
	rel = filepath.ToSlash(rel)
	segs := strings.Split(rel, "/")
	for _, s := range segs[:len(segs)-1] {
		if skippedDirs[s] {
			return false
		}
	}
	for _, s := range skip {
		if r, err := filepath.Rel(filepath.Clean(s), p); err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) {
			return false
		}
	}
	if info, err := os.Lstat(p); err != nil || !info.Mode().IsRegular() {
		return false
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	// Each folder from root down is a real folder (Discover does not walk
	// through links), not ignored, and its .gitignore applies below it.
	u.load(".")
	for i := 1; i < len(segs); i++ {
		dir := strings.Join(segs[:i], "/")
		if !u.realDir(dir) || ignored(u.ignores, dir, true) {
			return false
		}
		u.load(dir)
	}
	return !ignored(u.ignores, rel, false)
}

// realDir reports whether the folder at rel is a folder, not a link.
func (u *Unlisted) realDir(rel string) bool {
	ok, seen := u.dirs[rel]
	if !seen {
		info, err := os.Lstat(filepath.Join(u.root, filepath.FromSlash(rel)))
		ok = err == nil && info.IsDir()
		u.dirs[rel] = ok
	}
	return ok
}

// load reads the .gitignore of the folder at rel once.
func (u *Unlisted) load(rel string) {
	if u.loaded[rel] {
		return
	}
	u.loaded[rel] = true
	if rules := readIgnore(u.read, filepath.Join(u.root, filepath.FromSlash(rel), ".gitignore")); len(rules) > 0 {
		u.ignores[rel] = rules
	}
}
