package sqlview

import (
	"fmt"

	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/schemalint/schemalint/internal/pgtree"
	"github.com/schemalint/schemalint/internal/prisma"
)

// analyzer works out the output columns of a query and the columns they
// read, resolving qualifiers through the FROM items in scope. There is no
// catalog: which table an unqualified column belongs to is only known when
// one FROM item can provide it.
type analyzer struct {
	st *stmt
}

// output is what a SELECT produces.
type output struct {
	cols    []Column
	star    *prisma.Range
	sources []Source
	// starItems are the FROM items the select list's * and t.* stand for.
	starItems []*fromItem
}

type scope struct {
	parent *scope
	items  []*fromItem
	// joins are aliased joins, (a JOIN b) AS j: only a qualifier names
	// them, and their columns are their members'.
	joins []*joinAlias
	ctes  []*cte
}

type joinAlias struct {
	name    string
	members *scope
}

type cte struct {
	name string
	out  *output // nil while a recursive CTE is being read, or when not a SELECT
}

type fromItem struct {
	src Source
	// out is the output of a CTE or subquery, nil for a relation or a
	// function, whose columns are unknown.
	out *output
	// reads are the columns a function's arguments read (a LATERAL
	// jsonb_each(to_jsonb(u))): its output is made of them.
	reads []ColumnRef
}

func (s *scope) lookupCTE(name string) *cte {
	for ; s != nil; s = s.parent {
		for i := len(s.ctes) - 1; i >= 0; i-- {
			if s.ctes[i].name == name {
				return s.ctes[i]
			}
		}
	}
	return nil
}

// selectNode reads a query; nil when it is not a SELECT (INSERT … RETURNING
// in a WITH, say), whose columns are then unknown.
func (a *analyzer) selectNode(n *pgtree.Node, parent *scope) *output {
	if s := n.GetSelectStmt(); s != nil {
		return a.selectStmt(s, parent)
	}
	return nil
}

func (a *analyzer) selectStmt(s *pgtree.SelectStmt, parent *scope) *output {
	sc := &scope{parent: parent}
	if s.WithClause != nil {
		a.with(s.WithClause, sc)
	}
	if s.Op != pgtree.SetOperation_SETOP_NONE && s.Op != pgtree.SetOperation_SET_OPERATION_UNDEFINED {
		return a.setOp(s, sc)
	}
	if len(s.ValuesLists) > 0 {
		return a.values(s, sc)
	}
	out := &output{}
	for _, n := range s.FromClause {
		a.from(n, sc)
	}
	for _, it := range sc.items {
		out.sources = append(out.sources, it.src)
	}
	for i, n := range s.TargetList {
		rt := n.GetResTarget()
		if rt == nil {
			continue
		}
		limit := -1
		if i+1 < len(s.TargetList) {
			limit = a.st.off(s.TargetList[i+1].GetResTarget().GetLocation())
		}
		item := a.span(rt.Location, limit, targetStops)
		if cr := rt.Val.GetColumnRef(); cr != nil && isStar(cr) {
			if out.star == nil {
				out.star = &item
			}
			out.starItems = append(out.starItems, a.starItems(cr, sc)...)
			continue
		}
		col := Column{Name: rt.Name, Range: item}
		if col.Name == "" {
			col.Name, _ = figureColname(rt.Val)
		}
		if cr := rt.Val.GetColumnRef(); cr != nil {
			ref, _, _ := a.resolve(cr, sc)
			col.Source = &ref
		}
		col.Exprs = a.exprRefs(rt.Val, sc, out)
		out.cols = append(out.cols, col)
	}
	return out
}

// setOp merges the arms of a UNION, INTERSECT or EXCEPT: names and Source
// come from the first arm (as in PostgreSQL), the columns read from all,
// and each arm's column is kept in Arms.
func (a *analyzer) setOp(s *pgtree.SelectStmt, sc *scope) *output {
	var l, r *output
	if s.Larg != nil {
		l = a.selectStmt(s.Larg, sc)
	}
	if s.Rarg != nil {
		r = a.selectStmt(s.Rarg, sc)
	}
	if l == nil {
		return r
	}
	if r == nil {
		return l
	}
	out := &output{
		star:      l.star,
		sources:   append(append([]Source(nil), l.sources...), r.sources...),
		starItems: append(append([]*fromItem(nil), l.starItems...), r.starItems...),
	}
	if out.star == nil {
		out.star = r.star
	}
	out.cols = append(out.cols, l.cols...)
	for i := range out.cols {
		arms := armsOf(l.cols[i])
		if i < len(r.cols) {
			out.cols[i].Exprs = union(out.cols[i].Exprs, r.cols[i].Exprs)
			arms = append(arms, armsOf(r.cols[i])...)
		}
		out.cols[i].Arms = arms
	}
	return out
}

