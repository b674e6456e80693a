package base

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"
)

// catFile is one `git cat-file --batch-command`: a commit's trees and
// files read by object id, answer after answer, from one process. Git
// starts once, where listing and reading took two processes (`ls-tree`
// then `cat-file --batch`): about 2 ms of CPU a process.
type catFile struct {
	cmd    *exec.Cmd
	cancel context.CancelFunc
	in     io.WriteCloser
	out    *bufio.Reader
	stderr bytes.Buffer
	commit string
	// trees read so far, by object id.
	trees map[string][]treeEntry
}

// object is git's answer to one command: the object's id, type and size,
// and its contents when they were asked for; missing when git lacks it.
type object struct {
	id, typ string
	size    int64
	data    []byte
	missing bool
}

// errNoBatchCommand is a git older than 2.36, which lacks
// `cat-file --batch-command`.
var errNoBatchCommand = errors.New("git lacks cat-file --batch-command")

// startCatFile starts `git cat-file --batch-command` in the repository at
// dir, to read the trees and files of commit.
func startCatFile(ctx context.Context, dir, commit string) (*catFile, error) {
	ctx, cancel := context.WithCancel(ctx)
	c := &catFile{commit: commit, cancel: cancel, trees: map[string][]treeEntry{}}
	c.cmd = exec.CommandContext(ctx, "git", "-C", dir, "cat-file", "--batch-command")
	c.cmd.Stderr = &c.stderr
	// Killed, it may leave a child holding its output open: Wait does
	// not wait for that.
	c.cmd.WaitDelay = time.Second
	var err error
	if c.in, err = c.cmd.StdinPipe(); err != nil {
		cancel()
		return nil, err
	}
	out, err := c.cmd.StdoutPipe()
	if err != nil {
		cancel()
		return nil, err
	}
	growPipe(out)
	if err := c.cmd.Start(); err != nil {
		cancel()
		return nil, err
	}
	c.out = bufio.NewReaderSize(out, 64<<10)
	return c, nil
}

// close ends the process: it exits at the end of its input, or is
// killed when an answer was left unread.
func (c *catFile) close(unread bool) {
	c.in.Close()
	if unread {
		c.cancel()
	}
	c.cmd.Wait() //nolint:errcheck // what was asked was answered, or said why not
	c.cancel()
}

// failed is the error of a process that stopped answering: git's own
// first line of explanation, or errNoBatchCommand.
func (c *catFile) failed(what string) error {
	c.in.Close()
	err := c.cmd.Wait()
	msg := strings.TrimSpace(c.stderr.String())
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 129 && strings.Contains(msg, "batch-command") {
		return errNoBatchCommand
	}
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	if msg == "" {
		msg = "truncated output at " + what
	}
	return &GitError{Command: "git cat-file", Message: msg, Err: err}
}

// objects sends one command (info or contents) for each name and reads
// the answers; whole, when not nil, says of an object's header whether
// its contents may be read (an error stops the reading).
func (c *catFile) objects(command string, names []string, whole func(i int, o object) error) ([]object, error) {
	sent := make(chan error, 1)
	go func() {
		// Written beside the reading: git answers a command before it
		// reads the next, and a pipe holds 64 KiB either way.
		w := bufio.NewWriter(c.in)
		for _, name := range names {
			w.WriteString(command + " " + name + "\n")
		}
		sent <- w.Flush()
	}()
	objects := make([]object, len(names))
	for i, name := range names {
		header, err := c.out.ReadString('\n')
		if err != nil {
			return nil, c.failed(name)
		}
		// <object> SP <type> SP <size> LF [<contents> LF], or
		// <name> SP missing LF
		fields := strings.Fields(header)
		var o object
		if len(fields) == 2 && (fields[1] == "missing" || fields[1] == "ambiguous") {
			// A short id that names several objects: rev-parse
			// --verify does not resolve it either.
			o = object{id: name, missing: true}
		} else {
			size := int64(-1)
			if len(fields) == 3 {
				size, err = strconv.ParseInt(fields[2], 10, 64)
			}
			if len(fields) != 3 || err != nil || size < 0 {
				return nil, fmt.Errorf("git cat-file: bad header %q", strings.TrimSpace(header))
			}
			o = object{id: fields[0], typ: fields[1], size: size}
		}
		if command == "contents" && whole != nil {
			if err := whole(i, o); err != nil {
				return nil, err
			}
		}
		if command == "contents" && !o.missing {
			o.data = make([]byte, o.size)
			if _, err := io.ReadFull(c.out, o.data); err != nil {
				return nil, c.failed(name)
			}
			if b, err := c.out.ReadByte(); err != nil || b != '\n' {
				return nil, c.failed(name)
			}
		}
		objects[i] = o
	}
	if err := <-sent; err != nil {
		return nil, c.failed(names[len(names)-1])
	}
	return objects, nil
}

