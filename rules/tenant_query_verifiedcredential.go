package rules

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// Rows the caller proves its own by a credential it presents, checked by
// a verifying function rather than an equality (bklit's legacy API
// tokens):
//
//	const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix, tokenLookup: null } });
//	for (const apiToken of tokens) {
//	  const isValid = await verifyToken(token, apiToken.tokenHash);
//	  if (isValid) {
//	    prisma.apiToken.update({ where: { id: apiToken.id }, data: { tokenLookup } });
//	  }
//	}
//
// A function named for checking (verify, compare, equal, match; read,
// when the application defines it, for a verdict on every return:
// checksAsNamed) handed a stored row's credential column and a value the caller presents, whose
// truthy verdict the call needs (awaited, unless the function answers at
// once: verdictRead), checks the credential as `row.tokenHash
// === presented` does, which the rule accepts after a lookup by id: the
// row is the caller's by the secret, whichever rows the lookup read (the
// lookup itself is judged on its own). The row is a const a single-row
// query on its model returned, or the element of a for-of over a const
// list a findMany on it returned, a list nothing else walks or is handed
// (elementsKept); neither its credential nor the row is changed from the
// query to the check. The call is reached only when the
// result is truthy: inside an if that tests it (alone or among && terms),
// or after an if that leaves when it is falsy.

// verifyingWords are the words of a function's name that say it checks
// what it is given (bcrypt.compare, argon2.verify, timingSafeEqual).
var verifyingWords = []string{"verify", "compare", "equal", "equals", "match", "matches"}

// negatingWords turn a checking name around: notEqual, doesNotMatch and
// noMatch answer true for a value that differs.
var negatingWords = []string{"not", "no", "non", "never"}

// credentialVerified reports whether value, `row.<idName>`, reads the key
// of a stored row of target whose credential the caller presented and a
// verifying function accepted before the call.
func (q *queryCheck) credentialVerified(value string, target *prisma.Model, idName string) bool {
	m := plainRowKey.FindStringSubmatch(value)
	if m == nil || m[2] != idName || q.verifying {
		return false
	}
	row := m[1]
	load, ok := q.storedRowLoad(row, target)
	if !ok {
		return false
	}
	outer, _ := functionChain(q.call)
	src := q.call.Tree().Src
	return anyNode(outer, func(n tsparse.Node) bool {
		if n.Kind() != "call_expression" || n.Start() < load.End() || n.End() > q.call.Start() {
			return false
		}
		field := q.verifiedCredential(n, row, target)
		if field == "" || !sameBinding(n, q.call, row) || fieldWritten(string(src[load.End():n.Start()]), field) {
			return false
		}
		sub := *q
		sub.call = n
		return !sub.rowChangedBetween(load, []string{row, field}) && (verifiedGate(n, q.call) || skippedUnlessVerified(n, q.call, elementLoop(q.call, row)))
	})
}

// elementLoop is the for…of around at whose variable is row, or an
// invalid node: a skip of the rest of its body reads only there.
func elementLoop(at tsparse.Node, row string) tsparse.Node {
	for p := at.Parent(); p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
		if p.Kind() == "for_in_statement" && bindsName(p.Field("left"), row) {
			return p
		}
	}
	return tsparse.Node{}
}

// storedRowLoad is the query that gave row, a name where q.call stands:
// a const awaited from a single-row query on target, or the element of a
// `for (const row of list)` over a const awaited from a findMany on it.
func (q *queryCheck) storedRowLoad(row string, target *prisma.Model) (tsparse.Node, bool) {
	name, ops := row, []string{"findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow"}
	list := constLoopSource(q.call, row)
	if list != "" {
		name, ops = list, []string{"findMany"}
	}
	held, ok := constBefore(name, q.call)
	if !ok || uncast(held).Kind() != "await_expression" {
		return tsparse.Node{}, false
	}
	c, ok := q.callAt(uncastAwait(held))
	if !ok || c.Delegate != delegateName(target.Name) || !slices.Contains(ops, c.Operation) || rowAssignedBetween(held, q.call, name) {
		return tsparse.Node{}, false
	}
	if list != "" && !elementsKept(held, q.call, list) {
		return tsparse.Node{}, false
	}
	return c.Node, true
}

