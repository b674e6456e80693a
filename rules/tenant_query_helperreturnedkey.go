package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// helperReturnedKey reports whether bare, a plain name a write's data
// gives ref (a key of target), is a const awaited from a helper whose
// every return gives nothing or `row.<ref>` of a const row of the helper
// that returnsTenantRow proves found or made in the tenant the caller
// passes: Comp AI's policy service,
//
//	private async getMemberId(organizationId: string, userId?: string) {
//	  if (!userId) return null;
//	  const member = await db.member.findFirst({ where: { userId, organizationId } });
//	  return member?.id ?? null;
//	}
//	… const memberId = await this.getMemberId(organizationId, userId);
//	… data: { publishedById: memberId } …
//
// The helper is a function of the file, an imported one (viaHelper), or
// a method of the same class called on this that no subclass may
// override (finalMethod). A return of
// anything else (a parameter, another row's key) proves nothing.
func (q *queryCheck) helperReturnedKey(bare tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	if bare.Kind() != "identifier" && bare.Kind() != "shorthand_property_identifier" || !q.call.Valid() {
		return false
	}
	held, ok := constBefore(bare.Text(), q.call)
	if !ok {
		return false
	}
	call := uncastAwait(held)
	if call.Kind() != "call_expression" {
		return false
	}
	test := func(fn tsparse.Node, hq *queryCheck) bool { return hq.returnsTenantKeys(call, fn, ref, target) }
	if callee := call.Field("function"); callee.Kind() == "member_expression" && callee.Field("object").Kind() == "this" && methodName(callee.Field("property")) {
		fn := finalMethod(q.helpers, call, callee.Field("property").Text())
		return fn.Valid() && test(fn, q)
	}
	return q.viaHelper(call, test)
}

// returnsTenantKeys is helperReturnedKey's reading of fn, called by call:
// at least one return gives a key, and none gives anything but nothing
// or the key of a row of fn found in the tenant call passes.
func (q *queryCheck) returnsTenantKeys(call, fn tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	return q.helperReturns(call, fn, target, func(ret, v tsparse.Node, tenantRow func(ret, v tsparse.Node) bool) (ok, counts bool) {
		if !v.Valid() || linksNothing(v) {
			return true, false
		}
		key := uncast(orNothing(v))
		if key.Kind() != "member_expression" || key.Field("property").Text() != ref.Name() || key.Field("object").Kind() != "identifier" {
			return false, false
		}
		row := key.Field("object")
		held, found := constValue(row)
		if !found || overwritten(ret, row.Text()+"."+ref.Name()) {
			return false, false
		}
		return tenantRow(ret, uncastAwait(held)), true
	})
}
