package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A count proves the elements a list held when it was compared with the
// rows found; the writes then use elements of the list, or of a list
// filtered from it. Between where the used elements are read from the
// list and where they are used, the list must not lose or gain any: an
// element shifted off after the lookup leaves as many elements as the
// tenant's rows (`[a, b, other]` finds 2 rows, shifted it is `[b,
// other]`), and a list refilled before the lookup counts other elements
// than a filter taken before it holds.

// listChanged reports whether the source text from from to end may change
// the list at path, or a value it is read through: pathMutated, a write
// into it or over it (writeTargets), a pop or shift of it, a call of a
// function when it was stored where other functions reach it
// (storedOutside), or it (or a value it is read through) handed to a call,
// which may do any of these, also inside an object, an array or a spread,
// or through a name bound to it (listAliases). at is a node of the file.
func listChanged(at tsparse.Node, from, end int, path string) bool {
	return listChangedFor(at, from, end, path, tsparse.Node{})
}

// listChangedFor is listChanged for the use of the list at use, when
// valid: a call in a block that leaves before use (leftBefore) changes
// nothing use sees.
func listChangedFor(at tsparse.Node, from, end int, path string, use tsparse.Node) bool {
	if from >= end {
		return false
	}
	// A name bound to a list read through a path (`const ids =
	// input.authorIds`) is that list: it changes with the path too,
	// `input.authorIds.push(extra)` or `fixUp(input)` grow ids.
	for range 4 {
		if listChangedAt(at, from, end, path, use) {
			return true
		}
		if strings.Contains(path, ".") {
			return false
		}
		src := boundSource(at, path)
		if src == "" || src == path {
			return false
		}
		path = src
	}
	return true
}

// boundSource is the path the declaration of name that at sees reads
// its value from: input.authorIds for `const ids = input.authorIds`, `let
// ids = …` or `const { authorIds: ids } = input`; or "".
func boundSource(at tsparse.Node, name string) string {
	scope, byStatement := bindingScope(at, name, -1)
	if !byStatement {
		return ""
	}
	for _, st := range scope.NamedChildren() {
		if st = declarationOf(st); st.Kind() != "lexical_declaration" && st.Kind() != "variable_declaration" {
			continue
		}
		for _, d := range namedNoComments(st) {
			src := namePath(uncast(d.Field("value")))
			if d.Kind() != "variable_declarator" || src == "" {
				continue
			}
			switch n := d.Field("name"); n.Kind() {
			case "identifier":
				if n.Text() == name {
					return src
				}
			case "object_pattern":
				for _, e := range namedNoComments(n) {
					switch {
					case e.Kind() == "shorthand_property_identifier_pattern" && e.Text() == name:
						return src + "." + name
					case e.Kind() == "pair_pattern" && e.Field("value").Kind() == "identifier" && e.Field("value").Text() == name:
						if key := keyName(e.Field("key")); key != "" {
							return src + "." + key
						}
					}
				}
			}
		}
	}
	return ""
}

