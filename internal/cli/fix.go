package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/fix"
	"github.com/schemalint/schemalint/internal/lint"
	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/report"
	"github.com/schemalint/schemalint/internal/untrusted"
	"github.com/schemalint/schemalint/internal/viewgen"
	"github.com/schemalint/schemalint/rules"
)

func runFix(ctx context.Context, e *env, args []string) int {
	fl := flag.NewFlagSet("fix", flag.ContinueOnError)
	configPath := fl.String("config", "", "configuration file (default: schemalint.hcl in this directory or a parent, up to the repository root)")
	check := fl.Bool("check", false, "change nothing: print a unified diff of what fix would change, and exit 1 if it would change anything")
	allowBreaking := fl.Bool("allow-breaking", false, "regenerate views whose columns no longer extend the committed SQL (then DROP those views before applying it)")
	fl.Usage = func() {
		e.errorln("Usage: schemalint fix [flags] [schema files or folders…]")
		e.errorln("Writes the files of every views block of the configuration, then applies the fixes rules offer (like @@index([organizationId])), leaving every other byte as it is.")
		fl.PrintDefaults()
	}
	paths, code, ok := parseFlags(fl, args, e.stderr)
	if !ok {
		return code
	}
	cfg, err := loadConfig(e, *configPath)
	if err != nil {
		e.errorln(err)
		return ExitError
	}
	f := &fixer{e: e, cfg: cfg, check: *check, opts: viewgen.Options{AllowBreaking: *allowBreaking}}
	generated, code := f.views(cfg)
	if code != ExitOK {
		return code
	}
	applied := false
	if only := fixableRules(cfg); len(only) > 0 {
		res, err := lint.Run(ctx, lint.Options{Dir: e.dir, Config: cfg, Paths: paths, Only: only, Base: resolveBase(e.dir, "")})
		if err != nil {
			return reportInputError(e, err)
		}
		if applied, code = f.ruleFixes(res, generated); code != ExitOK {
			return code
		}
	}
	// A fix in a source schema can change what the views are.
	if applied && !f.check {
		if _, code := f.views(cfg); code != ExitOK {
			return code
		}
	}
	if f.check && f.changes > 0 {
		files := "1 file would change"
		if f.changes > 1 {
			files = fmt.Sprintf("%d files would change", f.changes)
		}
		e.errorf("schemalint fix --check: %s; run schemalint fix", files)
		return ExitFindings
	}
	return ExitOK
}

// fixableRules are the enabled rules whose fixes fix applies: the standing
// ones (those comparing with a base carry no fix) but the views' own,
// whose files are written directly.
func fixableRules(cfg *config.Config) []string {
	return slices.DeleteFunc(standingRules(cfg), func(name string) bool { return name == rules.ViewsOutOfDate.Name })
}

type fixer struct {
	e       *env
	cfg     *config.Config
	check   bool
	opts    viewgen.Options
	changes int
}

// display names a file as the user would type it from the working folder.
func (f *fixer) display(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	base, err := filepath.Abs(f.e.dir)
	if err != nil {
		return path
	}
	if rel, ok := paths.Rel(base, abs); ok {
		return filepath.ToSlash(rel)
	}
	return path
}

// views writes (or, with --check, diffs) every generated file, and returns
// their paths.
func (f *fixer) views(cfg *config.Config) (map[string]bool, int) {
	files, err := viewgen.Generate(cfg, f.opts)
	if err != nil {
		f.e.errorln(err)
		return nil, ExitError
	}
	generated := map[string]bool{}
	var writes []fix.File
	var done []string
	for _, g := range files {
		generated[paths.Abs(g.Path)] = true
		old, err := cfg.ReadFile(g.Path)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			f.e.errorf("schemalint fix: %v", err)
			return nil, ExitError
		}
		exists := err == nil
		if exists && bytes.Equal(old, g.Content) {
			continue
		}
		name := f.display(g.Path)
		f.changes++
		if f.check {
			f.printDiff(fix.Diff(name, old, g.Content, exists))
			continue
		}
		what := "regenerated"
		if !exists {
			what = "generated"
		}
		writes = append(writes, fix.File{Path: g.Path, Data: g.Content})
		done = append(done, fmt.Sprintf("%s: %s: %s from %s", name, rules.ViewsOutOfDate.Name, what, g.Block))
	}
	// Every output or none: a views block's Prisma and SQL files describe
	// the same views.
	if err := fix.WriteFiles(writes); err != nil {
		f.e.errorf("schemalint fix: %v", err)
		return nil, ExitError
	}
	for _, line := range done {
		f.println(line)
	}
	return generated, ExitOK
}

// println prints a line naming repository files, escaped like every other
// line schemalint prints (see package untrusted).
func (f *fixer) println(line string) {
	fmt.Fprintln(f.e.stdout, untrusted.Escape(line))
}

// printDiff prints a diff of repository text line by line, each escaped.
func (f *fixer) printDiff(diff string) {
	for _, line := range strings.SplitAfter(diff, "\n") {
		if line != "" {
			fmt.Fprint(f.e.stdout, untrusted.Escape(strings.TrimSuffix(line, "\n"))+"\n")
		}
	}
}

// ruleFixes applies the fixes of the findings, except any that would edit a
// generated file.
func (f *fixer) ruleFixes(res *lint.Result, generated map[string]bool) (applied bool, code int) {
	path := func(file string) string {
		if filepath.IsAbs(file) {
			return file
		}
		return filepath.Join(f.e.dir, file)
	}
	var diags []rules.Diagnostic
	for _, d := range res.Diagnostics {
		if d.Fix == nil {
			continue
		}
		ok := true
		for _, ed := range d.Fix.Edits {
			ok = ok && !generated[paths.Abs(path(ed.File))]
		}
		if ok {
			diags = append(diags, d)
		}
	}
	// Named as the user types them, as the changes are shown.
	sources := report.Relative(f.e.dir, diags, res.Sources)
	changes, err := fix.Plan(diags, func(file string) []byte { return sources[file] })
	if err != nil {
		f.e.errorf("schemalint fix: %v", err)
		return false, ExitError
	}
	var writes []fix.File
	var done []string
	for _, ch := range changes {
		name := f.display(path(ch.File))
		f.changes++
		if f.check {
			f.printDiff(fix.Diff(name, ch.Old, ch.New, true))
			continue
		}
		now, err := f.cfg.ReadFile(path(ch.File))
		if err != nil || !bytes.Equal(now, ch.Old) {
			f.e.errorf("schemalint fix: %s changed while it was being fixed; run schemalint fix again", name)
			return false, ExitError
		}
		writes = append(writes, fix.File{Path: path(ch.File), Data: ch.New})
		for _, d := range ch.Applied {
			done = append(done, fmt.Sprintf("%s:%d: %s: %s", name, d.Range.Start.Line, d.Rule, d.Fix.Message))
		}
		for _, d := range ch.Skipped {
			done = append(done, fmt.Sprintf("%s:%d: %s: not fixed yet, it overlaps another fix: run schemalint fix again", name, d.Range.Start.Line, d.Rule))
		}
	}
	if err := fix.WriteFiles(writes); err != nil {
		f.e.errorf("schemalint fix: %v", err)
		return false, ExitError
	}
	for _, line := range done {
		f.println(line)
	}
	return len(writes) > 0, ExitOK
}
