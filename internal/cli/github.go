package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/fix"
	"github.com/schemalint/schemalint/internal/ghaction"
	"github.com/schemalint/schemalint/internal/lint"
	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/report"
	"github.com/schemalint/schemalint/internal/severity"
)

// checkOutputs are what `check` writes besides its --format on stdout: the
// --sarif-file, and in GitHub Actions the annotations, the job summary and
// the step outputs (with the action's inputs read first).
type checkOutputs struct {
	sarifFile string
	category  string
	format    string
	// dir is the absolute folder file names are relative to; root the
	// repository's top level.
	dir, root string
	gh        *ghaction.Runtime
	name      string
	// log guards the step's output in GitHub Actions (nil elsewhere):
	// see ghaction.Log.
	log *ghaction.Log
}

func (o *checkOutputs) flags(fl *flag.FlagSet) {
	fl.StringVar(&o.sarifFile, "sarif-file", "", "also write the findings as SARIF to this file, whatever --format is (for code scanning)")
	fl.StringVar(&o.category, "sarif-category", "", "SARIF automationDetails.id (code scanning's category), to keep the runs of several schemas apart")
}

// setup detects GitHub Actions and, as the schemalint action, applies its
// inputs to the flags not given on the command line (flags win). It may
// move the working directory (the working-directory input) and returns
// the paths to check; ok is false after an error, already reported.
func (o *checkOutputs) setup(fl *flag.FlagSet, e *env, roots []string) ([]string, bool) {
	gh, err := ghaction.Detect(os.Getenv)
	if err != nil {
		e.errorf("schemalint check: %v", err)
		return nil, false
	}
	o.gh = gh
	o.name = "schemalint"
	if o.sarifFile != "" && !filepath.IsAbs(o.sarifFile) {
		o.sarifFile = filepath.Join(e.dir, o.sarifFile)
	}
	if gh != nil && gh.Action {
		in := gh.Inputs
		set := map[string]bool{}
		fl.Visit(func(f *flag.Flag) { set[f.Name] = true })
		for name, v := range map[string]string{"config": in.Config, "base": in.Base, "fail-on": in.FailOn, "format": in.Format} {
			if v != "" && !set[name] && fl.Lookup(name) != nil {
				if err := fl.Set(name, v); err != nil {
					e.errorf("schemalint check: input %s: %v", name, err)
					return nil, false
				}
			}
		}
		if o.sarifFile == "" {
			o.sarifFile = in.SARIFFile
			if o.sarifFile == "" {
				o.sarifFile = gh.DefaultSARIFFile()
			} else if !filepath.IsAbs(o.sarifFile) {
				o.sarifFile = filepath.Join(e.dir, o.sarifFile)
			}
		}
		if len(roots) == 0 {
			roots = in.Paths
		}
		if wd := in.WorkingDirectory; wd != "" && wd != "." {
			if !filepath.IsAbs(wd) {
				wd = filepath.Join(e.dir, wd)
			}
			if info, err := os.Stat(wd); err != nil || !info.IsDir() {
				e.errorf("schemalint check: input working-directory: %s is not a folder", in.WorkingDirectory)
				return nil, false
			}
			e.dir = wd
			o.name += " (" + filepath.ToSlash(filepath.Clean(in.WorkingDirectory)) + ")"
		}
	}
	o.format = fl.Lookup("format").Value.String()
	o.dir, _ = paths.Absolute(e.dir)
	o.root = repoRoot(o.dir, gh)
	if gh != nil {
		// The report, the notes and schemalint's own commands share one
		// guarded stream: stdout, unless stdout carries a machine-readable
		// format that commands would corrupt (the runner reads stderr too).
		if o.machineReadable() {
			o.log = ghaction.NewLog(e.stderr)
			e.stderr = o.log
		} else {
			o.log = ghaction.NewLog(e.stdout)
			e.stdout, e.stderr = o.log, o.log
		}
	}
	return roots, true
}

func (o *checkOutputs) machineReadable() bool {
	f, _ := report.FormatNamed(o.format)
	return f.MachineReadable
}

func (o *checkOutputs) annotates() bool {
	f, _ := report.FormatNamed(o.format)
	return f.Annotates
}

// close ends the guarded output, resuming the runner's commands.
func (o *checkOutputs) close() {
	if o.log != nil {
		o.log.Close()
	}
}

