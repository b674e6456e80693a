package tsquery

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/tsparse"
)

func TestReceivers(t *testing.T) {
	receivers := Receivers([]string{"user", "teamMember"})
	for src, want := range map[string][]string{
		"await prisma.user.findMany()":                               {"prisma"},
		"return this.prisma.user\n  .count()":                        {"this.prisma"},
		"(ctx . db).teamMember.findFirst()":                          nil,
		"f(ctx\n  .db\n  .teamMember.findFirst(), tx?.user.count())": {"ctx.db", "tx"},
		"db.user.create({}); db.post.findMany()":                     {},
		"foo.\n  prisma.user.count()":                                {"foo.prisma"},
		"[...prisma.user.findMany()]":                                {"prisma"},
		"x = !db.user.count() ? a?.b.user.count() : 0":               {"db", "a?.b"},
	} {
		got, ok := receivers([]byte(src))
		if want == nil {
			require.False(t, ok, "%q", src)
			continue
		}
		require.True(t, ok, "%q", src)
		require.ElementsMatch(t, want, got, "%q", src)
	}
	// What may be the tail of a longer receiver, or hide one, is not read.
	for _, src := range []string{
		"getDb().user.findMany()", "this.#db.user.count()", "a[0].user.count()", "db!.user.count()",
		"foo. // see\n  prisma.user.count()", "foo./* see */prisma.user.count()",
		"foo /* see */ .prisma.user.count()", "db // see\n  .user.count()", "\"s\".user.count()",
		"foo.\u00a0prisma.user.count()", "@db.user.count()", "1.user.count()",
	} {
		_, ok := receivers([]byte(src))
		require.False(t, ok, "%q", src)
	}
}

// A file whose receivers are read holds no call whose receiver is not
// among them: on the shapes of TestMentionsAcceptsEveryCall and every file
// of the real applications.
func TestReceiversHoldEveryCallsReceiver(t *testing.T) {
	files := corpusCallFiles(t)
	every := func(string) bool { return true }
	read, unread := 0, 0
	missed, errs := Each(files, func(tree *tsparse.Tree) []string {
		var out []string
		for _, c := range Calls(tree, every) {
			if !hasWhere[c.Operation] {
				continue
			}
			got, ok := Receivers([]string{c.Delegate})(tree.Src)
			if ok && !slices.Contains(got, compactText([]byte(c.Receiver.Text()))) {
				out = append(out, c.Node.Range().String()+" "+c.Receiver.Text())
			}
		}
		return out
	})
	for i, f := range files {
		require.NoError(t, errs[i])
		require.Empty(t, missed[i])
		if _, ok := Receivers([]string{"user"})(f.Src); ok {
			read++
		} else {
			unread++
		}
	}
	require.NotEmpty(t, files)
	t.Logf("%d files' receivers read, %d not", read, unread)
}
