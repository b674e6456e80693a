// Package freshheap tunes the Go heap of a short batch process, whose
// heap is mostly one schema that lives to the end: collections are put
// off while it is built (Defer), and on Linux that heap can be backed by
// huge pages (Expect), which the kernel gives only to memory that asks.
package freshheap

import (
	"bytes"
	"math"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// policy is what Defer set, kept so that Expect, whose collection the
// hand-over would otherwise take for the first one, can set it again.
var policy struct {
	sync.Mutex
	floor   int64
	percent int
	// armed is the number of the hand-over still waiting for the first
	// collection; 0 once it has run, or when Defer was not called.
	armed int64
	next  int64
}

// Defer lets the heap grow to floor bytes without collecting, then hands
// over to the collector at percent (GOGC), which a short batch process
// whose heap is mostly one schema can set high. Go's first collection
// comes at a heap of 4 MB × GOGC/100, so the percentage that puts it at
// floor is set first, and a cleanup that the first collection runs sets
// percent. The cleanup runs some time after that collection, which only
// makes the next one later: a memory limit lifted the same way started a
// second collection of the live heap before it was lifted.
func Defer(floor int64, percent int) {
	policy.Lock()
	defer policy.Unlock()
	policy.floor, policy.percent = floor, percent
	arm()
}

// arm sets the floor and the hand-over; policy is locked.
func arm() {
	policy.next++
	policy.armed = policy.next
	debug.SetGCPercent(int(policy.floor / (4 << 20) * 100))
	sentinel := new([32]byte)
	runtime.AddCleanup(sentinel, handOver, policy.armed)
}

// handOver is the cleanup of hand-over number n: one that Expect replaced
// does nothing.
func handOver(n int64) {
	policy.Lock()
	defer policy.Unlock()
	if policy.armed != n {
		return
	}
	policy.armed = 0
	debug.SetGCPercent(policy.percent)
}

// The smallest input Expect acts on (real schemas are mostly under
// 100 KB; their heap is too small to repay the collection), and the heap
// it prepares per byte of input, and at most. The 2,000-model schema
// (1.5 MB) builds a heap of about 20 MB, 13 bytes a byte; lint counts a
// base's schema as input too.
const (
	minInput     = 512 << 10
	heapPerByte  = 16
	maxPrepared  = 128 << 20
	hugePageSize = 2 << 20
)

// prepared is set once Expect has prepared the heap: once per process.
var prepared atomic.Bool

// Expect tells that the run is about to build a heap from about n bytes
// of input. Where the kernel gives huge pages only to memory that asks
// (Linux's transparent huge pages in "madvise" mode, a common default)
// and n is large, it backs the heap to come with 2 MB pages.
//
// Why: the heap of a fresh process is fresh memory, and every 4 KB page
// of it is a page fault the first time it is written. On the 2,000-model
// schema (1.5 MB) that was 5,100 faults for about 20 MB of heap, a third
// of the run's CPU; with 2 MB pages it is 1,100-1,500, and the check's
// CPU fell by 16-33% (with --base 16-17%, 50 roots of 200 models 21%),
// measured beside the build without it under load.
//
// How: Go maps its heap a chunk at a time as it grows, each time over
// the addresses it reserved (mmap MAP_FIXED), which drops any advice
// given for them before; and it no longer advises its heap itself. So
// Expect allocates one large object, which makes the runtime map that
// much heap at once, advises that memory (MADV_HUGEPAGE), drops the
// object and has one collection free it; the heap then grows into it
// first, lowest addresses first. Nothing is written to it until the heap
// uses it.
//
// What it costs: that collection, a few ms of CPU, and the zeroing of
// reused memory, which the runtime does for memory it has handed out
// before; under minInput of schema the faults saved do not repay them,
// and Expect does nothing. Up to 2 MB of address space below the first
// huge page is set aside unused (setAside), never resident. Resident
// memory grows, since a 2 MB page is resident whole once any of it is
// used: the 2,000-model check's anonymous memory went 20.0 → 21.8-23.3
// MB, with --base the peak 54 → 60 MB, and over 50 roots 97 → 109 MB.
// Where the kernel must find a free 2 MB block by compacting memory (the "defrag" setting), a fault
// can wait for it; on an idle machine it finds one. Where the kernel is
// set to "always" the heap has huge pages already, and with "never" (or
// GODEBUG=disablethp=1) it must not have them: Expect does nothing. It
// does nothing either when collection is off (GOGC=off) or a memory
// limit is set, whose collections would decide when the object is freed.
func Expect(n int64) { prepare(n) }

// hugePages tells whether huge pages are given on request (a variable for
// the tests).
var hugePages = hugePagesOnRequest

// prepare is Expect; it returns the memory it advised, if any.
func prepare(n int64) (lo, hi uintptr) {
	if n < minInput || !hugePages() || !prepared.CompareAndSwap(false, true) {
		return 0, 0
	}
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return 0, 0
	}
	policy.Lock()
	defer policy.Unlock()
	percent := debug.SetGCPercent(-1)
	if percent < 0 {
		debug.SetGCPercent(percent)
		return 0, 0
	}
	size := min(n*heapPerByte, maxPrepared)
	p := allocate(int(size))
	lo = (p + hugePageSize - 1) &^ (hugePageSize - 1)
	hi = (p + uintptr(size)) &^ (hugePageSize - 1)
	if lo < hi {
		adviseHuge(lo, hi-lo)
	}
	// The collection that frees the object: GOGC=1 puts the goal far
	// below the heap (the object is in it until collected), so the next
	// allocation starts a collection, and turning collection off waits
	// for it to finish marking. runtime.GC would also sweep the whole
	// heap before it returns, yielding between spans, which cost more
	// than the marking here; the sweep comes with the allocations instead,
	// and the heap frees the object before it grows.
	before := collections()
	debug.SetGCPercent(1)
	allocate(64 << 10)
	debug.SetGCPercent(-1)
	if collections() == before {
		// A runtime that paces differently: the object must not stay
		// in the heap, where it would bring the floor's collection
		// closer by its size.
		runtime.GC()
	}
	if lo < hi {
		setAside(lo - p)
	}
	debug.SetGCPercent(percent)
	if policy.armed != 0 {
		// That collection was the first: Defer's hand-over would run
		// after it. The floor is set again, with a new hand-over that
		// the next collection runs.
		arm()
	}
	return lo, hi
}

