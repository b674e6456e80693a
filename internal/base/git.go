package base

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
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

// runGit runs git in dir and returns its standard output; a failure carries
// git's own first line of explanation.
func runGit(ctx context.Context, dir string, stdin io.Reader, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir}, args...)...)
	cmd.Stdin = stdin
	var stdout, stderr bytes.Buffer
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
		return nil, &GitError{Command: name, Message: msg, Err: err}
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
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err.Error(), "run schemalint in the repository's checkout"
	}
	out, err := runGit(ctx, abs, nil, "rev-parse", "--show-cdup")
	if err != nil {
		if strings.Contains(err.Error(), "dubious ownership") {
			// A container user reading a checkout its CI made as another
			// user (GitLab's and Bitbucket's runners, a bind mount).
			return "", "git refuses " + abs + ": the checkout belongs to another user",
				"trust it: git config --global --add safe.directory " + abs + ", or set GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0=" + abs
		}
		return "", dir + " is not in a git repository", "run schemalint in the repository's checkout"
	}
	return filepath.Join(abs, strings.TrimSpace(string(out))), "", ""
}

// isShallow reports whether the repository at dir is a shallow clone.
func isShallow(ctx context.Context, dir string) bool {
	out, err := runGit(ctx, dir, nil, "rev-parse", "--is-shallow-repository")
	return err == nil && strings.TrimSpace(string(out)) == "true"
}