// listChangedAt is listChangedFor for the list at path alone, not the one
// a name of it was read from.
func listChangedAt(at tsparse.Node, from, end int, path string, use tsparse.Node) bool {
	if pathMutated(string(at.Tree().Src[from:end]), path) {
		return true
	}
	if heldWithAccessor(at, path) || sharedRoot(at, path) && yieldsBetween(at, from, min(end, at.Start()), use) {
		return true
	}
	aliases := listAliases(enclosingFunction(at), end, path)
	for _, a := range aliases {
		if !a.holds && max(from, a.from) < end && pathMutated(string(at.Tree().Src[max(from, a.from):end]), a.path) {
			return true
		}
	}
	if heldChanged(at, from, end, aliases) {
		return true
	}
	through := aliasThrough(path, aliases)
	stored := storedOutside(at, end, aliases, through)
	popped := func(p string) bool {
		return p != "" && (p == path || slices.ContainsFunc(aliases, func(a listAlias) bool { return !a.holds && a.path == p }))
	}
	hit := false
	at.Tree().Walk(func(n tsparse.Node) bool {
		if hit || n.End() <= from || n.Start() >= end {
			return false
		}
		switch n.Kind() {
		case "member_expression":
			if p := n.Field("property").Text(); (p == "pop" || p == "shift") && popped(namePath(n.Field("object"))) && n.Parent().Kind() == "call_expression" {
				hit = true
			}
			// A method that adds or replaces elements, called through a
			// cast or an assertion the text test does not read
			// (`(ids as string[]).push(x)`, `input!.ids.push(x)`).
			// So is one called on a value that may be the list (`(ids ??
			// []).push(x)`, `[ids][0].push(x)`: listValuePaths).
			if slices.Contains(listChangers, n.Field("property").Text()) && n.Start() >= from && n.Parent().Kind() == "call_expression" && slices.ContainsFunc(listValuePaths(n.Field("object")), popped) {
				hit = true
			}
		case "subscript_expression":
			// A method named by a string (`ids["push"](x)`).
			if slices.Contains(listChangers, keyName(n.Field("index"))) && n.Start() >= from && n.Parent().Kind() == "call_expression" && sameNode(n.Parent().Field("function"), n) && slices.ContainsFunc(listValuePaths(n.Field("object")), popped) {
				hit = true
			}
		case "assignment_expression", "augmented_assignment_expression", "for_in_statement", "unary_expression":
			// Writes the text test does not read: destructured
			// (`[ids[0]] = [x]`), through a cast, by `&&=`, as a loop's
			// variable, deleted.
			if n.Start() >= from && slices.ContainsFunc(writeTargets(n), func(t tsparse.Node) bool {
				return writesPath(t, path) || slices.ContainsFunc(aliases, func(a listAlias) bool {
					return n.Start() >= a.from && (!a.holds && writesPath(t, a.path) || a.holds && writesUnder(t, a.path))
				})
			}) {
				hit = true
			}
		case "call_expression":
			// Stored where other functions reach it, the list changes
			// with any function of the file the call runs.
			if stored && n.Start() >= from && n.Field("function").Kind() == "identifier" && !keepsArguments(n) && !leftBefore(n, use) {
				hit = true
			}
			if n.Start() >= from && !leftBefore(n, use) && (walkedHandingList(n, through) || templateCarries(n, through)) {
				hit = true
			}
		case "arguments":
			if n.Start() >= from && !keepsArguments(n.Parent()) && !thrownAway(n) && !leftBefore(n, use) {
				for _, a := range namedNoComments(n) {
					if argumentCarries(n.Parent(), a, through) {
						hit = true
					}
				}
			}
		}
		return !hit
	})
	return hit
}

// storedOutside reports whether, before end, the function holding at
// puts the list, or something holding it, where a function written
// outside it may reach it: in a name bound outside the function (`current
// = input`, a module's variable), by an alias or by a method that keeps
// its argument (`registry.push(input)`).
func storedOutside(at tsparse.Node, end int, aliases []listAlias, through func(string) bool) bool {
	outer, _ := functionChain(at)
	outside := func(n tsparse.Node, name string) bool {
		if scope, _ := bindingScope(n, name, -1); scope.Valid() {
			return !spans(outer, scope)
		}
		// Not bound around n: a name some block of the function binds
		// (an alias made in a callback) is the function's own.
		return !anyNode(outer, func(p tsparse.Node) bool { return scopeBinds(p, name, false) })
	}
	for _, a := range aliases {
		if root := strings.SplitN(a.path, ".", 2)[0]; root != "this" && outside(at, root) {
			return true
		}
	}
	return anyNode(outer, func(n tsparse.Node) bool {
		f := n.Field("function")
		if n.Kind() != "call_expression" || n.Start() >= end || f.Kind() != "member_expression" {
			return false
		}
		switch f.Field("property").Text() {
		case "push", "unshift", "add", "set":
		default:
			return false
		}
		root := writtenRoot(f.Field("object"))
		return root.Kind() == "identifier" && outside(n, root.Text()) && slices.ContainsFunc(namedNoComments(n.Field("arguments")), func(a tsparse.Node) bool {
			return carried(a, through)
		})
	})
}

// writeTargets are the places the write n stores into: an assignment's
// target, each element of a destructuring one, a for…of or for…in
// variable that is not declared there, a deleted property.
func writeTargets(n tsparse.Node) []tsparse.Node {
	var t tsparse.Node
	switch n.Kind() {
	case "assignment_expression", "augmented_assignment_expression":
		t = n.Field("left")
	case "for_in_statement":
		if n.Field("kind").Valid() {
			return nil
		}
		t = n.Field("left")
	case "unary_expression":
		if n.Field("operator").Text() != "delete" {
			return nil
		}
		t = n.Field("argument")
	}
	return patternTargets(t, nil)
}

// patternTargets appends to out the places t stores into: t, or each
// element of a pattern, defaults and rests included.
func patternTargets(t tsparse.Node, out []tsparse.Node) []tsparse.Node {
	switch t = uncast(t); t.Kind() {
	case "array_pattern", "object_pattern":
		for _, e := range namedNoComments(t) {
			switch e.Kind() {
			case "pair_pattern":
				out = patternTargets(e.Field("value"), out)
			case "assignment_pattern", "object_assignment_pattern":
				out = patternTargets(e.Field("left"), out)
			case "rest_pattern":
				out = patternTargets(firstNamed(e), out)
			default:
				out = patternTargets(e, out)
			}
		}
		return out
	case "":
		return out
	}
	return append(out, t)
}