// treeEntry is one entry of a tree object.
type treeEntry struct {
	mode uint32 // octal, as git writes it: 40000 a folder, 100644 a file…
	name string
	id   string // hex
}

const (
	modeType    = 0o170000
	modeFolder  = 0o040000
	modeFile    = 0o100000
	modeSymlink = 0o120000
)

// parseTree reads a tree object: entries of <mode> SP <name> NUL <id>,
// the id of idLen bytes (20 for SHA-1, 32 for SHA-256). An entry no git
// writes (an empty, ".", ".." or slashed name, one name twice) is an
// error: such a tree is crafted, and `git fsck` refuses it.
func parseTree(data []byte, idLen int, dir, commit string) ([]treeEntry, error) {
	var entries []treeEntry
	seen := map[string]bool{}
	for len(data) > 0 {
		sp := bytes.IndexByte(data, ' ')
		nul := bytes.IndexByte(data, 0)
		if sp <= 0 || nul < sp || len(data) < nul+1+idLen {
			return nil, fmt.Errorf("git: the tree of %q at %s is malformed; repair it (git fsck)", dir, short(commit))
		}
		mode, err := strconv.ParseUint(string(data[:sp]), 8, 32)
		if err != nil {
			return nil, fmt.Errorf("git: the tree of %q at %s is malformed; repair it (git fsck)", dir, short(commit))
		}
		name := string(data[sp+1 : nul])
		if p := join(dir, name); name == "" || name == "." || name == ".." || strings.ContainsRune(name, '/') {
			return nil, fmt.Errorf("git: %q at %s is not a path inside the repository", p, short(commit))
		}
		if seen[name] {
			return nil, fmt.Errorf("git: %q is twice in its folder at %s; repair the tree (git fsck)", join(dir, name), short(commit))
		}
		seen[name] = true
		entries = append(entries, treeEntry{mode: uint32(mode), name: name, id: hex.EncodeToString(data[nul+1 : nul+1+idLen])})
		data = data[nul+1+idLen:]
	}
	return entries, nil
}

// maxTree is the largest tree object read: git's own trees of a
// hundred thousand entries stay under 10 MiB, and a pull request can
// commit a larger one only to exhaust the runner's memory.
var maxTree int64 = 64 << 20

// treeBound refuses, from its header, a tree of dirs larger than maxTree,
// before its contents are read.
func (c *catFile) treeBound(dirs []string) func(i int, o object) error {
	return func(i int, o object) error {
		if o.size > maxTree {
			return fmt.Errorf("git: the tree of %q at %s is %s, more than the %s schemalint reads of one folder; narrow the paths in schemalint.hcl", dirs[i], short(c.commit), mib(o.size), mib(maxTree))
		}
		return nil
	}
}

func join(dir, name string) string {
	if dir == "" {
		return name
	}
	return dir + "/" + name
}

