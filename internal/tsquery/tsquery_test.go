package tsquery

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/sharedtest"
	"github.com/schemalint/schemalint/internal/tsparse"
)

func write(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		p := filepath.Join(root, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(src), 0o644))
	}
}

func rel(t *testing.T, root string, paths []string) []string {
	var out []string
	for _, p := range paths {
		r, err := filepath.Rel(root, p)
		require.NoError(t, err)
		out = append(out, filepath.ToSlash(r))
	}
	return out
}

func TestDiscoverLeavesOutWhatIsNotTheAppsCode(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"src/a.ts": "", "src/b.tsx": "", "src/c.mts": "", "src/d.cts": "",
		"src/e.js": "", "src/f.jsx": "", "src/g.mjs": "", "src/h.cjs": "",
		"packages/prisma/seed/documents.ts": "", "db/seeds/teams.ts": "",
		"src/app.e2e-spec.ts": "", "src/lucky.integration-test.ts": "", "src/ab-test.ts": "",
		"src/types.d.ts":                              "",
		"src/readme.md":                               "",
		"node_modules/x/index.js":                     "",
		"packages/app/node_modules/y/index.ts":        "",
		".yarn/releases/yarn-3.4.1.cjs":               "",
		".pnp.cjs":                                    "",
		".pnp.loader.mjs":                             "",
		"dist/a.js":                                   "",
		"packages/app/build/a.js":                     "",
		".next/server.js":                             "",
		"out/a.js":                                    "",
		"generated/client/index.js":                   "",
		"tmp/scratch.ts":                              "",
		"src/secret.gen.ts":                           "",
		"src/keep.gen.ts":                             "",
		"src/a.test.ts":                               "",
		"src/a.spec.tsx":                              "",
		"src/__tests__/a.ts":                          "",
		"src/core/_test-utils/factories.ts":           "",
		"src/transaction/test-utils/make.ts":          "",
		"src/__fixtures__/rows.ts":                    "",
		"src/testing/ab.ts":                           "",
		"src/fixtures/matches.ts":                     "",
		"test/helpers.ts":                             "",
		"prisma/seed.ts":                              "",
		"db/migration/20241209_backfill/migration.ts": "",
		"src/server/data_migrations/backfill.ts":      "",
		"scripts/data-migrations/2024-01.ts":          "",
		"src/seedling.ts":                             "",
		"packages/app/.gitignore":                     "local/\n",
		"packages/app/local/x.ts":                     "",
		"packages/app/src/x.ts":                       "",
		".gitignore":                                  "# build\n/tmp\n*.gen.ts\n!keep.gen.ts\n",
	})
	files, err := Discover(root, Scope{Skip: []string{filepath.Join(root, "generated/client")}, Read: os.ReadFile})
	require.NoError(t, err)
	require.Equal(t, []string{
		"packages/app/src/x.ts",
		"src/a.ts", "src/ab-test.ts", "src/b.tsx", "src/c.mts", "src/d.cts", "src/e.js", "src/f.jsx",
		// Words a domain may use for its own code (a sports app's fixtures, an
		// A/B testing product) are read.
		"src/fixtures/matches.ts", "src/g.mjs", "src/h.cjs",
		"src/keep.gen.ts", "src/seedling.ts", "src/testing/ab.ts",
	}, rel(t, root, files))
}

func TestDiscoverPathsAndExclude(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{"src/a.ts": "", "src/scripts/seed.ts": "", "web/b.ts": ""})
	files, err := Discover(root, Scope{Paths: []string{"src/**"}, Exclude: []string{"src/scripts/**"}, Read: os.ReadFile})
	require.NoError(t, err)
	require.Equal(t, []string{"src/a.ts"}, rel(t, root, files))
}

// Tests, seeds and migrations are left out by default, but a glob of
// paths that names the folder reads it: linkwarden keeps request handlers
// (its importers) in controllers/migration/.
func TestDiscoverPathsNamingATestFolder(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"src/a.ts": "", "src/controllers/migration/import.ts": "", "src/db/migration/backfill.ts": "",
		"src/controllers/migration/tests/import.ts": "", "src/tests/a.ts": "",
	})
	files, err := Discover(root, Scope{Paths: []string{"src/**"}, Read: os.ReadFile})
	require.NoError(t, err)
	require.Equal(t, []string{"src/a.ts"}, rel(t, root, files))
	files, err = Discover(root, Scope{Paths: []string{"src/**", "src/controllers/migration/**"}, Read: os.ReadFile})
	require.NoError(t, err)
	require.Equal(t, []string{"src/a.ts", "src/controllers/migration/import.ts"}, rel(t, root, files))
}

func TestDiscoverEmpty(t *testing.T) {
	files, err := Discover(t.TempDir(), Scope{Read: os.ReadFile})
	require.NoError(t, err)
	require.Empty(t, files)
}