// armsOf is a column as arms of a set operation: its own arms when it is
// one already (a UNION b UNION c nests), else itself.
func armsOf(c Column) []Column {
	if c.Arms != nil {
		return append([]Column(nil), c.Arms...)
	}
	return []Column{c}
}

// values reads VALUES (…), (…): columns column1, column2, … as PostgreSQL
// names them.
func (a *analyzer) values(s *pgtree.SelectStmt, sc *scope) *output {
	out := &output{}
	for _, row := range s.ValuesLists {
		for i, e := range row.GetList().GetItems() {
			if i >= len(out.cols) {
				out.cols = append(out.cols, Column{
					Name:  fmt.Sprintf("column%d", i+1),
					Range: a.span(nodeLocation(e), -1, targetStops),
				})
			}
			out.cols[i].Exprs = union(out.cols[i].Exprs, a.exprRefs(e, sc, out))
		}
	}
	return out
}

func (a *analyzer) with(w *pgtree.WithClause, sc *scope) {
	for _, n := range w.Ctes {
		c := n.GetCommonTableExpr()
		if c == nil {
			continue
		}
		entry := &cte{name: c.Ctename}
		if w.Recursive {
			// Its own columns are unknown inside its body: references to
			// them stay Derived.
			sc.ctes = append(sc.ctes, entry)
		}
		out := a.selectNode(c.Ctequery, sc)
		renameColumns(out, c.Aliascolnames)
		entry.out = out
		if !w.Recursive {
			sc.ctes = append(sc.ctes, entry)
		}
	}
}

// renameColumns applies a column alias list, name (a, b) or AS x (a, b).
func renameColumns(out *output, names []*pgtree.Node) {
	if out == nil || len(names) == 0 {
		return
	}
	out.cols = append([]Column(nil), out.cols...)
	for i, n := range names {
		if i < len(out.cols) {
			out.cols[i].Name = n.GetString_().GetSval()
		}
	}
}

// from adds the items of one FROM entry to sc, joins flattened.
func (a *analyzer) from(n *pgtree.Node, sc *scope) {
	switch {
	case n.GetRangeVar() != nil:
		rv := n.GetRangeVar()
		it := &fromItem{src: Source{Kind: SourceTable, Schema: rv.Schemaname, Table: rv.Relname}}
		if rv.Alias != nil {
			it.src.Alias = rv.Alias.Aliasname
		}
		if rv.Schemaname == "" {
			if c := sc.lookupCTE(rv.Relname); c != nil {
				it.src.Kind = SourceCTE
				it.out = c.out
			}
		}
		if rv.Alias != nil && it.out != nil {
			it.out = &output{cols: it.out.cols}
			renameColumns(it.out, rv.Alias.Colnames)
		}
		it.src.Range = a.span(rv.Location, -1, fromStops)
		sc.items = append(sc.items, it)
	case n.GetJoinExpr() != nil:
		j := n.GetJoinExpr()
		first := len(sc.items)
		a.from(j.Larg, sc)
		a.from(j.Rarg, sc)
		if j.Alias != nil {
			members := &scope{items: sc.items[first:len(sc.items):len(sc.items)]}
			sc.joins = append(sc.joins, &joinAlias{name: j.Alias.Aliasname, members: members})
		}
	case n.GetRangeSubselect() != nil:
		rs := n.GetRangeSubselect()
		it := &fromItem{src: Source{Kind: SourceSubquery}}
		it.out = a.selectNode(rs.Subquery, sc)
		if rs.Alias != nil {
			it.src.Table, it.src.Alias = rs.Alias.Aliasname, rs.Alias.Aliasname
			renameColumns(it.out, rs.Alias.Colnames)
		}
		it.src.Range = a.subqueryRange(rs.Subquery)
		sc.items = append(sc.items, it)
	case n.GetRangeTableSample() != nil:
		a.from(n.GetRangeTableSample().Relation, sc)
	default:
		var alias *pgtree.Alias
		switch {
		case n.GetRangeFunction() != nil:
			alias = n.GetRangeFunction().Alias
		case n.GetRangeTableFunc() != nil:
			alias = n.GetRangeTableFunc().Alias
		case n.GetJsonTable() != nil:
			alias = n.GetJsonTable().Alias
		default:
			return
		}
		it := &fromItem{src: Source{Kind: SourceFunction}}
		if alias != nil {
			it.src.Table, it.src.Alias = alias.Aliasname, alias.Aliasname
		}
		it.reads = a.exprRefs(n, sc, &output{})
		it.src.Range = a.span(int32(minLocation(n.ProtoReflect())), -1, fromStops)
		sc.items = append(sc.items, it)
	}
}

