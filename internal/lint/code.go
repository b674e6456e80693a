package lint

import (
	"bytes"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/tsquery"
	"github.com/schemalint/schemalint/rules"
)

// codeReader reads the application's TypeScript and JavaScript once, when
// a rule first asks for it, for the rules that judge queries. Roots are
// checked in parallel: it is safe for concurrent use.
type codeReader struct {
	cfg  *config.Config
	root string

	mu sync.Mutex
	// read caches the files by the generated-client folders left out.
	read    map[string]codeRead
	sources map[string][]byte
	dirs    map[string][]*directive
	// findings are the files that could not be read.
	findings []rules.Diagnostic
	seen     map[string]bool
	// shared are the files more than one schema's client could be
	// imported in: each of those schemas judges them, a finding once.
	shared map[string]bool
	// listed says the code was listed, found how many files the listing
	// selected; matched holds the globs of queries.paths and exclude that
	// selected or left out a file.
	listed  bool
	found   int
	matched map[string]bool
	// packages are the package.json files met while listing the code,
	// with their text once read (nil: not read yet, or unreadable).
	packages   []string
	packageSrc map[string][]byte
	packageErr map[string]error
	// checked are the folders of the schemas this run checks, and owned
	// the code files the schemas that read code took as theirs.
	checked []string
	owned   map[string]bool
	// unlisted tells which files left out of the listing are still code a
	// proof may read (unjudged).
	unlisted *tsquery.Unlisted
}

type codeRead struct {
	files []tsquery.File
	err   error
	// owners tell which files are each schema's; nil when the
	// configuration lists the code's paths itself.
	owners *codeOwners
}

func newCodeReader(cfg *config.Config, dir string) *codeReader {
	root := dir
	if cfg.Path != "" {
		root = cfg.Dir
	}
	return &codeReader{cfg: cfg, root: root, read: map[string]codeRead{}, sources: map[string][]byte{}, dirs: map[string][]*directive{}, seen: map[string]bool{}, shared: map[string]bool{}, matched: map[string]bool{}, unlisted: tsquery.NewUnlisted(root, cfg.ReadFile)}
}

// unjudgedFile is the text of a file of the repository the listing of the
// code left out only because it is not judged (a data migration, a test,
// what the configuration excludes), for a proof that reads a helper the
// code imports from it: it is never judged, nor reported in. A file the
// listing holds (another schema's), one Discover never reads, a generated
// client of s, or one the repository reader refuses (too large, a link
// out) is not handed out.
func (c *codeReader) unjudgedFile(s *prisma.Schema, p string) ([]byte, bool) {
	c.mu.Lock()
	listed, seen := c.listed, c.seen[p]
	c.mu.Unlock()
	if !listed || seen || !c.unlisted.Readable(p, generatorOutputs(s)) {
		return nil, false
	}
	src, err := c.cfg.ReadFile(p)
	return src, err == nil
}

// packageFiles are the package.json files met while listing the code,
// by path, with their text (nil when unreadable): each file is read once,
// here or by the owners of the code.
func (c *codeReader) packageFiles() map[string][]byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string][]byte, len(c.packages))
	for _, p := range c.packages {
		src, _ := c.readPackage(p)
		out[p] = src
	}
	return out
}

// readPackage reads the package.json at p once; c.mu is held.
func (c *codeReader) readPackage(p string) ([]byte, error) {
	if src, ok := c.packageSrc[p]; ok {
		return src, nil
	}
	if err := c.packageErr[p]; err != nil {
		return nil, err
	}
	src, err := c.cfg.ReadFile(p)
	if err != nil {
		if c.packageErr == nil {
			c.packageErr = map[string]error{}
		}
		c.packageErr[p] = err
		return nil, err
	}
	if c.packageSrc == nil {
		c.packageSrc = map[string][]byte{}
	}
	c.packageSrc[p] = src
	return src, nil
}

// gathered adds the files read to sources and their directives to dirs,
// and returns the input-error findings of the files that could not be.
func (c *codeReader) gathered(sources map[string][]byte, dirs map[string][]*directive) []rules.Diagnostic {
	c.mu.Lock()
	defer c.mu.Unlock()
	for name, src := range c.sources {
		sources[name] = src
	}
	for name, list := range c.dirs {
		dirs[name] = list
	}
	return c.findings
}