// padding is the memory setAside keeps for the life of the process.
var padding *strings.Builder

// setAside takes the n bytes at the freed object's start, below its first
// 2 MB boundary, out of the heap's reach. The heap grows into the object
// lowest addresses first, and only its part from that boundary on is
// advised: the part below, up to 2 MB, is 4 KB pages, and it was the
// first memory used, the schema's own bytes among it (on the 2,000-model
// schema half of its 1.5 MB read buffer, about 200 of the run's 1,200
// faults). The memory is allocated and never written: a strings.Builder
// grows without zeroing what it allocates, where a []byte of memory used
// before (the object's) would be cleared, which is the faults again. So it
// costs address space, not faults or resident memory. Where the heap puts
// it elsewhere, the same holds there.
func setAside(n uintptr) {
	if n == 0 {
		return
	}
	padding = new(strings.Builder)
	padding.Grow(int(n))
}

// collections is the number of collections finished. It is read from
// debug.ReadGCStats, not runtime/metrics: importing runtime/metrics runs
// its initialisation (a table of every GODEBUG setting's metric, built
// with string concatenations) in every process, `schemalint version`
// included, for these two reads on the large-schema path.
func collections() int64 {
	var s debug.GCStats
	debug.ReadGCStats(&s)
	return s.NumGC
}

// onRequest reads Linux's setting of transparent huge pages,
// "always [madvise] never".
func onRequest(mode []byte) bool {
	return bytes.Contains(mode, []byte("[madvise]"))
}

// allocate allocates size bytes and returns their address, and no
// pointer to them: once it returns, they are garbage.
//
//go:noinline
func allocate(size int) uintptr {
	b := make([]byte, size)
	return uintptr(unsafe.Pointer(unsafe.SliceData(b)))
}