// elementsKept reports whether, from held (a list's value) to at, the
// list is named only as the list a loop or callback around at walks
// (`for (const t of tokens)`, `tokens.forEach((t) => …)`), or to read its
// length. Handed on, or walked by another loop or callback, any element
// may have had its credential or key replaced by the time at's turn reads
// it (`tokens.forEach((t) => Object.assign(t, { tokenHash }))`), and the
// row's own name shows none of it.
func elementsKept(held, at tsparse.Node, list string) bool {
	outer, _ := functionChain(at)
	return !anyNode(outer, func(n tsparse.Node) bool {
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != list || n.Start() < held.End() || n.End() > at.Start() || !sameBinding(n, at, list) {
			return false
		}
		p := n.Parent()
		switch {
		case p.Kind() == "for_in_statement" && sameNode(p.Field("right"), n):
			return !spans(p.Field("body"), at)
		case p.Kind() == "member_expression" && sameNode(p.Field("object"), n):
			if p.Field("property").Text() == "length" {
				return memberWritten(p)
			}
			args := p.Parent().Field("arguments")
			return p.Parent().Kind() != "call_expression" || !slices.ContainsFunc(namedNoComments(args), func(a tsparse.Node) bool { return functionKinds[a.Kind()] && spans(a, at) })
		}
		return true
	})
}

// verifiedCredential is the credential column of target that call, a
// verifying function's, is given from row beside a value the caller
// presents; "" when call is not such a check.
func (q *queryCheck) verifiedCredential(call tsparse.Node, row string, target *prisma.Model) string {
	name := calleeName(call)
	if !checkingName(name) || !verdictRead(call, name) || ordering(call) {
		return ""
	}
	args := namedNoComments(call.Field("arguments"))
	field, presented := "", false
	for _, a := range args {
		stored := storedField(a, row)
		switch {
		case stored != "" && credentialColumn(target, stored) && field == "":
			field = stored
		case !q.mentionsStored(a, row, 0) && !q.provesNothing(a) && !unpresented(a) && !configuredValue(a, 0) && a.Kind() != "spread_element":
			presented = true
		}
	}
	if !presented || !q.checksAsNamed(call, 0) {
		return ""
	}
	return field
}

// configuredValue reports whether n may be, as a whole, the server's
// configuration (`process.env.DEFAULT_TOKEN`, `import.meta.env.X`): read
// there, through a const, as a side of a fallback or a branch of a
// choice (`token ?? DEFAULT_TOKEN`), or hashed (`sha(process.env.X)`).
// It is the same for every caller: a row whose secret it is goes to a
// caller who presented nothing. A token peppered with it is still the
// caller's.
func configuredValue(n tsparse.Node, depth int) bool {
	n = uncastAwait(n)
	if depth > 4 {
		return false
	}
	switch n.Kind() {
	case "member_expression", "subscript_expression":
		text := compact(n.Text())
		return strings.HasPrefix(text, "process.env") || strings.HasPrefix(text, "import.meta.env")
	case "identifier", "shorthand_property_identifier":
		v, ok := constBefore(n.Text(), n)
		if !ok {
			v = moduleConst(n.Tree().Root(), n.Text(), false)
		}
		return v.Valid() && configuredValue(v, depth+1)
	case "binary_expression":
		if op := n.Field("operator").Text(); op == "??" || op == "||" {
			return configuredValue(n.Field("left"), depth+1) || configuredValue(n.Field("right"), depth+1)
		}
	case "ternary_expression":
		return configuredValue(n.Field("consequence"), depth+1) || configuredValue(n.Field("alternative"), depth+1)
	case "call_expression":
		args := namedNoComments(n.Field("arguments"))
		return len(args) > 0 && !slices.ContainsFunc(args, func(a tsparse.Node) bool { return !configuredValue(a, depth+1) && !fixedValue(a, 0) })
	}
	return false
}

