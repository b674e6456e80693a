package rules

import (
	"fmt"
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// In an object literal the last entry of a name wins: `{ organizationId,
// ...filter }` sends whatever organizationId filter holds, if it holds
// one, and `{ organizationId, ...(all ? { organizationId: undefined } :
// {}) }` none at all for everyone. An entry followed by a spread that may
// hold its name counts for no more than what that spread may put there.

// unlessReplaced caps v, the verdict of entry e of the object literal obj,
// by what a later entry of obj may replace it with: a spread the rule
// cannot read may replace anything, so e is then unseen at best; a branch
// of a spread the rule reads that holds e's name is judged in its place;
// a later entry of e's own name (`{ ...scoped, organizationId: undefined
// }`, a getter) replaces it outright and is judged on its own. A spread
// is judged entry by entry.
func (q *queryCheck) unlessReplaced(obj, e tsparse.Node, v verdict, m *prisma.Model, depth int) verdict {
	later, named, unread := q.followers(obj, e)
	if unread {
		return min(v, unseen)
	}
	if e.Kind() != "spread_element" {
		if slices.ContainsFunc(entryNames(e), func(n string) bool { return named[n] }) {
			return unconstrained
		}
		if len(later) == 0 {
			return v
		}
		return q.replacedByAll(later, entryNames(e), v, m, depth)
	}
	if len(later) == 0 && len(named) == 0 {
		return v
	}
	return min(v, q.spreadCapped(firstNamed(e), later, named, m, depth))
}

// followers reads the entries of the object literal obj after its entry
// e: the spreads (uncast), the names the other entries set (a key, each
// name a computed key may take, a getter's or method's name), and
// whether one of them may set a name the rule cannot read (a spread it
// cannot read, a computed key it cannot name).
func (q *queryCheck) followers(obj, e tsparse.Node) (later []tsparse.Node, named map[string]bool, unread bool) {
	named = map[string]bool{}
	after := false
	for _, s := range namedNoComments(obj) {
		if after {
			switch {
			case s.Kind() == "spread_element":
				x := uncast(firstNamed(s))
				if !q.readable(x, 0) {
					return nil, nil, true
				}
				later = append(later, x)
			case unreadKey(s):
				return nil, nil, true
			default:
				for _, n := range setNames(s) {
					named[n] = true
				}
			}
		}
		after = after || s == e
	}
	return later, named, false
}

// setNames are the names entry e of an object literal sets, a getter's,
// setter's or method's among them; none for a spread.
func setNames(e tsparse.Node) []string {
	if e.Kind() == "method_definition" {
		if n := keyName(e.Field("name")); n != "" {
			return []string{n}
		}
		if ns, ok := keyChoices(firstNamed(e.Field("name")), 0); ok {
			return ns
		}
		return nil
	}
	return entryNames(e)
}

// spreadCapped is what spreading x leaves of the where once later (the
// spreads after it, uncast) and named (the names the entries after it
// set) have replaced what they replace; constrained when nothing caps
// it. An object literal counts for its best entry so left, a choice
// between such for the weakest; any other spread the rule reads, a
// scope helper's object, is unseen once something follows it.
func (q *queryCheck) spreadCapped(x tsparse.Node, later []tsparse.Node, named map[string]bool, m *prisma.Model, depth int) verdict {
	if depth > 16 {
		return unseen
	}
	x = uncast(x)
	switch x.Kind() {
	case "null", "undefined", "true", "false", "string", "number":
		return constrained
	case "identifier":
		if x.Text() == "undefined" {
			return constrained
		}
		if c, ok := q.asWritten(x); ok {
			return q.spreadCapped(c, later, named, m, depth+1)
		}
	case "ternary_expression":
		return min(q.spreadCapped(x.Field("consequence"), later, named, m, depth+1), q.spreadCapped(x.Field("alternative"), later, named, m, depth+1))
	case "binary_expression":
		switch x.Field("operator").Text() {
		case "&&":
			return q.spreadCapped(x.Field("right"), later, named, m, depth+1)
		case "||", "??":
			return min(q.spreadCapped(x.Field("left"), later, named, m, depth+1), q.spreadCapped(x.Field("right"), later, named, m, depth+1))
		}
	case "object":
		capped := unconstrained
		for _, e2 := range namedNoComments(x) {
			l2, n2, unread := q.followers(x, e2)
			if unread {
				capped = better(capped, unseen)
				continue
			}
			l2 = append(l2, later...)
			for n := range named {
				n2[n] = true
			}
			var ev verdict
			switch e2.Kind() {
			case "pair":
				ev = q.pairEntry(e2, m, depth+1)
			case "shorthand_property_identifier":
				ev = q.entry(e2.Text(), e2, m, depth+1)
			case "spread_element":
				capped = better(capped, min(q.spread(firstNamed(e2), m, depth+2), q.spreadCapped(firstNamed(e2), l2, n2, m, depth+1)))
				continue
			default:
				continue
			}
			if slices.ContainsFunc(entryNames(e2), func(n string) bool { return n2[n] }) {
				continue
			}
			capped = better(capped, q.replacedByAll(l2, entryNames(e2), ev, m, depth))
		}
		return capped
	case "call_expression":
		// A scope helper's object (`...this.candidateWhere(id), id`)
		// keeps its verdict when no later entry or spread may name one
		// of its keys.
		if entries, _, ok := q.scopeHelperWhere(x); ok && !slices.ContainsFunc(entries, func(e scopeEntry) bool {
			return e.key == "" && (len(named) > 0 || len(later) > 0) || named[e.key] || slices.ContainsFunc(later, func(l tsparse.Node) bool { return q.mayHoldKey(l, e.key, 0) })
		}) {
			return constrained
		}
	}
	if len(later) == 0 && len(named) == 0 {
		return constrained
	}
	return unseen
}

// entryNames are the names entry e of an object literal may set: its key,
// or each a computed key may evaluate to; none for a spread.
func entryNames(e tsparse.Node) []string {
	switch e.Kind() {
	case "shorthand_property_identifier":
		return []string{e.Text()}
	case "pair":
		k := e.Field("key")
		if k.Kind() != "computed_property_name" {
			return []string{keyName(k)}
		}
		if ns, ok := keyChoices(firstNamed(k), 0); ok {
			return ns
		}
	}
	return nil
}

// unreadKey reports whether e is an entry whose computed key the rule
// cannot read (`[field]: value`): it may set any name.
func unreadKey(e tsparse.Node) bool {
	k := e.Field("key")
	if e.Kind() == "method_definition" {
		k = e.Field("name")
	} else if e.Kind() != "pair" {
		return false
	}
	if k.Kind() != "computed_property_name" {
		return false
	}
	_, ok := keyChoices(firstNamed(k), 0)
	return !ok
}

// replacedByAll caps v, an entry's verdict, by each spread in later that
// may replace one of its names.
func (q *queryCheck) replacedByAll(later []tsparse.Node, names []string, v verdict, m *prisma.Model, depth int) verdict {
	for _, x := range later {
		for _, name := range names {
			v = min(v, q.replacedBy(x, name, v, m, depth+1))
		}
	}
	return v
}

// readable reports whether the rule reads the spread of x: an object
// literal, a choice between such, or a const naming one.
func (q *queryCheck) readable(x tsparse.Node, depth int) bool {
	if depth > 8 {
		return false
	}
	switch x.Kind() {
	case "object", "null", "undefined", "true", "false":
		return true
	case "ternary_expression":
		return q.readable(uncast(x.Field("consequence")), depth+1) && q.readable(uncast(x.Field("alternative")), depth+1)
	case "binary_expression":
		switch x.Field("operator").Text() {
		case "&&":
			return q.readable(uncast(x.Field("right")), depth+1)
		case "||", "??":
			return q.readable(uncast(x.Field("left")), depth+1) && q.readable(uncast(x.Field("right")), depth+1)
		}
	case "identifier":
		if x.Text() == "undefined" {
			return true
		}
		if v, ok := q.asWritten(x); ok {
			return q.readable(uncast(v), depth+1)
		}
	}
	return false
}

// replacedBy is what the spread of x leaves of an entry name judged v:
// v where x holds no such entry, the verdict of x's own where it does,
// the weakest over a choice, unseen where the rule cannot read x.
func (q *queryCheck) replacedBy(x tsparse.Node, name string, v verdict, m *prisma.Model, depth int) verdict {
	if depth > 16 {
		return unseen
	}
	switch x.Kind() {
	case "object":
		r := v
		for _, e := range namedNoComments(x) {
			if e.Kind() == "spread_element" {
				r = q.replacedBy(uncast(firstNamed(e)), name, r, m, depth+1)
				continue
			}
			if k, val, ok := property(e); !ok || k == "" {
				r = min(r, unseen)
			} else if k == name {
				r = q.entry(k, val, m, depth)
			}
		}
		return r
	case "null", "undefined", "true", "false":
		return v
	case "ternary_expression":
		return min(q.replacedBy(uncast(x.Field("consequence")), name, v, m, depth+1), q.replacedBy(uncast(x.Field("alternative")), name, v, m, depth+1))
	case "binary_expression":
		switch x.Field("operator").Text() {
		case "&&":
			return min(v, q.replacedBy(uncast(x.Field("right")), name, v, m, depth+1))
		case "||", "??":
			return min(q.replacedBy(uncast(x.Field("left")), name, v, m, depth+1), q.replacedBy(uncast(x.Field("right")), name, v, m, depth+1))
		}
	case "identifier":
		if x.Text() == "undefined" {
			return v
		}
		if c, ok := q.asWritten(x); ok {
			return q.replacedByAssigned(x, c, name, q.replacedBy(uncast(c), name, v, m, depth+1), m, depth)
		}
	}
	return min(v, unseen)
}

// hiddenBySpread explains a where of c the rule cannot see because a
// spread it cannot read follows an entry that filters by the tenant:
// `{ organizationId, ...filter }`. ok is false for any other where.
func (q *queryCheck) hiddenBySpread(c tsquery.Call, what string) (string, []Related, bool) {
	m := q.delegates[c.Delegate]
	args, ok := q.argsObject(c)
	if !ok {
		return "", nil, false
	}
	var where tsparse.Node
	for _, e := range namedNoComments(args) {
		if k, v, ok := property(e); ok && k == "where" {
			where, ok = q.objectOf(v, 0)
			if !ok {
				return "", nil, false
			}
		}
	}
	if !where.Valid() {
		return "", nil, false
	}
	entries := namedNoComments(where)
	for i, e := range entries {
		var key string
		var v verdict
		switch e.Kind() {
		case "pair":
			key, v = keyName(e.Field("key")), q.pairEntry(e, m, 0)
		case "shorthand_property_identifier":
			key, v = e.Text(), q.entry(e.Text(), e, m, 0)
		case "spread_element":
			key, v = compact(e.Text()), q.spread(firstNamed(e), m, 1)
		default:
			continue
		}
		if v < maybeUndefined || key == "" {
			continue
		}
		for _, s := range entries[i+1:] {
			if s.Kind() == "spread_element" && !q.readable(uncast(firstNamed(s)), 0) {
				return fmt.Sprintf("cannot see the where of %s: a spread after %q may replace it; put the spread before %q", what, key, key),
					[]Related{{Range: s.Range(), Message: "the spread"}}, true
			}
			if unreadKey(s) {
				return fmt.Sprintf("cannot see the where of %s: a computed key after %q may be %q too; put it before %q", what, key, key, key),
					[]Related{{Range: s.Range(), Message: "the computed key"}}, true
			}
		}
	}
	return "", nil, false
}
