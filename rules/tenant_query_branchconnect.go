package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// branchTestedUnique is branchTestedKey for a row a nested write links by
// its id only under a condition, checked in branches of earlier if
// statements each taken under a part of that condition (linkwarden's
// collection update):
//
//	if (data.parentId) {
//	  if (data.parentId !== "root") {
//	    const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
//	    if (parent?.ownerId !== userId || …) return { status: 403 };
//	  }
//	}
//	… parent: data.parentId && data.parentId !== "root" ? { connect: { id: data.parentId } } : …
//
// The connect is written only when every part of the `&&` holds; the
// parts read only names and literals that do not change from the first
// if on, so each if whose condition is one of the parts took its branch,
// and the innermost branch, a statement of the one around it, ran to its
// end (or the function left, and wrote nothing). What the rule proves at
// that end holds at the write. The outermost if is a statement of a block
// holding the write, before it; between them only blocks and callbacks
// made after it (never a hoisted function or a method). The choice is
// written in the write's own arguments, so it is made after the ifs.
func (l *links) branchTestedUnique(op, unique tsparse.Node, target *prisma.Model) bool {
	q := l.q
	obj := uncast(unique)
	pk := target.PrimaryKey
	if obj.Kind() != "object" || pk == nil || len(pk.Fields) != 1 || calledBeforeDeclared(q.call) || !spans(q.call, op) {
		return false
	}
	entries := namedNoComments(obj)
	if len(entries) != 1 {
		return false
	}
	key, val, ok := property(entries[0])
	if !ok || key != pk.Fields[0].Field.Name() || namePath(uncast(val)) == "" {
		return false
	}
	val = uncast(val)
	// The object holding the connect is the chosen side of a condition.
	chosen := op.Parent()
	for chosen.Parent().Kind() == "parenthesized_expression" {
		chosen = chosen.Parent()
	}
	choice := chosen.Parent()
	if chosen.Kind() != "object" && chosen.Kind() != "parenthesized_expression" || choice.Kind() != "ternary_expression" || !sameNode(choice.Field("consequence"), chosen) {
		return false
	}
	parts := map[string]bool{}
	paths := []string{namePath(val)}
	for _, c := range conjuncts(choice.Field("condition")) {
		p := stableCondition(c)
		if p == "" {
			return false
		}
		parts[compact(c.Text())] = true
		paths = append(paths, p)
	}
	for _, p := range paths {
		if !boundInFunction(val, p) {
			return false
		}
	}
	outer, _ := functionChain(q.call)
	for at := q.call; at.Valid() && !sameNode(at, outer); at = at.Parent() {
		block := at.Parent()
		if k := block.Kind(); functionKinds[k] && k != "arrow_function" && k != "function_expression" {
			return false
		}
		if block.Kind() != "statement_block" {
			continue
		}
		for _, st := range namedNoComments(block) {
			if st.End() > at.Start() {
				break
			}
			if l.testedBranch(st, parts, 0, func(end tsparse.Node) bool {
				// Read where the choice is made: a callback's parameter
				// there is another value than the if's.
				if !keptSince(val, end, st.Start(), paths) {
					return false
				}
				sub := *q
				sub.call = end
				return sub.verifiedEarlier(target, key, key, val)
			}) {
				return true
			}
		}
	}
	return false
}

// testedBranch reports whether proven holds at the end of the branch of
// the if statement st, each part of whose condition's `&&` is one of
// parts, or at the end of the branch of such an if that is a statement of
// that branch, in turn.
func (l *links) testedBranch(st tsparse.Node, parts map[string]bool, depth int, proven func(end tsparse.Node) bool) bool {
	if depth > 4 || st.Kind() != "if_statement" {
		return false
	}
	for _, c := range conjuncts(st.Field("condition")) {
		if !parts[compact(c.Text())] {
			return false
		}
	}
	body := st.Field("consequence")
	if end := closingBrace(body); !end.Valid() {
		return false
	} else if proven(end) {
		return true
	}
	for _, inner := range namedNoComments(body) {
		if l.testedBranch(inner, parts, depth+1, proven) {
			return true
		}
	}
	return false
}

// conjuncts splits cond on its top-level `&&`s.
func conjuncts(cond tsparse.Node) []tsparse.Node {
	cond = uncast(cond)
	if cond.Kind() == "binary_expression" && cond.Field("operator").Text() == "&&" {
		return append(conjuncts(cond.Field("left")), conjuncts(cond.Field("right"))...)
	}
	return []tsparse.Node{cond}
}

// stableCondition is the path a condition reads when its outcome depends
// on that path alone: the path itself, its negation, or the path compared
// with a string or number literal (`===`, `!==`, `==`, `!=`); "" for
// anything else.
func stableCondition(c tsparse.Node) string {
	c = uncast(c)
	if p := namePath(c); p != "" {
		return p
	}
	if c.Kind() == "unary_expression" && c.Field("operator").Text() == "!" {
		return namePath(uncast(c.Field("argument")))
	}
	if c.Kind() != "binary_expression" {
		return ""
	}
	switch c.Field("operator").Text() {
	case "===", "!==", "==", "!=":
	default:
		return ""
	}
	l, r := uncast(c.Field("left")), uncast(c.Field("right"))
	literal := func(n tsparse.Node) bool {
		return n.Kind() == "number" || n.Kind() == "string" && !strings.Contains(n.Text(), "\\")
	}
	switch {
	case namePath(l) != "" && literal(r):
		return namePath(l)
	case namePath(r) != "" && literal(l):
		return namePath(r)
	}
	return ""
}
