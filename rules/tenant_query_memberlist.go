package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A membership test (`user.orgMemberships.some((m) => m.organizationId ===
// row.organizationId)`) proves the row only when the list it searches is
// the caller's memberships as the caller was handed them. Any list holds
// the row's tenant if it was made from the row: the row's own
// organization's members (`row.organization.members`), the row itself
// (`[row]`), the memberships of the row's organization looked up by its
// id, or the user's list with the tenant added (`[...user.orgMemberships,
// { organizationId }]`, `user.orgMemberships.push(…)`). The rule cannot
// tell which list is the caller's, so it takes only a list read from a
// parameter of the function, unchanged until the test.

// callerList splits list, the object of a some or find, into the
// parameter it is read from and the first property of the path to it:
// `user.orgMemberships` is user and orgMemberships, `memberships` is
// memberships and "". ok is false for anything but a plain chain of
// property reads (no call, index or optional link) rooted at a name.
func callerList(list tsparse.Node) (root tsparse.Node, first string, ok bool) {
	list = uncast(list)
	for list.Kind() == "member_expression" {
		if optionalChain(list) || list.Field("property").Kind() != "property_identifier" {
			return tsparse.Node{}, "", false
		}
		first = list.Field("property").Text()
		list = uncast(list.Field("object"))
	}
	if list.Kind() != "identifier" {
		return tsparse.Node{}, "", false
	}
	return list, first, true
}

// untouchedParamList reports whether root, read at the membership test
// at, is a parameter of fn that nothing changes (callerParam) and that is
// not touched before the test (listTouchedBefore).
func untouchedParamList(fn, root tsparse.Node, first string, at tsparse.Node, allowed []tsparse.Node) bool {
	return fn.Valid() && callerParam(fn, root) && !listTouchedBefore(fn, root.Text(), first, at, allowed)
}

// listTouchedBefore reports whether scope names name before the test at
// otherwise than to declare it or to read another property than first,
// the one leading to the list: `user.id` may be read, while
// `user.orgMemberships.push(…)`, `add(user)`, `user.reload()`, `const l =
// user.orgMemberships` or `ids = [row.organizationId]` may put in the
// list what the test then finds. With first "" (the name is the list)
// any earlier use but its declaration counts. Uses inside allowed (the
// test's own searches) do not.
//
// In a loop, a use after the test runs before its next turn: any use in
// the outermost loop around the test (within scope) counts.
func listTouchedBefore(scope tsparse.Node, name, first string, at tsparse.Node, allowed []tsparse.Node) bool {
	var loop tsparse.Node
	for p := at.Parent(); p.Valid() && !sameNode(p, scope); p = p.Parent() {
		switch p.Kind() {
		case "for_statement", "for_in_statement", "while_statement", "do_statement":
			loop = p
		}
	}
	return anyNode(scope, func(n tsparse.Node) bool {
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != name || n.Start() >= at.Start() && !(loop.Valid() && spans(loop, n)) {
			return false
		}
		if spans(at, n) || slices.ContainsFunc(allowed, func(a tsparse.Node) bool { return spans(a, n) }) {
			return false
		}
		p := n.Parent()
		if bindingSite(n) && p.Kind() != "assignment_expression" && p.Kind() != "for_in_statement" {
			// Its declaration, or a parameter's.
			return false
		}
		if first == "" || p.Kind() != "member_expression" || !sameNode(p.Field("object"), n) || p.Field("property").Text() == first {
			return true
		}
		// A method of the name has it as this.
		return p.Parent().Kind() == "call_expression" && sameNode(p.Parent().Field("function"), p)
	})
}

// searchedListTouched reports whether the tenant values an includes or
// has at call searches, when they are a plain chain of a name
// (`orgIds`, `user.orgIds`), may have been added to before it
// (listTouchedBefore, in the scope binding the name): `allowed.add(…)`,
// `orgIds.push(…)`, `orgIds = [row.organizationId]`. A name bound nowhere
// the rule can see is refused.
func searchedListTouched(list, call tsparse.Node) bool {
	root, first, ok := callerList(list)
	if !ok {
		return false
	}
	scope, _ := bindingScope(root, root.Text(), -1)
	return !scope.Valid() || listTouchedBefore(scope, root.Text(), first, call, nil)
}

// listFromRow reports whether list, the tenant values an includes or has
// searches, may be made from the row named row: an array written out
// (`[doc.organizationId]`), or anything naming the row, directly or as
// the value of a const (`const ids = [doc.organizationId]`). Such a list
// holds the row's tenant whatever the row is.
func listFromRow(list tsparse.Node, row string) bool {
	list = uncast(list)
	if list.Kind() == "identifier" {
		if v, ok := constValue(list); ok {
			list = uncast(v)
		}
	}
	return list.Kind() == "array" || wordRegexp(row).MatchString(list.Text())
}
