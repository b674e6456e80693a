package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// passedToUnseen is the name of the row an earlier lookup on delegate
// returned, in the function or one it is nested in, when that lookup's
// where is the result of a call given value (`where:
// canWriteTypebots(typebotId, user)`) and the function leaves when the
// lookup finds nothing (`if (!typebot) throw …`): a call keyed by value is
// then as scoped as that where, which the rule cannot see (typebot.io's
// access helpers). "" otherwise, and the call stays an error.
func (q *queryCheck) passedToUnseen(value, delegate string, chain map[[2]int]bool) string {
	if value == "" {
		return ""
	}
	for _, c := range q.lookups() {
		if c.Delegate != delegate || c.Node.End() > q.call.Start() || len(c.Args) == 0 {
			continue
		}
		switch c.Operation {
		case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
		default:
			continue
		}
		if fn := enclosingFunction(c.Node); !chain[[2]int{fn.Start(), fn.End()}] || !visibleAt(c, q.call) {
			continue
		}
		name := boundName(c)
		if name == "" || !givenTo(builtWhere(q, c), value) {
			continue
		}
		if strings.HasSuffix(c.Operation, "OrThrow") && runsBefore(c.Node, q.call) || leavesWhenMissing(c.Node, q.call, name) {
			return name
		}
	}
	return ""
}

// builtWhere is the call expression c's where is the result of
// (`where: canReadTypebots(id, user)`), or the zero Node.
func builtWhere(q *queryCheck, c tsquery.Call) tsparse.Node {
	args, ok := q.objectOf(c.Args[0], 0)
	if !ok {
		return tsparse.Node{}
	}
	for _, e := range args.NamedChildren() {
		if e.Kind() != "pair" || keyName(e.Field("key")) != "where" {
			continue
		}
		v := e.Field("value")
		for v.Kind() == "parenthesized_expression" || v.Kind() == "await_expression" {
			v = firstNamed(v)
		}
		if v.Kind() == "call_expression" {
			return v
		}
	}
	return tsparse.Node{}
}

// givenTo reports whether the call expression call is given value, as
// written, as one of its arguments.
func givenTo(call tsparse.Node, value string) bool {
	if !call.Valid() {
		return false
	}
	for _, a := range call.Field("arguments").NamedChildren() {
		if compact(a.Text()) == value {
			return true
		}
	}
	return false
}

// leavesWhenMissing reports whether, after the lookup and before the call,
// an if statement of a block holding the lookup leaves (return, throw) when
// the row name is missing: one of the || terms of its condition is `!name`
// or `!name?.…` (`if (!typebot?.publishedTypebot) throw …`).
func leavesWhenMissing(lookup, call tsparse.Node, name string) bool {
	for block := lookup.Parent(); block.Valid() && block.Kind() != "program" && !functionKinds[block.Kind()]; block = block.Parent() {
		if block.Kind() == "statement_block" && leavingIf(block, lookup.End(), call.Start(), func(term tsparse.Node) bool { return missing(term, name) }).Valid() {
			return true
		}
	}
	return false
}

// missing reports whether term, one || term of a condition, holds when the
// row name is missing: `!name` or `!name?.…`.
func missing(term tsparse.Node, name string) bool {
	if term.Kind() != "unary_expression" || term.Field("operator").Text() != "!" {
		return false
	}
	arg := compact(term.Field("argument").Text())
	return arg == name || strings.HasPrefix(arg, name+"?.")
}
