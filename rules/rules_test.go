package rules_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lint"
	"github.com/schemalint/schemalint/rules"
)

// Each rule has testdata/<rule>/ with cases: a .prisma file, or a folder
// (a multi-file schema, or a small project with schemalint.hcl, prisma/,
// SQL views and a scope registry). Expectations sit on the offending line:
// `// want "regexp"` in Prisma, TypeScript and schemalint.hcl, `-- want
// "regexp"` in SQL.
// A finding without a matching want, or a want without a finding, fails.
// A case folder holding base/ and head/ is a base-vs-head case: head/ is
// checked against base/ as the comparison base, and wants live in head/.
func TestRules(t *testing.T) {
	for _, r := range rules.All() {
		dir := filepath.Join("testdata", r.Name)
		entries, err := os.ReadDir(dir)
		require.NoError(t, err, "every rule needs testdata/%s", r.Name)
		require.NotEmpty(t, entries)
		for _, e := range entries {
			path := filepath.Join(dir, e.Name())
			t.Run(r.Name+"/"+e.Name(), func(t *testing.T) { runCase(t, r, path, e.IsDir()) })
		}
	}
}

func runCase(t *testing.T, r *rules.Rule, path string, isDir bool) {
	path, err := filepath.Abs(path)
	require.NoError(t, err)
	var baseTree *base.Base
	if head, old := filepath.Join(path, "head"), filepath.Join(path, "base"); isDir && isFolder(head) && isFolder(old) {
		baseTree = &base.Base{Dir: head, Tree: base.Dir(old), Label: "base/"}
		path = head
	}
	opts := lint.Options{Dir: filepath.Dir(path), Only: []string{r.Name}, Base: lint.CompareWith(baseTree)}
	cfg := config.Default()
	cfg.Dir = opts.Dir
	if isDir {
		opts.Dir = path
		cfg.Dir = path
		if _, err := os.Stat(filepath.Join(path, config.FileName)); err == nil {
			loaded, err := config.Load(filepath.Join(path, config.FileName), rules.Names())
			require.NoError(t, err)
			cfg = loaded
		}
		if _, err := os.Stat(filepath.Join(path, "prisma")); err != nil && cfg.Path == "" {
			opts.Paths = []string{path}
		}
	} else {
		opts.Paths = []string{path}
	}
	opts.Config = cfg
	res, err := lint.Run(context.Background(), opts)
	require.NoError(t, err)

	wants := collectWants(t, path, isDir)
	for _, d := range res.Diagnostics {
		file := d.Range.File
		if !filepath.IsAbs(file) {
			file = filepath.Join(opts.Dir, file)
		}
		key := fmt.Sprintf("%s:%d", filepath.Clean(file), d.Range.Start.Line)
		matched := false
		for i, w := range wants[key] {
			if w != nil && w.MatchString(d.Message) {
				wants[key][i] = nil
				matched = true
				break
			}
		}
		if !matched {
			t.Errorf("%s:%d:%d: unexpected finding: %s [%s]", d.Range.File, d.Range.Start.Line, d.Range.Start.Col, d.Message, d.Rule)
		}
		// A position inside the text would make a finding that only moved
		// look new to the baseline and to code scanning (Subject).
		if positionInText.MatchString(d.Message) {
			t.Errorf("%s:%d: message names a position; use a related location: %s", d.Range.File, d.Range.Start.Line, d.Message)
		}
		// A location in the base revision carries the base's line under a
		// working-tree path; reports only treat it right when it says so.
		for _, rel := range d.Related {
			if strings.Contains(rel.Message, "at the base") != rel.AtBase {
				t.Errorf("%s:%d: related location %q has AtBase %v", d.Range.File, d.Range.Start.Line, rel.Message, rel.AtBase)
			}
		}
	}
	for key, list := range wants {
		for _, w := range list {
			if w != nil {
				t.Errorf("%s: no finding matches %q", key, w)
			}
		}
	}
}

// positionInText finds line and column numbers in a message.
var positionInText = regexp.MustCompile(`\.(prisma|sql|ts|hcl)(:\d+)+\b|\blines? \d+(-\d+)?\b`)

func isFolder(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}

var wantComment = regexp.MustCompile(`(?://|--)\s*want\s+((?:"(?:[^"\\]|\\.)*"\s*)+)`)
var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

func collectWants(t *testing.T, path string, isDir bool) map[string][]*regexp.Regexp {
	wants := map[string][]*regexp.Regexp{}
	read := func(file string) {
		f, err := os.Open(file)
		require.NoError(t, err)
		defer f.Close()
		sc := bufio.NewScanner(f)
		for line := 1; sc.Scan(); line++ {
			m := wantComment.FindStringSubmatch(sc.Text())
			if m == nil {
				continue
			}
			for _, q := range quoted.FindAllString(m[1], -1) {
				s, err := strconv.Unquote(q)
				require.NoError(t, err, "%s:%d", file, line)
				key := fmt.Sprintf("%s:%d", filepath.Clean(file), line)
				wants[key] = append(wants[key], regexp.MustCompile(s))
			}
		}
	}
	if !isDir {
		read(path)
		return wants
	}
	require.NoError(t, filepath.WalkDir(path, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			read(p)
		}
		return err
	}))
	return wants
}

func TestRegistry(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range rules.All() {
		require.NoError(t, r.Validate())
		require.False(t, seen[r.Name], "duplicate rule %s", r.Name)
		seen[r.Name] = true
	}
}
