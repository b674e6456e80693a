package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// passwordBesideKey reports whether where looks a row of m up by a whole
// unique key and, beside it, an equality on its password (a field whose
// name's last word is password, plain or hashed): a sign-in (sealos's
// password provider),
//
//	oauthProvider.findUnique({ where: { providerId_providerType: { providerType, providerId: id }, password: hashPassword(password) } })
//
// The key finds one row and the password is the credential its owner
// presents: like a lookup by a token, it is how the tenant is found. The
// key is a compound @@id or @@unique given every field, or a field that
// is @id or @unique by itself, each a plain value; the password a value
// that cannot be undefined (a filter Prisma would drop), not an object.
// A where with a spread may drop either, and proves nothing.
func (q *queryCheck) passwordBesideKey(where tsparse.Node, m *prisma.Model) bool {
	password, key := false, false
	for _, e := range where.NamedChildren() {
		if e.Kind() == "spread_element" {
			return false
		}
		name, val, ok := property(e)
		if !ok {
			continue
		}
		val = uncast(val)
		if f := fieldByName(m, name); f != nil {
			words := nameWords(name)
			switch {
			case f.Kind != prisma.ScalarField || !plainKeyValue(val):
			case words[len(words)-1] == "password":
				password = password || q.presentedValue(val)
			case isPrimaryKey(m, f) || f.Attribute("unique") != nil:
				key = true
			}
			continue
		}
		ix := compoundUnique(m, name)
		obj, ok := q.objectOf(val, 0)
		if ix == nil || !ok || val.Kind() != "object" {
			continue
		}
		given := map[string]bool{}
		for _, part := range obj.NamedChildren() {
			if pn, pv, ok := property(part); ok && plainKeyValue(uncast(pv)) {
				given[pn] = true
			}
		}
		whole := true
		for _, f := range ix.Fields {
			whole = whole && f.Field != nil && given[f.Field.Name()]
		}
		key = key || whole
	}
	return password && key
}

// presentedValue reports whether v, a password's value, is one the
// caller presents: a name, a property or a call (`hashPassword(password)`)
// that reads a password, not a literal every caller knows (`""`,
// "changeme"), not a choice that may give null (`password ?? null` finds
// the rows without one), and not another value (`hashPassword(login)`,
// `email`), which the caller knows without the password.
func (q *queryCheck) presentedValue(v tsparse.Node) bool {
	switch v.Kind() {
	case "identifier", "member_expression", "call_expression", "await_expression":
		return v.Text() != "undefined" && q.readsPassword(v, 0)
	}
	return false
}

// passwordDepth is how many consts a password's value is followed
// through.
const passwordDepth = 3

// readsPassword reports whether v reads a name whose last word names a
// password (password, passwd, pwd, passphrase): `password`,
// `input.newPassword`, `hash(body.pwd)`. A called function's own name is
// not read: `hashPassword(login)` hashes the login; nor a const given a
// literal (`DEFAULT_PASSWORD`), which every caller knows as well as the
// literal; nor a row's stored hash (`existing.password`, storedRow), also
// under another name (`const storedPassword = existing.password`, `const
// { password } = existing`: a const is judged by its value); nor the
// server's configuration (`process.env.ADMIN_PASSWORD`), the same for
// every caller.
func (q *queryCheck) readsPassword(v tsparse.Node, depth int) bool {
	found := false
	v.Walk(func(n tsparse.Node) bool {
		if found {
			return false
		}
		switch n.Kind() {
		case "identifier", "property_identifier", "shorthand_property_identifier":
			if calledName(n) || n.Kind() == "identifier" && literalConst(n) || n.Kind() == "property_identifier" && (q.storedRow(n.Parent(), depth) || environmentRead(n.Parent())) {
				return false
			}
			if n.Kind() == "identifier" {
				if held, ok := constValue(n); ok {
					found = depth < passwordDepth && q.readsPassword(held, depth+1)
					return false
				}
				if from, ok := patternSource(n); ok && q.storedSource(from, depth) {
					return false
				}
			}
			words := nameWords(n.Text())
			if len(words) == 0 {
				return true
			}
			switch words[len(words)-1] {
			case "password", "passwd", "pwd", "passphrase":
				found = true
			}
		}
		return true
	})
	return found
}

