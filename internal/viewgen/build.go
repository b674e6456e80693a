package viewgen

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/prisma"
)

// view is one view to generate, checked against the source schema.
type view struct {
	expose *config.Expose
	name   string
	model  *prisma.Model
	schema string // the source table's database schema
	fields []*prisma.Field
	// uniques are compound unique criteria whose fields are all exposed:
	// the source's @@id and @@unique, as field names.
	uniques []compound
	unique  map[*prisma.Field]bool // single-field @id or @unique
	// public is a field's column in the view where it is not its column in
	// the source table: the name readers knew before the source renamed it.
	public map[*prisma.Field]string
}

// column is the view's column for a field.
func (vw *view) column(f *prisma.Field) string {
	if c, ok := vw.public[f]; ok {
		return c
	}
	return f.ColumnName()
}

// keepPublicColumns gives each field the column the previously generated
// Prisma file gives it, when that differs from its source column now: the
// source column was renamed, and the view's readers still read the old
// name. A file that is not intact is no record of what readers know.
func keepPublicColumns(views []*view, previous []byte, opts Options) {
	if opts.AllowBreaking || len(previous) == 0 {
		return
	}
	if st, ok := ReadStamp(previous); !ok || st.Line != 1 || !st.Intact {
		return
	}
	file, ok := parsePrevious(previous, opts.Parsed)
	if !ok {
		return
	}
	// The views' declarations by name, their columns read only for the
	// views generated again: hundreds of small maps were most of this.
	before := map[string]*prisma.ModelDecl{}
	for _, d := range file.Decls {
		if m, ok := d.(*prisma.ModelDecl); ok && m.Keyword == prisma.KeywordView {
			before[m.Name.Name] = m
		}
	}
	for _, vw := range views {
		decl := before[vw.name]
		if decl == nil {
			continue
		}
		for _, f := range vw.fields {
			old, ok := declaredColumn(decl, f.Name())
			// Another field now reading the old column means the names
			// moved between fields, not that a column was renamed.
			if ok && old != f.ColumnName() && !slices.ContainsFunc(vw.fields, func(g *prisma.Field) bool { return g.ColumnName() == old }) {
				if vw.public == nil {
					vw.public = map[*prisma.Field]string{}
				}
				vw.public[f] = old
			}
		}
	}
}

// declaredColumn is the column a view declaration gives its field name:
// its @map, else its name; the last declaration of the name counts.
func declaredColumn(m *prisma.ModelDecl, name string) (string, bool) {
	for i := len(m.Fields) - 1; i >= 0; i-- {
		f := m.Fields[i]
		if f.Name != name {
			continue
		}
		if a := findAttr(f.Attributes(), "map"); a != nil && len(a.Args()) == 1 && a.Args()[0].Name == nil {
			if lit, ok := a.Args()[0].Value.(*prisma.StringLit); ok {
				return lit.Value, true
			}
		}
		return name, true
	}
	return "", false
}

// parsePrevious parses the previously generated Prisma file; ok is false
// when it has syntax errors or warnings. A schema parsed in this run that
// holds the same text (the file merged into the source's folder) has
// parsed it already, to the same declarations.
func parsePrevious(previous []byte, parsed *prisma.Schema) (*prisma.File, bool) {
	if parsed != nil {
		for _, f := range parsed.Files {
			if len(f.Src) != len(previous) || !bytes.Equal(f.Src, previous) {
				continue
			}
			if slices.ContainsFunc(parsed.Diagnostics, func(d prisma.Diagnostic) bool { return d.Range.File == f.Name }) {
				break // parse it alone, for its own diagnostics
			}
			return f, true
		}
	}
	file, diags := prisma.Parse("previous", previous)
	return file, len(diags) == 0
}

type compound struct {
	fields []string
	name   string // the raw `name:` argument, "" when absent
}

