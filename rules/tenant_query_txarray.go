package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// transactionArrayCreate reports whether value (`canvas.pk`) is the key of
// a row a batch $transaction returned at the place of a create on
// delegate (refly's canvas.service.ts):
//
//	const [canvas] = await prisma.$transaction([
//	  prisma.canvas.create({ data: { uid: user.uid, canvasId, … } }),
//	  prisma.canvasVersion.create({ … }),
//	]);
//	await prisma.canvas.update({ where: { pk: canvas.pk }, … });
//
// The batch form resolves to its queries' results in their order, so the
// name bound at index i holds what the i-th query returned. A create
// cannot leave out its tenant (see createdEarlier). A pattern with holes
// or a rest, an array built elsewhere, or a name bound again proves
// nothing.
//
// The transaction and the create must be of judged's client, the call the
// key is judged for.
func transactionArrayCreate(call, judged tsparse.Node, value, delegate, idName string) bool {
	path := splitRowPath(value)
	if len(path) != 2 || path[1] != idName || strings.HasSuffix(path[0], "[]") || !mayCreate(call.Tree().Src, delegate) {
		return false
	}
	if strings.Contains(value, "?.") && !uniqueWhere(call) {
		return false
	}
	pattern, v, ok := constArrayBefore(path[0], call)
	if !ok {
		return false
	}
	v = uncastAwait(v)
	fn := v.Field("function")
	args := namedNoComments(v.Field("arguments"))
	if v.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "$transaction" || len(args) != 1 || args[0].Kind() != "array" || !transactionOnClientOf(v, judged) {
		return false
	}
	if text := compact(pattern.Text()); strings.Contains(text, ",,") || strings.HasPrefix(text, "[,") {
		return false
	}
	elems, queries := namedNoComments(pattern), namedNoComments(args[0])
	for i, e := range elems {
		if e.Kind() == "identifier" && e.Text() == path[0] {
			return i < len(queries) && queries[i].Kind() != "spread_element" && !spreadAmong(queries[:i]) && createsOn(queries[i], delegate, judged)
		}
	}
	return false
}

// spreadAmong reports whether one of qs is a spread, which moves the places of
// the queries after it.
func spreadAmong(qs []tsparse.Node) bool {
	for _, q := range qs {
		if q.Kind() == "spread_element" {
			return true
		}
	}
	return false
}

// constArrayBefore is constBefore for a name bound by an array pattern
// (`const [a, b] = v`): the pattern and v, when the last binding of name
// before at, in a block holding at, is that const and nothing between
// hides it.
func constArrayBefore(name string, at tsparse.Node) (pattern, value tsparse.Node, ok bool) {
	scope := enclosingFunction(at)
	if !scope.Valid() || scope.Kind() == "program" {
		return tsparse.Node{}, tsparse.Node{}, false
	}
	declared := false
	for _, n := range scopeBindings(scope) {
		if n.Start() >= at.Start() || n.Kind() != "variable_declarator" || !bindsName(n.Field("name"), name) {
			continue
		}
		if !spans(n.Parent().Parent(), at) {
			continue
		}
		declared = true
		pattern, value = tsparse.Node{}, tsparse.Node{}
		if decl := n.Parent(); n.Field("name").Kind() == "array_pattern" && decl.Kind() == "lexical_declaration" && strings.HasPrefix(decl.Text(), "const") {
			pattern, value = n.Field("name"), n.Field("value")
		}
	}
	if !declared || !pattern.Valid() || !value.Valid() || hiddenBetween(at, value.Parent(), name) || !isConstName(name, at) {
		return tsparse.Node{}, tsparse.Node{}, false
	}
	return pattern, value, true
}