const source = `
import { prisma } from "./db";
export async function a(ctx, id) {
  await prisma.user.findUnique({ where: { id } });
  await ctx.db.user.findMany();
  await this.prisma.post.updateMany({ where: {}, data: {} });
  await prisma.user.create({ data: {} });        // a create: what its data links is judged
  await prisma.user.createMany({ data: [] });    // its foreign keys link rows: judged too
  await prisma.nothing.findMany();               // not a delegate
  await prisma.user.someHelper();                // not an operation
  await prisma.$transaction(async (tx) => {
    await tx.post.delete({ where: { id } });
  });
  await prisma.$transaction([
    prisma.post.deleteMany({ where: { id } }),
    prisma.user.count(),
  ]);
  // prisma.user.findMany() in a comment is no call, nor is "prisma.user.findMany()" in a string
  const f = prisma.user.findMany; // nor a reference
  await context.entities.User.findMany();        // Wasp: the delegate named as the model
  await entities.Post?.count();
  await stripe.User.update({});                  // a capitalised member elsewhere is none
  await context.entities.Nothing.findMany();     // not a model
  return getDb().post.upsert({ where: { id }, create: {}, update: {} });
}
`

func TestCalls(t *testing.T) {
	tree, err := tsparse.Parse("a.ts", []byte(source))
	require.NoError(t, err)
	defer tree.Close()
	delegates := map[string]bool{"user": true, "post": true}
	var got []string
	for _, c := range Calls(tree, func(d string) bool { return delegates[d] }) {
		got = append(got, c.Receiver.Text()+" "+c.Delegate+" "+c.Operation+" "+strings.Repeat("*", len(c.Args)))
	}
	require.Equal(t, []string{
		"prisma user findUnique *",
		"ctx.db user findMany ",
		"this.prisma post updateMany *",
		"prisma user create *",
		"prisma user createMany *",
		"tx post delete *",
		"prisma post deleteMany *",
		"prisma user count ",
		"context.entities user findMany ",
		"entities post count ",
		"getDb() post upsert *",
	}, got)
	// The gate finds them with the model's name among the delegates.
	require.True(t, Mentions([]string{"user", "User"})([]byte("context.entities.User.findMany()")))
}

func TestEachParsesInParallelInOrder(t *testing.T) {
	var files []File
	for i := range 40 {
		files = append(files, File{Path: filepath.Join("f", strings.Repeat("x", i+1)+".ts"), Src: []byte(strings.Repeat("db.user.findMany();\n", i))})
	}
	files = append(files, File{Path: "notes.txt", Src: nil})
	counts, errs := Each(files, func(tree *tsparse.Tree) int {
		return len(Calls(tree, func(d string) bool { return d == "user" }))
	})
	for i := range 40 {
		require.Equal(t, i, counts[i])
		require.NoError(t, errs[i])
	}
	require.Error(t, errs[40])
}

func TestMayCall(t *testing.T) {
	require.True(t, MayCall([]byte("await db.user\n  .findMany()")))
	require.False(t, MayCall([]byte("export const findManyThings = () => user.findMe()")))
}

func TestMentions(t *testing.T) {
	mentions := Mentions([]string{"user", "teamMember"})
	require.True(t, mentions([]byte("await ctx.db.teamMember\n  .findMany()")))
	require.True(t, mentions([]byte("prisma.user?.count()")))
	require.False(t, mentions([]byte("prisma.post.findMany(); users.findMany()")))
}

// Mentions is what decides which files are parsed at all: a file it
// refuses must hold no call Calls would find. Every call the tree holds,
// however its tokens are spaced or commented, is in a file Mentions
// accepts for its delegate, on the shapes below and on every file of the
// real applications.
func TestMentionsAcceptsEveryCall(t *testing.T) {
	every := func(string) bool { return true }
	check := func(t *testing.T, src []byte) int {
		tree, err := tsparse.Parse("a.ts", src)
		require.NoError(t, err)
		defer tree.Close()
		calls := Calls(tree, every)
		for _, c := range calls {
			require.True(t, Mentions([]string{c.Delegate})(src), c.Node.Text())
		}
		return len(calls)
	}
	shapes := []string{
		"db.user.findMany()", "db.user\t?.\ncount()", "db. user . update()", "db.user?.upsert()",
		"db.user /* the users */ .findMany()", "db.user // the users\n  .findMany()", "db./* c */user.count()",
		"db.user\v.count()", "db.user.\fdelete()", "db.user\u00a0.count()", "db.user\ufeff.count()",
		"db.user\u2028.count()", "db.user\u200b.count()", "db\n  .user\n  // the users\n  /* all */\n  .findMany()",
		"db.user\\\n.count()", "db.user.findMany<Prisma.UserFindManyArgs>()", "db.user.count /* all */ ()",
		"db.user.findMany\n  ()", "db.user.findMany?.()", "db.user.findMany`x`", "db.user.count\u00a0()",
	}
	for _, src := range shapes {
		require.Equal(t, 1, check(t, []byte(src)), "%q", src)
	}
	// Calls looks for calls where MayCall's regular expression matches:
	// the files it refuses hold none.
	files := corpusCallFiles(t)
	missed, errs := Each(files, func(tree *tsparse.Tree) []string {
		var out []string
		for _, c := range Calls(tree, every) {
			if !Mentions([]string{c.Delegate})(tree.Src) {
				out = append(out, c.Node.Range().String())
			}
		}
		return out
	})
	for i := range files {
		require.NoError(t, errs[i])
		require.Empty(t, missed[i])
	}
	require.NotEmpty(t, files)
}