// build checks the block against the schema and renders its files; errors
// go to errs with their positions in the configuration.
func build(cfg *config.Config, v *config.Views, src *prisma.Schema, merged map[string]bool, previousSQL, previousPrisma []byte, opts Options, errs *config.Errors) []*File {
	if p := src.Provider(); p != "" && !src.PostgreSQL() {
		errorAt(errs, v.Range, "the source schema's provider is %q; views are generated for PostgreSQL only", p)
		return nil
	}
	views := checkViews(cfg, v, src, errs)
	checkTarget(cfg, v, src, merged, errs)
	relations := checkRelations(v, src, views, errs)
	if len(errs.List) > 0 {
		return nil
	}
	keepPublicColumns(views, previousPrisma, opts)
	enums := usedEnums(src, views)
	checkViewEnums(v, enums, errs)
	names := func(out config.Located) map[*prisma.Enum]string {
		return viewEnumNames(v, src, views, enums, merged[out.Value], errs)
	}
	var files []*File
	add := func(kind Kind, out config.Located, p *config.Product, content []byte) {
		files = append(files, &File{Path: joinPath(cfg, out.Value), Content: content, Kind: kind, Views: v, Block: v, Product: p, Output: out})
	}
	add(PrismaFile, v.PrismaOutput, nil, header("//", cfg, v, prismaFile(v, views, nil, enums, names(v.PrismaOutput))))
	if v.SQLOutput.Value != "" {
		content, lay := generateSQL(cfg, v, views, enums, previousSQL, opts, errs)
		add(SQLFile, v.SQLOutput, nil, content)
		files[len(files)-1].sql = lay
	}
	for _, p := range v.Products {
		add(ProductFile, p.Output, p, header("//", cfg, v, prismaFile(v, views, relations[p], enums, names(p.Output))))
	}
	if len(errs.List) > 0 {
		return nil
	}
	return files
}

// viewEnumNames names, for one generated file, the enums of the view
// schema: the source enum's name, except in a file Prisma merges into the
// source schema, where that name is taken by the source enum itself and the
// view schema's copy is prefixed with the view schema's name (idp_views:
// UserStatus becomes IdpViewsUserStatus, mapped to the type "UserStatus").
func viewEnumNames(v *config.Views, src *prisma.Schema, views []*view, enums []*prisma.Enum, merged bool, errs *config.Errors) map[*prisma.Enum]string {
	names := map[*prisma.Enum]string{}
	for _, e := range enums {
		names[e] = e.Name
		if !merged {
			continue
		}
		name := pascal(v.TargetSchema.Value) + e.Name
		taken := src.Model(name) != nil || src.Enum(name) != nil ||
			slices.ContainsFunc(src.Types, func(t *prisma.CompositeType) bool { return t.Name == name }) ||
			slices.ContainsFunc(views, func(vw *view) bool { return vw.name == name })
		switch {
		case !prismaIdent.MatchString(name):
			errorAt(errs, v.TargetSchema.Range, "the merged views file would name the views' copy of enum %q %q, which is not a Prisma name; give target_schema a name that starts with a letter", e.Name, name)
		case taken:
			errorAt(errs, v.TargetSchema.Range, "the merged views file names the views' copy of enum %q %q, which the source schema already declares; rename that declaration", e.Name, name)
		}
		names[e] = name
	}
	return names
}

// checkViewEnums refuses enums the view schema cannot hold a copy of: two
// enums with one database name (from two schemas), or an enum that already
// lives in the view schema.
func checkViewEnums(v *config.Views, enums []*prisma.Enum, errs *config.Errors) {
	seen := map[string]*prisma.Enum{}
	for _, e := range enums {
		if e.SchemaName == v.TargetSchema.Value {
			errorAt(errs, v.TargetSchema.Range, "enum %q, which the views use, is in the target schema %q, where the views get their own copy of it; move the enum to the source's schema", e.Name, v.TargetSchema.Value)
		}
		if other := seen[e.DBName()]; other != nil {
			errorAt(errs, v.TargetSchema.Range, "enums %q and %q, which the views use, are both database type %q, and %q can hold one type of that name; give one of them another @@map", other.Name, e.Name, e.DBName(), v.TargetSchema.Value)
		}
		seen[e.DBName()] = e
	}
}

var prismaIdent = lazyregexp.New(`^[A-Za-z][A-Za-z0-9_]*$`)

// pascal turns a schema name into a Prisma name prefix: idp_views → IdpViews.
func pascal(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9':
			if up {
				r = unicode.ToUpper(r)
			}
			b.WriteRune(r)
			up = false
		default:
			up = true
		}
	}
	return b.String()
}

