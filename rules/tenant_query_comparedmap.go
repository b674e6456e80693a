package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// mapRowsCompared reports whether c, a findMany whose rows a const holds,
// hands its rows only to a Map of them whose every row got back is
// compared with the tenant at once, the function leaving on a mismatch
// (tianji's shared module bindings):
//
//	const revisions = await prisma.sharedModuleRevision.findMany({ where: { id: { in: ids } }, select: { …, module: { select: { workspaceId: true } } } });
//	const revisionById = new Map(revisions.map((revision) => [revision.id, revision]));
//	for (const binding of bindings) {
//	  const revision = revisionById.get(binding.moduleRevisionId);
//	  if (!revision || revision.module.workspaceId !== workspaceId || …) throw …;
//	}
//
// Another tenant's row is read, but no use of it is reached: the rows'
// name is read only by the Map's `rows.map((r) => [key, r])` (a key that
// reads the row's fields only), the Map is a const read only with get,
// each get the value of a const whose next statement is an if comparing
// that row with the tenant (comparedFrom) that leaves on a mismatch
// without naming the row (an error message made of it hands it on).
func (q *queryCheck) mapRowsCompared(c tsquery.Call) bool {
	name := boundName(c)
	block := bindingBlock(c)
	if c.Operation != "findMany" || name == "" || !block.Valid() || !constDeclares(block, c.Node) {
		return false
	}
	fn := enclosingFunction(c.Node)
	if !strings.Contains(string(c.Node.Tree().Src[c.Node.End():fn.End()]), "new Map(") {
		return false
	}
	var maps []tsparse.Node
	ok := true
	fn.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.Kind() == "shorthand_property_identifier" && n.Text() == name && sameBinding(n, c.Node, name) {
			ok = false
		}
		if n.Kind() != "identifier" || n.Text() != name || n.End() <= c.Node.End() || !sameBinding(n, c.Node, name) {
			return true
		}
		m := rowsMapOf(n)
		ok = m.Valid()
		maps = append(maps, m)
		return ok
	})
	if !ok || len(maps) == 0 {
		return false
	}
	for _, m := range maps {
		if !q.mapGetsCompared(m) {
			return false
		}
	}
	return true
}

// rowsMapOf reads n, a use of a list of rows, as the list of `const m =
// new Map(n.map((r) => [key, r]))`, and gives m's name, or the zero Node.
func rowsMapOf(n tsparse.Node) tsparse.Node {
	member := n.Parent()
	mapCall := member.Parent()
	args := mapCall.Parent()
	ctor := args.Parent()
	if member.Kind() != "member_expression" || !sameNode(member.Field("object"), n) || mapCall.Kind() != "call_expression" || args.Kind() != "arguments" || ctor.Kind() != "new_expression" {
		return tsparse.Node{}
	}
	decl := ctor.Parent()
	if rowPairsSource(mapCall) != n.Text() || len(namedNoComments(args)) != 1 || decl.Kind() != "variable_declarator" || !sameNode(decl.Field("value"), ctor) || decl.Field("name").Kind() != "identifier" || ctor.Field("constructor").Text() != "Map" || !strings.HasPrefix(decl.Parent().Text(), "const") {
		return tsparse.Node{}
	}
	return decl.Field("name")
}

// mapGetsCompared reports whether every use of the Map declared by decl
// is a get held by a const that the next statement compares with the
// tenant, leaving on a mismatch.
func (q *queryCheck) mapGetsCompared(decl tsparse.Node) bool {
	name := decl.Text()
	ok := true
	found := false
	enclosingFunction(decl).Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.Kind() == "shorthand_property_identifier" && n.Text() == name && sameBinding(n, decl, name) {
			ok = false
		}
		if n.Kind() != "identifier" || n.Text() != name || sameNode(n, decl) || !sameBinding(n, decl, name) {
			return true
		}
		found = true
		ok = q.comparedGet(n)
		return ok
	})
	return ok && found
}

// comparedGet reads n as the Map of `const row = n.get(k)`, the statement
// after which is an if that compares row with the tenant and leaves when
// it differs.
func (q *queryCheck) comparedGet(n tsparse.Node) bool {
	member := n.Parent()
	get := member.Parent()
	decl := get.Parent()
	if member.Kind() != "member_expression" || !sameNode(member.Field("object"), n) || member.Field("property").Text() != "get" || get.Kind() != "call_expression" || !sameNode(get.Field("function"), member) || decl.Kind() != "variable_declarator" || !sameNode(decl.Field("value"), get) || decl.Field("name").Kind() != "identifier" {
		return false
	}
	st := decl.Parent()
	if st.Kind() != "lexical_declaration" || !constDeclaration(st) || len(namedNoComments(st)) != 1 {
		return false
	}
	var next tsparse.Node
	sts := namedNoComments(st.Parent())
	for i, s := range sts {
		if sameNode(s, st) && i+1 < len(sts) {
			next = sts[i+1]
		}
	}
	if next.Kind() != "if_statement" {
		return false
	}
	// The consequence has the other tenant's row in hand: a throw or a
	// log that names it hands it on.
	row := decl.Field("name").Text()
	if anyNode(next.Field("consequence"), func(n tsparse.Node) bool {
		return (n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier") && n.Text() == row
	}) {
		return false
	}
	return q.comparedFrom(get, row, next.Field("consequence").Start())
}
