//go:build race

package prisma

// raceDetector is whether the test binary runs under the race detector,
// which makes the corpus-wide differential tests several times slower.
const raceDetector = true
