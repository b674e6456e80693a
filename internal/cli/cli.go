// Package cli implements the schemalint command line: argument parsing,
// dispatch to subcommands, exit codes. It runs in process so that tests can
// drive it exactly as a user would.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/ghaction"
	"github.com/schemalint/schemalint/internal/lint"
	"github.com/schemalint/schemalint/internal/untrusted"
)

// Exit codes.
const (
	ExitOK       = 0 // nothing at or above the fail level
	ExitFindings = 1 // findings at or above the fail level
	ExitError    = 2 // usage, configuration or parse error
)

// Version is set at build time with -ldflags "-X …/internal/cli.Version=v1.2.3".
var Version = ""

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) int
	// guardsItself marks commands that do not get the GitHub Actions
	// guard of RunIn: check guards finely around its own annotations, and
	// inspect prints JSON, which no command line can hide in.
	guardsItself bool
	// writes marks commands that write files: they catch interrupts from
	// their start, so that an interrupt never stops a write halfway (the
	// others catch them once something waits to be cancelled).
	writes bool
}

func commands() []command {
	return []command{
		{"check", "check schemas against the policy rules", runCheck, true, false},
		{"fix", "write the generated views and apply the rules' mechanical fixes", runFix, false, true},
		{"baseline", "record today's findings, so that check reports only new ones", runBaseline, false, true},
		{"rules", "list the rules, or print one rule's documentation", runRules, false, false},
		{"init", "write a starter schemalint.hcl adapted to the schema found", runInit, false, true},
		{"inspect", "print the resolved schema (json, or Prisma's DMMF shape)", runInspect, true, false},
		{"version", "print the version", runVersion, false, false},
	}
}

// env is what a subcommand may touch: its streams and working directory.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	dir    string
}

// errorf prints one line on stderr. Messages quote file names, schema and
// SQL text from the repository under review: the whole line is escaped so
// that nothing in it can start a line of its own (see package untrusted).
func (e *env) errorf(format string, args ...any) {
	fmt.Fprintln(e.stderr, untrusted.Escape(fmt.Sprintf(format, args...)))
}

// errorln prints a message or an error on stderr, an error that holds
// several located problems one line each.
func (e *env) errorln(v any) {
	err, ok := v.(error)
	if !ok {
		e.errorf("%v", v)
		return
	}
	for _, line := range errorLines(err) {
		e.errorf("%s", line)
	}
}

// errorLines splits an error that lists several problems into its lines.
func errorLines(err error) []string {
	var ie *lint.InputError
	if errors.As(err, &ie) && ie.Err == nil {
		var out []string
		for _, d := range ie.Diagnostics {
			out = append(out, d.Error())
		}
		return out
	}
	var ces *config.Errors
	if errors.As(err, &ces) {
		var out []string
		for _, ce := range ces.List {
			out = append(out, ce.Error())
		}
		return out
	}
	return []string{err.Error()}
}

// Run runs schemalint with args (without the program name) and returns the
// exit code.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return RunIn(ctx, ".", args, stdin, stdout, stderr)
}

// RunIn is Run with dir as the working directory for discovery.
func RunIn(ctx context.Context, dir string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, dir: dir}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		return ExitOK
	}
	if args[0] == "--version" {
		return runVersion(ctx, e, nil)
	}
	for _, c := range commands() {
		if c.name == args[0] {
			if !c.guardsItself && os.Getenv("GITHUB_ACTIONS") == "true" {
				// Lines fix, baseline and init print start with file names
				// the repository under review chooses: in GitHub Actions no
				// command may be read from them (see ghaction.Log). One
				// stream keeps the runner reading them in order.
				log := ghaction.NewLog(stdout)
				defer log.Close()
				e.stdout, e.stderr = log, log
			}
			ctx, stop := interruptible(ctx, c.writes)
			defer stop()
			return c.run(ctx, e, args[1:])
		}
	}
	e.errorf("schemalint: unknown command %q; run `schemalint help` for the list", args[0])
	return ExitError
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "schemalint: policy checks for Prisma schemas")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: schemalint <command> [flags] [paths…]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run `schemalint <command> -h` for a command's flags.")
}

func runVersion(_ context.Context, e *env, _ []string) int {
	fmt.Fprintln(e.stdout, "schemalint", version())
	return ExitOK
}

func version() string {
	if Version != "" {
		return Version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

// parseFlags parses flags that may come before or after positional
// arguments (`inspect schema.prisma --format dmmf`), as users type them. When
// ok is false the command must exit with code: 0 after -h, 2 after a bad flag.
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) (positional []string, code int, ok bool) {
	fs.SetOutput(stderr)
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, ExitOK, false
			}
			return nil, ExitError, false
		}
		rest := fs.Args()
		i := 0
		for i < len(rest) && (rest[i] == "-" || !strings.HasPrefix(rest[i], "-")) {
			i++
		}
		positional = append(positional, rest[:i]...)
		if i == len(rest) {
			return positional, ExitOK, true
		}
		if rest[i] == "--" {
			return append(positional, rest[i+1:]...), ExitOK, true
		}
		args = rest[i:]
	}
}
