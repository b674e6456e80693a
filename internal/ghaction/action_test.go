package ghaction_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/cli"
)

// TestMain keeps the runner's own GITHUB_* and INPUT_* (when these tests
// run in GitHub Actions) out of the fake runners below.
func TestMain(m *testing.M) {
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "GITHUB_") || strings.HasPrefix(k, "INPUT_") || k == "SCHEMALINT_ACTION" || k == "RUNNER_TEMP" {
			os.Unsetenv(k)
		}
	}
	os.Exit(m.Run())
}

// checksAPI is a local stand-in for GitHub's Checks API: the two calls the
// action makes, with the real request and response shapes, and the
// answers GitHub gives a token that may not write.
type checksAPI struct {
	t      *testing.T
	mu     sync.Mutex
	calls  []apiCall
	status map[string]int // method → forced error status
}

type apiCall struct {
	Method, Path, Auth string
	Body               checkRunBody
}

type checkRunBody struct {
	Name        string  `json:"name"`
	HeadSHA     string  `json:"head_sha"`
	Status      *string `json:"status"`
	Conclusion  *string `json:"conclusion"`
	CompletedAt *string `json:"completed_at"`
	Output      *struct {
		Title       string `json:"title"`
		Summary     string `json:"summary"`
		Annotations []struct {
			Path            string `json:"path"`
			StartLine       int    `json:"start_line"`
			EndLine         int    `json:"end_line"`
			StartColumn     *int   `json:"start_column"`
			EndColumn       *int   `json:"end_column"`
			AnnotationLevel string `json:"annotation_level"`
			Message         string `json:"message"`
			Title           string `json:"title"`
		} `json:"annotations"`
	} `json:"output"`
}

var checkRunPath = regexp.MustCompile(`^/repos/([^/]+)/([^/]+)/check-runs(?:/(\d+))?$`)

func (a *checksAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a.mu.Lock()
	defer a.mu.Unlock()
	m := checkRunPath.FindStringSubmatch(r.URL.Path)
	var body checkRunBody
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, `{"message":"Problems parsing JSON"}`, http.StatusBadRequest)
		return
	}
	a.calls = append(a.calls, apiCall{Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization"), Body: body})
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if code := a.status[r.Method]; code != 0 {
		w.WriteHeader(code)
		msg := map[int]string{401: "Bad credentials", 403: "Resource not accessible by integration", 500: "Server Error"}[code]
		fmt.Fprintf(w, `{"message":%q,"documentation_url":"https://docs.github.com/rest/checks/runs","status":"%d"}`, msg, code)
		return
	}
	valid := m != nil && (r.Method == http.MethodPost && m[3] == "" || r.Method == http.MethodPatch && m[3] != "")
	if !valid || body.Name == "" || (r.Method == http.MethodPost && body.HeadSHA == "") ||
		(body.Output != nil && (body.Output.Title == "" || body.Output.Summary == "" || len(body.Output.Annotations) > 50)) {
		w.WriteHeader(http.StatusUnprocessableEntity)
		fmt.Fprint(w, `{"message":"Invalid request."}`)
		return
	}
	status := http.StatusOK
	if r.Method == http.MethodPost {
		status = http.StatusCreated
	}
	w.WriteHeader(status)
	fmt.Fprintf(w, `{"id":4242,"head_sha":%q,"name":%q,"status":"in_progress","html_url":"https://github.com/%s/%s/runs/4242","url":"%s"}`,
		body.HeadSHA, body.Name, m[1], m[2], r.URL.Path)
}

func (a *checksAPI) Calls() []apiCall {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]apiCall(nil), a.calls...)
}

// runner is a fake GitHub-hosted runner: a workspace with a schema, the
// event file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, and the schemalint
// action's inputs as action.yml passes them.
type runner struct {
	t         *testing.T
	workspace string
	temp      string
	api       *checksAPI
}

