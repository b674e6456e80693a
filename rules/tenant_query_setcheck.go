package rules

import (
	"regexp"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// Ids a function takes from its caller and checks against the ids of rows
// it proved the tenant's, before it uses them (Shelf's partial check-in):
//
//	const known = new Set(bookingFoundAssets.map((a) => a.id));
//	const unknown = assetIds.filter((id) => !known.has(id));
//	if (unknown.length > 0) throw …;
//	for (const assetId of assetIds) await tx.asset.update({ where: { id: assetId } … });
//
// Past the throw every element of assetIds is one of those rows' ids.

// setChecked reports whether value is an element of a list whose every
// element the function checked that way before the call: `assetId` in a
// loop over the list (or over a list filtered or deduplicated from it),
// or `disp.assetId` in a loop over the rows the list was mapped from
// (`const assetIds = dispositions.map((d) => d.assetId)`).
func (q *queryCheck) setChecked(value string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	path := splitRowPath(value)
	if len(path) == 0 || len(path) > 2 || strings.HasSuffix(path[0], "[]") {
		return false
	}
	list := loopSource(q.call, path[0])
	if list == "" {
		return false
	}
	return q.elementsSetChecked(path, list, target, idName, outer, chain, tsparse.Node{})
}

// elementsSetChecked is setChecked for path, an element of list or its
// field, where the call stands. The check is looked for after the list's
// declaration, or, for a list declared otherwise, after open when given.
func (q *queryCheck) elementsSetChecked(path []string, list string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool, open tsparse.Node) bool {
	checked, from, via := list, "", []string(nil)
	if len(path) == 2 {
		// The ids were mapped from the elements' field: the list checked
		// is that mapping, and no element may change the field after it.
		checked = mappedField(q.call, list, path[1])
		if checked == "" {
			return false
		}
		from = list
	} else {
		checked, via = narrowedFrom(q.call, list)
	}
	decl, ok := constDeclarator(checked, q.call)
	if !ok && open.Valid() && checked == list {
		decl, ok = open, true
	}
	if !ok {
		return false
	}
	set, check := setFilter(q.call, checked, decl)
	if set == "" {
		return false
	}
	// Nothing is added to the lists, and no element's field is rewritten,
	// between the mapping and the call: the check covers what is read.
	between := string(q.call.Tree().Src[decl.End():q.call.Start()])
	for _, name := range via {
		// A list narrowed from the checked one must not grow either.
		d, ok := constDeclarator(name, q.call)
		if !ok || mutated(string(q.call.Tree().Src[d.End():q.call.Start()]), name) {
			return false
		}
	}
	if mutated(between, checked) || len(path) == 1 && mutated(between, path[0]) || from != "" && (mutated(between, from) || fieldWritten(between, path[1])) {
		return false
	}
	if handedBetween(q.call, decl.End(), append([]string{checked, from}, via...)) {
		return false
	}
	return q.setOfRows(set, check, target, idName, outer, chain)
}

// narrowedFrom follows list back through the consts that only drop or
// deduplicate its elements (`ids.filter(…)`, `[...new Set(ids)]`,
// `Array.from(new Set(ids))`) to the list they narrow, with the names
// passed on the way.
func narrowedFrom(at tsparse.Node, list string) (string, []string) {
	var via []string
	for range 4 {
		v, ok := constBefore(list, at)
		if !ok {
			break
		}
		next := narrowedList(v)
		if next == "" {
			break
		}
		via = append(via, list)
		list = next
	}
	return list, via
}

// narrowedList is the list name that n only narrows, or "".
func narrowedList(n tsparse.Node) string {
	for range 6 {
		n = uncast(n)
		switch n.Kind() {
		case "identifier":
			return n.Text()
		case "array":
			// [...x] with nothing else.
			elems := namedNoComments(n)
			if len(elems) != 1 || elems[0].Kind() != "spread_element" {
				return ""
			}
			n = firstNamed(elems[0])
		case "new_expression":
			args := namedNoComments(n.Field("arguments"))
			if n.Field("constructor").Text() != "Set" || len(args) != 1 {
				return ""
			}
			n = args[0]
		case "call_expression":
			fn := n.Field("function")
			args := namedNoComments(n.Field("arguments"))
			switch {
			case fn.Kind() == "member_expression" && fn.Field("property").Text() == "filter":
				n = fn.Field("object")
			case fn.Text() == "Array.from" && len(args) == 1:
				n = args[0]
			default:
				return ""
			}
		default:
			return ""
		}
	}
	return ""
}

// mappedField is the name of a const before at that maps list to its
// elements' field: `const ids = list.map((d) => d.field)`, or "".
func mappedField(at tsparse.Node, list, field string) string {
	mapping := compiled(`\bconst\s+([A-Za-z_$][\w$]*)\s*(?::[^=]*)?=\s*` + regexp.QuoteMeta(list) + `\s*\.\s*map\s*\(\s*\(?\s*([A-Za-z_$][\w$]*)\s*(?::\s*[\w$.<>\[\]]+\s*)?\)?\s*=>\s*([A-Za-z_$][\w$]*)\s*\.\s*` + regexp.QuoteMeta(field) + `\s*\)`)
	for fn := enclosingFunction(at); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		src := fn.Tree().Src[fn.Start():at.Start()]
		name := ""
		for _, m := range mapping.FindAllSubmatchIndex(src, -1) {
			if string(src[m[4]:m[5]]) == string(src[m[6]:m[7]]) && declarationHolds(fn.Tree(), fn.Start()+m[0], fn.Start()+m[1], at) {
				name = string(src[m[2]:m[3]])
			}
		}
		if name != "" {
			return name
		}
	}
	return ""
}

