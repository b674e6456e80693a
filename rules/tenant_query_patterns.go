package rules

import (
	"regexp"
	"sync"
)

// compiledPatterns holds the regular expressions the query rule builds
// from the names it reads (`\bconst\s+orgId\b`): the same names come back
// for every call of a function and in many files, and compiling one costs
// more than most of its matches.
var compiledPatterns sync.Map // expression → *regexp.Regexp

// compiled is regexp.MustCompile(expr), compiled once per process.
func compiled(expr string) *regexp.Regexp {
	if re, ok := compiledPatterns.Load(expr); ok {
		return re.(*regexp.Regexp)
	}
	re, _ := compiledPatterns.LoadOrStore(expr, regexp.MustCompile(expr))
	return re.(*regexp.Regexp)
}