// ordering reports whether call is a known ordering, whatever it is
// awaited for: Buffer.compare, localeCompare, an Intl.Collator's compare
// (`new Intl.Collator().compare(a, b)`, or through a const holding one).
// It answers 0 for the matching value, truthy for every other one.
func ordering(call tsparse.Node) bool {
	callee := uncast(call.Field("function"))
	if callee.Kind() != "member_expression" {
		return false
	}
	switch callee.Field("property").Text() {
	case "localeCompare":
		return true
	case "compare":
	default:
		return false
	}
	object := uncast(callee.Field("object"))
	if object.Kind() == "identifier" {
		if object.Text() == "Buffer" {
			return true
		}
		v, ok := constBefore(object.Text(), call)
		if !ok {
			v = moduleConst(call.Tree().Root(), object.Text(), false)
		}
		object = uncast(v)
	}
	return object.Valid() && strings.Contains(compact(object.Text()), "Intl.Collator")
}

// calleeName is the name of the function call calls: `verify` of
// `verify(…)` and of `argon2.verify(…)`.
func calleeName(call tsparse.Node) string {
	fn := uncast(call.Field("function"))
	if fn.Kind() == "member_expression" {
		return fn.Field("property").Text()
	}
	return fn.Text()
}

// checkingName reports whether name is named for checking what it is
// given, and not for the opposite.
func checkingName(name string) bool {
	words := nameWords(name)
	return slices.ContainsFunc(words, func(w string) bool { return slices.Contains(verifyingWords, w) }) && !slices.ContainsFunc(words, func(w string) bool { return slices.Contains(negatingWords, w) })
}

// checksAsNamed reports whether call, to a function named for checking,
// checks as its name says, as far as the rule can read: a function of
// the application (one the file declares, or imports from another of its
// files) is read, and must answer on every return with false, an
// equality, the verdict of a call that checks as named (a few levels
// down), or && of those; `function verifyToken() { return true }` checks
// nothing. A library's function is taken at its name, and so is nothing
// the file declares itself under that name but cannot read (a function
// nested in another, or bound twice).
func (q *queryCheck) checksAsNamed(call tsparse.Node, depth int) bool {
	if depth > 3 {
		return false
	}
	if fn, defined := q.definedMethod(call); defined {
		return fn.Valid() && q.answersVerdict(fn, depth)
	}
	// A verifier of the application, of the file or imported, is read for
	// its verdict whatever code it runs: what is asked is its answer, and
	// a library's check it calls (scrypt, bcrypt.compare) is taken at its
	// name, as when called here.
	read := false
	checks := q.viaHelperWhatever(call, func(fn tsparse.Node, hq *queryCheck) bool {
		read = true
		return hq.answersVerdict(fn, depth)
	})
	if read {
		return checks
	}
	callee := uncast(call.Field("function"))
	// A function of one of the application's files that could not be
	// read (a default export, a namespace's member) checks nothing the
	// rule sees: only a package's is taken at its name.
	root := callee
	for root.Kind() == "member_expression" {
		root = uncast(root.Field("object"))
	}
	if root.Kind() == "identifier" && q.helpers != nil {
		if _, spec := importOf(root, root.Text()); spec != "" {
			if _, ok := q.helpers.resolve(filepath.Clean(call.Tree().Path), spec); ok {
				return false
			}
		}
	}
	return callee.Kind() != "identifier" || !anyNode(call.Tree().Root(), func(d tsparse.Node) bool {
		switch d.Kind() {
		case "function_declaration":
			return d.Field("name").Text() == callee.Text()
		case "variable_declarator":
			return d.Field("name").Text() == callee.Text() && functionKinds[uncast(d.Field("value")).Kind()]
		}
		return false
	})
}

// answersVerdict reports whether fn answers with a verdict (verdictValue)
// on every return, and returns at all.
func (q *queryCheck) answersVerdict(fn tsparse.Node, depth int) bool {
	body := fn.Field("body")
	if keepsGiven(fn) {
		return false
	}
	if body.Kind() != "statement_block" {
		return q.verdictValue(body, fn, depth)
	}
	returns, ok := 0, true
	eachReturn(body, func(_, v tsparse.Node) bool {
		returns++
		ok = v.Valid() && q.verdictValue(v, fn, depth)
		return ok
	})
	return ok && returns > 0
}