// describe fills in what the SARIF and GitHub outputs need to know.
func (o *checkOutputs) describe(in *report.Input) {
	in.Version = version()
	in.Dir, in.RepoRoot = o.dir, o.root
	in.AutomationID = o.category
	if o.gh != nil {
		in.BlobURL = o.gh.BlobURL()
	}
}

// writeSARIF writes the --sarif-file, before anything reaches stdout: a
// run that cannot write it exits 2 with nothing printed.
func (o *checkOutputs) writeSARIF(in *report.Input) error {
	if o.sarifFile == "" {
		return nil
	}
	if err := writeReport(o.sarifFile, report.SARIF, in); err != nil {
		return fmt.Errorf("--sarif-file: %v", err)
	}
	return nil
}

// printReport writes the formatted report to stdout; in GitHub Actions the
// github format's annotations are schemalint's own commands.
func (o *checkOutputs) printReport(e *env, report []byte) error {
	if o.log != nil && o.annotates() {
		return o.log.Commands(report)
	}
	_, err := e.stdout.Write(report)
	return err
}

// publish shows the outcome in GitHub Actions. Failing to publish is a
// warning: the exit code stays the check's.
func (o *checkOutputs) publish(ctx context.Context, e *env, in *report.Input, failOn severity.Severity) {
	if o.gh == nil {
		return
	}
	err := o.gh.Publish(ctx, o.log, ghaction.Outcome{
		Input: in, FailOn: failOn, SARIFFile: o.sarifFile, Annotated: o.annotates(), Name: o.name,
	})
	if err != nil {
		e.errorf("schemalint check: github: %v", err)
	}
}

// failed reports a check that could not run (a config or schema error,
// already printed on stderr) to the SARIF file and GitHub, so that code
// scanning and the pull request say why; the exit code is 2.
func (o *checkOutputs) failed(ctx context.Context, e *env, err error) int {
	if o.sarifFile == "" && o.gh == nil {
		return ExitError
	}
	in := &report.Input{Notifications: notificationsOf(err)}
	o.describe(in)
	if err := o.writeSARIF(in); err != nil {
		e.errorf("schemalint check: %v", err)
	}
	o.publish(ctx, e, in, 0)
	return ExitError
}

func writeReport(path string, f report.Formatter, in *report.Input) error {
	var b strings.Builder
	if err := f(&b, in); err != nil {
		return err
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("%s is a folder; name a file, e.g. %s", path, filepath.Join(path, "schemalint.sarif"))
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return fix.WriteFile(path, []byte(b.String()))
}

// notificationsOf turns a config or input error into located
// notifications, one per problem.
func notificationsOf(err error) []report.Notification {
	var ie *lint.InputError
	if errors.As(err, &ie) && ie.Err == nil {
		var out []report.Notification
		for _, d := range ie.Diagnostics {
			out = append(out, report.Notification{Message: d.Message, Range: d.Range, Error: d.Severity == prisma.SeverityError})
		}
		return out
	}
	var ces *config.Errors
	if errors.As(err, &ces) {
		var out []report.Notification
		for _, ce := range ces.List {
			out = append(out, configNotification(ce))
		}
		return out
	}
	var ce *config.Error
	if errors.As(err, &ce) {
		return []report.Notification{configNotification(ce)}
	}
	return []report.Notification{{Message: err.Error(), Error: true}}
}

func configNotification(ce *config.Error) report.Notification {
	r := prisma.Range{File: ce.Range.Filename,
		Start: prisma.Pos{Offset: ce.Range.Start.Byte, Line: ce.Range.Start.Line, Col: ce.Range.Start.Column},
		End:   prisma.Pos{Offset: ce.Range.End.Byte, Line: ce.Range.End.Line, Col: ce.Range.End.Column}}
	return report.Notification{Message: ce.Message, Range: r, Error: true}
}

// repoRoot is the repository's top level: GITHUB_WORKSPACE in Actions when
// dir lies in it, else the nearest folder with .git, else dir itself.
func repoRoot(dir string, gh *ghaction.Runtime) string {
	if gh != nil && gh.Workspace != "" {
		if ws, err := paths.Absolute(gh.Workspace); err == nil {
			if paths.Inside(ws, dir) {
				return ws
			}
		}
	}
	return config.RepoRoot(dir)
}
