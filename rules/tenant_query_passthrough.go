package rules

import (
	"path/filepath"
	"regexp"
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// passThrough is what a function another file exports does with the
// function it is passed, when it only hands back that function's result:
// plunk's
//
//	export async function wrapRedis<T>(key: string, fn: () => Promise<T>, seconds = 60): Promise<T> {
//	  const cached = await redis.get(key);
//	  if (cached) return JSON.parse(cached);
//	  const recent = await fn();
//	  if (recent) await redis.set(key, JSON.stringify(recent), "EX", seconds);
//	  return recent;
//	}
//
// callback is the position of the function parameter; key, when the
// function caches, the position of the key parameter (-1 without a
// cache).
type passThrough struct {
	callback, key int
}

// wrapperVerdict is one exported function read for passThroughOf.
type wrapperVerdict struct {
	pt passThrough
	ok bool
}

// passThroughOf reads call, a call in a file of the index of a function
// that file imports by name from another file (resolved as imported
// does), as a pass-through. The function is one every return of which
// gives the awaited result of calling its function parameter with no
// arguments, either directly or through a const bound to that result, or
// a value JSON.parse read from a cache: `C.get(k)` of its key parameter,
// where the function's only other use of C is `C.set(k,
// JSON.stringify(r))` of a const r bound to the callback's result (or
// `C.del(k)`). Its last statement returns or throws. Nothing it does
// otherwise can change what it returns. Anything else, a rest parameter,
// a parameter, const or cache reassigned or written into, is no
// pass-through.
//
// The wrapper's file is parsed on its own, so that reading it needs no
// lock of the index's files.
func (x *helperIndex) passThroughOf(call tsparse.Node) (passThrough, bool) {
	if x == nil || call.Kind() != "call_expression" || call.Field("function").Kind() != "identifier" {
		return passThrough{}, false
	}
	local := call.Field("function").Text()
	root := call.Tree().Root()
	name, spec := importOf(call, local)
	if spec == "" || name == "default" || name == "*" || bindings(root, local) != 1 {
		return passThrough{}, false
	}
	from := filepath.Clean(call.Tree().Path)
	path, ok := x.resolve(from, spec)
	if !ok {
		return passThrough{}, false
	}
	key := path + "\x00" + name
	v := x.wrappers.get(key, func() wrapperVerdict {
		pt, ok := x.readWrapper(path, name)
		return wrapperVerdict{pt, ok}
	})
	return v.pt, v.ok
}

// readWrapper finds the function the file at path exports as name
// (following one re-export) and reads it as passThroughOf says.
func (x *helperIndex) readWrapper(path, name string) (passThrough, bool) {
	for hop := 0; ; hop++ {
		src, ok := x.src(path)
		if !ok {
			return passThrough{}, false
		}
		tree, err := tsparse.Parse(path, src)
		if err != nil {
			return passThrough{}, false
		}
		if tree.Root().HasError() {
			tree.Close()
			return passThrough{}, false
		}
		decl, next, nextName := exportedAs(tree, name)
		if decl.Valid() {
			pt, ok := wrapperShape(decl)
			tree.Close()
			return pt, ok
		}
		tree.Close()
		if next == "" || hop >= maxReexportHops {
			return passThrough{}, false
		}
		if path, ok = x.resolve(path, next); !ok {
			return passThrough{}, false
		}
		name = nextName
	}
}

// wrapperShape reads fn as passThroughOf describes.
func wrapperShape(fn tsparse.Node) (passThrough, bool) {
	no := passThrough{}
	body := fn.Field("body")
	if fn.Kind() != "function_declaration" && fn.Kind() != "arrow_function" && fn.Kind() != "function_expression" || body.Kind() != "statement_block" {
		return no, false
	}
	stmts := namedNoComments(body)
	if len(stmts) == 0 || stmts[len(stmts)-1].Kind() != "return_statement" && stmts[len(stmts)-1].Kind() != "throw_statement" {
		return no, false
	}
	var params []string
	for _, p := range namedNoComments(fn.Field("parameters")) {
		if p.Kind() != "required_parameter" && p.Kind() != "optional_parameter" || p.Field("pattern").Kind() != "identifier" {
			return no, false
		}
		params = append(params, p.Field("pattern").Text())
	}
	// consts are the const bindings of the body's own statements.
	consts := map[string]tsparse.Node{}
	for _, st := range stmts {
		if st.Kind() != "lexical_declaration" || !constDeclaration(st) {
			continue
		}
		for _, d := range namedNoComments(st) {
			if d.Kind() == "variable_declarator" && d.Field("name").Kind() == "identifier" {
				consts[d.Field("name").Text()] = uncastAwait(d.Field("value"))
			}
		}
	}
	pt := passThrough{callback: -1, key: -1}
	cache := ""
	param := func(n tsparse.Node) int {
		if n = uncast(n); n.Kind() != "identifier" {
			return -1
		}
		return slices.Index(params, n.Text())
	}
	// calledBack reports whether n is a call of the function parameter
	// with no arguments.
	calledBack := func(n tsparse.Node) bool {
		i := param(n.Field("function"))
		if n.Kind() != "call_expression" || i < 0 || len(namedNoComments(n.Field("arguments"))) != 0 || pt.callback >= 0 && pt.callback != i {
			return false
		}
		pt.callback = i
		return true
	}
	// result reports whether n names a const bound to the callback's
	// result.
	result := func(n tsparse.Node) bool {
		n = uncast(n)
		v, ok := consts[n.Text()]
		return n.Kind() == "identifier" && ok && calledBack(v)
	}
	// cacheCall reads `C.<method>(k, …)` and gives the method and the
	// call's arguments.
	cacheCall := func(n tsparse.Node) (string, []tsparse.Node, bool) {
		callee := n.Field("function")
		obj, prop := callee.Field("object"), callee.Field("property")
		args := namedNoComments(n.Field("arguments"))
		if n.Kind() != "call_expression" || callee.Kind() != "member_expression" || obj.Kind() != "identifier" || len(args) == 0 {
			return "", nil, false
		}
		i := param(args[0])
		if i < 0 || pt.key >= 0 && pt.key != i || cache != "" && cache != obj.Text() {
			return "", nil, false
		}
		pt.key, cache = i, obj.Text()
		return prop.Text(), args, true
	}
	ok, returns := true, 0
	eachReturn(body, func(_, v tsparse.Node) bool {
		returns++
		switch {
		case calledBack(v), result(v):
		case jsonCall(v, "parse"):
			arg := namedNoComments(v.Field("arguments"))[0]
			read, found := consts[uncast(arg).Text()]
			method, _, isCache := cacheCall(read)
			ok = uncast(arg).Kind() == "identifier" && found && isCache && method == "get"
		default:
			ok = false
		}
		return ok
	})
	if !ok || returns == 0 || pt.callback < 0 || pt.callback == pt.key {
		return no, false
	}
	// Every use of the cache is a read, a removal, or a write of the
	// callback's result, at the key.
	if cache != "" {
		if slices.Contains(params, cache) || anyNode(body, func(n tsparse.Node) bool {
			if n.Kind() != "identifier" || n.Text() != cache {
				return false
			}
			callee := n.Parent()
			call := callee.Parent()
			if callee.Kind() != "member_expression" || callee.Field("object") != n || call.Kind() != "call_expression" || call.Field("function") != callee {
				return true
			}
			method, args, isCache := cacheCall(call)
			switch {
			case !isCache:
				return true
			case method == "get" || method == "del":
				return false
			case method == "set":
				return len(args) < 2 || !jsonCall(uncast(args[1]), "stringify") || !result(namedNoComments(args[1].Field("arguments"))[0])
			}
			return true
		}) {
			return no, false
		}
	}
	// Nothing the function returns is given another value: its
	// parameters, its consts, their properties, the cache's entries.
	names := slices.Clone(params)
	for c := range consts {
		names = append(names, c)
	}
	if cache != "" {
		names = append(names, cache)
	}
	for _, n := range names {
		if n != cache && countBindings(fn, n) != 1 || compiled(`\bObject\.assign\(\s*`+regexp.QuoteMeta(n)+`\b`).Match(body.Tree().Src[body.Start():body.End()]) {
			return no, false
		}
	}
	if countBindings(fn.Tree().Root(), "JSON") != 0 || anyNode(body, func(n tsparse.Node) bool {
		var left tsparse.Node
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			left = n.Field("left")
		case "update_expression":
			left = n.Field("argument")
		default:
			return false
		}
		left = writtenRoot(left)
		return left.Kind() != "identifier" || slices.Contains(names, left.Text())
	}) {
		return no, false
	}
	return pt, true
}