// judgesNothing is an error when queries.paths, once the code was listed,
// left the query rule no file to read: a rule judging nothing must not pass
// as a rule that found no leak. A glob among others that selects nothing
// only leaves itself unused (unmatched says it).
func (c *codeReader) judgesNothing() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	q := c.cfg.Tenancy.Queries
	if !c.listed || c.found > 0 || len(q.Paths) == 0 {
		return nil
	}
	selected := slices.ContainsFunc(q.Paths, func(g string) bool { return c.matched[g] })
	if selected && len(q.Exclude) > 0 {
		return settingError(c.cfg, q.ExcludeRanges, 0, "queries exclude leaves out every file queries paths select, so tenant-query-unscoped judges no query; narrow the exclude globs")
	}
	return settingError(c.cfg, q.PathRanges, 0, "queries paths select no TypeScript or JavaScript file the rule reads (tests, seeds, data migrations, dependencies and build output are left out already), so tenant-query-unscoped judges no query; fix the globs, or remove paths to read every source file")
}

// unmatched says, once the code was listed, each glob of queries.paths
// that selected no file and of queries.exclude that left none out: a
// glob that reads nothing must not look like one that reads the code.
func (c *codeReader) unmatched() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.listed {
		return nil
	}
	q := c.cfg.Tenancy.Queries
	var notes []string
	// A configuration kept outside the schemas it checks reads the code
	// under its own folder, and finding none there reads as code without
	// a leak: say where the rule looked. (A repository of schemas alone,
	// its configuration beside them, has no code to read, and is not
	// told so on every run.)
	if c.found == 0 && len(q.Paths) == 0 && c.checksOutside() {
		notes = append(notes, fmt.Sprintf("tenant-query-unscoped found no TypeScript or JavaScript file under %q, the configuration's folder, which holds none of the schemas checked; keep schemalint.hcl at the root of the code, beside or above its schemas", paths.Abs(c.root)))
	}
	for _, s := range []struct {
		what   string
		globs  []string
		ranges []hcl.Range
	}{{"paths", q.Paths, q.PathRanges}, {"exclude", q.Exclude, q.ExcludeRanges}} {
		for i, g := range s.globs {
			if !c.matched[g] {
				notes = append(notes, fmt.Sprintf("%s: queries %s glob %q matches no TypeScript or JavaScript file the rule reads (tests, seeds, data migrations, dependencies and build output are left out already); fix the glob, or remove it", at(c.cfg, s.ranges, i), s.what, g))
			}
		}
	}
	return notes
}

