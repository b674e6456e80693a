package base

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/schemalint/schemalint/internal/paths"
)

// Git reads one commit of a local repository.
type Git struct {
	Dir    string // the repository's root
	Commit string // a full commit id
}

// List implements Tree with `git ls-tree`; submodules and symlinks are not
// files of the tree here.
func (g Git) List(ctx context.Context, p string) ([]string, error) {
	args := []string{"--literal-pathspecs", "ls-tree", "-r", "-z", "--full-tree", g.Commit}
	if p != "" {
		args = append(args, "--", p)
	}
	out, err := runGit(ctx, g.Dir, nil, args...)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, rec := range bytes.Split(out, []byte{0}) {
		// <mode> SP <type> SP <object> TAB <path>
		meta, name, ok := bytes.Cut(rec, []byte{'\t'})
		if !ok {
			continue
		}
		fields := strings.Fields(string(meta))
		if len(fields) == 3 && fields[1] == "blob" && fields[0] != "120000" {
			files = append(files, string(name))
		}
	}
	sort.Strings(files)
	return files, nil
}

// Read implements Tree with one `git cat-file --batch` for all files.
func (g Git) Read(ctx context.Context, paths []string) ([][]byte, error) {
	if len(paths) == 0 {
		return nil, nil
	}
	var in bytes.Buffer
	for _, p := range paths {
		if strings.ContainsAny(p, "\n") {
			return nil, fmt.Errorf("git: cannot read %q: a newline in a path", p)
		}
		fmt.Fprintf(&in, "%s:%s\n", g.Commit, p)
	}
	out, err := runGit(ctx, g.Dir, &in, "cat-file", "--batch")
	if err != nil {
		return nil, err
	}
	r := bufio.NewReader(bytes.NewReader(out))
	contents := make([][]byte, len(paths))
	for i, p := range paths {
		header, err := r.ReadString('\n')
		if err != nil {
			return nil, fmt.Errorf("git cat-file: truncated output at %s", p)
		}
		// <object> SP <type> SP <size> LF <contents> LF, or <name> SP missing LF
		fields := strings.Fields(header)
		if len(fields) == 2 && fields[1] == "missing" {
			return nil, fmt.Errorf("git: the object of %s at %s is missing from the repository", p, short(g.Commit))
		}
		if len(fields) != 3 || fields[1] != "blob" {
			return nil, fmt.Errorf("git: %s is not a file at %s", p, g.Commit)
		}
		size, err := strconv.Atoi(fields[2])
		if err != nil {
			return nil, fmt.Errorf("git cat-file: bad header %q", strings.TrimSpace(header))
		}
		buf := make([]byte, size)
		if _, err := io.ReadFull(r, buf); err != nil {
			return nil, fmt.Errorf("git cat-file: truncated output at %s", p)
		}
		if _, err := r.ReadByte(); err != nil {
			return nil, fmt.Errorf("git cat-file: truncated output at %s", p)
		}
		contents[i] = buf
	}
	return contents, nil
}

// blob is one file of a tree listing: its path, object id and size.
type blob struct {
	path string
	id   string
	size int64
}

// files lists the files at or under each prefix ("" for the whole tree)
// with one `git ls-tree`, sorted by path, each once. A path that names no
// file inside the repository (an empty, "." or ".." part: git writes no
// such tree, but a crafted one can hold it) is an error rather than a name
// outside the working tree.
func (g Git) files(ctx context.Context, prefixes []string) ([]blob, error) {
	args := []string{"--literal-pathspecs", "ls-tree", "-r", "-l", "-z", "--full-tree", g.Commit}
	whole := slices.Contains(prefixes, "")
	if !whole {
		args = append(append(args, "--"), prefixes...)
	}
	out, err := runGit(ctx, g.Dir, nil, args...)
	if err != nil {
		return nil, err
	}
	var files []blob
	seen := map[string]bool{}
	for _, rec := range bytes.Split(out, []byte{0}) {
		// <mode> SP <type> SP <object> SP+ <size> TAB <path>
		meta, name, ok := bytes.Cut(rec, []byte{'\t'})
		if !ok {
			continue
		}
		fields := strings.Fields(string(meta))
		if len(fields) != 4 || fields[1] != "blob" || fields[0] == "120000" {
			continue // symlinks and submodules are not files of the tree
		}
		p := string(name)
		if !cleanPath(p) {
			return nil, fmt.Errorf("git: %q at %s is not a path inside the repository", p, short(g.Commit))
		}
		size, err := strconv.ParseInt(fields[3], 10, 64)
		if err != nil || size < 0 {
			size = -1 // git cannot read the object ("BAD"): an error if it is read
		}
		if !seen[p] {
			seen[p] = true
			files = append(files, blob{path: p, id: fields[2], size: size})
		}
	}
	slices.SortFunc(files, func(a, b blob) int { return strings.Compare(a.path, b.path) })
	return files, nil
}

