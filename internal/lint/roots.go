package lint

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/registry"
	"github.com/schemalint/schemalint/internal/sqlview"
	"github.com/schemalint/schemalint/rules"
)

// rootRun is what every root's check shares: the run's settings and the
// stages' results that do not depend on the root.
type rootRun struct {
	ctx      context.Context
	opts     Options
	cfg      *config.Config
	selected []selectedRule
	registry *registry.Registry
	// opened is the base, found while the roots are read (startBase).
	opened *openedBase
	code   *codeReader
	// sizes are the roots' bytes of schema, which order their start.
	sizes []int64
}

// base is what the breaking-change rules compare with, once found; nil
// when there is none, or it cannot be opened (Run reports why).
func (run *rootRun) base() *base.Base {
	b, _ := run.opened.wait()
	return b
}

// checkedRoot is what one root gave. Each root writes only its own, so
// roots run in parallel; Run gathers them in root order.
type checkedRoot struct {
	root string
	// err stops the run: the first root's, in root order, is reported.
	err error
	// parseErrors are the schema's syntax and resolution errors; the
	// rules do not run on it.
	parseErrors []prisma.Diagnostic
	codeErr     error

	target  *Target
	sources map[string][]byte
	dirs    map[string][]*directive
	ran     map[string]map[string]bool
	diags   []rules.Diagnostic
	notes   []note

	// For the rules: the files whose directives they judge, the SQL read
	// and what the base had.
	files      []string
	tenant     *rules.TenantMigrations
	baseSchema *prisma.Schema
	baseViews  []*sqlview.View
	// pending is the root at the base, being read and parsed while the
	// rules that do not compare with it run (see waitBase); unread are
	// the views whose file could not be read now.
	pending *base.Pending
	unread  map[string]bool
	// generated are the views blocks generated from the schema while its
	// SQL was read; sqlRead is what each SQL file gave, for the base.
	generated map[*config.Views]rules.Generation
	sqlRead   map[string]sqlFileRead

	// names are the schema's, for checkTenancyNames once the tree is
	// released; nil for a tenant schema, or without tenancy settings.
	names *schemaNames
}

// note is a line for stderr; one marked once is left out when an earlier
// one says the same (a file two roots share).
type note struct {
	text string
	once bool
}

func (c *checkedRoot) note(text string) { c.notes = append(c.notes, note{text: text}) }

// all checks every root, at most GOMAXPROCS at a time. A root is judged as
// soon as it is read, and its trees are released once it is: a run over
// many roots then holds a tree per core, not one per root, so the
// collector marks little and the heap reuses the memory of the roots done
// instead of growing into fresh pages. The tenant schemas' rules read the
// shared schemas: with a tenant schema among the roots, the shared ones
// are kept until every root is read, and then the tenant schemas judged.
func (run *rootRun) all(roots []string) []*checkedRoot {
	tenants := slices.ContainsFunc(roots, func(root string) bool { return tenantFor(run.cfg, root) != nil })
	checked := make([]*checkedRoot, len(roots))
	// Every root under way but one keeps a core busy beside the one whose
	// schema is parsed: that one is split over the cores the others leave
	// free, as the last roots do, and not over cores already busy.
	crowd := len(roots) > 1
	if crowd {
		prisma.Beside(-1)
	}
	// The largest roots start first: the last to end is then a small
	// one, and the cores end together (the gathering is in root order).
	order := largestFirst(run.sizes, len(roots))
	parallel(len(roots), func(k int) {
		i := order[k]
		if crowd {
			prisma.Beside(1)
			defer prisma.Beside(-1)
		}
		c := run.read(roots[i])
		checked[i] = c
		if _, err := run.opened.wait(); err != nil {
			// The run stops at the base's error: nothing is judged.
			c.pending.Stop()
			return
		}
		if c.target != nil && !c.target.Tenant {
			// Judged even if another root then stops the run: Run
			// reports the first root's error, and nothing judged.
			run.rules(c, nil)
			if !tenants {
				c.release(run.cfg)
			}
		}
	})
	if crowd {
		prisma.Beside(1)
	}
	if _, err := run.opened.wait(); err != nil || !tenants {
		return checked
	}
	var targets []*Target
	for _, c := range checked {
		if c.err != nil {
			// The run stops at the first root's error: no tenant
			// schema is judged, nor its base read on.
			for _, c := range checked {
				c.pending.Stop()
			}
			return checked
		}
		if c.target != nil {
			targets = append(targets, c.target)
		}
	}
	shared := sharedSchemas(targets)
	parallel(len(checked), func(i int) {
		if c := checked[i]; c.target != nil && c.target.Tenant {
			run.rules(c, shared)
		}
	})
	for _, c := range checked {
		if c.target != nil {
			c.release(run.cfg)
		}
	}
	return checked
}

// waitBase is the base stage of one root, once the rules that do not
// compare with the base have run: what the root was at the base, read
// and parsed meanwhile (prepareBase). A base that cannot be read stops
// the run (c.err) or leaves the root without one (a note).
func (run *rootRun) waitBase(c *checkedRoot) {
	var err error
	c.baseSchema, c.baseViews, err = loadBase(run.base(), c.pending, run.opts.BaseRef != "", c.root, c.target.Schema, c)
	c.pending = nil
	if err != nil {
		c.err = err
		return
	}
	c.baseViews = withoutUnread(c.baseViews, c.target.Views, c.unread)
}

