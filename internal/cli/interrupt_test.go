package cli

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Asking whether the context was cancelled installs no handler: that is
// what a check with nothing to cancel does, and `version` not even that.
func TestInterruptHandlerWaitsForSomethingToCancel(t *testing.T) {
	ctx, stop := interruptible(context.Background(), false)
	defer stop()
	require.NoError(t, ctx.Err())
	assert.Nil(t, ctx.(*interruptContext).caught.Load(), "Err installed the interrupt handler")
	ctx.Done()
	assert.NotNil(t, ctx.(*interruptContext).caught.Load(), "Done did not install the interrupt handler")
}

// The parent's cancellation, deadline and values go through, before and
// after the handler is installed.
func TestInterruptContextKeepsItsParent(t *testing.T) {
	type key struct{}
	deadline := time.Now().Add(time.Hour)
	parent, cancel := context.WithDeadline(context.WithValue(context.Background(), key{}, "v"), deadline)
	ctx, stop := interruptible(parent, false)
	defer stop()
	got, ok := ctx.Deadline()
	assert.True(t, ok)
	assert.Equal(t, deadline, got)
	assert.Equal(t, "v", ctx.Value(key{}))
	ctx.Done()
	assert.Equal(t, "v", ctx.Value(key{}))
	cancel()
	<-ctx.Done()
	assert.ErrorIs(t, ctx.Err(), context.Canceled)
}

// Once the command returned, a goroutine it left behind that waits on the
// context gets the parent's Done, and installs nothing.
func TestInterruptHandlerIsNotInstalledAfterTheCommand(t *testing.T) {
	ctx, stop := interruptible(context.Background(), false)
	stop()
	assert.Nil(t, ctx.Done(), "the parent never ends: its Done is nil")
	assert.Nil(t, ctx.(*interruptContext).caught.Load())
}

// The commands that write files catch interrupts from their start.
func TestCommandsThatWriteFilesCatchInterrupts(t *testing.T) {
	var writers []string
	for _, c := range commands() {
		if c.writes {
			writers = append(writers, c.name)
		}
	}
	assert.ElementsMatch(t, []string{"fix", "baseline", "init"}, writers)
}
