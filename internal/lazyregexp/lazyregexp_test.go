package lazyregexp

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMatchesAsRegexp(t *testing.T) {
	re := New(`^(\w+)\.(\w+)$`)
	assert.True(t, re.MatchString("User.email"))
	assert.False(t, re.Match([]byte("User")))
	assert.Equal(t, []string{"User.email", "User", "email"}, re.FindAllStringSubmatch("User.email", -1)[0])
	assert.Equal(t, "Userxemail", New(`\.`).ReplaceAllString("User.email", "x"))
}

// A bad pattern fails the tests of the package that declares it, not a
// user's run.
func TestBadPatternPanicsWhenDeclaredUnderTest(t *testing.T) {
	assert.Panics(t, func() { New(`(`) })
}
