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
// at, is a parameter of fn that nothing changes (callerParam) and that fn
// names before the test only to read another property than first, the
// one leading to the list: `user.id` may be read, while
// `user.orgMemberships.push(…)`, `add(user)`, `user.reload()` or `const l =
// user.orgMemberships` may put in the list what the test then finds. With
// first "" (the parameter is the list) any earlier use refuses. Uses
// inside allowed (the test's own searches) are not counted.
func untouchedParamList(fn, root tsparse.Node, first string, at tsparse.Node, allowed []tsparse.Node) bool {
	if !fn.Valid() || !callerParam(fn, root) {
		return false
	}
	name := root.Text()
	return !anyNode(fn.Field("body"), func(n tsparse.Node) bool {
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != name || n.Start() >= at.Start() {
			return false
		}
		if spans(at, n) || slices.ContainsFunc(allowed, func(a tsparse.Node) bool { return spans(a, n) }) {
			return false
		}
		p := n.Parent()
		if first == "" || p.Kind() != "member_expression" || !sameNode(p.Field("object"), n) || p.Field("property").Text() == first {
			return true
		}
		// A method of the parameter has it as this.
		return p.Parent().Kind() == "call_expression" && sameNode(p.Parent().Field("function"), p)
	})
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
