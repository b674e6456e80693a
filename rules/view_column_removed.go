package rules

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/sqlview"
	"github.com/schemalint/schemalint/internal/viewgen"
)

var ViewColumnRemoved = &Rule{
	Name:      "view-column-removed",
	Category:  Compatibility,
	Severity:  severity.Error,
	NeedsBase: true,
	Summary:   "a view column that other services read was removed, renamed, retyped, made optional or reordered since the base; or the view itself was removed",
	Doc: `A view shared with other services is a public API: they query its
columns by name and parse them by type. Between the base (` + "`--base <ref>`" + `, or
the pull request's base in GitHub Actions) and the working tree, the rule
pairs views by database name — Prisma ` + "`view`" + ` blocks and SQL view definitions
(` + "`prisma/views/**/*.sql`" + `, whose file name is a Prisma view's, ` + "`@@map`" + `
included; ` + "`CREATE VIEW`" + ` in migrations, the last definition deciding) — and
columns by database name (` + "`@map`" + ` respected), wherever the files moved, and
reports:

- a view removed — reported at the ` + "`DROP VIEW`" + ` that drops it, its ` + "`expose`" + ` or
  ` + "`views`" + ` block in schemalint.hcl, or the SQL that still defines it — or
  its database name changed;
- a column removed or renamed;
- a column whose type, native type or list-ness changed, or that became
  optional: readers typed non-null fail on its first null. One that became
  required is not reported: a reader typed nullable takes non-null values,
  and PostgreSQL applies ` + "`SET NOT NULL`" + ` with the view in place;
- SQL columns reordered, or a column inserted before existing ones:
  PostgreSQL's ` + "`CREATE OR REPLACE VIEW`" + ` can only append columns (it cannot
  drop, reorder or retype one), so anything else means DROP and CREATE, which
  loses grants and dependent views;
- a model field that an SQL view reads removed from the model, retyped or
  made optional: dropping it breaks the view, and PostgreSQL cannot change
  the type of a column a view reads. A column that keeps its name and place but now reads
  another table is judged by the field it now reads: ` + "`CREATE OR REPLACE VIEW`" + `
  applies it as long as the type stays.

Add columns at the end instead, and keep the old ones until every reader
has moved. When a break is intended and announced, acknowledge it on the
reported line (schemalint.hcl included) with
` + "`// schemalint-ignore view-column-removed <reason>`" + `, or
for whole files with a config ` + "`ignore { rule = \"view-column-removed\" ... }`" + ` block.
A column of a view that schemalint fix generates is acknowledged in its
` + "`expose`" + ` block instead, where the next fix cannot overwrite it:
` + "`acknowledge = { mobileNumber = \"removed in 2027 after all readers moved\" }`" + `.
The removal is then shown as a notice carrying the reason, the generated SQL
drops the view before creating it again, and an acknowledgement that
matches no removal since the base is reported, so that it goes once the
base has caught up. A product's copy of another repository's views (a
` + "`consume`" + ` block) is acknowledged in the same way, as
` + "`acknowledge = { \"IdpUser.mobileNumber\" = \"…\" }`" + ` in the consume block.`,
	BaseExample: `view IdpUser {
  id    String  @unique
  email String?
  name  String?
}`,
	Bad: `view IdpUser {
  id   String  @unique
  name String?
}`,
	Good: `view IdpUser {
  id        String  @unique
  email     String?
  name      String?
  avatarUrl String?
}`,
	Run: runViewColumnRemoved,
}

const acknowledgeBreak = "// schemalint-ignore view-column-removed <reason>"

func runViewColumnRemoved(p *Pass) {
	if p.Base == nil {
		return
	}
	c := &viewComparison{p: p, reported: map[string]bool{}, matched: map[*config.Acknowledgement]bool{}}
	c.prismaViews()
	c.sqlViews()
	c.unmatchedAcknowledgements()
}

