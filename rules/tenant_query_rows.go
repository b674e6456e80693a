package rules

import (
	"regexp"
	"strings"

	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// The rows an earlier, tenant-checked query returned, followed through
// what the function does with them before it uses their ids: a parent
// compared with the tenant, a list narrowed with filter, the children
// included with a row.

// comparedParent reports whether value is the id of a row of delegate that
// an earlier call in the function (or one it is nested in) looked up by
// that value, or returned (`d.id`), and whose tenant field the function
// compared with the caller's before this call: `const d = await
// prisma.dataroom.findUnique({ where: { id: dataroomId } }); if (!d ||
// d.teamId !== teamId) return …` makes dataroomId the tenant's.
//
// Only as a foreign key: the parent's own lookup by the same id is
// judged by its own comparison.
func (q *queryCheck) comparedParent(value, delegate, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	for _, c := range q.lookups() {
		if c.Node.Start() == q.call.Start() && c.Node.End() == q.call.End() && c.Delegate == delegate {
			return false
		}
	}
	for c := range q.earlierCalls(delegate) {
		name := boundName(c)
		if name == "" || !visibleAt(c, q.call) {
			continue
		}
		own := value == name+"."+idName || value == name+"?."+idName || value == name+"!."+idName
		// A key the lookup was given is the row's only if the lookup ran
		// (lookupRunsWith).
		if (own || q.whereHasID(c, idName, value, q.call) && lookupRunsWith(c.Node, q.call)) && q.comparedBefore(c, q.call.Start()) {
			return true
		}
	}
	return false
}

// narrowedRows reports whether rows, a list whose ids the call filters by
// (`{ in: ok.map((d) => d.id) }`), holds rows of an earlier tenant-checked
// query: narrowed from its result (`const ok = docs.filter(…)`), or the
// children included with its row (`doc.links`).
func (q *queryCheck) narrowedRows(rows string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	r, path := q.listRows(rows, []string{"", idName})
	if r == rows && path[0] == "" {
		return false
	}
	return q.earlierRow(path, r, target, idName, outer, chain)
}

// isRowPath reports whether s is a property chain: doc.versions[0].id,
// link!.group?.id, rows?.[0].id (an element taken by `?.[`, which gives
// the element or, on a nullish list, undefined, as `?.` before a name
// does). It answers what the expression
// ^[A-Za-z_$][\w$]*(?:!?(?:\??\.[A-Za-z_$][\w$]*|(?:\?\.)?\[\d+\]))*!?$ matches
// (TestIsRowPath), read once from left to right: the rule asks it of most
// values it follows, and the expression's matcher cost a fortieth of a
// whole check of dub.
func isRowPath(s string) bool {
	i := nameAt(s, 0)
	if i == 0 {
		return false
	}
	for i < len(s) {
		if s[i] == '!' {
			if i++; i == len(s) {
				return true
			}
		}
		switch s[i] {
		case '[':
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j == i+1 || j == len(s) || s[j] != ']' {
				return false
			}
			i = j + 1
		case '?', '.':
			if s[i] == '?' {
				if i++; i == len(s) || s[i] != '.' {
					return false
				}
				if i+1 < len(s) && s[i+1] == '[' {
					i++
					continue
				}
			}
			j := nameAt(s, i+1)
			if j == 0 {
				return false
			}
			i = j
		default:
			return false
		}
	}
	return true
}

// nameAt is where the JavaScript name written in ASCII at s[i:] ends, or
// 0 when none starts there.
func nameAt(s string, i int) int {
	if i >= len(s) || !isNameByte(s[i]) || s[i] >= '0' && s[i] <= '9' {
		return 0
	}
	for i++; i < len(s) && isNameByte(s[i]); i++ {
	}
	return i
}

var elementIndex = lazyregexp.New(`\[\d+\]`)

// pathMarks drops what a row path's links carry besides their names:
// `?.[0]` is the element `[0]` (tried before "?.", as the replacer tries
// its pairs in order at each place).
var pathMarks = strings.NewReplacer("?.[", "[", "?.", ".", "!", "")

// splitRowPath splits a property chain into its names; an element of a
// list (versions[0]) is the name with "[]" after it. Nil for anything else.
func splitRowPath(text string) []string {
	text = compact(text)
	if !isRowPath(text) {
		return nil
	}
	text = pathMarks.Replace(text)
	if strings.Contains(text, "[") {
		text = elementIndex.Regexp().ReplaceAllString(text, "[]")
	}
	return strings.Split(text, ".")
}

// rowPath splits value into its names, the first one followed through the
// consts that name a part of a row: `const v = doc.versions[0]` makes
// `v.id` doc, versions[], id.
func (q *queryCheck) rowPath(value string) []string {
	path := splitRowPath(value)
	for range 4 {
		if len(path) == 0 || strings.HasSuffix(path[0], "[]") {
			break
		}
		v, ok := heldBefore(path[0], q.call)
		if !ok {
			if head := destructuredPath(path[0], q.call); head != nil {
				path = append(head, path[1:]...)
				continue
			}
			break
		}
		// `const kit = { ...row, assets }`: kit.id is row.id.
		if len(path) > 1 && spreadSource(v, path[1]) != "" && sourceHeld(q.call, path[0], spreadSource(v, path[1])) {
			path[0] = spreadSource(v, path[1])
			continue
		}
		// `const kitCustodyId = kit.custody?.id` names a part of a row
		// too.
		head := splitRowPath(v.Text())
		if len(head) < 2 || !sourceHeld(q.call, path[0], v.Text()) {
			// Read at the call, the const's head may be another binding.
			break
		}
		path = append(head, path[1:]...)
	}
	return path
}

// listRows follows rows, the list whose element path[0] stands for, back
// through the consts that narrow it (`const ok = docs.filter(…)`: docs)
// to the list a query returned, or to the to-many relation of a row it
// is (`const links = doc.links`: the path then starts at doc).
func (q *queryCheck) listRows(rows string, path []string) (string, []string) {
	for range 4 {
		if list := splitRowPath(rows); len(list) > 1 && !strings.HasSuffix(list[len(list)-1], "[]") {
			list[len(list)-1] += "[]"
			return "", append(list, path[1:]...)
		}
		// `claimed.push({ id: row.id })` in a loop over rows.
		if src, f := pushedTo(q.call, rows, path); src != "" {
			rows, path = src, append([]string{path[0], f}, path[2:]...)
			continue
		}
		v, ok := constBefore(rows, q.call)
		if !ok {
			v, ok = letBefore(rows, q.call)
		}
		if !ok {
			// `const { links, ...rest } = tag`: tag.links.
			if head := destructuredPath(rows, q.call); head != nil {
				rows = strings.Join(head, ".")
				continue
			}
			break
		}
		v = uncast(v)
		if v.Kind() == "call_expression" {
			fn := v.Field("function")
			if fn.Kind() != "member_expression" || fn.Field("property").Text() != "filter" {
				// `rows.filter(…).map((r) => ({ assetId: r.assetId }))`
				var ok bool
				if v, path, ok = projected(v, path); !ok {
					break
				}
			} else if args := namedNoComments(v.Field("arguments")); len(args) == 1 && (writes(args[0]) || q.handsOutRow(args[0])) {
				// `rows.filter((r) => reset(r))` may change the rows.
				break
			} else {
				v = fn.Field("object")
			}
		}
		next := compact(v.Text())
		if splitRowPath(next) == nil || next == rows || !sourceHeld(q.call, rows, next) {
			// Read at the call, next's root may be another binding.
			break
		}
		rows = next
	}
	return rows, path
}

// constBefore finds the value of `const <name> = …` declared before at in
// the function at is in, or the nearest function it is nested in that
// declares it (not the module).
func constBefore(name string, at tsparse.Node) (tsparse.Node, bool) {
	// Most names are declared in none of the scopes: read the text
	// before walking the tree.
	// A row is read in a function: the module's own consts are not
	// searched.
	for scope := enclosingFunction(at); scope.Valid() && scope.Kind() != "program"; scope = enclosingFunction(scope) {
		if text := at.Tree().Src[scope.Start():at.Start()]; !declares(text, declarationKeywords, name, wordEnds(name)) {
			continue
		}
		var found tsparse.Node
		declared := false
		for _, n := range scopeBindings(scope) {
			if n.Start() >= at.Start() {
				continue
			}
			// A declaration in a block that does not hold at binds
			// another value of the name.
			if n.Kind() == "variable_declarator" && n.Field("name").Kind() == "identifier" && n.Field("name").Text() == name && spans(n.Parent().Parent(), at) {
				declared = true
				if decl := n.Parent(); decl.Kind() == "lexical_declaration" && strings.HasPrefix(decl.Text(), "const") {
					found = n.Field("value")
				} else {
					found = tsparse.Node{}
				}
			}
		}
		if declared {
			return found, found.Valid() && !hiddenBetween(at, found.Parent(), name)
		}
	}
	return tsparse.Node{}, false
}

// loadedNotEmpty reports whether value is the id of a target row that an
// earlier lookup of the tenant's own row loaded through a to-many relation
// filtered by that id (`include: { datarooms: { where: { id: dataroomId }
// } }`), with the function leaving before this call when that relation
// came back empty (`if (!team || team.datarooms.length === 0) return …`):
// past the check, the tenant holds the row.
func (q *queryCheck) loadedNotEmpty(value string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	for _, c := range q.lookups() {
		root := q.delegates[c.Delegate]
		if root == nil || !q.t.IsRoot(root) || c.Node.Start() < outer.Start() || c.Node.End() > q.call.Start() {
			continue
		}
		if fn := enclosingFunction(c.Node); !chain[[2]int{fn.Start(), fn.End()}] {
			continue
		}
		name := boundName(c)
		if name == "" || !visibleAt(c, q.call) || !q.scopedRow(c) {
			continue
		}
		for _, rel := range q.loadedByID(c, root, target, idName, value) {
			if exitsWhenEmpty(c.Node, q.call, name, rel) {
				return true
			}
		}
	}
	return false
}

// loadedByID is the to-many relations of root to target that c includes
// or selects with a where giving idName the value value.
func (q *queryCheck) loadedByID(c tsquery.Call, root, target *prisma.Model, idName, value string) []string {
	args, ok := q.argsObject(c)
	if !ok {
		return nil
	}
	var out []string
	for _, e := range args.NamedChildren() {
		if k, _, _ := property(e); e.Kind() != "pair" || k != "include" && k != "select" {
			continue
		}
		loaded, ok := q.objectOf(e.Field("value"), 0)
		if !ok {
			continue
		}
		for _, r := range loaded.NamedChildren() {
			key, val, ok := property(r)
			f := fieldByName(root, key)
			if !ok || r.Kind() != "pair" || f == nil || f.Relation == nil || !f.IsList() || f.Target() != target {
				continue
			}
			rel, ok := q.objectOf(val, 0)
			if !ok {
				continue
			}
			for _, w := range rel.NamedChildren() {
				if k, wv, ok := property(w); ok && k == "where" {
					if where, ok := q.objectOf(wv, 0); ok && hasID(where, idName, value, q.call) {
						out = append(out, key)
					}
				}
			}
		}
	}
	return out
}

// hasID reports whether the where object gives idName exactly the value
// value: `id: dataroomId`, or the shorthand `id` when value is id, where
// the name it starts with is the binding it is at at (see sameBinding).
func hasID(where tsparse.Node, idName, value string, at tsparse.Node) bool {
	for _, e := range where.NamedChildren() {
		switch {
		case e.Kind() == "shorthand_property_identifier" && e.Text() == idName && value == idName:
			return sameBinding(e, at, value)
		case e.Kind() == "pair" && keyName(e.Field("key")) == idName && (compact(e.Field("value").Text()) == value || castKey(e.Field("value")) == value):
			return sameBinding(e, at, value)
		}
	}
	return false
}

// castKey is the value a key cast to its type reads (`req.query.id as
// string`: req.query.id), compacted; "" for any other node.
func castKey(v tsparse.Node) string {
	if k := v.Kind(); k != "as_expression" && k != "satisfies_expression" {
		return ""
	}
	return compact(uncast(v).Text())
}

// exitsWhenEmpty reports whether, between the lookup and the call, an if
// statement of a block holding the call leaves (return, throw) when
// name.rel is empty: one of the || terms of its condition is
// `name.rel.length === 0` (also == 0, < 1, !name.rel.length).
func exitsWhenEmpty(lookup, call tsparse.Node, name, rel string) bool {
	empty := compiled(`^(?:!` + regexp.QuoteMeta(name) + `[?!]?\.` + regexp.QuoteMeta(rel) + `[?!]?\.length|` + regexp.QuoteMeta(name) + `[?!]?\.` + regexp.QuoteMeta(rel) + `[?!]?\.length(?:===?0|<1|<=0))$`)
	for block := call.Parent(); block.Valid() && block.Kind() != "program"; block = block.Parent() {
		if block.Kind() == "statement_block" && leavingIf(block, lookup.End(), call.Start(), matches(empty)).Valid() {
			return true
		}
	}
	return false
}

// matches is a test of an expression's text, white space removed, by re.
func matches(re *regexp.Regexp) func(tsparse.Node) bool {
	return func(n tsparse.Node) bool { return re.MatchString(compact(n.Text())) }
}

// leaves reports whether a statement always returns or throws: itself, or
// the last statement of its block.
func leaves(st tsparse.Node) bool {
	for st.Kind() == "statement_block" {
		children := namedNoComments(st)
		if len(children) == 0 {
			return false
		}
		st = children[len(children)-1]
	}
	return st.Kind() == "return_statement" || st.Kind() == "throw_statement" || neverReturns(st)
}

// provenRow reports whether c, an earlier call, returns only rows of the
// tenant because its where names an id the function checked before it
// (`findMany({ where: { groupId } })` after the group's lookup with the
// tenant): the rule does not report c, so its rows are the tenant's too.
// Two levels deep at most.
func (q *queryCheck) provenRow(c tsquery.Call) bool {
	if q.proofs >= 2 {
		return false
	}
	sub := *q
	sub.call, sub.verifying, sub.proofs = c.Node, false, q.proofs+1
	v, _ := sub.whereOfCall(c)
	return v == constrained
}
