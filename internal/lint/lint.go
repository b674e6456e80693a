// Package lint runs the rules: it reads the configuration, the schemas and
// the SQL view definitions they own, runs every enabled rule on each schema,
// applies ignore directives, and returns the findings in a stable order.
package lint

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/registry"
	"github.com/schemalint/schemalint/internal/sqlview"
	"github.com/schemalint/schemalint/internal/tsquery"
	"github.com/schemalint/schemalint/rules"
)

// Options are what the user asked for on the command line.
type Options struct {
	// Dir is the working directory; relative paths are resolved from it.
	Dir string
	// Config is the configuration to use (already loaded).
	Config *config.Config
	// Paths are schema roots given as arguments (each a file or folder and
	// its own schema); empty means the configuration's or discovery.
	Paths []string
	// Only restricts the run to these rule ids when not empty.
	Only []string
	// BaseRef is the git ref the breaking-change rules compare with
	// (--base); "" means the configuration's base setting, else the base
	// the environment implies (see base.Detect), else none.
	BaseRef string
	// Base, when set, is the base to compare with instead of BaseRef.
	Base *base.Base
}

// Result is the outcome of a run.
type Result struct {
	Schemas     []*Target
	Diagnostics []rules.Diagnostic
	// Sources holds every file read, for excerpts and fixes.
	Sources map[string][]byte
	// Notes are one-line remarks for stderr: why there is no base to
	// compare with, a schema root the base did not have.
	Notes []string
}

// Target is one schema root and what was read for it.
type Target struct {
	Root   string
	Schema *prisma.Schema
	Views  []*sqlview.View
	// Tenant marks a tenant_schema, which the row-tenancy settings do not
	// describe.
	Tenant bool
}

// InputError is a problem with the input itself (a schema that does not
// parse, an unreadable file, a registry that cannot be read): the run
// cannot judge the schema and the CLI exits 2.
type InputError struct {
	Diagnostics []prisma.Diagnostic
	Err         error
}

func (e *InputError) Error() string {
	if e.Err != nil {
		return e.Err.Error()
	}
	var b strings.Builder
	for i, d := range e.Diagnostics {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.Error())
	}
	return b.String()
}

// Unwrap lets errors.As find a configuration error behind the input error.
func (e *InputError) Unwrap() error { return e.Err }