// jsonCall reports whether n is `JSON.<method>(x)` with one argument.
func jsonCall(n tsparse.Node, method string) bool {
	callee := n.Field("function")
	return n.Kind() == "call_expression" && callee.Kind() == "member_expression" && callee.Field("object").Text() == "JSON" && callee.Field("property").Text() == method && len(namedNoComments(n.Field("arguments"))) == 1
}

// wrapperIndex is the index a pass-through call in the file being read
// is resolved with.
func (q *queryCheck) wrapperIndex() *helperIndex {
	if q.helpers != nil {
		return q.helpers
	}
	return q.wrappers
}

// returnsWrappedRows reports whether every return of fn hands back, through
// a pass-through of another file (passThroughOf), what a function literal
// it passes returns, and that literal returns only rows of delegate's
// model or nothing (returnsOnlyRows): plunk's `return wrapRedis(
// Keys.Template.id(id), async () => prisma.template.findUnique({ where: {
// id } }))`. When the pass-through caches, the key passed must name every
// value of fn the literal reads, so that the cache holds, at that key,
// what the same literal gave for the same values.
func (q *queryCheck) returnsWrappedRows(fn tsparse.Node, delegate string) bool {
	x := q.wrapperIndex()
	body := fn.Field("body")
	if x == nil || !body.Valid() {
		return false
	}
	ok, returns := true, 0
	eachReturn(body, func(_, v tsparse.Node) bool {
		returns++
		cb, wrapped := wrappedCallback(x, v, fn)
		if !wrapped {
			ok = false
			return false
		}
		if cbBody := cb.Field("body"); cbBody.Kind() == "statement_block" {
			ok = returnsOnlyRows(cb, delegate)
		} else {
			ok = rowCall(uncastAwait(cbBody), delegate)
		}
		return ok
	})
	return ok && returns > 0
}

