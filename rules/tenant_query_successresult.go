package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// Keys a helper of the application proves the tenant's and hands back in
// a result whose success flag the caller tests (Marble's tag validation):
//
//	export async function validateWorkspaceTags(tagIds, workspaceId) {
//	  const uniqueTagIds = Array.from(new Set(tagIds ?? []));
//	  if (uniqueTagIds.length) {
//	    const valid = await db.tag.findMany({ where: { id: { in: uniqueTagIds }, workspaceId } });
//	    if (valid.length !== uniqueTagIds.length) return { success: false, response: … };
//	  }
//	  return { success: true, uniqueTagIds };
//	}
//	…
//	const tagValidation = await validateWorkspaceTags(body.tags, workspaceId);
//	if (!tagValidation.success) return tagValidation.response;
//	const { uniqueTagIds } = tagValidation;
//	… tags: { set: uniqueTagIds.map((tagId) => ({ id: tagId })) } …
//
// The list is the entry of the result (read as `result.entry`, or a name
// destructured or copied from it) of a const awaited from a helper of the
// application (of the file, or imported even when it calls what its own
// file imports); an if of a block holding the call leaves when the
// result's flag is off (`!result.flag`, `result.flag === false`,
// `result.flag !== true`). Every return of the helper gives an object
// literal, without spreads or computed keys, whose flag is the literal
// true or false; each true one gives the entry a const of the helper
// holding an array it made, that a findMany with the tenant looked up
// whole, then counted, its rows a const left as found (countedReturn,
// countChecked's check read at that return). Each findMany on target the
// helper makes filters its tenant field by one of its parameters, named
// once in the last where, and the caller hands that parameter a tenant
// value the rule accepts (helperArgsVerify's reading): the helper checked
// the keys against the tenant it was given, which must be the caller's.
// Neither the result nor the list is changed from the call to the link.
// A helper that answers success without counting, a caller that goes on
// when the flag is off, or a link by another list proves nothing.

// successElement reports whether value, given at val, is an element of
// a list a map callback or a for-of walks (`ids.map((id) => ({ id }))`)
// that successList proves.
func (q *queryCheck) successElement(value string, val tsparse.Node, target *prisma.Model, idName string) bool {
	if !val.Valid() || strings.ContainsAny(value, ".[?!") {
		return false
	}
	list := loopSourceWith(val, value, true)
	if list == "" {
		return false
	}
	sub := *q
	sub.call = val
	return sub.successList(list, target, idName)
}

// successList reports whether every element of list, the keys idName of
// target a link uses, was proven by a helper's success result (see
// above).
func (q *queryCheck) successList(list string, target *prisma.Model, idName string) bool {
	return q.successEntry(list, func(fn tsparse.Node, hq *queryCheck, call tsparse.Node, entry string) bool {
		return hq.successReturns(fn, entry, func(ret, value tsparse.Node) bool {
			return hq.countedReturn(fn, ret, value, target, idName)
		}) && q.helperArgsVerifyTenant(call, hq.listTenantParams(fn, target))
	})
}

// successRow reports whether value, `row.<idName>`, reads the key of a
// row of target that a helper's success result hands back (Marble's
// requireActiveWorkspaceAccess, the caller's membership of its active
// workspace):
//
//	const accessData = await requireActiveWorkspaceAccess();
//	if (!accessData.ok) return accessData.response;
//	const { member } = accessData;
//	db.workspaceNotificationPreferences.upsert({ where: { memberId: member.id }, … });
//
// Each true return of the helper gives the entry a const of its body
// awaited from a findFirst or findUnique on target whose where the rule
// judges scoped on its own and reads none of the helper's parameters,
// nor `arguments`, itself or through the helper's consts (a tenant the
// helper was handed may be any caller's), the helper leaving before that
// return unless the row is defined (exitsUnlessDefined). No function
// nested in the helper names the row, and a loop holding the return
// hands it nowhere after it: either may give the row another key.
func (q *queryCheck) successRow(value string, target *prisma.Model, idName string) bool {
	row, ok := strings.CutSuffix(value, "."+idName)
	if !ok || strings.ContainsAny(row, "?![") {
		return false
	}
	return q.successEntry(row, func(fn tsparse.Node, hq *queryCheck, _ tsparse.Node, entry string) bool {
		return hq.successReturns(fn, entry, func(ret, value tsparse.Node) bool {
			return hq.foundReturn(fn, ret, value, target)
		})
	})
}

