package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// helperFoundRow reports whether value, the key a where gives idName of
// target, is `row.<idName>` of a const row awaited from a helper (of the
// file or imported, viaHelper) that returns only rows of target it found
// or made in the tenant the caller passes, or nothing: useSend's public
// API,
//
//	export const getContactBook = async (c: Context, teamId: number) => {
//	  const contactBook = await db.contactBook.findUnique({ where: { id: c.req.param("contactBookId"), teamId } });
//	  if (!contactBook) throw …;
//	  return contactBook;
//	};
//	…
//	const cb = await getContactBook(c, team.id);
//	db.contact.findMany({ where: { contactBookId: cb.id, … } })
//
// Whichever id the helper looks up (here one from the request), the row
// it hands back carries the tenant its where was given, so its key is a
// key of that tenant's rows. Each return of the helper is one such query
// (returnsTenantRow), a const of the helper's body holding one, awaited,
// whose row nothing changes before the return, or null or undefined. The
// key is read plainly: on a missing row `row.id` throws, where `row?.id`
// would be undefined, a filter Prisma drops. The caller awaits the
// helper (a promise's id is undefined too) and changes nothing of the
// row before the call.
func (q *queryCheck) helperFoundRow(value string, target *prisma.Model, idName string) bool {
	call, ok := q.awaitedRowCall(value, idName)
	if !ok || call.Kind() != "call_expression" {
		return false
	}
	if q.viaHelper(call, func(fn tsparse.Node, hq *queryCheck) bool { return hq.returnsFoundRows(call, fn, target) }) {
		return true
	}
	// A helper running code the rule does not read, which can reach
	// neither the row it returns nor the tenant it was given
	// (rowsKeptApart: Interval's dev key helper checks a permission,
	// makes the key's secret and logs, all with the caller's values).
	apart := func(fn tsparse.Node, hq *queryCheck) bool {
		return hq.rowsKeptApart(fn, target) && hq.returnsFoundRows(call, fn, target)
	}
	if fn := q.fileFunction(call); fn.Valid() {
		if apart(fn, q) {
			return true
		}
	} else if q.helpers.importedCalling(q, call, true, apart) {
		return true
	}
	// An imported helper whose only calls of its own file's imports are
	// the parses of what it returns (parsedFoundRow): the schema is read,
	// and its parse is read to give back the row's keys.
	return q.helpers.importedCalling(q, call, true, func(fn tsparse.Node, hq *queryCheck) bool {
		return hq.importsOnlyParsed(fn, target) && hq.returnsFoundRows(call, fn, target)
	})
}

// importsOnlyParsed reports whether every call fn makes of a function or
// of an object its file imports (callsImported's reading, pass-throughs
// left out) is a parse parsedFoundRow reads for target.
func (q *queryCheck) importsOnlyParsed(fn tsparse.Node, target *prisma.Model) bool {
	x := q.wrapperIndex()
	return x != nil && !x.callsImportedSo(fn, func(n tsparse.Node) bool {
		return sameNode(q.parsedFoundRow(n, target), n)
	})
}

// awaitedRowCall reads value as `row.<idName>` of a const row awaited
// before the judged call, which nothing has changed since; it gives what
// was awaited. The key is read plainly (plainRowKey).
func (q *queryCheck) awaitedRowCall(value, idName string) (tsparse.Node, bool) {
	m := plainRowKey.FindStringSubmatch(value)
	if m == nil || m[2] != idName || !q.call.Valid() || q.verifying {
		return tsparse.Node{}, false
	}
	held, ok := constBefore(m[1], q.call)
	if !ok || uncast(held).Kind() != "await_expression" || rowAssignedBetween(held, q.call, m[1]) || q.rowChangedBetween(held, m[1:]) || rowAliased(enclosingFunction(held), q.call, m[1]) {
		return tsparse.Node{}, false
	}
	return uncastAwait(held), true
}

// rowHandedBefore reports whether the row name, held from held on in a
// helper, is handed before its return ret to a function seen to write its
// fields, or under another name (rowChangedBetween): whichever key the
// caller reads, the row itself is what is handed.
func (q *queryCheck) rowHandedBefore(held, ret tsparse.Node, name string) bool {
	sub := *q
	sub.call = ret
	return sub.rowChangedBetween(held, []string{name, ""}) || rowAliased(enclosingFunction(ret), ret, name)
}