// wrappedCallback is the function literal v, a return of fn, hands a
// pass-through of another file (x.passThroughOf), whose result the
// pass-through gives back; a caching one's key must name every value of
// fn the literal reads (keyNamesCaptures), so that the cache holds, at
// that key, what the same literal gave for the same values.
func wrappedCallback(x *helperIndex, v, fn tsparse.Node) (tsparse.Node, bool) {
	if x == nil || v.Kind() != "call_expression" {
		return tsparse.Node{}, false
	}
	pt, isWrapper := x.passThroughOf(v)
	args := namedNoComments(v.Field("arguments"))
	if !isWrapper || pt.callback >= len(args) || pt.key >= len(args) {
		return tsparse.Node{}, false
	}
	cb := uncast(args[pt.callback])
	if cb.Kind() != "arrow_function" && cb.Kind() != "function_expression" {
		return tsparse.Node{}, false
	}
	return cb, pt.key < 0 || keyNamesCaptures(args[pt.key], cb, fn)
}

// keyNamesCaptures reports whether key, an expression, reads every name
// that cb reads and fn (holding cb) binds outside cb, each as its whole
// value (keyHoldsWhole): a key built of a test of the id, its type or its
// length (`${!id}`, `Keys.Customer.id(typeof id)`, `id.length`) is one
// key for many ids, and the cache hands every id the first one's row.
func keyNamesCaptures(key, cb, fn tsparse.Node) bool {
	inKey := map[string]bool{}
	key.Walk(func(n tsparse.Node) bool {
		if (n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier") && keyHoldsWhole(n, key) {
			inKey[n.Text()] = true
		}
		return true
	})
	return !anyNode(cb, func(n tsparse.Node) bool {
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || inKey[n.Text()] {
			return false
		}
		return countBindings(fn, n.Text()) > countBindings(cb, n.Text())
	})
}

// keyHoldsWhole reports whether the name n, read in key, reaches key's
// value whole: key itself, or through templates, joins by +, casts,
// parentheses, the entries of objects and arrays, and the arguments of a
// call (a key builder, taken to name what it is handed). A member of it,
// a test or any other operator's value keeps only part of it.
func keyHoldsWhole(n, key tsparse.Node) bool {
	for v := n; !sameNode(v, key); v = v.Parent() {
		p := v.Parent()
		switch p.Kind() {
		case "template_substitution", "template_string", "parenthesized_expression", "as_expression", "satisfies_expression",
			"non_null_expression", "arguments", "array", "object":
		case "binary_expression":
			if p.Field("operator").Text() != "+" {
				return false
			}
		case "pair":
			if !sameNode(p.Field("value"), v) {
				return false
			}
		case "call_expression":
			if !sameNode(p.Field("arguments"), v) {
				return false
			}
		default:
			return false
		}
	}
	return true
}