// checksOutside reports whether a schema this run checks lies outside the
// folder the code is read from; c.mu is held.
func (c *codeReader) checksOutside() bool {
	root := paths.Abs(c.root)
	for _, d := range c.checked {
		rel, err := filepath.Rel(root, paths.Abs(d))
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// checks records that this run checks the schema s, whether or not a
// rule of its asks for the code.
func (c *codeReader) checks(s *prisma.Schema) {
	if s == nil {
		return
	}
	dir := schemaDir(s)
	if dir == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !slices.Contains(c.checked, dir) {
		c.checked = append(c.checked, dir)
	}
}

// unjudged says, once the code was read, each schema folder this run does
// not check that alone owns code files: their queries were not judged, and
// silence would read as clean.
func (c *codeReader) unjudged() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	checked := map[string]bool{}
	for _, d := range c.checked {
		checked[paths.Abs(d)] = true
	}
	counts := map[string]int{}
	seen := map[string]bool{}
	for _, r := range c.read {
		o := r.owners
		if o == nil {
			continue
		}
		owners := make([]func(string) (bool, bool), len(c.checked))
		projects := slices.Clone(o.projects)
		for i, d := range c.checked {
			owners[i] = o.ownerIn(d)
			if p := o.project(d); !slices.Contains(projects, p) {
				projects = append(projects, p)
			}
		}
		for _, f := range r.files {
			if seen[f.Path] || c.owned[f.Path] {
				continue
			}
			seen[f.Path] = true
			// A checked schema whose rules did not ask for the code
			// still judged it: nothing in it could be a finding.
			if slices.ContainsFunc(owners, func(owns func(string) (bool, bool)) bool { ok, _ := owns(f.Path); return ok }) {
				continue
			}
			file := o.abs(f.Path)
			var left []string
			for _, p := range o.owners(projects, file) {
				// Of a project's schemas, those whose client the file
				// may import (see ownsByClient).
				for _, d := range o.dirs {
					if !checked[d] && o.project(d) == p && o.ownsByClient(p, d, file) {
						left = append(left, fmt.Sprintf("%q", c.rel(d)))
					}
				}
			}
			if len(left) > 0 {
				slices.Sort(left)
				counts[strings.Join(left, ", ")]++
			}
		}
	}
	var notes []string
	for _, schemas := range slices.Sorted(maps.Keys(counts)) {
		them := "the schema in " + schemas + ", which this run does not check; add it"
		if strings.Contains(schemas, ", ") {
			them = "the schemas in " + schemas + ", which this run does not check; add them"
		}
		notes = append(notes, fmt.Sprintf("queries of %s were not judged: they belong to %s to schema.paths, or choose the code with tenancy { queries { paths, exclude } }",
			codeFiles(counts[schemas]), them))
	}
	return notes
}

func codeFiles(n int) string {
	if n == 1 {
		return "1 code file"
	}
	return fmt.Sprintf("%d code files", n)
}

// rel names p from the folder the run reads the code from.
func (c *codeReader) rel(p string) string {
	if r, err := filepath.Rel(paths.Abs(c.root), p); err == nil {
		return filepath.ToSlash(r)
	}
	return filepath.ToSlash(p)
}

// generatorOutputs are the folders the schema's generators write clients
// to: generated code, not the application's.
func generatorOutputs(s *prisma.Schema) []string {
	var out []string
	for _, g := range s.Generators {
		p := g.Property("output")
		if p == nil {
			continue
		}
		lit, ok := p.Value.(*prisma.StringLit)
		if !ok || lit.Value == "" {
			continue
		}
		dir := lit.Value
		if !filepath.IsAbs(dir) && g.File != nil {
			dir = filepath.Join(filepath.Dir(g.File.Name), dir)
		}
		out = append(out, dir)
	}
	return out
}

// files lists and reads the code for schema s. A file that cannot be read
// is an input-error finding at warning: its queries are not checked, and
// the rest still are. A folder that cannot be listed is an error.
func (c *codeReader) files(s *prisma.Schema) ([]tsquery.File, error) {
	skip := generatorOutputs(s)
	key := strings.Join(skip, "\x00")
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.read[key]
	if !ok {
		r = c.readAll(skip)
		c.read[key] = r
	}
	if r.owners == nil {
		return r.files, r.err
	}
	owner := r.owners.ownerIn(schemaDir(s))
	var files []tsquery.File
	for _, f := range r.files {
		owns, shared := owner(f.Path)
		if !owns {
			continue
		}
		if shared {
			c.shared[f.Path] = true
		}
		if c.owned == nil {
			c.owned = map[string]bool{}
		}
		c.owned[f.Path] = true
		files = append(files, f)
	}
	return files, r.err
}

// readAll lists and reads the code, skipping the generated-client folders.
func (c *codeReader) readAll(skip []string) codeRead {
	q := c.cfg.Tenancy.Queries
	var schemaFiles, schemaDirs, packages []string
	landmark := func(p string) {
		if filepath.Base(p) == "package.json" {
			packages = append(packages, p)
			return
		}
		schemaFiles = append(schemaFiles, p)
		if d := filepath.Dir(p); !slices.Contains(schemaDirs, d) {
			schemaDirs = append(schemaDirs, d)
		}
	}
	matched := map[string]bool{}
	paths, err := tsquery.Discover(c.root, tsquery.Scope{Paths: q.Paths, Exclude: q.Exclude, Skip: skip, Read: c.cfg.ReadFile, Landmark: landmark,
		Matched: func(g string) { matched[g] = true }})
	c.listed = true // under c.mu, held by files
	c.found += len(paths)
	c.packages = packages
	for g := range matched {
		c.matched[g] = true
	}
	if err != nil {
		err = describeReadError(err)
	}
	// The files are read, and the directives of those not read before
	// found, on every core: on an application of a thousand files that was
	// a fifth of the query rule's time, spent before any parse began.
	type read struct {
		src  []byte
		err  error
		dirs []*directive
	}
	reads := make([]read, len(paths))
	c.cfg.Files() // set up before the reads share it
	parallel(len(paths), func(i int) {
		r := &reads[i]
		r.src, r.err = c.cfg.ReadFile(paths[i])
		if r.err == nil && !c.seen[paths[i]] {
			r.dirs = codeDirectives(paths[i], r.src)
		}
	})
	var files []tsquery.File
	for i, p := range paths {
		src, err := reads[i].src, reads[i].err
		if err != nil {
			if !c.seen[p] {
				c.seen[p] = true
				c.findings = append(c.findings, rules.Diagnostic{Rule: InputRule, Severity: severity.Warning,
					Range:   prisma.Range{File: p, Start: prisma.Pos{Line: 1, Col: 1}, End: prisma.Pos{Line: 1, Col: 1}},
					Message: fmt.Sprintf("cannot read this file, so its queries are not checked: %v; fix it, or leave it out with tenancy { queries { exclude } }", err)})
			}
			continue
		}
		if !c.seen[p] {
			c.seen[p] = true
			c.sources[p] = src
			c.dirs[p] = reads[i].dirs
		}
		files = append(files, tsquery.File{Path: p, Src: src})
	}
	r := codeRead{files: files, err: err}
	// Paths the configuration lists are every schema's code, as written.
	if len(q.Paths) == 0 {
		schemaFiles, schemaDirs = withoutStubs(c.cfg.ReadFile, schemaFiles, schemaDirs)
		r.owners = newCodeOwners(c.readPackage, c.root, schemaDirs, packages)
		r.owners.noteImports(files)
		r.owners.noteClients(c.cfg.ReadFile, schemaFiles, files)
		c.findings = append(c.findings, r.owners.findings...)
	}
	return r
}

// withoutStubs leaves out the schema folders whose files declare no
// model, view, enum or type: a generator and a datasource only, into which
// the build copies another schema's models (Comp AI's apps). Such a client
// has no delegate of its own, so the code that calls one uses the schema
// it was copied from: its folder is no project, and its code belongs to
// the schemas its package depends on. A folder a file of which cannot be
// read is kept: what it declares is unknown.
func withoutStubs(read func(string) ([]byte, error), files, dirs []string) (keptFiles, keptDirs []string) {
	byDir := map[string][]prisma.Source{}
	unread := map[string]bool{}
	for _, f := range files {
		d := filepath.Dir(f)
		src, err := read(f)
		if err != nil {
			unread[d] = true
			continue
		}
		byDir[d] = append(byDir[d], prisma.Source{Name: f, Src: src})
	}
	stub := map[string]bool{}
	for _, d := range dirs {
		if unread[d] || slices.ContainsFunc(byDir[d], func(s prisma.Source) bool { return opensBlock(s.Src) }) {
			continue
		}
		s := prisma.ParseSources(byDir[d])
		stub[d] = len(s.Models) == 0 && len(s.Enums) == 0 && len(s.Types) == 0
	}
	for _, f := range files {
		if !stub[filepath.Dir(f)] {
			keptFiles = append(keptFiles, f)
		}
	}
	for _, d := range dirs {
		if !stub[d] {
			keptDirs = append(keptDirs, d)
		}
	}
	return keptFiles, keptDirs
}

// opensBlock reports whether a line of src opens a model, view, enum or
// type block (`model User {`): then the file declares one, and the schema
// it is part of, however large, need not be parsed to know it.
func opensBlock(src []byte) bool {
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		f := strings.Fields(string(bytes.TrimSpace(line)))
		if len(f) < 2 {
			continue
		}
		switch f[0] {
		case "model", "view", "enum", "type":
		default:
			continue
		}
		if f[1] == "{" || strings.HasSuffix(f[1], "{") || len(f) > 2 && strings.HasPrefix(f[2], "{") {
			return true
		}
	}
	return false
}