// acknowledged finds the acknowledgement, in the expose block that
// generates view, of a removed column known by any of names; it reports
// the removal as a notice carrying the reason, once.
func (c *viewComparison) acknowledged(view string, names ...string) bool {
	if c.p.Config == nil {
		return false
	}
	var a *config.Acknowledgement
	for _, v := range c.p.Config.Views {
		for _, e := range v.Expose {
			if e.View.Value == view && a == nil {
				a = e.Acknowledged(names...)
			}
		}
	}
	for _, cs := range c.p.Config.Consume {
		if a == nil {
			a = cs.Acknowledged(view, names...)
		}
	}
	if a == nil {
		return false
	}
	if !c.matched[a] {
		c.matched[a] = true
		c.p.ReportAs(severity.Notice, Diagnostic{
			Range:   hclRange(a.Column.Range),
			Message: fmt.Sprintf("view %q drops column %q on purpose: %s", view, names[len(names)-1], a.Reason),
		})
	}
	return true
}

// acknowledgeWay says how to acknowledge removing a view's column: in the
// expose block that generates the view (a comment in a generated file is
// overwritten by the next fix), else with a directive.
func (c *viewComparison) acknowledgeWay(view, name string) string {
	if c.p.Config != nil {
		m := c.p.Schema.Model(view)
		for _, cs := range c.p.Config.Consume {
			if m != nil && cs.Output.Value != "" && samePath(m.File.Name, filepath.Join(c.p.Config.Dir, filepath.FromSlash(cs.Output.Value))) {
				return fmt.Sprintf("acknowledge = { \"%s.%s\" = \"<reason>\" } in %s of %s", view, name, cs, filepath.Base(cs.Range.Filename))
			}
		}
		for _, v := range c.p.Config.Views {
			for _, e := range v.Expose {
				if e.View.Value == view {
					return fmt.Sprintf("acknowledge = { %s = \"<reason>\" } in the expose block of %s", name, filepath.Base(e.View.Range.Filename))
				}
			}
		}
	}
	return acknowledgeBreak
}

// unmatchedAcknowledgements reports acknowledgements of the views this
// schema generates that acknowledged no removal since the base: the break
// is behind, or the name is wrong.
func (c *viewComparison) unmatchedAcknowledgements() {
	if c.p.Config == nil {
		return
	}
	unmatched := func(a *config.Acknowledgement, view string) {
		if c.matched[a] {
			return
		}
		c.p.ReportAs(severity.Warning, Diagnostic{
			Range:   hclRange(a.Column.Range),
			Message: fmt.Sprintf("acknowledge %q matches nothing: view %q removes no such column since the base; remove the acknowledgement", a.Column.Value, view),
		})
	}
	for _, v := range c.p.Config.Views {
		if !generatesFrom(c.p, v) {
			continue
		}
		for _, e := range v.Expose {
			for i := range e.Acknowledge {
				unmatched(&e.Acknowledge[i], e.View.Value)
			}
		}
	}
	for _, cs := range c.p.Config.Consume {
		if root, err := viewgen.ProductRoot(c.p.Config, cs); err != nil || !holds(c.p, root) {
			continue
		}
		for i := range cs.Acknowledge {
			a := &cs.Acknowledge[i]
			unmatched(a, strings.SplitN(a.Column.Value, ".", 2)[0])
		}
	}
}

type viewComparison struct {
	// matched holds the acknowledgements a removal used.
	matched map[*config.Acknowledgement]bool
	p       *Pass
	// reported holds "view" and "view.column" database names found broken
	// on Prisma view blocks, so that the SQL definition of the same view
	// does not report them twice.
	reported map[string]bool
}

