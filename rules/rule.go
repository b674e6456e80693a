// Package rules holds schemalint's policy rules: each a value in its own
// file, listed explicitly by All.
package rules

import (
	"fmt"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/sqlview"
	"github.com/schemalint/schemalint/internal/tsquery"
	"github.com/schemalint/schemalint/internal/viewgen"
)

// Category groups rules in listings and reports.
type Category string

const (
	Security      Category = "security"
	Tenancy       Category = "tenancy"
	Compatibility Category = "compatibility"
	Capability    Category = "capability"
)

// Rule is one policy check.
type Rule struct {
	// Name is the stable kebab-case id users write in config and directives.
	Name     string
	Category Category
	Severity severity.Severity
	// Summary is one line; Doc explains why the rule exists and how to fix a
	// finding (markdown paragraphs).
	Summary string
	Doc     string
	// Bad and Good are schema snippets: the first is reported, the second is
	// not. TestDocExamples runs them.
	Bad, Good string
	// ExampleSchema, for rules that read the application's code, is the
	// schema Bad and Good are TypeScript against.
	ExampleSchema string
	// NeedsBase marks rules that compare the schema with the comparison
	// base (--base, a pull request's base); they run only when there is one.
	NeedsBase bool
	// UsesBase marks rules that run without a base and check more with
	// one (the migration history: edits and deletions of applied files).
	UsesBase bool
	// BaseExample is the schema at the base that Bad and Good are compared
	// with, for rules that need a base.
	BaseExample string
	// TenantOnly marks rules that judge tenant_schema migrations only:
	// without a tenant_schema they have nothing to run on.
	TenantOnly bool
	// SQLExamples marks Bad, Good and BaseExample as the files of a
	// tenant migrations folder, each after a "-- file: <name>" line,
	// rather than schemas.
	SQLExamples bool
	// Requires are the analyses the rule reads (Pass.ResultOf): computed
	// once per schema, before any rule runs, for all the rules that
	// require them.
	Requires []*Analysis
	// NewOptions returns the rule's options with their defaults, as a pointer
	// to a struct with hcl tags, or nil when the rule takes none.
	NewOptions func() any
	Run        func(*Pass)
	// Since is the rule-set version (version = N in schemalint.hcl) that
	// first runs the rule by default; 0 means 1. A configuration pinned to
	// an older version runs it only when its rule block enables it.
	Since int
	// Pseudo marks what the run itself reports (see pseudo.go): documented
	// like a rule, never switched off, not in All().
	Pseudo bool
}

// Pass is what a rule sees when it runs on one schema.
type Pass struct {
	Rule   *Rule
	Schema *prisma.Schema
	// Base is the schema at the comparison base, nil without one.
	Base *prisma.Schema
	// BaseViews are the SQL view definitions at the base, nil without one.
	BaseViews []*sqlview.View
	// Views are the SQL view definitions that belong to the schema.
	Views []*sqlview.View
	// Generated holds, by views block, what generating it from Schema
	// gave while the schema's SQL was read; a rule generates a block that
	// is not in it.
	Generated map[*config.Views]Generation
	// Migrations are the schema's SQL migrations, in the order they apply
	// (nil when the schema is not PostgreSQL's): what a change does to the
	// database beside what its schema declares.
	Migrations []SQLFile
	Config     *config.Config
	Options    any
	// ResultOf holds the analyses of the schema the rule requires.
	ResultOf ResultOf
	// Registry is the app's list of tenant-scoped models, nil when not
	// configured.
	Registry *Registry
	// Tenant is set when the schema is a tenant_schema: its SQL
	// migrations, and the row-tenancy rules do not apply.
	Tenant *TenantMigrations
	// PrismaMigrations are the schema's Prisma Migrate history (folders
	// of migration.sql beside a migration_lock.toml), in the order they
	// apply, for migration-drift when its prisma_migrations option is on; nil
	// otherwise, for a tenant schema or without a history.
	PrismaMigrations []SQLFile
	// Shared are the other, shared schemas of the run, for a tenant
	// schema's pass.
	Shared []*prisma.Schema
	// PrismaHistory are the schema's Prisma migrations now and at the
	// base, nil without a base or for a tenant schema.
	PrismaHistory *PrismaHistory
	// Code reads the application's TypeScript and JavaScript files, leaving
	// out the clients the schema's generators write; nil when the run reads
	// no code.
	Code func(*prisma.Schema) []tsquery.File
	// Packages are the package.json files met while listing the code
	// (after Code was called), by path, with their text (nil when it
	// cannot be read); nil when the run reads no code.
	Packages func() map[string][]byte
	// Unjudged reads, for a proof, a file of the repository Code left out
	// only because it is not judged (a data migration, a test, what the
	// configuration excludes): a helper a judged file imports from it. Its
	// queries are never judged nor reported. False for a file Code holds
	// or would never read; nil when the run reads no code.
	Unjudged func(s *prisma.Schema, path string) ([]byte, bool)

	severity severity.Severity
	report   func(Diagnostic)
}