func newRunner(t *testing.T, event string, inputs map[string]string) *runner {
	t.Helper()
	r := &runner{t: t, workspace: t.TempDir(), temp: t.TempDir(), api: &checksAPI{t: t, status: map[string]int{}}}
	srv := httptest.NewServer(r.api)
	t.Cleanup(srv.Close)
	eventPath := filepath.Join(r.temp, "event.json")
	require.NoError(t, os.WriteFile(eventPath, []byte(event), 0o644))
	env := map[string]string{
		"GITHUB_ACTIONS": "true", "SCHEMALINT_ACTION": "true",
		"GITHUB_EVENT_NAME": "pull_request", "GITHUB_EVENT_PATH": eventPath,
		"GITHUB_REPOSITORY": "acme/shop", "GITHUB_SHA": "eeee000000000000000000000000000000000000",
		"GITHUB_API_URL": srv.URL, "GITHUB_SERVER_URL": "https://github.com",
		"GITHUB_WORKSPACE": r.workspace, "RUNNER_TEMP": r.temp,
		"GITHUB_OUTPUT": filepath.Join(r.temp, "output"), "GITHUB_STEP_SUMMARY": filepath.Join(r.temp, "summary.md"),
		// action.yml passes every input, empty when not given.
		"INPUT_GITHUB-TOKEN": "ghs_writable", "INPUT_FORMAT": "text", "INPUT_WORKING-DIRECTORY": ".",
		"INPUT_CONFIG": "", "INPUT_PATHS": "", "INPUT_BASE": "", "INPUT_FAIL-ON": "", "INPUT_SARIF-FILE": "",
	}
	for k, v := range inputs {
		env["INPUT_"+strings.ToUpper(k)] = v
	}
	for k, v := range env {
		t.Setenv(k, v)
	}
	return r
}

