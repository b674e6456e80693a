// Package pgtest starts a throwaway PostgreSQL cluster for tests that must
// prove something against the real database: generated views apply, the
// changes the breaking-change rules report are the ones PostgreSQL rejects.
//
// The cluster listens on a unix socket in a private folder only (no TCP),
// runs as the postgres user when the tests run as root (initdb refuses
// root), and is stopped and removed when the test ends. Without PostgreSQL
// the test is skipped with one line, except under CI=true, where it fails:
// CI installs PostgreSQL (.ci/run) and must not skip silently.
package pgtest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
)

// Cluster is a running PostgreSQL cluster.
type Cluster struct {
	// Bin is the folder of initdb, pg_ctl, postgres and psql.
	Bin string
	// Dir holds the data folder, the socket folder and the server log.
	Dir string
	// Socket is the folder of the unix socket (psql -h).
	Socket string
	Port   int
	// Version is the server's major version ("15").
	Version string

	runAs string // "postgres" when started by root, else ""
}

// Find returns the folder of PostgreSQL's server binaries, or "".
func Find() string {
	if p, err := exec.LookPath("initdb"); err == nil {
		if resolved, err := filepath.EvalSymlinks(p); err == nil {
			p = resolved
		}
		if dir := filepath.Dir(p); exists(filepath.Join(dir, "pg_ctl")) {
			return dir
		}
	}
	// Debian keeps them off PATH, one folder per major version.
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	sort.Slice(matches, func(i, j int) bool { return versionOf(matches[i]) > versionOf(matches[j]) })
	for _, m := range matches {
		if dir := filepath.Dir(m); exists(filepath.Join(dir, "pg_ctl")) {
			return dir
		}
	}
	return ""
}

func versionOf(initdb string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(initdb))))
	return n
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

var nextPort atomic.Int32

// Start starts a cluster for the test and stops it when the test ends.
func Start(t testing.TB) *Cluster {
	t.Helper()
	bin := Find()
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("PostgreSQL not found (initdb, pg_ctl); CI must install it (.ci/run installs Debian's postgresql)")
		}
		t.Skip("PostgreSQL not found (initdb, pg_ctl): skipping the real-database test")
	}
	dir, err := os.MkdirTemp("", "schemalint-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	c := &Cluster{Bin: bin, Dir: dir, Socket: filepath.Join(dir, "sock")}
	// A private socket folder makes any port free; vary it anyway so that
	// logs of parallel clusters are told apart.
	c.Port = 54000 + int(nextPort.Add(1))%1000
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Fatalf("initdb refuses to run as root, and there is no postgres user to run it as: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			t.Fatal(err)
		}
		c.runAs = "postgres"
	}
	data := filepath.Join(dir, "data")
	if out, err := c.server("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync").CombinedOutput(); err != nil {
		t.Fatalf("initdb: %v\n%s", err, out)
	}
	if out, err := c.server("mkdir", "-p", c.Socket).CombinedOutput(); err != nil {
		t.Fatalf("mkdir %s: %v\n%s", c.Socket, err, out)
	}
	opts := fmt.Sprintf("-k %s -p %d -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off", c.Socket, c.Port)
	logFile := filepath.Join(dir, "server.log")
	if out, err := c.server("pg_ctl", "-D", data, "-o", opts, "-l", logFile, "-w", "-t", "60", "start").CombinedOutput(); err != nil {
		log, _ := os.ReadFile(logFile)
		t.Fatalf("pg_ctl start: %v\n%s\n%s", err, out, log)
	}
	t.Cleanup(func() {
		if out, err := c.server("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop").CombinedOutput(); err != nil {
			t.Logf("pg_ctl stop: %v\n%s", err, out)
		}
	})
	c.Version = strings.TrimSpace(c.MustQuery(t, "postgres", "SHOW server_version_num"))
	if len(c.Version) >= 2 {
		c.Version = strings.TrimLeft(c.Version[:len(c.Version)-4], "0")
	}
	return c
}

// server runs a server program (initdb, pg_ctl) as the cluster's owner.
func (c *Cluster) server(name string, args ...string) *exec.Cmd {
	prog := name
	if name != "mkdir" {
		prog = filepath.Join(c.Bin, name)
	}
	if c.runAs != "" {
		return exec.Command("runuser", append([]string{"-u", c.runAs, "--", prog}, args...)...)
	}
	return exec.Command(prog, args...)
}

func (c *Cluster) psql(db string, args ...string) *exec.Cmd {
	prog := filepath.Join(c.Bin, "psql")
	if !exists(prog) {
		prog = "psql"
	}
	base := []string{"-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", c.Socket, "-p", strconv.Itoa(c.Port), "-U", "postgres", "-d", db}
	cmd := exec.Command(prog, append(base, args...)...)
	cmd.Env = append(os.Environ(), "PGCONNECT_TIMEOUT=10", "PGOPTIONS=-c client_min_messages=warning")
	return cmd
}

// Exec runs SQL (one or more statements, in one transaction when the SQL
// says BEGIN) in database db; the error carries PostgreSQL's message.
func (c *Cluster) Exec(db, sql string) error {
	cmd := c.psql(db, "-f", "-")
	cmd.Stdin = strings.NewReader(sql)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return fmt.Errorf("%s", msg)
	}
	return nil
}

// MustExec is Exec that fails the test.
func (c *Cluster) MustExec(t testing.TB, db, sql string) {
	t.Helper()
	if err := c.Exec(db, sql); err != nil {
		t.Fatalf("%s\n-- in:\n%s", err, sql)
	}
}

// MustQuery returns a query's result, unaligned: fields split by "|",
// rows by newlines.
func (c *Cluster) MustQuery(t testing.TB, db, sql string) string {
	t.Helper()
	cmd := c.psql(db, "-A", "-t", "-c", sql)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", sql, err, stderr.String())
	}
	return strings.TrimRight(string(out), "\n")
}

var dbSeq atomic.Int32

// CreateDatabase creates an empty database and returns its name.
func (c *Cluster) CreateDatabase(t testing.TB) string {
	t.Helper()
	name := fmt.Sprintf("t%d", dbSeq.Add(1))
	c.MustExec(t, "postgres", "CREATE DATABASE "+name)
	return name
}
