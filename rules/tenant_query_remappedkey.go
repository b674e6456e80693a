package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A key got from a Map of new ids, each the id of a row a createMany made
// in the tenant before the write (placemark's map copies):
//
//	const idRemap = new Map<string, string>();
//	for (const folder of sourceFolders) idRemap.set(folder.id, newFeatureId());
//	await db.folder.createMany({ data: sourceFolders.map((f) => ({ …, id: idRemap.get(f.id), mapId: newMapId })) });
//	await db.feature.createMany({ data: features.map((x) => ({ …, folderId: idRemap.get(x.folderId) })) });
//
// or, the ids minted while the rows are made and the Map filled there:
//
//	const newFolders = folders.map((folder) => { const id = newFeatureId(); map.set(folder.id, id); return { …, id } });
//	db.$transaction([db.map.create(…), db.folder.createMany({ data: newFolders }), db.feature.createMany(…)])
//
// Every value the Map holds is the id of a row of that createMany: a
// createMany without skipDuplicates makes every row or throws (an id
// another row holds fails it), and so does the list of a batch
// transaction, so a value got names the row made there, or nothing. The
// rows are the tenant's when their parent key is proven at the createMany
// (rowUnderTenantParent). The Map is a const `new Map()` made empty, used
// only by get, has and one set; the set, the createMany and the Map's
// declaration are statements (or the set in the rows' callback) of one
// block that holds the write, in that order, so each run of the block
// fills its own Map before its rows are made.

// remappedCreatedKey reports whether val, given to ref (target's id) in
// the write's data, is `m.get(…)` of such a Map.
func (q *queryCheck) remappedCreatedKey(val tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	byKey, ok := mapGetOf(val)
	if !ok || !isPrimaryKey(target, ref) || q.proofs >= 2 {
		return false
	}
	held, ok := constBefore(byKey.Text(), val)
	if !ok || hiddenBetween(val, held.Parent(), byKey.Text()) {
		return false
	}
	ctor := uncast(held)
	if ctor.Kind() != "new_expression" || ctor.Field("constructor").Text() != "Map" || declaredAround(ctor, "Map") || len(namedNoComments(ctor.Field("arguments"))) != 0 {
		return false
	}
	sets, ok := mapSetsOnly(held)
	if !ok || len(sets) != 1 {
		return false
	}
	set := sets[0]
	stmt := set.Parent()
	if stmt.Kind() != "expression_statement" {
		return false
	}
	block := held.Parent().Parent().Parent()
	if block.Kind() != "statement_block" || !spans(block, q.call) {
		return false
	}
	for _, c := range q.createdBefore(delegateName(target.Name)) {
		anchor := statementIn(block, c.Node)
		if !anchor.Valid() || anchor.Start() < held.End() || q.call.Start() < c.Node.End() {
			continue
		}
		args, ok := q.argsObject(c)
		// skipDuplicates leaves a taken id to its row, another tenant's;
		// arguments held in a const may be given it after they are
		// written (`args.skipDuplicates = true`), so they must be written
		// in the call.
		if !ok || uncast(c.Args[0]).Kind() != "object" || slices.ContainsFunc(namedNoComments(args), func(e tsparse.Node) bool { k, _, ok := property(e); return !ok || k != "data" }) {
			continue
		}
		data := q.givenPast(args, "data")
		rows := q.objects(data)
		if len(rows) != 1 || !q.rowUnderTenantParent(c, rows[0], target) {
			continue
		}
		if q.loopSetRows(set, stmt, block, anchor, byKey, rows[0], data, ref) || q.mintedSetRows(set, stmt, block, anchor, byKey, rows[0], data, ref) {
			return true
		}
	}
	return false
}

// createdBefore are the createMany calls on delegate that run before the
// write on every path to it: awaited statements of a block holding it in
// its own function, made on the write's client, or earlier elements of
// the batch transaction list it is an element of.
func (q *queryCheck) createdBefore(delegate string) []tsquery.Call {
	var out []tsquery.Call
	fn := enclosingFunction(q.call)
	for _, c := range tsquery.CallsIn(fn, func(d string) bool { return d == delegate }) {
		if c.Operation != "createMany" || c.Node.End() > q.call.Start() || !sameNode(enclosingFunction(c.Node), fn) || c.Node.Parent().Kind() != "await_expression" || !sameClient(c.Node, q.call) {
			continue
		}
		if stmt := c.Node.Parent().Parent(); stmt.Kind() == "expression_statement" && stmt.Parent().Kind() == "statement_block" && spans(stmt.Parent(), q.call) {
			out = append(out, c)
		}
	}
	list, ok := transactionList(q.call)
	if !ok {
		return out
	}
	for _, el := range namedNoComments(list) {
		if el.End() > q.call.Start() {
			break
		}
		el = uncast(el)
		calls := tsquery.CallsIn(el, func(d string) bool { return d == delegate })
		if len(calls) > 0 && sameNode(calls[0].Node, el) && calls[0].Operation == "createMany" {
			out = append(out, calls[0])
		}
	}
	return out
}