// Run checks every schema root.
func Run(ctx context.Context, opts Options) (*Result, error) {
	cfg := opts.Config
	if err := checkRuleOptions(cfg); err != nil {
		return nil, &InputError{Err: err}
	}
	roots, notes, err := schemaRoots(opts)
	if err != nil {
		return nil, err
	}
	if roots, err = withTenantRoots(cfg, roots, len(opts.Paths) > 0); err != nil {
		return nil, err
	}
	// Tenant schemas last: their rules compare them with the shared ones.
	slices.SortStableFunc(roots, func(a, b string) int {
		return compareBool(tenantFor(cfg, a) != nil, tenantFor(cfg, b) != nil)
	})
	res := &Result{Sources: map[string][]byte{}, Notes: notes}
	var reg *registry.Registry
	if r := cfg.Tenancy.Registry; r != nil {
		path := filepath.Join(cfg.Dir, r.File)
		src, err := cfg.ReadFile(path)
		if err == nil {
			reg, err = registry.Parse(path, src, r.Symbol)
		}
		if err != nil {
			return nil, &InputError{Err: fmt.Errorf("%s:%d:%d: tenancy registry: %w", r.Range.Filename, r.Range.Start.Line, r.Range.Start.Column, err)}
		}
		res.Sources[path] = src
	}
	selected, err := selectRules(cfg, opts.Only)
	if err != nil {
		return nil, err
	}
	baseTree, err := openBase(ctx, opts, selected, res)
	if err != nil {
		return nil, err
	}
	dirs := map[string][]*directive{}
	// ran is, for each file, the rules that ran on a schema it belongs
	// to: only those can tell that a directive naming them is unused.
	ran := map[string]map[string]bool{}
	configDirectives(cfg, dirs, res.Sources)
	code := newCodeReader(cfg, opts.Dir, res, dirs)
	var inputDiags []prisma.Diagnostic
	for _, root := range roots {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pending := prepareBase(ctx, baseTree, cfg, root)
		schema, err := prisma.Load(cfg.ReadFile, root)
		if err != nil {
			return nil, &InputError{Err: describeReadError(err)}
		}
		for _, f := range schema.Files {
			res.Sources[f.Name] = f.Src
			// A file two roots share has its directives once.
			if _, seen := dirs[f.Name]; !seen {
				dirs[f.Name] = schemaDirectives(f)
			}
		}
		if schema.HasErrors() {
			pending.Stop()
			inputDiags = append(inputDiags, schema.Diagnostics...)
			continue
		}
		var sql sqlRead
		// MySQL, SQLite or SQL Server migrations are not read at all rather
		// than misread by PostgreSQL's parser.
		if schema.PostgreSQL() {
			sql, err = readViews(cfg, root, res.Sources, dirs)
			if err != nil {
				return nil, &InputError{Err: err}
			}
			res.Diagnostics = append(res.Diagnostics, sql.findings...)
			for _, n := range sql.notes {
				// A file two roots share has its notes once.
				if !slices.Contains(res.Notes, n) {
					res.Notes = append(res.Notes, n)
				}
			}
		} else if note, err := unreadViewSQL(cfg, root, schema.Provider(), opts.Dir); err != nil {
			return nil, &InputError{Err: err}
		} else if note != "" && !slices.Contains(res.Notes, note) {
			res.Notes = append(res.Notes, note)
		}
		views := sql.views
		var tenant *rules.TenantMigrations
		if ts := tenantFor(cfg, root); ts != nil {
			if !schema.PostgreSQL() {
				return nil, &InputError{Err: &config.Error{Range: ts.Range, Message: fmt.Sprintf("tenant_schema %q is a %q schema; a schema per tenant needs PostgreSQL", ts.Name.Value, schema.Provider())}}
			}
			if tenant, err = readTenantMigrations(ctx, cfg, ts, root, baseTree, opts.BaseRef != "", res, dirs); err != nil {
				return nil, &InputError{Err: err}
			}
		}
		t := &Target{Root: root, Schema: schema, Views: views, Tenant: tenant != nil}
		res.Schemas = append(res.Schemas, t)
		baseSchema, baseViews, err := loadBase(baseTree, pending, opts.BaseRef != "", root, schema, res)
		if err != nil {
			return nil, err
		}
		baseViews = withoutUnread(baseViews, views, sql.unread)
		files := append(sql.files, tenantFiles(tenant)...)
		for _, f := range schema.Files {
			files = append(files, f.Name)
		}
		if cfg.Path != "" {
			// The configuration's directives acknowledge findings about
			// every schema it configures.
			files = append(files, cfg.Path)
		}
		markRan(ran, files, InputRule)
		memo := &rules.Memo{}
		// What several rules read of this root is gathered once.
		var shared []*prisma.Schema
		if tenant != nil {
			shared = sharedSchemas(res.Schemas)
		}
		var changeMigrations []rules.SQLFile
		if baseSchema != nil {
			changeMigrations = migrations(cfg, root, schema, res.Sources)
		}
		for _, sr := range selected {
			// A rule that compares with the base does not run without one.
			if sr.rule.NeedsBase && baseSchema == nil {
				continue
			}
			markRan(ran, files, sr.rule.Name)
			pass := rules.NewPass(sr.rule, schema, cfg, sr.options, sr.severity, func(d rules.Diagnostic) {
				res.Diagnostics = append(res.Diagnostics, d)
			})
			pass.Memo = memo
			pass.Views = views
			pass.Registry = reg
			pass.Tenant = tenant
			pass.Shared = shared
			if opts, _ := sr.options.(*rules.MigrationDriftOptions); opts != nil && opts.PrismaMigrations && tenant == nil {
				pass.PrismaMigrations = prismaMigrations(cfg, root, schema, res.Sources)
			}
			if sr.rule == rules.MigrationHistory && tenant == nil && schema.PostgreSQL() {
				pass.PrismaHistory = prismaHistory(ctx, cfg, root, baseTree, res.Sources)
			}
			rule := sr.rule.Name
			pass.Code = func(s *prisma.Schema) []tsquery.File {
				files := code.files(s)
				for _, f := range files {
					markRan(ran, []string{f.Path}, rule)
				}
				return files
			}
			if sr.rule.NeedsBase {
				pass.Base, pass.BaseViews = baseSchema, baseViews
				pass.Migrations = changeMigrations
			}
			sr.rule.Run(pass)
		}
	}
	if len(inputDiags) > 0 {
		return nil, &InputError{Diagnostics: inputDiags}
	}
	if code.err != nil {
		return nil, &InputError{Err: code.err}
	}
	res.Diagnostics = append(res.Diagnostics, code.findings...)
	if err := checkTenancyNames(cfg, res.Schemas, len(opts.Paths) > 0, res); err != nil {
		return nil, &InputError{Err: err}
	}
	warnUnmatched(cfg, res)
	res.Diagnostics = suppress(res.Diagnostics, dirs, func(id string) bool { return id == InputRule || rules.Lookup(id) != nil }, ran)
	res.Diagnostics = applyConfigIgnores(cfg, res.Diagnostics)
	relativize(res, opts.Dir)
	Sort(res.Diagnostics)
	res.Diagnostics = dedupe(res.Diagnostics)
	return res, nil
}

