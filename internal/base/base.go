// Package base reads the repository as it was at the comparison base of the
// breaking-change rules (a git ref, or a pull request's base commit): from
// git when it has the commit, else through the GitHub API. Whatever it
// reads is handed over in memory, so rules and their tests never need git.
package base

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/repofs"
)

// Tree is the repository's files at one commit. Paths are slash-separated
// and relative to the repository's root.
type Tree interface {
	// List returns the files at or under p ("" for the whole tree), sorted:
	// p itself when it is a file. Nothing there is an empty list.
	List(ctx context.Context, p string) ([]string, error)
	// Read returns the content of each file, in the order asked.
	Read(ctx context.Context, paths []string) ([][]byte, error)
}

// Base is the comparison base: a tree, and the working-tree folder its
// paths are relative to.
type Base struct {
	// Dir is the working tree's root (absolute): a path of the tree is
	// named Dir/path, as the same file in the working tree is.
	Dir  string
	Tree Tree
	// Label names the base in notes: `origin/main (1a2b3c4)`.
	Label string
	// Origin is where the base came from.
	Origin Origin

	// What git listed and read, for the next root or rule that reads the
	// same files: by listed prefix, and by object id.
	mu      sync.Mutex
	listed  map[string][]blob
	content map[string][]byte
	// sizes are the files' sizes git gave, by object id.
	sizes map[string]int64
	// noBatchCommand is a git older than 2.36 (no cat-file
	// --batch-command): listed and read with a process each.
	noBatchCommand bool
	// started is the `git cat-file --batch-command` that resolved the
	// base's commit (Resolve), for the first reading to go on with.
	started *catFile
}

// takeStarted hands over the process Resolve started, once.
func (b *Base) takeStarted() *catFile {
	b.mu.Lock()
	defer b.mu.Unlock()
	c := b.started
	b.started = nil
	return c
}

func (b *Base) oldGit() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.noBatchCommand
}

// Root is one schema root as it was at the base. Files carry the names
// they have in the working tree, so that base and head name a file alike.
type Root struct {
	Schema []prisma.Source
	// Views are files holding one bare SELECT each (prisma/views).
	Views []prisma.Source
	// Migrations are files whose CREATE VIEW and DROP VIEW statements
	// apply in order.
	Migrations []prisma.Source

	// parsed is, for a Root from Prepare, the parse of each schema file
	// that differs from the working tree's, with its syntax diagnostics.
	parsed []*prisma.File
	syntax [][]prisma.Diagnostic
	// resolved is their schema when every file differs.
	resolved *prisma.Schema
	// current marks the schema files whose object id is that of the
	// working tree's content: the same bytes, not read from git.
	current []bool
}

// ErrNotAtBase is wrapped by Load when the schema root did not exist at
// the base: there is nothing to compare it with.
var ErrNotAtBase = errors.New("did not exist at the base")

// Load reads a schema root (a .prisma file or a folder of them, as an
// absolute working-tree path) and the SQL files matching the globs
// (absolute patterns) as they were at the base. Files added or deleted
// since are simply absent from one side. No file over the default limit
// of one file (repofs.DefaultMaxFileSize) is read.
func (b *Base) Load(ctx context.Context, root string, viewGlobs, migrationGlobs []string) (*Root, error) {
	return b.load(ctx, root, viewGlobs, migrationGlobs, 0, nil)
}