// constDeclarator is the declarator of the const name that at sees, or
// the parameters of the function that binds name when it is a parameter
// (what follows them is the function's code).
func constDeclarator(name string, at tsparse.Node) (tsparse.Node, bool) {
	v, ok := constBefore(name, at)
	if ok {
		return v.Parent(), v.Parent().Kind() == "variable_declarator"
	}
	for fn := enclosingFunction(at); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		// A declaration inside may hide the parameter.
		if declares(at.Tree().Src[fn.Start():at.Start()], declarationKeywords, name, wordEnds(name)) {
			break
		}
		params := fn.Field("parameters")
		for _, p := range namedNoComments(params) {
			if pat := p.Field("pattern"); pat.Kind() == "identifier" && pat.Text() == name {
				return params, true
			}
		}
		if p := fn.Field("parameter"); p.Kind() == "identifier" && p.Text() == name {
			return p, true
		}
	}
	return tsparse.Node{}, false
}

// setFilter finds, after decl (the list's declaration) and before at, in
// a block holding at, `const bad = list.filter((x) => !set.has(x))`
// followed by an if statement that leaves when bad is not empty. It gives
// the set's name and that if statement, or "".
func setFilter(at tsparse.Node, list string, decl tsparse.Node) (string, tsparse.Node) {
	filter := compiled(`\bconst\s+([A-Za-z_$][\w$]*)\s*=\s*` + regexp.QuoteMeta(list) + `\s*\.\s*filter\s*\(\s*\(?\s*([A-Za-z_$][\w$]*)\s*(?::\s*[\w$]+\s*)?\)?\s*=>\s*!\s*([A-Za-z_$][\w$]*)\s*\.\s*has\s*\(\s*([A-Za-z_$][\w$]*)\s*\)\s*,?\s*\)`)
	tree := at.Tree()
	if decl.End() > at.Start() {
		return "", tsparse.Node{} // not declared before at: nothing between
	}
	src := tree.Src[decl.End():at.Start()]
	for _, m := range filter.FindAllSubmatchIndex(src, -1) {
		if string(src[m[4]:m[5]]) != string(src[m[8]:m[9]]) {
			continue
		}
		start, end := decl.End()+m[0], decl.End()+m[1]
		if !declarationHolds(tree, start, end, at) {
			continue
		}
		bad := string(src[m[2]:m[3]])
		// The list of the missing must reach the exit as made: emptied
		// first (`bad.length = 0`), it lets every element through.
		if st := leavesWhenNotEmpty(tree.NamedAt(start, end), at, bad); st.Valid() && !mutated(string(tree.Src[end:st.Start()]), bad) && !handedBetween(st, end, []string{bad}) {
			return string(src[m[6]:m[7]]), st
		}
	}
	return "", tsparse.Node{}
}

