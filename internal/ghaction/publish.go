package ghaction

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"

	githubactions "github.com/sethvargo/go-githubactions"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/report"
)

// Outcome is what one check produced, for Publish.
type Outcome struct {
	// Input holds the findings and notifications, as the formatters saw
	// them.
	Input *report.Input
	// FailOn is the severity that fails the check.
	FailOn config.Severity
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
func (r *Runtime) Publish(ctx context.Context, stdout io.Writer, o Outcome) error {
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
		fmt.Fprintf(stdout, "schemalint: %s on the check run %q: %s\n", findings(len(in.Diagnostics)), name, run.URL)
	case !o.Annotated:
		if err := report.Annotate(stdout, in, note); err != nil {
			errs = append(errs, err)
		}
	case note != "":
		fmt.Fprintln(stdout, (&githubactions.Command{Name: "notice", Properties: githubactions.CommandProperties{"title": "schemalint"}, Message: note}).String())
	}

	act := githubactions.New(githubactions.WithWriter(stdout), githubactions.WithGetenv(r.getenv))
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
			if d.Severity == config.SeverityError {
				errorCount++
			}
		}
		errs = append(errs, safely("GITHUB_OUTPUT", func() {
			act.SetOutput("findings", strconv.Itoa(len(in.Diagnostics)))
			act.SetOutput("errors", strconv.Itoa(errorCount))
			act.SetOutput("sarif-file", o.SARIFFile)
		}))
	}
	return errors.Join(errs...)
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
