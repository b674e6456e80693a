package rules

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// handouts collects, over the files of one schema, the places where a
// model's client is handed out as a value (`f(prisma.document)`,
// `const repo = prisma.document`, `const { document } = prisma`,
// `prisma["document"]`, `prisma[model]`): the calls made through such a
// value are not `<client>.<model>.<operation>(…)` and are never judged, so
// each is a notice. Only receivers that the schema's found calls use as a
// client count (`session.user` and `window.document` are no client); they
// are known once every file is read, so the places wait until then.
type handouts struct {
	mu        sync.Mutex
	receivers map[string]bool
	places    []handout
}

// handout is one place a client is handed out; model is "" for a key the
// rule cannot read (`prisma[model]`).
type handout struct {
	receiver string
	shown    string // the receiver as written, on one line
	model    string
	delegate string
	op       string // an operation handed out, "?" for a key the rule cannot read
	d        Diagnostic
}

// read records the receivers of q's found calls and the hand-outs of
// tree. Only the files the rule parses anyway are read.
func (h *handouts) read(q *queryCheck, tree *tsparse.Tree) {
	var places []handout
	add := func(receiver tsparse.Node, delegate string, at tsparse.Node) {
		// The model is looked at first: most member accesses name none.
		model := ""
		if delegate != "" {
			m := q.delegates[delegate]
			if d, ok := tsquery.EntityDelegate(receiver, delegate); m == nil && ok {
				m = q.delegates[d] // named as written: context.entities.Task
			}
			// A top tenant's client handed out may read its scoped
			// rows through an include the rule never sees.
			if m == nil || !q.judged(m) && !q.topTenant(m) {
				return
			}
			model = m.Name
		}
		if rowParameter(receiver) {
			return // a row's relation, not a client's model
		}
		places = append(places, handout{receiver: compact(receiver.Text()), shown: strings.Join(strings.Fields(receiver.Text()), " "), model: model, delegate: delegate, d: Diagnostic{Range: at.Range()}})
	}
	tree.Walk(func(n tsparse.Node) bool {
		if client, delegate, op, ok := operationHandout(n); ok {
			add(client.Field("object"), delegate, n)
			places = markOperation(places, n, op)
		}
		switch n.Kind() {
		case "type_query", "comment":
			return false // typeof prisma.document names a type
		case "member_expression":
			if p := n.Field("property"); p.Kind() == "property_identifier" && isHandedOut(n) {
				add(n.Field("object"), p.Text(), n)
			}
		case "subscript_expression":
			// prisma["document"].findMany(…) is a call the rule does not
			// find; prisma["document"].create(…) is a create.
			if key, ok := subscriptKey(n.Field("index")); ok && (isHandedOut(n) || isOperationOn(n)) {
				add(n.Field("object"), key, n)
			}
		case "variable_declarator", "assignment_expression":
			pattern, value := n.Field("name"), n.Field("value")
			if n.Kind() == "assignment_expression" {
				pattern, value = n.Field("left"), n.Field("right")
			}
			if pattern.Kind() != "object_pattern" || !value.Valid() {
				return true
			}
			for _, e := range pattern.NamedChildren() {
				if e.Kind() == "object_assignment_pattern" {
					e = e.Field("left")
				}
				switch e.Kind() {
				case "shorthand_property_identifier_pattern":
					add(value, e.Text(), e)
				case "pair_pattern":
					if k := e.Field("key"); k.Kind() == "computed_property_name" {
						add(value, "", k)
					} else if name := keyName(k); name != "" {
						add(value, name, k)
					}
				}
			}
		}
		return true
	})
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.receivers == nil {
		h.receivers = map[string]bool{}
	}
	for _, c := range q.fileCalls {
		h.receivers[compact(c.Receiver.Text())] = true
	}
	h.places = append(h.places, places...)
}

// isHandedOut reports whether n, `<receiver>.<delegate>` or
// `<receiver>[<key>]`, is a value of its own: not the object of a further
// member access (`prisma.document.create`, a found call's receiver), not
// called, not assigned to, and not only tested (`if (!db.auditImage)`,
// `typeof db.auditImage`, `db.auditImage === undefined`).
func isHandedOut(n tsparse.Node) bool {
	p := n.Parent()
	same := func(f string) bool { o := p.Field(f); return o.Start() == n.Start() && o.End() == n.End() }
	switch p.Kind() {
	case "member_expression", "subscript_expression":
		return !same("object")
	case "call_expression":
		return !same("function")
	case "assignment_expression", "augmented_assignment_expression":
		return !same("left")
	}
	for p.Kind() == "parenthesized_expression" {
		n, p = p, p.Parent()
	}
	switch p.Kind() {
	case "unary_expression":
		return false
	case "binary_expression":
		switch p.Field("operator").Text() {
		case "==", "===", "!=", "!==":
			return false
		case "&&":
			return !same("left")
		case "in", "instanceof":
			return false // 'findUnique' in db[table]
		}
	case "if_statement", "while_statement", "do_statement", "ternary_expression":
		return !same("condition")
	}
	return true
}

// isOperationOn reports whether n is the object of a member access naming
// one of the operations the rule judges.
func isOperationOn(n tsparse.Node) bool {
	p := n.Parent()
	o := p.Field("object")
	return p.Kind() == "member_expression" && o.Start() == n.Start() && o.End() == n.End() && slices.Contains(tsquery.Operations, p.Field("property").Text())
}

// subscriptKey reads the key of `<receiver>[<key>]`: the text of a string
// literal (or a template without substitutions), "" with ok for a key the
// rule cannot read, and false for a number, which names no model.
func subscriptKey(k tsparse.Node) (string, bool) {
	switch k.Kind() {
	case "string":
		return stringValue(k), true
	case "template_string":
		for _, c := range k.NamedChildren() {
			if c.Kind() != "string_fragment" {
				return "", true
			}
		}
		return stringValue(k), true
	case "number":
		return "", false
	}
	return "", true
}

// stringValue is the text of a string literal without its quotes.
func stringValue(s tsparse.Node) string {
	t := s.Text()
	if len(t) < 2 {
		return ""
	}
	return tsparse.Unescape(t[1 : len(t)-1])
}

// report reports, in file order, the hand-outs on a client receiver.
func (h *handouts) report(p *Pass) {
	var out []handout
	for _, hd := range h.places {
		if h.receivers[hd.receiver] {
			out = append(out, hd)
		}
	}
	slices.SortFunc(out, func(a, b handout) int {
		return cmp.Or(cmp.Compare(a.d.Range.File, b.d.Range.File), cmp.Compare(a.d.Range.Start.Line, b.d.Range.Start.Line), cmp.Compare(a.d.Range.Start.Col, b.d.Range.Start.Col))
	})
	for _, hd := range out {
		d := hd.d
		if hd.op != "" {
			d.Message = handedOutOperation(hd)
		} else if hd.model == "" {
			d.Message = fmt.Sprintf("cannot follow the model client a computed key picks from %q here; call %s.<model>.<operation> directly, or ignore it with a reason", hd.shown, hd.shown)
		} else {
			d.Message = fmt.Sprintf("cannot follow the %q client handed out here; call %s.%s.<operation> directly, or ignore it with a reason", hd.model, hd.shown, hd.delegate)
		}
		p.ReportAs(severity.Notice, d)
	}
}
