package lint

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/rules"
)

// The analysis stage: what several rules read of one root is gathered
// once, before any of them runs, the way go/analysis hands one analyzer's
// result to those that require it: the analyses the rules that run
// require (rules.Analyze), and the files the rules that ask read.
type facts struct {
	resultOf rules.ResultOf
	// shared are the schemas that are not tenant schemas, for a tenant
	// schema's rules.
	shared []*prisma.Schema
	// changeMigrations are the SQL migrations, for the rules that compare
	// with the base.
	changeMigrations []rules.SQLFile
	// prismaMigrations and prismaHistory are read only for the rules
	// that ask (see wantsPrismaMigrations, wantsPrismaHistory).
	prismaMigrations []rules.SQLFile
	prismaHistory    *rules.PrismaHistory
}

// analyse gathers what the rules that do not read the base read;
// analyseBase adds, once the base is there, what those that do read.
func (run *rootRun) analyse(c *checkedRoot, shared []*prisma.Schema) *facts {
	schema := c.target.Schema
	f := &facts{}
	if c.tenant != nil {
		f.shared = shared
	}
	var running []*rules.Rule
	for _, sr := range run.selected {
		if readsBase(sr.rule) {
			continue
		}
		running = append(running, sr.rule)
		if c.wantsPrismaMigrations(sr) {
			f.prismaMigrations = prismaMigrations(run.cfg, c.root, schema, c.sources)
		}
	}
	f.resultOf = rules.Analyze(running, schema, run.cfg, c.tenant != nil)
	return f
}

func (run *rootRun) analyseBase(c *checkedRoot, f *facts) {
	schema := c.target.Schema
	if c.baseSchema != nil {
		f.changeMigrations = migrations(run.cfg, c.root, schema, c.sources)
	}
	// An analysis is run once per root: only the rules lacking one have
	// theirs run now.
	var lacking []*rules.Rule
	for _, sr := range run.selected {
		if !readsBase(sr.rule) || !c.runs(sr) {
			continue
		}
		if c.wantsPrismaMigrations(sr) && f.prismaMigrations == nil {
			f.prismaMigrations = prismaMigrations(run.cfg, c.root, schema, c.sources)
		}
		if c.wantsPrismaHistory(sr) {
			// After the base's own read: what git listed and read
			// for it is not asked of git again.
			f.prismaHistory = prismaHistory(run.ctx, run.cfg, c.root, schema, run.base(), c.sources)
		}
		for _, a := range sr.rule.Requires {
			if _, ok := f.resultOf[a]; !ok {
				lacking = append(lacking, sr.rule)
				break
			}
		}
	}
	for a, v := range rules.Analyze(lacking, schema, run.cfg, c.tenant != nil) {
		if _, ok := f.resultOf[a]; !ok {
			f.resultOf[a] = v
		}
	}
}

// readsBase reports whether a rule reads the base: it compares with it
// (NeedsBase), or checks more with it (UsesBase).
func readsBase(r *rules.Rule) bool { return r.NeedsBase || r.UsesBase }

// runs reports whether a rule runs on the root: one that compares with
// the base does not without one.
func (c *checkedRoot) runs(sr selectedRule) bool {
	return !sr.rule.NeedsBase || c.baseSchema != nil
}

// wantsPrismaMigrations: migration-drift compares a Prisma Migrate
// history only on request.
func (c *checkedRoot) wantsPrismaMigrations(sr selectedRule) bool {
	opts, _ := sr.options.(*rules.MigrationDriftOptions)
	return opts != nil && opts.PrismaMigrations && c.tenant == nil
}

func (c *checkedRoot) wantsPrismaHistory(sr selectedRule) bool {
	return sr.rule == rules.MigrationHistory && c.tenant == nil && c.target.Schema.PostgreSQL()
}