// release drops a judged root's trees (its schema, and the base's): what
// the run still needs of it is in its findings, sources and directives,
// and in the names the tenancy settings are checked against.
func (c *checkedRoot) release(cfg *config.Config) {
	if cfg.Tenancy.Configured && !c.target.Tenant {
		c.names = namesOf(c.target.Schema, cfg.Tenancy)
	}
	c.target.Schema, c.baseSchema, c.baseViews, c.tenant, c.generated, c.sqlRead = nil, nil, nil, nil, nil, nil
}

// largestFirst is 0 … n-1 by sizes, largest first, ties in order; sizes
// may be missing (nil), and then the order is 0 … n-1.
func largestFirst(sizes []int64, n int) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	if len(sizes) == n {
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(sizes[b], sizes[a]) })
	}
	return order
}

// parallel calls f(0) … f(n-1), at most GOMAXPROCS at a time, starting
// them in that order. One call (a single schema root, the usual case)
// runs on the caller's goroutine: a goroutine of its own only woke a
// second thread to run it while the caller waited.
func parallel(n int, f func(i int)) {
	if n == 1 {
		f(0)
		return
	}
	limit := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		limit <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-limit }()
			f(i)
		}()
	}
	wg.Wait()
}

// read is the inputs stage of one root: its schema, the SQL beside it, a
// tenant schema's migrations, and the same root at the base.
func (run *rootRun) read(root string) *checkedRoot {
	ctx, cfg := run.ctx, run.cfg
	c := &checkedRoot{root: root, sources: map[string][]byte{}, dirs: map[string][]*directive{}, ran: map[string]map[string]bool{}}
	if err := ctx.Err(); err != nil {
		c.err = err
		return c
	}
	// The base is read while the working tree is parsed.
	pending := prepareBase(ctx, run.opened, cfg, root)
	// Every way out before the root is handed to the rules, which wait
	// for the base, abandons the reading.
	defer func() { pending.Stop() }()
	// The base's files are parsed as edits of these once they are parsed,
	// while these are resolved.
	schema, err := loadSchema(cfg, pending.Parsed, root)
	if err != nil {
		c.err = err
		return c
	}
	pending.Resolved(schema)
	for _, f := range schema.Files {
		c.sources[f.Name] = f.Src
		if _, seen := c.dirs[f.Name]; !seen {
			c.dirs[f.Name] = schemaDirectives(f)
		}
	}
	if schema.HasErrors() {
		c.parseErrors = schema.Diagnostics
		return c
	}
	var sql sqlRead
	// MySQL, SQLite or SQL Server migrations are not read at all rather
	// than misread by PostgreSQL's parser.
	if schema.PostgreSQL() {
		c.generated = generateViews(cfg, root, schema)
		sql, err = readViews(cfg, root, c.sources, c.dirs, currentSQL(cfg, c.generated))
		if err != nil {
			c.err = &InputError{Err: err}
			return c
		}
		c.diags = append(c.diags, sql.findings...)
		for _, n := range sql.notes {
			c.notes = append(c.notes, note{text: n, once: true})
		}
	} else if n, err := unreadViewSQL(cfg, root, schema.Provider(), run.opts.Dir); err != nil {
		c.err = &InputError{Err: err}
		return c
	} else if n != "" {
		c.notes = append(c.notes, note{text: n, once: true})
	}
	var tenant *rules.TenantMigrations
	if ts := tenantFor(cfg, root); ts != nil {
		if !schema.PostgreSQL() {
			c.err = &InputError{Err: &config.Error{Range: ts.Range, Message: fmt.Sprintf("tenant_schema %q is a %q schema; a schema per tenant needs PostgreSQL", ts.Name.Value, schema.Provider())}}
			return c
		}
		if tenant, err = readTenantMigrations(ctx, cfg, ts, root, run.base(), run.opts.BaseRef != "", c); err != nil {
			c.err = &InputError{Err: err}
			return c
		}
	}
	c.target = &Target{Root: root, Schema: schema, Views: sql.views, Tenant: tenant != nil}
	c.tenant = tenant
	c.pending, c.unread, c.sqlRead = pending, sql.unread, sql.read
	pending = nil
	files := append(slices.Clip(sql.files), tenantFiles(tenant)...)
	for _, f := range schema.Files {
		files = append(files, f.Name)
	}
	if cfg.Path != "" {
		// The configuration's directives acknowledge findings about
		// every schema it configures.
		files = append(files, cfg.Path)
	}
	c.files = files
	markRan(c.ran, files, InputRule)
	return c
}

// mergeInto adds what the root gave to the run's result, as a run that
// checked the roots one after another in this order would have.
func (c *checkedRoot) mergeInto(res *Result, dirs map[string][]*directive, ran map[string]map[string]bool) {
	for name, src := range c.sources {
		res.Sources[name] = src
	}
	for name, list := range c.dirs {
		// A file two roots share has its directives once.
		if _, seen := dirs[name]; !seen {
			dirs[name] = list
		}
	}
	for file, ids := range c.ran {
		for id := range ids {
			markRan(ran, []string{file}, id)
		}
	}
	for _, n := range c.notes {
		if n.once && slices.Contains(res.Notes, n.text) {
			continue
		}
		res.Notes = append(res.Notes, n.text)
	}
	res.Diagnostics = append(res.Diagnostics, c.diags...)
	if c.target != nil {
		res.Schemas = append(res.Schemas, c.target)
	}
}
