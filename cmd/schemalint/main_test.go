package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// The floor is lifted by the first collection: a heap that outgrows it is
// then paced by GOGC, not collected again and again at the floor.
func TestCollectFromHandsOverAfterTheFirstCollection(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))

	collectFrom(1<<40, 250)
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Fatalf("memory limit before any collection = %d, want the floor", got)
	}
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Fatalf("GOGC before any collection = %d, want off", got)
	}
	runtime.GC()
	deadline := time.Now().Add(10 * time.Second)
	for debug.SetMemoryLimit(-1) != math.MaxInt64 {
		if time.Now().After(deadline) {
			t.Fatal("the first collection did not lift the floor")
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if got := debug.SetGCPercent(-1); got != 250 {
		t.Fatalf("GOGC after the first collection = %d, want 250", got)
	}
}