// dedupe drops repeated findings, keeping the first: a file that several
// schema roots read (a configured SQL glob they share, overlapping paths)
// is judged once per root, with the same verdict when what it reads is the
// same.
func dedupe(ds []rules.Diagnostic) []rules.Diagnostic {
	type key struct {
		rule     string
		severity config.Severity
		rng      prisma.Range
		message  string
	}
	seen := map[key]bool{}
	out := ds[:0]
	for _, d := range ds {
		k := key{d.Rule, d.Severity, d.Range, d.Message}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, d)
	}
	return out
}

func markRan(ran map[string]map[string]bool, files []string, rule string) {
	for _, f := range files {
		if ran[f] == nil {
			ran[f] = map[string]bool{}
		}
		ran[f][rule] = true
	}
}

// relativize names files relative to the working directory, as users typed
// or would type them, when they lie under it.
func relativize(res *Result, dir string) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return
	}
	// Findings name a handful of files; each is resolved once, since
	// filepath.Abs asks the operating system for the working directory.
	seen := map[string]string{}
	rel := func(name string) string {
		if r, ok := seen[name]; ok {
			return r
		}
		r := name
		if a, err := filepath.Abs(name); err == nil {
			if x, err := filepath.Rel(abs, a); err == nil && !strings.HasPrefix(x, "..") {
				r = x
			}
		}
		seen[name] = r
		return r
	}
	sources := map[string][]byte{}
	for name, src := range res.Sources {
		sources[rel(name)] = src
	}
	res.Sources = sources
	for i := range res.Diagnostics {
		d := &res.Diagnostics[i]
		d.Range.File = rel(d.Range.File)
		for j := range d.Related {
			d.Related[j].Range.File = rel(d.Related[j].Range.File)
		}
		if d.Fix != nil {
			for j := range d.Fix.Edits {
				d.Fix.Edits[j].File = rel(d.Fix.Edits[j].File)
			}
		}
	}
}

func describeReadError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: cannot read: %v", pe.Path, pe.Err)
	}
	return err
}

// schemaRoots lists the schemas to check: the arguments, else the
// configuration's schema paths (globs), else the one Prisma would find.
func schemaRoots(opts Options) ([]string, []string, error) {
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
	return kept, notes, nil
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
}

