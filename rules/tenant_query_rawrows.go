package rules

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/pgtree"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// The rows a `$queryRaw` returned prove their keys as a found Prisma row's
// do when its SQL, read strictly, keeps only the caller's tenant's rows:
// inbox-zero's `SELECT "id" FROM "Newsletter" WHERE "emailAccountId" =
// ${emailAccountId}` before `updateManyAndReturn({ where: { id: { in:
// existing.map(({ id }) => id) } } })`. Strictly means:
//
//   - one SELECT, without UNION or WITH, whose output column the code
//     reads (`id`, `MAX(id) AS id`, `pd.parent_id`) is a column of one
//     table of its FROM: the model's id, or a foreign key to the model
//     the call is on;
//   - that table's rows are limited as the raw SQL check reads it, but
//     only by `= ${v}`, `IN (${v}, …)` or `= ANY(${v})` where v is the
//     caller's: a parameter of the function (or a property of one, or a
//     const taken from one), not a row's field, a loop's element, a
//     literal or a subquery (`IN (SELECT … WHERE "userId" = ${u})` is
//     every team of a user); IS NULL is no tenant's;
//   - every ${…} is a value the rule can see as one, or a fragment it
//     reads (`${cond ? Prisma.sql`AND …` : Prisma.empty}`: each choice is
//     read, and each must prove); none stands where a condition goes;
//   - the rows are a const that the function otherwise only reads.

// rawCallsKey memoises a file's raw calls on its tree.
type rawCallsKey struct{}

func rawCallsOf(tree *tsparse.Tree) []tsquery.RawCall {
	return tree.Memo(rawCallsKey{}, func() any { return tsquery.RawCalls(tree) }).([]tsquery.RawCall)
}

// rawRowsKey reports whether column, read from each row of the list rows
// (`rows.map((r) => r.id)`), holds the key idName of target's rows of the
// caller's tenant because rows is what an earlier `$queryRaw` so read
// returned.
func (q *queryCheck) rawRowsKey(rows, column string, target *prisma.Model, idName string, chain map[[2]int]bool) bool {
	if rows == "" || column == "" || !q.call.Valid() || !tsquery.MayCallRaw(q.call.Tree().Src) {
		return false
	}
	for _, c := range rawCallsOf(q.call.Tree()) {
		if c.Method != "$queryRaw" || c.Unseen || c.Node.End() > q.call.Start() || !rawOnSchemaClient(c) {
			continue
		}
		if fn := enclosingFunction(c.Node); !chain[[2]int{fn.Start(), fn.End()}] {
			continue
		}
		call := tsquery.Call{Node: c.Node}
		if boundName(call) != rows || !constBound(c.Node) || !visibleAt(call, q.call) || !onlyReadList(c.Node, rows) {
			continue
		}
		if q.rawRowsProve(c, column, target, idName) {
			return true
		}
	}
	return false
}

// constBound reports whether the raw call n is the whole value a const
// declaration binds (also an element of `const [a, b] = await
// Promise.all([…])`): not a let another value may replace, and not a call
// whose template is followed by more (`$queryRaw<A<B>>`…`.then(f)`, which
// the grammar misreads).
func constBound(n tsparse.Node) bool {
	if tmpl := rawTemplate(n); !tmpl.Valid() || tmpl.End() != n.End() {
		return false
	}
	d := n.Parent()
	for d.Valid() && d.Kind() != "variable_declarator" && !functionKinds[d.Kind()] && d.Kind() != "statement_block" {
		d = d.Parent()
	}
	return d.Kind() == "variable_declarator" && d.Parent().Kind() == "lexical_declaration" && strings.HasPrefix(d.Parent().Text(), "const")
}

// rawTemplate is the template holding the SQL of the raw call n.
func rawTemplate(n tsparse.Node) tsparse.Node {
	switch n.Kind() {
	case "call_expression":
		args := n.Field("arguments")
		if args.Kind() == "template_string" {
			return args
		}
		if first := firstNamed(args); first.Kind() == "call_expression" && first.Field("arguments").Kind() == "template_string" {
			return first.Field("arguments")
		}
	case "binary_expression":
		// `$queryRaw<Array<Row>>`…“ as the grammar misreads it.
		if r := n.Field("right"); r.Kind() == "template_string" {
			return r
		}
	}
	return tsparse.Node{}
}