func checkViews(cfg *config.Config, v *config.Views, src *prisma.Schema, errs *config.Errors) []*view {
	// The names a misspelt one is compared with, listed only for an
	// error: a views block exposes hundreds of the schema's thousands.
	models := func() []string {
		var out []string
		for _, m := range src.Models {
			if !m.IsView {
				out = append(out, m.Name)
			}
		}
		return out
	}
	var views []*view
	for _, e := range v.Expose {
		m := src.Model(e.Model.Value)
		switch {
		case m == nil:
			msg := fmt.Sprintf("model %q does not exist in the source schema", e.Model.Value)
			if s := config.Suggest(e.Model.Value, models()); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
			}
			errs.Add(e.Model.Range, msg)
			continue
		case m.IsView:
			errorAt(errs, e.Model.Range, "%q is a view; expose the model it reads from", m.Name)
			continue
		}
		vw := &view{expose: e, name: e.View.Value, model: m, schema: m.SchemaName, unique: map[*prisma.Field]bool{}}
		if s := v.SourceSchema.Value; s != "" {
			if m.SchemaName != "" && m.SchemaName != s {
				errorAt(errs, e.Model.Range, "model %q is in schema %q (@@schema), not in source_schema %q", m.Name, m.SchemaName, s)
			}
			vw.schema = s
		}
		if vw.schema == "" {
			vw.schema = "public"
		}
		if other := src.Model(vw.name); other != nil {
			errorAt(errs, e.View.Range, "the source schema already declares %s %q (%s); give the view another name", keyword(other), vw.name, where(cfg, other.NameRange()))
		} else if en := src.Enum(vw.name); en != nil {
			errorAt(errs, e.View.Range, "the source schema already declares enum %q (%s); give the view another name", vw.name, where(cfg, en.NameRange()))
		}
		allowed := func(field string) bool {
			return slices.ContainsFunc(e.AllowSensitive, func(a config.Located) bool { return a.Value == field })
		}
		names := func() []string {
			out := make([]string, len(m.Fields))
			for i, f := range m.Fields {
				out[i] = f.Name()
			}
			return out
		}
		for _, name := range e.Fields {
			f := m.Field(name.Value)
			if f == nil {
				msg := fmt.Sprintf("model %q has no field %q", m.Name, name.Value)
				if s := config.Suggest(name.Value, names()); s != "" {
					msg += fmt.Sprintf("; did you mean %q?", s)
				}
				errs.Add(name.Range, msg)
				continue
			}
			switch f.Kind {
			case prisma.RelationField:
				hint := ""
				if f.Relation != nil && len(f.Relation.Fields()) > 0 {
					hint = fmt.Sprintf(" (%q)", f.Relation.Fields()[0].Name())
				}
				errorAt(errs, name.Range, "%q is a relation field; views expose columns: list its foreign key%s instead, and give products relations with product { relations = … }", name.Value, hint)
				continue
			case prisma.CompositeField:
				errorAt(errs, name.Range, "%q is a composite type, which PostgreSQL views cannot hold", name.Value)
				continue
			}
			pattern, sensitive := cfg.Sensitive.Match(f.Name(), f.ColumnName())
			switch {
			case sensitive && !allowed(f.Name()) && !cfg.Sensitive.Allowed(m.Name, f.Name()):
				errorAt(errs, name.Range, "%q matches the sensitive pattern %q, so it is not exposed; remove it from fields, or list it in allow_sensitive with a reason", m.Name+"."+f.Name(), pattern)
				continue
			case !sensitive && allowed(f.Name()):
				for _, a := range e.AllowSensitive {
					if a.Value == f.Name() {
						errorAt(errs, a.Range, "%q matches no sensitive pattern; remove it from allow_sensitive", f.Name())
					}
				}
			}
			vw.fields = append(vw.fields, f)
		}
		vw.collectUniques()
		views = append(views, vw)
	}
	return views
}

// where renders a schema position for a message, relative to the
// configuration's folder like the paths in the configuration.
func where(cfg *config.Config, r prisma.Range) string {
	return fmt.Sprintf("%s:%d:%d", cfg.Rel(r.File), r.Start.Line, r.Start.Col)
}

func keyword(m *prisma.Model) string {
	if m.IsView {
		return "view"
	}
	return "model"
}