// treesOf reads the tree objects of ids (the folders dirs), each once.
func (c *catFile) treesOf(ids, dirs []string) ([][]treeEntry, error) {
	var ask, askDirs []string
	asked := map[string]bool{}
	for i, id := range ids {
		if _, ok := c.trees[id]; !ok && !asked[id] {
			asked[id] = true
			ask, askDirs = append(ask, id), append(askDirs, dirs[i])
		}
	}
	if len(ask) > 0 {
		objects, err := c.objects("contents", ask, c.treeBound(askDirs))
		if err != nil {
			return nil, err
		}
		for i, o := range objects {
			if o.missing || o.typ != "tree" {
				return nil, fmt.Errorf("git: the tree of %q at %s is missing from the repository", askDirs[i], short(c.commit))
			}
			entries, err := parseTree(o.data, len(o.id)/2, askDirs[i], c.commit)
			if err != nil {
				return nil, err
			}
			c.trees[ask[i]] = entries
		}
	}
	out := make([][]treeEntry, len(ids))
	for i, id := range ids {
		out[i] = c.trees[id]
	}
	return out, nil
}

// files lists what `git ls-tree -r` lists at or under each prefix ("" for
// the whole tree), in no order and maybe more than once: the files, not
// symlinks or submodules; their sizes are not known yet (size -2).
func (c *catFile) files(prefixes []string) ([]blob, error) {
	root, err := c.objects("contents", []string{c.commit + "^{tree}"}, c.treeBound([]string{""}))
	if err != nil {
		return nil, err
	}
	if root[0].missing || root[0].typ != "tree" {
		return nil, fmt.Errorf("git: the tree of %s is missing from the repository", short(c.commit))
	}
	entries, err := parseTree(root[0].data, len(root[0].id)/2, "", c.commit)
	if err != nil {
		return nil, err
	}
	c.trees[root[0].id] = entries
	var files []blob
	var folders, dirs []string
	for _, p := range prefixes {
		var parts []string
		if p != "" {
			parts = strings.Split(p, "/")
		}
		if len(parts) == 0 {
			folders, dirs = append(folders, root[0].id), append(dirs, "")
			continue
		}
		tree, dir := entries, ""
		for i, part := range parts {
			e, ok := find(tree, part)
			if !ok {
				break
			}
			dir = join(dir, part)
			if e.mode&modeType == modeFolder {
				if i == len(parts)-1 {
					folders, dirs = append(folders, e.id), append(dirs, dir)
					break
				}
				ts, err := c.treesOf([]string{e.id}, []string{dir})
				if err != nil {
					return nil, err
				}
				tree = ts[0]
				continue
			}
			if i == len(parts)-1 && e.mode&modeType == modeFile {
				files = append(files, blob{path: dir, id: e.id, size: -2})
			}
			break
		}
	}
	// The folders, level by level: one exchange with git a level.
	for len(folders) > 0 {
		ts, err := c.treesOf(folders, dirs)
		if err != nil {
			return nil, err
		}
		var next, nextDirs []string
		for i, entries := range ts {
			for _, e := range entries {
				p := join(dirs[i], e.name)
				switch e.mode & modeType {
				case modeFolder:
					next, nextDirs = append(next, e.id), append(nextDirs, p)
				case modeFile:
					files = append(files, blob{path: p, id: e.id, size: -2})
				}
				// Symlinks and submodules are not files of the tree.
			}
		}
		folders, dirs = next, nextDirs
	}
	return files, nil
}

func find(entries []treeEntry, name string) (treeEntry, bool) {
	for _, e := range entries {
		if e.name == name {
			return e, true
		}
	}
	return treeEntry{}, false
}

// sizeUnknown is the size of a listed file before git was asked for it.
const sizeUnknown = -2

// reader reads the base's commit for one Load: with one
// `git cat-file --batch-command`, started when git is first needed; with
// a git that lacks it, with `git ls-tree` and `git cat-file --batch`.
type reader struct {
	ctx    context.Context
	b      *Base
	g      Git
	c      *catFile
	failed bool // an answer may be left unread: the process is killed
	// unwatch stops the killing of a process Resolve started when ctx
	// ends (one started here ends with ctx).
	unwatch func() bool
}