// writtenSegments are the names of the path a target writes, a computed
// property as "" (any name): `input.authorIds[0]` is input, authorIds, "".
func writtenSegments(t tsparse.Node) []string {
	switch t = uncast(t); t.Kind() {
	case "identifier", "shorthand_property_identifier_pattern":
		return []string{t.Text()}
	case "this":
		return []string{"this"}
	case "member_expression":
		if head := writtenSegments(t.Field("object")); head != nil {
			return append(head, t.Field("property").Text())
		}
	case "subscript_expression":
		if head := writtenSegments(t.Field("object")); head != nil {
			return append(head, "")
		}
	}
	return nil
}

// writesPath reports whether writing t may change the value at path: t
// is the path, a value it is read through, or a place inside it.
func writesPath(t tsparse.Node, path string) bool {
	w := writtenSegments(t)
	return w != nil && segmentsMeet(w, strings.Split(path, "."))
}

// writesUnder reports whether writing t stores inside the value at path,
// an object that holds the list: replacing the holder leaves the list as
// it was.
func writesUnder(t tsparse.Node, path string) bool {
	w := writtenSegments(t)
	p := strings.Split(path, ".")
	return len(w) > len(p) && segmentsMeet(w, p)
}

// segmentsMeet reports whether the shorter of two paths may name the
// start of the longer, "" in w matching any name.
func segmentsMeet(w, p []string) bool {
	for i := range min(len(w), len(p)) {
		if w[i] != "" && w[i] != p[i] {
			return false
		}
	}
	return true
}

// keepsArguments reports whether call (a call or a new expression) only
// reads its arguments: a Set or Map made of them, Array.from,
// Array.isArray, JSON.stringify, structuredClone (a deep copy), a
// conversion or a console method.
func keepsArguments(call tsparse.Node) bool {
	var fn string
	switch call.Kind() {
	case "new_expression":
		fn = compact(call.Field("constructor").Text())
		return fn == "Set" || fn == "Map"
	case "call_expression":
		fn = compact(call.Field("function").Text())
	default:
		return false
	}
	switch fn {
	case "Array.from", "Array.isArray", "JSON.stringify", "structuredClone", "String", "Number", "Boolean":
		return true
	}
	return strings.HasPrefix(fn, "console.") && !strings.Contains(fn[len("console."):], ".")
}

// walkedHandingList reports whether call is a method of the list that
// walks it (`ids.forEach(…)`) with a callback that takes the list itself
// (callbackGetsList): `(_, i, list) => { list[i] = x }` changes it.
func walkedHandingList(call tsparse.Node, through func(string) bool) bool {
	f := call.Field("function")
	return f.Kind() == "member_expression" && carried(f.Field("object"), through) && callbackGetsList(call, f.Field("property").Text())
}

// templateCarries reports whether call is a tagged template one of whose
// substitutions may hand the tag the list: a tag given `${ids}` may
// change ids as any function handed it may.
func templateCarries(call tsparse.Node, through func(string) bool) bool {
	tpl := call.Field("arguments")
	if tpl.Kind() != "template_string" {
		return false
	}
	for _, sub := range namedNoComments(tpl) {
		if sub.Kind() == "template_substitution" && carried(firstNamed(sub), through) {
			return true
		}
	}
	return false
}

// listChangers are the methods of an array that change its elements in
// place.
var listChangers = []string{"push", "unshift", "splice", "fill", "copyWithin", "pop", "shift"}

// loosePath is namePath read through casts, non-null assertions and
// parentheses, at each step of the path: `(input!.ids as string[])` is
// input.ids. "" for anything else.
func loosePath(n tsparse.Node) string {
	n = uncast(n)
	switch n.Kind() {
	case "type_assertion":
		// `<string[]>ids`: the value is the last child, after the type.
		if named := namedNoComments(n); len(named) > 0 {
			return loosePath(named[len(named)-1])
		}
	case "identifier":
		return n.Text()
	case "member_expression":
		if p := n.Field("property"); p.Kind() == "property_identifier" {
			if head := loosePath(n.Field("object")); head != "" {
				return head + "." + p.Text()
			}
		}
	case "subscript_expression":
		// A key written as a string (`input["ids"]`, `` input[`ids`] ``).
		index := uncast(n.Field("index"))
		key := keyName(index)
		if index.Kind() == "template_string" && !hasChild(index, "template_substitution") {
			key = strings.Trim(index.Text(), "`")
		}
		if head := loosePath(n.Field("object")); head != "" && key != "" {
			return head + "." + key
		}
	}
	return ""
}

