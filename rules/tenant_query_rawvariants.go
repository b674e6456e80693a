package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A raw call whose ${…} chooses SQL text the rule reads (useSend's email
// list: `WHERE "teamId" = ${ctx.team.id} ${input.status ?
// Prisma.sql`AND "latestStatus"::text = ${input.status}` : Prisma.sql``}`)
// is judged once for each text it may send, as rawVariants spells them
// for the rows of a $queryRaw: quiet when every one keeps the tenant, a
// warning when one does not (`${all ? Prisma.empty : Prisma.sql`AND
// team_id = ${teamId}`}`), a notice when one cannot be read. A fragment
// the rule cannot read, or too many choices, leave the call as it was: a
// notice that a ${…} stands for SQL text.

// rawChoices returns the calls, one per text, that c may send when its
// template holds a fragment the rule reads; false when it holds none, or
// one it cannot read.
func rawChoices(c tsquery.RawCall) ([]tsquery.RawCall, bool) {
	tmpl := rawTemplate(c.Node)
	for n := c.Node; !tmpl.Valid() && n.Kind() == "binary_expression"; n = n.Field("right") {
		// `$queryRaw<Array<Row>>`…“ misread as `(… < Array) < (Row >>
		// `…`)`: the template ends the right-hand side.
		if r := n.Field("right"); r.Kind() == "template_string" {
			tmpl = r
		}
	}
	if c.Unseen || !tmpl.Valid() {
		return nil, false
	}
	variants, ok := rawVariants(tmpl, 0)
	// A template without fragments spells its own SQL (and so does each
	// choice judged here): nothing to choose.
	if !ok || slices.ContainsFunc(variants, func(v rawVariant) bool { return v.sql == c.SQL }) {
		return nil, false
	}
	out := make([]tsquery.RawCall, len(variants))
	for i, v := range variants {
		out[i] = c
		out[i].SQL, out[i].Values = v.sql, v.values
	}
	return out, true
}

// checkRawChoices judges each text of a raw call: the first warning, or
// else the first notice, of any of them.
func (q *queryCheck) checkRawChoices(choices []tsquery.RawCall) (queryFinding, bool) {
	var notice queryFinding
	noticed := false
	for _, c := range choices {
		f, ok := q.checkRaw(c)
		switch {
		case !ok:
		case f.severity != severity.Notice:
			return f, true
		case !noticed:
			notice, noticed = f, true
		}
	}
	return notice, noticed
}