// cleanPath reports whether p is a relative, slash-separated path whose
// parts are all names.
func cleanPath(p string) bool {
	if p == "" || strings.ContainsRune(p, '\\') {
		return false
	}
	for _, part := range strings.Split(p, "/") {
		if part == "" || part == "." || part == ".." {
			return false
		}
	}
	return true
}

// blobs reads files listed by files with one `git cat-file --batch`, by
// object id; a file over limit bytes is refused before anything is read.
func (g Git) blobs(ctx context.Context, files []blob, limit int64) ([][]byte, error) {
	if len(files) == 0 {
		return nil, nil
	}
	if err := checkBlobs(files, limit, g.Commit); err != nil {
		return nil, err
	}
	var in bytes.Buffer
	var size int64
	for _, f := range files {
		// <object> SP blob SP <size> LF <contents> LF
		size += int64(len(f.id)) + 6 + 20 + f.size + 1
		in.WriteString(f.id)
		in.WriteByte('\n')
	}
	out, err := runGitSized(ctx, g.Dir, &in, size+1, "cat-file", "--batch")
	if err != nil {
		return nil, err
	}
	return splitBatch(out, files, limit, g.Commit)
}

// checkBlobs refuses, before anything is read, the first of files that
// git lacks (size -1), that is over limit bytes, or whose id is no id.
func checkBlobs(files []blob, limit int64, commit string) error {
	for _, f := range files {
		if f.size < 0 {
			return fmt.Errorf("git: the object of %s at %s is missing from the repository", f.path, short(commit))
		}
		if f.size > limit {
			return tooLarge(f.path, f.size, limit)
		}
		if !isObjectID(f.id) {
			return fmt.Errorf("git ls-tree: bad object id %q of %s", f.id, f.path)
		}
	}
	return nil
}

// checkHeader refuses an object git gives for f that is not f's blob, or
// is over limit bytes.
func checkHeader(f blob, id, typ string, size, limit int64, commit string) error {
	if typ != "blob" || id != f.id {
		return fmt.Errorf("git: %s is not a file at %s", f.path, short(commit))
	}
	if size > limit {
		return tooLarge(f.path, size, limit)
	}
	return nil
}

// objectID is git's object id of a file with content src, as a hex
// string of length n: SHA-1 for 40 digits, SHA-256 (a repository made with
// --object-format=sha256) for 64; "" for another length.
func objectID(src []byte, n int) string {
	var h hash.Hash
	switch n {
	case 2 * sha1.Size:
		h = sha1.New()
	case 2 * sha256.Size:
		h = sha256.New()
	default:
		return ""
	}
	h.Write([]byte("blob " + strconv.Itoa(len(src)) + "\x00"))
	h.Write(src)
	return hex.EncodeToString(h.Sum(nil))
}

