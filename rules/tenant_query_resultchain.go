package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A neverthrow chain runs a callback given to `.andThen` only when the
// result before it is ok, and `ResultAsync.combine([a, b])` is ok only
// when every result combined is: a lookup made ok only when it found its
// row gates every write the callback makes (trigger.dev's GitHub
// repository connection):
//
//	const getRepository = () =>
//	  fromPromise(prisma.githubRepository.findFirst({ where: { id: repositoryId, installation: { organizationId } } }), toError)
//	    .andThen((repository) => {
//	      if (!repository) return errAsync({ type: "not_found" as const });
//	      return okAsync(repository);
//	    });
//	const createConnection = () => fromPromise(prisma.connectedGithubRepository.create({ data: { projectId, repositoryId } }), toError);
//	return ResultAsync.combine([getRepository(), findExisting()]).andThen(() => createConnection());
//
// `.orElse` runs on a failure and `.map` keeps a missing row ok: neither
// gates anything. The names must be neverthrow's own imports.

// chainedLookupKey reports whether val, the bare name a write gives a
// foreign key, is the id a lookup of target with the tenant was keyed
// by, and the write runs only once that lookup found its row, through a
// neverthrow chain. The name must be one binding of the outermost
// function, never assigned there: the callback runs later, after any
// statement of the function.
func (q *queryCheck) chainedLookupKey(val tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	if val.Kind() != "identifier" && val.Kind() != "shorthand_property_identifier" {
		return false
	}
	value := val.Text()
	if calledBeforeDeclared(q.call) || !boundInFunction(q.call, value) || assignedIn(q.call, value) {
		return false
	}
	delegate := delegateName(target.Name)
	return q.gatedBy(q.call, 0, func(result tsparse.Node) bool {
		c, ok := foundResult(result, delegate)
		if !ok {
			return false
		}
		sub := *q
		sub.call, sub.verifying = c.Node, true
		return sub.whereHasID(c, ref.Name(), value, q.call) && q.scopedRow(c)
	})
}

// gatedBy reports whether n runs only in the callback of a combine's
// `.andThen` one of whose results proves holds of: n is in that callback,
// or in a const function every use of which is a call so gated.
func (q *queryCheck) gatedBy(n tsparse.Node, depth int, proves func(tsparse.Node) bool) bool {
	for fn := enclosingFunction(n); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		if results, ok := combinedBefore(fn); ok && slices.ContainsFunc(results, proves) {
			return true
		}
		if depth >= 3 {
			continue
		}
		if calls := onlyCalled(fn); len(calls) > 0 && !slices.ContainsFunc(calls, func(c tsparse.Node) bool { return !q.gatedBy(c, depth+1, proves) }) {
			return true
		}
	}
	return false
}

// combinedBefore reads fn as the callback of `ResultAsync.combine([…])
// .andThen(fn)` (or Result.combine): the results combined.
func combinedBefore(fn tsparse.Node) ([]tsparse.Node, bool) {
	args := fn.Parent()
	call := args.Parent()
	if fn.Kind() != "arrow_function" && fn.Kind() != "function_expression" || args.Kind() != "arguments" || len(namedNoComments(args)) != 1 || call.Kind() != "call_expression" {
		return nil, false
	}
	then := call.Field("function")
	combine := uncast(then.Field("object"))
	if then.Kind() != "member_expression" || then.Field("property").Text() != "andThen" || combine.Kind() != "call_expression" {
		return nil, false
	}
	if name := neverthrowMember(combine.Field("function")); name != "ResultAsync.combine" && name != "Result.combine" {
		return nil, false
	}
	list := namedNoComments(combine.Field("arguments"))
	if len(list) != 1 || uncast(list[0]).Kind() != "array" {
		return nil, false
	}
	return namedNoComments(uncast(list[0])), true
}

// onlyCalled reads fn as the value of a const: the calls of that const,
// nil when any use of it is not a call (the function handed on may run
// anywhere).
func onlyCalled(fn tsparse.Node) []tsparse.Node {
	decl := fn.Parent()
	for decl.Kind() == "parenthesized_expression" {
		decl = decl.Parent()
	}
	name := decl.Field("name")
	if decl.Kind() != "variable_declarator" || name.Kind() != "identifier" || !sameNode(uncast(decl.Field("value")), fn) || decl.Parent().Kind() != "lexical_declaration" || !strings.HasPrefix(decl.Parent().Text(), "const") {
		return nil
	}
	scope, _ := bindingScope(fn, name.Text(), -1)
	if !scope.Valid() {
		return nil
	}
	var calls []tsparse.Node
	escaped := false
	scope.Walk(func(n tsparse.Node) bool {
		switch n.Kind() {
		case "identifier", "shorthand_property_identifier":
		default:
			return !escaped
		}
		if n.Text() != name.Text() || sameNode(n, name) {
			return false
		}
		if s, _ := bindingScope(n, name.Text(), -1); !sameNode(s, scope) {
			return false
		}
		call := n.Parent()
		if n.Kind() != "identifier" || call.Kind() != "call_expression" || !sameNode(call.Field("function"), n) {
			escaped = true
			return false
		}
		calls = append(calls, call)
		return false
	})
	if escaped {
		return nil
	}
	return calls
}

