// Package catalog replays SQL migrations into what PostgreSQL would hold
// afterwards: tables with their columns (type, nullability, default),
// enums with their values in order, primary keys, unique constraints,
// indexes and foreign keys. It reads the statements with PostgreSQL's own
// parser and never guesses: a statement it does not understand is
// listed, and what it would have changed is not.
//
// Names are those of one schema (the search path's): a schema-qualified
// name is taken as the unqualified one.
package catalog

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/pgstmt"
	"github.com/schemalint/schemalint/internal/pgtree"
	"github.com/schemalint/schemalint/internal/prisma"
)

// Catalog is the database the migrations build.
type Catalog struct {
	Tables map[string]*Table
	Enums  map[string]*Enum
	// Indexes are the indexes by name, with their table.
	Indexes map[string]*Index
	// Unknown are the statements the replay did not understand, in order.
	Unknown []Statement
}

// Table is one table.
type Table struct {
	Name    string
	Columns []*Column
	// Indexes are the table's indexes and unique and primary key
	// constraints.
	Indexes     []*Index
	ForeignKeys []*ForeignKey
	Origin      prisma.Range // the statement that created it
}

// Column is one column.
type Column struct {
	Name string
	// Type is the type as PostgreSQL's format_type prints it, without
	// quotes: "character varying(255)", "timestamp(3) without time zone",
	// "EmployeeRole", "text[]".
	Type    string
	NotNull bool
	// Default is the default's SQL as written, "" without one.
	Default string
	// Origin is the statement that last shaped the column.
	Origin prisma.Range
	// defaultEnum is the enum type the default was cast to, which it
	// keeps after the column's type changes: DROP TYPE … CASCADE drops
	// such a default.
	defaultEnum string
}

// Index is an index, or a unique or primary key constraint (which
// PostgreSQL backs with an index of the same name).
type Index struct {
	Name    string
	Table   string
	Columns []string // "" for an expression
	Unique  bool
	Primary bool
}

// ForeignKey is a foreign key constraint.
type ForeignKey struct {
	Name       string
	Columns    []string
	RefTable   string
	RefColumns []string
}

// Enum is an enum type.
type Enum struct {
	Name   string
	Values []string
	Origin prisma.Range
}

// Statement is a statement of a migration: where it is, and its first
// words.
type Statement struct {
	Range prisma.Range
	Text  string
}

// File is one migration.
type File struct {
	Path string
	Src  []byte
}