func (r *runner) write(name, content string) {
	p := filepath.Join(r.workspace, name)
	require.NoError(r.t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(r.t, os.WriteFile(p, []byte(content), 0o644))
}

// run is the action's run step: `schemalint check` in the workspace.
func (r *runner) run() (int, string, string) {
	var out, errOut bytes.Buffer
	code := cli.RunIn(context.Background(), r.workspace, []string{"check"}, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func (r *runner) outputs() map[string]string {
	b, err := os.ReadFile(filepath.Join(r.temp, "output"))
	require.NoError(r.t, err)
	// Read as the runner does: name<<DELIMITER, the value's lines, DELIMITER.
	out := map[string]string{}
	lines := strings.Split(string(b), "\n")
	for i := 0; i < len(lines); i++ {
		name, delim, ok := strings.Cut(lines[i], "<<")
		if !ok {
			continue
		}
		var value []string
		for i++; i < len(lines) && lines[i] != delim; i++ {
			value = append(value, lines[i])
		}
		out[name] = strings.Join(value, "\n")
	}
	return out
}

func (r *runner) summary() string {
	b, err := os.ReadFile(filepath.Join(r.temp, "summary.md"))
	require.NoError(r.t, err)
	return string(b)
}

// tenantSchema has n tenant models without their tenant index: n errors.
func tenantSchema(n int) string {
	var b strings.Builder
	b.WriteString("datasource db {\n  provider = \"postgresql\"\n}\n\nmodel Org {\n  id String @id\n")
	for i := range n {
		fmt.Fprintf(&b, "  m%d M%d[]\n", i, i)
	}
	b.WriteString("}\n")
	for i := range n {
		fmt.Fprintf(&b, "\nmodel M%d {\n  id             String @id\n  organizationId String\n  org            Org    @relation(fields: [organizationId], references: [id])\n}\n", i)
	}
	return b.String()
}

var annotationLine = regexp.MustCompile(`(?m)^::(error|warning|notice) [^\n]*$`)

// annotationKinds counts the annotations of a log by kind. These fake
// runners have no git checkout, so the warning that the pull request's
// base cannot be read is left out: the base tests in internal/cli own it.
func annotationKinds(out string) map[string]int {
	m := map[string]int{}
	for _, l := range annotationLine.FindAllStringSubmatch(out, -1) {
		if !strings.HasPrefix(l[0], "::warning title=schemalint::breaking-change rules did not run: cannot read base ") {
			m[l[1]]++
		}
	}
	return m
}

// A pull request from a branch of the repository, with a writable token:
// every one of 120 findings lands on a check run, 50 per call, and the
// run concludes as the exit code does.
func TestActionPutsEveryFindingOnACheckRun(t *testing.T) {
	r := newRunner(t, sameRepoPR, nil)
	r.write("prisma/schema.prisma", tenantSchema(120))
	code, out, errOut := r.run()
	assert.Equal(t, cli.ExitFindings, code, errOut)

	calls := r.api.Calls()
	require.Len(t, calls, 3, "one create, two updates")
	assert.Equal(t, "POST", calls[0].Method)
	assert.Equal(t, "/repos/acme/shop/check-runs", calls[0].Path)
	assert.Equal(t, "Bearer ghs_writable", calls[0].Auth)
	assert.Equal(t, "schemalint", calls[0].Body.Name)
	assert.Equal(t, "aaaa000000000000000000000000000000000000", calls[0].Body.HeadSHA, "on the pull request's head commit")
	assert.Equal(t, "in_progress", *calls[0].Body.Status)
	assert.Nil(t, calls[0].Body.Conclusion)
	var sizes []int
	for _, c := range calls {
		sizes = append(sizes, len(c.Body.Output.Annotations))
	}
	assert.Equal(t, []int{50, 50, 20}, sizes)
	for _, c := range calls[1:] {
		assert.Equal(t, "PATCH", c.Method)
		assert.Equal(t, "/repos/acme/shop/check-runs/4242", c.Path)
	}
	last := calls[2].Body
	require.NotNil(t, last.Conclusion)
	assert.Equal(t, "failure", *last.Conclusion)
	assert.Equal(t, "completed", *last.Status)
	assert.NotNil(t, last.CompletedAt)
	a := calls[0].Body.Output.Annotations[0]
	assert.Equal(t, "prisma/schema.prisma", a.Path)
	assert.Equal(t, "failure", a.AnnotationLevel)
	assert.Equal(t, "tenant-index-missing", a.Title)
	assert.Contains(t, a.Message, `model "M0" has no index leading with its tenant field`)
	assert.Equal(t, a.StartLine, a.EndLine)
	assert.NotNil(t, a.StartColumn)
	assert.Equal(t, "120 findings, 120 at or above error", calls[0].Body.Output.Title)

	assert.Empty(t, annotationKinds(out), "the check run carries the findings; no duplicate annotations")
	assert.Contains(t, out, `schemalint: 120 findings on the check run "schemalint": https://github.com/acme/shop/runs/4242`)
	assert.Contains(t, out, "120 findings (120 errors", "the chosen format still prints")

	o := r.outputs()
	assert.Equal(t, "120", o["findings"])
	assert.Equal(t, "120", o["errors"])
	sarif := o["sarif-file"]
	assert.Equal(t, filepath.Join(r.temp, "schemalint.sarif"), sarif, "SARIF goes to RUNNER_TEMP by default, outside the checkout")
	var doc struct{ Runs []struct{ Results []any } }
	b, err := os.ReadFile(sarif)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &doc))
	assert.Len(t, doc.Runs[0].Results, 120)

	s := r.summary()
	assert.Contains(t, s, "## schemalint: 120 findings")
	assert.Equal(t, 120, strings.Count(s, "\n| error |"))
	assert.Contains(t, s, "](https://github.com/acme/shop/blob/aaaa000000000000000000000000000000000000/prisma/schema.prisma#L")
	assert.Contains(t, s, "on the check run [schemalint](https://github.com/acme/shop/runs/4242)")
}

// A fork's token is read-only: no API call at all, the findings as
// annotations within GitHub's limits, and one notice that says why.
func TestActionOnAForkFallsBackToAnnotations(t *testing.T) {
	r := newRunner(t, forkPR, nil)
	r.write("prisma/schema.prisma", tenantSchema(12))
	code, out, errOut := r.run()
	assert.Equal(t, cli.ExitFindings, code, errOut)
	assert.Empty(t, r.api.Calls())
	assert.Equal(t, map[string]int{"error": 10, "notice": 1}, annotationKinds(out))
	all := annotationLine.FindAllString(out, -1)
	notice := all[len(all)-1]
	assert.Contains(t, notice, "this pull request comes from a fork, whose token cannot create check runs")
	assert.Contains(t, notice, "2 findings of 12 not shown as annotations")
	assert.Contains(t, notice, "the job summary lists every finding")
	assert.Equal(t, 12, strings.Count(r.summary(), "\n| error |"), "the summary has every finding")
	assert.Equal(t, "12", r.outputs()["findings"])
}

// A token without checks: write (403) or a bad one (401): the run still
// reports every finding it can and fails only for the findings.
func TestActionFallsBackWhenTheChecksAPIRefuses(t *testing.T) {
	for status, reason := range map[int]string{403: "403 Resource not accessible by integration", 401: "401 Bad credentials"} {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			r := newRunner(t, sameRepoPR, nil)
			r.api.status["POST"] = status
			r.write("prisma/schema.prisma", tenantSchema(3))
			code, out, errOut := r.run()
			assert.Equal(t, cli.ExitFindings, code, "an API failure never changes the exit code: %s", errOut)
			assert.Len(t, r.api.Calls(), 1)
			assert.Equal(t, map[string]int{"error": 3, "notice": 1}, annotationKinds(out), "one notice, no more")
			assert.Contains(t, out, "::notice title=schemalint::the check run could not be created ("+reason+"), so the findings are shown as annotations instead; grant the job `checks: write`")
			assert.Equal(t, "3", r.outputs()["errors"])
		})
	}
}