func (c *viewComparison) prismaViews() {
	p := c.p
	for _, bv := range p.Base.Models {
		if !bv.IsView {
			continue
		}
		hv := p.Schema.Model(bv.Name)
		if hv == nil || !hv.IsView {
			hv = viewByTable(p.Schema, bv, p.Base)
		}
		related := []Related{atBase(bv.NameRange(), "the view at the base")}
		if hv == nil {
			c.reported[bv.TableName()] = true
			p.Report(Diagnostic{
				Range: removedViewAnchor(p, bv.SchemaName, bv.TableName(), bv.Name, bv.File.Name),
				Message: fmt.Sprintf("view %q was removed, and other services read it; restore it, or acknowledge the break with %s",
					bv.Name, acknowledgeBreak),
				Related: related,
			})
			continue
		}
		if qualified(hv.SchemaName, hv.TableName()) != qualified(bv.SchemaName, bv.TableName()) {
			c.reported[bv.TableName()] = true
			p.Report(Diagnostic{
				Range: hv.NameRange(),
				Message: fmt.Sprintf("view %q is now %s in the database, not %s; keep the old name with @@map(%q)",
					hv.Name, qualified(hv.SchemaName, hv.TableName()), qualified(bv.SchemaName, bv.TableName()), bv.TableName()),
				Related: related,
			})
			continue
		}
		c.prismaColumns(bv, hv)
	}
}

func (c *viewComparison) prismaColumns(bv, hv *prisma.Model) {
	p := c.p
	baseCols, headCols := columnFields(bv), columnFields(hv)
	baseNames, headNames := fieldColumnNames(baseCols), fieldColumnNames(headCols)
	// A field that keeps its Prisma name under a new @map was renamed.
	same := map[int]int{}
	for i, bf := range baseCols {
		for j, hf := range headCols {
			if hf.Name() == bf.Name() && !slices.Contains(headNames, bf.ColumnName()) && !slices.Contains(baseNames, hf.ColumnName()) {
				same[i] = j
			}
		}
	}
	renamed := renames(baseNames, headNames, same)
	for i, bf := range baseCols {
		related := []Related{atBase(bf.NameRange(), "the column at the base")}
		hf := fieldByColumnName(headCols, bf.ColumnName())
		if hf == nil {
			c.reported[bv.TableName()+"."+bf.ColumnName()] = true
			if c.acknowledged(hv.Name, bf.Name(), bf.ColumnName()) {
				continue
			}
			if j, ok := renamed[i]; ok {
				nf := headCols[j]
				p.Report(Diagnostic{
					Range: nf.NameRange(),
					Message: fmt.Sprintf("view %q renamed column %q to %q; keep %q and add %q beside it, or acknowledge the break with %s",
						hv.Name, bf.ColumnName(), nf.ColumnName(), bf.ColumnName(), nf.ColumnName(), c.acknowledgeWay(hv.Name, bf.Name())),
					Related: related,
				})
				continue
			}
			p.Report(Diagnostic{
				Range: hv.NameRange(),
				Message: fmt.Sprintf("view %q no longer has column %q; add it back, or acknowledge the break with %s",
					hv.Name, bf.ColumnName(), c.acknowledgeWay(hv.Name, bf.Name())),
				Related: related,
			})
			continue
		}
		ch := fieldChanges(bf, hf)
		if ch.none() {
			continue
		}
		c.reported[bv.TableName()+"."+bf.ColumnName()] = true
		fix := "keep it and add a new column beside it"
		if !ch.retyped {
			fix = "keep it required, or add a new optional column beside it"
		}
		p.Report(Diagnostic{
			Range: hf.NameRange(),
			Message: fmt.Sprintf("view %q column %q %s; %s, or acknowledge the break with %s",
				hv.Name, hf.ColumnName(), ch, fix, acknowledgeBreak),
			Related: related,
		})
	}
}

