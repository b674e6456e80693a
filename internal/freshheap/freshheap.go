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

// The smallest input Expect acts on, and the heap it prepares per byte of
// input and at most. The 2,000-model schema (1.5 MB) builds a heap of
// about 19 MB, 12 bytes a byte; with --base twice that.
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
// and n is large, it backs the heap to come with huge pages.
//
// Why: the heap of a fresh process is fresh memory, and every 4 KB page
// of it is a page fault the first time it is written. On the 2,000-model
// schema that was a third of the run's CPU (5,100 faults for 19 MB); with
// 2 MB pages it is about a thousand.
//
// How: Go maps its heap a chunk at a time as it grows, and each mapping
// replaces any advice given for those addresses before, so Expect
// allocates a large object, which makes the runtime map that much heap
// at once, advises that memory (MADV_HUGEPAGE), drops the object and
// starts a collection, which frees it; the heap then grows into it first,
// lowest addresses first. Nothing is written to it until the heap uses it.
//
// What it costs: the collection, 2-5 ms of CPU, which the input size
// repays only above minInput; and resident memory, since a 2 MB page is
// resident whole once any of it is used: about 2 MB more on the
// 2,000-model schema (37 → 39 MB peak). Where the kernel is set to
// "always" the heap has huge pages already, and with "never" (or
// GODEBUG=disablethp=1) it must not have them: Expect does nothing. It
// does nothing either when collection is off (GOGC=off) or a memory limit
// is set, whose collections would decide when the object is freed.
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
	debug.SetGCPercent(1)
	trigger = make([]byte, 64<<10)
	trigger = nil
	debug.SetGCPercent(-1)
	debug.SetGCPercent(percent)
	if policy.armed != 0 {
		// That collection was the first: Defer's hand-over would run
		// after it. The floor is set again, with a new hand-over that
		// the next collection runs.
		arm()
	}
	return lo, hi
}

// onRequest reads Linux's setting of transparent huge pages,
// "always [madvise] never".
func onRequest(mode []byte) bool {
	return bytes.Contains(mode, []byte("[madvise]"))
}

// trigger holds the allocation that starts Expect's collection, so that
// the compiler keeps it.
var trigger []byte

// allocate allocates size bytes and returns their address, and no
// pointer to them: once it returns, they are garbage.
//
//go:noinline
func allocate(size int) uintptr {
	b := make([]byte, size)
	return uintptr(unsafe.Pointer(unsafe.SliceData(b)))
}
