// Package severity is how serious a finding is, and how each report
// spells it. It sits below config (which sets severities) and rules
// (whose findings carry one), so that the reports need neither.
package severity

import (
	"fmt"
	"strings"
)

// Severity of a finding. Severities are ordered: a finding makes `schemalint
// check` fail when its severity is at least the configuration's FailOn.
type Severity int

// The zero Severity is no severity; configurations and rules always set one.
const (
	Notice Severity = iota + 1
	Warning
	Error
)

var severityNames = []string{Notice: "notice", Warning: "warning", Error: "error"}

func (s Severity) String() string {
	if s >= Notice && s <= Error {
		return severityNames[s]
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// Each report spells the three severities in its own words; they are
// listed here, in one place: SARIF's result levels, GitHub's
// workflow-command names and the Checks API's annotation levels.
var (
	sarifLevels     = [...]string{Notice: "note", Warning: "warning", Error: "error"}
	annotationNames = [...]string{Notice: "notice", Warning: "warning", Error: "error"}
	checkRunLevels  = [...]string{Notice: "notice", Warning: "warning", Error: "failure"}
)

func (s Severity) spelled(words [4]string) string {
	if s < Notice || s > Error {
		s = Notice
	}
	return words[s]
}

// SARIFLevel is s as a SARIF result level (error, warning, note).
func (s Severity) SARIFLevel() string { return s.spelled(sarifLevels) }

// AnnotationName is s as a GitHub workflow command (error, warning, notice).
func (s Severity) AnnotationName() string { return s.spelled(annotationNames) }

// CheckRunLevel is s as a Checks API annotation level (failure, warning,
// notice).
func (s Severity) CheckRunLevel() string { return s.spelled(checkRunLevels) }

// AtLeast reports whether s is min or more severe.
func (s Severity) AtLeast(min Severity) bool { return s >= min }

// Parse reads "error", "warning" or "notice".
func Parse(name string) (Severity, error) {
	for s := Notice; s <= Error; s++ {
		if severityNames[s] == name {
			return s, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q; use %s", name, Choices())
}

func Choices() string {
	return `"error", "warning" or "notice"`
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) {
	if s < Notice || s > Error {
		return nil, fmt.Errorf("invalid severity %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := Parse(strings.TrimSpace(string(b)))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
