package rules

import (
	"bytes"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// The rule finds every `<receiver>.<model>.<operation>(…)` as a Prisma
// call, whatever the receiver: a query it judges runs on a client until
// shown otherwise. A create whose row proves a key is another matter: its
// row is the tenant's only when a Prisma client of this schema made it,
// and an object of the code's own (`{ project: { create: async () => ({
// id: input.projectId }) } }`), a service whose method is named create, or
// a client of another database gives back whatever its author wants. The
// create is taken as the judged call's own client when both are made on
// one client: spelt alike, the same binding, not replaced in between.

// createdOnClientOf reports whether create, a create call whose row a
// proof reads a key from, runs on the client the judged call runs on:
// after a `$transaction` callback's parameter is read as the client the
// transaction is run on (a create on `tx` and a query on `prisma` after
// `prisma.$transaction(async (tx) => …)`), both are the same path of
// plain names (`prisma`, `ctx.db`, `this.prisma`), its root the same
// binding (or the same `this`), and nothing in the file writes the client
// or a member of it, which could make the create another object's.
func createdOnClientOf(create, call tsparse.Node) bool {
	if sameNode(create, call) {
		return true
	}
	return !operationPatched(create) && sameClientAs(clientOf(create), clientOf(call))
}

// operationPatched reports whether the file of call, a delegate call,
// may have given its operation another function (operationWritten), or
// call is no `<client>.<delegate>.<operation>(…)`.
func operationPatched(call tsparse.Node) bool {
	fn := call.Field("function")
	if fn.Kind() != "member_expression" {
		return true
	}
	var roots []string
	if p := clientPath(clientOf(call)); p != nil {
		roots = append(roots, p[0])
	}
	if base, ok := transactionBase(clientOf(call)); ok {
		if p := clientPath(base); p != nil {
			roots = append(roots, p[0])
		}
	}
	return operationWritten(call.Tree(), fn.Field("object").Field("property").Text(), fn.Field("property").Text(), roots)
}

// operationWritten reports whether the file of tree writes the
// delegate's operation op on any object (`client.project.create = …`),
// or the delegate itself or a computed member of it (`client.project =
// …`, `Object.assign(client.project, …)`) on an object named by a name
// the file binds to a path from one of roots, the client's (`const client
// = prisma`): through an alias of the client, its own create may be
// replaced, which its path does not show. The delegate itself is looked
// for only there, for a row's field may be named like it
// (`msg.message = …`); a `$transaction` is looked for on any object.
func operationWritten(tree *tsparse.Tree, delegate, op string, roots []string) bool {
	aliases := fileAliases(tree)
	for _, w := range fileWrites(tree) {
		n := len(w.path)
		if n > 2 && w.path[n-2] == delegate && w.path[n-1] == op {
			return true
		}
		// The delegate is a member of something: a name of its own (`let
		// folder = …`, `Object.assign(folder, …)` of a row) is none.
		if !(n > 1 && w.path[n-1] == delegate || n > 2 && w.path[n-2] == delegate && w.path[n-1] == "[]") {
			continue
		}
		if strings.HasPrefix(delegate, "$") {
			return true
		}
		for _, r := range roots {
			if slices.Contains(aliases[w.path[0]], r) {
				return true
			}
		}
	}
	return false
}

type fileAliasesKey struct{}

// fileAliases maps, once per file, each name a declaration or an
// assignment gives a path (`const client = prisma`, `db = this.prisma`) to
// the first names of those paths.
func fileAliases(tree *tsparse.Tree) map[string][]string {
	return tree.Memo(fileAliasesKey{}, func() any {
		out := map[string][]string{}
		tree.Root().Walk(func(n tsparse.Node) bool {
			var name, value tsparse.Node
			switch n.Kind() {
			case "variable_declarator":
				name, value = n.Field("name"), n.Field("value")
			case "assignment_expression":
				name, value = uncast(n.Field("left")), n.Field("right")
			default:
				return true
			}
			if name.Kind() != "identifier" || !value.Valid() {
				return true
			}
			if p := clientPath(value); p != nil {
				out[bindingName(name)] = append(out[bindingName(name)], p[0])
			}
			return true
		})
		return out
	}).(map[string][]string)
}

// sameClientAs reports whether the clients a and b, the receivers of two
// delegate calls or of a `$transaction`, are one client, as
// createdOnClientOf tells.
func sameClientAs(a, b tsparse.Node) bool {
	a, ok := transactionBase(a)
	if !ok {
		return false
	}
	b, ok = transactionBase(b)
	if !ok {
		return false
	}
	pa, pb := clientPath(a), clientPath(b)
	if len(pa) == 0 || strings.Join(pa, ".") != strings.Join(pb, ".") {
		return injectedWrapperModel(a, b, pa, pb)
	}
	if pa[0] == "this" {
		// A getter or method of the class may give each read another
		// object (`get prisma() { return n++ ? real : fake }`).
		if !sameNode(thisScope(a), thisScope(b)) || len(pa) > 1 && classMethod(thisClass(a), pa[1]) {
			return false
		}
	} else if !sameBinding(a, b, pa[0]) {
		return false
	}
	return !clientWritten(a, pa)
}

// injectedWrapperModel reports whether a and b, read `this.<x>.<m>` and
// `this.<y>.<m>` in one method, are one client though spelt apart:
// postiz's per-model repositories,
//
//	constructor(private _integration: PrismaRepository<'integration'>, private _customers: PrismaRepository<'customer'>) {}
//	… this._customers.model.customer.create(…) … this._integration.model.integration.update(…)
//
// x and y are parameter properties of the class's constructor, neither
// decorated (an injection token may name another provider, a second
// database's), each typed by the same generic class, whose type
// arguments the program erases: an injector handing each parameter the
// instance of its class hands both the same wrapper, whose m is one
// object. Nothing in the file writes either (the constructor included)
// or a member through them, the class declares no other member of those
// names, no class of the file extends it, and the file does not build
// it. Built by hand elsewhere with wrappers of two databases, the two
// would differ; a second database's client typed apart (`archive`,
// `ArchiveRepository<…>`) stays apart.
func injectedWrapperModel(a, b tsparse.Node, pa, pb []string) bool {
	if len(pa) != 3 || len(pb) != 3 || pa[0] != "this" || pb[0] != "this" || pa[1] == pb[1] || pa[2] != pb[2] {
		return false
	}
	class := thisClass(a)
	if !class.Valid() || !sameNode(thisScope(a), thisScope(b)) || !sameNode(thisClass(b), class) {
		return false
	}
	ctor := soleMember(class, "constructor")
	if !ctor.Valid() {
		return false
	}
	wrapper := func(name string) string {
		if soleMember(class, name).Valid() {
			return "" // a field, accessor or method of that name
		}
		for _, p := range namedNoComments(ctor.Field("parameters")) {
			if p.Kind() != "required_parameter" || !bindsName(p.Field("pattern"), name) || p.Field("pattern").Kind() != "identifier" {
				continue
			}
			if !hasChild(p, "accessibility_modifier") && !hasChild(p, "readonly") || hasChild(p, "decorator") || p.Field("value").Valid() {
				return ""
			}
			t := p.Field("type")
			if t.Kind() == "type_annotation" {
				t = firstNamed(t)
			}
			if t.Kind() != "generic_type" || t.Field("name").Kind() != "type_identifier" {
				return ""
			}
			return t.Field("name").Text()
		}
		return ""
	}
	wa, wb := wrapper(pa[1]), wrapper(pb[1])
	if wa == "" || wa != wb {
		return false
	}
	// Built by hand in the file (`new KeyRepository(wrapA, wrapB)`), it
	// is given whatever the file chose.
	name := class.Parent().Field("name")
	if !name.Valid() || strings.Contains(compact(a.Tree().Root().Text()), "extends"+name.Text()) || wordRegexp("new "+name.Text()).MatchString(a.Tree().Root().Text()) {
		return false
	}
	// Nor may any file of the code build it, under any name or through
	// any call, or extend it: only an injector's construction hands each
	// parameter the instance of its class. Without the code's files to
	// search (a helper's file read for another), the two stay apart.
	x, _ := a.Tree().Memo(projectFilesKey{}, func() any { return (*helperIndex)(nil) }).(*helperIndex)
	if x == nil || x.classExtended(name.Text()) || x.classBuiltOrHanded(name.Text()) {
		return false
	}
	// Nor may the class build itself by another name (`new this(…)` in a
	// static, `new (this.constructor)(…)`), and no file may set a member
	// of either name on any object (`copy._envs = archive` on an
	// `Object.create(this)`, from another file through a cast), or make
	// one a getter.
	if anyNode(class, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "new_expression":
			return uncast(n.Field("constructor")).Kind() != "identifier"
		case "member_expression":
			return n.Field("property").Text() == "constructor"
		case "meta_property":
			return true
		}
		return false
	}) {
		return false
	}
	if x.replaceable().prototyped[name.Text()] || x.memberSetOnOther(pa[1]) || x.memberSetOnOther(pb[1]) {
		return false
	}
	// A member by a computed key (`this["_envs"] = …`, `Object.assign(this,
	// …)`) may be either.
	for _, w := range fileWrites(a.Tree()) {
		if len(w.path) >= 2 && w.path[0] == "this" && (w.path[1] == pa[1] || w.path[1] == pb[1] || w.path[1] == "[]") && sameNode(thisClass(w.at), class) {
			return false
		}
	}
	return true
}

