package config

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// identifier tells the names the regexp it stands for tells.
func TestIdentifierIsItsRegexp(t *testing.T) {
	re := regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	names := []string{"", "a", "_", "A9", "9a", "a-b", "a b", "é", "aé", "User_1", "a\n", "\x00", "Z", "z", "`", "{", "@", "[", "/", ":"}
	for c := 0; c < 256; c++ {
		names = append(names, string(rune(c)), "x"+string([]byte{byte(c)}), string([]byte{byte(c)})+"x")
	}
	for _, n := range names {
		assert.Equal(t, re.MatchString(n), identifier.MatchString(n), "%q", n)
	}
}