// load is Load with a limit for one file (0 for the default). From git,
// the files are listed and read with one process (see reader); a file
// whose working-tree content (current, when not nil) has the object id
// the base lists is not read from git: it is that content.
func (b *Base) load(ctx context.Context, root string, viewGlobs, migrationGlobs []string, limit int64, current func(name string) ([]byte, error)) (*Root, error) {
	if limit <= 0 {
		limit = repofs.DefaultMaxFileSize
	}
	rel, err := b.rel(root)
	if err != nil {
		return nil, err
	}
	views, viewPrefixes := b.patterns(viewGlobs)
	migrations, migrationPrefixes := b.patterns(migrationGlobs)
	var r *reader
	if g, ok := b.Tree.(Git); ok {
		r = &reader{ctx: ctx, b: b, g: g}
		defer r.close()
	}
	listing, ids, err := b.lister(ctx, r, append(append([]string{rel}, viewPrefixes...), migrationPrefixes...))
	if err != nil {
		return nil, err
	}
	listed, err := listing(rel)
	if err != nil {
		return nil, err
	}
	var schemaFiles []string
	for _, p := range listed {
		if p == rel || isSchemaFile(rel, p) {
			schemaFiles = append(schemaFiles, p)
		}
	}
	if len(schemaFiles) == 0 {
		return nil, fmt.Errorf("%s %w %s", rel, ErrNotAtBase, b.Label)
	}
	viewFiles, err := matching(listing, views, viewPrefixes)
	if err != nil {
		return nil, err
	}
	migrationFiles, err := matching(listing, migrations, migrationPrefixes)
	if err != nil {
		return nil, err
	}
	srcs, same, err := b.read(ctx, r, slices.Concat(schemaFiles, viewFiles, migrationFiles), ids, limit, current)
	if err != nil {
		return nil, err
	}
	return &Root{
		Schema:     srcs[:len(schemaFiles)],
		Views:      srcs[len(schemaFiles) : len(schemaFiles)+len(viewFiles)],
		Migrations: srcs[len(schemaFiles)+len(viewFiles):],
		current:    same[:len(schemaFiles)],
	}, nil
}

// lister returns the listing of the tree at or under each of prefixes:
// from git (r), one walk of the trees for them all, with the object ids
// b.read uses (nil for another tree).
func (b *Base) lister(ctx context.Context, r *reader, prefixes []string) (func(p string) ([]string, error), map[string]blob, error) {
	if r == nil {
		return func(p string) ([]string, error) { return b.Tree.List(ctx, p) }, nil, nil
	}
	files, unlisted := b.cachedListing(prefixes)
	if len(unlisted) > 0 {
		listed, err := r.files(unlisted)
		if err != nil {
			return nil, nil, err
		}
		b.mu.Lock()
		if b.listed == nil {
			b.listed = map[string][]blob{}
		}
		for _, p := range unlisted {
			b.listed[p] = under(listed, p)
		}
		b.mu.Unlock()
		files, _ = b.cachedListing(prefixes)
	}
	ids := make(map[string]blob, len(files))
	for _, f := range files {
		ids[f.path] = f
	}
	return func(p string) ([]string, error) {
		var out []string
		for _, f := range files {
			if p == "" || f.path == p || strings.HasPrefix(f.path, p+"/") {
				out = append(out, f.path)
			}
		}
		return out, nil
	}, ids, nil
}

// cachedListing is the listing at or under each prefix from the listings
// made so far, and the prefixes none of those covers.
func (b *Base) cachedListing(prefixes []string) (files []blob, unlisted []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	seen := map[string]bool{}
	for _, q := range prefixes {
		found := false
		for p, listed := range b.listed {
			if p == "" || q == p || strings.HasPrefix(q, p+"/") {
				for _, f := range under(listed, q) {
					if !seen[f.path] {
						seen[f.path] = true
						files = append(files, f)
					}
				}
				found = true
				break
			}
		}
		if !found && !slices.Contains(unlisted, q) {
			unlisted = append(unlisted, q)
		}
	}
	slices.SortFunc(files, func(a, b blob) int { return strings.Compare(a.path, b.path) })
	return files, unlisted
}

// under keeps the files at or under p.
func under(files []blob, p string) []blob {
	var out []blob
	for _, f := range files {
		if p == "" || f.path == p || strings.HasPrefix(f.path, p+"/") {
			out = append(out, f)
		}
	}
	return out
}