// keepsGiven reports whether fn, a checking function of the application,
// puts what it reads of its parameters where it outlives the call: given
// to a name bound outside fn or a member of one (`last = hash`, `this.h =
// hash`), to a method that keeps it of such a name (`seen.push(hash)`,
// `cache.set(k, hash)`, `Object.assign(box, { hash })`), or to a function
// of the file that checks nothing (`remember(hash)`). Handed every row's
// hash of a walk before any is verified, it keeps other tenants' hashes.
func keepsGiven(fn tsparse.Node) bool {
	outside := func(root tsparse.Node) bool {
		if root.Kind() == "this" {
			return true
		}
		if root.Kind() != "identifier" {
			return false
		}
		scope, _ := bindingScope(root, root.Text(), -1)
		return !scope.Valid() || !spans(fn, scope)
	}
	reads := func(n tsparse.Node) bool {
		read := map[string]bool{}
		parametersRead(n, fn, read, 0)
		return len(read) > 0
	}
	root := fn.Tree().Root()
	declaredFunction := func(name string) bool {
		return anyNode(root, func(d tsparse.Node) bool {
			switch d.Kind() {
			case "function_declaration":
				return d.Field("name").Text() == name
			case "variable_declarator":
				return d.Field("name").Text() == name && functionKinds[uncast(d.Field("value")).Kind()]
			}
			return false
		})
	}
	return anyNode(fn.Field("body"), func(n tsparse.Node) bool {
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			return outside(writtenRoot(n.Field("left"))) && reads(n.Field("right"))
		case "call_expression":
			args := namedNoComments(n.Field("arguments"))
			if !slices.ContainsFunc(args, reads) {
				return false
			}
			callee := uncast(n.Field("function"))
			switch callee.Kind() {
			case "member_expression":
				if compact(callee.Text()) == "Object.assign" {
					return outside(writtenRoot(args[0]))
				}
				switch callee.Field("property").Text() {
				case "push", "unshift", "splice", "set", "add":
					return outside(writtenRoot(callee.Field("object")))
				}
			case "identifier":
				return !checkingName(callee.Text()) && declaredFunction(callee.Text())
			}
		}
		return false
	})
}

// definedMethod is the function a method call `x.m(…)` runs when the file
// defines it: an entry of the object literal a const x holds, a method of
// the class of the file a const x holds an instance of (`new Checker()`),
// or, for `this.m(…)`, of the class around it that no subclass or file
// may replace (finalMethod). defined is false when the file defines no
// such x (a library's object); fn is invalid when it does but the
// function cannot be read (an entry that is no function literal, a
// method the class may inherit or a subclass override).
func (q *queryCheck) definedMethod(call tsparse.Node) (fn tsparse.Node, defined bool) {
	callee := uncast(call.Field("function"))
	if callee.Kind() != "member_expression" {
		return tsparse.Node{}, false
	}
	name := callee.Field("property").Text()
	if method := calledOnThis(call); method != "" {
		class := enclosingFunction(call)
		for class.Kind() == "arrow_function" {
			class = enclosingFunction(class)
		}
		if class.Parent().Kind() != "class_body" || !slices.ContainsFunc(namedNoComments(class.Parent()), func(m tsparse.Node) bool { return keyName(m.Field("name")) == method }) {
			return tsparse.Node{}, false
		}
		return finalMethod(q.helpers, call, method), true
	}
	object := uncast(callee.Field("object"))
	if object.Kind() != "identifier" {
		return tsparse.Node{}, false
	}
	v, ok := constBefore(object.Text(), call)
	if !ok {
		v = moduleConst(call.Tree().Root(), object.Text(), false)
	}
	var entries []tsparse.Node
	holders := []string{object.Text()}
	switch v = uncast(v); v.Kind() {
	case "object":
		entries = namedNoComments(v)
	case "new_expression":
		c := v.Field("constructor")
		holders = append(holders, c.Text())
		class := tsparse.Node{}
		anyNode(call.Tree().Root(), func(d tsparse.Node) bool {
			if d.Kind() == "class_declaration" && d.Field("name").Text() == c.Text() {
				class = d
			}
			return class.Valid()
		})
		if !class.Valid() {
			return tsparse.Node{}, false
		}
		if class.Field("body").Valid() && !slices.ContainsFunc(namedNoComments(class), func(n tsparse.Node) bool { return n.Kind() == "class_heritage" }) {
			entries = namedNoComments(class.Field("body"))
		}
	default:
		return tsparse.Node{}, false
	}
	if methodReplaced(call.Tree().Root(), name, holders) {
		return tsparse.Node{}, true
	}
	for _, e := range entries {
		switch {
		case e.Kind() == "method_definition" && keyName(e.Field("name")) == name:
			return e, true
		case e.Kind() == "pair" && keyName(e.Field("key")) == name:
			if f := uncast(e.Field("value")); f.Kind() == "arrow_function" || f.Kind() == "function_expression" {
				return f, true
			}
		}
	}
	return tsparse.Node{}, true
}

