package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// unseenRows is the name of the rows an earlier call returned whose where
// the rule cannot see, when val gives key (a key of target, idName) their
// ids (`id: { in: rows.map((r) => r.id) }`), the id of one of them
// (`row.id`), or of the row of a loop over them: the call is then as
// scoped as that where, which is for a human to judge, not an error of
// its own. "" otherwise.
func (q *queryCheck) unseenRows(target *prisma.Model, idName, key string, val tsparse.Node) string {
	if q.verifying || !q.call.Valid() {
		return ""
	}
	value, rows, ok := q.keyedBy(idName, key, val)
	if !ok {
		return ""
	}
	if rows == "" {
		if path := splitRowPath(value); len(path) == 2 && path[1] == idName {
			rows = loopSource(q.call, path[0])
		}
	}
	delegate := delegateName(target.Name)
	chain := map[[2]int]bool{}
	for fn := enclosingFunction(q.call); fn.Valid(); fn = enclosingFunction(fn) {
		chain[[2]int{fn.Start(), fn.End()}] = true
		if fn.Kind() == "program" {
			break
		}
	}
	for _, c := range q.lookups() {
		if c.Delegate != delegate || c.Node.End() > q.call.Start() {
			continue
		}
		if fn := enclosingFunction(c.Node); !chain[[2]int{fn.Start(), fn.End()}] || !visibleAt(c, q.call) {
			continue
		}
		name := boundName(c)
		switch {
		case name == "":
			continue
		case rows == name && c.Operation == "findMany":
		case rows == "" && (value == name+"."+idName || value == name+"!."+idName):
		default:
			continue
		}
		sub := *q
		sub.call, sub.verifying = c.Node, true
		if v, _ := sub.whereOfCall(c); v == unseen {
			return name
		}
	}
	return q.passedToUnseen(value, delegate, chain)
}