// Generation is what generating one views block gave.
type Generation struct {
	Files []*viewgen.File
	Err   error
}

// SQLFile is one SQL file as read.
type SQLFile struct {
	Path string
	Src  []byte
}

// Diagnostic is one finding.
type Diagnostic struct {
	Rule     string
	Severity severity.Severity
	Range    prisma.Range
	Message  string
	Related  []Related
	Fix      *Fix
}

// Subject is what a finding is about, without where it is. Messages name
// no positions (related locations carry them), so it is the message: a
// finding that only moved keeps its subject, and SARIF fingerprints and the
// baseline match on it.
func (d Diagnostic) Subject() string {
	return d.Message
}

// RenameFiles names every file of the finding (its range, related
// locations and fix edits) by name(file): absolute for lint, as the user
// types them for output.
func (d *Diagnostic) RenameFiles(name func(file string) string) {
	d.Range.File = name(d.Range.File)
	for j := range d.Related {
		d.Related[j].Range.File = name(d.Related[j].Range.File)
	}
	if d.Fix != nil {
		for j := range d.Fix.Edits {
			d.Fix.Edits[j].File = name(d.Fix.Edits[j].File)
		}
	}
}

// Related is a secondary location that explains a finding.
type Related struct {
	Range   prisma.Range
	Message string
	// AtBase marks a location in the base revision: its file is named by
	// its working-tree path, but the line is the base's, so reports must
	// not send a reader to that line of the working tree.
	AtBase bool
}

// atBase is a related location in the base revision.
func atBase(r prisma.Range, message string) Related {
	return Related{Range: r, Message: message, AtBase: true}
}

// Fix is a mechanical change that resolves a finding.
type Fix struct {
	Message string
	Edits   []Edit
}

// Edit replaces the bytes [Start, End) of File with NewText.
type Edit struct {
	File       string
	Start, End int
	NewText    string
}

// Report records a finding of the running rule, at the rule's configured
// severity.
func (p *Pass) Report(d Diagnostic) {
	d.Rule = p.Rule.Name
	d.Severity = p.severity
	p.report(d)
}

// ReportAs records a finding at a severity of the rule's choosing, for rules
// whose findings differ in weight (a deploy-order notice beside errors).
func (p *Pass) ReportAs(sev severity.Severity, d Diagnostic) {
	d.Rule = p.Rule.Name
	d.Severity = sev
	p.report(d)
}

// Reportf records a finding at rng.
func (p *Pass) Reportf(rng prisma.Range, format string, args ...any) {
	p.Report(Diagnostic{Range: rng, Message: fmt.Sprintf(format, args...)})
}

var ruleName = lazyregexp.New(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// Validate checks that a rule is complete; TestRegistry runs it on All.
func (r *Rule) Validate() error {
	switch {
	case !ruleName.MatchString(r.Name):
		return fmt.Errorf("rule name %q is not kebab-case", r.Name)
	case r.Category == "":
		return fmt.Errorf("rule %s has no category", r.Name)
	case r.Summary == "" || r.Doc == "":
		return fmt.Errorf("rule %s has no summary or doc", r.Name)
	case r.Bad == "" || r.Good == "":
		return fmt.Errorf("rule %s has no bad and good examples", r.Name)
	case r.NeedsBase && r.BaseExample == "":
		return fmt.Errorf("rule %s needs a base but has no base example", r.Name)
	case r.Run == nil:
		return fmt.Errorf("rule %s has no Run", r.Name)
	}
	return nil
}
