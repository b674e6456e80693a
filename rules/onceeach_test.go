package rules

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A search that panics (a proof past its budget, an internal error)
// leaves no answer behind: the next caller computes it again instead of
// reading the zero value, which in the rule's caches reads as "not named
// elsewhere" or "not proven".
func TestOnceEachForgetsAComputeThatPanicked(t *testing.T) {
	var o onceEach[string, bool]
	require.PanicsWithValue(t, gaveUp{}, func() {
		o.get("k", func() bool { panic(gaveUp{}) })
	})
	assert.True(t, o.get("k", func() bool { return true }))
	assert.True(t, o.get("k", func() bool { return false }), "a value computed is kept")
}

// A worker waiting for the key while the compute panics computes it
// itself rather than take the zero value.
func TestOnceEachWaiterRecomputesAfterAPanic(t *testing.T) {
	var o onceEach[string, bool]
	started, release := make(chan struct{}), make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { _ = recover() }()
		o.get("k", func() bool {
			close(started)
			<-release
			panic(gaveUp{})
		})
	}()
	<-started
	got := make(chan bool)
	go func() { got <- o.get("k", func() bool { return true }) }()
	close(release)
	wg.Wait()
	assert.True(t, <-got)
}
