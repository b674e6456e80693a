package lint

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/registry"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/sqlview"
	"github.com/schemalint/schemalint/internal/viewgen"
	"github.com/schemalint/schemalint/rules"
)

// The inputs stage: what one run reads. The schema roots (the arguments,
// the configuration's schema paths, or the schema Prisma would find), the
// SQL files beside each root and the views they define, the tenancy
// registry. Every file is read through the configuration's repofs, and
// each file read is kept for excerpts and fixes.

func describeReadError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: cannot read: %v", pe.Path, pe.Err)
	}
	return err
}

// Roots lists the schemas to check: the arguments, else the
// configuration's schema paths (globs) and tenant schemas, else the one
// Prisma would find; less those schema.exclude names. The notes say which
// excludes matched nothing. check, fix, inspect and init all find their
// schemas here, so that they read the same ones.
func Roots(opts Options) ([]string, []string, error) {
	cfg := opts.Config
	var roots []string
	switch {
	case len(opts.Paths) > 0:
		for _, p := range opts.Paths {
			if !filepath.IsAbs(p) {
				p = filepath.Join(opts.Dir, p)
			}
			roots = append(roots, p)
		}
	case len(cfg.Schema.Paths) > 0:
		for i, pattern := range cfg.Schema.Paths {
			matches, err := glob(filepath.Join(cfg.Dir, pattern), "the schema path")
			if err != nil {
				return nil, nil, &InputError{Err: err}
			}
			if len(matches) == 0 {
				return nil, nil, &InputError{Err: settingError(cfg, cfg.Schema.PathRanges, i, fmt.Sprintf("schema path %q matches nothing; fix the glob, or remove it", pattern))}
			}
			roots = append(roots, matches...)
		}
	default:
		base := opts.Dir
		if cfg.Path != "" {
			base = cfg.Dir
		}
		p, err := prisma.Discover(cfg.ReadFile, base, cfg.Files().Dir())
		switch {
		case errors.Is(err, prisma.ErrNoSchema) && len(cfg.TenantSchemas) > 0:
			// The configuration names its schemas: the tenant schemas
			// (withTenantRoots adds them) are the whole repository's.
		case err != nil:
			return nil, nil, &InputError{Err: err}
		default:
			roots = append(roots, p)
		}
	}
	kept, notes := exclude(cfg, roots, len(opts.Paths) > 0)
	kept, err := withTenantRoots(cfg, kept, len(opts.Paths) > 0)
	if err != nil {
		return nil, nil, err
	}
	// Tenant schemas last: their rules compare them with the shared ones.
	slices.SortStableFunc(kept, func(a, b string) int {
		return compareBool(tenantFor(cfg, a) != nil, tenantFor(cfg, b) != nil)
	})
	return kept, notes, nil
}

// LoadSchema reads the schema at root through the configuration's
// repository reader. Its syntax errors are in its Diagnostics; an error is
// a file that cannot be read.
func LoadSchema(cfg *config.Config, root ...string) (*prisma.Schema, error) {
	return loadSchema(cfg, nil, root...)
}

// loadSchema is LoadSchema, handing the files to parsed once parsed (see
// prisma.LoadParsed).
func loadSchema(cfg *config.Config, parsed func([]*prisma.File, []prisma.Diagnostic), root ...string) (*prisma.Schema, error) {
	schema, err := prisma.LoadParsed(cfg.ReadFile, parsed, root...)
	if err != nil {
		return nil, &InputError{Err: describeReadError(err)}
	}
	return schema, nil
}

// schemaBytes is about how many bytes of schema the roots will parse:
// their .prisma files' sizes, twice with a base, whose schema is parsed
// too; and each root's own. It only sizes the heap and orders the roots;
// a root that cannot be read counts nothing here, and its reading reports
// why. It runs before any root is read, on one core: a file's size is its
// stat's, one system call, where the repository reader's Stat also walked
// the path for links (five calls a root, a millisecond over 50 roots
// while the other cores idled). The reading checks the links, in
// parallel; the size of a file it will refuse is only a hint.
func schemaBytes(roots []string, withBase bool) (total int64, each []int64) {
	each = make([]int64, len(roots))
	for i, root := range roots {
		if info, err := os.Stat(root); err == nil && info.Mode().IsRegular() {
			each[i] = info.Size()
			total += each[i]
			continue
		}
		files, err := prisma.SchemaFiles(root)
		if err != nil {
			continue
		}
		for _, f := range files {
			if info, err := os.Stat(f); err == nil && info.Mode().IsRegular() {
				each[i] += info.Size()
			}
		}
		total += each[i]
	}
	if withBase {
		total *= 2
	}
	return total, each
}

