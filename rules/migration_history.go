package rules

import (
	"bytes"
	"fmt"
	"path/filepath"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
)

// MigrationHistoryOptions are the options of migration-history.
type MigrationHistoryOptions struct {
	// AllowGaps accepts versions that skip numbers (V001, V005): a team
	// that numbers by ticket or date.
	AllowGaps bool `hcl:"allow_gaps,optional"`
}

// MigrationHistory keeps a tenant schema's migrations a history every
// tenant can replay: each file has one version, the versions follow each
// other, and what tenants already ran is never rewritten.
var MigrationHistory = &Rule{
	Name:     "migration-history",
	Category: Compatibility,
	Severity: severity.Error,
	Summary:  "tenant migrations have unique, consecutive versions, and applied ones are never edited, deleted or jumped",
	Doc: `A tenant_schema's migrations (V<version>_<name>.sql) are applied in
version order to every tenant's PostgreSQL schema, each once: the runner
records the versions a tenant has run and applies the others. So:

- every file needs a version in its name, and no two files the same one
  (the runner would apply them in an order nobody chose, or skip one);
- versions follow each other with no gap, unless the team numbers
  otherwise (` + "`allow_gaps = true`" + `): a gap is usually a migration
  lost in a merge;
- against the base (the pull request's target), a migration that existed
  there was applied to tenants: editing or deleting it leaves those tenants
  different from new ones. Restore it and change things in a new migration;
- a new migration must sort after every migration of the base: tenants
  that already ran a later version skip an earlier one.

An edited or deleted migration is only seen with a base (` + "`--base <ref>`" + `,
or the pull request's base in CI) that the breaking-change rules use (or
with ` + "`--rule migration-history`" + `); the rest is checked on every run.

A PostgreSQL Prisma schema's own migrations (` + "`prisma/migrations/*/migration.sql`" + `)
are history too: ` + "`prisma migrate deploy`" + ` verifies the checksum of every
migration it applied, so one edited since the base is reported where it
changed, and one deleted at the datasource (the databases that ran it hold
what no migration says any more).`,
	Bad: `-- file: V001_initial.sql
CREATE TABLE patients (id TEXT PRIMARY KEY);
-- file: V003_add_email.sql
ALTER TABLE patients ADD COLUMN email TEXT;`,
	Good: `-- file: V001_initial.sql
CREATE TABLE patients (id TEXT PRIMARY KEY);
-- file: V002_add_email.sql
ALTER TABLE patients ADD COLUMN email TEXT;`,
	SQLExamples: true,
	UsesBase:    true,
	NewOptions:  func() any { return &MigrationHistoryOptions{} },
	Run:         runMigrationHistory,
}

