// Package lazyregexp holds regular expressions that are compiled on their
// first use instead of at package init. Every schemalint command runs the
// init of every linked package, so a pattern compiled there costs
// `schemalint version` as much as the one command that needs it.
//
// Under `go test` a pattern is compiled when it is declared, as
// regexp.MustCompile would, so that a bad pattern fails its package's tests
// rather than the first user run that reaches it.
package lazyregexp

import (
	"os"
	"regexp"
	"strings"
	"sync"
)

// Regexp is a *regexp.Regexp compiled on first use. Its methods are the
// ones schemalint calls; add others as they are needed.
type Regexp struct {
	expr     string
	once     sync.Once
	compiled *regexp.Regexp
}

var inTest = strings.HasSuffix(os.Args[0], ".test") || strings.HasSuffix(os.Args[0], ".test.exe")

// New returns a Regexp for expr, which must compile (regexp.MustCompile
// panics on first use otherwise).
// A declaration is one allocation, no closure: schemalint declares about
// forty, all at init.
func New(expr string) *Regexp {
	r := &Regexp{expr: expr}
	if inTest {
		r.re()
	}
	return r
}

func (r *Regexp) re() *regexp.Regexp {
	r.once.Do(func() { r.compiled = regexp.MustCompile(r.expr) })
	return r.compiled
}

// Regexp returns the compiled expression.
func (r *Regexp) Regexp() *regexp.Regexp { return r.re() }

func (r *Regexp) Match(b []byte) bool              { return r.re().Match(b) }
func (r *Regexp) MatchString(s string) bool        { return r.re().MatchString(s) }
func (r *Regexp) FindIndex(b []byte) []int         { return r.re().FindIndex(b) }
func (r *Regexp) FindSubmatch(b []byte) [][]byte   { return r.re().FindSubmatch(b) }
func (r *Regexp) FindSubmatchIndex(b []byte) []int { return r.re().FindSubmatchIndex(b) }
func (r *Regexp) FindStringSubmatch(s string) []string {
	return r.re().FindStringSubmatch(s)
}
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	return r.re().FindStringSubmatchIndex(s)
}
func (r *Regexp) FindAllIndex(b []byte, n int) [][]int {
	return r.re().FindAllIndex(b, n)
}
func (r *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	return r.re().FindAllSubmatch(b, n)
}
func (r *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return r.re().FindAllSubmatchIndex(b, n)
}
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.re().FindAllStringSubmatch(s, n)
}
func (r *Regexp) ReplaceAllString(src, repl string) string {
	return r.re().ReplaceAllString(src, repl)
}
func (r *Regexp) String() string { return r.re().String() }
