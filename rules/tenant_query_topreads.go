package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// The top tenant (Organization, Group: what the tenant field points to,
// scoped by nothing above it) is not judged: its lookups by id are the
// caller's, a tenant value being taken at its word. But a read of it that
// no where pins to one tenant, and that includes or selects a scoped
// relation, reads every tenant's rows of that relation with no tenant
// filter anywhere:
//
//	await prisma.group.findMany({ include: { expenses: true } }) // every group's expenses
//
// No fetch-then-compare or other proof of a row applies: the rows are
// read, not keyed. The same read showing no scoped row (scalars, a global
// relation, a count) lists tenants, a policy matter the rule leaves alone.

// topTenantReadOps are the reads that may find more than one tenant: a
// findUnique is by a unique key, which names one tenant as its id does.
// updateManyAndReturn returns the rows it updates, with their include,
// as a findMany does.
var topTenantReadOps = []string{"findMany", "findFirst", "findFirstOrThrow", "updateManyAndReturn"}

// topTenantRowOps are every operation that returns the top tenant's rows
// with an include or select. Even pinned to one tenant, an include that
// leaves it (through a global model, or a relation to another tenant
// row: its parent, its children) and comes back to scoped rows shows
// other tenants' rows:
//
//	group.findUnique({ where: { id }, include: { planRow: { include: { groups: { include: { expenses: true } } } } } })
var topTenantRowOps = []string{
	"findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany",
	"create", "createManyAndReturn", "update", "updateManyAndReturn", "upsert", "delete",
}

// topTenant reports whether m is a tenant model no higher tenant scopes.
func (q *queryCheck) topTenant(m *prisma.Model) bool {
	return m != nil && q.t.IsRoot(m) && !q.t.IsGlobal(m) && !q.judged(m)
}

// checkTopTenantRead judges c, a call on a top tenant: a read whose where
// does not pin it to one tenant (its id, another unique field, a list of
// ids, the tenants of a member: what pins a where on a tenant model
// elsewhere) and whose include or select reaches a judged model is an
// error; one whose include the rule cannot read is a notice.
func (q *queryCheck) checkTopTenantRead(c tsquery.Call) (queryFinding, bool) {
	m := q.delegates[c.Delegate]
	if !q.topTenant(m) || !slices.Contains(topTenantRowOps, c.Operation) {
		return queryFinding{}, false
	}
	fn := c.Node.Field("function")
	at := c.Receiver.Range()
	at.End = fn.Range().End
	d := Diagnostic{Range: at}
	what := fmt.Sprintf("%s on tenant %q", c.Operation, m.Name)
	// How the messages name one of the tenant's rows (`the group it finds`).
	noun := strings.ToLower(m.Name)
	// The rows of the one tenant found may still lead to other tenants'.
	crossing := func() (queryFinding, bool) {
		path, seen := q.topReadShows(c, m, true)
		if !seen {
			// An include the rule cannot read (a name, a spread, a
			// call's value) may leave the tenant as a literal one may:
			// a notice, as for an unpinned read, never a pass.
			d.Message = fmt.Sprintf("cannot see what %s includes: a spread or an include that is not an object literal may leave the %s it finds and show other tenants' rows; write the include inline, or ignore it with a reason", what, noun)
			return queryFinding{d, severity.Notice}, true
		}
		if path == "" {
			return queryFinding{}, false
		}
		d.Message = fmt.Sprintf("%s includes its %q, which leaves the %s it finds and shows other tenants' rows; include only that %s's own rows, or ignore it with a reason", what, path, noun, noun)
		return queryFinding{d: d}, true
	}
	// A scoped client scopes the read to one tenant, not what its
	// include reaches beyond it.
	scopedClient := slices.Contains(q.scopedClients, compact(c.Receiver.Text())) && slices.Contains(q.scopedOps, c.Operation)
	if !slices.Contains(topTenantReadOps, c.Operation) || scopedClient {
		return crossing()
	}
	path, seen := q.topReadShows(c, m, false)
	if seen && path == "" {
		return queryFinding{}, false
	}
	qc := *q
	qc.call, qc.judgedCall = c.Node, c.Node
	v, _ := qc.whereOfCall(c)
	// A tenant found by the credential the caller presents (its API
	// key) is the caller's, as a tenant found by its id is.
	if v == constrained || qc.credentialLookup(c, m) {
		return crossing()
	}
	switch {
	case v == maybeUndefined:
		d.Message = fmt.Sprintf("%s filters by a tenant value that may be undefined, and then shows its tenant-scoped rows; make sure it is set before the query", what)
		return queryFinding{d, severity.Warning}, true
	case v == unseen && seen:
		d.Message = fmt.Sprintf("cannot see the where of %s, which includes its %q: check by hand that it pins one tenant, build the where as a const object, or ignore it with a reason", what, path)
		return queryFinding{d, severity.Notice}, true
	case !seen:
		d.Message = fmt.Sprintf("cannot see what %s includes: a spread or an include that is not an object literal may show every tenant's rows; write the include inline, pin the read to one tenant (where: { id }), or ignore it with a reason", what)
		return queryFinding{d, severity.Notice}, true
	}
	whose := "of every " + noun
	if c.Operation != "findMany" && c.Operation != "updateManyAndReturn" {
		whose = "of whichever " + noun + " it finds"
	}
	d.Message = fmt.Sprintf("%s includes its %q %s; pin the read to one tenant (where: { id }), or ignore it with a reason", what, path, whose)
	return queryFinding{d: d}, true
}

