package tsparse

import (
	"slices"
	"sort"
)

// AnyOfKind reports whether found holds for n or a node below it whose
// kind is one of kinds, asking in source order and stopping at the first
// that holds: what a Walk testing each node's kind first answers, without
// visiting the nodes of other kinds. The first question about a kind lists
// the tree's nodes of that kind once; asking again, about any node of the
// tree, reads the list.
func (n Node) AnyOfKind(kinds []string, found func(Node) bool) bool {
	if n.t == nil {
		return false
	}
	last := n.t.nodes[n.i].last
	var rows []int32
	for _, k := range kinds {
		list := n.t.rowsOfKind(k)
		from := sort.Search(len(list), func(j int) bool { return list[j] >= n.i })
		to := sort.Search(len(list), func(j int) bool { return list[j] >= int32(last) })
		if len(kinds) == 1 {
			rows = list[from:to]
			break
		}
		rows = append(rows, list[from:to]...)
	}
	if len(kinds) > 1 {
		slices.Sort(rows)
	}
	for _, r := range rows {
		if found(Node{t: n.t, i: r}) {
			return true
		}
	}
	return false
}

// rowsOfKind are the rows of the table whose kind is kind, in order.
func (t *Tree) rowsOfKind(kind string) []int32 {
	if list, ok := t.byKind[kind]; ok {
		return list
	}
	if t.byKind == nil {
		t.byKind = map[string][]int32{}
	}
	list := []int32{}
	for i := range t.nodes {
		if t.lang.kind(t.nodes[i].symbol) == kind {
			list = append(list, int32(i))
		}
	}
	t.byKind[kind] = list
	return list
}