func (c *viewComparison) sqlViews() {
	p := c.p
	bases := namedSQLViews(p.Base, p.BaseViews)
	if len(bases) == 0 {
		return // nothing to compare: no table index to build (2,000 models)
	}
	baseTables, headTables := modelsByTable(p.Base), modelsByTable(p.Schema)
	heads := namedSQLViews(p.Schema, p.Views)
	for _, bv := range bases {
		related := []Related{atBase(bv.NameRange, "the view at the base")}
		hv := findSQLView(heads, bv)
		if hv == nil {
			if c.reported[bv.name] {
				continue
			}
			anchor := removedViewAnchor(p, bv.schema, bv.name, "", bv.Range.File)
			p.Report(Diagnostic{
				Range: anchor,
				Message: fmt.Sprintf("view %s was removed, and other services read it; restore its definition, or acknowledge the break with %s",
					qualified(bv.schema, bv.name), acknowledgeBreak),
				Related: related,
			})
			continue
		}
		if bv.Star != nil || hv.Star != nil {
			continue // the columns * stands for are not known here
		}
		c.sqlColumns(bv, *hv, baseTables, headTables)
	}
}

func (c *viewComparison) sqlColumns(bv, hv namedView, baseTables, headTables tableIndex) {
	p := c.p
	baseNames, headNames := sqlColumnNames(bv.View), sqlColumnNames(hv.View)
	renamed := renames(baseNames, headNames, nil)
	removed := false
	for i, bc := range bv.Columns {
		related := []Related{atBase(bc.Range, "the column at the base")}
		hi := slices.Index(headNames, bc.Name)
		source, bf := sourceField(baseTables, bc)
		if hi < 0 {
			removed = true
			if c.reported[bv.name+"."+bc.Name] || c.acknowledged(hv.name, bc.Name) {
				continue
			}
			gone := ""
			if bf != nil && headField(headTables, source, bf) == nil {
				gone = fmt.Sprintf(" (%q is gone too)", source.Name+"."+bf.Name())
			}
			if j, ok := renamed[i]; ok {
				p.Report(Diagnostic{
					Range: hv.Columns[j].Range,
					Message: fmt.Sprintf("view %q renamed column %q to %q%s; keep %q and append %q at the end, or acknowledge the break with %s",
						hv.name, bc.Name, hv.Columns[j].Name, gone, bc.Name, hv.Columns[j].Name, c.acknowledgeWay(hv.name, bc.Name)),
					Related: related,
				})
				continue
			}
			p.Report(Diagnostic{
				Range: hv.NameRange,
				Message: fmt.Sprintf("view %q no longer has column %q%s; add it back, or acknowledge the break with %s",
					hv.name, bc.Name, gone, c.acknowledgeWay(hv.name, bc.Name)),
				Related: related,
			})
			continue
		}
		if bf == nil || c.reported[bv.name+"."+bc.Name] {
			continue
		}
		c.sqlColumnSource(hv, hv.Columns[hi], source, bf, baseTables, headTables)
	}
	if removed {
		return // dropping a column already means DROP and CREATE
	}
	for i, name := range baseNames {
		if headNames[i] == name {
			continue
		}
		hc := hv.Columns[i]
		related := []Related{atBase(bv.Columns[i].Range, "the column at this position at the base")}
		if !slices.Contains(baseNames, hc.Name) {
			p.Report(Diagnostic{
				Range: hc.Range,
				Message: fmt.Sprintf("view %q inserts column %q before existing column %q; move %q to the end of the select list",
					hv.name, hc.Name, name, hc.Name),
				Related: related,
			})
		} else {
			p.Report(Diagnostic{
				Range: hc.Range,
				Message: fmt.Sprintf("view %q moves column %q to position %d from %d; keep the base order, and append new columns at the end",
					hv.name, hc.Name, i+1, slices.Index(baseNames, hc.Name)+1),
				Related: related,
			})
		}
		return
	}
}

