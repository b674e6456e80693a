package freshheap

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

// The heap grows to the floor without a collection; the first collection
// hands over to GOGC, so that a heap that outgrows the floor is paced by
// it, not collected again at the floor.
func TestDeferHandsOverAfterTheFirstCollection(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))

	const floor = 256 << 20
	runtime.GC()
	Defer(floor, 250)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var keep [][]byte
	for range 64 {
		keep = append(keep, make([]byte, 1<<20))
	}
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(keep)
	if after.NumGC != before.NumGC {
		t.Fatalf("%d collections while the heap grew by 64 MB under a %d MB floor, want none", after.NumGC-before.NumGC, floor>>20)
	}
	runtime.GC()
	deadline := time.Now().Add(10 * time.Second)
	for gogc() != 250 {
		if time.Now().After(deadline) {
			t.Fatal("the first collection did not hand over to GOGC=250")
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

// gogc reads GOGC without changing it.
func gogc() uint64 {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// Expect's collection frees the memory it advised, and is not taken for
// the first collection: the floor still holds after it, and the next
// collection hands over.
func TestExpectKeepsTheFloor(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer func(f func() bool) { hugePages = f }(hugePages)
	hugePages = func() bool { return true }
	prepared.Store(false)

	const floor = 256 << 20
	runtime.GC()
	Defer(floor, 250)
	floorPercent := gogc()
	lo, hi := prepare(4 << 20)
	if lo == 0 || hi <= lo {
		t.Fatalf("prepare(4 MB) advised [%#x, %#x), want 64 MB", lo, hi)
	}
	// The collection prepare started ends, frees the 64 MB, and does not
	// hand over.
	deadline := time.Now().Add(10 * time.Second)
	for heapObjects() > 32<<20 {
		if time.Now().After(deadline) {
			t.Fatalf("%d MB of heap objects 10 s after prepare, want its 64 MB freed", heapObjects()>>20)
		}
		time.Sleep(time.Millisecond)
		_ = make([]byte, 64<<10) // sweeping goes with allocation
	}
	time.Sleep(10 * time.Millisecond) // a hand-over would have run by now
	if got := gogc(); got != floorPercent {
		t.Fatalf("GOGC=%d after prepare's collection, want the floor's %d still", got, floorPercent)
	}
	runtime.GC()
	for gogc() != 250 {
		if time.Now().After(deadline) {
			t.Fatal("the collection after prepare's did not hand over to GOGC=250")
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

// Small inputs, and a second call, are left alone: no collection.
func TestExpectLeavesSmallInputs(t *testing.T) {
	defer func(f func() bool) { hugePages = f }(hugePages)
	hugePages = func() bool { return true }
	prepared.Store(false)
	if lo, _ := prepare(minInput - 1); lo != 0 {
		t.Fatalf("prepare(%d) advised memory, want nothing below %d bytes", minInput-1, minInput)
	}
	hugePages = func() bool { return false }
	if lo, _ := prepare(64 << 20); lo != 0 {
		t.Fatal("prepare advised memory where huge pages are not given on request")
	}
}

func TestOnRequest(t *testing.T) {
	for mode, want := range map[string]bool{
		"always [madvise] never\n": true,
		"[always] madvise never\n": false,
		"always madvise [never]\n": false,
	} {
		if got := onRequest([]byte(mode)); got != want {
			t.Errorf("onRequest(%q) = %v, want %v", mode, got, want)
		}
	}
}

// heapObjects reads the bytes of heap objects, live or not yet swept.
func heapObjects() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