// Mentions still refuses what names no call of its delegates.
func TestMentionsRefuses(t *testing.T) {
	mentions := Mentions([]string{"user", "teamMember"})
	for _, src := range []string{
		"db.users.findMany()", "db.user.findManyX()", "db.user.createManyX()", "user.count()", "db.Team.count()",
		"db.user.\n", "db.user", "db.user /* unclosed", "db.user?.?.count()", "db.userж.count()", "",
		"api.user.update.mutate()", "const count = db.user.count;", "type F = typeof db.user.findMany", "db.user.count",
		"db.user.findMany!()", "db.user.count // ()",
	} {
		require.False(t, mentions([]byte(src)), "%q", src)
	}
	require.True(t, mentions([]byte("db.user.create()")), "a create can link rows")
	require.True(t, mentions([]byte("db.user.createMany()")), "a createMany's foreign keys link rows")
	require.True(t, Mentions([]string{"user", "user-profile"})([]byte("nothing")), "a name that is no word: every file is read")
	require.False(t, MentionsQuery([]string{"user"})([]byte("db.user.create()")), "a create has no where")
	require.True(t, MentionsQuery([]string{"user"})([]byte("db.user.update()")))
}

// A write is found by its operation alone, whatever its data's keys.
func TestMentionsOf(t *testing.T) {
	writes := MentionsOf([]string{"user"}, []string{"create", "update"})
	require.True(t, writes([]byte("db.user.update({ data: { posts: { create: rows } } })")), "no connect or set written")
	require.False(t, writes([]byte("db.user.findMany({ where: { set: 1 } })")), "not a write")
	require.False(t, writes([]byte("db.post.update({})")), "another delegate")
}

// A client is handed out by its receiver followed by a key or a model,
// or destructured beside a model's name.
func TestHandsOut(t *testing.T) {
	hands := HandsOut([]string{"prisma"}, []string{"prisma"}, []string{"document"})
	for _, src := range []string{
		"f(prisma.document)", "this.prisma?.document", "prisma /* c */ . document", "prisma[model]", "prisma?.[model]",
		"const { document } = prisma", "const { [k]: d } = prisma",
	} {
		require.True(t, hands([]byte(src)), "%q", src)
	}
	for _, src := range []string{
		"", "prisma.user", "import prisma from 'db'", "const x: { [k: string]: number } = {}; f(prisma)", "if (a == prisma) document.title", "myprisma[k]", "prisma_x.document", "document.title", "const { user } = prisma",
	} {
		require.False(t, hands([]byte(src)), "%q", src)
	}
	paren := HandsOut([]string{"(tx??prisma)"}, []string{")"}, []string{"document"})
	require.True(t, paren([]byte("f((tx ?? prisma).document)")))
	require.True(t, paren([]byte("(tx ?? prisma)?.[model]")))
	require.False(t, paren([]byte("(tx ?? prisma).user.findMany()")))
	require.False(t, paren([]byte("Object.keys(x)[0]")), "another call's result")
	require.True(t, paren([]byte("const { document } = ( tx ?? prisma )")))
	require.False(t, paren([]byte("const { document } = (tx ?? db)")))
	// A destructured value goes on past the receiver: it is another.
	for _, src := range []string{
		"const { document } = prisma\n", "const { document } = prisma; f()", "({ document } = prisma)", "const { document } = prisma, b = 1",
		"const { document } = prisma /* c */\nfoo()", "const { document } = prisma\nlater(x)",
	} {
		require.True(t, hands([]byte(src)), "%q", src)
	}
	for _, src := range []string{
		"const { document } = prisma ?? tx", "const { document } = prisma.user", "const { document } = prisma as Client",
		"const { document } = prisma!", "const { document } = prisma || tx", "const { document } = prisma\n  .user",
	} {
		require.False(t, hands([]byte(src)), "%q", src)
	}
}

