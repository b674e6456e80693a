package pgstmt

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplit(t *testing.T) {
	src := "-- first\nCREATE TABLE a (id int);\n/* second */ ALTER TABLE a ADD COLUMN b text;\n"
	got := Split([]byte(src))
	require.Len(t, got, 2)
	assert.Equal(t, "CREATE TABLE a (id int)", src[got[0].Start:got[0].End])
	assert.Equal(t, "ALTER TABLE a ADD COLUMN b text", src[got[1].Start:got[1].End])
	assert.NotNil(t, got[1].Node.GetAlterTableStmt())

	// One statement PostgreSQL refuses loses only itself, and the others'
	// own locations count from their Base.
	src = "CREATE TABLE a (id int);\nCREATE TABEL b (id int);\nSELECT zz FROM a;\n"
	got = Split([]byte(src))
	require.Len(t, got, 2)
	assert.Equal(t, "SELECT zz FROM a", src[got[1].Start:got[1].End])
	col := got[1].Node.GetSelectStmt().TargetList[0].GetResTarget().Val.GetColumnRef()
	require.NotNil(t, col)
	at := got[1].Base + int(col.Location)
	assert.Equal(t, "zz", src[at:at+2])
}
