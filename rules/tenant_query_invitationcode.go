package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
)

// randomCodeFuncs are the @default functions whose values no one can
// foresee: ids made of random bits (cuid, uuid v4 or v7, nanoid, ulid).
// autoincrement is a counter, and a constant is the same for every row.
var randomCodeFuncs = []string{"cuid", "uuid", "nanoid", "ulid"}

// randomCodeSQL are the SQL functions a dbgenerated default may call to
// give each row random bits.
var randomCodeSQL = []string{"gen_random_uuid(", "gen_random_bytes(", "uuid_generate_v4("}

// invitationCodeColumn reports whether key is the code of an invitation
// link the schema makes secret: conference-hall's
//
//	model Proposal {
//	  invitationCode String @unique @default(cuid())
//	}
//	… db.proposal.findUnique({ where: { invitationCode: code } })
//
// where the co-speaker link carries the code and whoever presents it is
// invited, as an invitation token would be. A code is otherwise a value
// many rows share or anyone may type (promoCode, countryCode, a bare
// code), so only a name that ends in invitation code or invite code
// (invitationCode, inviteCode, invite_code, teamInviteCode) counts, and
// only where the schema itself shows the secret: a scalar string unique
// on its own (one row per code, not one per event) whose default is made
// at random (randomCodeFuncs, or dbgenerated SQL calling randomCodeSQL).
// A code the application chooses (no default), a constant or counted
// default, or one unique only beside another field may be a word, a
// number or a guess.
func invitationCodeColumn(m *prisma.Model, key string) bool {
	words := nameWords(key)
	n := len(words)
	if n < 2 || words[n-1] != "code" || words[n-2] != "invitation" && words[n-2] != "invite" {
		return false
	}
	f := fieldByName(m, key)
	if f == nil || f.Kind != prisma.ScalarField || f.IsList() || f.TypeName() != "String" || !isUniqueField(m, key) {
		return false
	}
	d := f.Default()
	if d == nil {
		return false
	}
	if slices.Contains(randomCodeFuncs, d.Func()) {
		return true
	}
	if args := d.Args(); d.Func() == "dbgenerated" && len(args) == 1 {
		if s, ok := args[0].(*prisma.StringLit); ok {
			sql := strings.ToLower(s.Value)
			return slices.ContainsFunc(randomCodeSQL, func(fn string) bool { return strings.Contains(sql, fn) })
		}
	}
	return false
}