// sqlColumnSource judges a view column that keeps its name by what it
// reads: the base's model field bf of source. A column that still reads
// that field needs the field, as it was; a column that now reads another
// table or an expression is a new definition of the same column, which
// CREATE OR REPLACE VIEW applies as long as the type stays.
func (c *viewComparison) sqlColumnSource(hv namedView, hc sqlview.Column, source *prisma.Model, bf *prisma.Field, baseTables, headTables tableIndex) {
	p := c.p
	related := []Related{atBase(bf.NameRange(), "the field at the base")}
	readsSame := hc.Source != nil && !hc.Source.Derived && hc.Source.Column == bf.ColumnName() &&
		(hc.Source.Table == source.TableName() && sameSchema(hc.Source.Schema, source.SchemaName) ||
			// An unqualified name that several FROM items could provide:
			// the old table is still one of them.
			hc.Source.Table == "" && slices.ContainsFunc(hv.Sources, func(s sqlview.Source) bool {
				return s.Kind == sqlview.SourceTable && s.Table == source.TableName() && sameSchema(s.Schema, source.SchemaName)
			}))
	if !readsSame {
		hm, hf := sourceField(headTables, hc)
		if hf == nil {
			return // an expression, or a table the schema does not model: its type is not known here
		}
		ch := fieldChanges(bf, hf)
		if ch.none() {
			return
		}
		p.Report(Diagnostic{
			Range: hc.Range,
			Message: fmt.Sprintf("view %q column %q now reads %q and so %s; read a column like the old one, or acknowledge the break with %s",
				hv.name, hc.Name, hm.Name+"."+hf.Name(), ch, acknowledgeBreak),
			Related: related,
		})
		return
	}
	hf := headField(headTables, source, bf)
	switch {
	case hf == nil && headTables.find(source.SchemaName, source.TableName()) != nil:
		p.Report(Diagnostic{
			Range: hc.Range,
			Message: fmt.Sprintf("view %q column %q reads %q, which the model no longer has; keep the field, or acknowledge the break with %s",
				hv.name, hc.Name, source.Name+"."+bf.Name(), acknowledgeBreak),
			Related: related,
		})
	case hf != nil:
		ch := fieldChanges(bf, hf)
		if ch.none() {
			return
		}
		fix := "keep the field as it was"
		if !ch.retyped {
			fix = "keep the field required"
		}
		p.Report(Diagnostic{
			Range: hc.Range,
			Message: fmt.Sprintf("view %q column %q reads %q, which %s; %s, or acknowledge the break with %s",
				hv.name, hc.Name, source.Name+"."+bf.Name(), ch, fix, acknowledgeBreak),
			Related: related,
		})
	}
}

// columnFields are the fields of a model or view that are database columns.
func columnFields(m *prisma.Model) []*prisma.Field {
	var out []*prisma.Field
	for _, f := range m.Fields {
		if f.Kind != prisma.RelationField {
			out = append(out, f)
		}
	}
	return out
}

func fieldByColumnName(fields []*prisma.Field, column string) *prisma.Field {
	for _, f := range fields {
		if f.ColumnName() == column {
			return f
		}
	}
	return nil
}

func fieldColumnNames(fields []*prisma.Field) []string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = f.ColumnName()
	}
	return out
}

// renames pairs names the base had and the head lacks with names new in
// the head, by place: the items missing after one surviving item (or at
// the start) and the new items after the same surviving item are renames,
// in order, when there are as many of each. Uneven gaps stay unpaired —
// removals and additions — rather than guessed. same holds pairs known
// already (base index → head index). The result maps base index to head
// index.
func renames(baseNames, headNames []string, same map[int]int) map[int]int {
	head := slices.Clone(headNames)
	for bi, hj := range same {
		head[hj] = baseNames[bi]
	}
	missing := map[string][]int{}
	prev := ""
	for i, n := range baseNames {
		if slices.Contains(head, n) {
			prev = n
			continue
		}
		missing[prev] = append(missing[prev], i)
	}
	added := map[string][]int{}
	prev = ""
	for j, n := range head {
		if slices.Contains(baseNames, n) {
			prev = n
			continue
		}
		added[prev] = append(added[prev], j)
	}
	out := map[int]int{}
	for bi, hj := range same {
		out[bi] = hj
	}
	for after, bs := range missing {
		if hs := added[after]; len(hs) == len(bs) {
			for k := range bs {
				out[bs[k]] = hs[k]
			}
		}
	}
	return out
}