// readRegistry reads the tenancy registry the configuration names, if
// any.
func readRegistry(cfg *config.Config, sources map[string][]byte) (*registry.Registry, error) {
	r := cfg.Tenancy.Registry
	if r == nil {
		return nil, nil
	}
	path := filepath.Join(cfg.Dir, r.File)
	var reg *registry.Registry
	src, err := cfg.ReadFile(path)
	if err == nil {
		reg, err = registry.Parse(path, src, r.Symbol)
	}
	if err != nil {
		return nil, &InputError{Err: fmt.Errorf("%s: tenancy registry: %w", config.Pos(r.Range), err)}
	}
	sources[path] = src
	return reg, nil
}

// prismaDir is the folder Prisma keeps a schema's views and migrations
// beside: the schema file's folder, or a schema folder's parent when the
// folder is prisma/schema.
func prismaDir(root string) string {
	info, err := os.Stat(root)
	if err == nil && info.IsDir() {
		if filepath.Base(root) == "schema" {
			return filepath.Dir(root)
		}
		return root
	}
	return filepath.Dir(root)
}

// InputRule is the pseudo-rule of SQL that cannot be read. A view it may
// define is not judged, so the file gets a finding where reading failed,
// at error severity, and every other file is still judged: one broken
// file must not hide the leaks of the others. Only a directive with a
// reason on that line accepts it.
var InputRule = rules.InputError.Name

// sqlRead is what the SQL files of a schema gave.
type sqlRead struct {
	files    []string // every SQL file read
	views    []*sqlview.View
	findings []rules.Diagnostic
	notes    []string
	// unread are the views whose view file could not be read (by
	// viewKey): missing from views, they were not removed.
	unread map[string]bool
	// read is what each file gave, by absolute path: the base's copy of
	// a file that did not change gives the same.
	read map[string]sqlFileRead
}

// sqlFileRead is what one SQL file (src) gave; bare for a view file; gen
// is the generated file it is, when it was read from that.
type sqlFileRead struct {
	file *sqlview.File
	src  []byte
	bare bool
	gen  *viewgen.File
}

// readViews reads the SQL view definitions of a schema: bare SELECT files
// under views/ and the latest CREATE VIEW of each view in the migrations.
// SQL that may define a view and does not parse is an input-error finding
// of its file; a migration statement that does not parse and cannot define
// a view (PostgreSQL would have refused it, or it uses syntax newer than
// the parser's) only becomes a note, since no rule reads it.
//
// A file generated is what schemalint fix writes (by path, see
// currentSQL): when it holds exactly that, its views are read from where
// generating it put them, as parsing it would find them.
func readViews(cfg *config.Config, root string, sources map[string][]byte, dirs map[string][]*directive, generated map[string]*viewgen.File) (sqlRead, error) {
	out := sqlRead{unread: map[string]bool{}, read: map[string]sqlFileRead{}}
	viewFiles, err := sqlFiles(cfg, root, cfg.SQL.Views, viewConvention)
	if err != nil {
		return out, err
	}
	migrationFiles, err := sqlFiles(cfg, root, cfg.SQL.Migrations, migrationConvention)
	if err != nil {
		return out, err
	}
	set := sqlview.NewSet()
	read := func(path string, bare bool) error {
		src, err := cfg.ReadFile(path)
		if err != nil {
			return describeReadError(err)
		}
		sources[path] = src
		out.files = append(out.files, path)
		if _, seen := dirs[path]; !seen {
			dirs[path] = sqlDirectives(path, src)
		}
		if g := generated[path]; g != nil && !bare && bytes.Equal(src, g.Content) {
			if f, ok := g.SQLViews(path); ok {
				out.read[paths.Abs(path)] = sqlFileRead{file: f, src: src, gen: g}
				set.Apply(f)
				return nil
			}
		}
		var name func(string) (string, string)
		if bare {
			name = sqlview.BareSelectName
		}
		f, ds := sqlview.ParseFile(path, src, name)
		out.read[paths.Abs(path)] = sqlFileRead{file: f, src: src, bare: bare}
		for _, d := range ds {
			if d.Severity == prisma.SeverityWarning && !bare {
				out.notes = append(out.notes, fmt.Sprintf("%s: %s (SQL read as far as it parses)", d.Range, d.Message))
				continue
			}
			sev := severity.Error
			if d.Severity == prisma.SeverityWarning {
				sev = severity.Warning
			}
			out.findings = append(out.findings, rules.Diagnostic{Rule: InputRule, Severity: sev, Range: d.Range, Message: d.Message})
			if bare && d.Severity == prisma.SeverityError {
				schema, name := sqlview.BareSelectName(path)
				out.unread[sqlview.Key(schema, name)] = true
			}
		}
		set.Apply(f)
		return nil
	}
	// Migrations apply in folder order; the SQL that schemalint fix
	// generates is what will be applied next; the views/ files describe the
	// current state and win.
	for _, p := range append(migrationFiles, generatedSQL(cfg, root)...) {
		if err := read(p, false); err != nil {
			return out, err
		}
	}
	for _, p := range viewFiles {
		if err := read(p, true); err != nil {
			return out, err
		}
	}
	out.views = set.List()
	return out, nil
}

