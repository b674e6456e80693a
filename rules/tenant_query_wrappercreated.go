package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// wrapperCreated reports whether value is `row.id` of a row that a create
// on delegate made in a callback a wrapper ran and returned the result of,
// earlier in a function the call is in:
//
//	const membership = await createWithinLimit({
//	  orgId,
//	  create: (tx) => tx.organizationMembership.create({ data: { orgId, … } }),
//	});
//
// The wrapper (a function of the file, or one it imports) is read: its
// first parameter destructures the entry, and every return of it gives
// the value of a call of that entry, itself or through a $transaction
// whose callback does; the entry is named nowhere else in it (another
// binding of the name, or a use that is not such a call, refuses). The
// callback given returns the value of a create on delegate from every
// return. So the row is one the create made, as createdEarlier's are.
// Functions the wrapper imports are not read: they may throw or run the
// callback, but cannot change what the wrapper's own returns give.
func (q *queryCheck) wrapperCreated(value, delegate, idName string) bool {
	name, ok := strings.CutSuffix(value, "."+idName)
	if !ok || !isIdentifierName(name) || !mayCreate(q.call.Tree().Src, delegate) {
		return false
	}
	v, ok := constBefore(name, q.call)
	if !ok {
		return false
	}
	call := uncastAwait(v)
	args := namedNoComments(call.Field("arguments"))
	if call.Kind() != "call_expression" || len(args) == 0 || uncast(args[0]).Kind() != "object" {
		return false
	}
	// The declaration holds the wrapper's value: nothing between it and
	// the call judged may write the row's key.
	if decl := v.Parent().Parent(); q.rowChangedBetween(decl, []string{name, idName}) {
		return false
	}
	obj := uncast(args[0])
	test := func(fn tsparse.Node, _ *queryCheck) bool {
		var key string
		var callback tsparse.Node
		// A spread, a computed key or a second entry of a name may give
		// the entry read.
		if !eachEntryOnce(obj, func(k string, val tsparse.Node) bool {
			if cb := uncast(val); returnsCreated(cb, delegate) {
				if callback.Valid() {
					return false
				}
				key, callback = k, cb
			}
			return true
		}) {
			return false
		}
		bound := destructuredEntry(fn, key)
		return callback.Valid() && bound != "" && returnsCallbackCall(fn, bound)
	}
	if fn := q.fileFunction(call); fn.Valid() {
		return test(fn, q)
	}
	return q.helpers.importedCalling(q, call, true, test)
}

// isIdentifierName reports whether s is a plain name: `row`, not
// `rows[0]` nor `row?.inner`.
func isIdentifierName(s string) bool {
	return s != "" && compiled(`^[A-Za-z_$][\w$]*$`).MatchString(s)
}

// destructuredEntry is the name the first parameter of fn binds the entry
// key of its argument to, destructuring it without a default (`{ create
// }`, `{ create: make }`); "" for anything else.
func destructuredEntry(fn tsparse.Node, key string) string {
	params := namedNoComments(fn.Field("parameters"))
	if key == "" || len(params) == 0 || params[0].Kind() != "required_parameter" {
		return ""
	}
	pattern := params[0].Field("pattern")
	if pattern.Kind() != "object_pattern" {
		return ""
	}
	for _, p := range namedNoComments(pattern) {
		switch p.Kind() {
		case "shorthand_property_identifier_pattern":
			if unescapeKey(p.Text()) == key {
				return key
			}
		case "pair_pattern":
			if val := p.Field("value"); keyName(p.Field("key")) == key && val.Kind() == "identifier" {
				return unescapeKey(val.Text())
			}
		}
	}
	return ""
}

// returnsCallbackCall reports whether every return of fn (its expression
// body, or each return statement of its block, one at least) gives the
// value of a call of name, itself or as the result of a $transaction
// whose callback's returns all do; and name is named in fn nowhere but as
// the callee of those calls and in its first parameter. Names are read
// after their escapes, as the language reads them. Each call hands the
// callback a client (clientGiven), and the $transaction is of one: the
// callback's create is on what the wrapper gives it, and an object of the
// wrapper's making answers "create" with any row.
func returnsCallbackCall(fn tsparse.Node, name string) bool {
	wrapper := fn
	var calls []tsparse.Node
	var gives func(fn tsparse.Node, outer bool) bool
	gives = func(fn tsparse.Node, outer bool) bool {
		body := fn.Field("body")
		tx := tsparse.Node{}
		if !outer {
			tx = fn
		}
		each := func(v tsparse.Node) bool {
			v = uncastAwait(v)
			if callee := v.Field("function"); v.Kind() == "call_expression" && callee.Kind() == "identifier" && unescapeKey(callee.Text()) == name {
				args := namedNoComments(v.Field("arguments"))
				if len(args) != 1 || !clientGiven(wrapper, tx, args[0]) {
					return false
				}
				calls = append(calls, callee)
				return true
			}
			if cb := transactionCallback(v); outer && cb.Valid() && clientGiven(wrapper, tsparse.Node{}, v.Field("function").Field("object")) {
				return gives(cb, false)
			}
			return false
		}
		if body.Kind() != "statement_block" {
			return each(body)
		}
		ok, any := true, false
		eachReturn(body, func(_, v tsparse.Node) bool {
			any = true
			ok = v.Valid() && each(v)
			return ok
		})
		return ok && any
	}
	if !gives(fn, true) {
		return false
	}
	params := namedNoComments(fn.Field("parameters"))
	uses := 0
	fn.Walk(func(n tsparse.Node) bool {
		if n.Start() >= params[0].Start() && n.End() <= params[0].End() {
			return false
		}
		switch n.Kind() {
		case "identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern":
			// Read after its escapes: `cre\u0061te` is the name
			// `create`, and binds it again; one whose escapes do not
			// read may be any name.
			if text := unescapeKey(n.Text()); text == name || text == "" {
				uses++
			}
		}
		return true
	})
	return uses == len(calls)
}

