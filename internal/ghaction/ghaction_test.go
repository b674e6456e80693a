package ghaction_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	. "github.com/schemalint/schemalint/internal/ghaction"
)

func envOf(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func writeEvent(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "event.json")
	require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	return p
}

const sameRepoPR = `{"action":"synchronize","number":7,"pull_request":{"number":7,
 "head":{"sha":"aaaa000000000000000000000000000000000000","ref":"feature","repo":{"full_name":"acme/shop","fork":false}},
 "base":{"sha":"bbbb000000000000000000000000000000000000","ref":"main","repo":{"full_name":"acme/shop","fork":false}}}}`

const forkPR = `{"action":"opened","number":8,"pull_request":{"number":8,
 "head":{"sha":"cccc000000000000000000000000000000000000","ref":"main","repo":{"full_name":"mallory/shop","fork":true}},
 "base":{"sha":"bbbb000000000000000000000000000000000000","ref":"main","repo":{"full_name":"acme/shop","fork":false}}}}`

func TestDetect(t *testing.T) {
	r, err := Detect(envOf(map[string]string{}))
	require.NoError(t, err)
	assert.Nil(t, r, "outside GitHub Actions")

	r, err = Detect(envOf(map[string]string{
		"GITHUB_ACTIONS": "true", "GITHUB_SHA": "merge000", "GITHUB_REPOSITORY": "acme/shop",
		"GITHUB_EVENT_PATH": writeEvent(t, sameRepoPR), "GITHUB_EVENT_NAME": "pull_request",
		"INPUT_CONFIG": "ignored without SCHEMALINT_ACTION",
	}))
	require.NoError(t, err)
	assert.False(t, r.Action)
	assert.Empty(t, r.Inputs.Config, "another action's inputs never steer a plain step")
	assert.Equal(t, &PullRequest{Number: 7, BaseSHA: "bbbb000000000000000000000000000000000000", HeadSHA: "aaaa000000000000000000000000000000000000"}, r.PullRequest)
	assert.Equal(t, "aaaa000000000000000000000000000000000000", r.SHA, "findings belong to the head commit, not the merge commit")
	assert.Equal(t, "https://api.github.com", r.APIURL)
	assert.Equal(t, "https://github.com/acme/shop/blob/aaaa000000000000000000000000000000000000", r.BlobURL())

	r, err = Detect(envOf(map[string]string{"GITHUB_ACTIONS": "true", "GITHUB_EVENT_PATH": writeEvent(t, forkPR)}))
	require.NoError(t, err)
	assert.True(t, r.PullRequest.Fork)

	deleted := `{"pull_request":{"number":9,"head":{"sha":"dddd","repo":null},"base":{"sha":"bbbb","repo":{"full_name":"acme/shop"}}}}`
	r, err = Detect(envOf(map[string]string{"GITHUB_ACTIONS": "true", "GITHUB_EVENT_PATH": writeEvent(t, deleted)}))
	require.NoError(t, err)
	assert.True(t, r.PullRequest.Fork, "a deleted fork is still a fork")

	r, err = Detect(envOf(map[string]string{"GITHUB_ACTIONS": "true", "GITHUB_EVENT_PATH": writeEvent(t, `{"ref":"refs/heads/main"}`), "GITHUB_SHA": "push0000"}))
	require.NoError(t, err)
	assert.Nil(t, r.PullRequest)
	assert.Equal(t, "push0000", r.SHA)

	_, err = Detect(envOf(map[string]string{"GITHUB_ACTIONS": "true", "GITHUB_EVENT_PATH": writeEvent(t, `{not json`)}))
	assert.ErrorContains(t, err, "GITHUB_EVENT_PATH")
}

func TestDetectReadsTheActionsInputs(t *testing.T) {
	r, err := Detect(envOf(map[string]string{
		"GITHUB_ACTIONS": "true", ActionEnv: "true", "RUNNER_TEMP": "/runner/tmp",
		"INPUT_CONFIG":            " ci/schemalint.hcl ",
		"INPUT_PATHS":             "prisma/schema.prisma\nservices/billing/prisma, services/crm/prisma\n\n",
		"INPUT_BASE":              "origin/main",
		"INPUT_FAIL-ON":           "warning",
		"INPUT_FORMAT":            "json",
		"INPUT_SARIF-FILE":        "out/schemalint.sarif",
		"INPUT_GITHUB-TOKEN":      "ghs_secret",
		"INPUT_WORKING_DIRECTORY": "services",
	}))
	require.NoError(t, err)
	assert.True(t, r.Action)
	assert.Equal(t, Inputs{
		Config: "ci/schemalint.hcl", Paths: []string{"prisma/schema.prisma", "services/billing/prisma", "services/crm/prisma"},
		Base: "origin/main", FailOn: "warning", Format: "json", SARIFFile: "out/schemalint.sarif", Token: "ghs_secret",
		WorkingDirectory: "services",
	}, r.Inputs, "the runner's INPUT_FAIL-ON spelling and a shell's INPUT_WORKING_DIRECTORY both work")
	assert.Equal(t, filepath.Join("/runner/tmp", "schemalint.sarif"), r.DefaultSARIFFile())
}