// checkScopedInclude judges the include of c, a call on a judged model
// whose where the rule found scoped (or a create): its rows are one
// tenant's, and so are their scoped relations, but an include that
// leaves that tenant through a global model and comes back to scoped
// rows shows every tenant's:
//
//	expense.findMany({ where: { groupId }, include: { paidBy: { include: { paid: true } } } })
//
// lists what each payer paid in every group.
func (q *queryCheck) checkScopedInclude(c tsquery.Call) (queryFinding, bool) {
	m := q.delegates[c.Delegate]
	if m == nil || !q.judged(m) || !slices.Contains(topTenantRowOps, c.Operation) {
		return queryFinding{}, false
	}
	path, _ := q.topReadShows(c, m, true)
	if path == "" {
		return queryFinding{}, false
	}
	fn := c.Node.Field("function")
	at := c.Receiver.Range()
	at.End = fn.Range().End
	d := Diagnostic{Range: at, Message: fmt.Sprintf("%s on tenant-scoped %q includes its %q, which leaves the tenant of the rows it finds and shows other tenants' rows; include only that tenant's rows, or ignore it with a reason", c.Operation, m.Name, path)}
	return queryFinding{d: d}, true
}

// topReadShows is the first relation path (`members`, `users.expenses`)
// by which c, a read of the top tenant m, shows a judged model's rows: its
// include or select at any depth, or the relation its fluent call walks
// (`findFirst(…).expenses()`). seen is false when a spread or an argument
// or include that is not an object literal may show anything.
// With pinned, c finds one tenant: its own scoped rows are no finding,
// only a path that leaves it and comes back to scoped rows is.
func (q *queryCheck) topReadShows(c tsquery.Call, m *prisma.Model, pinned bool) (path string, seen bool) {
	for _, found := range boundQueryUses(c.Node) {
		if path, seen := q.fluentShows(found, m, pinned); path != "" || !seen {
			return path, seen
		}
	}
	if len(c.Args) == 0 {
		return "", true
	}
	args, ok := q.argsObject(c)
	if !ok || q.changedAfterBuilt(args) {
		return "", false
	}
	return q.includedTenantRows(args, m, 0, pinned)
}