// transactionBase is the client recv stands for: recv itself, or, when it
// is the parameter of a `<client>.$transaction(async (tx) => …)`
// callback, that client (read again, for a transaction in one). ok is
// false when the parameter is written in the callback, or the file writes
// a $transaction (operationWritten).
func transactionBase(recv tsparse.Node) (tsparse.Node, bool) {
	for range 8 {
		r := uncast(recv)
		if r.Kind() != "identifier" {
			return recv, recv.Valid()
		}
		name := bindingName(r)
		scope, byStatement := bindingScope(r, name, -1)
		if !scope.Valid() || byStatement || !functionKinds[scope.Kind()] || transactionParameter(scope) != name {
			return recv, true
		}
		tx := scope.Parent().Parent()
		if scope.Parent().Kind() != "arguments" || !sameNode(transactionCallback(tx), scope) {
			return recv, true
		}
		if assignedAnywhere(scope, name) || clientMemberWritten(scope, name) || operationWritten(tx.Tree(), "$transaction", "", nil) {
			return tsparse.Node{}, false
		}
		recv = tx.Field("function").Field("object")
	}
	return tsparse.Node{}, false
}

// clientPath reads a client as the names of its path (`this`, `prisma`),
// a cast or a `!` left out; nil for anything else (a call's result, a
// computed member), whose value the rule cannot tell is one client.
func clientPath(n tsparse.Node) []string {
	n = uncast(n)
	switch n.Kind() {
	case "identifier":
		return []string{bindingName(n)}
	case "this":
		return []string{"this"}
	case "member_expression":
		// A class's own `#client` field is read as any other field.
		p := n.Field("property")
		if p.Kind() != "property_identifier" && p.Kind() != "private_property_identifier" {
			return nil
		}
		if o := clientPath(n.Field("object")); o != nil {
			return append(o, bindingName(p))
		}
	}
	return nil
}