// withoutUnread leaves out of the comparison with the base the views whose
// file cannot be read now: their input-error says so, and calling them
// removed would be a second, false finding.
func withoutUnread(base, head []*sqlview.View, unread map[string]bool) []*sqlview.View {
	if len(unread) == 0 {
		return base
	}
	present := map[string]bool{}
	for _, v := range head {
		present[sqlview.Key(v.Schema, v.Name)] = true
	}
	var out []*sqlview.View
	for _, v := range base {
		if k := sqlview.Key(v.Schema, v.Name); unread[k] && !present[k] {
			continue
		}
		out = append(out, v)
	}
	return out
}

const (
	viewConvention      = "views/**/*.sql"
	migrationConvention = "migrations/**/migration.sql"
)

// generatedSQL lists the existing SQL outputs of the views blocks whose
// source is the schema at root.
func generatedSQL(cfg *config.Config, root string) []string {
	var out []string
	for _, v := range sqlBlocks(cfg, root) {
		out = append(out, sqlOutput(cfg, v))
	}
	return out
}

// sqlBlocks are the views blocks whose source is the schema at root and
// whose SQL output exists.
func sqlBlocks(cfg *config.Config, root string) []*config.Views {
	var out []*config.Views
	for _, v := range cfg.Views {
		if v.SQLOutput.Value == "" {
			continue
		}
		for _, src := range v.Source {
			if sameOrInside(filepath.Join(cfg.Dir, src.Value), root) {
				if _, err := os.Stat(sqlOutput(cfg, v)); err == nil {
					out = append(out, v)
				}
				break
			}
		}
	}
	return out
}

func sqlOutput(cfg *config.Config, v *config.Views) string {
	return filepath.Join(cfg.Dir, v.SQLOutput.Value)
}

// generateViews generates, from the root's parsed schema, the views blocks
// whose SQL readViews reads: a file that is current is then read from
// what generating it says (viewgen.File.SQLViews) rather than parsed
// again, and views-out-of-date compares the same files without
// generating them twice.
func generateViews(cfg *config.Config, root string, schema *prisma.Schema) map[*config.Views]rules.Generation {
	blocks := sqlBlocks(cfg, root)
	if len(blocks) == 0 {
		return nil
	}
	out := make(map[*config.Views]rules.Generation, len(blocks))
	for _, v := range blocks {
		files, err := viewgen.GenerateBlock(cfg, v, viewgen.Options{Parsed: schema})
		out[v] = rules.Generation{Files: files, Err: err}
	}
	return out
}