// columnChange is how a column changed, as its readers see it.
type columnChange struct {
	changes []string
	// retyped: the type, native type or list-ness changed, which
	// PostgreSQL refuses under a view and readers parse wrong.
	retyped bool
}

func (c columnChange) none() bool     { return len(c.changes) == 0 }
func (c columnChange) String() string { return strings.Join(c.changes, " and ") }

// fieldChanges says how a column's type changed, as readers see it. A
// column that becomes required is no change to them: a reader typed
// nullable takes non-null values, and PostgreSQL applies SET NOT NULL
// under a view. One that becomes optional is: a reader typed non-null
// fails on the first null.
func fieldChanges(bf, hf *prisma.Field) columnChange {
	var out columnChange
	if bt, ht := fieldType(bf), fieldType(hf); bt != ht {
		out.changes = append(out.changes, fmt.Sprintf("changed type from %s to %s", bt, ht))
		out.retyped = true
	}
	switch {
	case bf.IsList() && !hf.IsList():
		out.changes = append(out.changes, "is no longer a list")
		out.retyped = true
	case !bf.IsList() && hf.IsList():
		out.changes = append(out.changes, "is now a list")
		out.retyped = true
	case bf.Arity == prisma.Required && hf.Arity == prisma.Optional:
		out.changes = append(out.changes, "is now optional")
	}
	return out
}

// fieldType is a field's type as the database sees it: an enum by its
// database name, a native type with its arguments.
func fieldType(f *prisma.Field) string {
	t := f.TypeName()
	if f.Enum() != nil {
		t = f.Enum().DBName()
	}
	if f.NativeType() != nil {
		t += " @db." + f.NativeType().Name()
		if args := f.NativeType().Args(); len(args) > 0 {
			t += "(" + strings.Join(args, ", ") + ")"
		}
	}
	return t
}

// viewByTable finds the head view that keeps a base view's database name
// under a new Prisma name.
func viewByTable(head *prisma.Schema, bv *prisma.Model, baseSchema *prisma.Schema) *prisma.Model {
	for _, m := range head.Models {
		if m.IsView && m.TableName() == bv.TableName() && m.SchemaName == bv.SchemaName && baseSchema.Model(m.Name) == nil {
			return m
		}
	}
	return nil
}

func qualified(schema, name string) string {
	if schema == "" {
		return fmt.Sprintf("%q", name)
	}
	return fmt.Sprintf("%q.%q", schema, name)
}

// namedView is an SQL view under its database name: a views/ file's name
// is a Prisma view's (whose @@map may name it otherwise in the database).
type namedView struct {
	*sqlview.View
	schema, name string
}

// namedSQLViews names views by database name, each once: a view defined
// again in a later migration (DROP and CREATE) is its last definition.
func namedSQLViews(s *prisma.Schema, views []*sqlview.View) []namedView {
	var out []namedView
	for _, v := range views {
		nv := namedView{View: v, schema: v.Schema, name: v.Name}
		if isBareSelect(v) {
			for _, m := range s.Models {
				if m.IsView && m.Name == v.Name && sameSchema(v.Schema, m.SchemaName) {
					nv.name = m.TableName()
					if nv.schema == "" {
						nv.schema = m.SchemaName
					}
					break
				}
			}
		}
		i := slices.IndexFunc(out, func(o namedView) bool { return o.name == nv.name && publicOr(o.schema) == publicOr(nv.schema) })
		if i >= 0 {
			out[i] = nv
			continue
		}
		out = append(out, nv)
	}
	return out
}