// clientAccessPath is clientPath, also through a call given nothing
// (`db.prisma().project`, a module's accessor of its one client), read
// as that path and "()": a write through the accessor's result
// (`(db.prisma() as any).project = …`) is a write to that path.
func clientAccessPath(n tsparse.Node) []string {
	n = uncast(n)
	switch n.Kind() {
	case "call_expression":
		if n.Field("arguments").Kind() != "arguments" || len(namedNoComments(n.Field("arguments"))) > 0 {
			return nil
		}
		if p := clientAccessPath(n.Field("function")); p != nil {
			return append(p, "()")
		}
		return nil
	case "member_expression":
		p := n.Field("property")
		if p.Kind() != "property_identifier" && p.Kind() != "private_property_identifier" {
			return nil
		}
		if o := clientAccessPath(n.Field("object")); o != nil {
			return append(o, bindingName(p))
		}
		return nil
	}
	return clientPath(n)
}

// thisScope is what `this` refers to at n: the nearest function that is
// not an arrow function, or the class body for a field's initializer.
func thisScope(n tsparse.Node) tsparse.Node {
	for p := n.Parent(); p.Valid(); p = p.Parent() {
		switch p.Kind() {
		case "function_declaration", "function_expression", "method_definition", "generator_function_declaration", "generator_function", "class_body", "program":
			return p
		}
	}
	return tsparse.Node{}
}