// patterns turns absolute glob patterns into tree patterns and the folder
// each one lies in ("" when it may match anywhere); a pattern outside the
// repository matches nothing versioned and is left out.
func (b *Base) patterns(globs []string) (rels, prefixes []string) {
	for _, pattern := range globs {
		rel, err := b.rel(pattern)
		if err != nil {
			continue
		}
		prefix, _ := doublestar.SplitPattern(rel)
		if prefix == "." || hasMeta(prefix) {
			prefix = ""
		}
		rels, prefixes = append(rels, rel), append(prefixes, prefix)
	}
	return rels, prefixes
}

// matching lists the files matching tree patterns, each once, sorted.
func matching(listing func(string) ([]string, error), patterns, prefixes []string) ([]string, error) {
	seen := map[string]bool{}
	var matched []string
	for i, rel := range patterns {
		files, err := listing(prefixes[i])
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			if ok, _ := doublestar.Match(rel, f); ok && !seen[f] {
				seen[f] = true
				matched = append(matched, f)
			}
		}
	}
	sort.Strings(matched)
	return matched, nil
}

// isSchemaFile mirrors prisma.SchemaFiles for a folder: .prisma files,
// skipping node_modules and hidden folders below the root.
func isSchemaFile(root, p string) bool {
	if !strings.HasSuffix(p, ".prisma") {
		return false
	}
	inner := p
	if root != "" {
		inner = strings.TrimPrefix(p, root+"/")
	}
	dirs := strings.Split(path.Dir(inner), "/")
	for _, d := range dirs {
		if d == "node_modules" || (strings.HasPrefix(d, ".") && d != ".") {
			return false
		}
	}
	return true
}