// currentSQL is the SQL file of each block generated, by the path
// readViews reads the block's SQL output at.
func currentSQL(cfg *config.Config, generated map[*config.Views]rules.Generation) map[string]*viewgen.File {
	out := map[string]*viewgen.File{}
	for v, g := range generated {
		for _, f := range g.Files {
			if f.Kind == viewgen.SQLFile {
				out[sqlOutput(cfg, v)] = f
			}
		}
	}
	return out
}

// sameOrInside reports whether a and b are the same path or one holds the
// other.
func sameOrInside(a, b string) bool {
	a, b = paths.Abs(a), paths.Abs(b)
	return paths.Inside(a, b) || paths.Inside(b, a)
}

// sqlFiles expands configured globs (relative to the config file) or, by
// default, the Prisma convention beside the schema.
func sqlFiles(cfg *config.Config, root string, patterns []string, convention string) ([]string, error) {
	var out []string
	for _, pattern := range sqlGlobs(cfg, root, patterns, convention) {
		matches, err := glob(pattern, "the SQL glob")
		if err != nil {
			return nil, err
		}
		out = append(out, matches...)
	}
	sort.Strings(out)
	return out, nil
}

// createView spots a statement that defines a view, in any dialect
// (MySQL's CREATE ALGORITHM=MERGE DEFINER=… VIEW included).
var createView = lazyregexp.New(`(?is)\bcreate\s[^;(]*?\bview\b`)

// unreadViewSQL says, as one note, that a schema whose provider is not
// PostgreSQL has view SQL schemalint does not read: PostgreSQL's parser
// would misread it, and saying nothing would pass it as checked.
func unreadViewSQL(cfg *config.Config, root, provider, dir string) (string, error) {
	viewFiles, err := sqlFiles(cfg, root, cfg.SQL.Views, viewConvention)
	if err != nil {
		return "", err
	}
	migrations, err := sqlFiles(cfg, root, cfg.SQL.Migrations, migrationConvention)
	if err != nil {
		return "", err
	}
	n := len(viewFiles)
	for _, m := range migrations {
		src, err := cfg.ReadFile(m)
		if err != nil {
			return "", err
		}
		if createView.Match(src) {
			n++
		}
	}
	if n == 0 {
		return "", nil
	}
	files := "1 SQL file defines"
	if n > 1 {
		files = fmt.Sprintf("%d SQL files define", n)
	}
	return fmt.Sprintf("%s: %s views schemalint does not read (it reads view SQL for PostgreSQL only, not %q)", relName(dir, root), files, provider), nil
}

// relName names p relative to dir, the working folder, when it lies in it.
func relName(dir, p string) string {
	if r, ok := paths.Rel(paths.Abs(dir), paths.Abs(p)); ok && r != "." {
		return filepath.ToSlash(r)
	}
	return p
}

// sqlGlobs are the absolute patterns of a schema's SQL files: configured
// globs (relative to the config file) or Prisma's convention beside it.
func sqlGlobs(cfg *config.Config, root string, patterns []string, convention string) []string {
	dir := cfg.Dir
	if len(patterns) == 0 || cfg.Path == "" || slices.Equal(patterns, config.DefaultViewGlobs) || slices.Equal(patterns, config.DefaultMigrationGlobs) {
		// Prisma's convention, beside each schema: monorepos keep one
		// prisma/ folder per app.
		dir, patterns = prismaDir(root), []string{convention}
	}
	out := make([]string, len(patterns))
	for i, pattern := range patterns {
		out[i] = filepath.Join(dir, pattern)
	}
	return out
}

// migrations are the SQL migrations of a PostgreSQL schema, in the order
// they apply, as readViews read them: the breaking-change rules look at
// what a change does to the database (an enum value placed with ADD VALUE …
// BEFORE, a view dropped) beside what its schema declares.
func migrations(cfg *config.Config, root string, schema *prisma.Schema, sources map[string][]byte) []rules.SQLFile {
	if !schema.PostgreSQL() {
		return nil
	}
	paths, err := sqlFiles(cfg, root, cfg.SQL.Migrations, migrationConvention)
	if err != nil {
		return nil // readViews has stopped the run on the same error
	}
	var out []rules.SQLFile
	for _, p := range paths {
		if src, ok := sources[p]; ok {
			out = append(out, rules.SQLFile{Path: p, Src: src})
		}
	}
	return out
}
