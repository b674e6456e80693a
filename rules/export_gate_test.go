package rules

// ParseEveryFile turns the query rule's byte gate off until the returned
// func is called.
func ParseEveryFile() (restore func()) {
	was := parseEveryFile
	parseEveryFile = true
	return func() { parseEveryFile = was }
}
