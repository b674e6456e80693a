package rules

import "github.com/schemalint/schemalint/internal/tsquery"

// throughUnseen judges c again, v its verdict, taking the rows of every
// earlier query whose where the rule cannot see as the tenant's. When c is
// then proven, its keys come from such rows (`envelope.documentMetaId`,
// the children included with the envelope, `rows.filter(…)`, an id looked
// up together with `organisation: buildOrganisationWhereQuery(…)`): it is
// as scoped as that where, which is for a human to judge, and is reported
// as unseen, naming those rows, instead of as an error of its own.
func (q *queryCheck) throughUnseen(c tsquery.Call, v verdict) verdict {
	var rows string
	sub := *q
	sub.assumeSeen = &rows
	if w, _ := sub.whereOfCall(c); w != constrained || rows == "" {
		return v
	}
	q.rowsUnseen = rows
	return unseen
}

// seenAs reports whether c, an earlier call whose where got verdict v,
// counts as filtered by the tenant because its where is one the rule
// cannot see and q takes such rows as the tenant's; it records c's rows.
func (q *queryCheck) seenAs(c tsquery.Call, v verdict) bool {
	if v == unseen && q.askedUnseen != nil {
		*q.askedUnseen = true
	}
	if v != unseen || q.assumeSeen == nil {
		return false
	}
	if *q.assumeSeen == "" {
		if *q.assumeSeen = boundName(c); *q.assumeSeen == "" {
			*q.assumeSeen = c.Delegate
		}
	}
	return true
}

// askingUnseen runs judge and reports whether it asked seenAs about a query
// whose where the rule cannot see. seenAs is the only reader of
// assumeSeen, and answers differently with it set only for such a query:
// when judge asked about none, judging again with assumeSeen set takes the
// same steps to the same answer, and finds no rows, so it is left out.
func (q *queryCheck) askingUnseen(judge func()) bool {
	asked, outer := false, q.askedUnseen
	q.askedUnseen = &asked
	judge()
	q.askedUnseen = outer
	if asked && outer != nil {
		*outer = true
	}
	return asked
}
