package rules

import (
	"bytes"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// letCreated reports whether val is `row.<ref>` of a `let row` declared
// without a value whose every assignment, anywhere in the function that
// declares it, is `row = await <target>.create(…)` giving target's tenant
// field a value (cal.com's attribute handler assigns it in a try whose
// catch throws). Whatever row holds is then a row just made in the
// tenant, or nothing, and reading its key throws (letMadeInTenant).
func (q *queryCheck) letCreated(val tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	if val.Kind() != "member_expression" || val.Field("property").Text() != ref.Name() || val.Field("object").Kind() != "identifier" {
		return false
	}
	return q.letMadeInTenant(val.Field("object").Text(), ref.Name(), target)
}

// letCreatedKey is letCreated for a key a where reads where the call
// stands: value is `row.<idName>` (or `row!.<idName>`, never
// `row?.<idName>`, which is undefined when nothing was made, and a where
// drops) of such a let row (marble's import route: `let job; try { job =
// await db.importJob.create(…) } catch { return … }`, then `update({
// where: { id: job.id } })`).
func (q *queryCheck) letCreatedKey(value string, target *prisma.Model, idName string) bool {
	path := splitRowPath(value)
	if strings.Contains(value, "?.") || len(path) != 2 || path[1] != idName || strings.HasSuffix(path[0], "[]") {
		return false
	}
	return q.letMadeInTenant(path[0], idName, target)
}

// letMadeInTenant reports whether the let name, where the call stands, is
// only ever given an awaited create of target in its tenant
// (letOnlyAssigned, which also refuses a field of it assigned), and the
// row, once made, is handed to no call that may write its key (a helper
// of the file setting `row.id`, Object.assign).
func (q *queryCheck) letMadeInTenant(name, key string, target *prisma.Model) bool {
	delegate := delegateName(target.Name)
	var first tsparse.Node
	return letOnlyAssigned(q.call, name, func(tsparse.Node) bool { return false }, func(assign, right tsparse.Node) (bool, bool) {
		if !first.Valid() || assign.Start() < first.Start() {
			first = assign
		}
		// Unawaited, the let holds a promise, whose key is undefined.
		awaited := uncast(right).Kind() == "await_expression"
		right = uncastAwait(right)
		c, ok := exactCall(right, delegate)
		return awaited && ok && c.Operation == tsquery.Create && q.createsInTenant(c, target), true
	}) && !q.rowChangedBetween(first, []string{name, key})
}

// letOnlyAssigned reads the `let name` that at reaches, in the nearest
// function declaring it: one declaration, before at in a block holding
// at, without a value or with one init accepts; no parameter of that name
// in a function between, no pattern binding it again; and every write of
// it, anywhere in that function (callbacks and later writes included), a
// plain assignment `name = right` that assigned accepts. At least one
// assignment must count.
func letOnlyAssigned(at tsparse.Node, name string, init func(v tsparse.Node) bool, assigned func(assign, right tsparse.Node) (ok, counts bool)) bool {
	return letFieldsWritten(at, name, "", init, assigned)
}

// letValuesOnly is letOnlyAssigned whose let's value, when it has one,
// counts as an assignment when init says so (`let id = a ?? b`, read as
// `let id; id = a ?? b`).
func letValuesOnly(at tsparse.Node, name string, init func(v tsparse.Node) (ok, counts bool), assigned func(assign, right tsparse.Node) (ok, counts bool)) bool {
	return letWritten(at, name, "", init, assigned)
}

// letFieldsWritten is letOnlyAssigned letting the let's fields other than
// key be written too, `name.<field> = …` (plunk's event route sets
// `contact.data` before `update({ where: { id: contact.id } })`): the row
// the let holds keeps its key; so may they be deleted. A computed field
// (`name[k] = …`), which may be the key, and the key itself are still
// refused, written or deleted; so is any write when key is "".
func letFieldsWritten(at tsparse.Node, name, key string, init func(v tsparse.Node) bool, assigned func(assign, right tsparse.Node) (ok, counts bool)) bool {
	return letWritten(at, name, key, func(v tsparse.Node) (bool, bool) { return init(v), false }, assigned)
}

// letWritten is letFieldsWritten with an init that may count.
func letWritten(at tsparse.Node, name, key string, init func(v tsparse.Node) (ok, counts bool), assigned func(assign, right tsparse.Node) (ok, counts bool)) bool {
	for scope := enclosingFunction(at); scope.Valid() && scope.Kind() != "program"; scope = enclosingFunction(scope) {
		// A parameter of the same name, here or in a function between,
		// is another value.
		if bindsName(scope.Field("parameters"), name) || bindsName(scope.Field("parameter"), name) {
			return false
		}
		if text := at.Tree().Src[scope.Start():at.Start()]; declares(text, letKeyword, name, wordEnds(name)) {
			return onlyAssigned(scope, name, key, at, init, assigned)
		}
	}
	return false
}

// onlyAssigned is letOnlyAssigned's reading of scope, the function
// declaring name.
func onlyAssigned(scope tsparse.Node, name, key string, at tsparse.Node, init func(v tsparse.Node) (ok, counts bool), assigned func(assign, right tsparse.Node) (ok, counts bool)) bool {
	word := wordRegexp(name)
	decls, counted := 0, 0
	ok := true
	scope.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		// A function of its own whose parameter bears the name reads and
		// writes that parameter throughout, never the let (Interval's
		// `.then(async (transaction) => { … transaction = await … })`
		// beside its `let transaction`): its writes are not the let's.
		// Only when the judged key cannot be read in it: it stands apart
		// from at and reads no field of the name (`rows.map((row) => ({
		// rowId: row.id }))`, in the call or built before it, reads the
		// parameter's key, which the proof would take for the let's). A
		// declaration's own name still binds in the scope around it.
		if functionKinds[n.Kind()] && !sameNode(n, scope) && !spans(at, n) && !spans(n, at) && (bindsName(n.Field("parameters"), name) || bindsName(n.Field("parameter"), name)) && !readsFieldOf(n, name) {
			if n.Kind() == "function_declaration" || n.Kind() == "generator_function_declaration" {
				ok = bindingName(n.Field("name")) != name
			}
			return false
		}
		switch n.Kind() {
		case "variable_declarator":
			if n.Field("name").Kind() == "identifier" && bindingName(n.Field("name")) == name {
				decls++
				d := n.Parent()
				v := n.Field("value")
				ok = d.Kind() == "lexical_declaration" && bytes.HasPrefix(at.Tree().Src[d.Start():d.End()], []byte("let")) && n.End() < at.Start() && spans(d.Parent(), at)
				if ok && v.Valid() {
					var counts bool
					if ok, counts = init(v); counts {
						counted++
					}
				}
			} else if bindsName(n.Field("name"), name) {
				ok = false // a pattern binding it again
			}
		case "assignment_expression":
			// Names are read as JavaScript reads them: `c\u006fntact = …`
			// assigns contact.
			left := n.Field("left")
			if !word.MatchString(unescapeKey(left.Text())) {
				return true
			}
			if key != "" && fieldOtherThan(left, name, key) {
				return true
			}
			if left.Kind() != "identifier" || bindingName(left) != name {
				ok = false // `row.id = …`, or a destructuring
				return false
			}
			var counts bool
			ok, counts = assigned(n, n.Field("right"))
			if counts {
				counted++
			}
		case "augmented_assignment_expression", "update_expression":
			ok = !word.MatchString(unescapeKey(n.Text()))
		case "unary_expression":
			// `delete contact.id` leaves the key undefined, a filter
			// Prisma drops.
			arg := n.Field("argument")
			ok = n.Field("operator").Text() != "delete" || !word.MatchString(unescapeKey(arg.Text())) || key != "" && fieldOtherThan(arg, name, key)
		case "function_declaration", "generator_function_declaration", "class_declaration":
			// Declared in a block, it hides the let there: `{ function
			// contact() {} … contact.id }` reads the function's. The
			// function declaring the let may bear its name.
			ok = sameNode(n, scope) || bindingName(n.Field("name")) != name
		case "formal_parameters":
			ok = !bindsName(n, name) // a type may name it: `body: { event: string }`
		case "for_in_statement":
			ok = !word.MatchString(unescapeKey(n.Field("left").Text()))
		case "catch_clause":
			ok = !word.MatchString(unescapeKey(n.Field("parameter").Text()))
		case "arrow_function":
			ok = !bindsName(n.Field("parameter"), name)
		}
		return true
	})
	return ok && decls == 1 && counted > 0
}

// readsFieldOf reports whether fn names a field of name, `name.f`,
// `name!.f`, `name?.f` or `name[k]`, anywhere in it.
func readsFieldOf(fn tsparse.Node, name string) bool {
	return anyNode(fn, func(id tsparse.Node) bool {
		if id.Kind() != "identifier" || bindingName(id) != name {
			return false
		}
		p := id.Parent()
		for p.Kind() == "non_null_expression" || p.Kind() == "parenthesized_expression" || p.Kind() == "as_expression" || p.Kind() == "satisfies_expression" {
			p = p.Parent()
		}
		return p.Kind() == "member_expression" || p.Kind() == "subscript_expression"
	})
}

// fieldOtherThan reports whether left, an assignment's or a delete's
// target, is `name.<field>` for a field other than key, named plainly
// (`contact.i\u0064` names id).
func fieldOtherThan(left tsparse.Node, name, key string) bool {
	obj, prop := left.Field("object"), left.Field("property")
	return left.Kind() == "member_expression" && obj.Kind() == "identifier" && bindingName(obj) == name &&
		prop.Kind() == "property_identifier" && unescapeKey(prop.Text()) != key
}
