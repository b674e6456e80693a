// Package repofs reads the files of the repository under review. A pull
// request chooses what those files are, not only what they say: a schema
// can be a named pipe that never ends a read, a link to /dev/zero that
// never stops giving bytes, or a link to a secret outside the checkout
// that an error message would quote. Every read of a schema, SQL file,
// registry or generated file goes through a Root, which opens only regular
// files, follows a link only while it stays inside the repository, and
// refuses a file over a size limit before reading it.
package repofs

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/schemalint/schemalint/internal/paths"
)

// DefaultMaxFileSize is the largest file read unless the configuration
// says otherwise: far above any real schema (the largest public ones are
// a few MB), far below what exhausts a CI runner's memory.
const DefaultMaxFileSize = 64 << 20

// Root is a repository's top level and the limit for one file.
type Root struct {
	dir, real   string
	maxFileSize int64
	// folders maps a folder's absolute path to where its links lead, for
	// the folders files were read from: the query rules read every file of
	// an application, and resolving each one's path from the top took ten
	// system calls a file.
	folders sync.Map
}

// New confines reads to dir; maxFileSize <= 0 means the default.
func New(dir string, maxFileSize int64) *Root {
	if maxFileSize <= 0 {
		maxFileSize = DefaultMaxFileSize
	}
	abs, err := paths.Absolute(dir)
	if err != nil {
		abs = dir
	}
	r := &Root{dir: abs, real: abs, maxFileSize: maxFileSize}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		r.real = real
		// The top level is where its files' folder leads for resolve,
		// which would otherwise resolve it again, a stat for each folder
		// from /, for the first file read there.
		top, _ := filepath.Split(filepath.Join(abs, "f"))
		r.folders.Store(top, real)
	}
	return r
}

// Dir is the repository's top level, absolute.
func (r *Root) Dir() string { return r.dir }

// Error says why a file was not read; Path is the name it was asked by.
type Error struct {
	Path   string
	Reason string
	Err    error // the system's error, when there is one
	// TooLarge marks a file over the limit, for callers with their own.
	TooLarge bool
}

func (e *Error) Error() string { return e.Path + ": " + e.Reason }
func (e *Error) Unwrap() error { return e.Err }

// ReadFile reads name (absolute, or relative to the working directory)
// when it is a regular file within the limits above.
func (r *Root) ReadFile(name string) ([]byte, error) {
	abs, err := paths.Absolute(name)
	if err != nil {
		return nil, &Error{Path: name, Reason: "cannot read: " + err.Error(), Err: err}
	}
	if err := r.checkLinks(name, abs); err != nil {
		var gone *nothing
		if !errors.As(err, &gone) {
			return nil, err
		}
		// Nothing has that name (most such reads are of optional files:
		// prisma.config.ts, package.json, the baseline): the open would
		// fail the same way, a system call later.
		err = &fs.PathError{Op: "open", Path: abs, Err: gone.errno}
		return nil, &Error{Path: name, Reason: "cannot read: " + reason(err), Err: err}
	}
	f, err := openNonBlocking(abs)
	if err != nil {
		return nil, &Error{Path: name, Reason: "cannot read: " + reason(err), Err: err}
	}
	defer f.Close()
	// The type is checked on the open file, not before opening it, so
	// that nothing can swap a regular file for a pipe in between; opening
	// without blocking keeps a pipe with no writer from hanging the open.
	info, err := f.Stat()
	if err != nil {
		return nil, &Error{Path: name, Reason: "cannot read: " + reason(err), Err: err}
	}
	if !info.Mode().IsRegular() {
		return nil, &Error{Path: name, Reason: fmt.Sprintf("is %s, not a regular file; schemalint reads only regular files", kind(info.Mode()))}
	}
	if info.Size() > r.maxFileSize {
		return nil, r.tooLarge(name, info.Size())
	}
	// The file may grow while it is read: read one byte past the limit.
	// The buffer is sized from the stat, one byte more to see the end
	// without growing it: io.ReadAll's doubling allocated twice a schema's
	// size, all of it fresh memory the process faults in.
	lr := io.LimitReader(f, r.maxFileSize+1)
	b := make([]byte, 0, info.Size()+1)
	for {
		n, err := lr.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, &Error{Path: name, Reason: "cannot read: " + reason(err), Err: err}
		}
		if len(b) == cap(b) { // the file grew since the stat
			b = append(b, 0)[:len(b)]
		}
	}
	if int64(len(b)) > r.maxFileSize {
		return nil, r.tooLarge(name, int64(len(b)))
	}
	return b, nil
}

