package fix

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/rules"
)

func diag(msg string, edits ...rules.Edit) rules.Diagnostic {
	return rules.Diagnostic{Rule: "r", Message: msg, Fix: &rules.Fix{Message: msg, Edits: edits}}
}

func TestPlanKeepsEveryOtherByte(t *testing.T) {
	src := map[string][]byte{"a.prisma": []byte("model A {\r\n  id Int @id\r\n}\r\n// tail \u00e9\n")}
	diags := []rules.Diagnostic{
		diag("insert", rules.Edit{File: "a.prisma", Start: 25, End: 25, NewText: "\r\n  @@index([id])\r\n"}),
		diag("same edit again", rules.Edit{File: "a.prisma", Start: 25, End: 25, NewText: "\r\n  @@index([id])\r\n"}),
		diag("overlapping", rules.Edit{File: "a.prisma", Start: 24, End: 26, NewText: "x"}),
		{Rule: "r", Message: "no fix"},
	}
	changes, err := Plan(diags, func(f string) []byte { return src[f] })
	require.NoError(t, err)
	require.Len(t, changes, 1)
	c := changes[0]
	assert.Equal(t, "model A {\r\n  id Int @id\r\n\r\n  @@index([id])\r\n}\r\n// tail \u00e9\n", string(c.New))
	require.Len(t, c.Applied, 2, "a repeated edit is made once; both findings are fixed")
	require.Len(t, c.Skipped, 1)
	assert.Equal(t, "overlapping", c.Skipped[0].Message)
}

func TestPlanRefusesStaleOffsets(t *testing.T) {
	_, err := Plan([]rules.Diagnostic{diag("x", rules.Edit{File: "a", Start: 3, End: 9})}, func(string) []byte { return []byte("abc") })
	require.Error(t, err)
	assert.Contains(t, err.Error(), "the file changed since it was read")
}

func TestApplyEditsInAnyOrder(t *testing.T) {
	got := Apply([]byte("0123456789"), []rules.Edit{{Start: 8, End: 9, NewText: "X"}, {Start: 0, End: 0, NewText: ">"}, {Start: 2, End: 5}})
	assert.Equal(t, ">01567X9", string(got))
}

func TestWriteFileKeepsModeAndIsAtomic(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a", "b", "x.sql")
	require.NoError(t, WriteFile(p, []byte("one\n")))
	info, err := os.Stat(p)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o644), info.Mode().Perm())
	require.NoError(t, os.Chmod(p, 0o600))
	require.NoError(t, WriteFile(p, []byte("two\n")))
	info, err = os.Stat(p)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm(), "an existing file keeps its permissions")
	b, _ := os.ReadFile(p)
	assert.Equal(t, "two\n", string(b))
	entries, _ := os.ReadDir(filepath.Dir(p))
	assert.Len(t, entries, 1, "no temporary file is left behind")
}

func TestDiff(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n"
	new := "a\nb\nC\nd\ne\nf\ng\nh\ni\nj\nk\nl\n"
	assert.Equal(t, `--- a/x.sql
+++ b/x.sql
@@ -1,6 +1,6 @@
 a
 b
-c
+C
 d
 e
 f
@@ -9,3 +9,4 @@
 i
 j
 k
+l
`, Diff("x.sql", []byte(old), []byte(new), true))
	assert.Equal(t, "", Diff("x", []byte(old), []byte(old), true))
	assert.Equal(t, "--- /dev/null\n+++ b/new.sql\n@@ -0,0 +1,2 @@\n+one\n+two\n", Diff("new.sql", nil, []byte("one\ntwo\n"), false))
	assert.Equal(t, "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n", Diff("x", []byte("a"), []byte("a\n"), true))
}

// On random edits, applying the hunks to the old text gives the new one.
func TestDiffRoundTrips(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200; i++ {
		var a, b []string
		for j := 0; j < r.IntN(40); j++ {
			a = append(a, string(rune('a'+r.IntN(4))))
		}
		for _, l := range a {
			switch r.IntN(6) {
			case 0:
			case 1:
				b = append(b, l, string(rune('a'+r.IntN(4))))
			case 2:
				b = append(b, "x")
			default:
				b = append(b, l)
			}
		}
		old, new := strings.Join(a, "\n")+"\n", strings.Join(b, "\n")+"\n"
		if len(a) == 0 {
			old = ""
		}
		if len(b) == 0 {
			new = ""
		}
		got := Diff("f", []byte(old), []byte(new), true)
		assert.Equal(t, new, patch(t, old, got), "old %q new %q\n%s", old, new, got)
	}
}

// patch applies a unified diff made by Diff.
func patch(t *testing.T, old, diff string) string {
	t.Helper()
	if diff == "" {
		return old
	}
	src := lines([]byte(old))
	var out []string
	at := 0
	ls := strings.SplitAfter(diff, "\n")
	for _, l := range ls[2:] {
		switch {
		case l == "":
		case strings.HasPrefix(l, "@@"):
			var a, n, b, m int
			parseHunk(l, &a, &n, &b, &m)
			start := a - 1
			if n == 0 {
				start = a
			}
			out = append(out, src[at:start]...)
			at = start
		case l[0] == ' ':
			out = append(out, src[at])
			at++
		case l[0] == '-':
			at++
		case l[0] == '+':
			out = append(out, l[1:])
		}
	}
	out = append(out, src[at:]...)
	return strings.Join(out, "")
}

func parseHunk(l string, a, n, b, m *int) {
	fields := strings.Fields(l)
	parse := func(s string, start, count *int) {
		s = s[1:]
		*count = 1
		if i := strings.IndexByte(s, ','); i >= 0 {
			*count = atoi(s[i+1:])
			s = s[:i]
		}
		*start = atoi(s)
	}
	parse(fields[1], a, n)
	parse(fields[2], b, m)
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// Several outputs are written all or none, and errors name the target.
func TestWriteFilesAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "views.prisma")
	require.NoError(t, os.WriteFile(first, []byte("old"), 0o644))
	blocker := filepath.Join(dir, "not-a-folder")
	require.NoError(t, os.WriteFile(blocker, nil, 0o644))
	second := filepath.Join(blocker, "views.sql")

	err := WriteFiles([]File{{Path: first, Data: []byte("new")}, {Path: second, Data: []byte("new")}})
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), "cannot write "+second+": "), err.Error())
	b, _ := os.ReadFile(first)
	assert.Equal(t, "old", string(b), "the first file is untouched when the second cannot be written")
	entries, _ := os.ReadDir(dir)
	assert.Len(t, entries, 2, "no temporary file left behind")

	err = WriteFiles([]File{{Path: dir, Data: []byte("x")}})
	assert.EqualError(t, err, "cannot write "+dir+": it is a folder")

	require.NoError(t, WriteFiles([]File{{Path: first, Data: []byte("new")}, {Path: filepath.Join(dir, "sub", "views.sql"), Data: []byte("sql")}}))
	b, _ = os.ReadFile(first)
	assert.Equal(t, "new", string(b))
}
