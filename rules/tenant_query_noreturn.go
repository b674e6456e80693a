package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// nextNeverReturns are the functions of "next/navigation" that end the
// request by throwing (their type is never): a statement calling one leaves
// its block as a throw does.
var nextNeverReturns = map[string]bool{
	"notFound": true, "redirect": true, "permanentRedirect": true, "forbidden": true, "unauthorized": true,
}

// neverReturns reports whether the statement s is a call that never
// returns: one of nextNeverReturns imported from "next/navigation" (by
// name, renamed, or through `import * as nav`), or Node's process.exit().
// The name must be bound by that import, not by a declaration or a
// parameter around the call: a notFound of the app's own may return.
func neverReturns(s tsparse.Node) bool {
	if s.Kind() != "expression_statement" {
		return false
	}
	call := firstNamed(s)
	if call.Kind() == "await_expression" {
		call = firstNamed(call)
	}
	if call.Kind() != "call_expression" {
		return false
	}
	fn := call.Field("function")
	switch fn.Kind() {
	case "identifier":
		name, module := importOf(fn, fn.Text())
		return module == "next/navigation" && nextNeverReturns[name] && !declaredAround(fn, fn.Text())
	case "member_expression":
		obj, prop := fn.Field("object"), fn.Field("property").Text()
		if obj.Kind() != "identifier" || declaredAround(fn, obj.Text()) {
			return false
		}
		name, module := importOf(fn, obj.Text())
		if obj.Text() == "process" && prop == "exit" {
			// The global, or Node's own module under its name.
			return module == "" || module == "process" || module == "node:process"
		}
		return module == "next/navigation" && name == "*" && nextNeverReturns[prop]
	}
	return false
}

// importOf is what an import statement of the file binds local to: the
// module, and the name imported ("default", or "*" for `* as local`);
// module is "" when no import binds local.
func importOf(at tsparse.Node, local string) (name, module string) {
	if !at.Valid() {
		return "", ""
	}
	for _, b := range fileImports(at.Tree()) {
		if b.local == local {
			return b.name, b.module
		}
	}
	return "", ""
}

// importBinding is one name an import statement binds: local, to name of
// module.
type importBinding struct{ local, name, module string }

type fileImportsKey struct{}

// fileImports lists, in source order, the names the file's import
// statements bind (type-only ones left out), read once per file.
func fileImports(tree *tsparse.Tree) []importBinding {
	return tree.Memo(fileImportsKey{}, func() any {
		var out []importBinding
		for _, st := range tree.Root().NamedChildren() {
			if st.Kind() != "import_statement" || typeOnly(st) {
				continue
			}
			src := strings.Trim(st.Field("source").Text(), `"'`)
			for _, clause := range st.NamedChildren() {
				if clause.Kind() != "import_clause" {
					continue
				}
				for _, b := range clause.NamedChildren() {
					switch b.Kind() {
					case "identifier":
						out = append(out, importBinding{b.Text(), "default", src})
					case "namespace_import":
						out = append(out, importBinding{firstNamed(b).Text(), "*", src})
					case "named_imports":
						for _, spec := range b.NamedChildren() {
							if spec.Kind() != "import_specifier" || typeOnly(spec) {
								continue
							}
							imported, as := spec.Field("name"), spec.Field("alias")
							if !as.Valid() {
								as = imported
							}
							out = append(out, importBinding{as.Text(), strings.Trim(imported.Text(), `"'`), src})
						}
					}
				}
			}
		}
		return out
	}).([]importBinding)
}

// typeOnly reports whether an import statement or specifier is `import
// type`: it binds no value.
func typeOnly(n tsparse.Node) bool {
	for _, c := range n.Children() {
		if c.Kind() == "type" || c.Kind() == "typeof" {
			return true
		}
		if c.Named() {
			break
		}
	}
	return false
}

// declaredAround reports whether name is declared by something around at
// that hides an import or a global: a parameter of a function at is in, or
// a declaration among the statements of a block at is in (const, let, var,
// function, class, a catch or loop variable).
func declaredAround(at tsparse.Node, name string) bool {
	for n := at; n.Valid(); n = n.Parent() {
		p := n.Parent()
		if !p.Valid() {
			return false
		}
		if scopeBinds(p, name, true) {
			return true
		}
	}
	return false
}

// scopeBinds reports whether the scope node p binds name: a parameter of a
// function, a catch or loop variable, or a declaration among the statements
// of a block (of the module too, when withProgram).
func scopeBinds(p tsparse.Node, name string, withProgram bool) bool {
	switch {
	case functionKinds[p.Kind()]:
		return bindsName(p.Field("parameters"), name) || bindsName(p.Field("parameter"), name)
	case p.Kind() == "catch_clause":
		return bindsName(p.Field("parameter"), name)
	case p.Kind() == "for_in_statement" || p.Kind() == "for_statement":
		return bindsName(p.Field("left"), name) || bindsName(p.Field("initializer"), name)
	case p.Kind() == "statement_block" || p.Kind() == "switch_case" || p.Kind() == "switch_default" || withProgram && p.Kind() == "program":
		for _, st := range p.NamedChildren() {
			if statementDeclares(st, name) {
				return true
			}
		}
	}
	return false
}

// declarationOf is what the statement st of a block declares: the
// declaration an export statement holds (`export function f`), or st.
func declarationOf(st tsparse.Node) tsparse.Node {
	if st.Kind() == "export_statement" {
		return st.Field("declaration")
	}
	return st
}

// statementDeclares reports whether the statement st declares name in its block.
func statementDeclares(st tsparse.Node, name string) bool {
	st = declarationOf(st)
	switch st.Kind() {
	case "lexical_declaration", "variable_declaration":
		for _, d := range st.NamedChildren() {
			if d.Kind() == "variable_declarator" && bindsName(d.Field("name"), name) {
				return true
			}
		}
	case "function_declaration", "generator_function_declaration", "class_declaration":
		return bindingName(st.Field("name")) == name
	}
	return false
}

// bindingName is the name the identifier n binds: `assert\u0043ustomer`
// binds assertCustomer, and hides an import of that name as plainly
// spelt one does, so a binding is compared by the name JavaScript reads.
func bindingName(n tsparse.Node) string { return unescapeKey(n.Text()) }

// bindsTarget is bindsName for a target inside a pattern: in an
// assignment's pattern a member is written too (`({ id: row.id } =
// other)`, `[row.id] = [id]` change row), as its root's.
func bindsTarget(n tsparse.Node, name string) bool {
	if k := uncast(n).Kind(); k == "member_expression" || k == "subscript_expression" {
		return bindsName(writtenRoot(n), name)
	}
	return bindsName(n, name)
}

// bindsName reports whether the pattern n (an identifier, a destructuring,
// a parameter list) binds name. A default value's expression is not a
// binding: only the left of `= …` is read.
func bindsName(n tsparse.Node, name string) bool {
	if !n.Valid() {
		return false
	}
	switch n.Kind() {
	case "identifier", "shorthand_property_identifier_pattern":
		return bindingName(n) == name
	case "assignment_pattern", "object_assignment_pattern":
		return bindsTarget(n.Field("left"), name)
	case "pair_pattern":
		return bindsTarget(n.Field("value"), name)
	case "required_parameter", "optional_parameter":
		return bindsName(n.Field("pattern"), name)
	case "formal_parameters", "object_pattern", "array_pattern", "rest_pattern":
		for _, c := range n.NamedChildren() {
			if bindsTarget(c, name) {
				return true
			}
		}
	case "lexical_declaration", "variable_declaration":
		return statementDeclares(n, name)
	}
	return false
}
