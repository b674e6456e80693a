package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// promisedName is the name a query's rows get when a const holds the
// query's promise and a later const array pattern takes its result from
// Promise.all (cal.com's listMembers):
//
//	const membersPromise = prisma.membership.findMany({ where: { teamId } });
//	const [total, members] = await Promise.all([countPromise, membersPromise]);
//
// members holds the rows the query found. "" unless the const's value is
// the call itself (an awaited call binds the rows, not a promise) and the
// pattern is a const in the same block, so it is read wherever the
// promise's const is; a name two patterns take differently is "".
func promisedName(declarator, call tsparse.Node) string {
	decl := declarator.Parent()
	if decl.Kind() != "lexical_declaration" || !strings.HasPrefix(decl.Text(), "const") || declarator.Field("name").Kind() != "identifier" {
		return ""
	}
	if v := declarator.Field("value"); v.Start() != call.Start() || v.End() != call.End() {
		return ""
	}
	name := declarator.Field("name").Text()
	found := ""
	for _, st := range decl.Parent().NamedChildren() {
		if st.Start() <= decl.Start() || st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") {
			continue
		}
		for _, d := range st.NamedChildren() {
			v := d.Field("value")
			for v.Kind() == "await_expression" || v.Kind() == "parenthesized_expression" {
				v = firstNamed(v)
			}
			if d.Kind() != "variable_declarator" || v.Kind() != "call_expression" || compact(v.Field("function").Text()) != "Promise.all" {
				continue
			}
			args := namedNoComments(v.Field("arguments"))
			if len(args) != 1 || args[0].Kind() != "array" {
				continue
			}
			for _, e := range namedNoComments(args[0]) {
				if e.Kind() != "identifier" || e.Text() != name {
					continue
				}
				n := promiseAllName(args[0], e)
				if n == "" || found != "" && found != n {
					return ""
				}
				found = n
			}
		}
	}
	return found
}
