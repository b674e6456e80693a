package rules

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/sqlview"
)

var ViewColumnRemoved = &Rule{
	Name:      "view-column-removed",
	Category:  Compatibility,
	Severity:  config.SeverityError,
	NeedsBase: true,
	Summary:   "a view column that other services read was removed, renamed, retyped, made nullable or required, or reordered since the base; or the view itself was removed",
	Doc: `A view shared with other services is a public API: they query its
columns by name and parse them by type. Between the base (` + "`--base <ref>`" + `, or
the pull request's base in GitHub Actions) and the working tree, the rule
pairs views by name — Prisma ` + "`view`" + ` blocks and SQL view definitions
(` + "`prisma/views/**/*.sql`" + `, ` + "`CREATE VIEW`" + ` in migrations) — and columns by
database name (` + "`@map`" + ` respected), wherever the files moved, and reports:

- a view removed, or its database name changed;
- a column removed or renamed;
- a column whose type, native type, list-ness or nullability changed;
- SQL columns reordered, or a column inserted before existing ones:
  PostgreSQL's ` + "`CREATE OR REPLACE VIEW`" + ` can only append columns, so anything
  else means DROP and CREATE, which loses grants and dependent views;
- a model field that an SQL view reads removed from the model, or retyped.

Add columns at the end instead, and keep the old ones until every reader
has moved. When a break is intended and announced, acknowledge it on the
reported line with ` + "`// schemalint-ignore view-column-removed <reason>`" + `, or
for whole files with a config ` + "`ignore { rule = \"view-column-removed\" ... }`" + ` block.`,
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
	c := &viewComparison{p: p, reported: map[string]bool{}}
	c.prismaViews()
	c.sqlViews()
}