// onlyReadList reports whether the function holding the declaration of
// rows (the raw call at) only reads the list and its rows: `rows.length`,
// `rows.map(cb)` and the like with a callback that assigns nothing and
// reads its element only by its fields, `for (const r of rows)` with a
// body that does the same with r. Anything else may change a row's key.
func onlyReadList(at tsparse.Node, rows string) bool {
	decl := at.Parent()
	for decl.Valid() && decl.Kind() != "variable_declarator" {
		decl = decl.Parent()
	}
	scope := enclosingFunction(decl)
	ok := true
	scope.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.Kind() == "shorthand_property_identifier" && n.Text() == rows {
			ok = false
		}
		if n.Kind() != "identifier" || n.Text() != rows || spans(decl.Field("name"), n) {
			return true
		}
		n = castAround(n)
		p := n.Parent()
		switch {
		case p.Kind() == "for_in_statement" && sameNode(p.Field("right"), n):
			left := p.Field("left")
			ok = left.Kind() == "identifier" && slices.ContainsFunc(p.Children(), func(c tsparse.Node) bool { return c.Kind() == "const" }) &&
				elementOnlyRead(p.Field("body"), left.Text())
		case p.Kind() == "member_expression" && sameNode(p.Field("object"), n):
			ok = readsList(p)
		case p.Kind() == "subscript_expression" && sameNode(p.Field("object"), n) && uncast(p.Field("index")).Kind() == "number":
			ok = indexedElementRead(p)
		default:
			ok = false
		}
		return ok
	})
	return ok
}

// indexedElementRead judges `rows[0]`, an element taken by a literal
// index: it is one of the rows, read as `rows.map` reads each, when it is
// only read by its fields (`rows[0].id`, never assigned, never a method
// called on it) or tested (`if (!rows[0]) return`); handed out or held
// under another name it may be changed.
func indexedElementRead(el tsparse.Node) bool {
	el = castAround(el)
	top := el
	for top.Parent().Kind() == "member_expression" && sameNode(top.Parent().Field("object"), top) {
		top = top.Parent()
	}
	p := top.Parent()
	if sameNode(top, el) {
		// The element itself: only a test of whether there is one, or
		// a const naming it that is itself only read
		// (`const row = rows[0]`, then `row.id`).
		if p.Kind() == "variable_declarator" && sameNode(uncast(p.Field("value")), uncast(top)) && p.Field("name").Kind() == "identifier" &&
			p.Parent().Kind() == "lexical_declaration" && strings.HasPrefix(p.Parent().Text(), "const") {
			return elementOnlyRead(p.Parent().Parent(), p.Field("name").Text())
		}
		return p.Kind() == "unary_expression" && p.Field("operator").Text() == "!" ||
			p.Kind() == "parenthesized_expression" && p.Parent().Kind() == "if_statement"
	}
	switch {
	case (p.Kind() == "assignment_expression" || p.Kind() == "augmented_assignment_expression") && sameNode(p.Field("left"), top):
		return false
	case p.Kind() == "update_expression", p.Kind() == "call_expression" && sameNode(p.Field("function"), top):
		return false
	}
	return true
}

// listMethods are the array methods that leave the list as it is.
var listMethods = []string{"length", "map", "flatMap", "filter", "forEach", "some", "every", "find", "findIndex", "includes", "slice"}

// readsList judges `rows.<prop>`: a read of the list whose callback, if
// any, only reads its elements.
func readsList(m tsparse.Node) bool {
	if !slices.Contains(listMethods, m.Field("property").Text()) {
		return false
	}
	call := m.Parent()
	switch call.Kind() {
	case "assignment_expression", "augmented_assignment_expression", "update_expression":
		return false
	case "call_expression":
		for _, a := range namedNoComments(call.Field("arguments")) {
			if a.Kind() != "arrow_function" && a.Kind() != "function_expression" {
				continue
			}
			if writes(a) {
				return false
			}
			if param, n := firstParam(a); n > 0 && param.Kind() == "identifier" && !elementOnlyRead(a.Field("body"), param.Text()) {
				return false
			}
		}
	}
	return true
}

