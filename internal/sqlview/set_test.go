package sqlview

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSetPrecedence(t *testing.T) {
	s := NewSet()
	parse := func(name, src string) *File {
		f, ds := ParseFile(name, []byte(src), nil)
		require.Empty(t, ds)
		return f
	}
	s.Apply(parse("1/migration.sql", `CREATE VIEW "A" AS SELECT 1 AS a; CREATE VIEW "B" AS SELECT 1 AS b;`))
	// A drop then a create in one file leaves the view defined, and an
	// unqualified name is the one in public.
	s.Apply(parse("2/migration.sql", `DROP VIEW public."A"; CREATE VIEW "A" AS SELECT 2 AS a2; DROP VIEW "B";`))
	views := s.List()
	require.Len(t, views, 1)
	assert.Equal(t, "A", views[0].Name)
	assert.Equal(t, "2/migration.sql", views[0].Range.File)
	// A view dropped and created again keeps its first place.
	s.Apply(parse("3/migration.sql", `CREATE VIEW "C" AS SELECT 1 AS c; CREATE VIEW "B" AS SELECT 3 AS b;`))
	var names []string
	for _, v := range s.List() {
		names = append(names, v.Name)
	}
	assert.Equal(t, []string{"A", "B", "C"}, names)
}
