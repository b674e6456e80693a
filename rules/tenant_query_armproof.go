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
// must not hand the row out (`if (raw) return job;`), nor leave by a
// throw a catch takes while the row goes on. Each
// arm's comparison is held to what one in straight-line code is: its
// mismatch leaves, nothing handed the row on before it, and a catch
// around it that swallows the throw undoes it.

// armsProve reports whether proofs, ifs whose mismatch leaves but that
// do not run whenever fetch does, cover every path from fetch to judged:
// an if/else that runs whenever fetch does, before end and before judged
// (unless judged is fetch itself, whose uses past the if are all
// proved), has them in each arm that can fall through (armProves).
//
// It returns that if, or the zero Node.
func armsProve(proofs []tsparse.Node, fetch tsparse.Node, row string, judged tsparse.Node, end int) tsparse.Node {
	for _, p := range proofs {
		for o := p.Parent(); o.Valid() && !functionKinds[o.Kind()]; o = o.Parent() {
			if o.Kind() != "if_statement" || o.Start() < fetch.End() || o.End() > end || !reachedWithCall(o, fetch) {
				continue
			}
			if (sameNode(judged, fetch) || judged.Start() >= o.End()) && armsOfProve(o, proofs, fetch, row) {
				return o
			}
		}
	}
	return tsparse.Node{}
}

// armsOfProve reports whether ifs has an else and each of its arms either
// proves the row (armProves) or leaves without it (leavesWithoutRow), one
// at least proving.
func armsOfProve(ifs tsparse.Node, proofs []tsparse.Node, fetch tsparse.Node, row string) bool {
	alt := ifs.Field("alternative")
	if ifs.Kind() != "if_statement" || !alt.Valid() {
		return false
	}
	proved := false
	for _, arm := range []tsparse.Node{ifs.Field("consequence"), firstNamed(alt)} {
		switch {
		case armProves(arm, proofs, fetch, row):
			proved = true
		case leavesWithoutRow(arm, ifs, fetch, row):
		default:
			return false
		}
	}
	return proved
}

// armProves reports whether st, an arm or a statement an arm runs
// whenever it runs (in its block, or a bare block in it), is one of
// proofs, or an if/else whose arms prove the row.
func armProves(st tsparse.Node, proofs []tsparse.Node, fetch tsparse.Node, row string) bool {
	switch st.Kind() {
	case "statement_block":
		return slices.ContainsFunc(namedNoComments(st), func(s tsparse.Node) bool { return armProves(s, proofs, fetch, row) })
	case "if_statement":
		return slices.ContainsFunc(proofs, func(p tsparse.Node) bool { return sameNode(p, st) }) || armsOfProve(st, proofs, fetch, row)
	}
	return false
}

// leavesWithoutRow reports whether arm, an arm of ifs, leaves as a
// comparison's mismatch must (mismatchLeaves: a throw a catch around ifs
// takes and goes on from does not leave a row that outlives the try),
// and hands nothing of the row on as it goes: it names neither the row
// nor a name that carries it (`const raw = job; … else { return
// send(raw); }`), nor calls a function declared in fetch's function that
// names them (a declaration is hoisted: `return leak(); … function
// leak() { return send(job); }`).
func leavesWithoutRow(arm, ifs, fetch tsparse.Node, row string) bool {
	return leavesWithoutRowFor(arm, ifs, fetch, row, tsparse.Node{})
}

// leavesWithoutRowFor is leavesWithoutRow for judged, a query after fetch
// the comparison is to prove (mismatchLeavesFor).
func leavesWithoutRowFor(arm, ifs, fetch tsparse.Node, row string, judged tsparse.Node) bool {
	if !mismatchLeavesFor(arm, ifs, fetch, judged) {
		return false
	}
	// The row named as a value (`return doc`, `{ doc }`, `${doc.name}`),
	// not a word of a message (`throw new Error("invalid doc")`), nor the
	// very field the if compares, which says whose the row is and nothing
	// of it (Shelf's image route puts `ownerOrgId: image.ownerOrgId` in
	// its error's details).
	compared := compact(ifs.Field("condition").Text())
	handsOut := func(id tsparse.Node) bool {
		field := id.Parent()
		if field.Kind() != "member_expression" || !sameNode(field.Field("object"), id) || field.Field("property").Kind() != "property_identifier" || optionalChain(field) {
			return true
		}
		if p := field.Parent(); p.Kind() == "call_expression" || p.Kind() == "member_expression" || p.Kind() == "subscript_expression" {
			return true // a method of it, or a path into it
		}
		return !wordRegexp(compact(field.Text())).MatchString(compared)
	}
	if anyNode(arm, func(id tsparse.Node) bool {
		return (id.Kind() == "identifier" || id.Kind() == "shorthand_property_identifier") && id.Text() == row && handsOut(id)
	}) {
		return false
	}
	scope := enclosingFunction(fetch)
	names := rowCarriers(scope, fetch, fetch.End(), arm.End(), row)
	namesRow := func(n tsparse.Node) bool {
		return anyNode(n, func(id tsparse.Node) bool {
			at, ok := names[id.Text()]
			return ok && (id.Kind() == "identifier" || id.Kind() == "shorthand_property_identifier") && sameBinding(id, at, id.Text()) && handsOut(id)
		})
	}
	if namesRow(arm) {
		return false
	}
	hoisted := map[string]bool{}
	scope.Walk(func(n tsparse.Node) bool {
		if n.Kind() == "function_declaration" && sameNode(enclosingFunction(n), scope) && (wordRegexp(row).MatchString(n.Text()) || namesRow(n)) {
			hoisted[n.Field("name").Text()] = true
		}
		return true
	})
	return !anyNode(arm, func(n tsparse.Node) bool {
		return n.Kind() == "call_expression" && n.Field("function").Kind() == "identifier" && hoisted[n.Field("function").Text()]
	})
}