func isObjectID(s string) bool {
	if len(s) != 40 && len(s) != 64 {
		return false
	}
	for _, c := range s {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// splitBatch cuts `git cat-file --batch` output into the files asked for.
func splitBatch(out []byte, files []blob, limit int64, commit string) ([][]byte, error) {
	contents := make([][]byte, len(files))
	for i, f := range files {
		header, rest, ok := bytes.Cut(out, []byte{'\n'})
		if !ok {
			return nil, fmt.Errorf("git cat-file: truncated output at %s", f.path)
		}
		// <object> SP <type> SP <size> LF <contents> LF, or <name> SP missing LF
		fields := strings.Fields(string(header))
		if len(fields) == 2 && fields[1] == "missing" {
			return nil, fmt.Errorf("git: the object of %s at %s is missing from the repository", f.path, short(commit))
		}
		if len(fields) != 3 || fields[1] != "blob" || fields[0] != f.id {
			return nil, fmt.Errorf("git: %s is not a file at %s", f.path, short(commit))
		}
		size, err := strconv.ParseInt(fields[2], 10, 64)
		if err != nil || size < 0 {
			return nil, fmt.Errorf("git cat-file: bad header %q", strings.TrimSpace(string(header)))
		}
		if err := checkHeader(f, fields[0], fields[1], size, limit, commit); err != nil {
			return nil, err
		}
		if int64(len(rest)) < size+1 || rest[size] != '\n' {
			return nil, fmt.Errorf("git cat-file: truncated output at %s", f.path)
		}
		contents[i] = rest[:size:size]
		out = rest[size+1:]
	}
	return contents, nil
}

// runGit runs git in dir and returns its standard output, also when it
// fails; a failure carries git's own first line of explanation.
func runGit(ctx context.Context, dir string, stdin io.Reader, args ...string) ([]byte, error) {
	return runGitSized(ctx, dir, stdin, 0, args...)
}

// runGitSized is runGit for an output of about size bytes, read into one
// buffer of that size rather than one grown by doubling.
func runGitSized(ctx context.Context, dir string, stdin io.Reader, size int64, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir}, args...)...)
	cmd.Stdin = stdin
	var stdout, stderr bytes.Buffer
	if size > 0 {
		stdout.Grow(int(size))
	}
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		if msg == "" {
			msg = err.Error()
		}
		name := "git"
		for _, a := range args {
			if !strings.HasPrefix(a, "-") {
				name += " " + a
				break
			}
		}
		return stdout.Bytes(), &GitError{Command: name, Message: msg, Err: err}
	}
	return stdout.Bytes(), nil
}

// GitError is a git command that failed.
type GitError struct {
	Command string // "git ls-tree"
	Message string // git's first line on stderr
	Err     error
}

func (e *GitError) Error() string { return e.Command + ": " + e.Message }
func (e *GitError) Unwrap() error { return e.Err }

// revParse resolves a ref to a full commit id, "" when git lacks it.
func revParse(ctx context.Context, dir, ref string) string {
	out, err := runGit(ctx, dir, nil, "rev-parse", "--verify", "--quiet", "--end-of-options", ref+"^{commit}")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// repository finds the root of the repository holding dir, or why there
// is none and the way out. The root is reached from dir (--show-cdup), not
// resolved, so that a working directory behind a symlink names files as
// the user does.
func repository(ctx context.Context, dir string) (top, why, way string) {
	top, _, why, way = repositoryAt(ctx, dir, "")
	return top, why, way
}

// repositoryAt is repository that also resolves ref (when not "") to a
// full commit id, "" when git lacks it: one git process for both.
func repositoryAt(ctx context.Context, dir, ref string) (top, commit, why, way string) {
	abs, err := paths.Absolute(dir)
	if err != nil {
		return "", "", err.Error(), "run schemalint in the repository's checkout"
	}
	args := []string{"rev-parse", "--show-cdup"}
	if ref != "" {
		args = append(args, "--verify", "--quiet", "--end-of-options", ref+"^{commit}")
	}
	out, err := runGit(ctx, abs, nil, args...)
	// A ref git lacks fails the command after the first line: the folder
	// is still in a repository.
	cdup, rest, found := strings.Cut(string(out), "\n")
	var exit *exec.ExitError
	if ref != "" && found && errors.As(err, &exit) && exit.ExitCode() == 1 {
		return filepath.Join(abs, strings.TrimSpace(cdup)), "", "", ""
	}
	if err != nil {
		if strings.Contains(err.Error(), "dubious ownership") {
			// A container user reading a checkout its CI made as another
			// user (GitLab's and Bitbucket's runners, a bind mount).
			return "", "", "git refuses " + abs + ": the checkout belongs to another user",
				"trust it: git config --global --add safe.directory " + abs + ", or set GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0=" + abs
		}
		return "", "", dir + " is not in a git repository", "run schemalint in the repository's checkout"
	}
	if ref != "" {
		commit = strings.TrimSpace(rest)
	}
	return filepath.Join(abs, strings.TrimSpace(cdup)), commit, "", ""
}

// isShallow reports whether the repository at dir is a shallow clone.
func isShallow(ctx context.Context, dir string) bool {
	out, err := runGit(ctx, dir, nil, "rev-parse", "--is-shallow-repository")
	return err == nil && strings.TrimSpace(string(out)) == "true"
}
