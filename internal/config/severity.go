package config

import (
	"fmt"
	"strings"
)

// Severity of a finding. Severities are ordered: a finding makes `schemalint
// check` fail when its severity is at least the configuration's FailOn.
type Severity int

// The zero Severity is no severity; configurations and rules always set one.
const (
	SeverityNotice Severity = iota + 1
	SeverityWarning
	SeverityError
)

var severityNames = []string{SeverityNotice: "notice", SeverityWarning: "warning", SeverityError: "error"}

func (s Severity) String() string {
	if s >= SeverityNotice && s <= SeverityError {
		return severityNames[s]
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// AtLeast reports whether s is min or more severe.
func (s Severity) AtLeast(min Severity) bool { return s >= min }

// ParseSeverity reads "error", "warning" or "notice".
func ParseSeverity(name string) (Severity, error) {
	for s := SeverityNotice; s <= SeverityError; s++ {
		if severityNames[s] == name {
			return s, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q; use %s", name, severityChoices())
}

func severityChoices() string {
	return `"error", "warning" or "notice"`
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) {
	if s < SeverityNotice || s > SeverityError {
		return nil, fmt.Errorf("invalid severity %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(strings.TrimSpace(string(b)))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
