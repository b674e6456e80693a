package tsparse

import (
	"slices"
	"testing"
)

// AnyOfKind must ask about the same nodes, in the same order, as a walk of
// the node that tests each kind: the rules swap one for the other.
func TestAnyOfKindAsksAsAWalk(t *testing.T) {
	src := []byte(`const a = f(1);
function g(x) {
  x.y = h(x);
  x.n += 1;
  return () => { x.z = k(x, (y) => y.w = 2); };
}
let b = a; b = g(b);
`)
	tree, err := Parse("k.ts", src)
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	for _, kinds := range [][]string{
		{"call_expression"},
		{"assignment_expression", "augmented_assignment_expression", "call_expression"},
		{"augmented_assignment_expression"},
		{"no_such_kind"},
	} {
		var roots []Node
		tree.Walk(func(n Node) bool { roots = append(roots, n); return true })
		for _, root := range roots {
			var walked, asked []int
			root.Walk(func(n Node) bool {
				if slices.Contains(kinds, n.Kind()) {
					walked = append(walked, n.Start(), n.End())
				}
				return true
			})
			if root.AnyOfKind(kinds, func(n Node) bool { asked = append(asked, n.Start(), n.End()); return false }) {
				t.Fatalf("%v under %s: found without a node that holds", kinds, root.Kind())
			}
			if !slices.Equal(walked, asked) {
				t.Fatalf("%v under %s at %d: walk %v, AnyOfKind %v", kinds, root.Kind(), root.Start(), walked, asked)
			}
			// It stops at the first node that holds.
			if len(walked) > 2 {
				n := 0
				if !root.AnyOfKind(kinds, func(Node) bool { n++; return n == 2 }) || n != 2 {
					t.Fatalf("%v under %s: did not stop at the second node", kinds, root.Kind())
				}
			}
		}
	}
	if (Node{}).AnyOfKind([]string{"call_expression"}, func(Node) bool { return true }) {
		t.Fatal("the zero node holds nothing")
	}
}
