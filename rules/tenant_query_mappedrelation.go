package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// mappedRelationKey reports whether val, the key a `.map` callback's row
// takes from each element of a const list, is the key of a row reached
// from a checked row through its relations, the list being those keys
// (papermark's link duplicate):
//
//	const link = await prisma.link.findUnique({ where: { id, teamId }, include: { tags: { select: { tag: … } } } });
//	const { tags } = link;
//	const linkTags = tags.map((t) => t.tag.id);
//	… linkTags.map((tagId) => ({ tagId, … }))
//
// Each key is then read as `link.tags[0].tag.id` is: the parent of a row
// the tenant's lookup returned (parentOfEarlierRow's path).
func (q *queryCheck) mappedRelationKey(data, val tsparse.Node, target *prisma.Model, ref *prisma.Field) bool {
	list, mapped := mappedElement(data, val, ref)
	if list == "" || mapped || strings.Contains(list, ".") || calledBeforeDeclared(q.call) {
		return false
	}
	v, ok := constBefore(list, q.call)
	if !ok {
		return false
	}
	v = uncast(v)
	fn, args := v.Field("function"), namedNoComments(v.Field("arguments"))
	if v.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "map" || len(args) != 1 || args[0].Kind() != "arrow_function" {
		return false
	}
	param, n := firstParam(args[0])
	body := uncast(args[0].Field("body"))
	if n != 1 || param.Kind() != "identifier" || body.Kind() != "member_expression" || strings.Contains(body.Text(), "?.") || strings.Contains(body.Text(), "[") {
		return false
	}
	tail := splitRowPath(body.Text())
	if len(tail) < 3 || tail[0] != param.Text() || tail[len(tail)-1] != ref.Name() {
		// A field of the element itself is mappedKeyRows' reading.
		return false
	}
	source := namePath(fn.Field("object"))
	if source == "" {
		return false
	}
	base := strings.Split(source, ".")
	if len(base) == 1 {
		chain, key, ok := destructuredBinding(base[0], v)
		if !ok || key == "" || len(chain) == 0 || !sourceHeld(v, base[0], chain[0]) {
			// The row destructured is found by its name at the map: a
			// const of it between them is another row.
			return false
		}
		base = append(chain, key)
	}
	if len(base) < 2 || pathMutated(string(q.call.Tree().Src[v.End():q.call.Start()]), list) || handedBetween(q.call, v.End(), []string{list}) {
		return false
	}
	path := append([]string{}, base...)
	path[len(path)-1] += "[]"
	path = append(path, tail[1:]...)
	if overwritten(v, strings.Join(base, ".")+"[0]."+strings.Join(tail[1:], ".")) {
		return false
	}
	outer, chain := functionChain(q.call)
	sub := *q
	sub.call = v
	return sub.earlierRow(path, "", target, ref.Name(), outer, chain)
}
