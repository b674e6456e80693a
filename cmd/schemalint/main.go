// Command schemalint checks Prisma schemas against a team's policies.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/schemalint/schemalint/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
