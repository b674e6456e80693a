package ghaction

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/google/go-github/v60/github"

	"github.com/schemalint/schemalint/internal/report"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/untrusted"
	"github.com/schemalint/schemalint/rules"
)

// AnnotationsPerRequest is how many annotations the Checks API takes in
// one create or update call; more are appended with updates.
const AnnotationsPerRequest = 50

// checkRun is a check run that now carries every finding.
type checkRun struct {
	ID  int64
	URL string
}

// tryCheckRun puts every finding on a check run when the action has a
// token that may write one. Otherwise it returns a note for the one notice
// that says why the findings are shown as annotations instead ("" when
// the Checks API was not asked for: no token, or not the action).
func (r *Runtime) tryCheckRun(ctx context.Context, name string, o Outcome) (*checkRun, string) {
	switch {
	case !r.Action || r.Inputs.Token == "":
		return nil, ""
	case len(o.Input.Notifications) > 0:
		return nil, "" // the check did not run; the error annotations say why
	case r.PullRequest != nil && r.PullRequest.Fork && r.EventName != "pull_request_target":
		return nil, "this pull request comes from a fork, whose token cannot create check runs; the findings are shown as annotations instead"
	case r.Repository == "" || r.SHA == "":
		return nil, "GITHUB_REPOSITORY or GITHUB_SHA is not set, so no check run was created; the findings are shown as annotations instead"
	}
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	run, err := r.createCheckRun(ctx, name, o)
	if err != nil {
		return nil, fmt.Sprintf("the check run could not be created (%v), so the findings are shown as annotations instead; grant the job `checks: write` to get every finding on the pull request", err)
	}
	return run, ""
}

func (r *Runtime) client() (*github.Client, string, string, error) {
	owner, repo, ok := strings.Cut(r.Repository, "/")
	if !ok || owner == "" || repo == "" {
		return nil, "", "", fmt.Errorf("GITHUB_REPOSITORY %q is not owner/name", r.Repository)
	}
	hc := r.HTTPClient
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	c := github.NewClient(hc).WithAuthToken(r.Inputs.Token)
	base, err := url.Parse(strings.TrimSuffix(r.APIURL, "/") + "/")
	if err != nil {
		return nil, "", "", fmt.Errorf("GITHUB_API_URL: %v", err)
	}
	c.BaseURL = base
	return c, owner, repo, nil
}

// createCheckRun creates the check run with the first 50 annotations and
// appends the rest 50 at a time; the last call concludes it.
func (r *Runtime) createCheckRun(ctx context.Context, name string, o Outcome) (*checkRun, error) {
	c, owner, repo, err := r.client()
	if err != nil {
		return nil, err
	}
	in := o.Input
	all := make([]*github.CheckRunAnnotation, 0, len(in.Diagnostics))
	for _, d := range in.Diagnostics {
		all = append(all, annotation(in, d))
	}
	batches := [][]*github.CheckRunAnnotation{nil}
	for i := 0; i < len(all); i += AnnotationsPerRequest {
		if i == 0 {
			batches[0] = all[:min(len(all), AnnotationsPerRequest)]
			continue
		}
		batches = append(batches, all[i:min(len(all), i+AnnotationsPerRequest)])
	}
	title := conclusionTitle(in.Diagnostics, o.FailOn)
	summary := report.Summary(in, 65535) // the Checks API's limit for output.summary
	conclusion := conclusionOf(in.Diagnostics, o.FailOn)
	output := func(batch []*github.CheckRunAnnotation) *github.CheckRunOutput {
		return &github.CheckRunOutput{Title: github.String(title), Summary: github.String(summary), Annotations: batch}
	}
	now := func() *github.Timestamp { return &github.Timestamp{Time: time.Now()} }

	opts := github.CreateCheckRunOptions{
		Name: name, HeadSHA: r.SHA, Status: github.String("in_progress"), StartedAt: now(), Output: output(batches[0]),
	}
	if len(batches) == 1 {
		opts.Status, opts.Conclusion, opts.CompletedAt = github.String("completed"), github.String(conclusion), now()
	}
	created, _, err := c.Checks.CreateCheckRun(ctx, owner, repo, opts)
	if err != nil {
		return nil, apiError(err)
	}
	run := &checkRun{ID: created.GetID(), URL: created.GetHTMLURL()}
	for i, batch := range batches[1:] {
		upd := github.UpdateCheckRunOptions{Name: name, Output: output(batch)}
		if i == len(batches)-2 {
			upd.Status, upd.Conclusion, upd.CompletedAt = github.String("completed"), github.String(conclusion), now()
		}
		if _, _, err := c.Checks.UpdateCheckRun(ctx, owner, repo, run.ID, upd); err != nil {
			// Conclude what was created rather than leave it in progress.
			_, _, _ = c.Checks.UpdateCheckRun(ctx, owner, repo, run.ID, github.UpdateCheckRunOptions{
				Name: name, Status: github.String("completed"), Conclusion: github.String(conclusion), CompletedAt: now(),
			})
			return nil, fmt.Errorf("adding annotations %d-%d: %w", (i+1)*AnnotationsPerRequest+1, (i+1)*AnnotationsPerRequest+len(batch), apiError(err))
		}
	}
	return run, nil
}

func annotation(in *report.Input, d rules.Diagnostic) *github.CheckRunAnnotation {
	a := &github.CheckRunAnnotation{
		Path:            github.String(in.RepoPath(d.Range.File)),
		StartLine:       github.Int(max(1, d.Range.Start.Line)),
		EndLine:         github.Int(max(1, d.Range.Start.Line, d.Range.End.Line)),
		AnnotationLevel: github.String(d.Severity.CheckRunLevel()),
		Title:           github.String(d.Rule),
		Message:         github.String(untrusted.Escape(d.Message)),
	}
	// The API takes columns only on one line.
	if d.Range.Start.Line > 0 && d.Range.End.Line == d.Range.Start.Line && d.Range.Start.Col > 0 {
		a.StartColumn, a.EndColumn = github.Int(d.Range.Start.Col), github.Int(max(d.Range.Start.Col, d.Range.End.Col))
	}
	if len(d.Related) > 0 {
		var b strings.Builder
		for _, rel := range d.Related {
			fmt.Fprintf(&b, "%s:%d:%d: %s\n", untrusted.Escape(in.RepoPath(rel.Range.File)), rel.Range.Start.Line, rel.Range.Start.Col, untrusted.Escape(rel.Message))
		}
		a.RawDetails = github.String(b.String())
	}
	return a
}

// conclusionOf fails the check run exactly when the exit code is 1;
// findings below the fail level make it neutral.
func conclusionOf(ds []rules.Diagnostic, failOn severity.Severity) string {
	if len(ds) == 0 {
		return "success"
	}
	for _, d := range ds {
		if d.Severity.AtLeast(failOn) {
			return "failure"
		}
	}
	return "neutral"
}

func conclusionTitle(ds []rules.Diagnostic, failOn severity.Severity) string {
	if len(ds) == 0 {
		return "no findings"
	}
	failing := 0
	for _, d := range ds {
		if d.Severity.AtLeast(failOn) {
			failing++
		}
	}
	return fmt.Sprintf("%s, %d at or above %s", findings(len(ds)), failing, failOn)
}

// apiError shortens go-github's errors to the status and GitHub's message.
func apiError(err error) error {
	var er *github.ErrorResponse
	if errors.As(err, &er) && er.Response != nil {
		return fmt.Errorf("%d %s", er.Response.StatusCode, er.Message)
	}
	return err
}