// An update failing half-way still concludes the check run and falls
// back to annotations.
func TestActionConcludesACheckRunThatFailedHalfWay(t *testing.T) {
	r := newRunner(t, sameRepoPR, nil)
	r.api.status["PATCH"] = 500
	r.write("prisma/schema.prisma", tenantSchema(60))
	code, out, _ := r.run()
	assert.Equal(t, cli.ExitFindings, code)
	calls := r.api.Calls()
	require.Len(t, calls, 3, "create, the failed update, the closing update")
	assert.Equal(t, "completed", *calls[2].Body.Status)
	assert.Equal(t, "failure", *calls[2].Body.Conclusion)
	assert.Contains(t, out, "adding annotations 51-60: 500 Server Error")
	assert.Equal(t, 10, annotationKinds(out)["error"])
}

// Findings below the fail level pass the step and leave the check run
// neutral; no finding at all is a success. Inputs steer the run: the
// working directory, the config, the fail level.
func TestActionInputsAndConclusions(t *testing.T) {
	r := newRunner(t, sameRepoPR, map[string]string{
		"working-directory": "services/api", "config": "lint.hcl", "fail-on": "error", "sarif-file": "reports/api.sarif",
	})
	r.write("services/api/prisma/schema.prisma", tenantSchema(2))
	r.write("services/api/lint.hcl", "rule \"tenant-index-missing\" {\n  severity = \"warning\"\n}\n")
	code, _, errOut := r.run()
	assert.Equal(t, cli.ExitOK, code, errOut)
	calls := r.api.Calls()
	require.Len(t, calls, 1)
	assert.Equal(t, "schemalint (services/api)", calls[0].Body.Name, "one check run per checked folder")
	assert.Equal(t, "neutral", *calls[0].Body.Conclusion)
	assert.Equal(t, "services/api/prisma/schema.prisma", calls[0].Body.Output.Annotations[0].Path, "paths relative to the repository")
	assert.Equal(t, "warning", calls[0].Body.Output.Annotations[0].AnnotationLevel)
	o := r.outputs()
	assert.Equal(t, "2", o["findings"])
	assert.Equal(t, "0", o["errors"])
	assert.Equal(t, filepath.Join(r.workspace, "reports", "api.sarif"), o["sarif-file"], "a relative sarif-file is in the workspace")
	assert.FileExists(t, o["sarif-file"])

	clean := newRunner(t, sameRepoPR, map[string]string{"fail-on": "notice"})
	clean.write("prisma/schema.prisma", "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel A {\n  id Int @id\n}\n")
	code, _, errOut = clean.run()
	assert.Equal(t, cli.ExitOK, code, errOut)
	require.Len(t, clean.api.Calls(), 1)
	assert.Equal(t, "success", *clean.api.Calls()[0].Body.Conclusion)
	assert.Equal(t, "no findings", clean.api.Calls()[0].Body.Output.Title)
	assert.Equal(t, "0", clean.outputs()["findings"])
	assert.Contains(t, clean.summary(), "## schemalint: no findings")
}

// Without a token (github-token: ”) the action does not try the API and
// says nothing about it.
func TestActionWithoutATokenAnnotatesQuietly(t *testing.T) {
	r := newRunner(t, sameRepoPR, map[string]string{"github-token": ""})
	r.write("prisma/schema.prisma", tenantSchema(1))
	code, out, _ := r.run()
	assert.Equal(t, cli.ExitFindings, code)
	assert.Empty(t, r.api.Calls())
	assert.Equal(t, map[string]int{"error": 1}, annotationKinds(out))
}
