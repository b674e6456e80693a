package rules

import (
	"bytes"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// promiseAllCreated is createdEarlier for a row bound from the list a
// `Promise.all` of creates returns: `const [documentMeta, secondaryId] =
// await Promise.all([prisma.documentMeta.create(…), nextId()])` makes
// `documentMeta.id` the id of the row the first create made (documenso's
// envelopes). The element in the pattern's place must be the create
// itself, with no spread before it in the list or the pattern to move it
// and no default to replace it; the const must hold at the call, and no
// name between them may hide it.
//
// The create must run on judged's client, the call the key is judged for
// (createdOnClientOf).
func promiseAllCreated(call, judged tsparse.Node, value, delegate, idName string) bool {
	name, ok := strings.CutSuffix(value, "."+idName)
	if !ok {
		return false
	}
	name = strings.TrimRight(name, "?!")
	if !isPlainName(name) || !bytes.Contains(call.Tree().Src, []byte("Promise.all")) {
		return false
	}
	found := patternConst(name, call)
	return found.Valid() && createdInPlace(found, name, delegate, judged)
}

// createdInPlace reports whether d, `const [a, name, …] = await
// Promise.all([x, <create on delegate>, …])`, binds name to the row the
// create in its place makes on judged's client.
func createdInPlace(d tsparse.Node, name, delegate string, judged tsparse.Node) bool {
	pattern := d.Field("name")
	if pattern.Kind() != "array_pattern" {
		return false
	}
	at := -1
	for i, p := range namedNoComments(pattern) {
		if p.Kind() != "identifier" {
			if at < 0 && bindsName(p, name) {
				// Nested, defaulted or the rest: not the element itself.
				return false
			}
			if p.Kind() == "rest_pattern" && at < 0 {
				return false
			}
			continue
		}
		if p.Text() == name {
			at = i
			break
		}
	}
	if at < 0 || countHoles(pattern, at) {
		return false
	}
	v := uncastAwait(d.Field("value"))
	fn := v.Field("function")
	if v.Kind() != "call_expression" || fn.Kind() != "member_expression" || compact(fn.Text()) != "Promise.all" {
		return false
	}
	args := namedNoComments(v.Field("arguments"))
	if len(args) != 1 || uncast(args[0]).Kind() != "array" {
		return false
	}
	elems := namedNoComments(uncast(args[0]))
	if at >= len(elems) {
		return false
	}
	for _, e := range elems[:at+1] {
		if e.Kind() == "spread_element" {
			return false
		}
	}
	c := uncastAwait(elems[at])
	cf := c.Field("function")
	return c.Kind() == "call_expression" && cf.Kind() == "member_expression" && cf.Field("property").Text() == "create" && createdOnClientOf(c, judged) &&
		cf.Field("object").Kind() == "member_expression" && cf.Field("object").Field("property").Text() == delegate
}

// countHoles reports whether pattern, an array pattern, skips a place
// (`[, name]`) before its named element at: its index in the list is then
// not at.
func countHoles(pattern tsparse.Node, at int) bool {
	commas, named := 0, 0
	for _, c := range pattern.Children() {
		switch c.Kind() {
		case ",":
			commas++
		case "[", "]", "comment":
		default:
			if named == at {
				return commas != at
			}
			named++
		}
	}
	return true
}
