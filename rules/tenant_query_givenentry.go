package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// givenEntry is the value the object literal obj gives the key name once
// built: the last entry of that name wins (`{ is: { organizationId },
// ...filter }` sends the is that filter holds, if it holds one). given
// reports whether obj writes an entry of that name at all; read is false
// when, after the last one, an entry may set the name in a way the rule
// cannot read: a spread that may hold it, a computed key that may take
// it among other names or that the rule cannot name, a getter or method
// of the name. val is the value read when given and read.
func (q *queryCheck) givenEntry(obj tsparse.Node, name string) (val tsparse.Node, given, read bool) {
	for _, e := range namedNoComments(obj) {
		switch e.Kind() {
		case "spread_element":
			if q.mayHoldKey(uncast(firstNamed(e)), name, 0) {
				val, read = tsparse.Node{}, false
			}
		case "pair", "shorthand_property_identifier":
			names := entryNames(e)
			switch {
			case names == nil:
				val, read = tsparse.Node{}, false
			case len(names) > 1 && slices.Contains(names, name):
				val, given, read = tsparse.Node{}, true, false
			case names[0] == name:
				v := e
				if e.Kind() == "pair" {
					v = e.Field("value")
				}
				val, given, read = v, true, true
			}
		case "method_definition":
			if names := setNames(e); names == nil || slices.Contains(names, name) {
				val, given, read = tsparse.Node{}, given || names != nil, false
			}
		}
	}
	return val, given, read && given
}
