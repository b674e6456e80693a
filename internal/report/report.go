// Package report turns findings into the formats users read: text for a
// terminal, JSON for scripts (and SARIF and GitHub annotations beside them).
// One formatter per file, all behind Formatter.
package report

import (
	"io"
	"sort"

	"github.com/schemalint/schemalint/internal/config"
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
}

// Formatter writes findings in one format.
type Formatter func(w io.Writer, in *Input) error

// Formats maps --format names to formatters.
var Formats = map[string]Formatter{
	"text": Text,
	"json": JSON,
}

// Names lists the format names, sorted.
func Names() []string {
	var out []string
	for n := range Formats {
		out = append(out, n)
	}
	sort.Strings(out)
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
		case config.SeverityError:
			c.Errors++
		case config.SeverityWarning:
			c.Warnings++
		default:
			c.Notices++
		}
	}
	return c
}