// elementOnlyRead reports whether body uses name only by reading its
// fields (`r.id`, `f(r.id)`), never assigning to it or them, calling its
// methods or handing it out.
func elementOnlyRead(body tsparse.Node, name string) bool {
	ok := true
	body.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.Kind() != "identifier" || n.Text() != name {
			return true
		}
		if d := n.Parent(); d.Kind() == "variable_declarator" && sameNode(d.Field("name"), n) {
			return true // a declaration of the name, not a use
		}
		top := n
		for top.Parent().Kind() == "member_expression" && sameNode(top.Parent().Field("object"), top) {
			top = top.Parent()
		}
		p := top.Parent()
		switch {
		case sameNode(top, n):
			ok = false
		case (p.Kind() == "assignment_expression" || p.Kind() == "augmented_assignment_expression") && sameNode(p.Field("left"), top):
			ok = false
		case p.Kind() == "update_expression", p.Kind() == "call_expression" && sameNode(p.Field("function"), top):
			ok = false
		}
		return ok
	})
	return ok && !writes(body)
}

// rawVariant is one SQL text a raw call may send, with the value of each
// $n.
type rawVariant struct {
	sql    string
	values []tsparse.Node
}

// maxRawVariants bounds the texts read for one call.
const maxRawVariants = 16

// rawVariants spells the SQL of the template t once for each choice of
// its fragments (Prisma.sql`…`, Prisma.empty, a ?: between them); false
// when there are too many to read.
func rawVariants(t tsparse.Node, depth int) ([]rawVariant, bool) {
	if depth > 4 {
		return nil, false
	}
	out := []rawVariant{{}}
	src := t.Text()
	base := t.Start()
	pos := t.Start() + 1
	add := func(s string) {
		for i := range out {
			out[i].sql += s
		}
	}
	for _, c := range t.NamedChildren() {
		if c.Kind() != "template_substitution" {
			continue
		}
		add(tsparse.Unescape(src[pos-base : c.Start()-base]))
		pos = c.End()
		e := firstNamed(c)
		choices, fragment := fragmentChoices(e, depth)
		if !fragment {
			for i := range out {
				out[i].values = append(out[i].values, e)
				out[i].sql += "$" + strconv.Itoa(len(out[i].values))
			}
			continue
		}
		if choices == nil || len(out)*len(choices) > maxRawVariants {
			return nil, false
		}
		var next []rawVariant
		for _, v := range out {
			for _, ch := range choices {
				w := rawVariant{sql: v.sql, values: slices.Clone(v.values)}
				// The fragment's own $n follow the values before it.
				w.sql += renumber(ch.sql, len(w.values))
				w.values = append(w.values, ch.values...)
				next = append(next, w)
			}
		}
		out = next
	}
	add(tsparse.TemplateRest(t, pos))
	return out, true
}

var placeholder = lazyregexp.New(`\$(\d+)`)

// renumber shifts each $n of a fragment's SQL by by.
func renumber(sql string, by int) string {
	return placeholder.Regexp().ReplaceAllStringFunc(sql, func(s string) string {
		n, _ := strconv.Atoi(s[1:])
		return "$" + strconv.Itoa(n+by)
	})
}

// fragmentChoices reads e, a ${…} of a template, as SQL text: the texts it
// may be, with fragment true. A fragment it cannot read has nil choices;
// a value has fragment false.
func fragmentChoices(e tsparse.Node, depth int) (choices []rawVariant, fragment bool) {
	e = uncast(e)
	switch {
	case compact(e.Text()) == "Prisma.empty":
		return []rawVariant{{}}, true
	case prismaTagged(e):
		v, ok := rawVariants(e.Field("arguments"), depth+1)
		if !ok {
			return nil, true
		}
		return v, true
	case e.Kind() == "ternary_expression":
		a, fa := fragmentChoices(e.Field("consequence"), depth+1)
		b, fb := fragmentChoices(e.Field("alternative"), depth+1)
		switch {
		case !fa && !fb:
			return nil, false
		case fa && fb && a != nil && b != nil:
			return append(a, b...), true
		}
		return nil, true
	}
	if mayBeFragment(e, 0) {
		return nil, true
	}
	return nil, false
}

// prismaTagged reports whether e is Prisma.sql`…` (or a sql`…` imported
// under that name).
func prismaTagged(e tsparse.Node) bool {
	fn := compact(e.Field("function").Text())
	return e.Kind() == "call_expression" && e.Field("arguments").Kind() == "template_string" && (fn == "Prisma.sql" || fn == "sql")
}

// fragmentMarks are what a fragment is built with.
var fragmentMarks = lazyregexp.New("Prisma\\s*\\.\\s*(sql|raw|join|empty)\\b|\\bsql\\s*`|\\braw\\s*\\(|\\bSql\\b")