// readViews reads the SQL view definitions of a schema: bare SELECT files
// under views/ and the latest CREATE VIEW of each view in the migrations.
// SQL that may define a view and does not parse is an input-error finding
// of its file; a migration statement that does not parse and cannot define
// a view (PostgreSQL would have refused it, or it uses syntax newer than
// the parser's) only becomes a note, since no rule reads it.
func readViews(cfg *config.Config, root string, sources map[string][]byte, dirs map[string][]*directive) (sqlRead, error) {
	out := sqlRead{unread: map[string]bool{}}
	viewFiles, err := sqlFiles(cfg, root, cfg.SQL.Views, viewConvention)
	if err != nil {
		return out, err
	}
	migrationFiles, err := sqlFiles(cfg, root, cfg.SQL.Migrations, migrationConvention)
	if err != nil {
		return out, err
	}
	set := newViewSet()
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
		var name func(string) (string, string)
		if bare {
			name = sqlview.BareSelectName
		}
		f, ds := sqlview.ParseFile(path, src, name)
		for _, d := range ds {
			if d.Severity == prisma.SeverityWarning && !bare {
				out.notes = append(out.notes, fmt.Sprintf("%s: %s (SQL read as far as it parses)", d.Range, d.Message))
				continue
			}
			sev := config.SeverityError
			if d.Severity == prisma.SeverityWarning {
				sev = config.SeverityWarning
			}
			out.findings = append(out.findings, rules.Diagnostic{Rule: InputRule, Severity: sev, Range: d.Range, Message: d.Message})
			if bare && d.Severity == prisma.SeverityError {
				schema, name := sqlview.BareSelectName(path)
				out.unread[viewKey(schema, name)] = true
			}
		}
		set.apply(f)
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
	out.views = set.list()
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
		present[viewKey(v.Schema, v.Name)] = true
	}
	var out []*sqlview.View
	for _, v := range base {
		if k := viewKey(v.Schema, v.Name); unread[k] && !present[k] {
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

// viewSet keeps the latest definition of each view, in first-seen order:
// migrations apply in folder order, then the views/ files win.
type viewSet struct {
	byName map[string]*sqlview.View
	order  []string
	seen   map[string]bool // in order: a dropped view keeps its place
}

func newViewSet() *viewSet {
	return &viewSet{byName: map[string]*sqlview.View{}, seen: map[string]bool{}}
}

func (s *viewSet) apply(f *sqlview.File) {
	if f == nil {
		return
	}
	// Statements apply in file order: DROP VIEW then CREATE VIEW in one
	// migration leaves the view defined.
	views, drops := f.Views, f.Drops
	for len(views) > 0 || len(drops) > 0 {
		if len(drops) == 0 || (len(views) > 0 && views[0].Range.Start.Offset < drops[0].Range.Start.Offset) {
			v := views[0]
			views = views[1:]
			key := viewKey(v.Schema, v.Name)
			if !s.seen[key] {
				s.seen[key] = true
				s.order = append(s.order, key)
			}
			s.byName[key] = v
			continue
		}
		delete(s.byName, viewKey(drops[0].Schema, drops[0].Name))
		drops = drops[1:]
	}
}

// viewKey names a view for precedence. An unqualified name is the one in
// "public", where Prisma's migrations and views/ files put it unless the
// connection says otherwise: CREATE VIEW "V" and CREATE OR REPLACE VIEW
// public."V" define one view.
func viewKey(schema, name string) string {
	if schema == "" {
		schema = "public"
	}
	return schema + "." + name
}

func (s *viewSet) list() []*sqlview.View {
	var views []*sqlview.View
	for _, k := range s.order {
		if v := s.byName[k]; v != nil {
			views = append(views, v)
		}
	}
	return views
}

// generatedSQL lists the existing SQL outputs of the views blocks whose
// source is the schema at root.
func generatedSQL(cfg *config.Config, root string) []string {
	var out []string
	for _, v := range cfg.Views {
		if v.SQLOutput.Value == "" {
			continue
		}
		for _, src := range v.Source {
			if sameOrInside(filepath.Join(cfg.Dir, src.Value), root) {
				path := filepath.Join(cfg.Dir, v.SQLOutput.Value)
				if _, err := os.Stat(path); err == nil {
					out = append(out, path)
				}
				break
			}
		}
	}
	return out
}

// sameOrInside reports whether a and b are the same path or one holds the
// other.
func sameOrInside(a, b string) bool {
	a, errA := filepath.Abs(a)
	b, errB := filepath.Abs(b)
	if errA != nil || errB != nil {
		return false
	}
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
var createView = regexp.MustCompile(`(?is)\bcreate\s[^;(]*?\bview\b`)

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
	return fmt.Sprintf("%s: %s views that schemalint does not read: it reads view SQL of PostgreSQL schemas only, and this one's provider is %q", relName(dir, root), files, provider), nil
}

// relName names p relative to dir, the working folder, when it lies in it.
func relName(dir, p string) string {
	absDir, err1 := filepath.Abs(dir)
	absP, err2 := filepath.Abs(p)
	if err1 == nil && err2 == nil {
		if r, ok := paths.Rel(absDir, absP); ok && r != "." {
			return filepath.ToSlash(r)
		}
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

type selectedRule struct {
	rule     *rules.Rule
	options  any
	severity config.Severity
}

// selectRules applies the configuration (enabled, severity, options) and
// --rule to the registry.
func selectRules(cfg *config.Config, only []string) ([]selectedRule, error) {
	for _, id := range only {
		if rules.Lookup(id) == nil {
			return nil, &InputError{Err: fmt.Errorf("unknown rule %q; run `schemalint rules` for the list", id)}
		}
	}
	if cfg.Version > rules.RuleSetVersion {
		return nil, &InputError{Err: &config.Error{Range: cfg.VersionRange,
			Message: fmt.Sprintf("version %d is newer than this schemalint knows (%d); upgrade schemalint, or write version = %d", cfg.Version, rules.RuleSetVersion, rules.RuleSetVersion)}}
	}
	var out []selectedRule
	for _, r := range rules.All() {
		if len(only) > 0 && !slices.Contains(only, r.Name) {
			continue
		}
		sr := selectedRule{rule: r, severity: r.Severity}
		rc := cfg.Rules[r.Name]
		enabled := rc != nil && rc.Enabled != nil && *rc.Enabled
		if len(only) == 0 && !enabled && !r.DefaultIn(cfg.Version) {
			continue // newer than the rule set the configuration pins
		}
		if rc != nil {
			if rc.Enabled != nil && !*rc.Enabled && len(only) == 0 {
				continue
			}
			if rc.Severity != nil {
				sr.severity = *rc.Severity
			}
		}
		opts, err := rules.DecodeOptions(r, rc)
		if err != nil {
			return nil, &InputError{Err: err}
		}
		sr.options = opts
		out = append(out, sr)
	}
	return out, nil
}

// checkRuleOptions decodes the options of every rule block, not only of
// the rules that run: a misspelt option of a rule left out by --rule or
// enabled = false is still a mistake in the file, and would go unnoticed
// until the day the rule runs.
func checkRuleOptions(cfg *config.Config) error {
	all := &config.Errors{}
	for _, r := range rules.All() {
		rc := cfg.Rules[r.Name]
		if rc == nil {
			continue
		}
		_, err := rules.DecodeOptions(r, rc)
		var many *config.Errors
		var one *config.Error
		switch {
		case err == nil:
		case errors.As(err, &many):
			all.List = append(all.List, many.List...)
		case errors.As(err, &one):
			all.List = append(all.List, one)
		default:
			return err
		}
	}
	return all.Err()
}

// applyConfigIgnores drops findings silenced by `ignore` blocks.
func applyConfigIgnores(cfg *config.Config, diags []rules.Diagnostic) []rules.Diagnostic {
	if len(cfg.Ignores) == 0 {
		return diags
	}
	var out []rules.Diagnostic
	for _, d := range diags {
		rel, err := filepath.Rel(cfg.Dir, d.Range.File)
		if err != nil {
			rel = d.Range.File
		}
		rel = filepath.ToSlash(rel)
		ignored := false
		for _, ig := range cfg.Ignores {
			if ig.Rule != d.Rule {
				continue
			}
			for _, p := range ig.Paths {
				if ok, _ := doublestar.Match(p, rel); ok {
					ignored = true
				}
			}
		}
		if !ignored {
			out = append(out, d)
		}
	}
	return out
}

// Sort orders findings as check prints them: by file, line, column, rule
// and message.
func Sort(ds []rules.Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Range.File != b.Range.File {
			return a.Range.File < b.Range.File
		}
		if a.Range.Start.Line != b.Range.Start.Line {
			return a.Range.Start.Line < b.Range.Start.Line
		}
		if a.Range.Start.Col != b.Range.Start.Col {
			return a.Range.Start.Col < b.Range.Start.Col
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
}
