// Command schemalint checks Prisma schemas against a team's policies.
package main

import (
	"context"
	"math"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"

	"github.com/schemalint/schemalint/internal/cli"
)

func main() {
	// schemalint is a short batch process whose heap is mostly one schema
	// that lives to the end; collecting it while it is being built is wasted
	// work. Unless the user tuned the collector, it first collects at
	// heapFloor, then at a quadruple of the default target.
	if os.Getenv("GOGC") == "" {
		if os.Getenv("GOMEMLIMIT") == "" {
			collectFrom(heapFloor, 400)
		} else {
			debug.SetGCPercent(400)
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// heapFloor is the memory schemalint grows to before it first collects: the
// 2,000-model schema's tree and findings take 22 MB, all of it live to the
// end, and marking it is a third of the run's CPU, for nothing to free.
// With --base the base's tree is as large again: at 48 MB the collector
// started a mark of that all-live heap just before exit (25-39 ms of CPU,
// a fifth of the run); the limit counts the runtime's own memory too.
const heapFloor = 80 << 20

// collectFrom lets the heap grow to floor bytes without collecting, then
// hands over to the collector at percent (GOGC), which a short batch
// process whose heap is mostly one schema can set high. Go's own floor is
// 4 MB × GOGC/100; a memory limit with the collector off is the way to
// set another, and a cleanup that the first collection runs lifts it, so
// that a heap that outgrows it is not collected over and over.
func collectFrom(floor int64, percent int) {
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(floor)
	sentinel := new([32]byte)
	runtime.AddCleanup(sentinel, func(percent int) {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(math.MaxInt64)
	}, percent)
}
