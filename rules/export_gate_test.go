package rules

import "time"

// ParseEveryFile turns the query rule's byte gate off until the returned
// func is called.
func ParseEveryFile() (restore func()) {
	was := parseEveryFile
	parseEveryFile = true
	return func() { parseEveryFile = was }
}

// ShortFileBudget makes the query rule's budget per file d until the
// returned func is called.
func ShortFileBudget(d time.Duration) (restore func()) {
	was := fileBudget
	fileBudget = d
	return func() { fileBudget = was }
}

// ShortRunBudget makes the query rule's budget for all the files of a run
// d until the returned function restores it.
func ShortRunBudget(d time.Duration) (restore func()) {
	was := runBudget
	runBudget = d
	return func() { runBudget = was }
}
