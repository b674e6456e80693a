package pgtest

import (
	"strings"
	"testing"
)

func TestCluster(t *testing.T) {
	c := Start(t)
	db := c.CreateDatabase(t)
	c.MustExec(t, db, "CREATE TABLE t (id int PRIMARY KEY, name text); INSERT INTO t VALUES (1, 'a'), (2, 'b');")
	if got := c.MustQuery(t, db, "SELECT id, name FROM t ORDER BY id"); got != "1|a\n2|b" {
		t.Fatalf("query: got %q", got)
	}
	err := c.Exec(db, "SELECT nope FROM t")
	if err == nil || !strings.Contains(err.Error(), `column "nope" does not exist`) {
		t.Fatalf("want PostgreSQL's error, got %v", err)
	}
	if c.Version == "" {
		t.Fatal("no server version")
	}
	// A second database of the same cluster starts empty.
	other := c.CreateDatabase(t)
	if got := c.MustQuery(t, other, "SELECT count(*) FROM pg_tables WHERE tablename = 't'"); got != "0" {
		t.Fatalf("fresh database has t: %q", got)
	}
}
