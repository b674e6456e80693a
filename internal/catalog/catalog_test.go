package catalog

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A column remembers the statement that last shaped it, for findings to
// point at; a statement the replay does not know is listed, not guessed.
func TestReplayRemembersWhereAndWhatItSkipped(t *testing.T) {
	c := Replay(readFolder(t, filepath.Join("testdata", "shapes")))
	orders := c.Tables["orders"]
	require.NotNil(t, orders)
	total := orders.Column("total")
	require.NotNil(t, total)
	assert.Equal(t, "numeric(12,2)", total.Type)
	assert.Equal(t, "V002_changes.sql", filepath.Base(total.Origin.File))
	assert.Equal(t, 3, total.Origin.Start.Line)
	assert.Empty(t, c.Unknown)

	c = Replay([]File{{Path: "V001.sql", Src: []byte("CREATE TABLE a (id INT);\nCREATE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql;\nCREATE VIEW v AS SELECT 1;\nALTER TABLE missing ADD COLUMN x INT;\n")}})
	require.Len(t, c.Unknown, 3)
	assert.Equal(t, 2, c.Unknown[0].Range.Start.Line)
	assert.Equal(t, "CREATE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql", c.Unknown[0].Text)
	assert.Equal(t, "CREATE VIEW v AS SELECT 1", c.Unknown[1].Text)
	assert.Equal(t, "ALTER TABLE missing ADD COLUMN x INT", c.Unknown[2].Text)
}
