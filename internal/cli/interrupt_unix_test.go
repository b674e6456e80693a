//go:build unix

package cli

import (
	"context"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// These tests interrupt the test process itself: a handler that is not
// installed when it should be ends the whole test binary.

// Once something waits on the context (a git process, a GitHub request),
// an interrupt cancels it instead of ending the process.
func TestInterruptCancelsWhatWaitsOnIt(t *testing.T) {
	ctx, stop := interruptible(context.Background(), false)
	defer stop()
	done := ctx.Done()
	require.NoError(t, syscall.Kill(syscall.Getpid(), syscall.SIGINT))
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the interrupt did not cancel the context")
	}
	assert.ErrorIs(t, ctx.Err(), context.Canceled)
}

// A command that writes files catches interrupts from its start, though
// nothing waits on its context: its files are written whole.
func TestInterruptIsCaughtFromTheStartWhenAsked(t *testing.T) {
	ctx, stop := interruptible(context.Background(), true)
	defer stop()
	require.NoError(t, syscall.Kill(syscall.Getpid(), syscall.SIGINT))
	deadline := time.Now().Add(30 * time.Second)
	for ctx.Err() == nil {
		if time.Now().After(deadline) {
			t.Fatal("the interrupt was not caught")
		}
		time.Sleep(time.Millisecond)
	}
	assert.ErrorIs(t, ctx.Err(), context.Canceled)
}