// safeCall matches the calls whose result is a plain value.
var safeCall = lazyregexp.New(`^(JSON\.stringify|String|Number|BigInt|Boolean|Math\.\w+|Date\.now|[\w$.]+\.(toISOString|toString|toLowerCase|toUpperCase|trim|getTime))$`)

// mayBeFragment reports whether the value e of a ${…} may be SQL text
// rather than a value: a call the rule does not know, or a name the file
// binds or assigns to something built like a fragment.
func mayBeFragment(e tsparse.Node, depth int) bool {
	e = uncast(e)
	if depth > 4 {
		return true
	}
	switch e.Kind() {
	case "number", "string", "true", "false", "null", "undefined":
		return false
	case "template_string":
		for _, c := range e.NamedChildren() {
			if c.Kind() == "template_substitution" && mayBeFragment(firstNamed(c), depth+1) {
				return true
			}
		}
		return false
	case "unary_expression":
		return mayBeFragment(e.Field("argument"), depth+1)
	case "binary_expression":
		return mayBeFragment(e.Field("left"), depth+1) || mayBeFragment(e.Field("right"), depth+1)
	case "ternary_expression":
		return mayBeFragment(e.Field("consequence"), depth+1) || mayBeFragment(e.Field("alternative"), depth+1)
	case "call_expression":
		if !safeCall.MatchString(compact(e.Field("function").Text())) {
			return true
		}
		for _, a := range namedNoComments(e.Field("arguments")) {
			if mayBeFragment(a, depth+1) {
				return true
			}
		}
		return false
	case "new_expression":
		return compact(e.Field("constructor").Text()) != "Date"
	case "member_expression", "subscript_expression":
		if e.Kind() == "member_expression" && uncast(e.Field("object")).Kind() == "this" && e.Field("property").Kind() == "property_identifier" {
			// An object's field is a value unless the file sets it, or
			// declares it, with something built like a fragment.
			return thisFieldBoundToFragment(e)
		}
		root := e
		for root.Kind() == "member_expression" || root.Kind() == "subscript_expression" {
			root = uncast(root.Field("object"))
		}
		return root.Kind() != "identifier" || boundToFragment(root)
	case "identifier":
		return boundToFragment(e)
	}
	return true
}

// boundToFragment reports whether a declaration or an assignment of the
// file gives the name id something built like a fragment.
func boundToFragment(id tsparse.Node) bool {
	name := id.Text()
	if fragmentTyped(id.Tree())[name] {
		return true
	}
	return slices.ContainsFunc(fileBindings(id.Tree()), func(n tsparse.Node) bool {
		bound, value := n.Field("name"), n.Field("value")
		if n.Kind() != "variable_declarator" {
			bound, value = n.Field("left"), n.Field("right")
		}
		return value.Valid() && bindsName(bound, name) && fragmentMarks.MatchString(value.Text())
	})
}

// thisFieldBoundToFragment reports whether the file sets a member named
// as the field `this.<field>` e reads (on any object), or declares a class
// field of that name, with something built like a fragment or a name
// bound to one.
func thisFieldBoundToFragment(e tsparse.Node) bool {
	field := e.Field("property").Text()
	if fragmentTyped(e.Tree())[field] {
		return true // `private scope: Prisma.Sql`
	}
	fragment := func(value tsparse.Node) bool {
		value = uncast(value)
		return value.Valid() && (fragmentMarks.MatchString(value.Text()) || value.Kind() == "identifier" && boundToFragment(value))
	}
	if slices.ContainsFunc(fileBindings(e.Tree()), func(n tsparse.Node) bool {
		left := uncast(n.Field("left"))
		return n.Kind() != "variable_declarator" && left.Kind() == "member_expression" && left.Field("property").Text() == field && fragment(n.Field("right"))
	}) {
		return true
	}
	return anyNode(e.Tree().Root(), func(n tsparse.Node) bool {
		return n.Kind() == "public_field_definition" && keyName(n.Field("name")) == field && fragment(n.Field("value"))
	})
}

type fragmentTypedKey struct{}

