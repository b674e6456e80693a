package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A request body parsed into a `let` in one of two ways, then read
// (Chaindesk's upsertDatasource):
//
//	let data: DatasourceSchema;
//	if (file) { data = { ...(req.body as DatasourceSchema), type: "file" }; }
//	else { data = JSON.parse(rawBody) as DatasourceSchema; }
//	const datastore = await prisma.datastore.findUnique({ where: { id: data.datastoreId } });
//	if (datastore?.organizationId !== orgId) throw …;
//	… connect: { id: data.datastoreId }
//
// Every write to data comes before its first read, so from that read on it
// holds one value: the key the lookup read is the key the write reads.
// overwritten, which refuses a key whose object is assigned anywhere in the
// function, lets such writes pass.

// settledLet reports whether name, where at reads it, is a `let` (or
// `var`) of a block whose every write ends before its first read, none in
// a loop or a nested function (which may run it again after a read), and
// each giving a value built from the request, not a row: JSON.parse of
// anything, or an object literal that spreads only the function's
// parameters, with no await in either. The proofs that follow rows take a
// name to hold the row its binding gave, so a name a query, an await or an
// alias fills is never settled here.
func settledLet(at tsparse.Node, name string) bool {
	scope, byStatement := bindingScope(at, name, -1)
	if !byStatement || scope.Kind() == "program" {
		return false
	}
	var decl tsparse.Node
	for _, st := range scope.NamedChildren() {
		if statementDeclares(st, name) {
			decl = declarationOf(st)
			break
		}
	}
	if k := decl.Kind(); k != "lexical_declaration" && k != "variable_declaration" || strings.HasPrefix(decl.Text(), "const") {
		return false
	}
	fn := enclosingFunction(decl)
	if decl.Kind() == "variable_declaration" && !sameNode(scope, fn.Field("body")) {
		return false // a var in an inner block is the function's: writes outside the block are not walked
	}
	var writes []tsparse.Node // the values written, in order
	written := map[int]bool{} // the starts of the names written
	settled := true
	scope.Walk(func(n tsparse.Node) bool {
		if !settled {
			return false
		}
		switch n.Kind() {
		case "variable_declarator":
			if bindsName(n.Field("name"), name) {
				if n.Parent().Start() != decl.Start() || n.Field("name").Kind() != "identifier" {
					settled = false // declared again inside, or destructured
					return false
				}
				written[n.Field("name").Start()] = true
				if v := n.Field("value"); v.Valid() {
					writes = append(writes, v)
				}
			}
		case "assignment_expression":
			left := uncast(n.Field("left"))
			if left.Kind() == "identifier" && left.Text() == name && sameBinding(left, at, name) {
				written[left.Start()] = true
				writes = append(writes, n.Field("right"))
			} else if left.Kind() != "identifier" && left.Kind() != "member_expression" && left.Kind() != "subscript_expression" && bindsName(left, name) {
				settled = false
			}
		case "augmented_assignment_expression", "update_expression":
			target := n.Field("left")
			if n.Kind() == "update_expression" {
				target = n.Field("argument")
			}
			if t := uncast(target); t.Kind() == "identifier" && t.Text() == name {
				settled = false
			}
		case "for_in_statement":
			if !n.Field("kind").Valid() && bindsName(n.Field("left"), name) {
				settled = false
			}
		}
		return true
	})
	if !settled || len(writes) == 0 {
		return false
	}
	firstRead := -1
	scope.Walk(func(n tsparse.Node) bool {
		if firstRead >= 0 {
			return false
		}
		if k := n.Kind(); (k == "identifier" || k == "shorthand_property_identifier") && n.Text() == name && !written[n.Start()] && sameBinding(n, at, name) {
			firstRead = n.Start()
		}
		return true
	})
	for _, v := range writes {
		if firstRead >= 0 && v.End() > firstRead || !sameNode(enclosingFunction(v), fn) || inLoopWithin(v, scope) || !requestBuilt(v, fn) {
			return false
		}
	}
	return true
}

// inLoopWithin reports whether a loop inside scope holds n.
func inLoopWithin(n, scope tsparse.Node) bool {
	for p := n.Parent(); p.Valid() && !sameNode(p, scope); p = p.Parent() {
		switch p.Kind() {
		case "for_statement", "for_in_statement", "while_statement", "do_statement":
			return true
		}
	}
	return false
}

// requestBuilt reports whether v, a value given to a settled let, is
// built from what the request sent: `JSON.parse(…)`, or an object literal
// whose spreads are parts of fn's parameters, with no await anywhere in it.
func requestBuilt(v, fn tsparse.Node) bool {
	v = uncast(v)
	if v.AnyOfKind([]string{"await_expression"}, func(tsparse.Node) bool { return true }) {
		return false
	}
	switch v.Kind() {
	case "call_expression":
		return compact(v.Field("function").Text()) == "JSON.parse"
	case "object":
		for _, e := range namedNoComments(v) {
			if e.Kind() != "spread_element" {
				continue
			}
			root := writtenRoot(firstNamed(e))
			if root.Kind() != "identifier" || !bindsName(fn.Field("parameters"), root.Text()) {
				return false
			}
		}
		return true
	}
	return false
}
