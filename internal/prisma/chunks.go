package prisma

import (
	"bytes"
	"runtime"
	"sync"
	"sync/atomic"
)

// A large file is parsed by several goroutines at once, each starting at a
// place that is very likely a top-level declaration: the first line with
// text after a line holding only `}`. Whether it really is one depends on
// everything before it (a `}` can sit inside a block comment, or close no
// block), so the guess is checked rather than trusted: each goroutine
// parses until it stands at the top level exactly on a later start, and the
// results are chained from the beginning of the file, following where each
// one stopped. A goroutine that overshoots a start simply parses on, and the
// work begun there is dropped. The tree and diagnostics are therefore the
// ones a single pass produces, byte for byte.

// Tuning knobs, variables so that tests can force splitting on small inputs.
var (
	// minChunk is the smallest piece of a file worth a goroutine.
	minChunk = 64 << 10
	// maxChunks caps the goroutines per file; 0 means GOMAXPROCS.
	maxChunks = 0
)

// parsing counts the parses under way in the process. When others already
// keep the cores busy (schema roots read in parallel, a base parsed beside
// the head), splitting a file only queues more goroutines for the same
// cores: each split costs a guess that may be dropped, and the chaining.
var parsing atomic.Int32

// beside counts the cores kept busy by other work of the same process, as
// a caller told (Beside): schema roots checked in parallel keep every core
// busy while one of them is parsed, and Parse and Resolve then split a
// schema only over the cores left free.
var beside atomic.Int32

// Beside adds n to the cores the caller keeps busy beside the parses and
// resolutions under way (a negative n gives them back): while one of its
// schemas is parsed and resolved, the others it checks in parallel keep
// a core each.
func Beside(n int) { beside.Add(int32(n)) }

// taken is the cores kept busy, given the parses (or schemas) under way,
// this one included: those and the caller's other work (Beside).
func taken(underWay int32) int { return max(int(underWay+beside.Load()), 1) }

// chunkStarts returns where goroutines after the first begin, in increasing
// order; none when the file is too small to be worth splitting. busy is the
// number of parses under way, this one included: the cores are shared
// among them.
func chunkStarts(src []byte, busy int) []int {
	n := maxChunks
	if n <= 0 {
		n = runtime.GOMAXPROCS(0) / max(busy, 1)
	}
	n = min(n, len(src)/max(minChunk, 1))
	var starts []int
	for i := 1; i < n; i++ {
		from := len(src) * i / n
		if len(starts) > 0 && from <= starts[len(starts)-1] {
			from = starts[len(starts)-1] + 1
		}
		at := declAfter(src, from)
		if at < 0 {
			break
		}
		starts = append(starts, at)
	}
	return starts
}

// declAfter finds, at or after from, the first non-blank character of the
// first line with text that follows a line consisting only of `}`; -1 when
// there is none.
func declAfter(src []byte, from int) int {
	for from < len(src) {
		i := bytes.Index(src[from:], []byte("\n}"))
		if i < 0 {
			return -1
		}
		at := from + i + 2
		from = at
		if at < len(src) && src[at] == '\r' {
			at++
		}
		if at >= len(src) || src[at] != '\n' {
			continue
		}
		// Skip blank lines and indentation up to the next text.
		for at < len(src) && (src[at] == ' ' || src[at] == '\t' || src[at] == '\r' || src[at] == '\n') {
			at++
		}
		if at < len(src) {
			return at
		}
		return -1
	}
	return -1
}

// parseChunks parses src with one goroutine per chunk and stitches the
// results that a single pass would have produced. used counts the chunks
// whose work was kept.
func parseChunks(name string, src []byte, starts []int) (f *File, diags []Diagnostic, used int) {
	all := append([]int{0}, starts...)
	parsers := make([]*parser, len(all))
	stopped := make([]int, len(all)) // index in all where each parser stopped
	var wg sync.WaitGroup
	for i := 1; i < len(all); i++ {
		parsers[i] = newParser(name, src, all[i])
		wg.Add(1)
		go func() {
			defer wg.Done()
			stopped[i] = i + 1 + parsers[i].parseFile(all[i+1:])
		}()
	}
	parsers[0] = newParser(name, src, 0)
	stopped[0] = 1 + parsers[0].parseFile(all[1:])
	wg.Wait()

	first := parsers[0]
	used = 1
	for i := stopped[0]; i < len(all); i = stopped[i] {
		used++
		p := parsers[i]
		first.f.Decls = append(first.f.Decls, p.f.Decls...)
		first.f.Comments = append(first.f.Comments, p.f.Comments...)
		first.diags = append(first.diags, p.diags...)
		first.f.badEscapes = first.f.badEscapes || p.f.badEscapes
	}
	return first.f, first.diags, used
}