// subqueryRange spans a parenthesized subquery in FROM and its alias. The
// tree has no location for it: start from the first located node inside
// and go back to the '(' that opens it.
func (a *analyzer) subqueryRange(q *pgtree.Node) prisma.Range {
	st := a.st
	i := st.tokAt(st.off(int32(minLocation(q.ProtoReflect()))))
	for ; i > 0; i-- {
		if st.toks[i].t == pgtree.Token_ASCII_40 && st.toks[i-1].t != pgtree.Token_ON {
			break
		}
	}
	if i <= 0 {
		return st.stmtRange()
	}
	start := st.toks[i].start
	return st.p.rng(start, st.spanEnd(start, -1, fromStops))
}

// span is the range of the clause item starting at loc.
func (a *analyzer) span(loc int32, limit int, stops map[pgtree.Token]bool) prisma.Range {
	off := a.st.off(loc)
	if off < 0 {
		return a.st.stmtRange()
	}
	return a.st.p.rng(off, a.st.spanEnd(off, limit, stops))
}

// resolve finds the column a reference names. ref is the column as the
// select list would expose it (traced to a relation through a CTE or
// subquery column that is itself a plain reference); reads is what else
// the reference reads: what a derived column that is an expression reads
// (known set: ref itself is then no column of the database), the
// arguments of a function in FROM, or the columns of a CTE or subquery
// whose whole row is read.
func (a *analyzer) resolve(cr *pgtree.ColumnRef, sc *scope) (ref ColumnRef, reads []ColumnRef, known bool) {
	names := fieldNames(cr)
	return a.resolveNames(names, a.st.nameRange(cr.Location, len(names)), sc)
}

func fieldNames(cr *pgtree.ColumnRef) []string {
	names := make([]string, 0, len(cr.Fields))
	for _, f := range cr.Fields {
		names = append(names, f.GetString_().GetSval())
	}
	return names
}

func (a *analyzer) resolveNames(names []string, rng prisma.Range, sc *scope) (ref ColumnRef, reads []ColumnRef, known bool) {
	col := names[len(names)-1]
	ref = ColumnRef{Column: col, Range: rng}
	var it *fromItem
	if len(names) == 1 {
		if row := findWholeRow(sc, col); row != nil {
			return a.wholeRow(row, ref)
		}
		var ambiguous bool
		it, ambiguous = findUnqualified(sc, col)
		if ambiguous {
			return ref, nil, false
		}
	} else {
		qual := names[len(names)-2]
		schema := ""
		if len(names) >= 3 {
			schema = names[len(names)-3]
		}
		var join *scope
		it, join = findQualified(sc, schema, qual)
		if join != nil {
			var ambiguous bool
			it, ambiguous = findUnqualified(join, col)
			if ambiguous || it == nil {
				ref.Table, ref.Derived = qual, true
				return ref, nil, false
			}
		}
		if it == nil {
			ref.Schema, ref.Table = schema, qual
			return ref, nil, false
		}
	}
	if it == nil {
		return ref, nil, false
	}
	return a.columnOf(it, col, ref)
}

// columnOf is column col of a FROM item, traced through CTEs and
// subqueries, and through a SELECT * of a single item.
func (a *analyzer) columnOf(it *fromItem, col string, ref ColumnRef) (ColumnRef, []ColumnRef, bool) {
	if it.src.Kind == SourceTable {
		ref.Schema, ref.Table, ref.Derived = it.src.Schema, it.src.Table, false
		return ref, nil, false
	}
	ref.Schema, ref.Table, ref.Derived = "", it.src.RefName(), true
	if it.out == nil {
		return ref, it.reads, false
	}
	for _, c := range it.out.cols {
		if c.Name != col {
			continue
		}
		if c.Source != nil {
			ref = *c.Source
		}
		return ref, c.Exprs, true
	}
	if len(it.out.starItems) == 1 {
		return a.columnOf(it.out.starItems[0], col, ref)
	}
	return ref, nil, false
}