// fragmentTyped are the names the file declares with a type like a
// fragment's (`scope: Prisma.Sql`): a parameter, a parameter property, a
// variable or a class field. A value of that type is SQL text the raw
// template inlines (`"instanceId" = ${scope}` given Prisma.sql
// `"instanceId"` keeps every row), whoever gives it.
func fragmentTyped(tree *tsparse.Tree) map[string]bool {
	return tree.Memo(fragmentTypedKey{}, func() any {
		out := map[string]bool{}
		tree.Root().Walk(func(n tsparse.Node) bool {
			var name tsparse.Node
			switch n.Kind() {
			case "required_parameter", "optional_parameter":
				name = n.Field("pattern")
			case "variable_declarator", "public_field_definition":
				name = n.Field("name")
			default:
				return true
			}
			if typ := n.Field("type"); typ.Valid() && fragmentMarks.MatchString(typ.Text()) {
				out[keyName(name)] = true
				if name.Kind() == "identifier" {
					out[name.Text()] = true
				}
			}
			return true
		})
		return out
	}).(map[string]bool)
}

type fileBindingsKey struct{}

// fileBindings are the declarators and assignments of tree, found by one
// walk of the file for all the names a file's raw SQL asks about.
func fileBindings(tree *tsparse.Tree) []tsparse.Node {
	return tree.Memo(fileBindingsKey{}, func() any {
		var out []tsparse.Node
		tree.Root().Walk(func(n tsparse.Node) bool {
			switch n.Kind() {
			case "variable_declarator", "assignment_expression", "augmented_assignment_expression":
				out = append(out, n)
			}
			return true
		})
		return out
	}).([]tsparse.Node)
}

// callerValue reports whether the tenant value e is the caller's: a
// parameter of a function holding it, a property read from one, or a
// const taken from one, not through `?.`. A row's field, a loop's
// element, a literal or a call's result is not.
func callerValue(e tsparse.Node, depth int) bool {
	e = uncast(convertedValue(uncast(e)))
	if depth > 8 || mayBeFragment(e, 0) {
		return false
	}
	for e.Kind() == "member_expression" {
		if optionalChain(e) || e.Field("property").Kind() != "property_identifier" {
			return false
		}
		e = uncast(e.Field("object"))
	}
	if e.Kind() != "identifier" {
		return false
	}
	name := e.Text()
	for fn := enclosingFunction(e); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		decl, found := bindingIn(fn, name, e)
		if found {
			return decl.Kind() == "variable_declarator" && decl.Parent().Kind() == "lexical_declaration" &&
				strings.HasPrefix(decl.Parent().Text(), "const") && !queryResult(decl.Field("value")) && (callerValue(decl.Field("value"), depth+1) || validatedField(decl, name, depth))
		}
		if paramBinds(fn, name) {
			// An array method's callback is given the list's elements.
			if call := fn.Parent().Parent(); fn.Parent().Kind() == "arguments" && call.Kind() == "call_expression" &&
				slices.Contains(arrayCallbacks, call.Field("function").Field("property").Text()) {
				return false
			}
			return true
		}
	}
	return false
}

// arrayCallbacks are the methods that call their callback with elements.
var arrayCallbacks = []string{"map", "forEach", "filter", "flatMap", "some", "every", "find", "findIndex", "findLast", "reduce", "reduceRight", "sort", "then"}

// bindingIn finds what binds name in fn's own body before at, in a block
// holding at: a variable declarator, or a for-in/of or catch clause (which
// bind no caller's value). found is false when nothing there binds it.
func bindingIn(fn tsparse.Node, name string, at tsparse.Node) (decl tsparse.Node, found bool) {
	fn.Walk(func(n tsparse.Node) bool {
		if n.Start() >= at.Start() && !spans(n, at) {
			return false
		}
		if !sameNode(n, fn) && functionKinds[n.Kind()] {
			return false
		}
		switch n.Kind() {
		case "variable_declarator":
			if n.End() <= at.Start() && bindsName(n.Field("name"), name) && spans(n.Parent().Parent(), at) {
				decl, found = n, true
			}
		case "for_in_statement":
			if spans(n, at) && bindsName(n.Field("left"), name) {
				decl, found = n, true
			}
		case "catch_clause":
			if spans(n, at) && bindsName(n.Field("parameter"), name) {
				decl, found = n, true
			}
		}
		return true
	})
	return decl, found
}

// paramBinds reports whether a parameter of fn binds name.
func paramBinds(fn tsparse.Node, name string) bool {
	if p := fn.Field("parameter"); p.Valid() {
		return bindsName(p, name)
	}
	for _, p := range fn.Field("parameters").NamedChildren() {
		if pat := p.Field("pattern"); pat.Valid() && bindsName(pat, name) {
			return true
		}
	}
	return false
}

