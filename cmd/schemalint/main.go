// Command schemalint checks Prisma schemas against a team's policies.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"

	"github.com/schemalint/schemalint/internal/cli"
)

func main() {
	// schemalint is a short batch process whose heap is mostly one schema
	// that lives to the end; collecting it while it is being built is wasted
	// work. Quadruple the default target unless the user set GOGC.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