// statementIn is the statement of block that holds n, or nothing.
func statementIn(block, n tsparse.Node) tsparse.Node {
	for p := n; p.Valid(); p = p.Parent() {
		if sameNode(p.Parent(), block) {
			return p
		}
	}
	return tsparse.Node{}
}

// loopSetRows reports whether set, the Map's one set, is a statement of a
// `for (const folder of rows)` loop of block, between the Map and the
// createMany's statement anchor, setting `folder.<ref>`, and the
// createMany's data `rows.map((f) => ({ …, <ref>: m.get(f.<ref>) }))` of
// the same rows, whose elements' keys nothing writes: each key the Map
// holds is a row's, and the value it holds that row's id.
func (q *queryCheck) loopSetRows(set, stmt, block, anchor, byKey, row, data tsparse.Node, ref *prisma.Field) bool {
	loop := stmt.Parent()
	if loop.Kind() == "statement_block" {
		loop = loop.Parent()
	}
	if loop.Kind() != "for_in_statement" || !sameNode(loop.Parent(), block) || loop.Start() < byKeyDecl(byKey) || loop.End() > anchor.Start() || writes(loop.Field("body")) {
		return false
	}
	element := loop.Field("left").Text()
	list := constLoopSource(set, element)
	args := namedNoComments(set.Field("arguments"))
	if list == "" || len(args) != 2 || compact(uncast(args[0]).Text()) != element+"."+ref.Name() {
		return false
	}
	call, param, ok := mapCallback(row)
	if !ok || !sameNode(call, uncast(data)) || uncast(call.Field("function").Field("object")).Text() != list || !sameBinding(call, loop, list) {
		return false
	}
	got, ok := mapGetOf(q.givenPast(row, ref.Name()))
	if !ok || got.Text() != byKey.Text() || !sameBinding(got, byKey, byKey.Text()) {
		return false
	}
	key := namedNoComments(got.Parent().Parent().Field("arguments"))
	decl := patternConst(list, loop)
	return len(key) == 1 && compact(uncast(key[0]).Text()) == param.Text()+"."+ref.Name() && decl.Valid() && !listGrown(call, list) && !elementKeyWritten(decl, ref.Name(), "") && rowsKept(call, list)
}

// mintedSetRows reports whether set, the Map's one set, is a statement of
// the callback of `const rows = list.map((x) => { const id = …; m.set(k,
// id); return { …, id } })`, a statement of block between the Map and the
// createMany's statement anchor, whose data is that const, grown by
// nothing and whose elements' keys nothing writes: the callback returns,
// on its one return, the row it set the Map's value as the id of.
func (q *queryCheck) mintedSetRows(set, stmt, block, anchor, byKey, row, data tsparse.Node, ref *prisma.Field) bool {
	body := stmt.Parent()
	fn := body.Parent()
	call, _, ok := mapCallback(row)
	if !ok || body.Kind() != "statement_block" || !sameNode(fn, call.Field("arguments").NamedChildren()[0]) {
		return false
	}
	decl := statementIn(block, call)
	rowsName := uncast(data)
	if !decl.Valid() || decl.Start() < byKeyDecl(byKey) || decl.Start() > anchor.Start() || decl.Kind() != "lexical_declaration" || rowsName.Kind() != "identifier" && rowsName.Kind() != "shorthand_property_identifier" {
		return false
	}
	made, ok := constBefore(rowsName.Text(), anchor)
	if !ok || !sameNode(uncast(made), call) {
		return false
	}
	// One return, the body's last statement, returning the row: a throw
	// between the set and it fails the whole map.
	statements := namedNoComments(body)
	last := statements[len(statements)-1]
	returns := 0
	anyNode(body, func(n tsparse.Node) bool {
		if n.Kind() == "return_statement" && sameNode(enclosingFunction(n), fn) {
			returns++
		}
		return false
	})
	if returns != 1 || last.Kind() != "return_statement" || !sameNode(uncast(firstNamed(last)), row) {
		return false
	}
	args := namedNoComments(set.Field("arguments"))
	if len(args) != 2 || uncast(args[1]).Kind() != "identifier" {
		return false
	}
	id := uncast(args[1]).Text()
	minted, ok := constBefore(id, set)
	if !ok || !sameNode(enclosingFunction(minted), fn) {
		return false
	}
	given := q.givenPast(row, ref.Name())
	if given.Kind() != "identifier" && given.Kind() != "shorthand_property_identifier" || given.Text() != id || !sameBinding(given, set, id) {
		return false
	}
	return !listGrown(anchor, rowsName.Text()) && !elementKeyWritten(made.Parent(), ref.Name(), "") && rowsKept(anchor, rowsName.Text())
}

