package ghaction

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	githubactions "github.com/sethvargo/go-githubactions"

	"github.com/schemalint/schemalint/internal/report"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/untrusted"
)

// Outcome is what one check produced, for Publish.
type Outcome struct {
	// Input holds the findings and notifications, as the formatters saw
	// them.
	Input *report.Input
	// FailOn is the severity that fails the check.
	FailOn severity.Severity
	// SARIFFile is the SARIF file written, "" for none.
	SARIFFile string
	// Annotated is true when the chosen --format already printed the
	// workflow-command annotations.
	Annotated bool
	// Name names the check run ("schemalint", with the working directory
	// when the action checks a sub-folder).
	Name string
}

// Publish shows the outcome where GitHub users look: every finding on the
// pull request (a check run when the token may write one, else
// workflow-command annotations within GitHub's display limits), the job
// summary, and the step outputs findings, errors and sarif-file. Nothing
// here changes the exit code: a failure to publish is returned for a
// warning on stderr, and the Checks API failing falls back to annotations.
func (r *Runtime) Publish(ctx context.Context, log *Log, o Outcome) error {
	in := o.Input
	if in.BlobURL == "" {
		in.BlobURL = r.BlobURL()
	}
	if in.FailOn == 0 {
		in.FailOn = o.FailOn
	}
	name := o.Name
	if name == "" {
		name = "schemalint"
	}

	var errs []error
	run, note := r.tryCheckRun(ctx, name, o)
	switch {
	case run != nil:
		fmt.Fprintln(log, untrusted.Escape(fmt.Sprintf("schemalint: %s on the check run %q: %s", findings(len(in.Diagnostics)), name, run.URL)))
	case !o.Annotated:
		var b bytes.Buffer
		if err := report.Annotate(&b, in, note); err != nil {
			errs = append(errs, err)
		}
		errs = append(errs, log.Commands(b.Bytes()))
	case note != "":
		cmd := githubactions.Command{Name: "notice", Properties: githubactions.CommandProperties{"title": "schemalint"}, Message: untrusted.Escape(note)}
		errs = append(errs, log.Commands([]byte(cmd.String()+"\n")))
	}

	act := githubactions.New(githubactions.WithWriter(io.Discard), githubactions.WithGetenv(r.getenv))
	if r.SummaryFile != "" {
		summary := report.Summary(in, report.MaxSummaryBytes-512)
		if run != nil {
			summary += fmt.Sprintf("\nEvery finding is also annotated on the check run [%s](%s).\n", name, run.URL)
		}
		errs = append(errs, safely("GITHUB_STEP_SUMMARY", func() { act.AddStepSummary(summary) }))
	}
	if r.OutputFile != "" {
		errorCount := 0
		for _, d := range in.Diagnostics {
			if d.Severity == severity.Error {
				errorCount++
			}
		}
		errs = append(errs, setOutputs(r.OutputFile, [][2]string{
			{"findings", strconv.Itoa(len(in.Diagnostics))},
			{"errors", strconv.Itoa(errorCount)},
			{"sarif-file", o.SARIFFile},
		}))
	}
	return errors.Join(errs...)
}

// setOutputs appends step outputs to GITHUB_OUTPUT as `name<<DELIMITER`
// blocks. go-githubactions uses one fixed delimiter, so a value holding a
// line break and that delimiter (a sarif-file path, say) could add outputs
// of its own; here the delimiter is random and never inside the value.
func setOutputs(file string, outputs [][2]string) error {
	var b strings.Builder
	for _, o := range outputs {
		name, value := o[0], o[1]
		delim := "schemalint_" + newToken()
		for strings.Contains(value, delim) {
			delim = "schemalint_" + newToken()
		}
		fmt.Fprintf(&b, "%s<<%s\n%s\n%s\n", name, delim, value, delim)
	}
	f, err := os.OpenFile(file, os.O_APPEND|os.O_WRONLY|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("cannot write GITHUB_OUTPUT: %v", err)
	}
	_, err = f.WriteString(b.String())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("cannot write GITHUB_OUTPUT: %v", err)
	}
	return nil
}

// getenv hands go-githubactions the runner's file paths as Detect read
// them.
func (r *Runtime) getenv(key string) string {
	switch key {
	case "GITHUB_OUTPUT":
		return r.OutputFile
	case "GITHUB_STEP_SUMMARY":
		return r.SummaryFile
	}
	return ""
}

// safely runs a go-githubactions file command, which panics when the file
// cannot be written, and turns the panic into an error.
func safely(what string, f func()) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("cannot write %s: %v", what, p)
		}
	}()
	f()
	return nil
}

func findings(n int) string {
	if n == 1 {
		return "1 finding"
	}
	return strconv.Itoa(n) + " findings"
}
