package main

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
func TestCollectFromHandsOverAfterTheFirstCollection(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))

	const floor = 256 << 20
	runtime.GC()
	collectFrom(floor, 250)
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
