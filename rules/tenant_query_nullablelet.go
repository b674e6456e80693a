package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// nullableLetKey reports whether bare, the value a write's data gives a
// key to target, is `p.<ref>` (or `p?.<ref>`) of a `let p` whose every
// value is nothing (null, undefined) or a path read from a row, `row.rel`,
// whose `row.rel.<ref>` the proofs accept where the call stands (briefer's
// restoreDocument: `let parent = doc.parent`, then `parent = null` when
// that parent is deleted). p then holds that row's linked row or nothing,
// which links nothing. The row must hold, from where p read it to the
// call (and on a loop's next turn), the value it had there, and p be
// only read or tested: not aliased or handed on (`Object.assign(p,
// body)`).
func (q *queryCheck) nullableLetKey(bare tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	if bare.Kind() != "member_expression" || bare.Field("property").Text() != ref.Name() || bare.Field("object").Kind() != "identifier" {
		return false
	}
	name := bare.Field("object").Text()
	var paths []tsparse.Node
	value := func(v tsparse.Node) bool {
		v = uncast(v)
		if linksNothing(v) {
			return true
		}
		if v.Kind() != "member_expression" || v.Field("property").Kind() != "property_identifier" {
			return false
		}
		paths = append(paths, v)
		return true
	}
	if !letOnlyAssigned(bare, name, value, func(_, right tsparse.Node) (bool, bool) { return value(right), true }) || len(paths) == 0 {
		return false
	}
	if outer, _ := functionChain(bare); !readOrTested(outer, name) {
		return false
	}
	for _, p := range paths {
		path := splitRowPath(p.Text())
		if len(path) < 2 {
			return false
		}
		if root := strings.TrimSuffix(path[0], "[]"); root == name || !sameBinding(p, q.call, root) || rowChangedAt(p, root, q.call.Start()) < q.call.Start() || reassigned(q.call, root, p.Start()) {
			return false
		}
		if !q.verifiedKey(target, ref.Name(), compact(p.Text())+"."+ref.Name(), "", tsparse.Node{}) {
			return false
		}
	}
	return true
}

// readOrTested reports whether every use of name in fn reads a property
// of it (`p.id`, `p?.status`) or tests it (`if (p)`, `while (p)`, `p &&
// …`, `!p`), besides its declaration and plain assignments: the object it
// holds is never aliased or handed on, where it might be changed unseen.
func readOrTested(fn tsparse.Node, name string) bool {
	return !anyNode(fn, func(n tsparse.Node) bool {
		if n.Kind() == "shorthand_property_identifier" {
			return n.Text() == name
		}
		if n.Kind() != "identifier" || n.Text() != name {
			return false
		}
		p := n.Parent()
		switch p.Kind() {
		case "member_expression":
			return !sameNode(p.Field("object"), n)
		case "variable_declarator":
			return !sameNode(p.Field("name"), n)
		case "assignment_expression":
			return !sameNode(p.Field("left"), n)
		case "unary_expression":
			return p.Field("operator").Text() != "!"
		case "binary_expression":
			op := p.Field("operator").Text()
			return op != "&&" && op != "||"
		case "parenthesized_expression":
			k := p.Parent().Kind()
			return k != "if_statement" && k != "while_statement" && k != "do_statement"
		case "ternary_expression":
			return !sameNode(p.Field("condition"), n)
		}
		return true
	})
}