// fluentShows is topReadShows for the fluent relations called on call, a
// call on m: each link of `findUnique(…).parent().expenses()` is a
// relation walked as an include is, and the arguments of a link
// (`.children({ include: { expenses: true } })`) are read as its include.
// own says call's rows are the one pinned tenant's.
func (q *queryCheck) fluentShows(call tsparse.Node, m *prisma.Model, own bool) (path string, seen bool) {
	for depth := 0; fluentRelation(call); depth++ {
		link := call.Parent()
		if depth > 8 {
			return "", false
		}
		f := fieldByName(m, link.Field("property").Text())
		next := link.Parent()
		if f == nil || f.Relation == nil || f.Target() == nil || next.Kind() != "call_expression" || !sameNode(next.Field("function"), link) {
			// Not a relation called: a method of the promise, or a
			// name the model does not have, which walks no relation.
			return "", true
		}
		own = own && q.stayWithin(m, f)
		if path != "" {
			path += "."
		}
		path += f.Name()
		if q.judged(f.Target()) && !own {
			return path, true
		}
		if args := namedNoComments(next.Field("arguments")); len(args) > 0 {
			obj, ok := q.objectOf(args[0], 0)
			if !ok || q.changedAfterBuilt(obj) {
				if own {
					// The pinned tenant's rows, with an include unread
					// as a pinned read's include always was.
					return "", true
				}
				return "", false
			}
			if below, ok := q.includedTenantRows(obj, f.Target(), depth+1, own); below != "" {
				return path + "." + below, true
			} else if !ok && !own {
				return "", false
			}
		}
		call, m = next, f.Target()
	}
	return "", true
}

// boundQueryUses is call and, when the query it builds is bound to a
// name before it is awaited (`const q = prisma.group.findFirst(…)`), every
// use of that name in the function: `q.expenses()` walks a relation of
// the row found as a fluent call on the query itself does.
func boundQueryUses(call tsparse.Node) []tsparse.Node {
	uses := []tsparse.Node{call}
	decl := call.Parent()
	for decl.Kind() == "as_expression" || decl.Kind() == "satisfies_expression" || decl.Kind() == "parenthesized_expression" || decl.Kind() == "non_null_expression" {
		decl = decl.Parent()
	}
	if decl.Kind() != "variable_declarator" || decl.Field("name").Kind() != "identifier" {
		return uses
	}
	name := decl.Field("name")
	enclosingFunction(decl).Walk(func(n tsparse.Node) bool {
		if n.Kind() == "identifier" && n.Text() == name.Text() && !sameNode(n, name) {
			uses = append(uses, n)
		}
		return true
	})
	return uses
}

// changedAfterBuilt reports whether obj is the literal of a const that
// the function may change after building it: a member of it assigned or
// deleted (`args.include = { members: true }`), or the const (or its
// include) handed to a function other than a Prisma call
// (`Object.assign(args, more)`).
// Reading a where, a const that only gains entries still narrows it; an
// include it gains shows more, so the include is read only from a const
// nothing changes.
func (q *queryCheck) changedAfterBuilt(obj tsparse.Node) bool {
	decl := obj.Parent()
	for decl.Kind() == "as_expression" || decl.Kind() == "satisfies_expression" || decl.Kind() == "parenthesized_expression" || decl.Kind() == "non_null_expression" {
		decl = decl.Parent()
	}
	if decl.Kind() != "variable_declarator" {
		return false
	}
	name := decl.Field("name")
	if name.Kind() != "identifier" {
		return true
	}
	changed := false
	enclosingFunction(decl).Walk(func(n tsparse.Node) bool {
		if changed {
			return false
		}
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != name.Text() || sameNode(n, name) {
			return true
		}
		top := n
		for up := top.Parent(); (up.Kind() == "member_expression" || up.Kind() == "subscript_expression") && sameNode(up.Field("object"), top) || up.Kind() == "non_null_expression" || up.Kind() == "parenthesized_expression"; up = top.Parent() {
			top = up
		}
		// The const itself, or what it includes, given to another
		// name may be changed through it; a where's value read is no
		// include.
		handed := sameNode(top, n) || strings.Contains(top.Text(), "include") || strings.Contains(top.Text(), "select")
		switch up := top.Parent(); up.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			changed = !sameNode(top, n) && sameNode(up.Field("left"), top) || handed && sameNode(up.Field("right"), top)
		case "unary_expression":
			changed = up.Field("operator").Text() == "delete"
		default:
			// Through the literals that hold it (`{ args }`, `[inc]`),
			// to where it goes: a Prisma call's arguments read it, a
			// name bound to it (`const alias = inc`), another
			// function, a return or a callback's result may change it.
			holder := top
			for up := holder.Parent(); ; up = holder.Parent() {
				switch up.Kind() {
				case "object", "pair", "array", "spread_element", "as_expression", "satisfies_expression", "parenthesized_expression", "non_null_expression":
					if up.Kind() == "pair" && !sameNode(up.Field("value"), holder) {
						break
					}
					holder = up
					continue
				case "ternary_expression":
					if !sameNode(up.Field("condition"), holder) {
						holder = up
						continue
					}
				}
				break
			}
			switch up := holder.Parent(); up.Kind() {
			case "arguments":
				changed = handed && !q.prismaCall(up.Parent())
			case "variable_declarator", "return_statement", "arrow_function", "yield_expression":
				changed = handed
			case "assignment_expression", "augmented_assignment_expression":
				changed = handed && sameNode(up.Field("right"), holder)
			}
		}
		return true
	})
	return changed
}