// foundReturn reports whether row, a name the return ret of fn gives, is
// a const of fn's body holding a row of target found with the tenant (see
// successRow).
func (q *queryCheck) foundReturn(fn, ret, row tsparse.Node, target *prisma.Model) bool {
	name := row.Text()
	held, ok := constBefore(name, row)
	if !ok || uncast(held).Kind() != "await_expression" {
		return false
	}
	c, ok := q.callAt(uncast(firstNamed(uncast(held))))
	if !ok || c.Delegate != delegateName(target.Name) || enclosingFunction(c.Node) != fn {
		return false
	}
	switch c.Operation {
	case "findFirst", "findUnique", "findFirstOrThrow", "findUniqueOrThrow":
	default:
		return false
	}
	judge := *q
	judge.call, judge.verifying = c.Node, true
	if v, _ := judge.whereOfCall(c); v != constrained || readsParameter(c.Node, fn) {
		return false
	}
	// A loop holding the return comes back to it after what follows it
	// in the loop ran; a function nested in the helper may run anywhere.
	if rowHandedOn(fn, name, ret.End(), reenteredUntil(fn, ret)) || namedByNested(fn, name) {
		return false
	}
	if strings.HasSuffix(c.Operation, "OrThrow") {
		return !rowHandedOn(fn, name, held.End(), ret.Start())
	}
	st := held.Parent().Parent()
	block := st.Parent()
	if block.Kind() != "statement_block" || !spans(block, ret) || rowHandedOn(fn, name, st.End(), ret.Start()) {
		return false
	}
	for _, s := range namedNoComments(block) {
		if s.Start() >= st.End() && s.End() <= ret.Start() && exitsUnlessDefined(s, name) {
			return true
		}
	}
	return false
}

// rowHandedOn reports whether, between the offsets from and to, fn names
// row anywhere but in the condition of an if: a call handed it, or an
// assignment to it, may give it another key before it is returned.
func rowHandedOn(fn tsparse.Node, row string, from, to int) bool {
	return anyNode(fn, func(n tsparse.Node) bool {
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != row || n.Start() < from || n.End() > to {
			return false
		}
		for p := n.Parent(); p.Valid() && !sameNode(p, fn); p = p.Parent() {
			if p.Kind() == "if_statement" {
				return !spans(p.Field("condition"), n)
			}
		}
		return true
	})
}

// readsParameter reports whether n reads a name fn binds as a parameter,
// or `arguments`, itself or through the consts of fn it reads (`const ws
// = workspace`): a value the helper was handed may be any caller's. A
// name of fn that is not such a const may hold anything.
func readsParameter(n, fn tsparse.Node) bool {
	return readsParameterWithin(n, fn, 0)
}

// readsParameterWithin is readsParameter for n, read depth consts away
// from the where.
func readsParameterWithin(n, fn tsparse.Node, depth int) bool {
	params := fn.Field("parameters")
	return anyNode(n, func(d tsparse.Node) bool {
		if d.Kind() != "identifier" && d.Kind() != "shorthand_property_identifier" {
			return false
		}
		if d.Text() == "arguments" {
			return true
		}
		scope, _ := bindingScope(d, d.Text(), -1)
		if !scope.Valid() || !spans(fn, scope) {
			return false
		}
		if sameNode(scope, fn) && bindsName(params, d.Text()) {
			return true
		}
		v, ok := constBefore(d.Text(), d)
		return !ok || depth >= 4 || readsParameterWithin(v, fn, depth+1)
	})
}

// namedByNested reports whether a function nested in fn names row.
func namedByNested(fn tsparse.Node, row string) bool {
	return anyNode(fn.Field("body"), func(n tsparse.Node) bool {
		return functionKinds[n.Kind()] && anyNode(n, func(d tsparse.Node) bool {
			return (d.Kind() == "identifier" || d.Kind() == "shorthand_property_identifier") && d.Text() == row
		})
	})
}