type viewComparison struct {
	p *Pass
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
				Range: anchorFor(p, bv.File.Name),
				Message: fmt.Sprintf("view %q was removed (was at base %s); other services read it: restore it, or drop it in an announced change and acknowledge it with %s",
					bv.Name, baseAt(p, bv.NameRange()), acknowledgeBreak),
				Related: related,
			})
			continue
		}
		if qualified(hv.SchemaName, hv.TableName()) != qualified(bv.SchemaName, bv.TableName()) {
			c.reported[bv.TableName()] = true
			p.Report(Diagnostic{
				Range: hv.NameRange(),
				Message: fmt.Sprintf("view %q is now %s in the database (was %s at base %s); other services read it by its old name: keep it with @@map(%q)",
					hv.Name, qualified(hv.SchemaName, hv.TableName()), qualified(bv.SchemaName, bv.TableName()), baseAt(p, bv.NameRange()), bv.TableName()),
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
		related := []Related{atBase(bf.NameRange(), "the column at the base: `"+declText(bf.File(), bf.Decl.Span)+"`")}
		was := fmt.Sprintf("was `%s` at base %s", declText(bf.File(), bf.Decl.Span), baseAt(p, bf.NameRange()))
		hf := fieldByColumnName(headCols, bf.ColumnName())
		if hf == nil {
			c.reported[bv.TableName()+"."+bf.ColumnName()] = true
			if j, ok := renamed[i]; ok {
				nf := headCols[j]
				p.Report(Diagnostic{
					Range: nf.NameRange(),
					Message: fmt.Sprintf("view %q renamed column %q to %q (%s); other services read it by its old name: keep %q and add %q beside it, or acknowledge the break with %s",
						hv.Name, bf.ColumnName(), nf.ColumnName(), was, bf.ColumnName(), nf.ColumnName(), acknowledgeBreak),
					Related: related,
				})
				continue
			}
			p.Report(Diagnostic{
				Range: hv.NameRange(),
				Message: fmt.Sprintf("view %q no longer has column %q (%s); other services read it: add it back, or remove it in an announced change and acknowledge it with %s",
					hv.Name, bf.ColumnName(), was, acknowledgeBreak),
				Related: related,
			})
			continue
		}
		if changes := fieldChanges(bf, hf); len(changes) > 0 {
			c.reported[bv.TableName()+"."+bf.ColumnName()] = true
			p.Report(Diagnostic{
				Range: hf.NameRange(),
				Message: fmt.Sprintf("view %q column %q %s (%s); other services parse it as it was: keep it and add a new column beside it, or acknowledge the break with %s",
					hv.Name, hf.ColumnName(), strings.Join(changes, " and "), was, acknowledgeBreak),
				Related: related,
			})
		}
	}
}

func (c *viewComparison) sqlViews() {
	p := c.p
	baseTables, headTables := modelsByTable(p.Base), modelsByTable(p.Schema)
	for _, bv := range p.BaseViews {
		related := []Related{atBase(bv.NameRange, "the view at the base")}
		hv := findSQLView(p.Views, bv)
		if hv == nil {
			if c.reported[bv.Name] {
				continue
			}
			anchor := anchorFor(p, bv.Range.File)
			if m := viewModel(p.Schema, bv); m != nil {
				anchor = m.NameRange()
			}
			p.Report(Diagnostic{
				Range: anchor,
				Message: fmt.Sprintf("view %s was removed (was defined at base %s); other services read it: restore its definition, or drop it in an announced change and acknowledge it with %s",
					qualified(bv.Schema, bv.Name), baseAt(p, bv.NameRange), acknowledgeBreak),
				Related: related,
			})
			continue
		}
		if bv.Star != nil || hv.Star != nil {
			continue // the columns * stands for are not known here
		}
		c.sqlColumns(bv, hv, baseTables, headTables)
	}
}

func (c *viewComparison) sqlColumns(bv, hv *sqlview.View, baseTables, headTables tableIndex) {
	p := c.p
	baseNames, headNames := sqlColumnNames(bv), sqlColumnNames(hv)
	renamed := renames(baseNames, headNames, nil)
	removed := false
	for i, bc := range bv.Columns {
		related := []Related{atBase(bc.Range, "the column at the base: `"+oneLine(bc.Range, bv)+"`")}
		was := fmt.Sprintf("was `%s` at base %s", oneLine(bc.Range, bv), baseAt(p, bc.Range))
		hi := slices.Index(headNames, bc.Name)
		source, bf := sourceField(baseTables, bc)
		if hi < 0 {
			removed = true
			if c.reported[bv.Name+"."+bc.Name] {
				continue
			}
			gone := ""
			if bf != nil && headField(headTables, source, bf) == nil {
				gone = fmt.Sprintf(", and %q is gone from the model", source.Name+"."+bf.Name())
			}
			if j, ok := renamed[i]; ok {
				p.Report(Diagnostic{
					Range: hv.Columns[j].Range,
					Message: fmt.Sprintf("view %q renamed column %q to %q (%s%s); other services read it by its old name: keep %q and append %q at the end, or acknowledge the break with %s",
						hv.Name, bc.Name, hv.Columns[j].Name, was, gone, bc.Name, hv.Columns[j].Name, acknowledgeBreak),
					Related: related,
				})
				continue
			}
			p.Report(Diagnostic{
				Range: hv.NameRange,
				Message: fmt.Sprintf("view %q no longer has column %q (%s%s); other services read it, and CREATE OR REPLACE VIEW cannot drop a column: add it back, or drop and recreate the view in an announced change and acknowledge it with %s",
					hv.Name, bc.Name, was, gone, acknowledgeBreak),
				Related: related,
			})
			continue
		}
		hc := hv.Columns[hi]
		if bf == nil {
			continue
		}
		// The view still reads the column: the model must still have it,
		// with the same type.
		hf := headField(headTables, source, bf)
		switch {
		case hf == nil && headTables.find(source.SchemaName, source.TableName()) != nil:
			p.Report(Diagnostic{
				Range: hc.Range,
				Message: fmt.Sprintf("view %q column %q reads %q, which the model no longer has (was `%s` at base %s); dropping the column breaks the view and its readers: keep the field, or remove the column from the view in an announced change and acknowledge it with %s",
					hv.Name, hc.Name, source.Name+"."+bf.Name(), declText(bf.File(), bf.Decl.Span), baseAt(p, bf.NameRange()), acknowledgeBreak),
				Related: []Related{atBase(bf.NameRange(), "the field at the base")},
			})
		case hf != nil:
			if changes := fieldChanges(bf, hf); len(changes) > 0 {
				p.Report(Diagnostic{
					Range: hc.Range,
					Message: fmt.Sprintf("view %q column %q reads %q, which %s (was `%s` at base %s); PostgreSQL cannot change a column a view reads, and readers parse it as it was: keep the field as it was, or acknowledge the break with %s",
						hv.Name, hc.Name, source.Name+"."+bf.Name(), strings.Join(changes, " and "), declText(bf.File(), bf.Decl.Span), baseAt(p, bf.NameRange()), acknowledgeBreak),
					Related: []Related{atBase(bf.NameRange(), "the field at the base")},
				})
			}
		}
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
				Message: fmt.Sprintf("view %q inserts column %q before existing column %q (base %s); CREATE OR REPLACE VIEW can only append columns: move %q to the end of the select list",
					hv.Name, hc.Name, name, baseAt(p, bv.NameRange), hc.Name),
				Related: related,
			})
		} else {
			p.Report(Diagnostic{
				Range: hc.Range,
				Message: fmt.Sprintf("view %q reorders its columns: %q is now column %d (was %d at base %s); CREATE OR REPLACE VIEW cannot reorder columns, and dropping the view loses its grants and dependent views: keep the base order and append new columns at the end",
					hv.Name, hc.Name, i+1, slices.Index(baseNames, hc.Name)+1, baseAt(p, bv.NameRange)),
				Related: related,
			})
		}
		return
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

