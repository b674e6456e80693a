package rules

import "github.com/schemalint/schemalint/internal/prisma"

// A filter `tags: { some: { ownerId } }` keeps the links that carry a tag of
// the user. Through a foreign key (a collection's members, a project's
// installations) the related row is the filtered row's child; through a
// many-to-many relation it is not: a user's tag can be put on a link of
// any collection (linkwarden's tag merge found its links that way), so
// such a some: scopes nothing.

// manyToMany reports whether the to-many relation f is many to many: no
// side holds a foreign key to the other.
func manyToMany(f *prisma.Field) bool {
	opp := f.Relation.Opposite
	return opp != nil && opp.IsList() && !f.Relation.IsForward() && (opp.Relation == nil || !opp.Relation.IsForward())
}