// rawRowsProve reports whether every SQL the raw call c may send keeps
// only rows of the caller's tenant, and gives as column the key idName of
// target: the model's own id, or a foreign key to it.
func (q *queryCheck) rawRowsProve(c tsquery.RawCall, column string, target *prisma.Model, idName string) bool {
	tmpl := rawTemplate(c.Node)
	if !tmpl.Valid() {
		return false
	}
	variants, ok := rawVariants(tmpl, 0)
	if !ok || len(variants) == 0 {
		return false
	}
	for _, v := range variants {
		if !q.rawVariantProves(v, column, target, idName) {
			return false
		}
	}
	return true
}

func (q *queryCheck) rawVariantProves(v rawVariant, column string, target *prisma.Model, idName string) bool {
	if predicatePlaceholder.MatchString(v.sql) {
		return false
	}
	for _, e := range v.values {
		// The object's own tenant field is a value as a parameter is
		// (ownFieldHere reads how the constructor sets it).
		if mayBeFragment(e, 0) && !q.ownFieldHere(e) {
			return false
		}
	}
	js, err := pgtree.ParseToJSON(v.sql)
	if err != nil {
		return false
	}
	var tree struct {
		Stmts []struct {
			Stmt map[string]any `json:"stmt"`
		} `json:"stmts"`
	}
	if json.Unmarshal([]byte(js), &tree) != nil || len(tree.Stmts) != 1 {
		return false
	}
	body, ok := tree.Stmts[0].Stmt["SelectStmt"].(map[string]any)
	if !ok || body["withClause"] != nil || body["op"] != nil && body["op"] != "SETOP_NONE" {
		return false
	}
	caller := map[int]bool{}
	for i, e := range v.values {
		caller[i+1] = callerValue(e, 0) || q.ownFieldHere(e)
	}
	all := q.allTables()
	w := rawWalk{has: rawColumns(all), given: func(n any) bool { return rawCallerValue(n, caller) }}
	w.stmt("SelectStmt", body, nil)
	top, ok := rawTopUses(body, w.uses)
	if !ok {
		return false
	}
	col, ok := w.outputColumn(body, column, top)
	if !ok {
		return false
	}
	for _, m := range all {
		if m.TableName() != col.use.table || !q.tenantRow(m) || !q.rawScoped(col.use, m, 0) {
			continue
		}
		if m == target && fieldColumn(m, idName) == col.column {
			return true
		}
		for _, f := range m.Fields {
			if r := f.Relation; r != nil && r.IsForward() && f.Target() == target && len(r.Fields()) == 1 && len(r.References()) == 1 && r.Fields()[0].ColumnName() == col.column && r.References()[0].Name() == idName {
				return true
			}
		}
	}
	return false
}

// allTables is every model of the schema, for the tables of a raw read.
func (q *queryCheck) allTables() []*prisma.Model {
	var out []*prisma.Model
	for _, m := range q.delegates {
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b *prisma.Model) int { return strings.Compare(a.Name, b.Name) })
	return out
}

func fieldColumn(m *prisma.Model, name string) string {
	if f := fieldByName(m, name); f != nil {
		return f.ColumnName()
	}
	return ""
}

// rawCallerValue is the strict reading of a value given to the
// statement: a ${…} that is the caller's, also cast, or an array of them.
func rawCallerValue(n any, caller map[int]bool) bool {
	m, _ := n.(map[string]any)
	switch {
	case m["ParamRef"] != nil:
		p, _ := m["ParamRef"].(map[string]any)
		num, _ := p["number"].(float64)
		return caller[int(num)]
	case m["TypeCast"] != nil:
		return rawCallerValue(m["TypeCast"].(map[string]any)["arg"], caller)
	case m["A_ArrayExpr"] != nil:
		elements, _ := m["A_ArrayExpr"].(map[string]any)["elements"].([]any)
		return len(elements) > 0 && !slices.ContainsFunc(elements, func(e any) bool { return !rawCallerValue(e, caller) })
	}
	return false
}