// includedTenantRows is topReadShows for obj, the arguments of a read of
// m or of a relation of it. A judged relation is shown unless its value
// is false: a value the rule cannot read may be true. A spread is read
// when it can only give object literals (a page's cursor, `...(cursor ?
// { skip: 1, cursor: { id: cursor } } : {})`): their include or select
// counts as if written inline.
// own says the rows of m at this level are all the one pinned tenant's:
// its scoped relations are then its own rows, and only a path that
// leaves it (stayWithin) and reaches a judged model is returned.
func (q *queryCheck) includedTenantRows(obj tsparse.Node, m *prisma.Model, depth int, own bool) (path string, seen bool) {
	if depth > 8 {
		return "", false
	}
	seen = true
	for _, e := range namedNoComments(obj) {
		if e.Kind() == "spread_element" {
			below, ok := q.throughSpread(e, func(g tsparse.Node) (string, bool) { return q.includedTenantRows(g, m, depth+1, own) })
			if below != "" {
				return below, true
			}
			seen = seen && ok
			continue
		}
		key, val, ok := property(e)
		if !ok || key == "" {
			// A computed key may be include.
			seen = false
			continue
		}
		if key != "include" && key != "select" {
			continue
		}
		// A const include is read as its literal when nothing changes it.
		if obj, ok := q.objectOf(val, 0); ok && !q.changedAfterBuilt(obj) {
			val = obj
		}
		below, ok := q.includedRelations(val, m, depth, own)
		if below != "" {
			return below, true
		}
		seen = seen && ok
	}
	return "", seen
}

// throughSpread walks with walk each object literal the spread may give
// (spreadObjects): the first path it finds, and whether every one was
// read; an object changed after it is built is not.
func (q *queryCheck) throughSpread(spread tsparse.Node, walk func(tsparse.Node) (string, bool)) (path string, seen bool) {
	given, seen := q.spreadObjects(uncast(firstNamed(spread)), 0)
	for _, g := range given {
		if q.changedAfterBuilt(g) {
			seen = false
			continue
		}
		below, ok := walk(g)
		if below != "" {
			return below, true
		}
		seen = seen && ok
	}
	return "", seen
}

