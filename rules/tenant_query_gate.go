package rules

import (
	"github.com/schemalint/schemalint/internal/tsquery"
)

// queryGate tells, from a file's bytes alone, whether the query rule may
// find something in it; the files it turns away are not parsed. It must
// be a superset of every finding's condition, or the rule is silent by
// accident: a notice that depended on a comment saying "set" was one.
// Each finding kind and what its file must hold:
//
//   - a where judged (errors, warnings, notices of check): a call with a
//     where (not a create) on a judged model's delegate, MentionsQuery of
//     the judged delegates;
//   - a write's links (checkLinks: connect, set and connectOrCreate keys,
//     scalar foreign keys, nested data the rule cannot read, data changed
//     after it is built): a write of scalarLinkOperations on any tenant
//     model's delegate. Data changed after it is built is said whatever
//     the model links, and nested writes reach other models, so neither
//     the delegate nor a key's word narrows it further;
//   - a read of a top tenant showing its scoped rows (checkTopTenantRead):
//     any operation returning its rows (topTenantRowOps) on a top
//     tenant's delegate;
//   - raw SQL: MayCallRaw, checked beside the gate (PostgreSQL only);
//   - a hand-out: a receiver that some file's calls use as a client,
//     followed by a key or a judged delegate, or destructured
//     (mayHandOut). The receivers come from the calls on any tenant
//     model's delegate that are not creates. A file whose only such
//     calls name no judged delegate and write nothing (calls, not
//     mayCall) can hold nothing else the rule says, so it is read for
//     its receivers only when its text does not show them all known
//     (knownReceivers); else it waits with the files left for
//     mayHandOut, which decides on it as on them.
type queryGate struct {
	judged, writes, calls func([]byte) bool
	// top finds the reads of a top tenant that may show its scoped
	// relations' rows (checkTopTenantRead).
	top         func([]byte) bool
	receivers   func([]byte) ([]string, bool)
	judgedNames []string
}

func (q *queryCheck) gate() queryGate {
	var judged, top, all []string
	for d, m := range q.delegates {
		// A Wasp operation's `context.entities.<Model>` names the
		// delegate as the model is written (tsquery.EntityDelegate):
		// its text is looked for too.
		names := []string{d}
		if m.Name != d {
			names = append(names, m.Name)
		}
		if q.judged(m) {
			judged = append(judged, names...)
		}
		if q.topTenant(m) {
			top = append(top, names...)
		}
		all = append(all, names...)
	}
	return queryGate{
		judged: tsquery.MentionsQuery(judged),
		writes: tsquery.MentionsOf(all, scalarLinkOperations),
		top:    tsquery.MentionsOf(top, topTenantRowOps),
		calls:  tsquery.MentionsQuery(all),

		receivers: tsquery.Receivers(all),

		// A top tenant's client handed out is read as a judged one's:
		// the reads made through it may show its scoped rows.
		judgedNames: append(judged, top...),
	}
}

// mayCall reports whether src may hold a call whose where or data the
// rule judges.
func (g queryGate) mayCall(src []byte) bool { return g.judged(src) || g.writes(src) || g.top(src) }

// knownReceivers reports whether every call src may hold on a delegate
// with a where has its receiver in known, read from its text alone
// (tsquery.Receivers): parsing it would add no receiver. Its calls are on
// no judged delegate and no write (it is not mayCall), so whatever else
// its tree tells is a hand-out, and mayHandOut still looks at it for
// that once the receivers are known. Leaving a file out when its
// receivers are among those of the files read before it keeps the set
// the one every file read would give.
func (g queryGate) knownReceivers(src []byte, known map[string]bool) bool {
	rs, ok := g.receivers(src)
	if !ok {
		return false
	}
	for _, r := range rs {
		if !known[r] {
			return false
		}
	}
	return true
}

// mayHandOut returns a test of whether a file may hand out a client of
// one of receivers, known once the calls are read: tsquery.HandsOut with
// them, the last token of each and the judged delegates. A receiver is a
// primary expression, so its last token is its trailing name (`prisma`
// of `this.prisma`), or else its last byte (`)` of `(tx ?? prisma)`).
func (g queryGate) mayHandOut(receivers map[string]bool) func([]byte) bool {
	var all, lasts []string
	for r := range receivers {
		if r == "" {
			return func([]byte) bool { return true }
		}
		i := len(r)
		for i > 0 && isNameByte(r[i-1]) {
			i--
		}
		if i == len(r) {
			i--
		}
		all, lasts = append(all, r), append(lasts, r[i:])
	}
	return tsquery.HandsOut(all, lasts, g.judgedNames)
}

// isNameByte reports whether c may be part of a JavaScript name written
// in ASCII.
func isNameByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// parseEveryFile turns the gate off: every file of the application is
// parsed. The gate must not change what the rule says, and this is how
// that is checked: TestQueryGateChangesNothing runs every fixture with
// it, and a build can set it with -ldflags "-X
// github.com/schemalint/schemalint/rules.parseEveryFileFlag=1".
var parseEveryFile = parseEveryFileFlag != ""

var parseEveryFileFlag string
