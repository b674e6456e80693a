package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// rowParameter reports whether receiver, the object of a hand-out place, is
// a parameter typed as a Prisma row (`Prisma.TeamMemberGetPayload<…>`)
// rather than a client: stack-auth's `function prismaToCrud(prisma:
// Prisma.TeamMemberGetPayload<{ include: … }>)` reads `prisma.projectUser`,
// a relation of the row. The parameter must be the name's binding where it
// is read (no function in between binds it), and nothing in its function
// declares or assigns the name again.
func rowParameter(receiver tsparse.Node) bool {
	if receiver.Kind() != "identifier" {
		return false
	}
	name := receiver.Text()
	// Only a parameter of the name typed as a row can make it one: when no
	// function around receiver has such a parameter (nearly every place),
	// the walks of whole functions below are left out.
	typed := false
	for fn := enclosingFunction(receiver); fn.Valid() && fn.Kind() != "program" && !typed; fn = enclosingFunction(fn) {
		typed = rowTyped(fn, name)
	}
	if !typed {
		return false
	}
	for fn := enclosingFunction(receiver); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		if !paramBinds(fn, name) {
			if bindsAgain(fn, name) {
				return false
			}
			continue
		}
		if bindsAgain(fn, name) {
			return false
		}
		return rowTyped(fn, name)
	}
	return false
}

// rowTyped reports whether the first plain parameter of fn named name is
// typed as a Prisma row (`Prisma.<Model>GetPayload<…>`).
func rowTyped(fn tsparse.Node, name string) bool {
	for _, p := range fn.Field("parameters").NamedChildren() {
		if p.Kind() != "required_parameter" || p.Field("pattern").Kind() != "identifier" || p.Field("pattern").Text() != name {
			continue
		}
		t := firstNamed(p.Field("type"))
		return t.Kind() == "generic_type" && strings.HasSuffix(t.Field("name").Text(), "GetPayload")
	}
	return false
}

// bindsAgain reports whether anything in fn, nested functions included,
// declares name or assigns to it.
func bindsAgain(fn tsparse.Node, name string) bool {
	found := false
	fn.Walk(func(n tsparse.Node) bool {
		if found {
			return false
		}
		switch n.Kind() {
		case "variable_declarator":
			found = bindsName(n.Field("name"), name)
		case "assignment_expression", "augmented_assignment_expression":
			l := n.Field("left")
			found = bindsName(uncast(l), name)
		case "function_declaration", "class_declaration":
			found = n.Field("name").Text() == name
		case "for_in_statement":
			found = bindsName(n.Field("left"), name)
		case "catch_clause":
			found = bindsName(n.Field("parameter"), name)
		}
		return !found
	})
	return found
}