// methodReplaced reports whether the file may give the method name of an
// object or class named in holders another function: it writes a
// property of that name of anything (`checker.verify = …`,
// `Checker.prototype.verify = …`, a destructuring target), or hands one of
// holders, or a member of one, to Object.assign, defineProperty or
// Reflect. The definition read is then not what the call runs.
func methodReplaced(root tsparse.Node, name string, holders []string) bool {
	return anyNode(root, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			left := uncast(n.Field("left"))
			if left.Kind() == "subscript_expression" {
				// `o["verify"] = …`, or a key computed that may be it.
				index := uncast(left.Field("index"))
				return keyName(index) == name || index.Kind() != "number" && index.Kind() != "string"
			}
			return left.Kind() == "member_expression" && left.Field("property").Text() == name || patternSetsKey(left, name)
		case "call_expression":
			args := namedNoComments(n.Field("arguments"))
			if len(args) == 0 || !setsFields(n) {
				return false
			}
			r := writtenRoot(args[0])
			return r.Kind() == "identifier" && slices.Contains(holders, r.Text())
		}
		return false
	})
}

// verdictValue reports whether v, what fn, a checking function, returns,
// is a verdict on what it was given (checksAsNamed): an equality, or a
// checking call, that sets what fn was given against each other
// (comparesParameters).
func (q *queryCheck) verdictValue(v, fn tsparse.Node, depth int) bool {
	v = uncastAwait(v)
	switch v.Kind() {
	case "false":
		return true
	case "binary_expression":
		switch v.Field("operator").Text() {
		case "===", "==":
			return comparesParameters(fn, []tsparse.Node{v.Field("left"), v.Field("right")})
		case "&&":
			// A term before the last is read for its truth: a promise
			// there is true.
			left := uncast(v.Field("left"))
			return (left.Kind() != "call_expression" || verdictRead(left, calleeName(left))) && q.verdictValue(left, fn, depth) && q.verdictValue(v.Field("right"), fn, depth)
		}
	case "call_expression":
		return checkingName(calleeName(v)) && !ordering(v) && comparesParameters(fn, namedNoComments(v.Field("arguments"))) && q.checksAsNamed(v, depth+1)
	case "identifier":
		// `const isValid = await compare(key, hashedKey); return isValid;`
		// (Langfuse's verifySecretKey). A call held unawaited is a
		// promise, true wherever it is tested.
		held, ok := constValue(v)
		if !ok || depth > 3 {
			return false
		}
		if h := uncast(held); h.Kind() == "call_expression" && !verdictRead(h, calleeName(h)) {
			return false
		}
		return q.verdictValue(held, fn, depth+1)
	}
	return false
}

// comparesParameters reports whether two of sides, the sides of an
// equality or the arguments of a checking call in fn, each read a
// parameter of fn, and not the same ones: `sha(token) === hash`, or
// bklit's scrypt of the token with the hash's salt against the hash's
// stored part. A side that reads none (`hash.length === 64`, `1 == 1`),
// or two that read the same (`token === token`), answer alike whatever
// token the caller presents.
func comparesParameters(fn tsparse.Node, sides []tsparse.Node) bool {
	read := make([]map[string]bool, len(sides))
	for i, s := range sides {
		read[i] = map[string]bool{}
		parametersRead(s, fn, read[i], 0)
	}
	for i := range read {
		for j := range read {
			if i != j && len(read[i]) > 0 && len(read[j]) > 0 && !maps.Equal(read[i], read[j]) {
				return true
			}
		}
	}
	return false
}