// thisClass is the class body whose instance `this` is at n: in a method
// or a field's initializer; nothing elsewhere.
func thisClass(n tsparse.Node) tsparse.Node {
	s := thisScope(n)
	if s.Kind() == "method_definition" {
		s = s.Parent()
	}
	if s.Kind() == "class_body" {
		return s
	}
	return tsparse.Node{}
}

// classMethod reports whether the class body declares a method or an
// accessor named name, or a member whose name is computed.
func classMethod(body tsparse.Node, name string) bool {
	for _, m := range namedNoComments(body) {
		key := m.Field("name")
		if key.Kind() == "computed_property_name" || m.Kind() == "method_definition" && keyName(key) == name {
			return true
		}
	}
	return false
}

// clientWritten reports whether the file of client, a client read as
// path, writes a member of it (`prisma.project.create = …`, also through
// Object.assign), which makes its create another function whoever calls
// it, or writes the client or a path it is read through (`db = …`,
// `ctx.db = …`, `this.prisma = …`) where it is the same binding: between
// the create and the call the client may be another. A class setting its
// own field in its constructor or a field's initializer (`this.prisma =
// prisma`) does so before any method runs.
func clientWritten(client tsparse.Node, path []string) bool {
	whole := strings.Join(path, ".")
	for _, w := range fileWrites(client.Tree()) {
		target := strings.Join(w.path, ".")
		switch {
		case strings.HasPrefix(target, whole+"."):
			return true // a member of the client, whatever its binding
		case target == whole || strings.HasPrefix(whole, target+"."):
			if path[0] == "this" {
				// Another class's this is another object.
				if sameNode(thisScope(w.at), thisScope(client)) {
					return true
				}
				if c := thisClass(client); c.Valid() && sameNode(thisClass(w.at), c) && !initialises(w.at) {
					return true
				}
				continue
			}
			if sameBinding(w.at, client, path[0]) {
				return true
			}
		}
	}
	return false
}

// initialises reports whether at is in a class's constructor or a
// field's initializer.
func initialises(at tsparse.Node) bool {
	s := thisScope(at)
	return s.Kind() == "class_body" || s.Kind() == "method_definition" && s.Field("name").Text() == "constructor"
}

// write is a place the file writes a path: at, a node in the statement
// writing it; path, the names written (a computed member written counts
// as `[]` after its object's).
type write struct {
	at   tsparse.Node
	path []string
}

type fileWritesKey struct{}

// fileWrites lists, once per file, the paths its assignments, updates,
// deletes and Object.assign/defineProperty calls write.
func fileWrites(tree *tsparse.Tree) []write {
	return tree.Memo(fileWritesKey{}, func() any {
		var out []write
		var target func(t tsparse.Node)
		target = func(t tsparse.Node) {
			t = uncast(t)
			switch t.Kind() {
			case "identifier", "this", "member_expression":
				if p := clientAccessPath(t); p != nil {
					out = append(out, write{t, p})
				} else if t.Kind() == "member_expression" {
					target(t.Field("object"))
				}
			case "subscript_expression":
				if p := clientPath(t.Field("object")); p != nil {
					out = append(out, write{t, append(p, "[]")})
				} else {
					target(t.Field("object"))
				}
			case "object_pattern", "array_pattern", "pair_pattern", "object_assignment_pattern", "assignment_pattern", "rest_pattern", "shorthand_property_identifier_pattern":
				if t.Kind() == "shorthand_property_identifier_pattern" {
					out = append(out, write{t, []string{bindingName(t)}})
					return
				}
				for _, c := range t.NamedChildren() {
					if t.Kind() == "pair_pattern" && sameNode(c, t.Field("key")) || (t.Kind() == "object_assignment_pattern" || t.Kind() == "assignment_pattern") && sameNode(c, t.Field("right")) {
						continue
					}
					target(c)
				}
			}
		}
		tree.Root().Walk(func(n tsparse.Node) bool {
			switch n.Kind() {
			case "assignment_expression", "augmented_assignment_expression":
				target(n.Field("left"))
			case "update_expression":
				target(n.Field("argument"))
			case "unary_expression":
				if n.Field("operator").Text() == "delete" {
					target(n.Field("argument"))
				}
			case "call_expression":
				switch compact(n.Field("function").Text()) {
				case "Object.assign", "Object.defineProperty", "Object.defineProperties", "Reflect.set", "Reflect.defineProperty", "Object.setPrototypeOf", "Reflect.setPrototypeOf":
					if args := namedNoComments(n.Field("arguments")); len(args) > 0 {
						if p := clientAccessPath(args[0]); p != nil {
							out = append(out, write{args[0], append(p, "[]")})
						}
					}
				}
			}
			return true
		})
		return out
	}).([]write)
}

