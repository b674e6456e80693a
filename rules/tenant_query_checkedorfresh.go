package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// An id the request may name, checked when it does, or a fresh one
// (Chaindesk's upsertDatasource):
//
//	if (data?.id) {
//	  existing = await prisma.appDatasource.findUnique({ where: { id: data.id } });
//	  if (existing && existing.organizationId !== orgId) throw …;
//	}
//	const id = data?.id || cuid();
//	await prisma.appDatasource.upsert({ where: { id }, … });
//
// When data?.id is set, the if proved it the tenant's (or no row's); when
// it is not, the id is one made here, which no row holds. Either way the
// upsert reaches no other tenant's row. `??` is not followed: an empty
// string skips the if but is kept by `??`.

// checkedOrFresh reports whether value, a const `key || fresh()` (freshID),
// names the tenant's row where q runs: an if before it, without an else,
// in a block holding q.call, tests key, and key is proven at the end of
// that if's block as any key is, and changes neither there nor before the
// const; and the const is given to nothing before q.call (a call given a
// fresh id may write a row with it anywhere first: handedElsewhere).
func (q *queryCheck) checkedOrFresh(value string, target *prisma.Model, idName string) bool {
	if !plainName.MatchString(value) {
		return false
	}
	v, ok := constBefore(value, q.call)
	if v = uncast(v); !ok || v.Kind() != "binary_expression" || v.Field("operator").Text() != "||" || !freshID(uncast(v.Field("right"))) {
		return false
	}
	key := uncast(v.Field("left"))
	if k := key.Kind(); k != "identifier" && k != "member_expression" {
		return false
	}
	text := compact(key.Text())
	if outer, _ := functionChain(q.call); key.Kind() == "identifier" && assignedAnywhere(outer, text) {
		// A bare name the function assigns (even in a closure or a
		// hoisted function run between the if and the const) may hold
		// another id than the one the if checked.
		return false
	}
	for s := q.call; s.Valid() && !functionKinds[s.Kind()]; s = s.Parent() {
		block := s.Parent()
		if block.Kind() != "statement_block" {
			continue
		}
		for _, st := range block.NamedChildren() {
			if st.End() > v.Start() {
				break
			}
			cond := uncast(st.Field("condition"))
			body := st.Field("consequence")
			if st.Kind() != "if_statement" || st.Field("alternative").Valid() || compact(cond.Text()) != text || body.Kind() != "statement_block" {
				continue
			}
			if q.provenAtEnd(body, text, key, target, idName) && !overwritten(v, text) && !q.changedBetween(st, v, text) && !handedElsewhere(q.call, q.call, v, value) {
				return true
			}
		}
	}
	return false
}

// provenAtEnd reports whether the key (its text, as the if tested it) is
// proven where block, an if's block, ends: judged as a call standing at
// its closing brace would be, by the key as written or with its optional
// chains read plainly (`data?.id` is `data.id` once data is set), which is
// how the lookups in the block name it.
func (q *queryCheck) provenAtEnd(block tsparse.Node, text string, key tsparse.Node, target *prisma.Model, idName string) bool {
	children := block.Children()
	end := children[len(children)-1]
	if end.Kind() != "}" {
		return false
	}
	sub := *q
	sub.call = end
	for _, value := range []string{text, strings.ReplaceAll(text, "?.", ".")} {
		if sub.verifiedKey(target, idName, value, "", key) {
			return true
		}
	}
	return false
}