// parametersRead adds to read the parameters of fn that n reads, itself
// or through the consts of fn it reads, destructured too (`const [salt,
// stored] = hash.split(":")`). A name that is neither (a let, a global)
// adds nothing, nor a read of its length alone.
func parametersRead(n, fn tsparse.Node, read map[string]bool, depth int) {
	n.Walk(func(d tsparse.Node) bool {
		if d.Kind() != "identifier" && d.Kind() != "shorthand_property_identifier" {
			return true
		}
		name := d.Text()
		if name == "arguments" && d.Kind() == "identifier" {
			// Any parameter, none in particular.
			read[name] = true
			return true
		}
		// Only a value's size is read: every token of that length
		// matches (`token.length === hash.length`).
		if p := d.Parent(); p.Kind() == "member_expression" && sameNode(p.Field("object"), d) && p.Field("property").Text() == "length" {
			return true
		}
		scope, _ := bindingScope(d, name, -1)
		switch {
		case !scope.Valid() || !spans(fn, scope):
		case sameNode(scope, fn):
			if bindsName(fn.Field("parameters"), name) || bindsName(fn.Field("parameter"), name) {
				read[name] = true
			}
		case depth < 4:
			for _, st := range scope.NamedChildren() {
				if st.Kind() != "lexical_declaration" || !constDeclaration(st) {
					continue
				}
				for _, decl := range st.NamedChildren() {
					if decl.Kind() == "variable_declarator" && bindsName(decl.Field("name"), name) && decl.Field("value").Valid() {
						parametersRead(decl.Field("value"), fn, read, depth+1)
					}
				}
			}
		}
		return true
	})
}

// verdictRead reports whether the value call gives where it stands is
// its verdict: awaited, or from a function that answers at once (crypto's
// timingSafeEqual, bcrypt's compareSync). Other checks (bcrypt.compare,
// argon2.verify) answer with a promise, truthy however it settles: `if
// (verifyToken(token, key.tokenHash))` passes for any token, and so does
// an ordering that answers 0 for a match (`Buffer.compare(a, b)`,
// localeCompare) for any token but the right one.
func verdictRead(call tsparse.Node, name string) bool {
	p := call.Parent()
	for p.Kind() == "parenthesized_expression" || p.Kind() == "as_expression" || p.Kind() == "satisfies_expression" || p.Kind() == "non_null_expression" {
		p = p.Parent()
	}
	return p.Kind() == "await_expression" || name == "timingSafeEqual" || strings.HasSuffix(name, "Sync")
}