// successEntry reads name, where q.call stands, as an entry of a helper's
// success result (`result.entry`, or a name destructured or copied from
// it), the caller leaving when the result's flag is off, and asks proves
// of the helper's function (read with hq), the call to it and the entry.
func (q *queryCheck) successEntry(name string, proves func(fn tsparse.Node, hq *queryCheck, call tsparse.Node, entry string) bool) bool {
	if q.verifying {
		return false
	}
	path := name
	if !strings.Contains(path, ".") {
		path = boundSource(q.call, name)
	}
	parts := strings.Split(path, ".")
	if len(parts) != 2 {
		return false
	}
	result, entry := parts[0], parts[1]
	held, ok := constBefore(result, q.call)
	if !ok || uncast(held).Kind() != "await_expression" {
		return false
	}
	call := uncast(firstNamed(uncast(held)))
	if call.Kind() != "call_expression" {
		return false
	}
	if _, isQuery := q.callAt(call); isQuery {
		return false
	}
	outer, _ := functionChain(q.call)
	// Read where the use stands, and where the result is held: the
	// names bound to the result or the list (`const alias = checked`,
	// `const again = checked.ids`) are searched in the function of the
	// node asked at, and the use may stand in a callback of its own
	// (`ids.map((id) => ({ id }))`).
	for _, at := range []tsparse.Node{q.call, held} {
		if listChanged(at, held.End(), outer.End(), path) || name != path && listChanged(at, held.End(), outer.End(), name) {
			return false
		}
	}
	flag := ""
	failed := func(term tsparse.Node) bool {
		f := failureFlag(term, result, call)
		if f != "" && flag == "" {
			flag = f
		}
		return f != "" && f == flag
	}
	if !leavesWhen(held.Parent().Parent(), q.call, failed) {
		return false
	}
	// A flag set before it is tested tests nothing
	// (`checked.success = true`).
	if listChanged(held, held.End(), q.call.Start(), result+"."+flag) {
		return false
	}
	test := func(fn tsparse.Node, hq *queryCheck) bool {
		return proves(fn, hq, call, flag+"\x00"+entry)
	}
	if fn := q.fileFunction(call); fn.Valid() {
		return test(fn, q)
	}
	// The helper may call what its file imports (a response built for
	// the failure, the session): what it returns on success is read
	// from its own body, and neither the list nor the row is handed to
	// such a call (listChanged, rowHandedOn).
	return q.helpers.importedCalling(q, call, true, test)
}

// failureFlag is the flag term tests off on result, the const held from
// call: `!result.flag`, `result.flag === false`, `result.flag !== true`;
// "" for any other term.
func failureFlag(term tsparse.Node, result string, call tsparse.Node) string {
	term = uncast(term)
	var member tsparse.Node
	switch term.Kind() {
	case "unary_expression":
		if term.Field("operator").Text() != "!" {
			return ""
		}
		member = uncast(term.Field("argument"))
	case "binary_expression":
		op, l, r := term.Field("operator").Text(), uncast(term.Field("left")), uncast(term.Field("right"))
		if op == "===" && r.Kind() == "false" || op == "!==" && r.Kind() == "true" {
			member = l
		}
	}
	obj := uncast(member.Field("object"))
	if member.Kind() != "member_expression" || obj.Kind() != "identifier" || obj.Text() != result || !sameBinding(obj, call, result) || strings.Contains(member.Text(), "?.") {
		return ""
	}
	return member.Field("property").Text()
}

// successReturns reads fn as successEntry's helper: every return gives
// an object literal, without spreads, whose flag is true or false, and
// each true one gives the entry a name proves accepts where it returns.
// flagEntry is the flag and the entry joined by a NUL.
func (q *queryCheck) successReturns(fn tsparse.Node, flagEntry string, proves func(ret, value tsparse.Node) bool) bool {
	flag, entry, _ := strings.Cut(flagEntry, "\x00")
	body := fn.Field("body")
	if body.Kind() != "statement_block" || strings.Contains(memberFlags(fn), "*") {
		return false
	}
	ok, succeeds := true, 0
	eachReturn(body, func(ret, v tsparse.Node) bool {
		ok = false
		if v = uncast(v); v.Kind() != "object" {
			return false
		}
		var verdict, value tsparse.Node
		for _, e := range namedNoComments(v) {
			k, val, isProp := property(e)
			if !isProp || k == "" || k == "then" || k == "__proto__" {
				// A computed key may name the flag or the entry
				// again, and the later one is what the caller reads
				// (`{ success: false, ["success"]: true }`); a then
				// makes the literal a thenable, which the caller's
				// await resolves to whatever it hands on; a
				// __proto__ gives it entries it does not spell.
				return false
			}
			switch k {
			case flag:
				verdict = uncast(val)
			case entry:
				value = uncast(val)
			}
		}
		switch verdict.Kind() {
		case "false":
			// A failure that gives the entry too hands the caller an
			// unchecked list or row under the checked one's name, which
			// the caller reads if it sets the flag, or uses it before
			// the test.
			ok = !value.Valid()
		case "true":
			succeeds++
			ok = (value.Kind() == "identifier" || value.Kind() == "shorthand_property_identifier") && proves(ret, value)
		}
		return ok
	})
	return ok && succeeds > 0
}