// rowsKept reports whether the list name, where at stands, still holds
// every row whose id the Map was given, each with that id: a row dropped
// (`rows.length = 0`, through another name too) or given another id by a
// function it is handed to (`renumber(rows)`, `for (const r of rows)
// renumber(r)`, `renumber(rows[0])`) leaves a value in the Map that no
// row the createMany makes holds, and it may be another tenant's key.
// listGrown sees rows added; here every use of the list must read it,
// and an element taken from it be read only by its fields.
func rowsKept(at tsparse.Node, name string) bool {
	outer, _ := functionChain(at)
	before := func(n tsparse.Node) bool { return mayRunBefore(n, at, outer) && !spans(at, n) }
	uses := listReading{scope: outer, exits: enclosingFunction(at), before: before, handed: func(tsparse.Node, int) bool { return true }}
	own := func(n tsparse.Node) bool { return n.Text() == name && sameBinding(n, at, name) }
	if uses.unread(own, 0) {
		return false
	}
	return !outer.AnyOfKind([]string{"identifier"}, func(n tsparse.Node) bool {
		if !own(n) || !before(n) {
			return false
		}
		p := n.Parent()
		switch {
		case p.Kind() == "subscript_expression" && sameNode(p.Field("object"), n):
			// An element: read only by a field of it.
			return !fieldReadOnly(p)
		case p.Kind() == "for_in_statement" && sameNode(p.Field("right"), n):
			x := p.Field("left")
			return x.Kind() != "identifier" && x.Kind() != "object_pattern" || x.Kind() == "identifier" && elementHandedOut(p.Field("body"), x.Text())
		case p.Kind() == "member_expression" && sameNode(p.Field("object"), n) && p.Parent().Kind() == "call_expression":
			for _, cb := range namedNoComments(p.Parent().Field("arguments")) {
				cb = uncast(cb)
				if !functionKinds[cb.Kind()] {
					continue
				}
				if param, count := firstParam(cb); count > 0 && param.Kind() == "identifier" && elementHandedOut(cb.Field("body"), param.Text()) {
					return true
				}
			}
		}
		return false
	})
}

// elementHandedOut reports whether body uses the element name other than
// by reading a field of it or spreading it into a copy: handed to a
// call, given another name, returned, or a method of it called.
func elementHandedOut(body tsparse.Node, name string) bool {
	return anyNode(body, func(c tsparse.Node) bool {
		if c.Kind() == "shorthand_property_identifier" && c.Text() == name {
			return true // `{ row }` gives it on inside an object
		}
		if c.Kind() != "identifier" || c.Text() != name {
			return false
		}
		if c.Parent().Kind() == "spread_element" {
			return false
		}
		return !fieldReadOnly(c)
	})
}

// fieldReadOnly reports whether n, an element, is only read by a field of
// it (`row.id`, `row.parent.id`), not a method of it called.
func fieldReadOnly(n tsparse.Node) bool {
	m := n.Parent()
	if m.Kind() != "member_expression" || !sameNode(m.Field("object"), n) {
		return false
	}
	call := m.Parent()
	return call.Kind() != "call_expression" || !sameNode(call.Field("function"), m)
}

// byKeyDecl is where the Map byKey names is declared.
func byKeyDecl(byKey tsparse.Node) int {
	held, ok := constBefore(byKey.Text(), byKey)
	if !ok {
		return 1 << 62
	}
	return held.End()
}