// createdByClientOf reports whether the declaration whose text starts in
// tree at [start, end) gives its name the row of the create it calls
// (keptCreate), made on the client of call, the judged call. The create
// kept must be the one whose opening parenthesis ends the text read
// (createdValue), the create on the delegate the pattern named, not one
// called on something reached from it (`(await db.a.create(…)).b.create(…)`).
func createdByClientOf(tree *tsparse.Tree, start, end int, call tsparse.Node) bool {
	c := keptCreate(tree, start, end)
	return c.Valid() && c.Field("arguments").Start() == end-1 && createdOnClientOf(c, call)
}

// clientCall is the Prisma call whose client a created row proving a key
// must come from: q.call when it is a call on one of the schema's
// delegates (the call judged, or an earlier one whose where a proof
// judges), else the call check was asked about, for which q.call stands
// as the place a key was put.
func (q *queryCheck) clientCall() tsparse.Node {
	if q.delegateCall(q.call) {
		return q.call
	}
	return q.judgedCall
}

// delegateCall reports whether n is `<client>.<delegate>.<operation>(…)`
// on a delegate of the schema.
func (q *queryCheck) delegateCall(n tsparse.Node) bool {
	fn := n.Field("function")
	if n.Kind() != "call_expression" || fn.Kind() != "member_expression" || !slices.Contains(tsquery.Operations, fn.Field("property").Text()) && !slices.Contains(tsquery.Creates, fn.Field("property").Text()) {
		return false
	}
	obj := fn.Field("object")
	if obj.Kind() != "member_expression" {
		return false
	}
	name := obj.Field("property").Text()
	if d, ok := tsquery.EntityDelegate(obj.Field("object"), name); ok {
		name = d
	}
	return q.delegates[name] != nil
}

// transactionOnClientOf reports whether tx, a `<client>.$transaction(…)`
// call (awaited or cast), runs on the client of judged: the rows another
// object's $transaction gives back are whatever its author wants.
func transactionOnClientOf(tx, judged tsparse.Node) bool {
	fn := uncastAwait(tx).Field("function")
	return fn.Kind() == "member_expression" && !operationWritten(tx.Tree(), "$transaction", "", nil) && sameClientAs(fn.Field("object"), clientOf(judged))
}

// projectFilesKey keys, in a judged file's tree memo, the index of the
// code's files (helperIndex), for the proofs that read the tree alone yet
// must search every file (injectedWrapperModel).
type projectFilesKey struct{}

// classBuiltOrHanded reports whether some file of the code builds class
// by hand or hands it on, under any name it is imported, exported or
// aliased as: constructed (`new Repo(a, b)`, `new (Alias)(…)`), handed to
// a call (`Reflect.construct(Repo, …)`, a mixin `logged(Repo)`), read for
// a member (a static may build it, `new this(…)`), or put in an object or
// a variable's place. What leaves it to an injector is accepted: its
// declaration, imports and exports, a type (`typeof Repo`), `instanceof`,
// a const alias (followed), and an element of a `providers` list
// (`@Module({ providers: [Repo] })`, `{ provide: …, useClass: Repo }`).
// A file that cannot be parsed counts as one that does.
func (x *helperIndex) classBuiltOrHanded(class string) bool {
	return x.builtOrHanded.get(class, func() bool {
		return x.anyClassName(class, func(n tsparse.Node) bool {
			switch n.Kind() {
			case "identifier":
			case "property_identifier":
				p := n.Parent()
				if p.Kind() == "pair_pattern" && sameNode(p.Field("key"), n) {
					// `const { Repo: Other } = require(…)`: a name
					// no alias reading follows.
					return true
				}
				// `mod.Repo` of a namespace import is the class too.
				if p.Kind() != "member_expression" || !sameNode(p.Field("property"), n) {
					return false
				}
				n = p
			case "shorthand_property_identifier":
				return true
			default:
				return false
			}
			return !leftToInjector(n)
		})
	})
}