func runMigrationHistory(p *Pass) {
	if p.PrismaHistory != nil {
		prismaHistory(p, p.PrismaHistory)
	}
	tm := p.Tenant
	if tm == nil {
		return
	}
	opts, _ := p.Options.(*MigrationHistoryOptions)
	allowGaps := opts != nil && opts.AllowGaps
	start := func(f SQLFile) prisma.Range { return prisma.NewLineIndex(f.Src).Range(f.Path, 0, 0) }

	files := byVersion(tm.Files)
	var prev *SQLFile
	var prevVersion uint64
	for i := range files {
		f := files[i]
		name := filepath.Base(f.Path)
		v, ok := migrationVersion(f.Path)
		if !ok {
			p.Reportf(start(f), "tenant migration %q has no version in its name; name it V<version>_<name>.sql", name)
			continue
		}
		switch {
		case prev != nil && v == prevVersion:
			p.Report(Diagnostic{Range: start(f),
				Message: fmt.Sprintf("tenant migrations %q and %q both have version %d; give %q the next free version", filepath.Base(prev.Path), name, v, name),
				Related: []Related{{Range: start(*prev), Message: "the other migration with that version"}}})
		case prev != nil && v > prevVersion+1 && !allowGaps:
			p.Reportf(start(f), "tenant migration %q has version %d after %d; renumber it, or set allow_gaps = true in rule \"migration-history\"", name, v, prevVersion)
		}
		prev, prevVersion = &files[i], v
	}

	if !tm.HasBase {
		return
	}
	head := map[string]SQLFile{}
	for _, f := range tm.Files {
		head[filepath.Base(f.Path)] = f
	}
	var last SQLFile
	var lastVersion uint64
	hasLast := false
	for _, b := range byVersion(tm.Base) {
		name := filepath.Base(b.Path)
		if v, ok := migrationVersion(b.Path); ok && (!hasLast || v >= lastVersion) {
			last, lastVersion, hasLast = b, v, true
		}
		f, ok := head[name]
		switch {
		case !ok:
			p.Report(Diagnostic{Range: hclRange(tm.Config.Migrations.Range),
				Message: fmt.Sprintf("applied tenant migration %q was deleted; restore it, and undo it in a new migration", name),
				Related: []Related{atBase(start(b), "the migration at the base")}})
		case !bytes.Equal(f.Src, b.Src):
			line := firstChangedLine(f.Src, b.Src)
			li := prisma.NewLineIndex(f.Src)
			p.Report(Diagnostic{Range: li.Range(f.Path, line, line),
				Message: fmt.Sprintf("applied tenant migration %q was edited; restore it, and make the change in a new migration", name),
				Related: []Related{atBase(prisma.NewLineIndex(b.Src).Range(b.Path, line, line), "the migration at the base")}})
		}
	}
	if !hasLast {
		return
	}
	base := map[string]bool{}
	for _, b := range tm.Base {
		base[filepath.Base(b.Path)] = true
	}
	for _, f := range files {
		v, ok := migrationVersion(f.Path)
		if !ok || base[filepath.Base(f.Path)] || v > lastVersion {
			continue
		}
		p.Report(Diagnostic{Range: start(f),
			Message: fmt.Sprintf("new tenant migration %q has version %d, not after the base's last, %q; give it version %d", filepath.Base(f.Path), v, filepath.Base(last.Path), lastVersion+1),
			Related: []Related{atBase(start(last), "the last migration at the base")}})
	}
}

// prismaHistory reports the applied Prisma migrations edited or deleted
// since the base: migrate deploy verifies each applied migration's
// checksum, and a deleted one leaves the database with what no file says.
func prismaHistory(p *Pass, h *PrismaHistory) {
	head := map[string]SQLFile{}
	for _, f := range h.Files {
		head[prismaMigrationName(f.Path)] = f
	}
	ds := p.Schema.Datasource()
	for _, b := range h.Base {
		name := prismaMigrationName(b.Path)
		f, ok := head[name]
		switch {
		case !ok && ds != nil:
			p.Report(Diagnostic{Range: ds.File.Range(ds.Decl.Name.Span),
				Message: fmt.Sprintf("applied migration %q was deleted; restore it, and undo it in a new migration", filepath.Dir(name)),
				Related: []Related{atBase(prisma.NewLineIndex(b.Src).Range(b.Path, 0, 0), "the migration at the base")}})
		case ok && !bytes.Equal(f.Src, b.Src):
			line := firstChangedLine(f.Src, b.Src)
			p.Report(Diagnostic{Range: prisma.NewLineIndex(f.Src).Range(f.Path, line, line),
				Message: fmt.Sprintf("applied migration %q was edited; restore it, and make the change in a new migration", filepath.Dir(name)),
				Related: []Related{atBase(prisma.NewLineIndex(b.Src).Range(b.Path, line, line), "the migration at the base")}})
		}
	}
}

// firstChangedLine is the offset of the start of the first line where a
// and b differ (the same in both: what comes before is equal).
func firstChangedLine(a, b []byte) int {
	n := min(len(a), len(b))
	i := 0
	for i < n && a[i] == b[i] {
		i++
	}
	return bytes.LastIndexByte(a[:i], '\n') + 1
}
