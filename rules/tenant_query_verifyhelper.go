package rules

import (
	"bytes"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// helperVerified reports whether value, the id the judged where gives
// idName (a bare name or a path), was checked by a helper of the file
// that throws unless the tenant holds it, awaited before the call on
// every path: `await this.findOneAccessToken(environmentId, id)`, then
// `delete({ where: { id } })` (the NestJS service pattern). The helper's
// body, before any return, looks up a row of target with a where that
// gives idName one of its parameters and that the rule judges scoped on
// its own (the tenant field, a relation filter to a scoped parent), and
// throws when the row is missing (an OrThrow lookup, or `if (!row)
// throw`). The caller passes the same binding as the judged where for
// that parameter, and a tenant value the rule accepts for each other
// parameter the helper's where reads; the id is not assigned in between.
// The call statement sits in a block holding the call, before it, so it
// ran, and did not throw, whenever the call runs.
func (q *queryCheck) helperVerified(value string, target *prisma.Model, idName string) bool {
	return q.awaitedCallBefore(value, func(call tsparse.Node, _ func() bool) bool {
		return q.helperCallVerifies(call, value, target, idName)
	})
}

// awaitedCallBefore calls f with each call awaited as a statement of a
// block holding the judged call, before it, in the same function, until f
// is true; tested, asked only by the proofs that need it, tells whether
// the statement binds the result to a const that a later statement, still
// before the judged call, leaves unless defined (exitsUnlessDefined).
func (q *queryCheck) awaitedCallBefore(value string, f func(call tsparse.Node, tested func() bool) bool) bool {
	if !q.call.Valid() || value == "" {
		return false
	}
	for b := q.call.Parent(); b.Valid() && b.Kind() != "program"; b = b.Parent() {
		switch {
		case b.Kind() == "function_declaration" || b.Kind() == "generator_function_declaration" || b.Kind() == "generator_function":
			// A hoisted function may run before the statements above it.
			return false
		case b.Kind() != "statement_block":
			continue
		}
		stmts := namedNoComments(b)
		for i, st := range stmts {
			if st.End() > q.call.Start() {
				break
			}
			call := awaitedStatementCall(st)
			if !call.Valid() {
				continue
			}
			for _, e := range q.allSettledTogether(call) {
				if redeclaresRead(st, e, value) {
					continue
				}
				// The array's other calls run beside the check: one
				// given the object the key is read through (`input` of
				// input.id) may change it once the check read it,
				// whether it stands before the check or after.
				if f(e, func() bool { return false }) && !q.changedBetween(e, q.call, value) && !q.changedBetween(call.Field("function"), e, value) {
					return true
				}
			}
			tested := func() bool {
				ds := namedNoComments(st)
				if st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") || ds[0].Field("name").Kind() != "identifier" {
					return false
				}
				name := ds[0].Field("name").Text()
				return slices.ContainsFunc(stmts[i+1:], func(s tsparse.Node) bool {
					return s.End() <= q.call.Start() && exitsUnlessDefined(s, name)
				})
			}
			// A call given the object the key is read through, in the
			// check's arguments or between it and the judged call, may
			// change the key after the check read it.
			if !redeclaresRead(st, call, value) && f(call, tested) && !q.changedBetween(call.Field("function"), q.call, value) {
				return true
			}
		}
	}
	return false
}

// redeclaresRead reports whether st, a statement awaiting call, declares
// a name that call's arguments or the judged key value read: `var [, id]
// = await Promise.all([getMap(id, orgId), nextId()])` gives the
// parameter id (a var may be declared again) another value once the
// check had the old one.
func redeclaresRead(st, call tsparse.Node, value string) bool {
	if st.Kind() != "lexical_declaration" && st.Kind() != "variable_declaration" {
		return false
	}
	if path := splitRowPath(value); len(path) > 0 && statementDeclares(st, path[0]) {
		return true
	}
	return anyNode(call.Field("arguments"), func(n tsparse.Node) bool {
		return (n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier") && statementDeclares(st, bindingName(n))
	})
}

// allSettledTogether is the calls of call when it is `Promise.all([…])`
// of calls (placemark's `await Promise.all([getWrappedFeatureCollection(id,
// ctx), db.wrappedFeature.findMany(…)])`): awaited, it throws when one of
// them throws, so each ran without throwing before the statements after
// it. A result each one gave is the array's, not the call's; an element
// that is no plain call (a `.catch` that swallows its throw is a call of
// catch), a spread or `Promise` bound by the code is none.
func (q *queryCheck) allSettledTogether(call tsparse.Node) []tsparse.Node {
	fn := call.Field("function")
	args := namedNoComments(call.Field("arguments"))
	if fn.Kind() != "member_expression" || fn.Field("object").Kind() != "identifier" || fn.Field("object").Text() != "Promise" || fn.Field("property").Text() != "all" || len(args) != 1 || args[0].Kind() != "array" {
		return nil
	}
	if scope, _ := bindingScope(fn.Field("object"), "Promise", -1); scope.Valid() || !untouchedPromise(call.Tree()) {
		return nil
	}
	elems := namedNoComments(args[0])
	for _, e := range elems {
		switch uncast(e).Kind() {
		case "call_expression":
			if changesState(e) {
				return nil
			}
		case "null", "undefined", "true", "false", "number", "string":
			// A value runs nothing.
		default:
			// A promise started before, a spread, an expression: it
			// may run code of its own while the check waits.
			return nil
		}
	}
	var calls []tsparse.Node
	for i, e := range elems {
		if e = uncast(e); e.Kind() == "call_expression" && !q.handedByOthers(e, elems, i) {
			calls = append(calls, e)
		}
	}
	return calls
}

// changesState reports whether e assigns, updates or deletes anything,
// in a callback of it too: run beside a check that waits before its
// lookup, it may change what the lookup reads (`Promise.all([check(id,
// ctx), (ctx.session.orgId = other)])`).
func changesState(e tsparse.Node) bool {
	return anyNode(e, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression", "update_expression":
			return true
		case "unary_expression":
			return n.Field("operator").Text() == "delete"
		}
		return false
	})
}

