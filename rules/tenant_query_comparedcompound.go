package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// comparedCompound reports whether val, given to key, a compound unique
// key of m (`accessId_groupId: { accessId, groupId }`), gives each of its
// fields the value an earlier lookup of m gave the same key, the row that
// lookup returned compared with the tenant before this call and the
// function leaving otherwise: `if (!membership ||
// membership.group.organizationId !== organizationId) throw …`, then a
// delete by that same key. A unique key names one row, so it names the
// compared one, as the row's id would (verifiedKey's compared lookup by
// one key). Each part must still hold, at the call, the binding and the
// value it had at the lookup: not reassigned, not set through its
// object, not hidden by a closer binding.
func (q *queryCheck) comparedCompound(m *prisma.Model, key string, val tsparse.Node, depth int) bool {
	ix := compoundUnique(m, key)
	obj, ok := q.objectOf(val, depth)
	if ix == nil || !ok || calledBeforeDeclared(q.call) {
		return false
	}
	parts, ok := compoundParts(obj, ix)
	if !ok {
		return false
	}
	for c := range q.earlierCalls(delegateName(m.Name)) {
		if !visibleAt(c, q.call) || !lookupRunsWith(c.Node, q.call) || !q.comparedBefore(c, q.call.Start()) {
			continue
		}
		whereObj, ok := q.whereObject(c)
		if !ok {
			continue
		}
		// A spread in the where may give the key another value.
		var looked tsparse.Node
		for _, e := range whereObj.NamedChildren() {
			switch {
			case e.Kind() == "spread_element":
				ok = false
			case e.Kind() == "pair" && keyName(e.Field("key")) == key:
				looked, _ = q.objectOf(e.Field("value"), 0)
			}
		}
		if !looked.Valid() || !ok {
			continue
		}
		if lookedParts, ok := compoundParts(looked, ix); !ok || len(lookedParts) != len(parts) {
			continue
		}
		same := true
		for part, value := range parts {
			if !hasID(looked, part, value, q.call) || !q.keptSinceLookup(c.Node, value) {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// compoundParts reads obj, the value of a compound unique key with the
// fields of ix, as the value each field is given (a name or a property
// chain, casts removed); false when obj holds anything else: a spread, a
// computed or repeated key, a field not in ix, a field missing, or a
// value of another kind.
func compoundParts(obj tsparse.Node, ix *prisma.Index) (map[string]string, bool) {
	fields := map[string]bool{}
	for _, f := range ix.Fields {
		fields[f.Path] = true
	}
	parts := map[string]string{}
	for _, e := range namedNoComments(obj) {
		part, v, ok := property(e)
		if !ok || !fields[part] || parts[part] != "" {
			return nil, false
		}
		value := part
		if e.Kind() == "pair" {
			if value = castFreePath(v); value == "" {
				return nil, false
			}
		}
		parts[part] = value
	}
	return parts, len(parts) == len(fields)
}

// keptSinceLookup reports whether value, a name or a property chain given
// to a key at the call and at lookup, still holds at the call what it held
// there: not hidden by a closer binding, reassigned, overwritten, set
// through its object's field, or handed to something that may change it.
func (q *queryCheck) keptSinceLookup(lookup tsparse.Node, value string) bool {
	path := splitRowPath(value)
	if len(path) == 0 || q.shadowedKey(value, "") || reassigned(q.call, path[0], lookup.Start()) || overwritten(q.call, value) || q.changedBetween(lookup, q.call, value) {
		return false
	}
	return len(path) < 2 || !keyFieldSet(q.call, path[len(path)-1])
}