func hasMeta(s string) bool { return strings.ContainsAny(s, `*?[{\`) }

// read reads the files at paths, each at most limit bytes: from git (r)
// by the ids the listing gave, except those whose working-tree content
// has that id (marked in same).
func (b *Base) read(ctx context.Context, r *reader, paths []string, ids map[string]blob, limit int64, current func(name string) ([]byte, error)) (srcs []prisma.Source, same []bool, err error) {
	same = make([]bool, len(paths))
	if len(paths) == 0 {
		return nil, same, nil
	}
	var contents [][]byte
	if r != nil && ids != nil {
		if err := b.sized(r, paths, ids); err != nil {
			return nil, nil, err
		}
		if current != nil {
			contents = make([][]byte, len(paths))
			for i, p := range paths {
				f := ids[p]
				if f.size < 0 || f.size > limit {
					continue // g.blobs says why
				}
				// A file of another size is another file: not read
				// for nothing (1.5 MB of fresh memory for the bench's
				// schema, in a run that holds two trees already).
				if info, err := os.Lstat(b.name(p)); err != nil || !info.Mode().IsRegular() || info.Size() != f.size {
					continue
				}
				now, err := current(b.name(p))
				if err == nil && int64(len(now)) == f.size && objectID(now, len(f.id)) == f.id {
					contents[i], same[i] = now, true
				}
			}
		}
		contents, err = b.blobs(r, paths, ids, limit, contents)
	} else {
		contents, err = b.Tree.Read(ctx, paths)
		for i := range contents {
			if err == nil && int64(len(contents[i])) > limit {
				err = tooLarge(paths[i], int64(len(contents[i])), limit)
			}
		}
	}
	if err != nil {
		return nil, nil, err
	}
	srcs = make([]prisma.Source, len(paths))
	for i, p := range paths {
		srcs[i] = prisma.Source{Name: b.name(p), Src: contents[i]}
	}
	return srcs, same, nil
}

// name is the working tree's name of the tree path p.
func (b *Base) name(p string) string { return filepath.Join(b.Dir, filepath.FromSlash(p)) }

// sized gives each file of paths whose size the listing left unknown its
// size: the one git gave before, else git's (one exchange for them all).
func (b *Base) sized(r *reader, paths []string, ids map[string]blob) error {
	var ask []string
	asked := map[string]bool{}
	b.mu.Lock()
	for _, p := range paths {
		f := ids[p]
		if f.size != sizeUnknown {
			continue
		}
		if size, ok := b.sizes[f.id]; ok {
			f.size = size
			ids[p] = f
		} else if !asked[f.id] {
			asked[f.id] = true
			ask = append(ask, f.id)
		}
	}
	b.mu.Unlock()
	sizes, err := r.sizes(ask)
	if errors.Is(err, errNoBatchCommand) {
		// The listing came from an older git, with the sizes.
		return nil
	}
	if err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.sizes == nil {
		b.sizes = map[string]int64{}
	}
	for i, id := range ask {
		b.sizes[id] = sizes[i]
	}
	for _, p := range paths {
		if f := ids[p]; f.size == sizeUnknown {
			f.size = b.sizes[f.id]
			ids[p] = f
		}
	}
	return nil
}

// blobs reads the files at paths by object id, but for those known
// (non-nil in known): those read before from what was read, the others
// from git in one exchange.
func (b *Base) blobs(r *reader, paths []string, ids map[string]blob, limit int64, known [][]byte) ([][]byte, error) {
	contents := make([][]byte, len(paths))
	var missing []blob
	var at []int
	b.mu.Lock()
	if b.content == nil {
		b.content = map[string][]byte{}
	}
	for i, p := range paths {
		if i < len(known) && known[i] != nil {
			// The working tree's bytes of an object, for the next read
			// of it (a rule reading the base's migrations and schema).
			contents[i] = known[i]
			b.content[ids[p].id] = known[i]
			continue
		}
		f := ids[p]
		if c, ok := b.content[f.id]; ok && f.size <= limit {
			contents[i] = c
			continue
		}
		missing, at = append(missing, f), append(at, i)
	}
	b.mu.Unlock()
	read, err := r.blobs(missing, limit)
	if err != nil {
		return nil, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for k, c := range read {
		contents[at[k]] = c
		b.content[missing[k].id] = c
	}
	return contents, nil
}

// tooLarge says that a file of the base is over the limit of one file,
// as package repofs says it of the working tree's.
func tooLarge(p string, size, limit int64) error {
	return fmt.Errorf("%s is %s, more than the %s schemalint reads of one file; raise max_file_size in schemalint.hcl if it is really part of the schema", p, mib(size), mib(limit))
}

func mib(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KiB", (n+1023)>>10)
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// rel turns an absolute working-tree path into a tree path.
func (b *Base) rel(p string) (string, error) {
	abs, err := paths.Absolute(p)
	if err != nil {
		return "", err
	}
	r, ok := paths.Rel(b.Dir, abs)
	if !ok {
		return "", fmt.Errorf("%s is outside the repository %s", abs, b.Dir)
	}
	r = filepath.ToSlash(r)
	if r == "." {
		r = ""
	}
	return r, nil
}

// Dir is a Tree read from a folder on disk: a checked-out copy of the base,
// or a test fixture's base/ folder.
type Dir string

// List implements Tree.
func (d Dir) List(_ context.Context, p string) ([]string, error) {
	start := filepath.Join(string(d), filepath.FromSlash(p))
	info, err := os.Stat(start)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return []string{p}, nil
	}
	var out []string
	err = filepath.WalkDir(start, func(file string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() {
			r, err := filepath.Rel(string(d), file)
			if err != nil {
				return err
			}
			out = append(out, filepath.ToSlash(r))
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// Read implements Tree.
func (d Dir) Read(_ context.Context, paths []string) ([][]byte, error) {
	out := make([][]byte, len(paths))
	for i, p := range paths {
		b, err := os.ReadFile(filepath.Join(string(d), filepath.FromSlash(p)))
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

// Pending is a schema root being read at the base while the working tree
// is read and parsed: see Prepare.
type Pending struct {
	done   chan struct{}
	cancel context.CancelFunc
	root   *Root
	err    error
	// head is the working tree's schema files, once parsed (Parsed), and
	// resolved their schema, once resolved (Resolved), for a Pending that
	// waits for them.
	head     chan *headParse
	resolved chan *prisma.Schema
	// waited is closed by Wait: a schema not handed over by then is not
	// waited for (Root.Resolve resolves it).
	waited      chan struct{}
	closeWaited sync.Once
}

// headParse is the working tree's schema files as parsed, before they are
// resolved, and their syntax diagnostics.
type headParse struct {
	files  []*prisma.File
	syntax []prisma.Diagnostic
}

// Prepare starts reading a schema root at the base, as Load does with
// limit for one file (0 for the default), and parsing each of its schema
// files whose content differs from the working tree's (current reads a
// working-tree file): the base is read and parsed beside the working
// tree, and a file a change left alone is not parsed twice (see
// Root.Resolve).
func (b *Base) Prepare(ctx context.Context, root string, viewGlobs, migrationGlobs []string, limit int64, current func(name string) ([]byte, error)) *Pending {
	return prepare(ctx, func() *Base { return b }, root, viewGlobs, migrationGlobs, limit, current, false)
}

// Prepare is Base.Prepare on the base open returns, called on the
// reading's own goroutine: the base can be found (a git process) while
// the working tree is read. Without a base (nil), Wait returns nil, nil.
// A schema file that differs from the working tree's is parsed once the
// working tree's files are parsed and handed over (Parsed; Stop abandons
// the wait), reusing the working tree's parse of the declarations the
// change left alone (prisma.ParseEdited), while the working tree's are
// resolved.
func Prepare(ctx context.Context, open func() *Base, root string, viewGlobs, migrationGlobs []string, limit int64, current func(name string) ([]byte, error)) *Pending {
	return prepare(ctx, open, root, viewGlobs, migrationGlobs, limit, current, true)
}

func prepare(ctx context.Context, open func() *Base, root string, viewGlobs, migrationGlobs []string, limit int64, current func(name string) ([]byte, error), awaitHead bool) *Pending {
	ctx, cancel := context.WithCancel(ctx)
	p := &Pending{done: make(chan struct{}), cancel: cancel, waited: make(chan struct{})}
	if awaitHead {
		p.head = make(chan *headParse, 1)
		p.resolved = make(chan *prisma.Schema, 1)
	}
	go func() {
		defer close(p.done)
		b := open()
		if b == nil {
			return
		}
		if p.err = ctx.Err(); p.err != nil {
			return
		}
		p.root, p.err = b.load(ctx, root, viewGlobs, migrationGlobs, limit, current)
		if p.err != nil {
			return
		}
		r := p.root
		r.parsed = make([]*prisma.File, len(r.Schema))
		r.syntax = make([][]prisma.Diagnostic, len(r.Schema))
		for i, s := range r.Schema {
			if ctx.Err() != nil {
				return
			}
			if r.current[i] {
				continue
			}
			// From git, a file with the working tree's bytes has its
			// object id, and is marked: reading it again would not help.
			if _, fromGit := b.Tree.(Git); !fromGit {
				if now, err := current(s.Name); err == nil && bytes.Equal(now, s.Src) {
					continue
				}
			}
			if isText(s.Src) {
				r.parsed[i], r.syntax[i] = p.parse(ctx, s)
			}
		}
		// With every file changed (a schema in one file), resolving goes
		// on here too: once the working tree's schema is resolved, for
		// the models the change left alone to be copied from it.
		if !slices.Contains(r.parsed, nil) {
			var head *prisma.Schema
			if p.resolved != nil {
				select {
				case head = <-p.resolved:
				case <-ctx.Done():
					return // abandoned: Root.Resolve would resolve it
				case <-p.waited:
					select {
					case head = <-p.resolved:
					default:
						return // not handed over: Root.Resolve resolves it
					}
				}
			}
			r.resolved = prisma.ResolveEdited(r.parsed, slices.Concat(r.syntax...), head)
		}
	}()
	return p
}

// parse parses a schema file of the base: as an edit of the working
// tree's file of the same name once the working tree's files are parsed,
// for a Pending that waits for them.
func (p *Pending) parse(ctx context.Context, s prisma.Source) (*prisma.File, []prisma.Diagnostic) {
	if p.head == nil {
		return prisma.Parse(s.Name, s.Src)
	}
	var head *headParse
	select {
	case head = <-p.head:
		p.head <- head // for the next file
	case <-ctx.Done():
		return nil, nil // abandoned: Root.Resolve would parse it
	}
	if head == nil || slices.ContainsFunc(head.syntax, func(d prisma.Diagnostic) bool { return d.Severity == prisma.SeverityError }) {
		return prisma.Parse(s.Name, s.Src)
	}
	for _, f := range head.files {
		if name, err := paths.Absolute(f.Name); err != nil || name != filepath.Clean(s.Name) {
			continue
		}
		var at []int
		for _, d := range head.syntax {
			if d.Range.File == f.Name {
				at = append(at, d.Range.Start.Offset)
			}
		}
		return prisma.ParseEdited(s.Name, s.Src, f, at)
	}
	return prisma.Parse(s.Name, s.Src)
}

// Parsed hands over the working tree's schema files as parsed, with
// their syntax diagnostics (prisma.LoadParsed), whose parse the base's
// reuses; the files must not change from then on. A working tree that
// cannot be read is never handed over: Stop abandons the wait.
func (p *Pending) Parsed(files []*prisma.File, syntax []prisma.Diagnostic) {
	if p != nil && p.head != nil {
		select {
		case p.head <- &headParse{files: files, syntax: syntax}:
		default:
		}
	}
}

// Resolved hands over the working tree's schema, resolved from the files
// Parsed handed over, whose models the base's resolving copies where the
// change left their declarations alone (prisma.ResolveEdited); it must
// not change from then on. The base's schema is resolved beside the
// working tree's rules once it is handed over, else by Root.Resolve.
func (p *Pending) Resolved(schema *prisma.Schema) {
	if p != nil && p.resolved != nil {
		select {
		case p.resolved <- schema:
		default:
		}
	}
}

// Wait returns what Load would have.
func (p *Pending) Wait() (*Root, error) {
	p.closeWaited.Do(func() { close(p.waited) })
	<-p.done
	p.cancel()
	return p.root, p.err
}

// Stop abandons the reading (of a root whose working tree does not parse).
func (p *Pending) Stop() {
	if p != nil {
		p.cancel()
	}
}

// Resolve parses and resolves the base's schema files. A file with the
// same path and bytes in head (parsed without errors) is head's parse of
// it: parsing it again would give the same tree; and a model declared
// alike is resolved as head resolved it (prisma.ResolveEdited).
func (r *Root) Resolve(head *prisma.Schema) *prisma.Schema {
	if r.resolved != nil {
		return r.resolved
	}
	same := map[string]*prisma.File{}
	if head != nil && !head.HasErrors() {
		for _, f := range head.Files {
			if name, err := paths.Absolute(f.Name); err == nil {
				same[name] = f
			}
		}
	}
	files := make([]*prisma.File, len(r.Schema))
	var diags []prisma.Diagnostic
	for i, s := range r.Schema {
		if i < len(r.parsed) && r.parsed[i] != nil {
			files[i] = r.parsed[i]
			diags = append(diags, r.syntax[i]...)
			continue
		}
		if h := same[filepath.Clean(s.Name)]; h != nil && bytes.Equal(h.Src, s.Src) {
			// A copy: positions name the file as the base does.
			files[i] = h.Renamed(s.Name)
			continue
		}
		if !isText(s.Src) {
			// ParseSources says what is wrong with it.
			return prisma.ParseSources(r.Schema)
		}
		f, ds := prisma.Parse(s.Name, s.Src)
		files[i] = f
		diags = append(diags, ds...)
	}
	return prisma.ResolveEdited(files, diags, head)
}

// isText reports whether src may be parsed as it is: UTF-8 without NUL
// bytes, as prisma.ParseSources requires before parsing.
func isText(src []byte) bool {
	return bytes.IndexByte(src, 0) < 0 && utf8.Valid(src)
}