// handedByOthers reports whether a name check, elems[i], is handed is
// also handed to another element of the same Promise.all other than as a
// value in a Prisma query's arguments (which the client reads, never
// changes): `mutate(ctx)` beside `check(id, ctx)` may change the context
// while the check waits.
func (q *queryCheck) handedByOthers(check tsparse.Node, elems []tsparse.Node, i int) bool {
	names := map[string]bool{}
	for _, a := range namedNoComments(check.Field("arguments")) {
		for a = uncast(a); a.Kind() == "member_expression" || a.Kind() == "non_null_expression"; a = uncast(firstNamed(a)) {
		}
		if a.Kind() == "identifier" {
			names[a.Text()] = true
		}
	}
	for j, e := range elems {
		if j == i {
			continue
		}
		if e = uncast(e); q.prismaQuery(e) {
			continue
		}
		if anyNode(e, func(n tsparse.Node) bool { return n.Kind() == "identifier" && names[n.Text()] }) {
			return true
		}
	}
	return false
}

// untouchedPromise reports whether Promise, in the file of tree, is bound
// only where bindingScope sees it at the call (a const or let, a
// parameter, a catch's) and the global one is never changed: otherwise
// the name is only ever read as a property's object (`Promise.all`,
// `Promise.resolve`) or constructed (`new Promise(…)`). An import, a var
// (the function's own, whatever block it is written in), a function, the
// name handed on or kept under another (`defineProperty(Promise, …)`,
// `const P = Promise`, `globalThis.Promise` as a value), given as a key or
// a string (`Object.assign(globalThis, { Promise: … })`), or an assignment
// or delete whose target names it (`Promise.all = …`, `globalThis.Promise
// = …`): the all the call reads may then settle without rejecting.
func untouchedPromise(tree *tsparse.Tree) bool {
	return tree.Memo(untouchedPromiseKey{}, func() any {
		promise := compiled(`\bPromise\b`)
		// A target naming Promise, plainly or with escapes (one that
		// cannot be read counts).
		written := func(target tsparse.Node) bool {
			t := target.Text()
			u := unescapeKey(t)
			return promise.MatchString(t) || promise.MatchString(u) || strings.Contains(t, `\`) && u == ""
		}
		return !anyNode(tree.Root(), func(n tsparse.Node) bool {
			switch n.Kind() {
			case "identifier":
				// Compared as JavaScript reads it: `Pr\u006fmise` is
				// Promise too.
				if bindingName(n) != "Promise" {
					return false
				}
				p := n.Parent()
				switch p.Kind() {
				case "member_expression":
					return !sameNode(p.Field("object"), n)
				case "new_expression":
					return !sameNode(p.Field("constructor"), n)
				case "variable_declarator":
					return !sameNode(p.Field("name"), n) || p.Parent().Kind() != "lexical_declaration"
				case "required_parameter", "optional_parameter":
					return !sameNode(p.Field("pattern"), n)
				case "catch_clause":
					return !sameNode(p.Field("parameter"), n)
				case "import_specifier":
					// `import { Promise as Bluebird }` binds Bluebird.
					return !sameNode(p.Field("name"), n) || !p.Field("alias").Valid()
				}
				return true
			case "shorthand_property_identifier", "shorthand_property_identifier_pattern":
				return bindingName(n) == "Promise"
			case "property_identifier":
				// globalThis's Promise: read for a property of it
				// (`globalThis.Promise.resolve`), never handed on or given
				// as a key (`Object.assign(globalThis, { Promise })`).
				if bindingName(n) != "Promise" {
					return false
				}
				p := n.Parent()
				return p.Kind() != "member_expression" || !sameNode(p.Field("property"), n) || p.Parent().Kind() != "member_expression" || !sameNode(p.Parent().Field("object"), p)
			case "string", "template_string":
				// `defineProperty(globalThis, "Promise", …)`.
				return unescapeKey(strings.Trim(n.Text(), "\"'`")) == "Promise"
			case "assignment_expression", "augmented_assignment_expression":
				return written(n.Field("left"))
			case "update_expression":
				return written(n.Field("argument"))
			case "unary_expression":
				return n.Field("operator").Text() == "delete" && written(n.Field("argument"))
			}
			return false
		})
	}).(bool)
}

type untouchedPromiseKey struct{}

