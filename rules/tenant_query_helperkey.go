package rules

import (
	"bytes"
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// helperKeyCompared reports whether value, a plain name given as target's
// idName, is what a helper (of the file, imported, or reached through a
// pass-through) was passed to look a row up by, and that row's tenant
// was compared before the call (helperRowCompared): plunk's
//
//	const template = await TemplateService.id(templateId);
//	if (!template || template.projectId !== project.id) throw new NotFound("template");
//	… data: { templateId } …
//
// where every row the helper returns is found by `where: { id }` of the
// parameter value is passed for, so the row's id is value, and the row is
// tested before the call (a helper may give nothing for another tenant's
// id). The name must not be given another value between the lookup and
// the call.
func (q *queryCheck) helperKeyCompared(value string, target *prisma.Model, idName string) bool {
	path := splitRowPath(value)
	if len(path) != 1 || !q.call.Valid() || q.verifying {
		return false
	}
	delegate := delegateName(target.Name)
	outer, _ := functionChain(q.call)
	found := false
	outer.Walk(func(d tsparse.Node) bool {
		if found || d.Start() >= q.call.Start() {
			return false
		}
		if d.Kind() != "variable_declarator" || d.Field("name").Kind() != "identifier" || d.Parent().Kind() != "lexical_declaration" || !spans(d.Parent().Parent(), q.call) {
			return true
		}
		// The row's tenant is compared, or passed to the helper, between
		// the lookup and the call: most declarations name no tenant.
		between := q.call.Tree().Src[d.Start():q.call.Start()]
		if !slices.ContainsFunc(q.tenantNames, func(t string) bool { return bytes.Contains(between, []byte(t)) }) {
			return true
		}
		call := uncastAwait(d.Field("value"))
		args := namedNoComments(call.Field("arguments"))
		at := slices.IndexFunc(args, func(a tsparse.Node) bool { return uncast(a).Kind() == "identifier" && uncast(a).Text() == value })
		if call.Kind() != "call_expression" || at < 0 || slices.IndexFunc(args[at+1:], func(a tsparse.Node) bool { return uncast(a).Text() == value }) >= 0 || reassigned(q.call, value, d.Start()) || !sameBinding(args[at], q.call, value) {
			return true
		}
		byKey := q.viaHelper(call, func(h tsparse.Node, hq *queryCheck) bool {
			params := namedNoComments(h.Field("parameters"))
			if at >= len(params) || params[at].Field("pattern").Kind() != "identifier" {
				return false
			}
			return hq.looksUpBy(h, delegate, params[at].Field("pattern").Text(), idName)
		})
		// A helper may give nothing for another tenant's id: the row must
		// be tested before the call, or the id goes on unchecked.
		row := d.Field("name").Text()
		compared := false
		if constDeclaration(d.Parent()) {
			compared = q.helperRowCompared(row+"."+idName, target, idName)
		} else if byKey {
			compared = q.letRowCompared(d, call, target)
		}
		found = byKey && compared && definedBy(outer, row, q.call, rowChangedAt(d, row, q.call.End()))
		return !found
	})
	return found
}

// looksUpBy reports whether every row fn returns is found by `where: {
// <idName>: param }` alone, param being fn's parameter and given no other
// value: directly, through a const, or through a pass-through's callback
// (returnsWrappedRows). null and undefined are no rows.
func (q *queryCheck) looksUpBy(fn tsparse.Node, delegate, param, idName string) bool {
	body := fn.Field("body")
	if !body.Valid() || countBindings(fn, param) != 1 || anyNode(fn, func(n tsparse.Node) bool {
		left := n.Field("left")
		if n.Kind() == "update_expression" {
			left = n.Field("argument")
		}
		return (n.Kind() == "assignment_expression" || n.Kind() == "augmented_assignment_expression" || n.Kind() == "update_expression") && bindsName(uncast(left), param)
	}) {
		return false
	}
	byParam := func(n tsparse.Node) bool {
		c, ok := exactCall(n, delegate)
		if !ok || !slices.Contains([]string{"findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow"}, c.Operation) || len(c.Args) == 0 || uncast(c.Args[0]).Kind() != "object" {
			return false
		}
		where, given := tsparse.Node{}, 0
		for _, e := range namedNoComments(uncast(c.Args[0])) {
			if e.Kind() == "pair" && keyName(e.Field("key")) == "where" {
				where, given = uncast(e.Field("value")), given+1
			} else if e.Kind() != "pair" || e.Field("key").Kind() == "computed_property_name" {
				return false
			}
		}
		entries := namedNoComments(where)
		if given != 1 || where.Kind() != "object" || len(entries) != 1 {
			return false
		}
		e := entries[0]
		switch e.Kind() {
		case "shorthand_property_identifier":
			return idName == param && e.Text() == param
		case "pair":
			v := uncast(e.Field("value"))
			return keyName(e.Field("key")) == idName && v.Kind() == "identifier" && v.Text() == param
		}
		return false
	}
	// rows reads the returns of a function (fn, or a callback of a
	// pass-through fn returns through).
	var rows func(f tsparse.Node, wrapped bool) bool
	rows = func(f tsparse.Node, wrapped bool) bool {
		b := f.Field("body")
		if b.Kind() != "statement_block" {
			return wrapped && byParam(uncastAwait(b))
		}
		ok, returns := true, 0
		eachReturn(b, func(_, v tsparse.Node) bool {
			returns++
			switch {
			case !v.Valid() || v.Kind() == "null" || v.Kind() == "undefined" || v.Kind() == "identifier" && v.Text() == "undefined":
			case v.Kind() == "identifier":
				held, found := constValue(v)
				ok = found && byParam(uncastAwait(held))
			case byParam(v):
			case !wrapped && q.wrapperIndex() != nil:
				pt, isWrapper := q.wrapperIndex().passThroughOf(v)
				args := namedNoComments(v.Field("arguments"))
				ok = isWrapper && pt.callback < len(args) && pt.key < len(args) && rows(uncast(args[pt.callback]), true) && (pt.key < 0 || keyNamesCaptures(args[pt.key], uncast(args[pt.callback]), f))
			default:
				ok = false
			}
			return ok
		})
		return ok && returns > 0
	}
	return rows(fn, false)
}

// letRowCompared is helperRowCompared for a row held by a let, d its
// declarator and call the helper's call it holds (`let template = await
// TemplateService.id(id)`, compared, then `template = await
// prisma.template.update({ where: { id } })`): the helper returns only
// rows of target, checked by it or compared by the caller before the
// row is given another value and before q.call.
func (q *queryCheck) letRowCompared(d, call tsparse.Node, target *prisma.Model) bool {
	row, fetch := d.Field("name").Text(), d.Field("value")
	block := d.Parent().Parent()
	if !spans(block, q.call) {
		return false
	}
	delegate := delegateName(target.Name)
	unchecked := false
	read := q.viaHelper(call, func(fn tsparse.Node, hq *queryCheck) bool {
		if hq.checkingHelper(call, fn, target) {
			return true
		}
		unchecked = returnsOnlyRows(fn, delegate) || hq.returnsWrappedRows(fn, delegate)
		return unchecked
	})
	if !read {
		return false
	}
	return !unchecked || q.comparedFrom(fetch, row, min(q.call.Start(), rowChangedAt(d, row, q.call.Start())))
}