// mentionsStored reports whether n reads anything of row, or of a row a
// query returned, directly or through what holds it: a const (`const h =
// String(row.tokenHash)`), a let given it anywhere (`h =
// row.tokenHash`), a name destructured from it (`const { tokenHash } =
// row`), an object, list or map it was put in (`bag.h = row.tokenHash`,
// `cache.set(id, row.tokenHash)`, `this.h = …`). What a row holds is no
// value the caller presents: the row's own hash matches itself, and
// another row's matches it when the caller chose both ids
// (`verifyToken(other.tokenHash, key.tokenHash)`).
func (q *queryCheck) mentionsStored(n tsparse.Node, row string, depth int) bool {
	return depth <= 4 && anyNode(n, func(d tsparse.Node) bool {
		if _, ok := q.callAt(d); ok {
			return true
		}
		var scope tsparse.Node
		switch d.Kind() {
		case "identifier", "shorthand_property_identifier":
			if d.Text() == row || readsRow(d, row) {
				return true
			}
			// A global (Buffer) is given nothing the file can see.
			scope, _ = bindingScope(d, d.Text(), -1)
		case "this":
			// What a method of this answers is what its body reads
			// (Langfuse's `this.extractBasicAuthCredentials(header)`,
			// from the header alone); what a property of this holds is
			// read as any holder's (`this.h = key.tokenHash`), also when
			// a method hands it back (`held() { return this.h }`), or
			// when the method is not known.
			if m := d.Parent(); m.Kind() == "member_expression" && sameNode(m.Field("object"), d) && m.Parent().Kind() == "call_expression" && sameNode(m.Parent().Field("function"), m) {
				method := thisMethod(d, m.Field("property").Text())
				if body := method.Field("body"); body.Valid() && !anyNode(body, func(n tsparse.Node) bool { return n.Kind() == "this" }) {
					return q.mentionsStored(body, row, depth+1)
				}
			}
			scope, _ = functionChain(d)
		case "super":
			// A method of the base class answers with what this holds
			// (`super.held()`, `held() { return this.h }`): read as
			// this is, by any this of the function.
			scope, _ = functionChain(d)
			this := tsparse.Node{}
			anyNode(scope, func(t tsparse.Node) bool {
				if t.Kind() == "this" {
					this = t
				}
				return this.Valid()
			})
			return this.Valid() && q.givenStored(scope, this, row, depth)
		}
		return scope.Valid() && q.givenStored(scope, d, row, depth)
	})
}

// givenStored reports whether, in scope (where it is bound), the name d
// is given, or a part of what it holds is, a value mentionsStored reads
// as stored: by its declaration, an assignment to it or to a member of it
// (`bag.h = …`, `list[0] = …`), a loop binding it, or a method of it or
// Object.assign handed the value (`cache.set(id, …)`, `list.push(…)`).
func (q *queryCheck) givenStored(scope, d tsparse.Node, row string, depth int) bool {
	name := d.Text()
	same := func(n tsparse.Node) bool { return d.Kind() == "this" || sameBinding(n, d, name) }
	holder := func(n tsparse.Node) bool {
		for n = uncast(n); n.Kind() == "member_expression" || n.Kind() == "subscript_expression"; n = uncast(n.Field("object")) {
		}
		return n.Kind() == d.Kind() && n.Text() == name && same(n)
	}
	return anyNode(scope, func(b tsparse.Node) bool {
		var values []tsparse.Node
		switch b.Kind() {
		case "variable_declarator":
			if bindsName(b.Field("name"), name) && same(b) {
				values = append(values, b.Field("value"))
			}
		case "assignment_expression", "augmented_assignment_expression":
			if left := uncast(b.Field("left")); bindsName(left, name) && same(b) || holder(left) {
				values = append(values, b.Field("right"))
			}
		case "function_declaration":
			// A function of the file answers what its body reads, as
			// a const bound to an arrow does (`function held() {
			// return box.h }`).
			if b.Field("name").Text() == name && same(b) {
				values = append(values, b.Field("body"))
			}
		case "for_in_statement":
			if bindsName(b.Field("left"), name) && same(b) {
				values = append(values, b.Field("right"))
			}
		case "call_expression":
			fn, args := uncast(b.Field("function")), namedNoComments(b.Field("arguments"))
			if fn.Kind() == "member_expression" && (holder(fn.Field("object")) || fn.Text() == "Object.assign" && len(args) > 0 && holder(args[0])) {
				values = append(values, args...)
			}
		}
		return slices.ContainsFunc(values, func(v tsparse.Node) bool { return v.Valid() && q.mentionsStored(v, row, depth+1) })
	})
}

// storedField is f of `row.f` as an argument, also wrapped in a call of
// one argument to a global conversion (`Buffer.from(row.keyHash)`,
// `String(…)`); "" for anything else. Any other function (a parameter,
// an import, one of the file's or a global one declared) may keep what it
// is given, every row's hash before any is verified (`verify(token,
// remember(row.tokenHash))`), or answer another hash.
func storedField(a tsparse.Node, row string) string {
	for range 3 {
		a = uncast(a)
		if a.Kind() != "call_expression" {
			break
		}
		args := namedNoComments(a.Field("arguments"))
		if len(args) != 1 || !globalCallee(a) {
			return ""
		}
		a = args[0]
	}
	if m := plainRowKey.FindStringSubmatch(compact(a.Text())); m != nil && m[1] == row {
		return m[2]
	}
	return ""
}