// findWholeRow finds the FROM item a bare name reads the whole row of: as
// in PostgreSQL, a column of that name comes first, so a CTE or subquery
// with such a column in the same scope makes it a column. A relation's
// columns are unknown here; the reference keeps the name for the caller
// to check.
func findWholeRow(sc *scope, name string) *fromItem {
	for ; sc != nil; sc = sc.parent {
		var row *fromItem
		for _, it := range sc.items {
			if it.out != nil && hasColumn(it.out, name) && it.out.star == nil {
				return nil
			}
			if row == nil && it.src.RefName() == name {
				row = it
			}
		}
		if row != nil {
			return row
		}
	}
	return nil
}

// wholeRow is the whole row of a FROM item: a WholeRow reference to a
// relation, or what the columns of a CTE or subquery read.
func (a *analyzer) wholeRow(it *fromItem, ref ColumnRef) (ColumnRef, []ColumnRef, bool) {
	if it.src.Kind == SourceTable {
		ref.Schema, ref.Table, ref.Derived, ref.WholeRow = it.src.Schema, it.src.Table, false, true
		return ref, nil, false
	}
	ref.Schema, ref.Table, ref.Derived = "", it.src.RefName(), true
	if it.out == nil {
		return ref, it.reads, false
	}
	return ref, a.outputReads(it.out), true
}

// outputReads is every column a query's output reads, its stars included.
func (a *analyzer) outputReads(out *output) []ColumnRef {
	r := &refSet{seen: map[ColumnRef]bool{}}
	for _, c := range out.cols {
		r.add(c.Exprs...)
	}
	for _, it := range out.starItems {
		ref, reads, known := a.wholeRow(it, ColumnRef{Range: it.src.Range})
		if !known {
			r.add(ref)
		}
		r.add(reads...)
	}
	return r.list
}

// starItems are the FROM items a * or t.* stands for: every item of the
// scope, or the one t names (the members of an aliased join).
func (a *analyzer) starItems(cr *pgtree.ColumnRef, sc *scope) []*fromItem {
	names := fieldNames(cr)
	if len(names) == 1 {
		return sc.items
	}
	schema := ""
	if len(names) >= 3 {
		schema = names[len(names)-3]
	}
	it, join := findQualified(sc, schema, names[len(names)-2])
	switch {
	case join != nil:
		return join.items
	case it != nil:
		return []*fromItem{it}
	}
	return nil
}

// findUnqualified finds the FROM item that provides an unqualified column:
// in the innermost scope with an item that may have it, the only such item;
// several make it ambiguous. A relation may have any column; a CTE or
// subquery only those of its output.
func findUnqualified(sc *scope, col string) (it *fromItem, ambiguous bool) {
	for ; sc != nil; sc = sc.parent {
		var found *fromItem
		n := 0
		for _, c := range sc.items {
			if c.out != nil && !hasColumn(c.out, col) {
				continue
			}
			found = c
			n++
		}
		switch {
		case n == 1:
			return found, false
		case n > 1:
			return nil, true
		}
	}
	return nil, false
}

func hasColumn(out *output, col string) bool {
	if out.star != nil {
		return true
	}
	for _, c := range out.cols {
		if c.Name == col {
			return true
		}
	}
	return false
}

// findQualified finds the item a qualifier names: its alias, else its
// table name (schema-qualified when schema is set, which an alias hides);
// or an aliased join, whose members are returned as a scope.
func findQualified(sc *scope, schema, qual string) (*fromItem, *scope) {
	for ; sc != nil; sc = sc.parent {
		for _, it := range sc.items {
			if it.src.RefName() != qual {
				continue
			}
			if schema != "" && (it.src.Alias != "" || it.src.Schema != schema) {
				continue
			}
			return it, nil
		}
		if schema == "" {
			for _, j := range sc.joins {
				if j.name == qual {
					return nil, j.members
				}
			}
		}
	}
	return nil, nil
}

// exprRefs lists the columns an expression reads, each occurrence once:
// without that, CTEs that each read their predecessor's column twice would
// double the list at every level. A star inside an expression
// (to_jsonb(u.*)) exposes every column, so it counts as the view's star.
func (a *analyzer) exprRefs(n *pgtree.Node, sc *scope, out *output) []ColumnRef {
	r := &refSet{seen: map[ColumnRef]bool{}}
	if n != nil {
		a.walk(n.ProtoReflect(), sc, out, r)
	}
	return r.list
}

type refSet struct {
	list []ColumnRef
	seen map[ColumnRef]bool
}

