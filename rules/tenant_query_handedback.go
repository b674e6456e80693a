package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// handsBackRow reports whether call, awaited into the let name, is a
// helper (of the file or imported) that gives back the very row name
// holds: the call hands name itself as a plain argument, and every return
// of the helper is an update on target by that parameter's own key alone
// whose data sets no key (sameRowUpdate), directly or through a const
// awaited from one (interval's hosts helper):
//
//	export async function checkHttpHost(httpHost: HttpHost) {
//	  …
//	  return await prisma.httpHost.update({ where: { id: httpHost.id }, data: { status } });
//	}
//	…
//	httpHost = await checkHttpHost(httpHost)
//
// An update by a key finds that key's row or throws, so the row handed
// back is the one handed in, as when the caller writes it back itself.
// The helper must leave its parameter alone: it only reads fields of it
// (`httpHost.url`), never assigns it or a field, deletes one, or hands it
// whole to any call or name, so the key its update reads is the caller's
// row's. What the caller hands the row to before is judged by the caller
// (rowChangedBetween).
func (q *queryCheck) handsBackRow(call tsparse.Node, name string, target *prisma.Model, idName string) bool {
	if call.Kind() != "call_expression" {
		return false
	}
	args := namedNoComments(call.Field("arguments"))
	at := -1
	for i, a := range args {
		switch {
		case a.Kind() == "spread_element":
			return false // the places after it are unknown
		case a.Kind() == "identifier" && a.Text() == name:
			at = i
		}
	}
	if at < 0 {
		return false
	}
	delegate := delegateName(target.Name)
	return q.viaHelperWhatever(call, func(fn tsparse.Node, hq *queryCheck) bool {
		params := namedNoComments(fn.Field("parameters"))
		body := fn.Field("body")
		if at >= len(params) || params[at].Kind() != "required_parameter" || params[at].Field("pattern").Kind() != "identifier" || body.Kind() != "statement_block" {
			return false
		}
		p := params[at].Field("pattern").Text()
		if !paramFieldsOnlyRead(body, p) {
			return false
		}
		ok, counted := true, 0
		eachReturn(body, func(ret, v tsparse.Node) bool {
			if v.Kind() == "identifier" {
				held, found := constValue(v)
				if !found || uncast(held).Kind() != "await_expression" || rowAssignedBetween(held, ret, v.Text()) || hq.rowHandedBefore(held, ret, v.Text()) {
					ok = false
					return false
				}
				v = uncastAwait(held)
			}
			c, found := exactCall(v, delegate)
			ok = found && hq.sameRowUpdate(c, p, idName)
			counted++
			return ok
		})
		return ok && counted > 0
	})
}

// paramFieldsOnlyRead reports whether every use of the name p in body
// reads a field of it (`p.url`), and none is written, deleted or bumped:
// p is never assigned, declared again, handed whole to a call, copied
// under another name or spread, nor has a method of it called (its this
// is the row).
func paramFieldsOnlyRead(body tsparse.Node, p string) bool {
	ok := true
	body.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		switch n.Kind() {
		case "identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern":
		default:
			return true
		}
		if unescapeKey(n.Text()) != p {
			return true
		}
		read := n.Parent()
		if n.Kind() != "identifier" || read.Kind() != "member_expression" || !sameNode(read.Field("object"), n) {
			ok = false
			return false
		}
		if call := read.Parent(); call.Kind() == "call_expression" && sameNode(call.Field("function"), read) {
			ok = false
			return false
		}
		// The field read must itself be no target of a write.
		for up := read; ok; up = up.Parent() {
			parent := up.Parent()
			switch parent.Kind() {
			case "member_expression", "subscript_expression":
				if !sameNode(parent.Field("object"), up) {
					return true
				}
				continue
			case "assignment_expression", "augmented_assignment_expression":
				ok = !sameNode(parent.Field("left"), up)
			case "update_expression":
				ok = false
			case "unary_expression":
				ok = parent.Field("operator").Text() != "delete"
			}
			return true
		}
		return true
	})
	return ok
}
