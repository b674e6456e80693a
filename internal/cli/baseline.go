package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/baseline"
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/fix"
	"github.com/schemalint/schemalint/internal/lint"
	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/untrusted"
	"github.com/schemalint/schemalint/rules"
)

// runBaseline records today's findings, so that check reports only new
// ones: adoption on a schema that already has findings.
func runBaseline(ctx context.Context, e *env, args []string) int {
	fl := flag.NewFlagSet("baseline", flag.ContinueOnError)
	configPath := fl.String("config", "", "configuration file (default: schemalint.hcl in this directory or a parent, up to the repository root)")
	fl.Usage = func() {
		e.errorln("Usage: schemalint baseline [flags] [schema files or folders…]")
		e.errorln("Writes today's findings to schemalint-baseline.json (or baseline { file }); check then reports only findings not in it.")
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
	res, err := lint.Run(ctx, lint.Options{Dir: e.dir, Config: cfg, Paths: paths, Only: standingRules(cfg), Base: resolveBase(e.dir, "")})
	if err != nil {
		return reportInputError(e, err)
	}
	if note := ruleSetNote(e, cfg); note != "" {
		res.Notes = append([]string{note}, res.Notes...)
	}
	for _, note := range res.Notes {
		e.errorln("schemalint: " + note)
	}
	f := baseline.Record(recordable(res.Diagnostics), repoPaths(e.dir))
	file := baselinePath(cfg, e.dir)
	if err := fix.WriteFile(file, f.Marshal()); err != nil {
		e.errorf("schemalint baseline: %v", err)
		return ExitError
	}
	n := 0
	for _, en := range f.Findings {
		n += max(en.Count, 1)
	}
	fmt.Fprintln(e.stdout, untrusted.Escape(fmt.Sprintf("wrote %s: %s", displayPath(e.dir, file), plural(n, "finding"))))
	return ExitOK
}

// standingRules are the enabled rules that judge the schema as it is:
// those comparing with a base judge a change, which no baseline holds.
func standingRules(cfg *config.Config) []string {
	var out []string
	for _, r := range rules.All() {
		rc := cfg.Rules[r.Name]
		if r.NeedsBase || rc != nil && rc.Enabled != nil && !*rc.Enabled {
			continue
		}
		out = append(out, r.Name)
	}
	return out
}

// recordable leaves out what a baseline must never hide: a file the run
// could not read is a blind spot, not a finding to live with.
func recordable(ds []rules.Diagnostic) []rules.Diagnostic {
	var out []rules.Diagnostic
	for _, d := range ds {
		if d.Rule != lint.InputRule {
			out = append(out, d)
		}
	}
	return out
}

// baselinePath is baseline { file } of the configuration, else
// schemalint-baseline.json beside it (or in dir without one).
func baselinePath(cfg *config.Config, dir string) string {
	folder := cfg.Dir
	if cfg.Path == "" {
		folder = dir
	}
	if cfg.Baseline != "" {
		return filepath.Join(cfg.Dir, filepath.FromSlash(cfg.Baseline))
	}
	return filepath.Join(folder, baseline.FileName)
}

// repoPaths names finding files as the baseline records them: relative to
// the repository holding dir, with forward slashes.
func repoPaths(dir string) baseline.PathFunc {
	return repoPathsFrom(dir, config.RepoRoot(dir))
}

func repoPathsFrom(dir, root string) baseline.PathFunc {
	absDir, _ := filepath.Abs(dir)
	return func(file string) string {
		if !filepath.IsAbs(file) {
			file = filepath.Join(absDir, file)
		}
		if rel, ok := paths.Rel(root, file); ok && rel != "." {
			return filepath.ToSlash(rel)
		}
		return filepath.ToSlash(file)
	}
}

func displayPath(dir, file string) string {
	absDir, _ := filepath.Abs(dir)
	if rel, ok := paths.Rel(absDir, file); ok && rel != "." {
		return filepath.ToSlash(rel)
	}
	return file
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// adoption is what check does with findings a team already lives with.
type adoption struct {
	noBaseline bool
	onlyNew    bool
	baseRef    string
}

// apply splits res's findings into those to report and those a baseline
// (or, with --only-new, the base) already holds; notes say what was left
// out. An error means the run cannot tell new from old: exit 2.
func (a adoption) apply(ctx context.Context, e *env, cfg *config.Config, roots []string, res *lint.Result) (known []rules.Diagnostic, err error) {
	var f *baseline.File
	where := ""
	switch {
	case a.onlyNew:
		f, err = baseFindings(ctx, e, cfg, roots, a.baseRef)
		if err != nil {
			return nil, err
		}
		where = "the base"
	case a.noBaseline:
		return nil, nil
	default:
		file := baselinePath(cfg, e.dir)
		b, err := cfg.ReadFile(file)
		if errors.Is(err, fs.ErrNotExist) && cfg.Baseline == "" {
			return nil, nil
		}
		if err != nil {
			return nil, fmt.Errorf("baseline: %v", err)
		}
		if f, err = baseline.Parse(displayPath(e.dir, file), b); err != nil {
			return nil, err
		}
		where = displayPath(e.dir, file)
	}
	var inputs []rules.Diagnostic
	var judged []rules.Diagnostic
	for _, d := range res.Diagnostics {
		if d.Rule == lint.InputRule {
			inputs = append(inputs, d)
		} else {
			judged = append(judged, d)
		}
	}
	fresh, known, fixed := f.Split(judged, repoPaths(e.dir))
	res.Diagnostics = append(fresh, inputs...)
	lint.Sort(res.Diagnostics)
	if known == nil {
		known = []rules.Diagnostic{}
	}
	if len(known) > 0 {
		res.Notes = append(res.Notes, fmt.Sprintf("%s already in %s not shown; --no-baseline shows every finding", plural(len(known), "finding"), where))
	}
	if len(fixed) > 0 && !a.onlyNew {
		var names []string
		for i, en := range fixed {
			if i == 3 {
				names = append(names, "…")
				break
			}
			names = append(names, fmt.Sprintf("%s %s", en.File, en.Rule))
		}
		res.Notes = append(res.Notes, fmt.Sprintf("%s: %s no longer occur (%s): fixed; run schemalint baseline to remove them", where, plural(len(fixed), "recorded finding"), strings.Join(names, ", ")))
	}
	return known, nil
}

// baseFindings checks the base revision with the same configuration and
// records its findings: --only-new reports what the change adds. The base
// is written out to a temporary folder, only the files a check reads.
func baseFindings(ctx context.Context, e *env, cfg *config.Config, roots []string, ref string) (*baseline.File, error) {
	b, _, unreadable := resolveBase(e.dir, ref)(ctx, cfg.Base)
	switch {
	case unreadable != nil:
		return nil, fmt.Errorf("--only-new compares with a base: %v", unreadable)
	case b == nil:
		return nil, errors.New(`--only-new compares with a base, and none is known; pass --base <ref>, or add base { ref = "origin/main" } to schemalint.hcl`)
	}
	tmp, err := os.MkdirTemp("", "schemalint-base-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	if err := writeOut(ctx, b, tmp, cfg); err != nil {
		return nil, fmt.Errorf("--only-new: cannot read %s: %v", b.Label, err)
	}
	moved := func(p string) string {
		abs, err := filepath.Abs(p)
		if err != nil {
			return p
		}
		if rel, ok := paths.Rel(b.Dir, abs); ok {
			return filepath.Join(tmp, rel)
		}
		return p
	}
	var basePaths []string
	for _, p := range roots {
		if !filepath.IsAbs(p) {
			p = filepath.Join(e.dir, p)
		}
		basePaths = append(basePaths, moved(p))
	}
	dir := moved(e.dir)
	res, err := lint.Run(ctx, lint.Options{Dir: dir, Config: cfg.Rebase(b.Dir, tmp), Paths: basePaths, Only: standingRules(cfg), Base: resolveBase(dir, "")})
	if err != nil {
		// A base that cannot be checked has no findings to subtract:
		// every finding counts as new, which is the safe side.
		e.errorf("schemalint: %s could not be checked (%v); every finding counts as new", b.Label, firstLine(err.Error()))
		return &baseline.File{}, nil
	}
	return baseline.Record(recordable(res.Diagnostics), repoPathsFrom(dir, tmp)), nil
}

// writeOut writes the files of the base a check reads into dir.
func writeOut(ctx context.Context, b *base.Base, dir string, cfg *config.Config) error {
	all, err := b.Tree.List(ctx, "")
	if err != nil {
		return err
	}
	registry := ""
	if r := cfg.Tenancy.Registry; r != nil {
		registry = repoPaths(cfg.Dir)(filepath.Join(cfg.Dir, r.File))
	}
	var want []string
	for _, p := range all {
		name := path.Base(p)
		switch {
		case strings.HasSuffix(name, ".prisma"), strings.HasSuffix(name, ".sql"), name == config.FileName,
			name == "package.json", strings.HasPrefix(name, "prisma.config."), p == registry:
			want = append(want, p)
		}
	}
	contents, err := b.Tree.Read(ctx, want)
	if err != nil {
		return err
	}
	for i, p := range want {
		if !filepath.IsLocal(filepath.FromSlash(p)) {
			return fmt.Errorf("%q is not a path inside the repository", p)
		}
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(full, contents[i], 0o644); err != nil {
			return err
		}
	}
	return nil
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
