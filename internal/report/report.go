// Package report turns findings into the formats users read: text for a
// terminal, JSON for scripts, SARIF for code scanning, and GitHub workflow
// annotations with a job summary. One formatter per file, all behind
// Formatter.
package report

import (
	"io"
	"path/filepath"
	"slices"
	"sort"

	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/rules"
)

// Input is everything a formatter may show.
type Input struct {
	Diagnostics []rules.Diagnostic
	// Source returns a file's content for excerpts; nil when unknown.
	Source func(file string) []byte
	// Rules documents the rules that ran (for formats that embed metadata).
	Rules []*rules.Rule
	// Color enables ANSI colours in text output.
	Color bool

	// Version is schemalint's version, recorded in SARIF.
	Version string
	// Dir is the absolute folder that relative file names in Diagnostics
	// are relative to (the working directory), and RepoRoot the
	// repository's top level. SARIF and GitHub name files relative to
	// RepoRoot, as code scanning and pull requests do; with both empty,
	// names are used as they are.
	Dir, RepoRoot string
	// AutomationID is SARIF's automationDetails.id (code scanning's
	// category), empty for none.
	AutomationID string
	// Notifications are problems of the tool or its input (a config or
	// parse error) rather than findings about the schema.
	Notifications []Notification
	// Notes are remarks about the run that are neither findings nor
	// failures (rules that did not run for want of a base, a glob that
	// matches nothing); the job summary repeats them.
	Notes []string
	// FailOn is the severity that fails the check, for summaries; zero
	// when unknown.
	FailOn severity.Severity
	// Baselined are the findings a baseline (or, with --only-new, the
	// base) already holds: not reported, but kept in SARIF marked
	// unchanged. nil when no baseline applied.
	Baselined []rules.Diagnostic
	// BlobURL is where the checked-out files are browsable, e.g.
	// https://github.com/o/r/blob/<sha>; the job summary links findings
	// to it when set.
	BlobURL string
}

// Notification is a tool or input problem, with its location when it has
// one (zero Range otherwise).
type Notification struct {
	Message string
	Range   prisma.Range
	// Error marks a problem that stopped the check (SARIF's
	// executionSuccessful is false); otherwise it is a warning.
	Error bool
}

// Formatter writes findings in one format.
type Formatter func(w io.Writer, in *Input) error

// Format is one --format: adding a format is one file and one entry in
// Formats.
type Format struct {
	Name  string
	Write Formatter
	// MachineReadable formats are parsed by programs: nothing else may be
	// printed among them (in GitHub Actions, notes and annotations then
	// go to stderr).
	MachineReadable bool
	// Annotates formats print GitHub workflow-command annotations
	// themselves.
	Annotates bool
}

// Formats are the --format values, sorted by name.
var Formats = []Format{
	{Name: "github", Write: GitHub, Annotates: true},
	{Name: "json", Write: JSON, MachineReadable: true},
	{Name: "sarif", Write: SARIF, MachineReadable: true},
	{Name: "text", Write: Text},
}

// FormatNamed returns the format called name.
func FormatNamed(name string) (Format, bool) {
	for _, f := range Formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Names lists the format names, sorted.
func Names() []string {
	var out []string
	for _, f := range Formats {
		out = append(out, f.Name)
	}
	return out
}

// Counts tallies findings by severity.
type Counts struct {
	Errors, Warnings, Notices int
}

func count(ds []rules.Diagnostic) Counts {
	var c Counts
	for _, d := range ds {
		switch d.Severity {
		case severity.Error:
			c.Errors++
		case severity.Warning:
			c.Warnings++
		default:
			c.Notices++
		}
	}
	return c
}

// RuleDocURL is the absolute address of a rule's documentation page.
func RuleDocURL(id string) string {
	return "https://github.com/schemalint/schemalint/blob/main/docs/rules/" + id + ".md"
}

// RepoPath names file as GitHub does: relative to the repository root,
// with forward slashes.
func (in *Input) RepoPath(file string) string {
	p, _ := in.repoPath(file)
	return p
}

// repoPath names file relative to the repository root with forward
// slashes, and reports whether it lies inside the repository. Names that
// cannot be rebased come back unchanged (with forward slashes).
func (in *Input) repoPath(file string) (string, bool) {
	if in.Dir == "" && in.RepoRoot == "" {
		return filepath.ToSlash(file), !filepath.IsAbs(file)
	}
	abs := file
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(in.Dir, file)
	}
	root := in.RepoRoot
	if root == "" {
		root = in.Dir
	}
	rel, ok := paths.Rel(root, abs)
	if !ok {
		return filepath.ToSlash(abs), false
	}
	return filepath.ToSlash(rel), true
}

// bySeverityIndex returns the indexes of ds, most severe first, keeping
// the file order within a severity.
func bySeverityIndex(ds []rules.Diagnostic) []int {
	idx := make([]int, len(ds))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return ds[idx[a]].Severity > ds[idx[b]].Severity })
	return idx
}

// bySeverity returns the diagnostics most severe first, keeping the
// file order within a severity.
func bySeverity(ds []rules.Diagnostic) []rules.Diagnostic {
	out := slices.Clone(ds)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Severity > out[j].Severity })
	return out
}

// basePrefix marks a related location in the base revision, whose line is
// not the working tree's.
func basePrefix(r rules.Related) string {
	if r.AtBase {
		return "base "
	}
	return ""
}