// Stat is os.Stat for a file that ReadFile would read, with the same
// refusal of links leaving the repository.
func (r *Root) Stat(name string) (fs.FileInfo, error) {
	abs, err := paths.Absolute(name)
	if err != nil {
		return nil, err
	}
	if err := r.checkLinks(name, abs); err != nil && !errors.As(err, new(*nothing)) {
		return nil, err
	}
	return os.Stat(abs)
}

// checkLinks refuses a path inside the repository that links (itself or
// through a folder) to a place outside it. A path the user named outside
// the repository is theirs to name. A *nothing says that nothing has the
// name, not even a dangling link.
func (r *Root) checkLinks(name, abs string) error {
	if !paths.Inside(r.dir, abs) {
		return nil
	}
	real, err := r.resolve(abs)
	if _, ok := err.(*nothing); ok {
		return err
	}
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			// A dangling link or a missing file: the open says which.
			if _, lerr := os.Lstat(abs); lerr == nil {
				return &Error{Path: name, Reason: "is a link to a file that does not exist", Err: err}
			}
			return nil
		}
		return &Error{Path: name, Reason: "cannot read: " + reason(err), Err: err}
	}
	if !paths.Inside(r.real, real) {
		return &Error{Path: name, Reason: "is a link to a file outside the repository; schemalint does not follow it"}
	}
	return nil
}

// resolve is filepath.EvalSymlinks(abs). A regular file is where its
// folder leads, so each folder is resolved once; anything else (a link, a
// folder, a missing file) is resolved from the top, as before.
// The repository is taken as not changing while it is read, as the open
// after the check already takes it.
func (r *Root) resolve(abs string) (string, error) {
	dir, base := filepath.Split(abs)
	real, err := r.folder(dir)
	if err != nil {
		return filepath.EvalSymlinks(abs)
	}
	file := filepath.Join(real, base)
	if info, err := os.Lstat(file); err != nil || !info.Mode().IsRegular() {
		if errors.Is(err, fs.ErrNotExist) {
			// Nothing has that name in its folder, not even a dangling
			// link: walking the path again from the top would only say so
			// again, with a stat for each folder. Runs look for several
			// files that are usually absent (prisma.config.ts, .mts, .js,
			// .mjs, package.json, the baseline).
			gone := &nothing{errno: err}
			var pe *fs.PathError
			if errors.As(err, &pe) {
				gone.errno = pe.Err
			}
			return "", gone
		}
		return filepath.EvalSymlinks(abs)
	}
	return file, nil
}

// folder is filepath.EvalSymlinks(dir), dir ending in a separator as
// filepath.Split leaves it. A plain folder (not a link) leads to where its
// parent leads, joined with its name: one lstat, the parent's answer
// remembered, where EvalSymlinks takes one for each folder from /.
// Anything else (a link) is EvalSymlinks' to resolve.
func (r *Root) folder(dir string) (string, error) {
	if real, ok := r.folders.Load(dir); ok {
		return real.(string), nil
	}
	resolved := ""
	if parent, name := filepath.Split(filepath.Clean(dir)); name != "" {
		if up, err := r.folder(parent); err == nil {
			p := filepath.Join(up, name)
			if info, err := os.Lstat(p); err == nil && info.IsDir() {
				resolved = p
			}
		}
	}
	if resolved == "" {
		var err error
		if resolved, err = filepath.EvalSymlinks(dir); err != nil {
			return "", err
		}
	}
	real, _ := r.folders.LoadOrStore(dir, resolved)
	return real.(string), nil
}

// nothing is resolve's answer for a name that nothing has; errno is the
// system's error for it.
type nothing struct{ errno error }

func (n *nothing) Error() string { return n.errno.Error() }

func (r *Root) tooLarge(name string, size int64) error {
	return &Error{Path: name, TooLarge: true, Reason: fmt.Sprintf("is %s, more than the %s schemalint reads of one file; raise max_file_size in schemalint.hcl if it is really part of the schema",
		mib(size), mib(r.maxFileSize))}
}

func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsDir():
		return "a folder"
	}
	return "a special file"
}

func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func mib(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KiB", (n+1023)>>10)
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}