// publicOr is a view's schema, "public" when unqualified: where
// PostgreSQL puts it unless the connection says otherwise.
func publicOr(schema string) string {
	if schema == "" {
		return "public"
	}
	return schema
}

func findSQLView(views []namedView, bv namedView) *namedView {
	var loose *namedView
	for i, v := range views {
		if v.name != bv.name {
			continue
		}
		if v.schema == bv.schema {
			return &views[i]
		}
		if v.schema == "" || bv.schema == "" {
			loose = &views[i]
		}
	}
	return loose
}

// isBareSelect tells a views/ file's SELECT from a CREATE VIEW statement.
func isBareSelect(v *sqlview.View) bool {
	return len(v.SQL) < 6 || !strings.EqualFold(v.SQL[:6], "create")
}

func sqlColumnNames(v *sqlview.View) []string {
	out := make([]string, len(v.Columns))
	for i, c := range v.Columns {
		out[i] = c.Name
	}
	return out
}

// sourceField is the model field a plain column reference reads, if known.
func sourceField(tables tableIndex, c sqlview.Column) (*prisma.Model, *prisma.Field) {
	if c.Source == nil || c.Source.Derived || c.Source.Table == "" {
		return nil, nil
	}
	m := tables.find(c.Source.Schema, c.Source.Table)
	if m == nil || m.IsView {
		return nil, nil
	}
	f := fieldByColumn(m, c.Source.Column)
	if f == nil {
		return nil, nil
	}
	return m, f
}

// headField is the head's field for a base model field: same model (by
// name, else by table), same column.
func headField(tables tableIndex, bm *prisma.Model, bf *prisma.Field) *prisma.Field {
	hm := tables.find(bm.SchemaName, bm.TableName())
	if hm == nil {
		return nil
	}
	return fieldByColumn(hm, bf.ColumnName())
}

// removedViewAnchor is a head line that names a view no longer there:
// the migration statement that drops it, the `expose` of schemalint.hcl
// that generated it, the SQL that still defines a removed view block, the
// `views` block that generated the file that held it, the Prisma view
// block of a removed SQL definition. Without one,
// the start of the file that held it, or of the schema, stands for the
// whole file: a removal has no line of its own, and another block's name
// would send the reader to the wrong place.
func removedViewAnchor(p *Pass, schema, name, prismaName, file string) prisma.Range {
	if at := dropStatement(p.Migrations, schema, name); at != nil {
		return *at
	}
	if p.Config != nil {
		for _, vs := range p.Config.Views {
			for _, e := range vs.Expose {
				if e.View.Value != "" && (e.View.Value == name || e.View.Value == prismaName) {
					return hclRange(e.View.Range)
				}
			}
		}
	}
	if prismaName != "" {
		// A view block removed while its SQL stays.
		for _, v := range namedSQLViews(p.Schema, p.Views) {
			if v.name == name && sameSchema(v.schema, schema) {
				return v.NameRange
			}
		}
	}
	if p.Config != nil {
		for _, vs := range p.Config.Views {
			for _, out := range []string{vs.PrismaOutput.Value, vs.SQLOutput.Value} {
				if out != "" && samePath(filepath.Join(p.Config.Dir, out), file) {
					return hclRange(vs.Range)
				}
			}
		}
	}
	for _, m := range p.Schema.Models {
		if m.IsView && m.TableName() == name && sameSchema(m.SchemaName, schema) {
			return m.NameRange()
		}
	}
	start := prisma.Pos{Line: 1, Col: 1}
	for _, f := range p.Schema.Files {
		if samePath(f.Name, file) {
			return prisma.Range{File: f.Name, Start: start, End: start}
		}
	}
	name = file
	if len(p.Schema.Files) > 0 {
		name = p.Schema.Files[0].Name
	}
	return prisma.Range{File: name, Start: start, End: start}
}

func samePath(a, b string) bool {
	a, errA := filepath.Abs(a)
	b, errB := filepath.Abs(b)
	return errA == nil && errB == nil && a == b
}