// rowAliased reports whether the row name holds at at is given another
// name in fn (`const alias = row`, then `alias.id = other`), before at
// or in a loop with it: handedOn with the calls it is given left out,
// which rowChangedBetween judges.
func rowAliased(fn, at tsparse.Node, name string) bool {
	return handedOn(fn, at, fn.End(), name)
}

// plainRowKey reads `row.key` and `row!.key` (white space removed), never
// `row?.key`.
var plainRowKey = lazyregexp.New(`^([A-Za-z_$][\w$]*)!?\.([A-Za-z_$][\w$]*)$`)

// returnsFoundRows is helperFoundRow's reading of fn, called by call.
func (q *queryCheck) returnsFoundRows(call, fn tsparse.Node, target *prisma.Model) bool {
	return q.helperReturns(call, fn, target, func(ret, v tsparse.Node, tenantRow func(ret, v tsparse.Node) bool) (ok, counts bool) {
		copied := q.copiedFoundRow(q.parsedFoundRow(orNothing(v), target), target)
		switch v = spreadRow(copied, target); {
		case !v.Valid() || v.Kind() == "null" || v.Kind() == "undefined" || v.Kind() == "identifier" && v.Text() == "undefined":
			// Nothing: the caller's `row.id` throws.
			return true, false
		case v.Kind() == "identifier":
			held, found := constValue(v)
			if !found && sameNode(v, copied) {
				return q.letFoundRow(ret, v, tenantRow), true
			}
			return found && uncast(held).Kind() == "await_expression" && !rowAssignedBetween(held, ret, v.Text()) &&
				!q.rowHandedBefore(held, ret, v.Text()) && tenantRow(ret, uncastAwait(held)) &&
				(sameNode(v, copied) || foundAt(held, v, fn)), true
		default:
			return tenantRow(ret, q.wrappedQuery(v, fn)), true
		}
	})
}

// wrappedQuery is the query a pass-through of another file hands back for
// v (plunk's `return wrapRedis(key, () => prisma.contact.findFirst({
// where: { projectId, email } }))`), what an arrow function v passes it
// returns (its expression body or its one return), when the cache key names every value
// of fn the literal reads (returnsWrappedRows's reading); v itself
// otherwise.
func (q *queryCheck) wrappedQuery(v, fn tsparse.Node) tsparse.Node {
	cb, wrapped := wrappedCallback(q.wrapperIndex(), v, fn)
	if !wrapped {
		return v
	}
	body, ok := mapResult(cb)
	if !ok {
		return v
	}
	return uncastAwait(body)
}

// spreadRow is the row name of `{ ...created, owner: "PROJECT" }`, an
// object copying one row whole and adding fields that are none of
// target's keys (Langfuse's dashboard service returns the row it made
// so): the copy keeps the row's keys. Anything else is v itself.
func spreadRow(v tsparse.Node, target *prisma.Model) tsparse.Node {
	obj := uncast(v)
	if obj.Kind() != "object" {
		return v
	}
	keys := uniqueFields(target)
	var row tsparse.Node
	for _, e := range namedNoComments(obj) {
		if e.Kind() == "spread_element" {
			arg := uncast(firstNamed(e))
			if row.Valid() || arg.Kind() != "identifier" || !sameNode(namedNoComments(obj)[0], e) {
				return v // a second spread, or one after an entry, may hold a key
			}
			row = arg
			continue
		}
		k, _, isEntry := property(e)
		if !isEntry || e.Kind() == "pair" && e.Field("key").Kind() == "computed_property_name" || slices.Contains(keys, k) {
			return v
		}
	}
	if !row.Valid() {
		return v
	}
	return row
}

// foundAt reports whether the row v names, awaited by held, is a row
// where v spreads it. A copy of nothing is no nothing: `{ ...null, owner
// }` is `{ owner }`, whose id is undefined, a filter Prisma drops, where
// the row's own id would throw. A write, or a lookup that throws on
// nothing, gives a row or throws (tenantRow has read held as such a
// query: the operation is its method's name); anything else, a helper's
// answer too, may be nothing, and must have been left on (definedAt).
func foundAt(held, v, fn tsparse.Node) bool {
	switch uncastAwait(held).Field("function").Field("property").Text() {
	case "create", "update", "upsert", "delete", "findFirstOrThrow", "findUniqueOrThrow":
		return true
	}
	return definedAt(fn, v.Text(), v)
}

