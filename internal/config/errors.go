package config

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"

	"github.com/schemalint/schemalint/internal/lazyregexp"
)

// Error is a problem in a configuration file, at the offending token.
type Error struct {
	Range   hcl.Range
	Message string
}

func (e *Error) Error() string {
	return Pos(e.Range) + ": " + e.Message
}

// Errors is several configuration errors, in file order, one a line.
type Errors struct {
	List []*Error
}

// Add appends an error at rng.
func (es *Errors) Add(rng hcl.Range, msg string) {
	es.List = append(es.List, &Error{Range: rng, Message: msg})
}

func (es *Errors) addf(rng hcl.Range, format string, args ...any) {
	es.Add(rng, fmt.Sprintf(format, args...))
}

func (es *Errors) Error() string {
	lines := make([]string, len(es.List))
	for i, e := range es.List {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap lets errors.As find the first *Error.
func (es *Errors) Unwrap() []error {
	out := make([]error, len(es.List))
	for i, e := range es.List {
		out[i] = e
	}
	return out
}

// maxErrors bounds what a junk file can produce.
const maxErrors = 20

// Err sorts the errors by position and returns nil, the only *Error, or es.
func (es *Errors) Err() error {
	if len(es.List) == 0 {
		return nil
	}
	sort.SliceStable(es.List, func(i, j int) bool {
		a, b := es.List[i].Range.Start, es.List[j].Range.Start
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	// Drop repeats at one position: HCL often reports one bad token twice.
	list := es.List[:1]
	for _, e := range es.List[1:] {
		if last := list[len(list)-1]; e.Range.Start == last.Range.Start && e.Range.Filename == last.Range.Filename {
			continue
		}
		list = append(list, e)
	}
	if len(list) > maxErrors {
		more := len(list) - maxErrors
		list = append(list[:maxErrors], &Error{Range: list[maxErrors].Range, Message: fmt.Sprintf("too many errors; %d more not shown", more)})
	}
	es.List = list
	if len(list) == 1 {
		return list[0]
	}
	return es
}

// addDiags turns HCL's diagnostics into errors worded like ours:
// "unsupported argument: an argument named "x" is not expected here".
func (es *Errors) addDiags(diags hcl.Diagnostics) {
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		var rng hcl.Range
		if d.Subject != nil {
			rng = *d.Subject
		}
		es.Add(rng, diagMessage(d))
	}
}

// hclRangeInText matches HCL's own "file:1,3-5" positions inside messages.
var hclRangeInText = lazyregexp.New(`:(\d+),(\d+)-\d+(?:,\d+)?`)

func diagMessage(d *hcl.Diagnostic) string {
	msg := lowerFirst(strings.TrimSuffix(d.Summary, "."))
	if detail := firstSentence(d.Detail); detail != "" {
		msg += ": " + lowerFirst(detail)
	}
	return hclRangeInText.ReplaceAllString(msg, ":$1:$2")
}

// firstSentence keeps what a one-line message needs; HCL's details go on
// with background a user of this file does not need.
func firstSentence(s string) string {
	s = strings.TrimSpace(s)
	for i := 0; i < len(s); i++ {
		if s[i] == '.' && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n') {
			// Keep "Did you mean ...?" hints, they are the way out.
			rest := strings.TrimSpace(s[i+1:])
			if strings.HasPrefix(rest, "Did you mean") {
				if q := strings.IndexByte(rest, '?'); q >= 0 {
					return s[:i] + "; d" + rest[1:q+1]
				}
			}
			return s[:i]
		}
	}
	return s
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	// Leave acronyms ("HCL") alone.
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// Pos renders where a setting is, file:line:col, for messages that point
// at it from elsewhere.
func Pos(r hcl.Range) string {
	return fmt.Sprintf("%s:%d:%d", r.Filename, r.Start.Line, r.Start.Column)
}

// suggest returns the candidate closest to name when it is close enough to
// be what the user meant.
func suggest(name string, candidates []string) string {
	best, bestDist := "", -1
	for _, c := range candidates {
		d := levenshtein(strings.ToLower(name), strings.ToLower(c))
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	if best == "" {
		return ""
	}
	limit := 1 + utf8.RuneCountInString(name)/3
	if bestDist <= limit {
		return best
	}
	// A shared start ("fail_level" for "fail_on") names it when only one
	// candidate has it.
	if c, n := longestPrefix(name, candidates); n >= 4 {
		return c
	}
	// A fragment of an id ("index-missing") is close enough too.
	for _, c := range candidates {
		if len(name) >= 4 && strings.Contains(c, name) {
			return c
		}
	}
	return ""
}

// longestPrefix returns the candidate sharing the longest prefix with name,
// and its length, or 0 when several share it.
func longestPrefix(name string, candidates []string) (string, int) {
	best, bestN, tie := "", 0, false
	for _, c := range candidates {
		n := 0
		for n < len(name) && n < len(c) && name[n] == c[n] {
			n++
		}
		switch {
		case n > bestN:
			best, bestN, tie = c, n, false
		case n == bestN:
			tie = true
		}
	}
	if tie {
		return "", 0
	}
	return best, bestN
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// orList renders names as `"a", "b" or "c"`.
func orList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	switch len(q) {
	case 0:
		return ""
	case 1:
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}
