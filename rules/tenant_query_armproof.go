package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A fetched row compared with the tenant in each arm of an if, each arm
// its own way, is the caller's after the if (Marble's export download: by
// the link's token, or by the session's workspace):
//
//	const job = await db.exportJob.findUnique({ where: { id } });
//	if (token) {
//	  if ((await sha256(token)) !== job.tokenHash) return notFound();
//	} else {
//	  if (access.workspaceId !== job.workspaceId) return notFound();
//	}
//	… job
//
// Every path that reaches a statement past the if went through one arm,
// so the row is proved when every arm that can fall through proved it.
// An if without an else (an `else if` chain ending without one) has an
// arm that proves nothing; an arm that leaves proves nothing either, and
// must not name the row (`if (raw) return job;` hands it out). Each
// arm's comparison is held to what one in straight-line code is: its
// mismatch leaves, nothing handed the row on before it, and a catch
// around it that swallows the throw undoes it.

// armsProve reports whether proofs, ifs whose mismatch leaves but that
// do not run whenever fetch does, cover every path from fetch to judged:
// an if/else that runs whenever fetch does, before end and before judged
// (unless judged is fetch itself, whose uses past the if are all
// proved), has them in each arm that can fall through (armProves).
func armsProve(proofs []tsparse.Node, fetch tsparse.Node, row string, judged tsparse.Node, end int) bool {
	for _, p := range proofs {
		for o := p.Parent(); o.Valid() && !functionKinds[o.Kind()]; o = o.Parent() {
			if o.Kind() != "if_statement" || o.Start() < fetch.End() || o.End() > end || !reachedWithCall(o, fetch) {
				continue
			}
			if (sameNode(judged, fetch) || judged.Start() >= o.End()) && armsOfProve(o, proofs, row) {
				return true
			}
		}
	}
	return false
}

// armsOfProve reports whether ifs has an else and each of its arms either
// proves the row (armProves) or leaves without naming it, one at least
// proving.
func armsOfProve(ifs tsparse.Node, proofs []tsparse.Node, row string) bool {
	alt := ifs.Field("alternative")
	if ifs.Kind() != "if_statement" || !alt.Valid() {
		return false
	}
	proved := false
	for _, arm := range []tsparse.Node{ifs.Field("consequence"), firstNamed(alt)} {
		switch {
		case armProves(arm, proofs, row):
			proved = true
		case leaves(arm) && !wordRegexp(row).MatchString(arm.Text()):
		default:
			return false
		}
	}
	return proved
}

// armProves reports whether st, an arm or a statement an arm runs
// whenever it runs (in its block, or a bare block in it), is one of
// proofs, or an if/else whose arms prove the row.
func armProves(st tsparse.Node, proofs []tsparse.Node, row string) bool {
	switch st.Kind() {
	case "statement_block":
		return slices.ContainsFunc(namedNoComments(st), func(s tsparse.Node) bool { return armProves(s, proofs, row) })
	case "if_statement":
		return slices.ContainsFunc(proofs, func(p tsparse.Node) bool { return sameNode(p, st) }) || armsOfProve(st, proofs, row)
	}
	return false
}