// Column returns the column named name, or nil.
func (t *Table) Column(name string) *Column {
	for _, c := range t.Columns {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// New is an empty catalogue.
func New() *Catalog {
	return &Catalog{Tables: map[string]*Table{}, Enums: map[string]*Enum{}, Indexes: map[string]*Index{}}
}

// Replay applies the files in order to a new catalogue.
func Replay(files []File) *Catalog {
	c := New()
	for _, f := range files {
		c.Apply(f)
	}
	return c
}

// Apply replays one file's statements.
func (c *Catalog) Apply(f File) {
	li := prisma.NewLineIndex(f.Src)
	for _, st := range pgstmt.Split(f.Src) {
		r := &replay{c: c, at: li.Range(f.Path, st.Start, st.End)}
		if !r.stmt(st.Node) {
			text := strings.Join(strings.Fields(string(f.Src[st.Start:st.End])), " ")
			if len(text) > 60 {
				text = text[:57] + "..."
			}
			c.Unknown = append(c.Unknown, Statement{Range: r.at, Text: text})
		}
	}
}

type replay struct {
	c  *Catalog
	at prisma.Range
}

// stmt applies one statement; false when it is not understood.
func (r *replay) stmt(n *pgtree.Node) bool {
	switch {
	case n == nil:
		return false
	case n.GetCreateStmt() != nil:
		return r.createTable(n.GetCreateStmt())
	case n.GetCreateEnumStmt() != nil:
		e := n.GetCreateEnumStmt()
		name := lastName(e.TypeName)
		en := &Enum{Name: name, Origin: r.at}
		for _, v := range e.Vals {
			en.Values = append(en.Values, v.GetString_().GetSval())
		}
		r.c.Enums[name] = en
		return true
	case n.GetAlterEnumStmt() != nil:
		return r.alterEnum(n.GetAlterEnumStmt())
	case n.GetAlterTableStmt() != nil:
		return r.alterTable(n.GetAlterTableStmt())
	case n.GetRenameStmt() != nil:
		return r.rename(n.GetRenameStmt())
	case n.GetDropStmt() != nil:
		return r.drop(n.GetDropStmt())
	case n.GetIndexStmt() != nil:
		return r.index(n.GetIndexStmt())
	case n.GetCommentStmt() != nil, n.GetGrantStmt() != nil, n.GetCreateExtensionStmt() != nil,
		n.GetSelectStmt() != nil, n.GetInsertStmt() != nil, n.GetUpdateStmt() != nil, n.GetDeleteStmt() != nil,
		n.GetTransactionStmt() != nil, n.GetVariableSetStmt() != nil:
		// Data, comments, rights, extensions, transactions: no table,
		// column, enum or index changes.
		return true
	}
	return false
}

func (r *replay) createTable(s *pgtree.CreateStmt) bool {
	if s.Relation == nil || s.OfTypename != nil || len(s.InhRelations) > 0 || s.Partbound != nil {
		return false
	}
	name := s.Relation.Relname
	if _, exists := r.c.Tables[name]; exists && s.IfNotExists {
		return true
	}
	t := &Table{Name: name, Origin: r.at}
	r.c.Tables[name] = t
	for _, elt := range s.TableElts {
		switch {
		case elt.GetColumnDef() != nil:
			if !r.addColumn(t, elt.GetColumnDef()) {
				return false
			}
		case elt.GetConstraint() != nil:
			if !r.constraint(t, elt.GetConstraint(), nil) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func (r *replay) addColumn(t *Table, d *pgtree.ColumnDef) bool {
	typ, serial, ok := typeName(d.TypeName)
	if !ok {
		return false
	}
	col := &Column{Name: d.Colname, Type: typ, Origin: r.at}
	if serial {
		col.NotNull = true
		col.Default = fmt.Sprintf("nextval('%s_%s_seq'::regclass)", t.Name, d.Colname)
	}
	if t.Column(col.Name) != nil {
		return false
	}
	t.Columns = append(t.Columns, col)
	for _, cn := range d.Constraints {
		if !r.constraint(t, cn.GetConstraint(), col) {
			return false
		}
	}
	return true
}

// constraint applies a table constraint, or a column constraint when col
// is set.
func (r *replay) constraint(t *Table, c *pgtree.Constraint, col *Column) bool {
	if c == nil {
		return false
	}
	cols := func(keys []*pgtree.Node) []string {
		if col != nil {
			return []string{col.Name}
		}
		return strs(keys)
	}
	switch c.Contype {
	case pgtree.ConstrType_CONSTR_NOTNULL:
		col.NotNull = true
	case pgtree.ConstrType_CONSTR_NULL:
		col.NotNull = false
	case pgtree.ConstrType_CONSTR_DEFAULT:
		col.Default = deparseExpr(c.RawExpr)
		col.defaultEnum = r.enumOf(col.Type)
	case pgtree.ConstrType_CONSTR_PRIMARY, pgtree.ConstrType_CONSTR_UNIQUE:
		names := cols(c.Keys)
		primary := c.Contype == pgtree.ConstrType_CONSTR_PRIMARY
		name := c.Conname
		if name == "" {
			if primary {
				name = t.Name + "_pkey"
			} else {
				name = t.Name + "_" + strings.Join(names, "_") + "_key"
			}
		}
		for _, n := range names {
			cc := t.Column(n)
			if cc == nil {
				return false
			}
			if primary {
				cc.NotNull = true
				cc.Origin = r.at
			}
		}
		r.addIndex(t, &Index{Name: name, Table: t.Name, Columns: names, Unique: true, Primary: primary})
	case pgtree.ConstrType_CONSTR_FOREIGN:
		fk := &ForeignKey{Name: c.Conname, Columns: cols(c.FkAttrs), RefColumns: strs(c.PkAttrs)}
		if c.Pktable != nil {
			fk.RefTable = c.Pktable.Relname
		}
		if fk.Name == "" {
			fk.Name = t.Name + "_" + strings.Join(fk.Columns, "_") + "_fkey"
		}
		t.ForeignKeys = append(t.ForeignKeys, fk)
	case pgtree.ConstrType_CONSTR_CHECK:
		// A check constraint changes no column's type or nullability.
	default:
		return false
	}
	return true
}

func (r *replay) addIndex(t *Table, ix *Index) {
	t.Indexes = append(t.Indexes, ix)
	r.c.Indexes[ix.Name] = ix
}

func (r *replay) alterEnum(s *pgtree.AlterEnumStmt) bool {
	e := r.c.Enums[lastName(s.TypeName)]
	if e == nil {
		return false
	}
	if s.OldVal != "" {
		i := slices.Index(e.Values, s.OldVal)
		if i < 0 {
			return false
		}
		e.Values[i] = s.NewVal
		e.Origin = r.at
		return true
	}
	if slices.Contains(e.Values, s.NewVal) {
		return s.SkipIfNewValExists
	}
	at := len(e.Values)
	if s.NewValNeighbor != "" {
		i := slices.Index(e.Values, s.NewValNeighbor)
		if i < 0 {
			return false
		}
		at = i
		if s.NewValIsAfter {
			at = i + 1
		}
	}
	e.Values = slices.Insert(e.Values, at, s.NewVal)
	e.Origin = r.at
	return true
}

func (r *replay) alterTable(s *pgtree.AlterTableStmt) bool {
	if s.Objtype != pgtree.ObjectType_OBJECT_TABLE || s.Relation == nil {
		return false
	}
	t := r.c.Tables[s.Relation.Relname]
	if t == nil {
		return s.MissingOk
	}
	for _, cn := range s.Cmds {
		cmd := cn.GetAlterTableCmd()
		if cmd == nil || !r.alterCmd(t, cmd) {
			return false
		}
	}
	return true
}

func (r *replay) alterCmd(t *Table, cmd *pgtree.AlterTableCmd) bool {
	col := t.Column(cmd.Name)
	switch cmd.Subtype {
	case pgtree.AlterTableType_AT_AddColumn:
		d := cmd.Def.GetColumnDef()
		if d == nil {
			return false
		}
		if t.Column(d.Colname) != nil && cmd.MissingOk {
			return true
		}
		return r.addColumn(t, d)
	case pgtree.AlterTableType_AT_DropColumn:
		if col == nil {
			return cmd.MissingOk
		}
		t.Columns = slices.DeleteFunc(t.Columns, func(c *Column) bool { return c == col })
		r.dropIndexesOf(t, col.Name)
		return true
	case pgtree.AlterTableType_AT_AlterColumnType:
		d := cmd.Def.GetColumnDef()
		if col == nil || d == nil {
			return false
		}
		typ, serial, ok := typeName(d.TypeName)
		if !ok || serial {
			return false
		}
		col.Type, col.Origin = typ, r.at
		return true
	case pgtree.AlterTableType_AT_SetNotNull, pgtree.AlterTableType_AT_DropNotNull:
		if col == nil {
			return false
		}
		col.NotNull, col.Origin = cmd.Subtype == pgtree.AlterTableType_AT_SetNotNull, r.at
		return true
	case pgtree.AlterTableType_AT_ColumnDefault:
		if col == nil {
			return false
		}
		col.Default, col.Origin = deparseExpr(cmd.Def), r.at
		col.defaultEnum = ""
		if col.Default != "" {
			col.defaultEnum = r.enumOf(col.Type)
		}
		return true
	case pgtree.AlterTableType_AT_AddConstraint:
		return r.constraint(t, cmd.Def.GetConstraint(), nil)
	case pgtree.AlterTableType_AT_DropConstraint:
		n := len(t.Indexes) + len(t.ForeignKeys)
		t.Indexes = slices.DeleteFunc(t.Indexes, func(ix *Index) bool { return ix.Name == cmd.Name })
		t.ForeignKeys = slices.DeleteFunc(t.ForeignKeys, func(fk *ForeignKey) bool { return fk.Name == cmd.Name })
		delete(r.c.Indexes, cmd.Name)
		return n != len(t.Indexes)+len(t.ForeignKeys) || cmd.MissingOk
	}
	return false
}

// dropIndexesOf drops what PostgreSQL drops with a column: its indexes
// and constraints.
func (r *replay) dropIndexesOf(t *Table, col string) {
	t.Indexes = slices.DeleteFunc(t.Indexes, func(ix *Index) bool {
		if slices.Contains(ix.Columns, col) {
			delete(r.c.Indexes, ix.Name)
			return true
		}
		return false
	})
	t.ForeignKeys = slices.DeleteFunc(t.ForeignKeys, func(fk *ForeignKey) bool { return slices.Contains(fk.Columns, col) })
}

func (r *replay) rename(s *pgtree.RenameStmt) bool {
	switch s.RenameType {
	case pgtree.ObjectType_OBJECT_TABLE:
		t := r.c.Tables[s.Relation.GetRelname()]
		if t == nil || r.c.Tables[s.Newname] != nil {
			return false
		}
		delete(r.c.Tables, t.Name)
		t.Name = s.Newname
		r.c.Tables[t.Name] = t
		for _, ix := range t.Indexes {
			ix.Table = t.Name
		}
		return true
	case pgtree.ObjectType_OBJECT_COLUMN:
		t := r.c.Tables[s.Relation.GetRelname()]
		if t == nil {
			return false
		}
		col := t.Column(s.Subname)
		if col == nil || t.Column(s.Newname) != nil {
			return false
		}
		col.Name, col.Origin = s.Newname, r.at
		for _, ix := range t.Indexes {
			for i, c := range ix.Columns {
				if c == s.Subname {
					ix.Columns[i] = s.Newname
				}
			}
		}
		for _, fk := range t.ForeignKeys {
			for i, c := range fk.Columns {
				if c == s.Subname {
					fk.Columns[i] = s.Newname
				}
			}
		}
		return true
	case pgtree.ObjectType_OBJECT_TYPE:
		old := lastName(s.Object.GetList().GetItems())
		e := r.c.Enums[old]
		if e == nil {
			return false
		}
		delete(r.c.Enums, old)
		e.Name, e.Origin = s.Newname, r.at
		r.c.Enums[e.Name] = e
		for _, t := range r.c.Tables {
			for _, c := range t.Columns {
				if c.Type == old {
					c.Type = e.Name
				} else if c.Type == old+"[]" {
					c.Type = e.Name + "[]"
				}
				if c.defaultEnum == old {
					c.defaultEnum = e.Name
				}
			}
		}
		return true
	case pgtree.ObjectType_OBJECT_INDEX, pgtree.ObjectType_OBJECT_TABCONSTRAINT:
		name := s.Relation.GetRelname()
		if s.RenameType == pgtree.ObjectType_OBJECT_TABCONSTRAINT {
			name = s.Subname
		}
		ix := r.c.Indexes[name]
		if ix == nil {
			if t := r.c.Tables[s.Relation.GetRelname()]; t != nil && s.RenameType == pgtree.ObjectType_OBJECT_TABCONSTRAINT {
				for _, fk := range t.ForeignKeys {
					if fk.Name == name {
						fk.Name = s.Newname
						return true
					}
				}
			}
			return false
		}
		delete(r.c.Indexes, name)
		ix.Name = s.Newname
		r.c.Indexes[ix.Name] = ix
		return true
	}
	return false
}

func (r *replay) drop(s *pgtree.DropStmt) bool {
	for _, o := range s.Objects {
		var name string
		if l := o.GetList(); l != nil {
			name = lastName(l.Items)
		} else if tn := o.GetTypeName(); tn != nil {
			name = lastName(tn.Names)
		}
		switch s.RemoveType {
		case pgtree.ObjectType_OBJECT_TABLE:
			t := r.c.Tables[name]
			if t == nil {
				if s.MissingOk {
					continue
				}
				return false
			}
			for _, ix := range t.Indexes {
				delete(r.c.Indexes, ix.Name)
			}
			delete(r.c.Tables, name)
		case pgtree.ObjectType_OBJECT_TYPE:
			if r.c.Enums[name] == nil {
				if s.MissingOk {
					continue
				}
				return false
			}
			delete(r.c.Enums, name)
			if s.Behavior == pgtree.DropBehavior_DROP_CASCADE {
				r.dropDependents(name)
			}
		case pgtree.ObjectType_OBJECT_INDEX:
			ix := r.c.Indexes[name]
			if ix == nil {
				if s.MissingOk {
					continue
				}
				return false
			}
			delete(r.c.Indexes, name)
			if t := r.c.Tables[ix.Table]; t != nil {
				t.Indexes = slices.DeleteFunc(t.Indexes, func(x *Index) bool { return x == ix })
			}
		default:
			return false
		}
	}
	return true
}

// enumOf is typ's enum when it is one (or an array of one), else "".
func (r *replay) enumOf(typ string) string {
	name := strings.TrimSuffix(typ, "[]")
	if r.c.Enums[name] != nil {
		return name
	}
	return ""
}

// dropDependents does what DROP TYPE … CASCADE does to tables: columns
// of the type go, and so do defaults cast to it.
func (r *replay) dropDependents(enum string) {
	for _, t := range r.c.Tables {
		var kept []*Column
		for _, c := range t.Columns {
			if strings.TrimSuffix(c.Type, "[]") == enum {
				r.dropIndexesOf(t, c.Name)
				continue
			}
			if c.defaultEnum == enum {
				c.Default, c.defaultEnum, c.Origin = "", "", r.at
			}
			kept = append(kept, c)
		}
		t.Columns = kept
	}
}

func (r *replay) index(s *pgtree.IndexStmt) bool {
	t := r.c.Tables[s.Relation.GetRelname()]
	if t == nil {
		return false
	}
	if _, exists := r.c.Indexes[s.Idxname]; exists && s.IfNotExists {
		return true
	}
	ix := &Index{Name: s.Idxname, Table: t.Name, Unique: s.Unique}
	for _, p := range s.IndexParams {
		el := p.GetIndexElem()
		if el == nil {
			return false
		}
		ix.Columns = append(ix.Columns, el.Name)
	}
	if ix.Name == "" {
		return false // PostgreSQL names it; which name is not worth guessing
	}
	r.addIndex(t, ix)
	return true
}

func strs(nodes []*pgtree.Node) []string {
	out := make([]string, 0, len(nodes))
	for _, n := range nodes {
		out = append(out, n.GetString_().GetSval())
	}
	return out
}

func lastName(nodes []*pgtree.Node) string {
	s := strs(nodes)
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1]
}

// deparseExpr prints an expression back as SQL.
func deparseExpr(n *pgtree.Node) string {
	if n == nil {
		return ""
	}
	tree := &pgtree.ParseResult{Stmts: []*pgtree.RawStmt{{Stmt: &pgtree.Node{Node: &pgtree.Node_SelectStmt{SelectStmt: &pgtree.SelectStmt{
		TargetList: []*pgtree.Node{{Node: &pgtree.Node_ResTarget{ResTarget: &pgtree.ResTarget{Val: n}}}},
	}}}}}}
	s, err := pgtree.Deparse(tree)
	if err != nil {
		return "?"
	}
	return strings.TrimPrefix(s, "SELECT ")
}