// clientGiven reports whether arg, what the wrapper fn hands its callback
// or runs a $transaction on, is a Prisma client as the wrapper's caller
// has one: a name fn's first parameter destructures without a default,
// the parameter of tx (a $transaction callback of fn, when the call is in
// it), or a name the wrapper's file imports; bound once in fn (in tx for
// its parameter), or not at all for the import, and neither assigned nor
// written a member of in fn.
// Anything else (an object the wrapper builds, a call's result, another
// project's client) may make no row, or another tenant's.
func clientGiven(fn, tx, arg tsparse.Node) bool {
	arg = uncast(arg)
	if arg.Kind() != "identifier" {
		return false
	}
	name := bindingName(arg)
	if name == "" || assignedAnywhere(fn, name) || clientMemberWritten(fn, name) {
		return false
	}
	if tx.Valid() && transactionParameter(tx) == name {
		// Bound again in the callback, the name is another value.
		return countBindings(tx, name) == 1
	}
	switch bound := countBindings(fn, name); {
	case bound == 1:
		params := namedNoComments(fn.Field("parameters"))
		return len(params) > 0 && destructuresName(params[0], name)
	case bound == 0:
		_, module := importOf(fn, name)
		return module != "" && bindings(fn.Tree().Root(), name) == 1
	}
	return false
}

// destructuresName reports whether param, a parameter, destructures an
// entry of its object to name without a default: `{ prisma }`, `{ db:
// prisma }`.
func destructuresName(param tsparse.Node, name string) bool {
	pattern := param.Field("pattern")
	if param.Kind() != "required_parameter" || pattern.Kind() != "object_pattern" {
		return false
	}
	for _, p := range namedNoComments(pattern) {
		switch p.Kind() {
		case "shorthand_property_identifier_pattern":
			if bindingName(p) == name {
				return true
			}
		case "pair_pattern":
			if val := p.Field("value"); val.Kind() == "identifier" && bindingName(val) == name {
				return true
			}
		}
	}
	return false
}

// transactionParameter is the name a $transaction callback binds its
// client to: `(tx) => …`, `tx => …`; "" for a pattern.
func transactionParameter(cb tsparse.Node) string {
	if p := cb.Field("parameter"); p.Valid() {
		if p.Kind() != "identifier" {
			return ""
		}
		return bindingName(p)
	}
	params := namedNoComments(cb.Field("parameters"))
	if len(params) == 0 || params[0].Kind() != "required_parameter" || params[0].Field("pattern").Kind() != "identifier" {
		return ""
	}
	return bindingName(params[0].Field("pattern"))
}

// clientMemberWritten reports whether fn writes a member of name, whatever
// deep (`prisma.team = …`, `prisma.team.create = …`): the client's
// delegate replaced.
func clientMemberWritten(fn tsparse.Node, name string) bool {
	return anyNode(fn, func(n tsparse.Node) bool {
		var target tsparse.Node
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			target = uncast(n.Field("left"))
		case "update_expression":
			target = uncast(n.Field("argument"))
		case "unary_expression":
			if n.Field("operator").Text() != "delete" {
				return false
			}
			target = uncast(n.Field("argument"))
		default:
			return false
		}
		return (target.Kind() == "member_expression" || target.Kind() == "subscript_expression") && bindsName(writtenRoot(target), name)
	})
}

// returnsCreated reports whether every return of callback, a function
// (its expression body, or each return statement of its block, one at
// least), gives the value of a create on delegate.
func returnsCreated(callback tsparse.Node, delegate string) bool {
	if callback.Kind() != "arrow_function" && callback.Kind() != "function_expression" {
		return false
	}
	created := func(v tsparse.Node) bool {
		v = uncastAwait(v)
		fn := v.Field("function")
		obj := fn.Field("object")
		return v.Kind() == "call_expression" && fn.Kind() == "member_expression" && fn.Field("property").Text() == "create" &&
			obj.Kind() == "member_expression" && obj.Field("property").Text() == delegate
	}
	body := callback.Field("body")
	if body.Kind() != "statement_block" {
		return created(body)
	}
	ok, any := true, false
	eachReturn(body, func(_, v tsparse.Node) bool {
		any = true
		ok = v.Valid() && created(v)
		return ok
	})
	return ok && any
}
