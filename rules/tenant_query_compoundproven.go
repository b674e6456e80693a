package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// provenCompoundParent judges key, given val in a where on m, when key
// names a compound unique key of m (by the name its attribute gives it,
// `@@unique([wordId, userLanguage], name: "wordPronunciation")`, or by
// its default name, promptId_version) one of whose members is the
// foreign key of a relation to a parent proven the tenant's earlier:
//
//	const record = await prisma.word.upsert({ where: { orgWord: { organizationId, word } }, create: { organizationId, word }, … });
//	await prisma.wordPronunciation.upsert({ where: { wordPronunciation: { userLanguage, wordId: record.id } }, … });
//
// A compound key matches each of its members exactly, so the row it
// names is a child of that parent, as with the same member written flat
// (`where: { wordId: record.id, userLanguage }`), and it is judged as
// that flat entry is: a member that may be undefined is said so.
//
// The key must be exactly what the schema lists under that name, each
// member once and nothing else: an entry the rule cannot name (a spread,
// a computed key) or a member written twice may replace the proven one,
// and a name the schema does not give is no key of m. A key whose value
// may be absent is dropped by the client, leaving the where without it;
// a where entry after it that may replace it is judged by the caller.
// ok is false when key is no such key: the caller judges it otherwise.
func (q *queryCheck) provenCompoundParent(m *prisma.Model, key string, val tsparse.Node, depth int) (verdict, bool) {
	if fieldByName(m, key) != nil {
		return 0, false
	}
	ix := compoundUnique(m, key)
	if ix == nil || q.compoundMayBeAbsent(val, depth) {
		return 0, false
	}
	obj, ok := q.objectOf(val, depth)
	if !ok {
		return 0, false
	}
	members := map[string]bool{}
	for _, f := range ix.Fields {
		if f.Field == nil {
			return 0, false
		}
		members[f.Field.Name()] = true
	}
	given := map[string]tsparse.Node{}
	if !eachEntryOnce(obj, func(part string, pv tsparse.Node) bool {
		given[part] = pv
		return members[part]
	}) || len(given) != len(members) {
		return 0, false
	}
	best, found := unconstrained, false
	for _, f := range ix.Fields {
		part := f.Field.Name()
		// Only a relation's key to a parent: the key of m itself proves
		// no parent.
		target, ref := q.idTarget(m, part)
		if target == nil || target == m || !q.verifiedEarlier(target, ref, part, given[part]) {
			continue
		}
		best, found = better(best, q.provenKey(part, given[part], m, depth+1)), true
	}
	return best, found
}
