//go:build !race

package freshheap

// raceDetector is whether the test binary runs under the race detector,
// whose runtime places objects its own way.
const raceDetector = false
