package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A row checked against the tenant proves its name only where that name
// still holds the row: `rows.map((doc) => …)`, `for (const doc of rows)`
// or `catch (doc)` after `const doc = await findFirst({ where: { id,
// teamId } })` bind doc to something else, and a query there by doc.id
// may name any tenant's row.

// hiddenBetween reports whether something between at and decl, the
// declarator binding name, binds name again: a parameter of a function at
// is in, a catch or loop variable, a declaration in a block around at.
func hiddenBetween(at, decl tsparse.Node, name string) bool {
	for p := at.Parent(); p.Valid() && !spans(p, decl); p = p.Parent() {
		if scopeBinds(p, name, false) {
			return true
		}
	}
	return false
}

// shadowedAt reports whether the name c's result is bound to is bound
// again between its declaration and at.
func shadowedAt(c tsquery.Call, at tsparse.Node) bool {
	name := boundName(c)
	if name == "" {
		return false
	}
	n := c.Node.Parent()
	for n.Valid() && n.Kind() != "variable_declarator" && n.Kind() != "assignment_expression" && !functionKinds[n.Kind()] {
		n = n.Parent()
	}
	return n.Kind() == "variable_declarator" && hiddenBetween(at, n, name)
}

// shadowedKey reports whether the name a key's value (or the rows given
// by name) starts with is, at the call, a parameter of a callback, a loop
// variable or a catch parameter hiding a binding of the same name made
// before it: `ids.map((id) => delete({ where: { id } }))` after a lookup of
// the outer id with the tenant. Proofs match names as written, so the
// outer id's proof would pass the callback's.
func (q *queryCheck) shadowedKey(value, rows string) bool {
	name := rows
	if name == "" {
		name = value
	}
	end := 0
	for end < len(name) && (name[end] == '_' || name[end] == '$' || name[end] >= 'a' && name[end] <= 'z' || name[end] >= 'A' && name[end] <= 'Z' || end > 0 && name[end] >= '0' && name[end] <= '9') {
		end++
	}
	if end == 0 {
		return false
	}
	inner, byStatement := bindingScope(q.call, name[:end], -1)
	if !inner.Valid() || byStatement {
		return false
	}
	outer, _ := bindingScope(inner, name[:end], inner.Start())
	return outer.Valid()
}

// shadowedAtValue is shadowedKey where the key is read: val, the key's
// own expression, stands where its name is bound apart from the name the
// proofs read at the call, by a callback's parameter, a loop variable, a
// catch parameter or a block's declaration: `given.map((action) => ({
// actionId: action.id }))`, within the call or built before it, beside a
// proven `const action`, reads each element's id.
func (q *queryCheck) shadowedAtValue(value, rows string, val tsparse.Node) bool {
	name := rows
	if name == "" {
		name = value
	}
	if !val.Valid() || !q.call.Valid() || val.Tree() != q.call.Tree() || !spans(enclosingFunction(q.call), val) {
		return false
	}
	// Only a name the call sees bound too: a callback's own element
	// (`ids.map((tagId) => ({ id: tagId }))`) hides nothing, and the
	// proofs of mapped lists read it as such.
	root := splitRowPath(name)
	if len(root) == 0 {
		return false
	}
	head := strings.TrimRight(root[0], "!?")
	if at, _ := bindingScope(q.call, head, -1); !at.Valid() {
		return false
	}
	return !sameBinding(val, q.call, head)
}

// bindingScope is the nearest node above at that binds name: a function
// by its parameters, a catch clause, a loop, or a block declaring it
// (byStatement). With before >= 0, a block's declaration counts only when
// its statement ends before that offset: one holding the scope looked
// from is not yet made when that scope runs.
func bindingScope(at tsparse.Node, name string, before int) (scope tsparse.Node, byStatement bool) {
	for p := at.Parent(); p.Valid(); p = p.Parent() {
		switch {
		case functionKinds[p.Kind()]:
			if bindsName(p.Field("parameters"), name) || bindsName(p.Field("parameter"), name) {
				return p, false
			}
		case p.Kind() == "catch_clause":
			if bindsName(p.Field("parameter"), name) {
				return p, false
			}
		case p.Kind() == "for_in_statement" || p.Kind() == "for_statement":
			if bindsName(p.Field("left"), name) || bindsName(p.Field("initializer"), name) {
				return p, false
			}
		case p.Kind() == "statement_block" || p.Kind() == "program" || p.Kind() == "switch_case" || p.Kind() == "switch_default":
			for _, st := range p.NamedChildren() {
				if statementDeclares(st, name) && (before < 0 || st.End() <= before) {
					return p, true
				}
			}
		}
	}
	return tsparse.Node{}, false
}

// sameBinding reports whether the name value starts with is the same
// binding at a as at b: `const id = ids[i]` in a loop's block is not the
// id an earlier lookup outside it checked.
func sameBinding(a, b tsparse.Node, value string) bool {
	end := 0
	for end < len(value) && (value[end] == '_' || value[end] == '$' || value[end] >= 'a' && value[end] <= 'z' || value[end] >= 'A' && value[end] <= 'Z' || end > 0 && value[end] >= '0' && value[end] <= '9') {
		end++
	}
	if end == 0 {
		return true
	}
	sa, _ := bindingScope(a, value[:end], -1)
	sb, _ := bindingScope(b, value[:end], -1)
	return sa == sb
}

// sourceHeld reports whether src, the list the row (or list) name was
// read from where name is bound (`for (const b of program.bounties)`,
// `const bounty = program.bounties[0]`), names at at the list it named
// there: nothing between name's binding and at binds src's root again.
// Proofs find src's rows by its text at at; a const program in the loop's
// body is another program, whose bounties the row is not among.
func sourceHeld(at tsparse.Node, name, src string) bool {
	root := splitRowPath(src)
	scope, _ := bindingScope(at, name, -1)
	if len(root) == 0 || !scope.Valid() {
		return true // not a name bound here: the proofs read it otherwise
	}
	return !hiddenBetween(at, scope, strings.TrimSuffix(root[0], "[]"))
}
