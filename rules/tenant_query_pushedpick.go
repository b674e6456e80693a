package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A key picked from a list the function filled with proven rows (blinko's
// note tags, note.ts):
//
//	let newTags = [];
//	const handleAddTags = async (tree, parentTag) => {
//	  for (const i of tree) {
//	    let hasTag = await prisma.tag.findFirst({ where: { name: i.name, accountId } });
//	    if (!hasTag) hasTag = await prisma.tag.create({ data: { name: i.name, accountId } });
//	    …
//	    newTags.push(hasTag);
//	  }
//	};
//	…
//	const tagId = newTags.find((t) => t.name == name)?.id;
//	await prisma.tagsToNote.create({ data: { noteId: note.id, tagId } });
//
// The list, declared empty and never assigned again (a let included), is
// only pushed rows whose keys a proof accepts where they are pushed, and
// otherwise only read by callbacks that do not write or hand on their
// element; nothing in the function writes an element's key. Every element
// is then the tenant's row, whenever the pushes run, and so is the one
// find picks. When find picks nothing, `?.` gives undefined: a where that
// need not be unique drops it (every tenant's rows), so that is accepted
// only for a unique where or a create's link, which fails or links
// nothing.

// pickedPushedRow reports whether value names a const holding the key
// idName of a row of target picked by find from such a list.
func (q *queryCheck) pickedPushedRow(value string, target *prisma.Model, idName string) bool {
	if q.proofs >= 2 || len(splitRowPath(value)) != 1 {
		return false
	}
	v, ok := constBefore(value, q.call)
	if !ok || v.Kind() != "member_expression" || v.Field("property").Text() != idName {
		return false
	}
	picked := v.Field("object")
	for picked.Kind() == "non_null_expression" || picked.Kind() == "parenthesized_expression" {
		picked = firstNamed(picked)
	}
	fn := picked.Field("function")
	if picked.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("object").Kind() != "identifier" {
		return false
	}
	switch fn.Field("property").Text() {
	case "find", "findLast":
	default:
		return false
	}
	if optionalChain(v) && !uniqueWhere(q.call) && !slices.Contains(tsquery.Creates, q.call.Field("function").Field("property").Text()) {
		return false
	}
	list := fn.Field("object").Text()
	init, ok := constBefore(list, q.call)
	if !ok {
		init, ok = letBefore(list, q.call)
	}
	if !ok || init.Kind() != "array" || len(namedNoComments(init)) != 0 {
		return false
	}
	decl := init.Parent()
	scope := enclosingFunction(decl)
	text := string(scope.Tree().Src[scope.Start():scope.End()])
	if assignedAnywhere(scope, list) || fieldWritten(text, idName) || objectAssignCall.MatchString(text) || fieldSetCall.MatchString(text) || idFieldAssigned(scope, scope.Start(), scope.End(), idName) {
		return false
	}
	var pushes [][2]tsparse.Node
	ok = true
	scope.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.Kind() == "shorthand_property_identifier" && n.Text() == list {
			ok = false // handed out in an object
			return false
		}
		if n.Kind() != "identifier" || n.Text() != list || sameNode(n, decl.Field("name")) {
			return true
		}
		p := n.Parent()
		if p.Kind() != "member_expression" || !sameNode(p.Field("object"), n) {
			ok = false
			return false
		}
		arg, reads := listMemberUse(p)
		if !arg.Valid() {
			ok = reads
			return ok
		}
		if row := uncast(arg); row.Kind() == "identifier" {
			pushes = append(pushes, [2]tsparse.Node{p.Parent(), row})
			return true
		}
		ok = false
		return false
	})
	if !ok || len(pushes) == 0 {
		return false
	}
	return q.pushedRowsProven(pushes, target, idName)
}

// fieldSetCall matches a call that may set a named field of an object.
var fieldSetCall = lazyregexp.New(`\b(?:Reflect\s*\.\s*(?:set|defineProperty)|Object\s*\.\s*definePropert(?:y|ies))\s*\(`)

// idFieldAssigned reports whether an assignment in root, between the
// offsets from and to, may write the field idName of an object in the
// forms fieldWritten's text match misses: `row["id"] = x`, `row[k] = x`,
// or a member in a destructuring target (`({ id: row.id } = other)`).
func idFieldAssigned(root tsparse.Node, from, to int, idName string) bool {
	target := func(n tsparse.Node) bool {
		n = uncast(n)
		switch n.Kind() {
		case "member_expression":
			return n.Field("property").Text() == idName
		case "subscript_expression":
			idx := uncast(n.Field("index"))
			return idx.Kind() == "string" && stringValue(idx) == idName || idx.Kind() != "string" && idx.Kind() != "number"
		}
		return false
	}
	return anyNode(root, func(n tsparse.Node) bool {
		if n.Start() < from || n.End() > to {
			return false
		}
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			left := uncast(n.Field("left"))
			if left.Kind() == "object_pattern" || left.Kind() == "array_pattern" {
				return anyNode(left, target)
			}
			return target(left)
		case "update_expression":
			return target(n.Field("argument"))
		}
		return false
	})
}
