package rules

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// transactionCreated reports whether value is the key idName of a row a
// create on delegate returned inside a $transaction callback, read from
// the transaction's result:
//
//	const outcome = await prisma.$transaction(async (tx) => {
//	  …
//	  const invoice = await tx.invoice.create({ data: { workspaceId, … } });
//	  return { ok: true, invoice };
//	});
//	const { invoice } = outcome; // or outcome.invoice.id
//
// Every return of the callback that names the entry gives it that row; a
// return without it leaves the entry undefined, and reading its key throws
// (a `?.` counts only in a unique where, which refuses undefined).
//
// The create must run on the client of judged, the Prisma call the row's
// key is judged for (createdOnClientOf): the transaction's own.
func transactionCreated(call, judged tsparse.Node, value, delegate, idName string) bool {
	path := splitRowPath(value)
	if len(path) < 2 || path[len(path)-1] != idName || len(path) > 3 || !bytes.Contains(call.Tree().Src, []byte("$transaction")) || !mayCreate(call.Tree().Src, delegate) {
		return false
	}
	if strings.Contains(value, "?.") && !uniqueWhere(call) {
		return false
	}
	result, entry := path[0], ""
	if len(path) == 3 {
		entry = path[1]
	} else {
		result, entry = destructuredFrom(call, path[0])
		if result == "" {
			return false
		}
	}
	v, ok := constBefore(result, call)
	if !ok {
		return false
	}
	callback := transactionCallback(v)
	if !callback.Valid() || !transactionOnClientOf(v, judged) {
		return false
	}
	body := callback.Field("body")
	if body.Kind() != "statement_block" {
		return false
	}
	found := false
	ok = true
	body.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.Start() != body.Start() && functionKinds[n.Kind()] {
			return false
		}
		if n.Kind() != "return_statement" {
			return true
		}
		ret := uncast(firstNamed(n))
		if ret.Kind() != "object" {
			ok = false
			return false
		}
		for _, e := range namedNoComments(ret) {
			key, val, isEntry := property(e)
			if !isEntry || key == "" {
				// A spread, or a computed key (`["invoice"]: other`),
				// may hold the entry.
				ok = false
				return false
			}
			if key != entry {
				continue
			}
			if val.Kind() != "identifier" && val.Kind() != "shorthand_property_identifier" || !createdIn(body, n, judged, val.Text(), delegate) {
				ok = false
				return false
			}
			found = true
		}
		return false
	})
	return ok && found
}

// destructuredFrom reads `const { entry } = result;` (or `{ entry: name
// }`) declared before at in a block holding it, binding name: the result
// and its entry, or "".
func destructuredFrom(at tsparse.Node, name string) (string, string) {
	// `\bconst\s*\{…`, tried where such a declaration starts.
	pattern := `^const\s*\{([^{}=]*)\}\s*=\s*([A-Za-z_$][\w$]*)\s*;`
	for fn := enclosingFunction(at); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		src := fn.Tree().Src[fn.Start():at.Start()]
		result, entry := "", ""
		for _, m := range findAllAt(pattern, src, keywordsAt(src, []string{"const"}, followedBy('{'))) {
			if !declarationHolds(fn.Tree(), fn.Start()+m[0], fn.Start()+m[1], at) {
				continue
			}
			if key := patternKey(string(src[m[2]:m[3]]), name); key != "" {
				result, entry = string(src[m[4]:m[5]]), key
			}
		}
		if result != "" {
			return result, entry
		}
	}
	return "", ""
}

// patternKey is the key of an object pattern's entry (without braces)
// that binds name: `invoice` or `invoice: name`; "" when none does, or a
// default (`invoice = x`) could replace it.
func patternKey(pattern, name string) string {
	for _, e := range strings.Split(pattern, ",") {
		key, bound, renamed := strings.Cut(e, ":")
		key, bound = strings.TrimSpace(key), strings.TrimSpace(bound)
		if !renamed {
			bound = key
		}
		if bound == name && isRowPath(key) && !compiled(`[.?!\[]`).MatchString(key) {
			return key
		}
	}
	return ""
}

// createdIn reports whether, in body before at and in a block holding it,
// `const name = await <receiver>.<delegate>.create(` binds name, the
// create made on the client of judged, the judged call.
func createdIn(body, at, judged tsparse.Node, name, delegate string) bool {
	created := compiled(`\bconst\s+` + regexp.QuoteMeta(name) + `\s*=\s*` + createdValue(delegate))
	src := body.Tree().Src[body.Start():at.Start()]
	last := -1
	for i, m := range created.FindAllIndex(src, -1) {
		if declarationHolds(body.Tree(), body.Start()+m[0], body.Start()+m[1], at) && createdByClientOf(body.Tree(), body.Start()+m[0], body.Start()+m[1], judged) {
			last = i
		}
	}
	if last < 0 {
		return false
	}
	// No other binding of the name (a let, a second const) is written
	// in between.
	return !compiled(`\b` + regexp.QuoteMeta(name) + `\s*=[^=>]`).Match(src[created.FindAllIndex(src, -1)[last][1]:])
}
