package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/sethvargo/go-githubactions"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lint"
	"github.com/schemalint/schemalint/internal/report"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/untrusted"
	"github.com/schemalint/schemalint/rules"
)

// stringList is a repeatable or comma-separated flag.
type stringList []string

func (s *stringList) String() string { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error {
	n := len(*s)
	for _, x := range strings.Split(v, ",") {
		if x = strings.TrimSpace(x); x != "" {
			*s = append(*s, x)
		}
	}
	if len(*s) == n {
		// An empty list would select nothing, which reads as "every rule".
		return fmt.Errorf("no rule id in %q; give one, like tenant-index-missing", v)
	}
	return nil
}

func runCheck(ctx context.Context, e *env, args []string) int {
	fl := flag.NewFlagSet("check", flag.ContinueOnError)
	configPath := fl.String("config", "", "configuration file (default: schemalint.hcl in this directory or a parent, up to the repository root)")
	format := fl.String("format", "text", "output format: "+strings.Join(report.Names(), ", "))
	failOn := fl.String("fail-on", "", `lowest severity that makes the exit code 1: "error", "warning" or "notice" (overrides fail_on)`)
	var only stringList
	fl.Var(&only, "rule", "run only this rule (repeatable, or comma-separated)")
	color := fl.String("color", "auto", "colour the text output: auto, always or never")
	baseRef := fl.String("base", "", "git ref the breaking-change rules compare with (default: base.ref in schemalint.hcl, else the pull or merge request's base your CI names, else HEAD under pre-commit)")
	noBaseline := fl.Bool("no-baseline", false, "report every finding, also those recorded in the baseline file")
	onlyNew := fl.Bool("only-new", false, "report only findings the base does not have (needs a base: --base, or a pull request's)")
	var outputs checkOutputs
	outputs.flags(fl)
	fl.Usage = func() {
		e.errorln("Usage: schemalint check [flags] [schema files or folders…]")
		e.errorln("Each path is one schema (a file, or a folder of .prisma files); without paths, the configuration's or the one Prisma would find.")
		fl.PrintDefaults()
	}
	paths, code, ok := parseFlags(fl, args, e.stderr)
	if !ok {
		return code
	}
	// In GitHub Actions (and as the schemalint action) findings also go
	// where the pull request shows them; see github.go.
	if paths, ok = outputs.setup(fl, e, paths); !ok {
		return ExitError
	}
	defer outputs.close()
	formatter, ok := report.FormatNamed(*format)
	if !ok {
		e.errorf("schemalint check: unknown format %q; use one of %s", *format, strings.Join(report.Names(), ", "))
		return ExitError
	}
	cfg, err := loadConfig(e, *configPath)
	if err != nil {
		e.errorln(err)
		return outputs.failed(ctx, e, err)
	}
	if *failOn != "" {
		sev, err := severity.Parse(*failOn)
		if err != nil {
			e.errorf("schemalint check: --fail-on: %v", err)
			return ExitError
		}
		cfg.FailOn = sev
	}
	res, err := lint.Run(ctx, lint.Options{Dir: e.dir, Config: cfg, Paths: paths, Only: only, BaseRef: *baseRef, Base: resolveBase(e.dir, *baseRef)})
	if err != nil {
		code := reportInputError(e, err)
		outputs.failed(ctx, e, err)
		return code
	}
	if note := ruleSetNote(e, cfg); note != "" {
		res.Notes = append([]string{note}, res.Notes...)
	}
	adopt := adoption{noBaseline: *noBaseline, onlyNew: *onlyNew, baseRef: *baseRef}
	known, err := adopt.apply(ctx, e, cfg, paths, res)
	if err != nil {
		e.errorf("schemalint: %v", err)
		return outputs.failed(ctx, e, err)
	}
	for _, note := range res.Notes {
		if outputs.log != nil {
			// A line in the log goes unread; a warning annotation is shown
			// on the pull request (a base that could not be read, a glob
			// that matches nothing).
			cmd := githubactions.Command{Name: "warning", Properties: githubactions.CommandProperties{"title": "schemalint"}, Message: untrusted.Escape(note)}
			outputs.log.Commands([]byte(cmd.String() + "\n"))
			continue
		}
		e.errorln("schemalint: " + note)
	}
	// Files are shown as the user types them, and in that order.
	res.Sources = report.Relative(e.dir, res.Diagnostics, res.Sources)
	lint.Sort(res.Diagnostics)
	report.Relative(e.dir, known, nil)
	lint.Sort(known)
	in := &report.Input{
		Baselined:   known,
		Diagnostics: res.Diagnostics,
		Source:      func(file string) []byte { return res.Sources[file] },
		Rules:       rules.Reported(),
		Color:       useColor(*color, e.stdout),
		Notes:       res.Notes,
	}
	outputs.describe(in)
	var buf bytes.Buffer
	if err := formatter.Write(&buf, in); err != nil {
		e.errorf("schemalint check: %v", err)
		return ExitError
	}
	if err := outputs.writeSARIF(in); err != nil {
		e.errorf("schemalint check: %v", err)
		return ExitError
	}
	if err := outputs.printReport(e, buf.Bytes()); err != nil {
		return ExitError
	}
	outputs.publish(ctx, e, in, cfg.FailOn)
	for _, d := range res.Diagnostics {
		if d.Severity.AtLeast(cfg.FailOn) {
			return ExitFindings
		}
	}
	return ExitOK
}

// loadConfig reads --config, or finds schemalint.hcl, or uses the defaults.
func loadConfig(e *env, path string) (*config.Config, error) {
	if path == "" {
		path = config.Find(e.dir)
	} else if !filepath.IsAbs(path) {
		path = filepath.Join(e.dir, path)
	}
	if path == "" {
		cfg := config.Default()
		cfg.Dir = e.dir
		return cfg, nil
	}
	cfg, err := config.Load(path, rules.Names())
	var pe *fs.PathError
	if errors.As(err, &pe) {
		// Not a problem in the file, which would be located: the file
		// itself cannot be read.
		return nil, fmt.Errorf("schemalint: %s: cannot read: %v", path, pe.Err)
	}
	return cfg, err
}

// resolveBase finds the base lint compares with, when it asks: --base
// (ref), else the base setting lint passes, else the pull or merge request
// the CI names in the process's environment.
func resolveBase(dir, ref string) lint.BaseFunc {
	return func(ctx context.Context, setting *config.Base) (*base.Base, base.Origin, *base.Unreadable) {
		env := base.Env{Dir: dir, Ref: ref, Getenv: os.Getenv}
		if setting != nil {
			env.ConfigRef, env.ConfigAt = setting.Ref, config.Pos(setting.Range)
		}
		return base.Resolve(ctx, env)
	}
}

// reportInputError prints why the input could not be checked; exit 2.
func reportInputError(e *env, err error) int {
	var ie *lint.InputError
	if errors.As(err, &ie) {
		e.errorln(ie)
		return ExitError
	}
	e.errorf("schemalint: %v", err)
	return ExitError
}

// useColor decides on ANSI colours: never when NO_COLOR is set or the
// output is not a terminal, unless forced.
func useColor(mode string, w io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