// fieldChanges says how a column's type changed, as readers see it.
func fieldChanges(bf, hf *prisma.Field) []string {
	var out []string
	if bt, ht := fieldType(bf), fieldType(hf); bt != ht {
		out = append(out, fmt.Sprintf("changed type from %s to %s", bt, ht))
	}
	switch {
	case bf.IsList() && !hf.IsList():
		out = append(out, "is no longer a list")
	case !bf.IsList() && hf.IsList():
		out = append(out, "is now a list")
	case bf.Arity == prisma.Required && hf.Arity == prisma.Optional:
		out = append(out, "is now optional (nullable)")
	case bf.Arity == prisma.Optional && hf.Arity == prisma.Required:
		out = append(out, "is now required")
	}
	return out
}

// fieldType is a field's type as the database sees it: an enum by its
// database name, a native type with its arguments.
func fieldType(f *prisma.Field) string {
	t := f.TypeName()
	if f.Enum != nil {
		t = f.Enum.DBName()
	}
	if f.NativeType != nil {
		t += " @db." + f.NativeType.Name
		if len(f.NativeType.Args) > 0 {
			t += "(" + strings.Join(f.NativeType.Args, ", ") + ")"
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

func findSQLView(views []*sqlview.View, bv *sqlview.View) *sqlview.View {
	var loose *sqlview.View
	for _, v := range views {
		if v.Name != bv.Name {
			continue
		}
		if v.Schema == bv.Schema {
			return v
		}
		if v.Schema == "" || bv.Schema == "" {
			loose = v
		}
	}
	return loose
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

// anchorFor is the head location that stands for something removed from
// file: the first block still in that file, else the schema's first view or
// model. A removal has no line of its own in the head.
func anchorFor(p *Pass, file string) prisma.Range {
	var first *prisma.Model
	for _, m := range p.Schema.Models {
		if m.File.Name == file {
			return m.NameRange()
		}
		if first == nil || (m.IsView && !first.IsView) {
			first = m
		}
	}
	for _, e := range p.Schema.Enums {
		if e.File.Name == file {
			return e.NameRange()
		}
	}
	if first != nil {
		return first.NameRange()
	}
	if len(p.Schema.Enums) > 0 {
		return p.Schema.Enums[0].NameRange()
	}
	name := file
	if len(p.Schema.Files) > 0 {
		name = p.Schema.Files[0].Name
	}
	start := prisma.Pos{Line: 1, Col: 1}
	return prisma.Range{File: name, Start: start, End: start}
}

// declText is a declaration as written, on one line: `email String @map("e")`.
func declText(f *prisma.File, s prisma.Span) string {
	if f == nil || s.Start < 0 || int(s.End) > len(f.Src) || s.Start > s.End {
		return ""
	}
	return strings.Join(strings.Fields(string(f.Src[s.Start:s.End])), " ")
}

// oneLine is an SQL select-list item as written, on one line.
func oneLine(r prisma.Range, v *sqlview.View) string {
	// SQL starts with the statement; a bare SELECT's Range is its whole
	// file and its NameRange the statement's first keyword.
	origin := v.Range.Start.Offset
	if len(v.SQL) < 6 || !strings.EqualFold(v.SQL[:6], "create") {
		origin = v.NameRange.Start.Offset
	}
	start, end := r.Start.Offset-origin, r.End.Offset-origin
	if start < 0 || end > len(v.SQL) || start > end {
		return ""
	}
	return strings.Join(strings.Fields(v.SQL[start:end]), " ")
}

// baseAt names a base location for messages: `prisma/views.prisma:5`,
// relative to the configuration's folder.
func baseAt(p *Pass, r prisma.Range) string {
	name := r.File
	if p.Config != nil {
		dir, err1 := filepath.Abs(p.Config.Dir)
		file, err2 := filepath.Abs(name)
		if rel, err := filepath.Rel(dir, file); err1 == nil && err2 == nil && err == nil && !strings.HasPrefix(rel, "..") {
			name = filepath.ToSlash(rel)
		}
	}
	return fmt.Sprintf("%s:%d", name, r.Start.Line)
}