func TestRawCalls(t *testing.T) {
	src := "await prisma.$queryRaw`SELECT * FROM \"Invoice\" WHERE id = ${id} AND \"organizationId\" = ${org.id}`;\n" +
		"await tx.$executeRawUnsafe('DELETE FROM \"Invoice\" WHERE id = $1', id);\n" +
		"await prisma.$queryRawUnsafe(sql, id);\n" +
		"await prisma.$queryRaw<Row[]>`SELECT 1`;\n"
	tree, err := tsparse.Parse("a.ts", []byte(src))
	require.NoError(t, err)
	defer tree.Close()
	calls := RawCalls(tree)
	require.Len(t, calls, 4)
	require.Equal(t, `SELECT * FROM "Invoice" WHERE id = $1 AND "organizationId" = $2`, calls[0].SQL)
	require.Equal(t, "org.id", calls[0].Values[1].Text())
	require.Equal(t, `DELETE FROM "Invoice" WHERE id = $1`, calls[1].SQL)
	require.True(t, calls[2].Unseen)
	require.Equal(t, "SELECT 1", calls[3].SQL)
	require.True(t, MayCallRaw([]byte(src)))
}

// $queryRaw(Prisma.sql`…`) is read as the tagged form is; SQL from any
// other call is not seen.
func TestRawCallsPrismaSQL(t *testing.T) {
	src := "await prisma.$queryRaw<Row[]>(Prisma.sql`SELECT * FROM \"Invoice\" WHERE id = ${id}`);\n" +
		"await prisma.$executeRaw(Prisma.sql`DELETE FROM \"Invoice\"`);\n" +
		"await prisma.$queryRaw(build`SELECT 1`);\n" +
		"await prisma.$queryRaw(Other.sql`SELECT 1`);\n" +
		"await prisma.$queryRawUnsafe(Prisma.sql`SELECT 1`);\n"
	tree, err := tsparse.Parse("a.ts", []byte(src))
	require.NoError(t, err)
	defer tree.Close()
	calls := RawCalls(tree)
	require.Len(t, calls, 5)
	require.Equal(t, `SELECT * FROM "Invoice" WHERE id = $1`, calls[0].SQL)
	require.Equal(t, "id", calls[0].Values[0].Text())
	require.False(t, calls[0].Unseen)
	require.Equal(t, `DELETE FROM "Invoice"`, calls[1].SQL)
	for _, c := range calls[2:] {
		require.True(t, c.Unseen, c.Node.Text())
	}
}

// Calls reads the operations' names where operationText matches: the spans
// operationNames finds by hand are the expression's, on edge cases and on
// every file of the real applications.
func TestOperationNamesAreOperationTextsMatches(t *testing.T) {
	spans := func(src []byte) (got, want [][2]int) {
		operationNames(src, func(start, end int) { got = append(got, [2]int{start, end}) })
		for _, m := range operationText.FindAllSubmatchIndex(src, -1) {
			want = append(want, [2]int{m[2], m[3]})
		}
		return got, want
	}
	for _, src := range []string{
		"", ".", "a.findMany", "a. \t\n\f\rcount()", "a.\vcount()", "a.findManyX()", "a.findMany$x()",
		"a.findUniqueOrThrow()", "a.findUnique.findFirst", "a..count", "a.count.", ".count_", ".count2",
		"a.findMany/**/()", "a. findMany", "a.é.count", ".count.count",
	} {
		got, want := spans([]byte(src))
		require.Equal(t, want, got, "%q", src)
	}
	dir := sharedtest.Dir(t, filepath.Join("corpus", "ts-apps"))
	n := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !tsparse.Supported(p) {
			return err
		}
		src, err := os.ReadFile(p)
		got, want := spans(src)
		require.Equal(t, want, got, p)
		n += len(got)
		return err
	})
	require.NoError(t, err)
	require.NotZero(t, n)
}

// corpusCallFiles is every file of the shared corpus's applications that
// MayCall lets through.
func corpusCallFiles(t *testing.T) []File {
	t.Helper()
	dir := sharedtest.Dir(t, filepath.Join("corpus", "ts-apps"))
	var files []File
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !tsparse.Supported(p) {
			return err
		}
		src, err := os.ReadFile(p)
		if MayCall(src) {
			files = append(files, File{Path: p, Src: src})
		}
		return err
	})
	require.NoError(t, err)
	return files
}

// A panic while a file is parsed is that file's error, not the end of the
// run: the caller says the file was not read, and reads the others.
func TestParseSafelyTurnsAPanicIntoTheFilesError(t *testing.T) {
	tree, err := parseSafely(nil, File{Path: "src/a.ts", Src: []byte("export const a = 1;\n")})
	require.Nil(t, tree)
	require.Error(t, err)
	require.Contains(t, err.Error(), "the TypeScript parser failed on this file: ")
}
