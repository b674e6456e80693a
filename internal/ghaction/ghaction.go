// Package ghaction runs schemalint inside GitHub Actions: it reads the
// runner's environment (GITHUB_*) and, as the schemalint action, its inputs
// (INPUT_*), and publishes findings where a pull request shows them:
// annotations or a check run, the job summary and the step's outputs.
package ghaction

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// ActionEnv is set by action.yml: only then are INPUT_* read, so that
// another action's inputs never steer a plain `schemalint check` step.
const ActionEnv = "SCHEMALINT_ACTION"

// Runtime is the GitHub Actions environment of one run.
type Runtime struct {
	// Action is true when running as the schemalint action, whose Inputs
	// apply.
	Action bool
	Inputs Inputs
	// Repository is owner/name.
	Repository string
	APIURL     string
	ServerURL  string
	// SHA is the commit findings belong to: the pull request's head, else
	// GITHUB_SHA.
	SHA         string
	Workspace   string
	EventName   string
	PullRequest *PullRequest
	// OutputFile and SummaryFile are GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
	OutputFile, SummaryFile string
	// TempDir is RUNNER_TEMP, where the action's SARIF file goes by default.
	TempDir string
	// HTTPClient talks to the GitHub API; nil means a client with a timeout.
	HTTPClient *http.Client
}

// PullRequest is the pull request that triggered the workflow.
type PullRequest struct {
	Number           int
	BaseSHA, HeadSHA string
	// Fork is true when the head branch lives in another repository; its
	// GITHUB_TOKEN is then read-only.
	Fork bool
}

// Inputs are the action's inputs (action.yml), as given.
type Inputs struct {
	Config           string
	Paths            []string
	Base             string
	FailOn           string
	Format           string
	SARIFFile        string
	Token            string
	WorkingDirectory string
}

// Detect returns the runtime when running in GitHub Actions
// (GITHUB_ACTIONS=true), nil otherwise. An unreadable event file is an
// error: the run cannot tell a fork from a branch without it.
func Detect(getenv func(string) string) (*Runtime, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	if getenv("GITHUB_ACTIONS") != "true" {
		return nil, nil
	}
	r := &Runtime{
		Action:      getenv(ActionEnv) == "true",
		Repository:  getenv("GITHUB_REPOSITORY"),
		APIURL:      or(getenv("GITHUB_API_URL"), "https://api.github.com"),
		ServerURL:   or(getenv("GITHUB_SERVER_URL"), "https://github.com"),
		SHA:         getenv("GITHUB_SHA"),
		Workspace:   getenv("GITHUB_WORKSPACE"),
		EventName:   getenv("GITHUB_EVENT_NAME"),
		OutputFile:  getenv("GITHUB_OUTPUT"),
		SummaryFile: getenv("GITHUB_STEP_SUMMARY"),
		TempDir:     getenv("RUNNER_TEMP"),
	}
	if r.Action {
		r.Inputs = readInputs(getenv)
	}
	if path := getenv("GITHUB_EVENT_PATH"); path != "" {
		pr, err := readPullRequest(path)
		if err != nil {
			return r, err
		}
		r.PullRequest = pr
		if pr != nil && pr.HeadSHA != "" {
			r.SHA = pr.HeadSHA
		}
	}
	return r, nil
}

// input reads INPUT_<NAME> as the runner spells it (upper case, hyphens
// kept), or with underscores, as a shell can export it.
func input(getenv func(string) string, name string) string {
	key := "INPUT_" + strings.ToUpper(name)
	if v := getenv(key); v != "" {
		return strings.TrimSpace(v)
	}
	return strings.TrimSpace(getenv(strings.ReplaceAll(key, "-", "_")))
}

func readInputs(getenv func(string) string) Inputs {
	in := Inputs{
		Config:           input(getenv, "config"),
		Base:             input(getenv, "base"),
		FailOn:           input(getenv, "fail-on"),
		Format:           input(getenv, "format"),
		SARIFFile:        input(getenv, "sarif-file"),
		Token:            input(getenv, "github-token"),
		WorkingDirectory: input(getenv, "working-directory"),
	}
	// One path a line (YAML's block scalar), or separated by commas.
	for _, line := range strings.FieldsFunc(input(getenv, "paths"), func(r rune) bool { return r == '\n' || r == ',' }) {
		if p := strings.TrimSpace(line); p != "" {
			in.Paths = append(in.Paths, p)
		}
	}
	return in
}

func readPullRequest(path string) (*PullRequest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("GITHUB_EVENT_PATH: %v", err)
	}
	type repo struct {
		FullName string `json:"full_name"`
	}
	var ev struct {
		PullRequest *struct {
			Number int `json:"number"`
			Head   struct {
				SHA  string `json:"sha"`
				Repo *repo  `json:"repo"`
			} `json:"head"`
			Base struct {
				SHA  string `json:"sha"`
				Repo *repo  `json:"repo"`
			} `json:"base"`
		} `json:"pull_request"`
	}
	if err := json.Unmarshal(b, &ev); err != nil {
		return nil, fmt.Errorf("GITHUB_EVENT_PATH %s: %v", path, err)
	}
	p := ev.PullRequest
	if p == nil {
		return nil, nil
	}
	// A deleted fork leaves head.repo null; treat it as a fork.
	fork := p.Head.Repo == nil || p.Base.Repo == nil || !strings.EqualFold(p.Head.Repo.FullName, p.Base.Repo.FullName)
	return &PullRequest{Number: p.Number, BaseSHA: p.Base.SHA, HeadSHA: p.Head.SHA, Fork: fork}, nil
}

// BlobURL is where the checked-out files are browsable, for links in the
// job summary; "" when the repository or commit is unknown.
func (r *Runtime) BlobURL() string {
	if r.Repository == "" || r.SHA == "" {
		return ""
	}
	return strings.TrimSuffix(r.ServerURL, "/") + "/" + r.Repository + "/blob/" + r.SHA
}

// DefaultSARIFFile is where the action writes SARIF when the sarif-file
// input is empty: outside the checkout, so that no generated file dirties
// the working tree.
func (r *Runtime) DefaultSARIFFile() string {
	dir := r.TempDir
	if dir == "" {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "schemalint.sarif")
}

func or(v, def string) string {
	if v == "" {
		return def
	}
	return v
}