// rawTopUses is the uses of the statement's own FROM (the first ones the
// walk made, in its order), refusing a table of another schema.
func rawTopUses(body map[string]any, uses []*rawUse) ([]*rawUse, bool) {
	n, ok := 0, true
	var count func(item any)
	count = func(item any) {
		m, _ := item.(map[string]any)
		if rv, isVar := m["RangeVar"].(map[string]any); isVar {
			if s := rawString(rv["schemaname"]); s != "" && s != "public" {
				ok = false
			}
			n++
		}
		if j, isJoin := m["JoinExpr"].(map[string]any); isJoin {
			count(j["larg"])
			count(j["rarg"])
		}
	}
	list, _ := body["fromClause"].([]any)
	for _, item := range list {
		count(item)
	}
	if !ok || n == 0 || n > len(uses) {
		return nil, false
	}
	return uses[:n], true
}

// outputColumn finds the column of a table of top that the output column
// name of the statement holds: a column named so (`"id"`, `pd.parent_id`),
// or given that name (`MAX(id) AS id`, `id::text AS id`, the min or max of
// a column), or a * over one table that has it.
func (w *rawWalk) outputColumn(body map[string]any, name string, top []*rawUse) (rawColumn, bool) {
	scope := &rawScope{uses: top}
	targets, _ := body["targetList"].([]any)
	var found []rawColumn
	for _, t := range targets {
		rt, _ := t.(map[string]any)["ResTarget"].(map[string]any)
		val := rt["val"]
		out := rawString(rt["name"])
		src := rawSourceColumn(val)
		if src == nil {
			if out == name {
				return rawColumn{}, false
			}
			continue
		}
		fields, _ := src["fields"].([]any)
		last, _ := fields[len(fields)-1].(map[string]any)
		if _, star := last["A_Star"]; star && out == "" {
			// `*` or `t.*`: the column name of every table it spans.
			var uses []*rawUse
			if len(fields) == 1 {
				uses = top
			} else if q, ok := fields[0].(map[string]any)["String"].(map[string]any); ok {
				for _, u := range top {
					if u.alias == rawString(q["sval"]) || u.alias == "" && u.table == rawString(q["sval"]) {
						uses = append(uses, u)
					}
				}
			}
			for _, u := range uses {
				if w.has(u.table, name) {
					found = append(found, rawColumn{u, name})
				}
			}
			continue
		}
		sv, _ := last["String"].(map[string]any)
		if out == "" {
			if _, isRef := val.(map[string]any)["ColumnRef"]; !isRef {
				continue // a function's own name, not the column's
			}
			out = rawString(sv["sval"])
		}
		if out != name {
			continue
		}
		cols := w.resolve(scope, map[string]any{"ColumnRef": src})
		if len(cols) != 1 {
			return rawColumn{}, false
		}
		found = append(found, cols[0])
	}
	if len(found) != 1 {
		return rawColumn{}, false
	}
	return found[0], true
}

// rawSourceColumn is the column reference an output value is: the
// reference itself, cast, or the min or max of one.
func rawSourceColumn(val any) map[string]any {
	m, _ := val.(map[string]any)
	if c, ok := m["TypeCast"].(map[string]any); ok {
		return rawSourceColumn(c["arg"])
	}
	if f, ok := m["FuncCall"].(map[string]any); ok {
		names, _ := f["funcname"].([]any)
		args, _ := f["args"].([]any)
		if len(names) == 0 || len(args) != 1 {
			return nil
		}
		s, _ := names[len(names)-1].(map[string]any)["String"].(map[string]any)
		if fn := strings.ToLower(rawString(s["sval"])); fn != "min" && fn != "max" {
			return nil
		}
		return rawSourceColumn(args[0])
	}
	cr, _ := m["ColumnRef"].(map[string]any)
	if fields, _ := cr["fields"].([]any); len(fields) == 0 {
		return nil
	}
	return cr
}

// destructuredKey is k of `({ k }) => k`, "" for anything else.
func destructuredKey(fn tsparse.Node) string {
	if fn.Kind() != "arrow_function" {
		return ""
	}
	param, n := firstParam(fn)
	body := fn.Field("body")
	if n != 1 || param.Kind() != "object_pattern" || body.Kind() != "identifier" {
		return ""
	}
	parts := namedNoComments(param)
	if len(parts) != 1 || parts[0].Kind() != "shorthand_property_identifier_pattern" || parts[0].Text() != body.Text() {
		return ""
	}
	return body.Text()
}

// isValue is what counts as a value given to the statement: rawValue, or
// the strict reading the walk was given.
func (w *rawWalk) isValue(n any) bool {
	if w.given != nil {
		return w.given(n)
	}
	return rawValue(n)
}