// collectUniques keeps the source's unique criteria that the view exposes
// whole: @id and @@id become @unique and @@unique, since a view has no
// primary key.
func (vw *view) collectUniques() {
	// A view has a few fields, and most no compound unique: no maps.
	var seen map[string]bool
	for _, ix := range vw.model.AllIndexes() {
		if ix.Kind != prisma.IndexID && ix.Kind != prisma.IndexUnique {
			continue
		}
		var names []string
		whole := len(ix.Fields) > 0
		for _, f := range ix.Fields {
			if f.Field == nil || !slices.Contains(vw.fields, f.Field) || strings.Contains(f.Path, ".") {
				whole = false
				break
			}
			names = append(names, f.Field.Name())
		}
		if !whole {
			continue
		}
		if len(names) == 1 {
			vw.unique[ix.Fields[0].Field] = true
			continue
		}
		key := strings.Join(names, ",")
		if seen[key] {
			continue
		}
		if seen == nil {
			seen = map[string]bool{}
		}
		seen[key] = true
		c := compound{fields: names}
		if ix.Attr != nil {
			if a := ix.Attr.Arg("name"); a != nil && a.Value != nil {
				c.name = exprText(vw.model.File.Src, a.Value)
			}
		}
		vw.uniques = append(vw.uniques, c)
	}
}

// checkTarget checks that the target schema can hold the views where the
// Prisma file is merged into the source schema.
func checkTarget(cfg *config.Config, v *config.Views, src *prisma.Schema, merged map[string]bool, errs *config.Errors) {
	ds := src.Datasource()
	if ds == nil || !merged[v.PrismaOutput.Value] {
		return
	}
	if len(ds.Schemas) == 0 {
		errorAt(errs, v.TargetSchema.Range, "the datasource %q lists no schemas, so the merged views cannot have @@schema(%q); add schemas = [\"%s\", …] to it (%s)", ds.Name, v.TargetSchema.Value, v.TargetSchema.Value, where(cfg, ds.Range(ds.Decl.Name.Span)))
		return
	}
	if !slices.Contains(ds.Schemas, v.TargetSchema.Value) {
		errorAt(errs, v.TargetSchema.Range, "the datasource %q does not list %q among its schemas; add it (%s)", ds.Name, v.TargetSchema.Value, where(cfg, ds.Range(ds.Decl.Name.Span)))
	}
}

// relationField is a product's relation field, parsed.
type relationField struct {
	view  string
	field *prisma.FieldDecl
	src   []byte // the synthetic file the field was parsed from
	at    config.Located
}

// checkRelations parses each product's relation lines as Prisma fields.
func checkRelations(v *config.Views, src *prisma.Schema, views []*view, errs *config.Errors) map[*config.Product][]relationField {
	byName := map[string]*view{}
	for _, vw := range views {
		byName[vw.name] = vw
	}
	out := map[*config.Product][]relationField{}
	for _, p := range v.Products {
		taken := map[string]map[string]bool{}
		for _, r := range p.Relations {
			vw := byName[r.View.Value]
			if vw == nil {
				continue // reported by the config or checkViews
			}
			if taken[vw.name] == nil {
				taken[vw.name] = map[string]bool{}
				for _, f := range vw.fields {
					taken[vw.name][f.Name()] = true
				}
			}
			fd, text, msg := parseRelation(r.Field.Value)
			switch {
			case fd == nil:
				errorAt(errs, r.Field.Range, "%s", msg)
				continue
			case src.Enum(fd.Type().Name) != nil:
				errorAt(errs, r.Field.Range, "%q has the type of enum %q; a product adds relations to its own models, not columns", r.Field.Value, fd.Type().Name)
				continue
			case taken[vw.name][fd.Name]:
				errorAt(errs, r.Field.Range, "view %q already has a field %q; name the relation field differently", vw.name, fd.Name)
				continue
			}
			taken[vw.name][fd.Name] = true
			out[p] = append(out[p], relationField{view: vw.name, field: fd, src: text, at: r.Field})
		}
	}
	return out
}

// usedEnums lists the enums the views' fields use, in source order.
func usedEnums(src *prisma.Schema, views []*view) []*prisma.Enum {
	used := map[*prisma.Enum]bool{}
	for _, vw := range views {
		for _, f := range vw.fields {
			if f.Enum() != nil {
				used[f.Enum()] = true
			}
		}
	}
	var out []*prisma.Enum
	for _, e := range src.Enums {
		if used[e] {
			out = append(out, e)
		}
	}
	return out
}
