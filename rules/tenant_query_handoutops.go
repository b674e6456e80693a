package rules

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// An operation can be handed out as well as a client: `const remove =
// prisma.document.delete`, `prisma.document.delete.bind(prisma.document)`,
// `prisma.document.delete.call(…)`, `prisma.document["delete"](…)`,
// `prisma.document[op](…)`. The call made through it is not
// `<client>.<model>.<operation>(…)`, so it is never judged; each such place
// is a notice, on the receivers the schema's found calls use as a client,
// like a client handed out.

// operationHandout reports whether n, a member access or a subscript, takes
// an operation the rule judges (or one a key it cannot read may pick) from
// a model's client, `<receiver>.<delegate>`, other than to call it there
// and then. client is that `<receiver>.<delegate>` node.
func operationHandout(n tsparse.Node) (client tsparse.Node, delegate, op string, ok bool) {
	switch n.Kind() {
	case "member_expression":
		p := n.Field("property")
		if p.Kind() != "property_identifier" || !slices.Contains(tsquery.Operations, p.Text()) {
			return tsparse.Node{}, "", "", false
		}
		op = p.Text()
	case "subscript_expression":
		key, ok := subscriptKey(n.Field("index"))
		if !ok || key != "" && !slices.Contains(tsquery.Operations, key) {
			return tsparse.Node{}, "", "", false
		}
		op = key
	default:
		return tsparse.Node{}, "", "", false
	}
	client = n.Field("object")
	if client.Kind() != "member_expression" || client.Field("property").Kind() != "property_identifier" {
		return tsparse.Node{}, "", "", false
	}
	if n.Kind() == "member_expression" && calledHere(n) {
		return tsparse.Node{}, "", "", false
	}
	return client, client.Field("property").Text(), op, true
}

// calledHere reports whether n is the function of the call it is in: the
// call the rule finds and judges.
func calledHere(n tsparse.Node) bool {
	p := n.Parent()
	f := p.Field("function")
	return p.Kind() == "call_expression" && f.Start() == n.Start() && f.End() == n.End()
}

// markOperation marks the place just added for n, if add kept it, as the
// hand-out of op ("?" when a key the rule cannot read picks it).
func markOperation(places []handout, n tsparse.Node, op string) []handout {
	if k := len(places) - 1; k >= 0 && places[k].d.Range == n.Range() && places[k].op == "" {
		places[k].op = cmp.Or(op, "?")
	}
	return places
}

// handedOutOperation is the message for an operation handed out.
func handedOutOperation(hd handout) string {
	if hd.op == "?" {
		return fmt.Sprintf("cannot follow the operation a computed key picks from the %q client here; call %s.%s.<operation> directly, or ignore it with a reason", hd.model, hd.shown, hd.delegate)
	}
	return fmt.Sprintf("cannot follow the %s on %q handed out here; call %s.%s.%s directly, or ignore it with a reason", hd.op, hd.model, hd.shown, hd.delegate, hd.op)
}