// listTenantParams are the parameters of fn the tenant field of its
// findMany calls on target is given, nil when one is given anything else.
func (q *queryCheck) listTenantParams(fn tsparse.Node, target *prisma.Model) []int {
	tf := q.t.Field(target)
	if tf == nil {
		return nil
	}
	var tenantParams []int
	params := namedNoComments(fn.Field("parameters"))
	for _, c := range q.callsOf(fn.Tree()) {
		if c.Delegate != delegateName(target.Name) || c.Operation != "findMany" || !spans(fn, c.Node) {
			continue
		}
		args, found := q.argsObject(c)
		if !found {
			return nil
		}
		i := tenantParamOf(args, tf.Name(), params, fn)
		if i < 0 {
			return nil
		}
		tenantParams = append(tenantParams, i)
	}
	return tenantParams
}

// tenantParamOf is the index of the parameter of fn that the where of
// args gives the tenant field tf, at its top level and as a plain name;
// -1 when it gives it anything else. The where is the last one args
// names, and it names tf once, beside no spread or computed key: a later
// entry would give tf another workspace (`{ workspaceId, workspaceId:
// otherId }`), which the caller never handed as its tenant.
func tenantParamOf(args tsparse.Node, tf string, params []tsparse.Node, fn tsparse.Node) int {
	var where tsparse.Node
	for _, e := range namedNoComments(args) {
		k, v, ok := property(e)
		if !ok || k == "" {
			return -1
		}
		if k == "where" {
			where = uncast(v)
		}
	}
	if where.Kind() != "object" {
		return -1
	}
	found := -1
	for _, w := range namedNoComments(where) {
		k, v, ok := property(w)
		if !ok || k == "" {
			return -1
		}
		if k != tf {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = len(params)
		v = uncast(v)
		if scope, _ := bindingScope(v, v.Text(), -1); scope != fn {
			return -1
		}
		for i, p := range params {
			if name := p.Field("pattern"); name.Kind() == "identifier" && name.Text() == v.Text() && !reassigned(v, v.Text(), fn.Start()) {
				found = i
			}
		}
		if found == len(params) {
			return -1
		}
	}
	return found
}

// helperArgsVerifyTenant is helperArgsVerify for the tenant arguments
// alone: the helper's keys are its own.
func (q *queryCheck) helperArgsVerifyTenant(call tsparse.Node, tenantParams []int) bool {
	if len(tenantParams) == 0 {
		return false
	}
	args := namedNoComments(call.Field("arguments"))
	if slices.ContainsFunc(args, func(a tsparse.Node) bool { return a.Kind() == "spread_element" }) {
		return false
	}
	return q.tenantArgsGiven(call, args, tenantParams)
}

// countedReturn reports whether list, a name the return ret of fn gives,
// holds keys idName of target all found with the tenant: a findMany of fn
// on target before ret gives idName `{ in: list }` and a where the rule
// judges scoped on its own, then an if leaves when it found fewer rows
// than list has (countsDiffer), in a block holding ret, or in the block
// of an `if (list.length)` that holds the lookup and precedes ret in a
// block holding it (an empty list is returned unchecked, and links
// nothing). The list is not changed from the lookup to the return.
func (q *queryCheck) countedReturn(fn, ret, list tsparse.Node, target *prisma.Model, idName string) bool {
	name := list.Text()
	// The list is the helper's own (one of its module any function of
	// that module may change), which no function nested in the helper
	// changes (a closure written before the lookup may run after the
	// count), nor, when a loop holds the return, what follows the return
	// in that loop (the loop comes back to it).
	if scope, _ := bindingScope(list, name, -1); !scope.Valid() || !spans(fn, scope) || changedByNested(list, fn, name) {
		return false
	}
	// A list the helper was handed, or a name of it, is the caller's own
	// array: the caller may grow it after the check, and its result
	// with it (`tags.push(extra)` after `checkTags(tags, …)`). The list
	// is a const of the helper holding an array of its own.
	made, ok := constBefore(name, list)
	if !ok || !freshArray(uncast(made)) {
		return false
	}
	reentered := reenteredUntil(fn, ret)
	sub := *q
	sub.call = list
	for _, c := range q.callsOf(fn.Tree()) {
		if c.Delegate != delegateName(target.Name) || c.Operation != "findMany" || !spans(fn, c.Node) || c.Node.End() > ret.Start() || enclosingFunction(c.Node) != fn {
			continue
		}
		rows := boundName(c)
		if rows == "" || !sub.listedKeys(c, idName, name, false) || listChanged(list, c.Node.Start(), ret.Start(), name) || listChanged(list, ret.End(), reentered, name) {
			continue
		}
		// Handed to a call before the lookup, the list may be kept
		// where a later call, handed nothing, grows it after the count
		// (`remember(ids)`, then `flush()`).
		if listChanged(list, made.End(), c.Node.Start(), name) {
			continue
		}
		// The rows counted are those found: a const the helper neither
		// grows nor empties before the return (`found.push(…)` or
		// `found.length = ids.length` makes any count match). A
		// failure's block that hands them on (`respond(found)`) leaves
		// before the return.
		if !heldByConst(c) || listChangedFor(list, c.Node.End(), ret.Start(), rows, ret) || changedByNested(list, fn, rows) {
			continue
		}
		judge := sub
		judge.call, judge.verifying = c.Node, true
		if v, _ := judge.whereOfCall(c); v != constrained {
			continue
		}
		// The count reads the rows the lookup found and the list it
		// returns, not names of an outer block the lookup's hides
		// (`const found = [...ids]` outside the branch that looks up).
		counted := func(cond tsparse.Node) bool {
			return countsDiffer(cond, rows, name) && sameBinding(cond, c.Node, rows) && sameBinding(cond, list, name)
		}
		if leavesWhen(c.Node, list, counted) || nonEmptyBranchCounted(c.Node, ret, name, counted) {
			return true
		}
	}
	return false
}

// nonEmptyBranchCounted reports whether lookup is a statement of the
// block of an `if (list.length)` (or `list.length > 0`) without an else,
// that block leaving when counted holds after lookup, and that if lies
// in a block holding ret, before it.
func nonEmptyBranchCounted(lookup, ret tsparse.Node, list string, counted func(tsparse.Node) bool) bool {
	st, ok := statementOf(lookup)
	if !ok {
		return false
	}
	block := st.Parent()
	branch := block.Parent()
	if block.Kind() != "statement_block" || branch.Kind() != "if_statement" || branch.Field("alternative").Valid() || !sameNode(branch.Field("consequence"), block) {
		return false
	}
	switch compact(uncast(branch.Field("condition")).Text()) {
	case list + ".length", list + ".length>0", list + ".length!==0", list + ".length>=1":
	default:
		return false
	}
	holder := branch.Parent()
	return holder.Kind() == "statement_block" && spans(holder, ret) && branch.End() <= ret.Start() && leavingIf(block, lookup.End(), block.End(), counted).Valid()
}

// reenteredUntil is the end of what may run after the return ret of fn
// took its value: the outermost loop of fn holding ret, which comes back
// to it after the statements that follow it ran, or a try holding ret
// whose finally runs before the caller gets the value; or ret's own end.
func reenteredUntil(fn, ret tsparse.Node) int {
	end := ret.End()
	for p := ret.Parent(); p.Valid() && !sameNode(p, fn); p = p.Parent() {
		switch p.Kind() {
		case "for_statement", "for_in_statement", "while_statement", "do_statement":
			end = p.End()
		case "try_statement":
			if p.Field("finalizer").Valid() {
				end = max(end, p.End())
			}
		}
	}
	return end
}

// changedByNested reports whether a function nested in fn may change the
// list name (listChanged over its text): it may be called anywhere after
// it is written, or, declared, before.
func changedByNested(at, fn tsparse.Node, name string) bool {
	return anyNode(fn.Field("body"), func(n tsparse.Node) bool {
		return functionKinds[n.Kind()] && listChanged(at, n.Start(), n.End(), name)
	})
}

// heldByConst reports whether c's rows, awaited, are the value of a
// const: a let may be given other rows before they are counted.
func heldByConst(c tsquery.Call) bool {
	n := c.Node.Parent()
	for n.Kind() == "await_expression" || n.Kind() == "parenthesized_expression" || n.Kind() == "as_expression" || n.Kind() == "satisfies_expression" {
		n = n.Parent()
	}
	decl := n.Parent()
	return n.Kind() == "variable_declarator" && n.Field("name").Kind() == "identifier" && decl.Kind() == "lexical_declaration" && strings.HasPrefix(decl.Text(), "const")
}

// freshArray reports whether v makes a new array: an array literal,
// `Array.from(…)`, `Array.of(…)`, or a copying method of a list
// (`ids.filter(…)`, `ids.slice()`).
func freshArray(v tsparse.Node) bool {
	switch v.Kind() {
	case "array":
		return true
	case "call_expression":
		fn := v.Field("function")
		switch compact(fn.Text()) {
		case "Array.from", "Array.of":
			return true
		}
		if fn.Kind() != "member_expression" {
			return false
		}
		switch fn.Field("property").Text() {
		case "map", "filter", "slice", "concat", "flat", "flatMap", "toSorted", "toReversed", "toSpliced":
			return true
		}
	}
	return false
}