// leftToInjector reports whether n, naming a class as a value, leaves its
// construction to an injector: see classBuiltOrHanded.
func leftToInjector(n tsparse.Node) bool {
	at := n
	for p := at.Parent(); p.Kind() == "parenthesized_expression" || p.Kind() == "as_expression" || p.Kind() == "satisfies_expression" || p.Kind() == "non_null_expression"; p = at.Parent() {
		at = p
	}
	p := at.Parent()
	switch p.Kind() {
	case "class_declaration", "class":
		return sameNode(p.Field("name"), at)
	case "import_specifier", "export_specifier", "import_clause", "namespace_import", "type_query", "export_statement":
		return true
	case "binary_expression":
		return p.Field("operator").Text() == "instanceof" && sameNode(p.Field("right"), at)
	case "variable_declarator":
		// A const alias of the plain name, followed under its own name
		// (`const Other = mod.Repo` is not).
		return n.Kind() == "identifier" && sameNode(p.Field("value"), at) && p.Parent().Kind() == "lexical_declaration" && strings.HasPrefix(p.Parent().Text(), "const")
	case "pair":
		// `{ provide: Token, useClass: Repo }`
		return sameNode(p.Field("value"), at) && (p.Field("key").Text() == "useClass" || p.Field("key").Text() == "provide")
	case "array":
		// `providers: [Repo]`
		pair := p.Parent()
		return pair.Kind() == "pair" && sameNode(pair.Field("value"), p) && pair.Field("key").Text() == "providers"
	}
	return false
}

// memberSetOnOther reports whether some file of the code may set a member
// named name on an object other than its own this (which a class sets
// on itself, read by fileWrites for the class at hand): `copy._envs = …`,
// `(repo as any)._envs = …`, `repo["_envs"] = …`, or name handed with an
// object to Object.assign, the defineProperty family, Object.create or
// Reflect.set, or as a string to any call (`_.set(repo, "_envs", …)`). A
// file that cannot be parsed counts as one that does.
func (x *helperIndex) memberSetOnOther(name string) bool {
	return x.setOnOther.get(name, func() bool {
		for path, src := range x.files {
			if !bytes.Contains(src, []byte(name)) {
				continue
			}
			if namesAsArgument(src, name) {
				return true
			}
			f := x.file(path)
			if f == nil {
				return true
			}
			f.mu.Lock()
			set := anyNode(f.tree.Root(), func(n tsparse.Node) bool {
				switch n.Kind() {
				case "assignment_expression", "augmented_assignment_expression":
					left := uncast(n.Field("left"))
					switch left.Kind() {
					case "member_expression":
						return left.Field("property").Text() == name && uncast(left.Field("object")).Kind() != "this"
					case "subscript_expression":
						return strings.Contains(left.Field("index").Text(), name) && uncast(left.Field("object")).Kind() != "this"
					}
				case "call_expression":
					fn := n.Field("function").Text()
					switch fn {
					case "Object.assign", "Object.defineProperty", "Object.defineProperties", "Object.create", "Reflect.set", "Reflect.defineProperty":
						args := namedNoComments(n.Field("arguments"))
						if len(args) > 0 && uncast(args[0]).Kind() == "this" && fn != "Object.create" {
							return false // set on a class's own this, as above
						}
						return wordRegexp(name).MatchString(n.Field("arguments").Text())
					}
				}
				return false
			})
			f.mu.Unlock()
			if set {
				return true
			}
		}
		return false
	})
}
