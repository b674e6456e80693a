package rules

import "github.com/schemalint/schemalint/internal/prisma"

// requiredRelation reports whether the forward relation field f always
// points to a row: the field is required, or every column of its foreign
// key is (`publicTypebotId String` under `publicTypebot PublicTypebot?`,
// which Prisma accepts). A NOT NULL key names a parent on every row, however
// the relation field is written.
func requiredRelation(f *prisma.Field) bool {
	if f.IsRequired() {
		return true
	}
	r := f.Relation
	if r == nil || len(r.Fields()) == 0 || f.IsList() {
		return false
	}
	for _, k := range r.Fields() {
		if !k.IsRequired() {
			return false
		}
	}
	return true
}