// leavesWhenNotEmpty is the if statement, after from and before at in a
// block holding at, that returns or throws when the list bad, as from
// binds it, holds anything: `bad.length > 0`, `bad.length !== 0`,
// `bad.length`. A block that binds bad again (`const bad: string[] =
// []`, `for (const bad of …)`) tests another list there.
func leavesWhenNotEmpty(from, at tsparse.Node, bad string) tsparse.Node {
	notEmpty := notEmptyTest(bad)
	for block := at.Parent(); block.Valid() && block.Kind() != "program"; block = block.Parent() {
		if block.Kind() != "statement_block" {
			continue
		}
		if st := leavingIf(block, from.End(), at.Start(), matches(notEmpty)); st.Valid() && !hiddenBetween(st, from, bad) {
			return st
		}
	}
	return tsparse.Node{}
}

// notEmptyTest matches a test, white space removed, that the list bad
// holds anything.
func notEmptyTest(bad string) *regexp.Regexp {
	b := regexp.QuoteMeta(bad)
	return compiled(`^(?:` + b + `\.length(?:>0|!==?0|>=1)?|0<` + b + `\.length)$`)
}

// mutated reports whether text changes the list name: a method that adds
// or replaces elements, an element or its length assigned, the name
// assigned again. The method may be reached through a non-null assertion
// or an optional chain (`ids!.push(x)`, `ids?.push(x)`), the element
// through an assertion (`ids![0] = x`).
func mutated(text, name string) bool {
	n := regexp.QuoteMeta(name)
	return compiled(`\b` + n + `\s*(?:!?\s*\??\.\s*(?:push|unshift|splice|fill|copyWithin|length\s*=[^=])|!?\s*\[[^\]]*\]\s*=[^=]|=[^=>])`).MatchString(text)
}

// fieldWritten reports whether text assigns some object's field.
func fieldWritten(text, field string) bool {
	return compiled(`\.\s*` + regexp.QuoteMeta(field) + `\s*(?:=[^=]|\+\+|--|[-+*/?|&]+=)`).MatchString(text)
}

// setOfRows reports whether set is, where check stands, a const Set of
// the idName keys of rows of target that the function proved the
// tenant's, and nothing added to it before check.
func (q *queryCheck) setOfRows(set string, check tsparse.Node, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	v, ok := constBefore(set, check)
	if !ok {
		return false
	}
	v = uncast(v)
	args := namedNoComments(v.Field("arguments"))
	if v.Kind() != "new_expression" || v.Field("constructor").Text() != "Set" || len(args) != 1 {
		return false
	}
	if mutated(string(check.Tree().Src[v.End():check.Start()]), set) || compiled(`\b`+regexp.QuoteMeta(set)+`\s*\.\s*add\s*\(`).Match(check.Tree().Src[v.End():check.Start()]) {
		return false
	}
	m := mapIDs.FindStringSubmatch(compact(args[0].Text()))
	if m == nil || m[2] != m[3] {
		return false
	}
	// The set holds the rows' ids, or their foreign keys to target
	// (`ba.assetId`): earlierRow accepts either.
	sub := *q
	sub.call = check
	return sub.provenList(m[1], []string{"", m[4]}, target, idName, outer, chain)
}

// provenList reports whether the element path of the list rows is a row
// of target that an earlier tenant-checked query returned, following the
// consts that pick a relation of each element (`const assets =
// booking.bookingAssets.map((ba) => ba.asset)`).
func (q *queryCheck) provenList(rows string, path []string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	for range 4 {
		v, ok := constBefore(rows, q.call)
		if !ok {
			break
		}
		x, field := mappedRelation(uncast(v))
		if x == "" {
			break
		}
		rows, path = x, append([]string{path[0], field}, path[1:]...)
	}
	r, p := q.listRows(rows, path)
	return q.earlierRow(p, r, target, idName, outer, chain)
}

// mappedRelation is the list x and the field of `x.map((e) => e.field)`.
func mappedRelation(n tsparse.Node) (string, string) {
	m := mapIDs.FindStringSubmatch(compact(n.Text()))
	if m == nil || m[2] != m[3] {
		return "", ""
	}
	return m[1], m[4]
}