// listValuePaths are the paths (loosePath) of the lists n may evaluate
// to: either side of a fallback (`ids ?? []`, `ids || []`, `ok && ids`),
// either branch of a choice, the last of a sequence, the value of an
// angle-bracket assertion, any element of an array literal indexed
// (`[ids][0]`). A method that changes what n evaluates to may change any
// of them.
func listValuePaths(n tsparse.Node) []string {
	n = uncast(n)
	switch n.Kind() {
	case "type_assertion", "sequence_expression":
		if named := namedNoComments(n); len(named) > 0 {
			return listValuePaths(named[len(named)-1])
		}
	case "binary_expression":
		switch n.Field("operator").Text() {
		case "??", "||", "&&":
			return append(listValuePaths(n.Field("left")), listValuePaths(n.Field("right"))...)
		}
	case "ternary_expression":
		return append(listValuePaths(n.Field("consequence")), listValuePaths(n.Field("alternative"))...)
	case "subscript_expression":
		if held := uncast(n.Field("object")); held.Kind() == "array" {
			var paths []string
			for _, e := range namedNoComments(held) {
				paths = append(paths, listValuePaths(e)...)
			}
			return paths
		}
	}
	if p := loosePath(n); p != "" {
		return []string{p}
	}
	return nil
}

// valueRoot is the name a value is read from: `sessions` of
// `sessions.get(id)!`, `current` of `current.input`; invalid for anything
// else, what a call other than a container's read answers among them.
func valueRoot(v tsparse.Node) tsparse.Node {
	for range 8 {
		switch v = uncastAwait(v); v.Kind() {
		case "identifier":
			return v
		case "call_expression":
			// A container's read answers what the container holds
			// (`sessions.get(id)`); other calls answer a value of their
			// own (`await validateTags(…)`, a query's rows).
			fn := uncast(v.Field("function"))
			if fn.Kind() != "member_expression" || !slices.Contains([]string{"get", "at", "find", "findLast"}, fn.Field("property").Text()) {
				return tsparse.Node{}
			}
			v = fn
		case "member_expression", "subscript_expression":
			v = v.Field("object")
		default:
			return tsparse.Node{}
		}
	}
	return tsparse.Node{}
}

// sharedRoot reports whether the object the list at path is read from is
// state the program shares between calls: the path's root is a name
// bound outside the function holding at, or imported (a module's let, a
// store), or a const of the function read from one (`const input =
// sessions.get(id)!`, `const input = current`). Another call of the
// program may replace the list while this one waits.
func sharedRoot(at tsparse.Node, path string) bool {
	outer, _ := functionChain(at)
	// outside reports whether name, as n sees it, is bound outside the
	// function or imported.
	outside := func(n tsparse.Node, name string) bool {
		if scope, _ := bindingScope(n, name, -1); scope.Valid() {
			return !spans(outer, scope)
		}
		_, module := importOf(n, name)
		return module != ""
	}
	root := strings.SplitN(path, ".", 2)[0]
	if v, ok := constBefore(root, at); ok {
		r := valueRoot(v)
		return r.Valid() && outside(r, r.Text())
	}
	return outside(at, root)
}

// yieldsBetween reports whether, between from and to, the function
// waits (an await) or calls a function of a plain name (which may be one
// of the file's, changing its state), in a block that does not leave
// before use.
func yieldsBetween(at tsparse.Node, from, to int, use tsparse.Node) bool {
	if from >= to {
		return false
	}
	outer, _ := functionChain(at)
	return anyNode(outer, func(n tsparse.Node) bool {
		if n.Start() < from || n.End() > to || leftBefore(n, use) {
			return false
		}
		return n.Kind() == "await_expression" || n.Kind() == "call_expression" && uncast(n.Field("function")).Kind() == "identifier"
	})
}

// heldWithAccessor reports whether the path's root is a const of the
// function holding an object literal with an accessor: each read of the
// path may answer another list.
func heldWithAccessor(at tsparse.Node, path string) bool {
	root := strings.SplitN(path, ".", 2)[0]
	v, ok := constBefore(root, at)
	if !ok || uncast(v).Kind() != "object" {
		return false
	}
	return slices.ContainsFunc(namedNoComments(uncast(v)), func(e tsparse.Node) bool {
		if e.Kind() != "method_definition" {
			return false
		}
		head := strings.Fields(e.Text())
		return len(head) > 0 && (head[0] == "get" || head[0] == "set") && !strings.HasPrefix(compact(e.Text()), head[0]+"(")
	})
}