// pureConversions are the global functions that turn a value into
// another form of it and keep nothing.
var pureConversions = []string{"String", "Buffer.from", "Uint8Array.from", "atob", "btoa", "decodeURIComponent", "encodeURIComponent"}

// globalCallee reports whether call calls one of pureConversions, under
// its global name: not one the file declares, nor imports but from
// Node's buffer module.
func globalCallee(call tsparse.Node) bool {
	callee := uncast(call.Field("function"))
	if !slices.Contains(pureConversions, compact(callee.Text())) {
		return false
	}
	root := callee
	for root.Kind() == "member_expression" {
		root = uncast(root.Field("object"))
	}
	if scope, _ := bindingScope(root, root.Text(), -1); scope.Valid() {
		return false
	}
	_, module := importOf(root, root.Text())
	return module == "" || module == "buffer" || module == "node:buffer"
}

// verifiedGate reports whether call runs only when check, a call, gave a
// truthy result: call is in the consequence of an if whose condition
// needs it, directly or through the const it is given to, or follows, in
// a block holding it, an if that leaves when it is falsy.
func verifiedGate(check, call tsparse.Node) bool {
	result, held := verdictOf(check)
	needs := func(n tsparse.Node) bool {
		n = uncast(n)
		return sameNode(n, result) || sameNode(n, uncast(result)) || held != "" && n.Kind() == "identifier" && n.Text() == held && sameBinding(n, check, held)
	}
	var needed func(cond tsparse.Node) bool
	needed = func(cond tsparse.Node) bool {
		cond = uncast(cond)
		if cond.Kind() == "binary_expression" && cond.Field("operator").Text() == "&&" {
			return needed(cond.Field("left")) || needed(cond.Field("right"))
		}
		return needs(cond)
	}
	for p := call.Parent(); p.Valid() && p.Kind() != "program"; p = p.Parent() {
		if p.Kind() == "if_statement" && spans(p.Field("consequence"), call) && needed(p.Field("condition")) {
			return true
		}
	}
	refused := func(cond tsparse.Node) bool {
		cond = uncast(cond)
		return cond.Kind() == "unary_expression" && cond.Field("operator").Text() == "!" && needs(cond.Field("argument"))
	}
	st, ok := statementOf(check)
	if !ok {
		return false
	}
	for block := call.Parent(); block.Valid() && block.Kind() != "program" && !functionKinds[block.Kind()]; block = block.Parent() {
		if block.Kind() == "statement_block" && spans(block, check) && leavingIf(block, st.Start(), call.Start(), refused).Valid() {
			return true
		}
	}
	return false
}

// heldResultExits reports whether check, a verifying call's result, is
// the value of a const that an if of the same block, reached whenever the
// fetch of row is, tests and leaves on (`const isValid = await
// compare(secret, key.hash); if (!isValid) throw …`, Langfuse's API keys),
// as comparisonExits reads the check written in that if: the row is not
// handed on before it, but for its credential given to the check.
func heldResultExits(check, fetch tsparse.Node, row string) bool {
	d := check.Parent()
	if d.Kind() != "variable_declarator" || !sameNode(d.Field("value"), check) || d.Field("name").Kind() != "identifier" || !constDeclaration(d.Parent()) {
		return false
	}
	held := d.Field("name").Text()
	refused := func(cond tsparse.Node) bool {
		cond = uncast(cond)
		arg := uncast(cond.Field("argument"))
		return cond.Kind() == "unary_expression" && cond.Field("operator").Text() == "!" && arg.Kind() == "identifier" && arg.Text() == held && sameBinding(arg, check, held)
	}
	decl := d.Parent()
	for _, st := range namedNoComments(decl.Parent()) {
		if st.Kind() != "if_statement" || st.Start() < decl.End() || !anyOrTerm(st.Field("condition"), refused) {
			continue
		}
		return checksFetch(st, fetch, check, row) && mismatchLeaves(st.Field("consequence"), st, fetch)
	}
	return false
}