// git is the running process, started on first use; nil for a git that
// lacks --batch-command.
func (r *reader) git() (*catFile, error) {
	if r.c != nil || r.b.oldGit() {
		return r.c, nil
	}
	if c := r.b.takeStarted(); c != nil {
		// Started for the whole run: ended with this reading, or
		// killed when it is abandoned.
		c.commit = r.g.Commit
		r.unwatch = context.AfterFunc(r.ctx, c.cancel)
		r.c = c
		return c, nil
	}
	c, err := startCatFile(r.ctx, r.g.Dir, r.g.Commit)
	if err != nil {
		return nil, err
	}
	r.c = c
	return c, nil
}

// fallBack handles err from the process: a git without --batch-command
// is remembered (the next reads run the older commands), and true says
// to run them now.
func (r *reader) fallBack(err error) bool {
	if !errors.Is(err, errNoBatchCommand) {
		r.failed = true
		return false
	}
	r.b.mu.Lock()
	r.b.noBatchCommand = true
	r.b.mu.Unlock()
	r.c = nil
	return true
}

func (r *reader) close() {
	if r != nil && r.c != nil {
		r.c.close(r.failed)
	}
	if r != nil && r.unwatch != nil {
		r.unwatch()
	}
}

// files lists the files at or under each prefix ("" for the whole tree),
// sorted by path, each once; a path that names no file inside the
// repository is an error (see Git.files).
func (r *reader) files(prefixes []string) ([]blob, error) {
	c, err := r.git()
	if err != nil {
		return nil, err
	}
	if c == nil {
		return r.g.files(r.ctx, prefixes)
	}
	listed, err := c.files(prefixes)
	if err != nil {
		if r.fallBack(err) {
			return r.g.files(r.ctx, prefixes)
		}
		return nil, err
	}
	var files []blob
	seen := map[string]bool{}
	for _, f := range listed {
		if !cleanPath(f.path) {
			return nil, fmt.Errorf("git: %q at %s is not a path inside the repository", f.path, short(r.g.Commit))
		}
		if !seen[f.path] {
			seen[f.path] = true
			files = append(files, f)
		}
	}
	slices.SortFunc(files, func(a, b blob) int { return strings.Compare(a.path, b.path) })
	return files, nil
}

// sizes asks git the size of each object of ids: -1 for one it lacks.
func (r *reader) sizes(ids []string) ([]int64, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	c, err := r.git()
	if err == nil && c != nil {
		var objects []object
		if objects, err = c.objects("info", ids, nil); err == nil {
			sizes := make([]int64, len(ids))
			for i, o := range objects {
				sizes[i] = o.size
				if o.missing {
					sizes[i] = -1
				}
			}
			return sizes, nil
		}
		if !r.fallBack(err) {
			return nil, err
		}
	}
	if err != nil {
		return nil, err
	}
	return nil, errNoBatchCommand // listed by ls-tree -l: sizes known
}

// blobs reads files listed by files, by object id; a file over limit
// bytes is refused before anything is read.
func (r *reader) blobs(files []blob, limit int64) ([][]byte, error) {
	if len(files) == 0 {
		return nil, nil
	}
	c, err := r.git()
	if err != nil {
		return nil, err
	}
	if c == nil {
		return r.g.blobs(r.ctx, files, limit)
	}
	if err := checkBlobs(files, limit, r.g.Commit); err != nil {
		return nil, err
	}
	ids := make([]string, len(files))
	for i, f := range files {
		ids[i] = f.id
	}
	objects, err := c.objects("contents", ids, func(i int, o object) error {
		if o.missing {
			return fmt.Errorf("git: the object of %s at %s is missing from the repository", files[i].path, short(r.g.Commit))
		}
		return checkHeader(files[i], o.id, o.typ, o.size, limit, r.g.Commit)
	})
	if err != nil {
		if r.fallBack(err) {
			return r.g.blobs(r.ctx, files, limit)
		}
		return nil, err
	}
	contents := make([][]byte, len(files))
	for i, o := range objects {
		contents[i] = o.data
	}
	return contents, nil
}