// callerTouchesContext reports whether the function holding the judged
// call may change arg, the object its helper call reads the tenant
// through, before that call runs or while it runs: the object or a part of
// it written, deleted, handed to a call that is no Prisma query, kept
// under another name, or a call on it (`ctx.session.orgId = orgId`,
// `switchOrg(ctx, orgId)` whether awaited or still running, a method
// called on this for this.ctx, `arguments`). The helper
// then checked the key against whatever tenant was put there. Uses within
// the helper call's arguments (sharedWithArgs judges those), and reads of
// a path of it as a value (compared, tested, given to a query), change
// nothing.
//
// tenants are the paths the helper reads from arg, as the caller names
// them (readPaths): a use of a path that is neither one of them nor holds
// one (`ctx.session.userId` beside `ctx.session.orgId`) cannot change the
// tenant, whatever is done with it.
func (q *queryCheck) callerTouchesContext(call, arg tsparse.Node, tenants []string) bool {
	arg = uncast(arg)
	held := pathText(arg)
	root, _, _ := strings.Cut(held, ".")
	rootNode := arg
	for rootNode.Kind() == "member_expression" {
		rootNode = uncast(rootNode.Field("object"))
	}
	outer, _ := functionChain(q.call)
	return anyNode(outer, func(n tsparse.Node) bool {
		switch {
		case n.Kind() == "identifier" && n.Text() == "arguments":
			// `arguments[1]` is a parameter under another name.
			return n.Start() < q.call.Start() || inOneLoop(n, q.call, outer) || inClosure(n, q.call, outer)
		case n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier":
			if bindingName(n) != root || !sameBinding(n, rootNode, root) {
				return false
			}
			switch p := n.Parent(); p.Kind() {
			case "required_parameter", "optional_parameter":
				if sameNode(p.Field("pattern"), n) {
					return false // the caller's own parameter
				}
			case "variable_declarator":
				if sameNode(p.Field("name"), n) {
					return false
				}
			}
		case n.Kind() == "this" && root == "this":
			top := paramPath(n)
			if p := top.Parent(); p.Kind() == "call_expression" && !sameNode(p, call) && sameNode(p.Field("function"), top) && sameNode(top.Field("object"), n) && (n.Start() < q.call.Start() || inOneLoop(n, q.call, outer) || inClosure(n, q.call, outer)) {
				return true // a method of this may change this.ctx
			}
			t := pathText(top)
			if t != held && !strings.HasPrefix(t, held+".") && !strings.HasPrefix(held, t+".") {
				return false // another member of this
			}
		default:
			return false
		}
		if spans(call.Field("arguments"), n) || !(n.Start() < q.call.Start() || inOneLoop(n, q.call, outer) || inClosure(n, q.call, outer)) {
			return false
		}
		top := paramPath(n)
		if sameNode(top, n) {
			return true // the object itself, handed on or kept
		}
		// Compared as JavaScript reads it (`c\u0074x` is ctx); a path
		// that cannot be read is the tenant's.
		if t := pathText(top); !strings.Contains(t, `\`) && !slices.ContainsFunc(tenants, func(tenant string) bool { return t == tenant || strings.HasPrefix(tenant, t+".") }) {
			return false // another property, not the tenant nor what holds it
		}
		for cur, p := top, top.Parent(); p.Valid(); cur, p = p, p.Parent() {
			switch p.Kind() {
			case "binary_expression", "parenthesized_expression", "ternary_expression", "template_substitution", "object", "array", "await_expression":
				continue
			case "unary_expression":
				if p.Field("operator").Text() == "delete" {
					return true
				}
				continue
			case "template_string":
				if p.Parent().Kind() == "call_expression" {
					return true // a tag is handed its substitutions
				}
				continue
			case "pair":
				if !sameNode(p.Field("value"), cur) {
					return true
				}
				continue
			case "arguments":
				if q.prismaQuery(p.Parent()) {
					return false
				}
				return true
			case "if_statement", "expression_statement", "parenthesized_expression_statement":
				// A return hands the value out (a closure's caller may
				// write through it).
				return false
			}
			return true
		}
		return true
	})
}

// changedBeside reports whether call, an element of an awaited
// Promise.all (allSettledTogether), stands beside an element that may
// change an object while the helper runs: one that assigns, deletes,
// defines a function or awaits, or calls anything but a Prisma query. A
// helper that waits before its lookup reads the tenant from the caller's
// object once the elements beside it ran (`Promise.all([getMapLater(id,
// ctx), (ctx.session.orgId = orgId)])`). A plain value or a query of
// plain values beside it (placemark's findMany) changes nothing.
func (q *queryCheck) changedBeside(call tsparse.Node) bool {
	e := call
	for p := e.Parent(); p.Valid() && sameNode(uncast(p), call); p = p.Parent() {
		e = p
	}
	all := e.Parent().Parent().Parent()
	if e.Parent().Kind() != "array" || e.Parent().Parent().Kind() != "arguments" || !slices.ContainsFunc(q.allSettledTogether(all), func(c tsparse.Node) bool { return sameNode(c, call) }) {
		return false
	}
	for _, beside := range namedNoComments(e.Parent()) {
		if sameNode(beside, e) {
			continue
		}
		if anyNode(beside, func(n tsparse.Node) bool {
			switch n.Kind() {
			case "call_expression", "new_expression":
				return !q.prismaQuery(n)
			case "assignment_expression", "augmented_assignment_expression", "update_expression", "await_expression", "yield_expression":
				return true
			case "unary_expression":
				return n.Field("operator").Text() == "delete"
			}
			return functionKinds[n.Kind()] || n.Kind() == "class"
		}) {
			return true
		}
	}
	return false
}

// awaitedStatementCall is the call a statement awaits as a whole
// (`await f(…)`, `const x = await f(…)`), or an invalid node.
func awaitedStatementCall(st tsparse.Node) tsparse.Node {
	var e tsparse.Node
	switch st.Kind() {
	case "expression_statement":
		e = firstNamed(st)
	case "lexical_declaration", "variable_declaration":
		ds := namedNoComments(st)
		if len(ds) != 1 || ds[0].Kind() != "variable_declarator" {
			return tsparse.Node{}
		}
		e = ds[0].Field("value")
	default:
		return tsparse.Node{}
	}
	if e = uncast(e); e.Kind() != "await_expression" {
		return tsparse.Node{}
	}
	if c := uncast(firstNamed(e)); c.Kind() == "call_expression" {
		return c
	}
	return tsparse.Node{}
}

// helperCallVerifies reports whether call, awaited before the judged
// call, is of a helper that checks the id value holds (see helperVerified).
func (q *queryCheck) helperCallVerifies(call tsparse.Node, value string, target *prisma.Model, idName string) bool {
	var fn tsparse.Node
	switch callee := call.Field("function"); callee.Kind() {
	case "identifier":
		fn = q.fileFunction(call)
	case "member_expression":
		if callee.Field("object").Kind() == "this" && methodName(callee.Field("property")) {
			fn = finalMethod(q.helpers, call, callee.Field("property").Text())
			if !fn.Valid() {
				return false // an override's may check nothing
			}
		}
	}
	if !fn.Valid() {
		// A function, or a class's static method, another file exports.
		return q.helpers.imported(q, call, func(fn tsparse.Node, hq *queryCheck) bool {
			return hq.helperFunctionVerifies(call, fn, value, target, idName)
		})
	}
	return q.helperFunctionVerifies(call, fn, value, target, idName) || q.objectArgVerifies(call, fn, value, target, idName)
}

// helperFunctionVerifies is helperCallVerifies once the helper call calls
// is found: fn.
func (q *queryCheck) helperFunctionVerifies(call, fn tsparse.Node, value string, target *prisma.Model, idName string) bool {
	idParam, tenantParams, ok := q.checkingLookup(fn, target, idName, nil)
	if !ok {
		failure := testedFailure(call, q.call)
		if failure == nil {
			return false
		}
		if idParam, tenantParams, ok = q.checkingLookup(fn, target, idName, failure); !ok {
			return false
		}
	}
	return q.helperArgsVerify(call, fn, value, idParam, tenantParams)
}

// helperArgsVerify reports whether call, a helper's call that proves its
// id parameter idParam a row of the tenants its tenantParams give, hands
// it the judged key value (the same binding, not reassigned since) and
// tenant values the rule accepts, with no spread among its arguments. fn
// is the helper: an argument for a parameter it reads the tenant through
// must be an object the caller holds (heldObject).
func (q *queryCheck) helperArgsVerify(call, fn tsparse.Node, value string, idParam int, tenantParams []int) bool {
	args := namedNoComments(call.Field("arguments"))
	if slices.ContainsFunc(args, func(a tsparse.Node) bool { return a.Kind() == "spread_element" }) || idParam >= len(args) {
		return false
	}
	id := uncast(args[idParam])
	if compact(id.Text()) != value || !sameBinding(id, q.call, value) || reassigned(q.call, value, call.Start()) {
		return false
	}
	if !q.tenantArgsGiven(call, args, tenantParams) {
		return false
	}
	for _, i := range tenantParams {
		arg := uncast(args[i])
		if readThroughPath(fn, i) && (!heldObject(arg) || sharedWithArgs(args, i, idParam) || reachedByHelper(fn, arg) || q.sharedObject(call, arg) && q.helperCallsOthers(fn) || q.changedBeside(call) || q.callerTouchesContext(call, arg, readPaths(fn, i, pathText(arg)))) {
			return false
		}
	}
	return true
}

// tenantArgsGiven reports whether args, those of the helper call call,
// give each parameter of tenantParams a tenant value the rule accepts. A
// tenant name given another value after the helper call fails: the
// function goes on for a tenant the helper did not check with.
func (q *queryCheck) tenantArgsGiven(call tsparse.Node, args []tsparse.Node, tenantParams []int) bool {
	for _, i := range tenantParams {
		if i >= len(args) {
			return false
		}
		arg := uncast(args[i])
		if q.provesNothing(arg) || tenantValue(arg, 0) != constrained || arg.Kind() == "identifier" && reassigned(q.call, arg.Text(), call.Start()) {
			return false
		}
	}
	return true
}

// thisMethod is the method `this.<name>(…)` calls at at: the one member
// of that name in the class of the method at is in (through arrow
// functions, which keep this), of the same kind (static or not), a plain
// method (no accessor, no generator), in a class that is not abstract and
// never sets this.<name> (an assignment, a constructor's parameter
// property), and that no class of the file extending it hides
// (hiddenBySubclass). Anything else is unknown. A subclass in another
// file could still override it; the rule reads one file (proofs that read
// the method's body ask finalMethod).
func thisMethod(at tsparse.Node, name string) tsparse.Node {
	fn := enclosingFunction(at)
	for fn.Kind() == "arrow_function" {
		fn = enclosingFunction(fn)
	}
	body := fn.Parent()
	if fn.Kind() != "method_definition" || body.Kind() != "class_body" {
		return tsparse.Node{}
	}
	if class := body.Parent(); class.Kind() != "class_declaration" && class.Kind() != "class" {
		return tsparse.Node{}
	}
	found := soleMember(body, name)
	for _, m := range namedNoComments(body) {
		if keyName(m.Field("name")) == "constructor" && bindsName(m.Field("parameters"), name) {
			// A parameter property (constructor(private check: …)) is
			// an own field that hides the method.
			return tsparse.Node{}
		}
	}
	if flags := memberFlags(found); found.Kind() != "method_definition" || flags != "" && flags != "s" || (flags == "s") != strings.Contains(memberFlags(fn), "s") {
		return tsparse.Node{}
	}
	assigned := anyNode(body, func(n tsparse.Node) bool {
		left := uncast(n.Field("left"))
		return n.Kind() == "assignment_expression" && left.Kind() == "member_expression" && left.Field("object").Kind() == "this" && left.Field("property").Text() == name
	})
	if assigned {
		return tsparse.Node{}
	}
	if class := body.Parent().Field("name"); class.Valid() && hiddenBySubclass(at.Tree().Root(), class.Text(), name) {
		return tsparse.Node{}
	}
	return found
}

// hiddenBySubclass reports whether a class of the file under root that
// extends class, directly or through others of the file, declares a member
// name: a method overriding it, or an instance field (`check = () => {}`),
// which each instance holds in front of the prototype's method. For the
// subclass's instances `this.<name>` in the base's methods is that member.
func hiddenBySubclass(root tsparse.Node, class, name string) bool {
	members := root.Tree().Memo(subclassMembersKey{}, func() any { return readSubclassMembers(root) }).(map[string]map[string]bool)
	return members[class][name]
}

// subclassMembersKey memoises readSubclassMembers per tree: thisMethod
// asks it for every method a proof reads.
type subclassMembersKey struct{}

// readSubclassMembers is, by class name, the names of the members that the
// file's classes extending it declare, directly or through other classes
// of the file (up to five levels).
func readSubclassMembers(root tsparse.Node) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	if !bytes.Contains(root.Tree().Src, []byte("extends")) {
		return out
	}
	type subclass struct {
		name    string
		members []string
	}
	byBase := map[string][]subclass{}
	base := compiled(`\bextends\s+([A-Za-z_$][\w$]*)`)
	anyNode(root, func(n tsparse.Node) bool {
		if n.Kind() != "class_declaration" && n.Kind() != "class" {
			return false
		}
		for _, c := range namedNoComments(n) {
			if c.Kind() != "class_heritage" {
				continue
			}
			if m := base.FindStringSubmatch(c.Text()); m != nil {
				s := subclass{name: n.Field("name").Text()}
				for _, member := range namedNoComments(n.Field("body")) {
					s.members = append(s.members, keyName(member.Field("name")))
				}
				byBase[m[1]] = append(byBase[m[1]], s)
			}
		}
		return false
	})
	var add func(class string, into map[string]bool, depth int)
	add = func(class string, into map[string]bool, depth int) {
		if depth > 4 {
			return
		}
		for _, s := range byBase[class] {
			for _, m := range s.members {
				into[m] = true
			}
			if s.name != "" {
				add(s.name, into, depth+1)
			}
		}
	}
	for class := range byBase {
		into := map[string]bool{}
		add(class, into, 0)
		out[class] = into
	}
	return out
}

// memberFlags lists the modifiers of a method that change what calling it
// does: s for static, g for get, t for set, * for a generator.
func memberFlags(m tsparse.Node) string {
	out := ""
	for _, c := range m.Children() {
		switch c.Kind() {
		case "static":
			out += "s"
		case "get":
			out += "g"
		case "set":
			out += "t"
		case "*":
			out += "*"
		}
	}
	return out
}

// checkingLookup reads fn, a helper: its body's own statements, before any
// return, look up a row of target by an awaited single-row query whose
// where gives idName the parameter idParam and is judged scoped on its
// own, and throw when it finds none. tenantParams are the other
// parameters that where reads, each given directly as a value.
//
// With failure set, the helper may instead catch that throw and hand back
// a value its caller tests (hoppscotch's isOwnerCheck: a try around the
// lookup returning O.some(true), a catch returning O.none): the lookup and
// its test are statements of the body or of a try that is one, and every
// return but those after the test in that same block gives a value
// failure accepts.
func (q *queryCheck) checkingLookup(fn tsparse.Node, target *prisma.Model, idName string, failure func(tsparse.Node) bool) (idParam int, tenantParams []int, ok bool) {
	body := fn.Field("body")
	if body.Kind() != "statement_block" || strings.Contains(memberFlags(fn), "*") {
		return 0, nil, false
	}
	params := namedNoComments(fn.Field("parameters"))
	blocks := []tsparse.Node{body}
	if failure != nil {
		for _, st := range namedNoComments(body) {
			if st.Kind() == "try_statement" {
				blocks = append(blocks, st.Field("body"))
			}
		}
	}
	blocks = append(blocks, rethrowingTries(body)...)
	delegate := delegateName(target.Name)
	for _, block := range blocks {
		stmts := namedNoComments(block)
		for i := range stmts {
			c, checked, found := q.leftLookup(stmts, i, delegate)
			if !found || !returnsAfter(body, block, checked, failure) {
				continue
			}
			if idParam, tenantParams, ok := q.lookupParams(c, fn, params, idName); ok {
				return idParam, tenantParams, true
			}
		}
	}
	return 0, nil, false
}

// returnsAfter reports whether every return of body (a function's, not
// of a function nested in it) starts at or after the offset checked
// within block, or, with failure set, gives a value failure accepts.
func returnsAfter(body, block tsparse.Node, checked int, failure func(tsparse.Node) bool) bool {
	ok := true
	eachReturn(body, func(n, v tsparse.Node) bool {
		if n.Start() >= checked && spans(block, n) {
			return true
		}
		ok = failure != nil && v.Valid() && failure(v)
		return ok
	})
	return ok
}

// testedFailure reads the statement holding call, `const r = await
// h(…)`: when an if between it and at, in a block holding at, leaves when
// r is fp-ts's failure (`O.isNone(r)`, `E.isLeft(r)`, O and E imported
// from fp-ts), it is the test of a value that failure: O.none, or
// E.left(…) of the same import. nil otherwise.
func testedFailure(call, at tsparse.Node) func(tsparse.Node) bool {
	decl := call.Parent()
	for decl.Valid() && decl.Kind() != "variable_declarator" && !functionKinds[decl.Kind()] {
		decl = decl.Parent()
	}
	st := decl.Parent()
	if decl.Kind() != "variable_declarator" || decl.Field("name").Kind() != "identifier" || st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") {
		return nil
	}
	if !sameNode(uncastAwait(decl.Field("value")), call) {
		// r holds something built from h's result (the array `await
		// Promise.all([h(…)])` gives): never fp-ts's failure, whatever h
		// answered.
		return nil
	}
	name := decl.Field("name").Text()
	var module string
	tested := leavesWhen(st, at, func(term tsparse.Node) bool {
		term = uncast(term)
		args := namedNoComments(term.Field("arguments"))
		if term.Kind() != "call_expression" || len(args) != 1 || uncast(args[0]).Kind() != "identifier" || uncast(args[0]).Text() != name {
			return false
		}
		m, prop := fpMember(term.Field("function"))
		if m == "Option" && prop == "isNone" || m == "Either" && prop == "isLeft" {
			module = m
			return true
		}
		return false
	})
	if !tested {
		return nil
	}
	return func(v tsparse.Node) bool {
		switch module {
		case "Option":
			m, prop := fpMember(v)
			return v.Kind() == "member_expression" && m == "Option" && prop == "none"
		case "Either":
			m, prop := fpMember(v.Field("function"))
			return v.Kind() == "call_expression" && m == "Either" && prop == "left"
		}
		return false
	}
}

// fpMember reads `X.p` where X is a namespace import of fp-ts's Option or
// Either module that nothing around rebinds: the module's name and p.
func fpMember(n tsparse.Node) (module, prop string) {
	obj := n.Field("object")
	if n.Kind() != "member_expression" || obj.Kind() != "identifier" || declaredAround(n, obj.Text()) {
		return "", ""
	}
	switch name, src := importOf(n, obj.Text()); {
	case name != "*":
		return "", ""
	case src == "fp-ts/Option" || src == "fp-ts/lib/Option":
		return "Option", n.Field("property").Text()
	case src == "fp-ts/Either" || src == "fp-ts/lib/Either":
		return "Either", n.Field("property").Text()
	}
	return "", ""
}

// lookupParams reads the where of c, a lookup in the helper fn: it must be
// judged scoped on its own and give idName a parameter of fn; every other
// parameter it reads must be given as a whole value (`environmentId`,
// `environmentId: envId`), never assigned in fn.
func (q *queryCheck) lookupParams(c tsquery.Call, fn tsparse.Node, params []tsparse.Node, idName string) (idParam int, tenantParams []int, ok bool) {
	sub := *q
	sub.call, sub.verifying, sub.fileCalls = c.Node, true, q.callsOf(c.Node.Tree())
	if v, _ := sub.whereOfCall(c); v != constrained {
		return 0, nil, false
	}
	args, ok := q.argsObject(c)
	if !ok {
		return 0, nil, false
	}
	where := tsparse.Node{}
	for _, e := range args.NamedChildren() {
		if e.Kind() == "pair" && keyName(e.Field("key")) == "where" {
			where = e.Field("value")
		}
	}
	if where.Kind() != "object" {
		return 0, nil, false
	}
	// Every name the where reads is a parameter of the helper: a value
	// computed in its body is not what the caller passes.
	names := map[string][]tsparse.Node{}
	foreign := false
	where.Walk(func(n tsparse.Node) bool {
		if n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier" {
			if scope, _ := bindingScope(n, n.Text(), -1); scope != fn {
				foreign = true
			}
			names[n.Text()] = append(names[n.Text()], n)
		}
		return !foreign
	})
	if foreign {
		return 0, nil, false
	}
	idParam = -1
	for i, p := range params {
		name := p.Field("pattern")
		if p.Kind() != "required_parameter" && p.Kind() != "optional_parameter" || name.Kind() != "identifier" {
			continue
		}
		uses := names[name.Text()]
		if len(uses) == 0 {
			continue
		}
		delete(names, name.Text())
		if reassigned(c.Node, name.Text(), fn.Start()) {
			return 0, nil, false
		}
		if idParam < 0 && len(uses) == 1 && hasID(where, idName, name.Text(), c.Node) {
			idParam = i
			continue
		}
		throughPath := false
		tenantPaths := map[string]bool{}
		for _, u := range uses {
			v := paramPath(u)
			parent := v.Parent()
			if u.Kind() != "shorthand_property_identifier" && (parent.Kind() != "pair" || parent.Field("value") != v) {
				return 0, nil, false
			}
			throughPath = throughPath || !sameNode(v, u)
			tenantPaths[pathText(v)] = true
		}
		if throughPath && !readOnlyContext(fn, name, tenantPaths) {
			return 0, nil, false
		}
		tenantParams = append(tenantParams, i)
	}
	return idParam, tenantParams, idParam >= 0 && len(names) == 0
}

// paramPath is the path of plain properties u, a parameter's name, is
// read through, non-null assertions included (`ctx.session.orgId` of ctx: Blitz's and tRPC's context,
// handed to the helper whole), or u itself. The caller's argument then
// holds the tenant at that path, as TypeScript makes it: the helper's
// where judged it defined by the parameter's type.
func paramPath(u tsparse.Node) tsparse.Node {
	for {
		switch p := u.Parent(); {
		case p.Kind() == "member_expression" && sameNode(p.Field("object"), u) && p.Field("property").Kind() == "property_identifier" && !optionalChain(p):
			u = p
		case p.Kind() == "non_null_expression" && !sameNode(u, p):
			// `ctx.session.orgId!`: what the helper's where judged.
			u = p
		default:
			return u
		}
	}
}

// readOnlyContext reports whether fn, a helper whose where reads the
// tenant through its parameter name (`ctx.session.orgId`), only ever
// reads plain properties of it as values: the object, the caller's own,
// must reach the lookup as the caller holds it. A write to a property of
// it (`ctx.session.orgId = input.orgId`), a delete, or the object or a
// part of it handed to a call, kept under another name or returned, may
// put another tenant there first. tenantPaths are the paths the where
// reads (pathText): only those may be an entry of an object, an operand
// of a logical operator or a tagged template's substitution, since a
// shorter one (`{ session: ctx.session }`) hands on the object that holds
// the tenant, for whoever gets it to change.
func readOnlyContext(fn, name tsparse.Node, tenantPaths map[string]bool) bool {
	return !anyNode(fn.Field("body"), func(n tsparse.Node) bool {
		if n.Kind() == "identifier" && n.Text() == "arguments" {
			// `arguments[1]` is the parameter's object under another
			// name.
			return true
		}
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != name.Text() || !sameBinding(n, name, name.Text()) {
			return false
		}
		// Read as a value (the tenant as the where reads it, an entry of
		// an object; an operand of a comparison or an untagged template),
		// and nothing else.
		top := paramPath(n)
		switch p := top.Parent(); {
		case sameNode(top, n):
			return true
		case p.Kind() == "pair":
			return !sameNode(p.Field("value"), top) || !tenantPaths[pathText(top)]
		case p.Kind() == "binary_expression":
			// `ctx.session || fallback` is the object itself.
			op := p.Field("operator").Text()
			return (op == "&&" || op == "||" || op == "??") && !tenantPaths[pathText(top)]
		case p.Kind() == "template_substitution":
			// A tagged template hands its substitutions to the tag.
			return p.Parent().Parent().Kind() == "call_expression" && !tenantPaths[pathText(top)]
		}
		return true
	})
}

// pathText is the text of a path paramPath reads, without its non-null
// assertions: `ctx.session.orgId!` and `ctx.session.orgId` read the same.
func pathText(path tsparse.Node) string {
	return strings.ReplaceAll(compact(path.Text()), "!", "")
}

// readPaths are the paths fn, a helper, reads through its i-th parameter
// (paramPath), named from held, the caller's argument for it:
// `ctx.session.orgId` of a helper's `c.session.orgId` when the caller
// hands it ctx.
func readPaths(fn tsparse.Node, i int, held string) []string {
	params := namedNoComments(fn.Field("parameters"))
	if !fn.Valid() || i >= len(params) {
		return nil
	}
	name := params[i].Field("pattern")
	if name.Kind() != "identifier" {
		return nil
	}
	var paths []string
	anyNode(fn.Field("body"), func(n tsparse.Node) bool {
		if n.Kind() == "identifier" && n.Text() == name.Text() && sameBinding(n, name, name.Text()) {
			if top := paramPath(n); !sameNode(top, n) {
				paths = append(paths, held+strings.TrimPrefix(pathText(top), name.Text()))
			}
		}
		return false
	})
	return paths
}

// readThroughPath reports whether fn reads a property of its i-th
// parameter (paramPath): the caller's argument for it is then an object
// the tenant is read from.
func readThroughPath(fn tsparse.Node, i int) bool {
	return len(readPaths(fn, i, "")) > 0
}

// reachedByHelper reports whether fn, the helper, names arg, the object
// the caller hands it to read the tenant through, by the caller's own path
// (`this.ctx` in a method of the same class, a module's variable), a part
// of it or what holds it: it may change the tenant under that name before
// its lookup. Paths only sharing a root (`this.prisma`) are others.
func reachedByHelper(fn, arg tsparse.Node) bool {
	held := pathText(uncast(arg))
	root, _, _ := strings.Cut(held, ".")
	return anyNode(fn.Field("body"), func(n tsparse.Node) bool {
		if n.Kind() != "identifier" && n.Kind() != "this" || n.Text() != root {
			return false
		}
		if scope, _ := bindingScope(n, root, -1); n.Kind() == "identifier" && scope.Valid() && scope.Start() >= fn.Start() && scope.End() <= fn.End() {
			return false // the helper's own name (its parameter ctx)
		}
		t := pathText(paramPath(n))
		return t == held || strings.HasPrefix(t, held+".") || strings.HasPrefix(held, t+".")
	})
}

// sharedObject reports whether arg, given at call, is an object other
// code may reach without being handed it: a member of this, or a name the
// function around call does not bind itself (a module's variable).
func (q *queryCheck) sharedObject(call, arg tsparse.Node) bool {
	held := pathText(uncast(arg))
	root, _, _ := strings.Cut(held, ".")
	if root == "this" {
		return true
	}
	caller := enclosingFunction(call)
	scope, _ := bindingScope(call, root, -1)
	return !scope.Valid() || scope.Start() < caller.Start() || scope.End() > caller.End()
}

// helperCallsOthers reports whether fn, a helper, calls anything but its
// Prisma calls: the code called may change an object the caller shares
// (sharedObject) before the lookup reads the tenant from it.
func (q *queryCheck) helperCallsOthers(fn tsparse.Node) bool {
	return anyNode(fn.Field("body"), func(n tsparse.Node) bool {
		if n.Kind() != "call_expression" && n.Kind() != "new_expression" {
			return false
		}
		return !q.prismaQuery(n)
	})
}

// sharedWithArgs reports whether an argument other than args[i], the
// object a helper reads the tenant through, hands the helper that object,
// a part of it or what holds it (`getMap(id, ctx, ctx.session)`): the
// helper may change the tenant through that parameter before its lookup.
// The key's argument, idParam, is a value the where compares
// (ctx.params.id), not an object to change.
func sharedWithArgs(args []tsparse.Node, i, idParam int) bool {
	held := pathText(uncast(args[i]))
	for j, a := range args {
		if j != i && j != idParam && anyNode(a, func(n tsparse.Node) bool {
			if n.Kind() != "identifier" && n.Kind() != "this" && n.Kind() != "member_expression" && n.Kind() != "shorthand_property_identifier" {
				return false
			}
			t := pathText(n)
			return t == held || strings.HasPrefix(t, held+".") || strings.HasPrefix(held, t+".")
		}) {
			return true
		}
	}
	return false
}

// givenBuiltObject reports whether the name id is, anywhere in the
// function around it, declared or assigned an object literal: a context
// the caller builds (`let held = { session: { orgId: input.orgId } }`),
// held under a name, is built as the call's own argument would be.
func givenBuiltObject(id tsparse.Node) bool {
	name := id.Text()
	scope, _ := bindingScope(id, name, -1)
	if !scope.Valid() {
		return false
	}
	return anyNode(scope, func(n tsparse.Node) bool {
		var target, value tsparse.Node
		switch n.Kind() {
		case "variable_declarator":
			target, value = n.Field("name"), n.Field("value")
		case "assignment_expression":
			target, value = n.Field("left"), n.Field("right")
		default:
			return false
		}
		if target.Kind() != "identifier" || target.Text() != name || !value.Valid() || uncastAwait(value).Kind() != "object" {
			return false
		}
		s, _ := bindingScope(target, name, -1)
		return sameNode(s, scope)
	})
}

// heldObject reports whether arg, given for a parameter the helper reads
// the tenant through (readThroughPath), is an object as the caller holds
// it: a name or a path of plain properties (`ctx`, `this.ctx`,
// `opts.ctx`). An object the call builds (`{ ...ctx, session }`,
// `Object.assign({}, ctx, …)`), or a const built so, may carry any tenant.
func heldObject(arg tsparse.Node) bool {
	for range 16 {
		switch arg = uncast(arg); arg.Kind() {
		case "identifier":
			return !givenBuiltObject(arg)
		case "this":
			return true
		case "member_expression":
			if optionalChain(arg) || arg.Field("property").Kind() != "property_identifier" {
				return false
			}
			arg = arg.Field("object")
			continue
		}
		return false
	}
	return false
}

// prismaQuery reports whether n is a call of the Prisma client on a model
// (a query, or a create, which the judged calls leave out): the client
// reads its arguments and changes none of them.
func (q *queryCheck) prismaQuery(n tsparse.Node) bool {
	if _, ok := q.callAt(n); ok {
		return true
	}
	calls := tsquery.CallsIn(n, func(d string) bool { return q.delegates[d] != nil })
	return len(calls) > 0 && sameNode(calls[0].Node, n)
}

// callAt is the call of the file whose node is n.
func (q *queryCheck) callAt(n tsparse.Node) (tsquery.Call, bool) {
	for _, c := range q.callsOf(n.Tree()) {
		if c.Node == n {
			return c, true
		}
	}
	return tsquery.Call{}, false
}

// throwsUnlessDefined reports whether the statement s throws when row is
// not defined: `if (!row) throw …`, or `if (row) { … } else throw …`. A
// return there would hand the caller nothing and let it go on.
func throwsUnlessDefined(s tsparse.Node, row string) bool {
	if s.Kind() != "if_statement" {
		return false
	}
	cond := s.Field("condition")
	if alwaysThrows(s.Field("consequence")) && holdsWhen(cond, row, false) {
		return true
	}
	alt := s.Field("alternative")
	return alt.Valid() && alwaysThrows(alt) && holdsWhen(cond, row, true)
}

// alwaysThrows reports whether the statement s ends by throwing on every
// path, never by a return or a loop's exit.
func alwaysThrows(s tsparse.Node) bool {
	switch s.Kind() {
	case "throw_statement":
		return true
	case "expression_statement":
		return neverReturns(s)
	case "else_clause":
		return alwaysThrows(firstNamed(s))
	case "statement_block":
		for _, c := range namedNoComments(s) {
			if alwaysThrows(c) {
				return true
			}
			if alwaysExits(c) || containsExit(c) {
				return false
			}
		}
	case "if_statement":
		alt := s.Field("alternative")
		return alt.Valid() && alwaysThrows(s.Field("consequence")) && alwaysThrows(alt)
	}
	return false
}

// containsExit reports whether s holds a return, break or continue of its
// own function.
func containsExit(s tsparse.Node) bool {
	return anyNode(s, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "return_statement", "break_statement", "continue_statement":
			return true
		}
		return false
	})
}

// leftLookup reads stmts[i] of a helper's block as a lookup on delegate
// and says where the helper has left it behind: it threw there (an
// OrThrow, awaited or returned: the caller's await throws with the
// promise it is handed) or at a later test of the row a const holds.
func (q *queryCheck) leftLookup(stmts []tsparse.Node, i int, delegate string) (c tsquery.Call, checked int, ok bool) {
	st := stmts[i]
	call := awaitedStatementCall(st)
	if st.Kind() == "return_statement" {
		call = uncastAwait(firstNamed(st))
	}
	if call.Kind() != "call_expression" {
		return c, 0, false
	}
	c, found := q.lookupAt(call)
	if !found || c.Delegate != delegate {
		return c, 0, false
	}
	switch c.Operation {
	case "findUniqueOrThrow", "findFirstOrThrow":
		if st.Kind() == "return_statement" {
			return c, st.Start(), true
		}
		return c, st.End(), true
	case "findUnique", "findFirst":
		row := boundName(c)
		if row == "" || st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") {
			return c, 0, false
		}
		for _, later := range stmts[i+1:] {
			if throwsUnlessDefined(later, row) {
				return c, later.End(), true
			}
		}
	}
	return c, 0, false
}