// once keeps, of the findings of root number i on files several schemas
// share, those no earlier root made at the same place for the same rule:
// a call judged against each schema it may use is reported once.
func (c *codeReader) once(i int, claimed map[codeClaim]int, ds []rules.Diagnostic) []rules.Diagnostic {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := ds[:0:0]
	for _, d := range ds {
		if c.shared[d.Range.File] {
			k := codeClaim{d.Rule, d.Range}
			if first, ok := claimed[k]; ok && first != i {
				continue
			}
			claimed[k] = i
		}
		out = append(out, d)
	}
	return out
}

type codeClaim struct {
	rule string
	rng  prisma.Range
}

// codeDirectives finds `// schemalint-ignore` comments in TypeScript or
// JavaScript: a trailing one covers its line, one alone covers the next
// line of code.
func codeDirectives(file string, src []byte) []*directive {
	// Most files hold none: they are not split into lines.
	if !bytes.Contains(src, []byte("schemalint-ignore")) {
		return nil
	}
	var out []*directive
	lines := strings.Split(string(src), "\n")
	idx := prisma.NewLineIndex(src)
	offset := 0
	for i, l := range lines {
		if k := strings.Index(l, "schemalint-ignore"); k >= 0 {
			start := max(strings.LastIndex(l[:k], "//"), strings.LastIndex(l[:k], "/*"))
			if start >= 0 {
				if ids, reason, ok := parseDirective(l[start:]); ok {
					d := &directive{rules: ids, reason: reason, rng: idx.Range(file, offset+start, offset+len(strings.TrimRight(l, "\r")))}
					d.from, d.to = i+1, i+1
					if strings.TrimSpace(l[:start]) == "" {
						for j := i + 1; j < len(lines); j++ {
							t := strings.TrimSpace(lines[j])
							if t != "" && !strings.HasPrefix(t, "//") && !strings.HasPrefix(t, "/*") && !strings.HasPrefix(t, "*") {
								d.from, d.to = j+1, j+1
								break
							}
						}
					}
					out = append(out, d)
				}
			}
		}
		offset += len(l) + 1
	}
	return out
}