// includedRelations is includedTenantRows for val, the value of an
// include or select of m: each relation it names, those of the object
// literals a spread in it may give (`{ ...defaults, planRow: { … } }`)
// as well. An entry or spread the rule cannot read makes seen false, and
// the walk goes on past it: a relation written beside it still shows
// its rows.
func (q *queryCheck) includedRelations(val tsparse.Node, m *prisma.Model, depth int, own bool) (path string, seen bool) {
	fields := uncast(val)
	if fields.Kind() != "object" || depth > 8 {
		return "", false
	}
	seen = true
	for _, fe := range namedNoComments(fields) {
		if fe.Kind() == "spread_element" {
			below, ok := q.throughSpread(fe, func(g tsparse.Node) (string, bool) { return q.includedRelations(g, m, depth+1, own) })
			if below != "" {
				return below, true
			}
			seen = seen && ok
			continue
		}
		name, v, ok := property(fe)
		if !ok || name == "" {
			seen = false
			continue
		}
		f := fieldByName(m, name)
		if f == nil || f.Relation == nil || f.Target() == nil {
			continue
		}
		inner := uncast(v)
		if obj, ok := q.objectOf(inner, 0); ok && inner.Kind() != "object" && !q.changedAfterBuilt(obj) {
			inner = obj
		}
		if inner.Kind() == "false" {
			continue
		}
		within := own && q.stayWithin(m, f)
		if q.judged(f.Target()) && !within {
			// An include filtered by the tenant itself (Shelf's
			// `teamMembers: { where: { organizationId } }` under a
			// member's user) shows that tenant's rows only.
			if !q.includeFilteredByTenant(inner, f.Target()) {
				return f.Name(), true
			}
			within = true
		}
		switch inner.Kind() {
		case "true":
		case "object":
			below, ok := q.includedTenantRows(inner, f.Target(), depth+1, within)
			if below != "" {
				return f.Name() + "." + below, true
			}
			seen = seen && ok
		default:
			// The pinned tenant's own rows with an include the rule
			// cannot read are read as a pinned read's include always
			// was: not judged. Elsewhere the value may show anything.
			seen = seen && within && q.judged(f.Target())
		}
	}
	return "", seen
}

// includeFilteredByTenant reports whether inner, what an include asks of
// a relation to the scoped model target, is an object literal whose where,
// named once beside no spread, constrains target's tenant as a query's
// where must.
func (q *queryCheck) includeFilteredByTenant(inner tsparse.Node, target *prisma.Model) bool {
	if inner.Kind() != "object" {
		return false
	}
	var where tsparse.Node
	if !eachEntryOnce(inner, func(key string, val tsparse.Node) bool {
		if key == "where" {
			where = val
		}
		return true
	}) || !where.Valid() {
		return false
	}
	return q.value(nil, where, target, 0) == constrained
}

// stayWithin reports whether the rows f, a relation of from, reaches
// from a row of from that is the pinned tenant's are that tenant's too: a
// scoped row related to another scoped row, or a scoped row and its
// tenant related by the tenant's key (Expense.group by groupId,
// Group.expenses back). A global model (a user, a plan) is shared by
// every tenant, a relation from the top tenant to itself (parent,
// children) reaches other tenants, and so does one between a scoped row
// and the top tenant by another key (a transfer's toGroup).
func (q *queryCheck) stayWithin(from *prisma.Model, f *prisma.Field) bool {
	to := f.Target()
	switch {
	case q.judged(from) && q.judged(to):
		return true
	case q.judged(from) && q.topTenant(to), q.topTenant(from) && q.judged(to):
		return q.byTenantKey(from, f)
	}
	return false
}

// byTenantKey reports whether relation f of from is held by a foreign
// key that is a tenant field of the model holding it.
func (q *queryCheck) byTenantKey(from *prisma.Model, f *prisma.Field) bool {
	if f.Relation == nil {
		return false
	}
	holder, keys := from, f.Relation.Fields()
	if len(keys) == 0 {
		back := f.Relation.Opposite
		if back == nil || back.Relation == nil {
			return false
		}
		holder, keys = f.Target(), back.Relation.Fields()
	}
	if slices.ContainsFunc(keys, func(k *prisma.Field) bool { return q.isTenantField(holder, k.Name()) }) {
		return true
	}
	// A model scoped through its required relation to the top tenant
	// (marble's Member, by organizationId where the tenant field is
	// workspaceId) is held to its tenant by that relation's key.
	via := q.t.via[holder]
	return via != nil && via.Relation != nil && q.topTenant(via.Target()) && slices.Equal(via.Relation.Fields(), keys)
}
