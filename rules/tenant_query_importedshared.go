package rules

import (
	"path/filepath"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A value every request shares may live in another file: `export let
// currentOrg` set by a middleware and imported where it is read (an ES
// module's import is a live view of the exporter's binding), a static
// field of an imported class (`RequestContext.orgId`), or a getter
// imported from the module that holds the let (`getOrg()`). Read after
// an await, each may be another request's tenant, as its local twin is
// (sharedRead).

// tenantValue is tenantValue for the value given to a tenant key of the
// where q judges, with the values shared through another file
// (importedShared) unconstrained too.
func (q *queryCheck) tenantValue(val tsparse.Node) verdict {
	if id := uncast(val); id.Kind() == "identifier" || id.Kind() == "shorthand_property_identifier" {
		// `organizationId: notMine` with `const notMine = { not: orgId
		// }`: a filter built apart is judged as written, and not at all
		// when the function may change it (`f.mode = "insensitive"`
		// widens a filter where a new entry narrows a where).
		if decl, lit := whereLiteral(id); decl.Valid() {
			assigned, readable := whereAssignments(decl, id.Text())
			if _, ok := q.asWritten(id); !ok || !readable || len(assigned) > 0 {
				return unconstrained
			}
			return q.tenantValue(lit)
		}
		// `const v = cond ? orgId : { not: orgId }`: a value that may be
		// a filter of every other tenant is one, under any name.
		if c, ok := constValue(id); ok && tenantValue(uncast(c), 1) == unconstrained {
			return unconstrained
		}
	}
	v := tenantValue(val, 0)
	if v == constrained && sharedRead(val, q.importedShared) != "" {
		return unconstrained
	}
	return v
}

// importedShared is the shared value v reads from the file it is
// imported from, "" when none or when that file cannot be read: an
// imported let or var (`currentOrg`), a static field that is not
// readonly of an imported class (`RequestContext.orgId`), or an imported
// function without parameters whose every return gives a let or var of
// its module (`getOrg()`).
func (q *queryCheck) importedShared(v tsparse.Node) string {
	switch v.Kind() {
	case "identifier", "shorthand_property_identifier":
		if q.importedDeclaration(v, v.Text(), func(root, _ tsparse.Node, local string) bool { return moduleMutable(root, local) }) {
			return v.Text()
		}
	case "member_expression":
		class, field := v.Field("object"), v.Field("property")
		if class.Kind() != "identifier" || field.Kind() != "property_identifier" {
			return ""
		}
		if q.importedDeclaration(v, class.Text(), func(_, decl tsparse.Node, _ string) bool {
			return (decl.Kind() == "class_declaration" || decl.Kind() == "abstract_class_declaration") && staticMutable(decl, field.Text())
		}) {
			return compact(v.Text())
		}
	case "call_expression":
		name := ""
		if v.Field("function").Kind() == "identifier" && len(namedNoComments(v.Field("arguments"))) == 0 {
			// Read whatever else the getter calls: a getter that also
			// runs unread code still hands back the shared value.
			q.helpers.importedCalling(q, v, true, func(fn tsparse.Node, _ *queryCheck) bool {
				name = getterOf(fn, fn.Tree().Root())
				return name != ""
			})
		}
		return name
	}
	return ""
}

// importedDeclaration reports whether the name local, bound once in at's
// file by a named import from a file of the code, is exported there by
// a top-level declaration for which test holds: test gets that file's
// program, the declaration statement's declared node (a class, or the
// declaration holding the variable) and the name it has there. A
// re-export from a third file is not followed.
func (q *queryCheck) importedDeclaration(at tsparse.Node, local string, test func(root, decl tsparse.Node, name string) bool) bool {
	x := q.helpers
	if x == nil {
		return false
	}
	name, spec := importOf(at, local)
	if spec == "" || name == "default" || name == "*" || bindings(at.Tree().Root(), local) != 1 {
		return false
	}
	path, ok := x.resolve(filepath.Clean(at.Tree().Path), spec)
	if !ok {
		return false
	}
	f := x.file(path)
	if f == nil {
		return false
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	root := f.tree.Root()
	for _, st := range namedNoComments(root) {
		if st.Kind() != "export_statement" || typeOnly(st) || st.Field("source").Valid() {
			continue
		}
		if d := st.Field("declaration"); d.Valid() {
			if declaresTopLevel(d, name) && test(root, d, name) {
				return true
			}
			continue
		}
		found := false
		eachExportSpecifier(st, func(_, orig, as tsparse.Node) {
			if as.Text() != name || found {
				return
			}
			for _, d := range namedNoComments(root) {
				found = found || declaresTopLevel(d, orig.Text()) && test(root, d, orig.Text())
			}
		})
		if found {
			return true
		}
	}
	return false
}

// declaresTopLevel reports whether d, a statement of a module, declares
// name: a class, or a variable declaration one of whose declarators binds
// it.
func declaresTopLevel(d tsparse.Node, name string) bool {
	switch d.Kind() {
	case "class_declaration", "abstract_class_declaration":
		return d.Field("name").Text() == name
	case "lexical_declaration", "variable_declaration":
		for _, v := range namedNoComments(d) {
			if v.Kind() == "variable_declarator" && v.Field("name").Kind() == "identifier" && v.Field("name").Text() == name {
				return true
			}
		}
	}
	return false
}
