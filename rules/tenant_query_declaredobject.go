package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// declaredObject reports whether c's receiver is a parameter whose type
// gives the model's client property a named type of its own, and the
// function that binds the parameter reads a property of that value that no
// Prisma model client has. stack-auth's dashboard has `function
// EditDialog(props: { team: ServerTeam, … })`, which calls
// `props.team.update(values)` and shows `props.team.displayName`: on a
// model client's type TypeScript refuses that read, so the type is an
// SDK's Team, and its update sends no query. Only a name (`ServerTeam`,
// `Sdk.Team`, `Team<T>`) counts as the type, not `any` or a type written
// out; only a read counts, not a call, which a package's extension may add
// as a model method. withoutRefused consults it, with the conditions it
// sets (a TypeScript file, no directive that silences type errors, no
// model extension in the code).
func declaredObject(c tsquery.Call) bool {
	recv := c.Receiver
	if recv.Kind() != "identifier" {
		return false
	}
	name := recv.Text()
	fn := enclosingFunction(c.Node)
	for ; fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		if paramBinds(fn, name) {
			break
		}
	}
	if !fn.Valid() || fn.Kind() == "program" || !namedPropertyType(fn, name, c.Delegate) || bindsAgain(fn, name) {
		return false
	}
	found := false
	fn.Walk(func(n tsparse.Node) bool {
		if found {
			return false
		}
		if n.Kind() != "member_expression" {
			return true
		}
		client, prop := n.Field("object"), n.Field("property")
		if client.Kind() != "member_expression" || prop.Kind() != "property_identifier" || delegateMember(prop.Text()) || calledHere(n) {
			return true
		}
		if o, d := client.Field("object"), client.Field("property"); o.Kind() != "identifier" || o.Text() != name || d.Text() != c.Delegate {
			return true
		}
		found = boundBy(n, fn, name)
		return !found
	})
	return found
}

// namedPropertyType reports whether fn has a plain parameter name typed as
// an object type whose property delegate has a named type.
func namedPropertyType(fn tsparse.Node, name, delegate string) bool {
	for _, p := range fn.Field("parameters").NamedChildren() {
		if p.Kind() != "required_parameter" || p.Field("pattern").Kind() != "identifier" || p.Field("pattern").Text() != name {
			continue
		}
		t := firstNamed(p.Field("type"))
		if t.Kind() != "object_type" {
			return false
		}
		for _, s := range t.NamedChildren() {
			if s.Kind() != "property_signature" || keyName(s.Field("name")) != delegate {
				continue
			}
			switch firstNamed(s.Field("type")).Kind() {
			case "type_identifier", "nested_type_identifier", "generic_type":
				return true
			}
			return false
		}
		return false
	}
	return false
}

// boundBy reports whether the name read at n is fn's parameter: no
// function between them has a parameter of the name.
func boundBy(n, fn tsparse.Node, name string) bool {
	for g := enclosingFunction(n); g.Valid() && (g.Start() != fn.Start() || g.End() != fn.End()); g = enclosingFunction(g) {
		if g.Kind() == "program" || paramBinds(g, name) {
			return false
		}
	}
	return true
}

// delegateMember reports whether a model client's type may have a
// property of the name: its operations, fields, MongoDB's raw ones, what
// every object has, and any name of the `$` or `_` kind Prisma keeps.
func delegateMember(name string) bool {
	if strings.HasPrefix(name, "$") || strings.HasPrefix(name, "_") {
		return true
	}
	return slices.Contains(tsquery.Operations, name) || slices.Contains(tsquery.Creates, name) || slices.Contains(delegateOthers, name)
}

var delegateOthers = []string{
	"fields", "findRaw", "aggregateRaw",
	"constructor", "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable",
}