// letFoundRow reports whether v, the let a return ret of a helper gives
// back, holds a row of the tenant or nothing whatever path ran: each of
// its values, the declaration's and every assignment's anywhere in the
// helper, is an awaited query tenantRow accepts (interval's dev key,
// found or else made with the tenant the caller passes):
//
//	let key = await prisma.apiKey.findFirst({ where: { organizationId } });
//	if (!key) key = await prisma.apiKey.create({ data: { organizationId, … } });
//	return key;
//
// A lookup that found nothing leaves null, whose key the caller's `row.id`
// throws on. The let is written by plain assignments only
// (letValuesOnly), and the row it holds is handed to no call that may
// write it before the return.
func (q *queryCheck) letFoundRow(ret, v tsparse.Node, tenantRow func(ret, v tsparse.Node) bool) bool {
	var first tsparse.Node
	given := func(at, right tsparse.Node) (ok, counts bool) {
		if !first.Valid() || at.Start() < first.Start() {
			first = at
		}
		// Unawaited, the let holds a promise, whose key is undefined.
		return uncast(right).Kind() == "await_expression" && tenantRow(ret, uncastAwait(right)), true
	}
	return letValuesOnly(ret, v.Text(), func(right tsparse.Node) (bool, bool) { return given(right.Parent(), right) }, given) &&
		first.Valid() && !q.rowHandedBefore(first, ret, v.Text())
}

// rowsKeptApart reports whether whatever code fn runs, read or not, can
// neither reach a row fn returns nor change the tenant its queries were
// given: every return gives a name of fn's own, a let or const whose
// every value is an awaited lookup or create of target; fn names it only
// to declare it, to give it such a query, to test it (`!key`) and to
// return it, so no call, closure, object or alias is handed it; and each
// of those queries gives target's tenant a plain name (a parameter, or a
// name the parameter's pattern binds), which no call can rebind, where a
// property of an object (`params.organizationId`) may be changed by the
// code it is handed. fn mentions no `arguments` (which may alias its
// parameters), eval or with.
func (q *queryCheck) rowsKeptApart(fn tsparse.Node, target *prisma.Model) bool {
	body := fn.Field("body")
	if !body.Valid() || body.Kind() != "statement_block" {
		return false
	}
	if anyNode(fn, func(n tsparse.Node) bool {
		return n.Kind() == "with_statement" || n.Kind() == "identifier" && (n.Text() == "arguments" || n.Text() == "eval" || n.Text() == "Function")
	}) {
		return false
	}
	delegate := delegateName(target.Name)
	query := func(v tsparse.Node) bool {
		if uncast(v).Kind() != "await_expression" {
			return false
		}
		c, found := exactCall(uncastAwait(v), delegate)
		if !found {
			return false
		}
		part := "where"
		switch c.Operation {
		case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
		case tsquery.Create:
			part = "data"
		default:
			return false
		}
		return q.tenantParam(c, part, target) != ""
	}
	names := map[string]bool{}
	ok := true
	eachReturn(body, func(ret, v tsparse.Node) bool {
		ok = v.Valid() && v.Kind() == "identifier"
		if ok {
			names[v.Text()] = true
		}
		return ok
	})
	if !ok || len(names) == 0 {
		return false
	}
	return !anyNode(fn, func(id tsparse.Node) bool {
		if id.Kind() != "identifier" && id.Kind() != "shorthand_property_identifier" && id.Kind() != "shorthand_property_identifier_pattern" || !names[id.Text()] {
			return false
		}
		if !sameNode(enclosingFunction(id), fn) {
			return true // a closure naming it may be handed on
		}
		p, kept := returnedOrTested(id)
		switch {
		case kept:
			return false
		case p.Kind() == "variable_declarator" && sameNode(p.Field("name"), id):
			return !p.Field("value").Valid() || !query(p.Field("value"))
		case p.Kind() == "assignment_expression" && sameNode(p.Field("left"), id):
			return !query(p.Field("right"))
		}
		return true
	})
}
