package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// The signed-in user's own row, found by the identity next-auth's session
// gives the request (langtrace's routes, where User holds its teamId):
//
//	const session = await getServerSession(authOptions);
//	const email = session?.user?.email as string;
//	const user = await prisma.user.findUnique({ where: { email } });
//
// next-auth signs the session, so its user's email and id are the
// caller's, and the row they find is the caller's own, in the caller's
// tenant. Only a lookup or write by a unique key counts: without a session
// the key is undefined, which Prisma refuses there, while a findFirst or an
// updateMany drops the filter and reaches anyone's row.

// nextAuthModules are the modules next-auth exports getServerSession from.
var nextAuthModules = map[string]bool{"next-auth": true, "next-auth/next": true}

// sessionUserRow reports whether c finds or writes the User model's row by
// its unique email or id, given the signed-in user's: read from
// `<session>.user.<key>`, where the session is a const of the function
// holding next-auth's getServerSession, directly or through a const of
// the function. The where may narrow further, but holds no spread (which
// could replace the key), no computed key, names the key once, and names
// no other unique key: `{ id: body.id, email: session?.user?.email }`
// finds anyone's row by the id when there is no session.
func (q *queryCheck) sessionUserRow(c tsquery.Call, m *prisma.Model) bool {
	if m.Name != "User" || !uniqueWhere(c.Node) {
		return false
	}
	where, ok := q.whereObject(c)
	if !ok {
		return false
	}
	// A computed key may name the identity again, after it.
	identity := false
	return eachEntryOnce(where, func(key string, val tsparse.Node) bool {
		switch {
		case (key == "email" || key == "id") && isUniqueField(m, key) && signedInUsers(val, key):
			identity = true
		case isUniqueField(m, key) || compoundUnique(m, key) != nil:
			// Without a session the identity is undefined and Prisma
			// leaves it out: another unique key finds a row alone.
			return false
		}
		return true
	}) && identity
}

// signedInUsers reports whether val is `<session>.user.<key>` (optional
// chains, casts and non-null assertions allowed), directly or as the
// value of a const of the function, with the session from
// getServerSession.
func signedInUsers(val tsparse.Node, key string) bool {
	val = uncast(val)
	if k := val.Kind(); k == "identifier" || k == "shorthand_property_identifier" {
		init, ok := constValue(val)
		if !ok {
			return false
		}
		val = uncast(init)
	}
	if val.Kind() != "member_expression" || val.Field("property").Text() != key {
		return false
	}
	user := uncast(val.Field("object"))
	if user.Kind() != "member_expression" || user.Field("property").Text() != "user" {
		return false
	}
	return nextAuthSession(uncastAwait(user.Field("object")))
}

// nextAuthSession reports whether n is a call of next-auth's
// getServerSession, or a const of the function bound to one and only read
// (sessionRead).
func nextAuthSession(n tsparse.Node) bool {
	if n.Kind() == "identifier" {
		init, ok := constValue(n)
		if !ok || !sessionRead(n) {
			return false
		}
		n = uncastAwait(init)
	}
	if n.Kind() != "call_expression" {
		return false
	}
	fn := n.Field("function")
	if fn.Kind() != "identifier" {
		return false
	}
	if scope, _ := bindingScope(fn, fn.Text(), -1); scope.Valid() && scope.Kind() != "program" {
		return false // a parameter or a local of the same name hides the import
	}
	name, module := importOf(fn, fn.Text())
	return name == "getServerSession" && nextAuthModules[module] && appAuthOptions(n)
}

// appAuthOptions reports whether the getServerSession call n is given
// the application's own options: its arguments plain names (req, res),
// the last (the options) bound outside any function and never changed.
// Options the function makes (`{ ...authOptions, callbacks: { session:
// () => ({ user: body.user }) } }`, or a call building them) may put the
// request's user in the session.
func appAuthOptions(n tsparse.Node) bool {
	args := namedNoComments(n.Field("arguments"))
	for i, a := range args {
		a = uncast(a)
		if a.Kind() != "identifier" {
			return false
		}
		if i < len(args)-1 {
			continue
		}
		if scope, _ := bindingScope(a, a.Text(), -1); scope.Valid() && scope.Kind() != "program" {
			return false
		}
		root := a
		for root.Parent().Valid() {
			root = root.Parent()
		}
		if changesName(root, a.Text()) {
			return false
		}
	}
	return true
}

// sessionRead reports whether the session the const named at holds keeps
// the user getServerSession gave it: every use of the name reads a field
// of its user (`session?.user?.email`), unchanged, or tests the session or
// its user (`if (!session || !session.user)`). Anything else may change
// the user or hand it to code that does: `session.user.email = body.email`,
// `const u = session.user; u.email = …`, `Object.assign(session.user, …)`.
func sessionRead(at tsparse.Node) bool {
	name := at.Text()
	scope, _ := bindingScope(at, name, -1)
	if !scope.Valid() {
		return false
	}
	return !scope.AnyOfKind([]string{"identifier", "shorthand_property_identifier"}, func(n tsparse.Node) bool {
		if n.Text() != name || bindingSite(n) {
			return false
		}
		if s, _ := bindingScope(n, name, -1); !sameNode(s, scope) {
			return false
		}
		chain, depth := n, 0
		for p := chain.Parent(); ; p = chain.Parent() {
			switch p.Kind() {
			case "member_expression", "subscript_expression":
				if !sameNode(p.Field("object"), chain) {
					return true // an index
				}
				depth++
			case "parenthesized_expression", "non_null_expression":
			default:
				if depth == 2 && p.Kind() == "call_expression" && sameNode(p.Field("function"), chain) {
					// A method of the user's own has the user as this:
					// `session.user.valueOf()` is the user itself.
					return true
				}
				if depth >= 2 {
					return rowFieldSet(chain)
				}
				return !onlyTested(chain)
			}
			chain = p
		}
	})
}

// onlyTested reports whether n (a session or its user, a row or a part
// of it) is only tested where it stands: negated, compared, or a
// condition. The left of && is
// tested; its right, and either side of || or ??, is the value of the
// whole, which must be tested in turn: `const u = session && session.user`
// hands the user on.
func onlyTested(n tsparse.Node) bool {
	p := n.Parent()
	for p.Kind() == "parenthesized_expression" {
		n, p = p, p.Parent()
	}
	switch p.Kind() {
	case "unary_expression":
		return p.Field("operator").Text() == "!"
	case "binary_expression":
		switch p.Field("operator").Text() {
		case "===", "!==", "==", "!=":
			return true
		case "&&":
			return sameNode(p.Field("left"), n) || onlyTested(p)
		case "||", "??":
			return onlyTested(p)
		}
	case "if_statement", "while_statement":
		return true
	case "ternary_expression":
		return sameNode(p.Field("condition"), n)
	}
	return false
}
