package rules

import (
	"fmt"
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A const names an object, not a value: after `const where = { teamId }`
// the function can still `delete where.teamId`, set `where.teamId =
// undefined`, replace `args.where`, or hand `where` to a function that
// changes it (`Object.assign(where, input)`). The literal is then not what
// the query sends, and judging it would pass a leak as scoped. A const is
// read through its literal only when every other use of its name in the
// function leaves the object as written, or only adds an entry it does not
// have (`where.status = s` narrows a where: Prisma ANDs every entry);
// otherwise its where is one the rule cannot see.

// asWritten is constValue for a const whose object reaches its uses as
// its declaration wrote it.
func (q *queryCheck) asWritten(id tsparse.Node) (tsparse.Node, bool) {
	v, ok := constValue(id)
	if !ok {
		return tsparse.Node{}, false
	}
	decl := v.Parent()
	if decl.Kind() != "variable_declarator" || !q.usesLeave(enclosingFunction(decl), decl.Field("name"), uncast(v), 0) {
		return tsparse.Node{}, false
	}
	return v, true
}

type usesKey struct{ name, lit tsparse.Node }

// usesLeave reports whether every use in scope of the binding declared by
// name leaves lit, the object it holds, as written.
func (q *queryCheck) usesLeave(scope, name, lit tsparse.Node, depth int) bool {
	if name.Kind() != "identifier" || depth > 8 {
		return false
	}
	return name.Tree().Memo(usesKey{name, lit}, func() any {
		text := name.Text()
		src := name.Tree().Src
		leaves := true
		scope.Walk(func(n tsparse.Node) bool {
			if !leaves {
				return false
			}
			if k := n.Kind(); (k == "identifier" || k == "shorthand_property_identifier") && n != name &&
				n.End()-n.Start() == len(text) && string(src[n.Start():n.End()]) == text {
				leaves = q.leavesAsWritten(n, lit, depth)
			}
			return true
		})
		return leaves
	}).(bool)
}

// unseenWhere is the message for a where of c the rule cannot see, what
// naming the call: when it is a const object changed after it is built,
// where it changes.
func (q *queryCheck) unseenWhere(c tsquery.Call, what string) (string, []Related) {
	if msg, related, ok := q.hiddenBySpread(c, what); ok {
		return msg, related
	}
	if msg, related, ok := q.whereReplaced(c, what); ok {
		return msg, related
	}
	if msg, related, ok := q.filterSpreadHint(c, what); ok {
		return msg, related
	}
	if len(c.Args) > 0 {
		n := uncast(c.Args[0])
		if n.Kind() == "object" {
			n = tsparse.Node{}
			for _, e := range namedNoComments(uncast(c.Args[0])) {
				if k, v, ok := property(e); ok && k == "where" {
					n = uncast(v)
				}
			}
		}
		if k := n.Kind(); k == "identifier" || k == "shorthand_property_identifier" {
			if v, ok := constValue(n); ok && v.Parent().Kind() == "variable_declarator" {
				decl := v.Parent()
				if at, changed := q.firstChange(enclosingFunction(decl), decl.Field("name"), uncast(v)); changed {
					return fmt.Sprintf("cannot see the where of %s: %q may change after it is built; only add entries to it, or build it whole in one const object", what, n.Text()),
						[]Related{{Range: at.Range(), Message: "where it may change"}}
				}
			}
		}
	}
	return fmt.Sprintf("cannot see the where of %s; build it as a const object in this function", what), nil
}

// firstChange is the first use in scope of the binding name that may
// change lit, the object it holds.
func (q *queryCheck) firstChange(scope, name, lit tsparse.Node) (tsparse.Node, bool) {
	text := name.Text()
	var at tsparse.Node
	scope.Walk(func(n tsparse.Node) bool {
		if at.Valid() {
			return false
		}
		if k := n.Kind(); (k == "identifier" || k == "shorthand_property_identifier") && n != name && n.Text() == text && !q.leavesAsWritten(n, lit, 0) {
			at = n
		}
		return true
	})
	return at, at.Valid()
}

// wrapperOf is n's parent when that only casts or parenthesizes n.
func wrapperOf(n tsparse.Node) (tsparse.Node, bool) {
	p := n.Parent()
	switch p.Kind() {
	case "as_expression", "satisfies_expression", "parenthesized_expression", "non_null_expression":
		return p, firstNamed(p) == n
	}
	return p, false
}

// leavesAsWritten reports whether use, an occurrence of the const's name,
// leaves lit, the object it names, as written.
func (q *queryCheck) leavesAsWritten(use, lit tsparse.Node, depth int) bool {
	p := use.Parent()
	switch p.Kind() {
	case "member_expression":
		if p.Field("object") == use {
			return q.memberLeaves(p, lit)
		}
	case "type_query":
		return true
	case "variable_declarator":
		// Another binding of the name, in a nested function: its uses
		// are judged with this one's, which only errs towards unseen.
		if p.Field("name") == use {
			return true
		}
	case "required_parameter", "optional_parameter":
		if p.Field("pattern") == use {
			return true
		}
	case "arrow_function":
		if p.Field("parameter") == use {
			return true
		}
	case "for_in_statement":
		if p.Field("left") == use {
			return true
		}
	case "catch_clause":
		if p.Field("parameter") == use {
			return true
		}
	case "assignment_expression":
		// Binding the name to another object leaves this one alone.
		if p.Field("left") == use {
			return true
		}
	}
	return q.flowsSafely(use, lit, depth)
}

// isOperation holds the names of the Prisma operations the rule reads,
// the creates too: a create reads its data as an update does, and does
// not change it (`const data = {…}; create({ data })` is as written).
var isOperation = func() map[string]bool {
	m := map[string]bool{}
	for _, o := range append(slices.Clone(tsquery.Creates), tsquery.Operations...) {
		m[o] = true
	}
	return m
}()

// prismaCall reports whether n is `<receiver>.<delegate>.<operation>(…)`
// on one of the schema's models: Prisma reads its arguments and does not
// change them.
func (q *queryCheck) prismaCall(n tsparse.Node) bool {
	fn := n.Field("function")
	if n.Kind() != "call_expression" || fn.Kind() != "member_expression" || !isOperation[fn.Field("property").Text()] {
		return false
	}
	del := fn.Field("object")
	return del.Kind() == "member_expression" && q.delegates[del.Field("property").Text()] != nil
}

// memberLeaves judges `x.k…`, first the member expression on x. An entry
// k the literal does not have can be added, changed or removed at will:
// the literal's own entries still hold, and Prisma ANDs every entry, so it
// only narrows. One it has may be given another value when no proof reads
// it (`where.status = s`); when the literal pins the tenant (pinnedKey),
// so may any entry but those that name a row, which proofs of ids read.
// Otherwise an entry may only be read where its value is compared or
// tested; anything else may change what the query sends.
func (q *queryCheck) memberLeaves(first, lit tsparse.Node) bool {
	if prop := first.Field("property"); prop.Kind() == "property_identifier" {
		if newEntry(lit, prop.Text()) {
			return true
		}
		if q.pinnedKey(lit) != "" && !q.identifying(prop.Text()) {
			return true
		}
		if up := first.Parent(); up.Kind() == "assignment_expression" && up.Field("left") == first && q.plainEntry(prop.Text()) {
			return true
		}
	}
	if q.nestedLeaves(first, lit) {
		return true
	}
	top := first
	for {
		p, ok := wrapperOf(top)
		if ok {
			top = p
			continue
		}
		if p.Kind() == "member_expression" && p.Field("object") == top {
			top = p
			continue
		}
		break
	}
	up := top.Parent()
	switch up.Kind() {
	case "binary_expression":
		switch up.Field("operator").Text() {
		case "&&", "||", "??":
			return up.Field("left") == top && testedOnly(up)
		}
		return true
	case "unary_expression":
		return up.Field("operator").Text() != "delete"
	case "template_substitution":
		return true
	}
	return testedOnly(top)
}

// pinnedKey is the tenant field when lit sets it, the one tenant field
// configured, to a value that filters, and no spread after it may undo
// it: `{ organizationId, assetId }`. Prisma ANDs every entry of a where
// or a relation filter, so whatever becomes of the others, the rows are
// the tenant's. "" otherwise.
func (q *queryCheck) pinnedKey(lit tsparse.Node) string {
	if len(q.fields) != 1 || lit.Kind() != "object" {
		return ""
	}
	t := q.fields[0]
	pinned := false
	for _, e := range namedNoComments(lit) {
		if e.Kind() == "spread_element" {
			pinned = false
			continue
		}
		if k, v, ok := property(e); ok && k == t {
			pinned = tenantValue(v, 0) == constrained
		}
	}
	if !pinned {
		return ""
	}
	return t
}

// identifying reports whether key may name a row or its tenant: a tenant
// field or a key to a tenant, an id, a unique or foreign key, a credential,
// on any model. Proofs read such entries of a where as the ids it found.
func (q *queryCheck) identifying(key string) bool {
	if slices.Contains(q.tenantNames, key) || slices.Contains(q.fields, key) || credentialField(key) {
		return true
	}
	for _, m := range q.delegates {
		f := m.Field(key)
		if f == nil {
			continue
		}
		if q.isTenantField(m, key) || tenantForeignKey(q.t, m, key) {
			return true
		}
		for _, ix := range m.AllIndexes() {
			if ix.Kind != prisma.IndexID && ix.Kind != prisma.IndexUnique {
				continue
			}
			for _, c := range ix.Fields {
				if c.Field == f {
					return true
				}
			}
		}
		for _, r := range m.Fields {
			if r.Relation != nil && slices.Contains(r.Relation.Fields(), f) {
				return true
			}
		}
	}
	return false
}

// plainEntry reports whether key names, on every model that has it, a
// plain scalar or enum field: not a tenant field or a key to a tenant, not a
// foreign key, not unique or part of a unique key, not a credential. No
// proof reads such an entry, so its value does not decide a verdict.
func (q *queryCheck) plainEntry(key string) bool {
	if q.identifying(key) {
		return false
	}
	found := false
	for _, m := range q.delegates {
		if f := m.Field(key); f != nil {
			if f.Kind != prisma.ScalarField && f.Kind != prisma.EnumField {
				return false
			}
			found = true
		}
	}
	return found
}

// testedOnly reports whether n's value is only tested: the condition of
// an if, a loop or a choice.
func testedOnly(n tsparse.Node) bool {
	p := n.Parent()
	switch p.Kind() {
	case "if_statement", "while_statement", "do_statement":
		return p.Field("condition") == n
	case "parenthesized_expression":
		switch p.Parent().Kind() {
		case "if_statement", "while_statement", "do_statement":
			return true
		}
		return testedOnly(p)
	case "ternary_expression":
		return p.Field("condition") == n
	case "unary_expression":
		return p.Field("operator").Text() == "!"
	case "binary_expression":
		switch p.Field("operator").Text() {
		case "&&", "||", "??":
			return p.Field("left") == n && testedOnly(p)
		}
		return true
	}
	return false
}

// newEntry reports whether lit is an object literal that holds no entry
// named key, neither its own nor in a spread the rule reads. A spread it
// cannot read (`...params.where`) never made the where scoped, so what
// it holds under key does not matter.
func newEntry(lit tsparse.Node, key string) bool {
	return lit.Kind() == "object" && !holdsKey(lit, key, 0)
}

// holdsKey reports whether the object literal obj, or a spread in it the
// rule reads, has an entry named key; a computed key may be any.
func holdsKey(obj tsparse.Node, key string, depth int) bool {
	if depth > 8 {
		return true
	}
	for _, e := range namedNoComments(obj) {
		if e.Kind() == "spread_element" {
			if spreadHolds(uncast(firstNamed(e)), key, depth+1) {
				return true
			}
			continue
		}
		if k, _, ok := property(e); !ok || k == key || k == "" {
			return true
		}
	}
	return false
}

// spreadHolds is holdsKey for the spread of x: an object literal, one of
// several, or a const naming one.
func spreadHolds(x tsparse.Node, key string, depth int) bool {
	if depth > 8 {
		return true
	}
	switch x.Kind() {
	case "object":
		return holdsKey(x, key, depth+1)
	case "ternary_expression":
		return spreadHolds(uncast(x.Field("consequence")), key, depth+1) || spreadHolds(uncast(x.Field("alternative")), key, depth+1)
	case "binary_expression":
		return spreadHolds(uncast(x.Field("left")), key, depth+1) || spreadHolds(uncast(x.Field("right")), key, depth+1)
	case "identifier":
		if v, ok := constValue(x); ok {
			return spreadHolds(uncast(v), key, depth+1)
		}
	}
	return false
}

// flowsSafely follows the object x names where the expression use hands
// it. It is left as written when it only reaches the arguments of Prisma
// calls (directly or inside their argument object); when it is copied
// (a spread, Object.assign's source) and holds no object of its own to
// share; when Object.assign adds entries to it that keep it as written;
// when another name, or a parameter of a function of the file it is
// handed to, takes it and its uses leave it as written; and when it is
// only tested or compared. Anywhere else it may change.
func (q *queryCheck) flowsSafely(use, lit tsparse.Node, depth int) bool {
	n := use
	for range 64 {
		p := n.Parent()
		switch p.Kind() {
		case "as_expression", "satisfies_expression", "parenthesized_expression", "non_null_expression":
			if firstNamed(p) != n {
				return false
			}
			if p.Kind() == "parenthesized_expression" && testedOnly(n) {
				return true
			}
		case "spread_element":
			if n == use && shallow(lit) {
				return true
			}
		case "array", "object":
		case "pair":
			if p.Field("value") != n {
				return false
			}
		case "ternary_expression":
			if p.Field("condition") == n {
				return true
			}
		case "binary_expression":
			switch p.Field("operator").Text() {
			case "&&", "||", "??":
			default:
				return true
			}
		case "unary_expression":
			return p.Field("operator").Text() != "delete"
		case "arguments":
			return q.handedSafely(p.Parent(), n, n == use, lit, depth)
		case "variable_declarator":
			return p.Field("value") == n && q.usesLeave(enclosingFunction(p), p.Field("name"), lit, depth+1)
		case "assignment_expression":
			return p.Field("right") == n && q.usesLeave(enclosingFunction(p), p.Field("left"), lit, depth+1)
		case "if_statement", "while_statement", "do_statement":
			return true
		default:
			return false
		}
		n = p
	}
	return false
}

// handedSafely judges arg, an argument of call holding the object (itself
// when direct): a Prisma call reads it; Object.assign copies it, or adds
// entries to it that keep it as written; a function declared in the file
// leaves it when its parameter's uses do.
func (q *queryCheck) handedSafely(call, arg tsparse.Node, direct bool, lit tsparse.Node, depth int) bool {
	if q.prismaCall(call) || direct && onlyRead(call, arg) {
		return true
	}
	if !direct {
		return false
	}
	args := namedNoComments(call.Field("arguments"))
	i := slices.Index(args, arg)
	fn := call.Field("function")
	if fn.Kind() == "member_expression" && fn.Field("object").Text() == "Object" && fn.Field("property").Text() == "assign" {
		if i > 0 {
			return shallow(lit)
		}
		if call.Parent().Kind() != "expression_statement" {
			return false
		}
		for _, src := range args[1:] {
			src = uncast(src)
			if src.Kind() != "object" {
				return false
			}
			for _, e := range namedNoComments(src) {
				k, _, ok := property(e)
				if !ok || !newEntry(lit, k) && !q.plainEntry(k) && (q.pinnedKey(lit) == "" || q.identifying(k)) {
					return false
				}
			}
		}
		return true
	}
	if fn.Kind() != "identifier" {
		return false
	}
	decl, ok := functionNamed(call.Tree(), fn.Text())
	if !ok {
		return false
	}
	params := namedNoComments(decl.Field("parameters"))
	if i < 0 || i >= len(params) || params[i].Kind() != "required_parameter" && params[i].Kind() != "optional_parameter" {
		return false
	}
	return q.usesLeave(decl, params[i].Field("pattern"), lit, depth+1)
}

type functionsKey struct{}

// functionNamed finds the one function of the file declared under name:
// `function name(…)` or `const name = (…) => …`; false when there is none
// or more than one.
func functionNamed(tree *tsparse.Tree, name string) (tsparse.Node, bool) {
	byName := tree.Memo(functionsKey{}, func() any {
		found := map[string][]tsparse.Node{}
		tree.Walk(func(n tsparse.Node) bool {
			switch n.Kind() {
			case "function_declaration":
				found[n.Field("name").Text()] = append(found[n.Field("name").Text()], n)
			case "variable_declarator":
				if v := uncast(n.Field("value")); n.Field("name").Kind() == "identifier" && (v.Kind() == "arrow_function" || v.Kind() == "function_expression") {
					found[n.Field("name").Text()] = append(found[n.Field("name").Text()], v)
				}
			}
			return true
		})
		return found
	}).(map[string][]tsparse.Node)
	if fns := byName[name]; len(fns) == 1 {
		return fns[0], true
	}
	return tsparse.Node{}, false
}

// shallow reports whether lit is an object literal whose entries hold no
// object a copy would share with it: each value is a name or a property
// that no const of the function binds to an object, or a constant.
func shallow(lit tsparse.Node) bool {
	if lit.Kind() != "object" {
		return false
	}
	for _, e := range namedNoComments(lit) {
		_, v, ok := property(e)
		if !ok {
			return false
		}
		switch v = uncast(v); v.Kind() {
		case "identifier", "shorthand_property_identifier":
			if c, ok := constValue(v); ok {
				if k := uncast(c).Kind(); k == "object" || k == "array" {
					return false
				}
			}
		case "member_expression", "string", "number", "template_string", "true", "false", "null", "undefined":
		default:
			return false
		}
	}
	return true
}
