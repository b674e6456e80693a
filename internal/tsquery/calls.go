package tsquery

import (
	"bytes"
	"cmp"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// Operations are the Prisma client operations whose `where` decides which
// rows they reach. Creates are left out: the TypeScript compiler already
// refuses a create without a required tenant field.
var Operations = []string{
	"findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany",
	"count", "aggregate", "groupBy",
	"update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany",
}

// Create is found as well: it has no where, but its data can link rows
// of another tenant (connect), which the rule judges.
const Create = "create"

// Creates are the operations found for their data alone: create, and
// the many-row creates, whose foreign keys link rows too.
var Creates = []string{Create, "createMany", "createManyAndReturn"}

var isOperation = func() map[string]bool {
	m := map[string]bool{}
	for _, o := range append(slices.Clone(Creates), Operations...) {
		m[o] = true
	}
	return m
}()

// operationText finds where an operation is named in source text: the
// calls are among those places, so files without one need no parse and
// files with some need no walk.
var operationText = lazyregexp.New(`\.\s*(` + strings.Join(append(slices.Clone(Creates), Operations...), "|") + `)\b`)

// MayCall reports whether src names an operation at all; a file that does
// not holds no call.
func MayCall(src []byte) bool { return operationText.Match(src) }

// Mentions returns a test of whether a file's text holds
// `.<delegate>.<operation>` for one of delegates, then what a call's
// function is followed by (`(`, `<`, “ ` “, `?.`): a file that does not
// holds none of their calls and needs no parse. Between the tokens it
// skips all the grammar lets stand there (white space, Unicode's too,
// comments, `?` of an optional chain), so every call Calls finds on one
// of delegates is in a file it accepts (a call on `<x>.entities.<Model>`,
// which Calls finds as the model's delegate, when delegates hold the
// model's name as written: see EntityDelegate). Delegate names that are
// not plain words (no Prisma model has one) make it accept every file.
func Mentions(delegates []string) func([]byte) bool { return mentions(delegates, isOperation) }

// MentionsOf is Mentions of the operations ops only.
func MentionsOf(delegates, ops []string) func([]byte) bool {
	set := map[string]bool{}
	for _, o := range ops {
		set[o] = true
	}
	return mentions(delegates, set)
}

// MentionsQuery is Mentions of the operations that have a where, creates
// left out: a file whose only calls on delegates are creates can hold a
// finding only where its data links rows (MayConnect).
func MentionsQuery(delegates []string) func([]byte) bool { return mentions(delegates, hasWhere) }

var hasWhere = func() map[string]bool {
	m := map[string]bool{}
	for _, o := range Operations {
		m[o] = true
	}
	return m
}()

// HasWord reports whether word stands alone in src: no word character
// right before or after it.
func HasWord(src []byte, word string) bool { return hasWord(src, word) }

// hasWord reports whether word stands alone in src: no word character
// right before or after it.
func hasWord(src []byte, word string) bool {
	for i := 0; ; i++ {
		k := bytes.Index(src[i:], []byte(word))
		if k < 0 {
			return false
		}
		i += k
		if (i == 0 || !isWordByte(src[i-1])) && (i+len(word) == len(src) || !isWordByte(src[i+len(word)])) {
			return true
		}
	}
}

// mentions is Mentions of the operations in ops.
func mentions(delegates []string, ops map[string]bool) func([]byte) bool {
	set := map[string]bool{}
	for _, d := range delegates {
		if d == "" || strings.IndexFunc(d, func(r rune) bool { return !isWordByte(r) }) >= 0 {
			return func([]byte) bool { return true }
		}
		set[d] = true
	}
	// Read by hand: a regular expression with hundreds of alternatives is
	// slow to run over every file of an application.
	return func(src []byte) bool {
		for i := 0; i < len(src); i++ {
			i = indexFrom(src, i, '.')
			if i < 0 {
				return false
			}
			if calledAt(src, i, set, ops) {
				return true
			}
		}
		return false
	}
}

// calledAt reports whether the `.` at dot starts `.<delegate>.<operation>`
// (or `?.`), the delegate one of set and the operation one of ops, called:
// arguments, type arguments, a template or `?.(` follow, not `.mutate(` of
// an API client's procedure.
func calledAt(src []byte, dot int, set, ops map[string]bool) bool {
	j := skipTrivia(src, dot+1)
	k := wordEnd(src, j)
	if k == j || !set[string(src[j:k])] {
		return false
	}
	k = skipTrivia(src, k)
	if k < len(src) && src[k] == '?' {
		k++
	}
	if k >= len(src) || src[k] != '.' {
		return false
	}
	j = skipTrivia(src, k+1)
	if k = wordEnd(src, j); k == j || !ops[string(src[j:k])] {
		return false
	}
	k = skipTrivia(src, k)
	return k < len(src) && strings.IndexByte("(<`?", src[k]) >= 0
}

func isWordByte[T rune | byte](c T) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func indexFrom(src []byte, i int, c byte) int {
	if k := bytes.IndexByte(src[i:], c); k >= 0 {
		return i + k
	}
	return -1
}

// skipTrivia skips what the TypeScript grammar takes as extras between
// two tokens: white space ([\s\p{Zs}\uFEFF\u2028\u2029\u2060\u200B]),
// comments (HTML-like ones too) and a backslash before a line end. It may
// skip more than the grammar would, never less: a file is then parsed for
// nothing, never left out.
func skipTrivia(src []byte, i int) int {
	for i < len(src) {
		rest := src[i:]
		switch c := rest[0]; {
		case isWordByte(c):
			return i
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case bytes.HasPrefix(rest, []byte("//")) || bytes.HasPrefix(rest, []byte("<!--")) || bytes.HasPrefix(rest, []byte("-->")):
			i = lineEnd(src, i)
		case bytes.HasPrefix(rest, []byte("/*")):
			k := bytes.Index(rest[2:], []byte("*/"))
			if k < 0 {
				return len(src)
			}
			i += k + 4
		case bytes.HasPrefix(rest, []byte("\\\n")):
			i += 2
		case bytes.HasPrefix(rest, []byte("\\\r\n")):
			i += 3
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRune(rest)
			if !unicode.IsSpace(r) && r != '\uFEFF' && r != '\u2060' && r != '\u200B' {
				return i
			}
			i += n
		default:
			return i
		}
	}
	return i
}

func lineEnd(src []byte, i int) int {
	if k := bytes.IndexByte(src[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(src)
}

func wordEnd(src []byte, i int) int {
	for i < len(src) && isWordByte(src[i]) {
		i++
	}
	return i
}

// Call is one `<receiver>.<delegate>.<operation>(<args>)` call.
type Call struct {
	Node      tsparse.Node // the call expression
	Receiver  tsparse.Node // prisma, ctx.db, tx, this.prisma, …
	Delegate  string       // the model's client property: user, teamMember
	Operation string
	// Args are the arguments, comments left out.
	Args []tsparse.Node
}

// Calls lists, in source order, the calls of tree on a delegate for which
// delegate returns true.
func Calls(tree *tsparse.Tree, delegate func(string) bool) []Call {
	var out []Call
	operationNames(tree.Src, func(start, end int) {
		op := tree.NamedAt(start, end)
		if op.Kind() != "property_identifier" || op.Start() != start || op.End() != end {
			return // in a string or a comment
		}
		if c, ok := callOf(op.Parent().Parent(), delegate); ok {
			out = append(out, c)
		}
	})
	return out
}

// operationNames calls found with the span of each operation's name where
// operationText matches, in order: a `.`, white space (\s*), then the name
// standing alone (\b). Read by hand, it costs a search for the dots.
func operationNames(src []byte, found func(start, end int)) {
	for i := 0; i < len(src); i++ {
		if i = indexFrom(src, i, '.'); i < 0 {
			return
		}
		j := i + 1
		for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '\n' || src[j] == '\f' || src[j] == '\r') {
			j++
		}
		k := wordEnd(src, j)
		if isOperation[string(src[j:k])] {
			found(j, k)
			i = k - 1
		}
	}
}

// CallsIn lists, in source order, the calls within node on a delegate for
// which delegate returns true.
func CallsIn(node tsparse.Node, delegate func(string) bool) []Call {
	var out []Call
	node.Walk(func(n tsparse.Node) bool {
		if c, ok := callOf(n, delegate); ok {
			out = append(out, c)
		}
		return true
	})
	return out
}

// callOf reads n as `<receiver>.<delegate>.<operation>(<args>)`.
func callOf(n tsparse.Node, delegate func(string) bool) (Call, bool) {
	if n.Kind() != "call_expression" {
		return Call{}, false
	}
	fn := n.Field("function")
	if fn.Kind() != "member_expression" {
		return Call{}, false
	}
	op := fn.Field("property")
	if op.Kind() != "property_identifier" || !isOperation[op.Text()] {
		return Call{}, false
	}
	obj := fn.Field("object")
	if obj.Kind() != "member_expression" {
		return Call{}, false
	}
	del := obj.Field("property")
	if del.Kind() != "property_identifier" {
		return Call{}, false
	}
	name, ok := del.Text(), delegate(del.Text())
	if !ok {
		name, ok = EntityDelegate(obj.Field("object"), name)
		ok = ok && delegate(name)
	}
	if !ok {
		return Call{}, false
	}
	c := Call{Node: n, Receiver: obj.Field("object"), Delegate: name, Operation: op.Text()}
	for _, a := range n.Field("arguments").NamedChildren() {
		if a.Kind() != "comment" {
			c.Args = append(c.Args, a)
		}
	}
	return c, true
}

// EntityDelegate reads `<x>.entities.<Model>` (or `entities.<Model>`),
// a Wasp operation's `context.entities`, whose delegates are named after
// their model as written (`Task`, not `task`): name, the member taken
// from receiver, starting with a capital letter, on a receiver whose last
// part is `entities`, is the model's client delegate, returned as Prisma
// names it (its first letter in lower case). Elsewhere a capitalised name
// is no delegate (ok false).
func EntityDelegate(receiver tsparse.Node, name string) (delegate string, ok bool) {
	if name == "" || name[0] < 'A' || name[0] > 'Z' {
		return "", false
	}
	switch receiver.Kind() {
	case "identifier":
		ok = receiver.Text() == "entities"
	case "member_expression":
		p := receiver.Field("property")
		ok = p.Kind() == "property_identifier" && p.Text() == "entities"
	}
	if !ok {
		return "", false
	}
	return string(name[0]+'a'-'A') + name[1:], true
}

// File is one source file as read.
type File struct {
	Path string
	Src  []byte
}

// Each parses files on every core and runs fn on each tree, in the
// goroutine that parsed it; results are in the order of files. A file
// tree-sitter cannot parse at all gets fn's zero result and its error.
func Each[T any](files []File, fn func(*tsparse.Tree) T) ([]T, []error) {
	results := make([]T, len(files))
	errs := make([]error, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(len(files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			parser := tsparse.NewParser()
			defer parser.Close()
			for i := range next {
				tree, err := parseSafely(parser, files[i])
				if err != nil {
					errs[i] = err
					continue
				}
				results[i] = fn(tree)
				tree.Close()
			}
		}()
	}
	// The largest files go first, so that no core is left with a big one
	// while the other has finished.
	order := make([]int, len(files))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(len(files[b].Src), len(files[a].Src)) })
	for _, i := range order {
		next <- i
	}
	close(next)
	wg.Wait()
	return results, errs
}

// parseSafely parses f, turning a panic of the parse (the reordering of
// the table after it is Go code reading a C parser's output) into the
// file's error: one file the parser cannot read is said as such by the
// caller, at the file, and the others are still read. The error does not
// name the file: its finding is located there.
func parseSafely(parser *tsparse.Parser, f File) (tree *tsparse.Tree, err error) {
	defer func() {
		if r := recover(); r != nil {
			tree, err = nil, fmt.Errorf("the TypeScript parser failed on this file: %v", r)
		}
	}()
	return parser.Parse(f.Path, f.Src)
}

// HandsOut returns a test of whether src may hand out a client at one of
// receivers (as written, white space left out), whose last tokens are
// lasts (`prisma` of `this.prisma`; a name standing alone, or a byte such
// as `)`, when the whole receiver is looked for): the last token followed
// by `[` (a key, computed or written) or
// by `.` and one of delegates, optional chains included; or a
// destructuring (`const { user } = prisma`): `=` followed by a receiver
// and nothing that goes on with it (goesOn: `= tx ?? prisma` destructures
// neither), in a file where one of delegates stands alone or a pattern's
// computed key may (`]:`). Between the tokens it skips what Mentions
// skips.
func HandsOut(receivers, lasts, delegates []string) func([]byte) bool {
	set := map[string]bool{}
	for _, d := range delegates {
		set[d] = true
	}
	at := func(src []byte, start int, w string) bool {
		end := start + len(w)
		if !bytes.HasPrefix(src[start:], []byte(w)) {
			return false
		}
		return !isNameByte(w[0]) || (start == 0 || !isNameByte(src[start-1])) && (end == len(src) || !isNameByte(src[end]))
	}
	// A last token made of name bytes is found where a whole name of the
	// file is that token, so one pass over the file's names looks for all
	// of them at once, instead of a search of the file per token: a large
	// application's client has dozens of receivers. Most names of a file
	// are none of them: a name is looked up only when one of names has its
	// length, its first byte and its last (bit n%64 of firsts[c] set: one
	// n bytes long starts with c).
	names := map[string]bool{}
	var firsts, finals [256]uint64
	var others []int // the lasts looked for one by one
	for n, w := range lasts {
		if w != "" && !strings.ContainsFunc(w, func(c rune) bool { return c >= utf8.RuneSelf || !isNameByte(byte(c)) }) {
			names[w] = true
			firsts[w[0]] |= 1 << (len(w) % 64)
			finals[w[len(w)-1]] |= 1 << (len(w) % 64)
			continue
		}
		others = append(others, n)
	}
	// followed reports whether the receiver ending at end is followed by
	// a key, or by a member that is one of delegates.
	followed := func(src []byte, end int) bool {
		j, dot := skipTrivia(src, end), false
		if j+1 < len(src) && src[j] == '?' && src[j+1] == '.' {
			j, dot = skipTrivia(src, j+2), true
		} else if j < len(src) && src[j] == '.' {
			j, dot = skipTrivia(src, j+1), true
		}
		if j < len(src) && src[j] == '[' {
			return true
		}
		e := wordEnd(src, j)
		return dot && e > j && set[string(src[j:e])]
	}
	return func(src []byte) bool {
		for i := 0; len(names) > 0 && i < len(src); {
			if !nameBytes[src[i]] {
				i++
				continue
			}
			start := i
			for i++; i < len(src) && nameBytes[src[i]]; i++ {
			}
			if firsts[src[start]]&finals[src[i-1]]&(1<<((i-start)%64)) != 0 && names[string(src[start:i])] && followed(src, i) {
				return true
			}
		}
		for _, n := range others {
			w := lasts[n]
			// A last token that is no name (`)`) is common: the whole
			// receiver is looked for then.
			r := receivers[n]
			if w != "" && isNameByte(w[0]) {
				r = ""
			}
			for i := 0; w != "" && i < len(src); {
				var start, end int
				if r == "" {
					k := bytes.Index(src[i:], []byte(w))
					if k < 0 {
						break
					}
					start = i + k
					end = start + len(w)
					i = start + 1
					if !at(src, start, w) {
						continue
					}
				} else {
					k := bytes.IndexByte(src[i:], r[0])
					if k < 0 {
						break
					}
					start = i + k
					i = start + 1
					if end = writtenEnd(src, start, r); end < 0 {
						continue
					}
				}
				if followed(src, end) {
					return true
				}
			}
		}
		assigned := false
		for i := 0; i < len(src) && !assigned; i++ {
			if i = indexFrom(src, i, '='); i < 0 {
				break
			}
			if i > 0 && strings.IndexByte("=!<>+-*/%&|^?", src[i-1]) >= 0 || i+1 < len(src) && (src[i+1] == '=' || src[i+1] == '>') {
				continue
			}
			j := skipTrivia(src, i+1)
			for _, r := range receivers {
				if r == "" {
					continue
				}
				if e := writtenEnd(src, j, r); e >= 0 && !goesOn(src, skipTrivia(src, e)) {
					assigned = true
					break
				}
			}
		}
		if !assigned {
			return false
		}
		for d := range set {
			if hasWord(src, d) {
				return true
			}
		}
		for i := 0; i < len(src); i++ {
			if i = indexFrom(src, i, ']'); i < 0 {
				return false
			}
			if j := skipTrivia(src, i+1); j < len(src) && src[j] == ':' {
				return true
			}
		}
		return false
	}
}

// goesOn reports whether the token at i may carry on the expression
// before it (`tx ?? prisma`, `prisma.user`, `db as Client`): a value
// destructured must be the receiver alone to hand out its clients. An
// operator, a bracket, `.`, `!` and a template do, and the words that
// are operators; a name after a line end starts a statement.
func goesOn(src []byte, i int) bool {
	if i >= len(src) {
		return false
	}
	if strings.IndexByte(".?[(`!=<>+-*/%&|^", src[i]) >= 0 {
		return true
	}
	switch string(src[i:wordEnd(src, i)]) {
	case "as", "satisfies", "in", "instanceof":
		return true
	}
	return false
}

// writtenEnd is where r ends when src holds r at i, white space aside
// (as strings.Fields leaves it out), and r does not end inside a longer
// name; -1 when it does not.
func writtenEnd(src []byte, i int, r string) int {
	for k := 0; k < len(r); k++ {
		for k > 0 && i < len(src) {
			if c := src[i]; c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				i++
				continue
			}
			if c, n := utf8.DecodeRune(src[i:]); c >= utf8.RuneSelf && unicode.IsSpace(c) {
				i += n
				continue
			}
			break
		}
		if i >= len(src) || src[i] != r[k] {
			return -1
		}
		i++
	}
	if isNameByte(r[len(r)-1]) && i < len(src) && isNameByte(src[i]) {
		return -1
	}
	return i
}

// isNameByte reports whether c may be part of a JavaScript name written
// in ASCII.
func isNameByte(c byte) bool { return c == '$' || isWordByte(c) }

// nameBytes is isNameByte as a table, for the loops over a whole file.
var nameBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = isNameByte(byte(c))
	}
	return t
}()
