// Command schemalint checks Prisma schemas against a team's policies.
package main

import (
	"context"
	"os"

	"github.com/schemalint/schemalint/internal/cli"
	"github.com/schemalint/schemalint/internal/freshheap"
)

func main() {
	// schemalint is a short batch process whose heap is mostly one schema
	// that lives to the end; collecting it while it is being built is wasted
	// work. Unless the user set GOGC, it first collects at heapFloor, then
	// at a quadruple of the default target; a GOMEMLIMIT still bounds both.
	if os.Getenv("GOGC") == "" {
		freshheap.Defer(heapFloor, 400)
	}
	// cli.Run catches interrupts (Ctrl-C) as its commands need.
	os.Exit(cli.Run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// heapFloor is the heap schemalint grows to before it first collects: the
// 2,000-model schema's tree and findings take about 19 MB, all of it live to the
// end, and marking it is a third of the run's CPU, for nothing to free.
// With --base the base's tree is as large again: at 48 MB the collector
// started a mark of that all-live heap just before exit (25-39 ms of CPU,
// a fifth of the run).
const heapFloor = 80 << 20
