package cli

import (
	"context"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
)

// interruptContext is signal.NotifyContext(parent, os.Interrupt) that
// installs its handler only once something waits on it (Done: a git
// process, a GitHub request, a derived context) or once asked to (arm).
// os/signal's handler starts a goroutine locked to a thread of its own,
// about a millisecond of CPU and 40 page faults of a fresh process, which
// `version` or a check with nothing to cancel would pay for nothing. Until
// it is installed an interrupt ends the process the default way: nothing
// was waiting to be cancelled.
type interruptContext struct {
	context.Context // the parent, for Deadline and Value

	once   sync.Once
	caught atomic.Pointer[context.Context] // set once the handler is installed
	stop   context.CancelFunc
}

// interruptible returns a context that the first interrupt (Ctrl-C)
// cancels once it is installed (see interruptContext), installed at once
// when now is true, and the function that uninstalls it.
func interruptible(parent context.Context, now bool) (context.Context, context.CancelFunc) {
	c := &interruptContext{Context: parent}
	if now {
		c.arm()
	}
	return c, c.release
}

// arm installs the handler, once, unless the context was released.
func (c *interruptContext) arm() context.Context {
	c.once.Do(func() {
		ctx, stop := signal.NotifyContext(c.Context, os.Interrupt)
		c.stop = stop
		c.caught.Store(&ctx)
	})
	if ctx := c.caught.Load(); ctx != nil {
		return *ctx
	}
	return c.Context
}

func (c *interruptContext) Done() <-chan struct{} { return c.arm().Done() }

func (c *interruptContext) Value(key any) any {
	if ctx := c.caught.Load(); ctx != nil {
		return (*ctx).Value(key)
	}
	return c.Context.Value(key)
}

// Err does not install the handler: until it is installed no interrupt
// has been caught.
func (c *interruptContext) Err() error {
	if ctx := c.caught.Load(); ctx != nil {
		return (*ctx).Err()
	}
	return c.Context.Err()
}

// release uninstalls the handler, if it was installed, and keeps it from
// being installed afterwards by a goroutine that outlives the command.
func (c *interruptContext) release() {
	c.once.Do(func() {})
	if c.stop != nil {
		c.stop()
	}
}