// addRead adds what resolve returns: the reference itself when it is a
// column (not a name for what reads lists), and what it reads.
func (r *refSet) addRead(ref ColumnRef, reads []ColumnRef, known bool) {
	if !known {
		r.add(ref)
	}
	r.add(reads...)
}

// rowField is the qualified name of (u).col or (u.*).col when u names a
// FROM item.
func rowField(x *pgtree.A_Indirection, sc *scope) ([]string, bool) {
	cr := x.Arg.GetColumnRef()
	if cr == nil || len(x.Indirection) == 0 || x.Indirection[0].GetString_() == nil {
		return nil, false
	}
	names := fieldNames(cr)
	switch {
	case len(names) == 1 && !isStar(cr) && findWholeRow(sc, names[0]) != nil:
	case len(names) == 2 && isStar(cr):
		names = names[:1]
	default:
		return nil, false
	}
	return append(names, x.Indirection[0].GetString_().GetSval()), true
}

func (r *refSet) add(refs ...ColumnRef) {
	for _, ref := range refs {
		if !r.seen[ref] {
			r.seen[ref] = true
			r.list = append(r.list, ref)
		}
	}
}

func (a *analyzer) walk(m protoreflect.Message, sc *scope, out *output, refs *refSet) {
	switch x := m.Interface().(type) {
	case *pgtree.ColumnRef:
		rng := a.st.nameRange(x.Location, len(x.Fields))
		if isStar(x) {
			// t.* in an expression is the whole row of t.
			if items := a.starItems(x, sc); len(x.Fields) > 1 && len(items) > 0 {
				for _, it := range items {
					refs.addRead(a.wholeRow(it, ColumnRef{Range: rng}))
				}
				return
			}
			if out.star == nil {
				out.star = &rng
			}
			return
		}
		refs.addRead(a.resolve(x, sc))
		return
	case *pgtree.A_Indirection:
		// (u).col and (u.*).col read one column of the row, not all of it.
		if names, ok := rowField(x, sc); ok {
			refs.addRead(a.resolveNames(names, a.st.nameRange(nodeLocation(x.Arg), 1), sc))
			for _, n := range x.Indirection[1:] {
				a.walk(n.ProtoReflect(), sc, out, refs)
			}
			return
		}
	case *pgtree.SubLink:
		if x.Testexpr != nil {
			a.walk(x.Testexpr.ProtoReflect(), sc, out, refs)
		}
		// EXISTS yields a boolean, whatever its select list.
		if x.SubLinkType == pgtree.SubLinkType_EXISTS_SUBLINK {
			return
		}
		if sub := a.selectNode(x.Subselect, sc); sub != nil {
			refs.add(a.outputReads(sub)...)
		}
		return
	case *pgtree.SelectStmt:
		if sub := a.selectStmt(x, sc); sub != nil {
			refs.add(a.outputReads(sub)...)
		}
		return
	}
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		if fd.Kind() != protoreflect.MessageKind {
			return true
		}
		if fd.IsList() {
			l := v.List()
			for i := 0; i < l.Len(); i++ {
				a.walk(l.Get(i).Message(), sc, out, refs)
			}
		} else if !fd.IsMap() {
			a.walk(v.Message(), sc, out, refs)
		}
		return true
	})
}

func isStar(cr *pgtree.ColumnRef) bool {
	return len(cr.Fields) > 0 && cr.Fields[len(cr.Fields)-1].GetAStar() != nil
}

// minLocation is the smallest "location" field in a tree, -1 when none.
func minLocation(m protoreflect.Message) int {
	best := -1
	var walk func(m protoreflect.Message)
	walk = func(m protoreflect.Message) {
		m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
			switch {
			case fd.Name() == "location" && fd.Kind() == protoreflect.Int32Kind:
				if l := int(v.Int()); l >= 0 && (best < 0 || l < best) {
					best = l
				}
			case fd.Kind() != protoreflect.MessageKind || fd.IsMap():
			case fd.IsList():
				l := v.List()
				for i := 0; i < l.Len(); i++ {
					walk(l.Get(i).Message())
				}
			default:
				walk(v.Message())
			}
			return true
		})
	}
	walk(m)
	return best
}

func nodeLocation(n *pgtree.Node) int32 {
	if n == nil {
		return -1
	}
	return int32(minLocation(n.ProtoReflect()))
}

// union is a followed by the refs of b it lacks.
func union(a, b []ColumnRef) []ColumnRef {
	r := &refSet{seen: map[ColumnRef]bool{}}
	r.add(a...)
	r.add(b...)
	return r.list
}
