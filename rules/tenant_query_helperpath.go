package rules

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// helperRowPath reports whether path (a row, the relations it is read
// through, a key) starts at a const row that a helper returned after
// checking its tenant (checkingHelper, the helper of the file or
// imported): dub's
//
//	const program = await getProgramOrThrow({ workspaceId: workspace.id, programId, include: { groups: … } });
//	const group = program.groups[0];
//	… groupId: group.id …
//
// where getProgramOrThrow finds the program by id, throws unless its
// workspaceId is the one passed, and returns it (or a copy keeping what
// the caller reads). A child read through the row's relations is then a
// child of the tenant's row. The row's name and the relation read must
// not be given another value on the way, nor the row (or a part of it on
// the path) be handed to a function that writes its fields
// (rowChangedBetween).
func (q *queryCheck) helperRowPath(path []string, target *prisma.Model, idName string) bool {
	if len(path) < 2 || !q.call.Valid() || q.verifying {
		return false
	}
	first := strings.TrimSuffix(path[1], "[]")
	held, ok := constBefore(path[0], q.call)
	if !ok || overwritten(q.call, path[0]+"."+first) || q.rowChangedBetween(held, path) {
		return false
	}
	call := uncastAwait(held)
	if call.Kind() != "call_expression" {
		return false
	}
	models := q.modelsLeadingTo(path, target, idName)
	if len(models) == 0 {
		return false
	}
	return q.viaHelper(call, func(fn tsparse.Node, hq *queryCheck) bool {
		return slices.ContainsFunc(models, func(m *prisma.Model) bool { return hq.checkingHelper(call, fn, m, first) })
	})
}

// paramArg is what a call passes for the parameter name of a function
// whose parameters are params: the argument at its position, or, for a
// function taking one destructured object (`({ workspaceId, programId }:
// …)`), the value an object literal passed whole gives that property
// (`{ workspaceId: workspace.id, programId }`). A spread, a computed
// key, a default value or a renamed property gives nothing.
func paramArg(params, args []tsparse.Node, name string) (tsparse.Node, bool) {
	// A TypeScript `this` parameter is erased: no argument stands for it.
	params = slices.DeleteFunc(slices.Clone(params), func(p tsparse.Node) bool {
		return p.Field("pattern").Kind() == "this" || firstNamed(p).Kind() == "this"
	})
	if i := slices.IndexFunc(params, func(p tsparse.Node) bool {
		return p.Field("pattern").Kind() == "identifier" && p.Field("pattern").Text() == name
	}); i >= 0 {
		if i >= len(args) {
			return tsparse.Node{}, false
		}
		return args[i], true
	}
	if len(params) != 1 || len(args) != 1 || params[0].Kind() != "required_parameter" || params[0].Field("pattern").Kind() != "object_pattern" {
		return tsparse.Node{}, false
	}
	if !slices.ContainsFunc(namedNoComments(params[0].Field("pattern")), func(e tsparse.Node) bool {
		return e.Kind() == "shorthand_property_identifier_pattern" && e.Text() == name
	}) {
		return tsparse.Node{}, false
	}
	obj := uncast(args[0])
	if obj.Kind() != "object" {
		return tsparse.Node{}, false
	}
	var val tsparse.Node
	given := 0
	for _, e := range namedNoComments(obj) {
		switch e.Kind() {
		case "shorthand_property_identifier":
			if e.Text() == name {
				val, given = e, given+1
			}
		case "pair":
			key := e.Field("key")
			if key.Kind() == "computed_property_name" {
				return tsparse.Node{}, false
			}
			if keyName(key) == name {
				val, given = e.Field("value"), given+1
			}
		default:
			// A spread or a method may give the property too.
			return tsparse.Node{}, false
		}
	}
	return val, given == 1
}

// copiedRow reports whether v, returned by a helper whose body is body
// after it checked row (fetched at fetch) at checkedAt, is a const of
// the body's own statements declared after the check whose value is
// the row, a copy of it keeping every property of keep (`{ ...program,
// categories: … }`, spreadSource), or a choice between those (`cond ?
// { ...program, … } : program`), with no property of the const or of
// the row rewritten afterwards.
func copiedRow(v, body, fetch tsparse.Node, row string, checkedAt int, keep []string) bool {
	if v.Kind() != "identifier" || v.Text() == row {
		return false
	}
	name := v.Text()
	var value tsparse.Node
	declared := 0
	for _, st := range namedNoComments(body) {
		if st.Kind() != "lexical_declaration" {
			continue
		}
		for _, d := range namedNoComments(st) {
			if d.Kind() == "variable_declarator" && d.Field("name").Kind() == "identifier" && d.Field("name").Text() == name {
				declared++
				if strings.HasPrefix(st.Text(), "const") && st.Start() >= checkedAt {
					value = d.Field("value")
				}
			}
		}
	}
	if declared != 1 || !value.Valid() || !sameBinding(v, value, name) {
		return false
	}
	src := body.Tree().Src[value.End():body.End()]
	for _, n := range []string{name, row} {
		if compiled(`\b` + regexp.QuoteMeta(n) + `\s*(?:\.\s*[\w$]+|\[[^\]]*\])\s*(?:=[^=]|\+\+|--|[-+*/?|&]+=)|\bObject\.assign\(\s*` + regexp.QuoteMeta(n) + `\b`).Match(src) {
			return false
		}
	}
	branches := []tsparse.Node{uncast(value)}
	if branches[0].Kind() == "ternary_expression" {
		branches = []tsparse.Node{uncast(branches[0].Field("consequence")), uncast(branches[0].Field("alternative"))}
	}
	for _, b := range branches {
		switch {
		case b.Kind() == "identifier" && b.Text() == row && sameBinding(b, fetch, row):
		case b.Kind() == "object" && spreadOfBinding(b, fetch, row) && !slices.ContainsFunc(keep, func(k string) bool { return spreadSource(b, k) != row }):
		default:
			return false
		}
	}
	return true
}

// spreadOfBinding reports whether obj's one spread is of row as bound at
// fetch.
func spreadOfBinding(obj, fetch tsparse.Node, row string) bool {
	for _, e := range namedNoComments(obj) {
		if x := firstNamed(e); e.Kind() == "spread_element" && x.Kind() == "identifier" && x.Text() == row {
			return sameBinding(x, fetch, row)
		}
	}
	return false
}

// modelsLeadingTo are the tenant models of the file's clients, by name,
// whose rows path leads from to target's key idName (pathLeads): the
// models a helper may have found the row on path's head in.
func (q *queryCheck) modelsLeadingTo(path []string, target *prisma.Model, idName string) []*prisma.Model {
	var models []*prisma.Model
	for _, m := range q.delegates {
		if q.tenantRow(m) && q.pathLeads(m, path, target, idName) {
			models = append(models, m)
		}
	}
	sort.Slice(models, func(i, j int) bool { return models[i].Name < models[j].Name })
	return models
}