// foundResult reads result, a result combined, as a lookup on delegate
// that is ok only with its row: `fromPromise(lookup, …)` of an OrThrow
// lookup, or `fromPromise(lookup, …).andThen(check)` where check fails
// when the row is missing, also as the one expression a const arrow
// called there returns. It gives the lookup.
func foundResult(result tsparse.Node, delegate string) (tsquery.Call, bool) {
	result = uncast(result)
	if f := result.Field("function"); result.Kind() == "call_expression" && f.Kind() == "identifier" {
		if fn, ok := constValue(f); ok && fn.Kind() == "arrow_function" {
			result = uncast(returned(fn))
		}
	}
	if result.Kind() != "call_expression" {
		return tsquery.Call{}, false
	}
	check := tsparse.Node{}
	if then := result.Field("function"); then.Kind() == "member_expression" && then.Field("property").Text() == "andThen" {
		args := namedNoComments(result.Field("arguments"))
		if len(args) != 1 {
			return tsquery.Call{}, false
		}
		check, result = args[0], uncast(then.Field("object"))
	}
	if name := neverthrowMember(result.Field("function")); result.Kind() != "call_expression" || name != "fromPromise" && name != "ResultAsync.fromPromise" {
		return tsquery.Call{}, false
	}
	args := namedNoComments(result.Field("arguments"))
	if len(args) == 0 {
		return tsquery.Call{}, false
	}
	c, ok := exactCall(uncast(args[0]), delegate)
	if !ok {
		return tsquery.Call{}, false
	}
	switch c.Operation {
	case "findUniqueOrThrow", "findFirstOrThrow":
		return c, !check.Valid() || failsWhenMissing(check)
	case "findUnique", "findFirst":
		return c, check.Valid() && failsWhenMissing(check)
	}
	return tsquery.Call{}, false
}

// returned is what an arrow function returns: its expression body, or
// the value of a body that is one return statement.
func returned(fn tsparse.Node) tsparse.Node {
	body := fn.Field("body")
	if body.Kind() != "statement_block" {
		return body
	}
	st := namedNoComments(body)
	if len(st) != 1 || st[0].Kind() != "return_statement" {
		return tsparse.Node{}
	}
	return firstNamed(st[0])
}

// failsWhenMissing reads check, a callback of one parameter r, as
// failing when r is missing: its first statement is `if (!r)` (or `r ==
// null`) returning neverthrow's err or errAsync, or throwing.
func failsWhenMissing(check tsparse.Node) bool {
	param, n := firstParam(check)
	body := check.Field("body")
	if check.Kind() != "arrow_function" && check.Kind() != "function_expression" || n != 1 || param.Kind() != "identifier" || body.Kind() != "statement_block" {
		return false
	}
	st := namedNoComments(body)
	if len(st) == 0 || st[0].Kind() != "if_statement" || st[0].Field("alternative").Valid() {
		return false
	}
	cond := uncast(st[0].Field("condition"))
	switch c := compact(cond.Text()); c {
	case "!" + param.Text(), param.Text() + "==null", param.Text() + "===null":
	default:
		return false
	}
	out := st[0].Field("consequence")
	if out.Kind() == "statement_block" {
		inner := namedNoComments(out)
		if len(inner) != 1 {
			return false
		}
		out = inner[0]
	}
	switch out.Kind() {
	case "throw_statement":
		return true
	case "return_statement":
		v := uncast(firstNamed(out))
		name := neverthrowMember(v.Field("function"))
		return v.Kind() == "call_expression" && (name == "err" || name == "errAsync")
	}
	return false
}

// neverthrowMember reads n, `name` or `Object.name`, as a name of
// neverthrow's module: the imported name (through an alias), and the
// member after it; "" when the root is not imported from neverthrow or
// something around n declares it again.
func neverthrowMember(n tsparse.Node) string {
	n = uncast(n)
	root, member := n, ""
	if n.Kind() == "member_expression" {
		root, member = n.Field("object"), "."+n.Field("property").Text()
	}
	if root.Kind() != "identifier" || declaredAround(n, root.Text()) {
		return ""
	}
	name, module := importOf(n, root.Text())
	if module != "neverthrow" || name == "default" || name == "*" {
		return ""
	}
	return name + member
}
