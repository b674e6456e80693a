// Package lint runs the rules on every schema root and returns the
// findings in a stable order. Run is the pipeline; each stage has its file:
//
//   - inputs.go: the schema roots (shared with inspect and init through
//     Roots), each root's schema and SQL view files, the tenancy registry;
//   - base.go: what the breaking-change rules compare with, and each root
//     as it was there;
//   - analysis.go: what several rules read of one root, gathered once;
//   - rules.go: which rules run, and running them on a root;
//   - roots.go: each root read, analysed and judged on its own, roots in
//     parallel, gathered in root order;
//   - suppress.go: ignore directives and the configuration's ignore blocks;
//   - order.go: findings named absolutely, sorted, each once.
//
// Every file is named absolutely in the Result; report.Relative names
// them as the user types them, when they are shown.
package lint

import (
	"context"
	"strings"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/freshheap"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/sqlview"
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
	// BaseRef is --base: a base the user named, which must then be read
	// whatever rules run, and whose files must be readable. lint resolves
	// nothing from it; Base does.
	BaseRef string
	// Base finds the base to compare with. lint calls it once, and only
	// when a rule that runs needs a base or BaseRef names one; nil means
	// no base is known.
	Base BaseFunc
}

// BaseFunc finds the base to compare with: the CLI's resolves --base, else
// setting (the configuration's base setting, passed only when a
// breaking-change rule runs: nil otherwise), else the base the CI names.
// It returns nil and, when a base is known, why it cannot be read (see
// base.Resolve). lint reads no environment and opens no base of its own.
type BaseFunc func(ctx context.Context, setting *config.Base) (*base.Base, base.Origin, *base.Unreadable)

// CompareWith is the BaseFunc of a caller that already holds the base (a
// folder standing for it in tests); nil means no base.
func CompareWith(b *base.Base) BaseFunc {
	return func(context.Context, *config.Base) (*base.Base, base.Origin, *base.Unreadable) {
		return b, base.Origin{}, nil
	}
}

// Result is the outcome of a run.
type Result struct {
	Schemas     []*Target
	Diagnostics []rules.Diagnostic
	// Sources holds every file read, for excerpts and fixes, by absolute
	// name as the diagnostics name them.
	Sources map[string][]byte
	// Notes are one-line remarks for stderr: why there is no base to
	// compare with, a schema root the base did not have.
	Notes []string
}

// Target is one schema root and what was read for it.
type Target struct {
	Root string
	// Schema is the root's tree while its rules run; Run releases it
	// once they have (nil in the Result), so that a run over many roots
	// does not hold all their trees.
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

// Run checks every schema root. It is the pipeline, stage by stage; each
// stage has its file.
func Run(ctx context.Context, opts Options) (*Result, error) {
	cfg := opts.Config
	// The repository reader is made on first use; made here, before the
	// roots are read in parallel, it is only read from then on.
	cfg.Files()
	if err := checkRuleOptions(cfg); err != nil {
		return nil, &InputError{Err: err}
	}
	// Inputs (inputs.go): the roots, tenant schemas last (their rules
	// compare them with the shared ones), and the tenancy registry.
	roots, notes, err := Roots(opts)
	if err != nil {
		return nil, err
	}
	res := &Result{Sources: map[string][]byte{}, Notes: notes}
	reg, err := readRegistry(cfg, res.Sources)
	if err != nil {
		return nil, err
	}
	// Rules (rules.go): which run, with which severity and options.
	selected, err := selectRules(cfg, opts.Only)
	if err != nil {
		return nil, err
	}
	// Base (base.go): what the breaking-change rules compare with. A base
	// named by --base is found while the roots are read (git takes a
	// process of its own); any other first, since whether there is one
	// sizes the heap below.
	opened := startBase(ctx, opts, selected)
	if opts.BaseRef == "" || opts.Base == nil {
		if _, err := opened.wait(); err != nil {
			return nil, err
		}
	}
	// The heap the roots are about to build: a large one is given huge
	// pages where the kernel needs asking (see freshheap.Expect). A base
	// named by --base is there, or the run stops.
	total, sizes := schemaBytes(roots, opened.known())
	freshheap.Expect(total)
	// Each root is read, analysed and judged on its own (roots.go), in
	// parallel; what they give is gathered in root order, so the output
	// and the error reported do not depend on which finished first.
	run := &rootRun{ctx: ctx, opts: opts, cfg: cfg, selected: selected, registry: reg, opened: opened, code: newCodeReader(cfg, opts.Dir), sizes: sizes}
	checked := run.all(roots)
	// The base's error, and its notes, come before any root's.
	if _, err := opened.wait(); err != nil {
		return nil, err
	}
	res.Notes = append(res.Notes, opened.notes...)
	dirs := map[string][]*directive{}
	configDirectives(cfg, dirs, res.Sources)
	// ran is, for each file, the rules that ran on a schema it belongs
	// to: only those can tell that a directive naming them is unused.
	ran := map[string]map[string]bool{}
	var inputDiags []prisma.Diagnostic
	var codeErr error
	claimed := map[codeClaim]int{}
	var names []*schemaNames
	for i, c := range checked {
		if c.err != nil {
			return nil, c.err
		}
		if c.names != nil {
			names = append(names, c.names)
		}
		inputDiags = append(inputDiags, c.parseErrors...)
		if codeErr == nil {
			codeErr = c.codeErr
		}
		c.diags = run.code.once(i, claimed, c.diags)
		c.mergeInto(res, dirs, ran)
	}
	if len(inputDiags) > 0 {
		return nil, &InputError{Diagnostics: inputDiags}
	}
	if codeErr != nil {
		return nil, &InputError{Err: codeErr}
	}
	res.Diagnostics = append(res.Diagnostics, run.code.gathered(res.Sources, dirs)...)
	if err := checkTenancyNames(cfg, names, len(res.Schemas), len(opts.Paths) > 0, res); err != nil {
		return nil, &InputError{Err: err}
	}
	if err := run.code.judgesNothing(); err != nil {
		return nil, &InputError{Err: err}
	}
	warnUnmatched(cfg, res)
	res.Notes = append(res.Notes, run.code.unmatched()...)
	res.Notes = append(res.Notes, run.code.unjudged()...)
	// Suppression (suppress.go): ignore directives, then ignore blocks.
	res.Diagnostics = suppress(res.Diagnostics, dirs, func(id string) bool { return id == InputRule || rules.Lookup(id) != nil }, ran)
	res.Diagnostics = applyConfigIgnores(cfg, res.Diagnostics)
	// Order (order.go): named absolutely, sorted, each once.
	absolute(res)
	Sort(res.Diagnostics)
	res.Diagnostics = dedupe(res.Diagnostics)
	return res, nil
}