// calledName reports whether n is the name a call calls: the function of
// `f(x)`, or the property of `a.f(x)`.
func calledName(n tsparse.Node) bool {
	p := n.Parent()
	if p.Kind() == "member_expression" && p.Field("property").Start() == n.Start() {
		n, p = p, p.Parent()
	}
	return p.Kind() == "call_expression" && p.Field("function").Start() == n.Start() && p.Field("function").End() == n.End()
}

// plainKeyValue reports whether v is a value an equality takes that is
// never undefined nor null: not an object (a filter), not maybe undefined.
func plainKeyValue(v tsparse.Node) bool {
	return v.Valid() && v.Kind() != "object" && v.Kind() != "null" && !mayBeUndefined(v, 0)
}

// storedRow reports whether v, a member read (`existing.password`,
// `existing.credentials.password`), reads a row a query found
// (storedSource): the password it holds is the stored one, which the
// caller need not know.
func (q *queryCheck) storedRow(v tsparse.Node, depth int) bool {
	if v.Kind() != "member_expression" {
		return false
	}
	root := uncast(v.Field("object"))
	for root.Kind() == "member_expression" {
		root = uncast(root.Field("object"))
	}
	return q.storedSource(root, depth)
}

// storedSource reports whether v is a row a query found: a Prisma
// operation awaited (`(await prisma.user.findUnique(…))`), a const given
// one, or a helper of the file or one it imports whose every return is
// one (`const user = await findUser(login)`).
func (q *queryCheck) storedSource(v tsparse.Node, depth int) bool {
	v = uncastAwait(v)
	switch {
	case depth > passwordDepth:
		return false
	case v.Kind() == "identifier":
		held, ok := constValue(v)
		return ok && q.storedSource(held, depth+1)
	case v.Kind() != "call_expression":
		return false
	case prismaOperation(v):
		return true
	}
	return q.viaHelper(v, func(fn tsparse.Node, hq *queryCheck) bool {
		body := fn.Field("body")
		if body.Kind() != "statement_block" {
			return hq.storedSource(body, depth+1)
		}
		stored, returns := true, 0
		eachReturn(body, func(_, ret tsparse.Node) bool {
			returns++
			stored = ret.Valid() && hq.storedSource(ret, depth+1)
			return stored
		})
		return stored && returns > 0
	})
}

// patternSource is the value a const pattern takes the name n from
// (`const { password } = existing`: existing), in n's function, before
// n.
func patternSource(n tsparse.Node) (tsparse.Node, bool) {
	var from tsparse.Node
	for _, d := range scopeBindings(enclosingFunction(n)) {
		if d.Start() < n.Start() && d.Kind() == "variable_declarator" && d.Field("name").Kind() == "object_pattern" && bindsName(d.Field("name"), n.Text()) && spans(d.Parent().Parent(), n) {
			from = d.Field("value")
		}
	}
	return from, from.Valid()
}

// environmentRead reports whether v reads `process.env.X` (`process.env["X"]`
// is a subscript, never read as a name).
func environmentRead(v tsparse.Node) bool {
	return v.Kind() == "member_expression" && compact(uncast(v.Field("object")).Text()) == "process.env"
}

// literalConst reports whether the name n is a const of its function or
// of the module given a literal: `const DEFAULT_PASSWORD = "changeme"`.
func literalConst(n tsparse.Node) bool {
	v, ok := constValue(n)
	if !ok {
		v = moduleConst(n.Tree().Root(), n.Text(), false)
	}
	switch v = uncast(v); v.Kind() {
	case "string", "number":
		return true
	case "template_string":
		return !hasChild(v, "template_substitution")
	}
	return false
}
