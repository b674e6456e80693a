// Package lint runs the rules: it reads the configuration, the schemas and
// the SQL view definitions they own, runs every enabled rule on each schema,
// applies ignore directives, and returns the findings in a stable order.
package lint

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
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
		baseSchema, baseViews, err := loadBase(ctx, baseTree, opts.BaseRef != "", cfg, root, schema, res)
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
