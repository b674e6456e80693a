package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// passedChildLink reports whether val, the key data gives ref (a key of
// target), is `child.<fk>` of a row handed down as passedChild reads it,
// a row of another scoped model whose stored foreign key fk links target
// by ref (dub's program applications):
//
//	const group = program.groups[0];
//	return createApplicationAndEnrollment({ program, group });
//	…
//	await prisma.programEnrollment.create({ data: { programId: program.id, discountId: group.discountId } });
//
// The written row copies the link a row under its own parent stores, as
// copiedLink reads a copy within one model: that stored link was judged
// where it was written, in the tenant of the child's parent, which is
// the one data puts the written row under. Whether that parent is the
// caller's is judged at the written row's own key.
func (q *queryCheck) passedChildLink(data, val tsparse.Node, m, target *prisma.Model, ref *prisma.Field) bool {
	if val.Kind() != "member_expression" || val.Field("object").Kind() != "identifier" {
		return false
	}
	fk := val.Field("property").Text()
	seen := map[*prisma.Model]bool{}
	for _, f := range target.Fields {
		of := f.Target()
		if f.Relation == nil || of == nil || seen[of] || !q.t.Scoped(of) {
			continue
		}
		seen[of] = true
		if storesLink(of, fk, target, ref) && q.passedChildOf(data, val, m, of, fk) {
			return true
		}
	}
	return false
}

// storesLink reports whether fk alone is a foreign key of of to target's
// ref.
func storesLink(of *prisma.Model, fk string, target *prisma.Model, ref *prisma.Field) bool {
	for _, f := range of.Fields {
		r := f.Relation
		if r != nil && r.IsForward() && f.Target() == target && len(r.Fields()) == 1 && len(r.References()) == 1 && r.Fields()[0].Name() == fk && r.References()[0] == ref {
			return true
		}
	}
	return false
}
