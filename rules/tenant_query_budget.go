package rules

import (
	"fmt"
	"time"
)

// A pull request controls the code the rule reads. Some shapes cost the
// proofs far more than their size: one function holding hundreds of
// blocks of lookup, comparison and write by the same key is judged in time
// that grows faster than the function (300 blocks took over five minutes).
// The gate must not hang on them, nor pass what it did not finish reading:
// once a file's judging has run past its budget, each call whose proof is
// still needed gets an error saying the rule gave up on it.

// fileBudget is how long the calls of one file may take to judge; a
// variable so that a test can make it short. Real files take
// milliseconds: trigger.dev's 8.8 MB of TypeScript is judged in about a
// second.
var fileBudget = 10 * time.Second

// runBudget is how long the calls of all the files may take to judge: a
// pull request may hold many costly files, each under its own budget. The
// largest applications read so far take a few seconds in all.
var runBudget = time.Minute

// judgingBudget is the deadline of the file being judged, shared by the
// copies of its queryCheck.
type judgingBudget struct {
	deadline time.Time
	// whole is set when the run's deadline comes before the file's.
	whole bool
}

// fileDeadline is the budget of a file whose judging starts now, in a run
// that must end by runDeadline.
func fileDeadline(runDeadline time.Time) *judgingBudget {
	if d := time.Now().Add(fileBudget); d.Before(runDeadline) {
		return &judgingBudget{deadline: d}
	}
	return &judgingBudget{deadline: runDeadline, whole: true}
}

// gaveUp is the panic a proof raises past the budget; judgedSafely turns
// it into an error at the call.
type gaveUp struct{ whole bool }

// spend stops the proof under way once the file's budget is spent.
func (b *judgingBudget) spend() {
	if b != nil && time.Now().After(b.deadline) {
		panic(gaveUp{whole: b.whole})
	}
}

// message is the error at a call whose proof the budget cut short.
func (g gaveUp) message() string {
	if g.whole {
		return fmt.Sprintf("schemalint gave up proving this call: judging all the code took over %s (files whose functions hold very many queries); check it by hand, or split those functions", runBudget)
	}
	return fmt.Sprintf("schemalint gave up proving this call: judging its file took over %s (a function with very many queries); check it by hand, or split the function", fileBudget)
}
