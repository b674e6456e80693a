package prisma

import (
	"bytes"
	"cmp"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Resolve builds the resolved model of files parsed together (one schema,
// possibly split over several files). syntax holds the parse diagnostics;
// they are kept first in the result.
func Resolve(files []*File, syntax []Diagnostic) *Schema {
	return resolve(files, syntax, nil)
}

// resolve is Resolve, taking from head (see ResolveEdited) the models it
// resolved from the same declarations.
func resolve(files []*File, syntax []Diagnostic, head *Schema) *Schema {
	busy := schemasUnderWay.Add(1)
	defer schemasUnderWay.Add(-1)
	r := &resolver{s: &Schema{
		Files:       files,
		Diagnostics: syntax,
	}}
	// Split in two only where a core is left free: schema roots read in
	// parallel already keep every core busy, and a split costs its
	// goroutines, their own allocation chunks (12% more memory) and the
	// merge.
	r.split = splitAlways || runtime.GOMAXPROCS(0)/taken(busy) >= 2
	r.declare()
	if head != nil && r.nativePrefix == nativePrefixOf(head) {
		r.head = head
	}
	r.resolveFields()
	r.s.copiedModels = r.copied
	for _, f := range r.found {
		r.s.Diagnostics = append(r.s.Diagnostics, Diagnostic{Range: f.file.Range(f.at), Severity: SeverityError, Message: f.msg, Syntax: f.syntax})
	}
	sortDiagnostics(r.s.Diagnostics)
	return r.s
}

// sortDiagnostics orders diagnostics by file, position and message so that
// output is deterministic.
func sortDiagnostics(ds []Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i].Range, ds[j].Range
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Start.Offset != b.Start.Offset {
			return a.Start.Offset < b.Start.Offset
		}
		return ds[i].Message < ds[j].Message
	})
}

type resolver struct {
	s     *Schema
	split bool // resolve a large schema on two goroutines
	found []found
	// relFields are the relation fields in declaration order, to pair.
	relFields []*Field
	// nativePrefix is the datasource name and a dot, which prefix native
	// type attributes (`db.` in `@db.VarChar`).
	nativePrefix string
	// head is a schema whose models resolved from the same declaration
	// nodes may be copied (ResolveEdited); nil for none.
	head *Schema
	// copied counts the models copied from head, for tests to see that
	// copying happens: a copy is otherwise what resolving anew gives.
	copied int
	// file is the file of the declaration being resolved, for positions.
	file *File
	// attrs are the attributes of the field being resolved that the model
	// needs next, found while its attributes are read anyway.
	attrs struct{ id, unique, relation *Attribute }

	// Chunks the resolved model is carved from (see alloc.go).
	models      slab[Model]
	fields      slab[Field]
	values      slab[EnumValue]
	relations   slab[Relation]
	indexes     slab[Index]
	fieldLists  list[*Field]
	valueLists  list[*EnumValue]
	indexLists  list[*Index]
	keyLists    inPlace[*Field] // fields: and references: of @relation
	indexFields inPlace[IndexField]

	// scratchIx collects a model's indexes before they are put in Prisma's
	// order (modelAttributes).
	scratchIx []*Index
	// scratchDecls holds what a copied model's fields name (reused).
	scratchDecls []declared
}

// found is a diagnostic still in offsets. Positions are computed once the
// resolving goroutines are done, since a file's line index is built lazily.
type found struct {
	file   *File
	at     Span
	msg    string
	syntax bool
}

// errorf reports at a span of the file being resolved.
func (r *resolver) errorf(at Span, format string, args ...any) {
	r.found = append(r.found, found{r.file, at, fmt.Sprintf(format, args...), false})
}

func (r *resolver) syntaxErrorf(at Span, format string, args ...any) {
	r.found = append(r.found, found{r.file, at, fmt.Sprintf(format, args...), true})
}

// knownAttribute reports whether Prisma defines the field attribute
// (block false) or block attribute (block true) named name.
func knownAttribute(name string, block bool) bool {
	switch name {
	case "id", "unique", "map", "ignore", "shardKey":
		return true
	case "default", "relation", "updatedAt":
		return !block
	case "index", "fulltext", "schema":
		return block
	}
	return false
}

// checkAttribute reports what the grammar accepts but Prisma rejects in any
// attribute: unknown names, trailing commas, arguments without a value, bad
// string escapes. The resolving passes call it as they meet each attribute.
func (r *resolver) checkAttribute(a *Attribute) {
	name := a.Name
	known := knownAttribute(name, a.Block)
	if !known && !a.Block && r.isNative(name) {
		known = true
	}
	if !known {
		r.errorf(a.NameSpan(), "attribute \"@%s%s\" is not known", blockPrefix(a), name)
	}
	if a.TrailingComma {
		r.errorf(a.ArgsSpan(), "trailing commas are not valid in attribute arguments; remove the last comma")
	}
	// Most files have no bad escape: their arguments are not walked for one.
	escapes := r.file.badEscapes
	for i := range a.Args() {
		arg := &a.Args()[i]
		if arg.Value == nil {
			r.errorf(r.throughColon(arg.Name.Span), "argument %q is missing a value", arg.Name.Name)
		}
		if escapes {
			r.checkStrings(arg.Value)
		}
	}
}

// checkStrings reports escape sequences Prisma rejects in string literals,
// in files where the lexer met one at all.
func (r *resolver) checkStrings(e Expr) {
	if !r.file.badEscapes {
		return
	}
	switch e := e.(type) {
	case *StringLit:
		if bad := e.badEscape(r.file.Src); bad != "" {
			r.errorf(e.Span, "unknown escape sequence %q in string; escape a backslash as \\\\", bad)
		}
	case *ArrayExpr:
		for _, x := range e.Elems {
			r.checkStrings(x)
		}
	case *FuncCall:
		for _, a := range e.Args {
			r.checkStrings(a.Value)
		}
	case *ObjectExpr:
		for _, a := range e.Fields {
			r.checkStrings(a.Value)
		}
	}
}

// declare registers every top-level declaration and reports duplicates.
func (r *resolver) declare() {
	n := 0
	for _, f := range r.s.Files {
		n += len(f.Decls)
	}
	r.s.names = make(map[string]declared, n)
	claim := func(kind string, name Ident) bool {
		if prev, ok := r.s.names[name.Name]; ok {
			r.errorf(name.Span, "%s %q is already defined at %s; rename one of them", kind, name.Name, prev.nameRange())
			return false
		}
		return true
	}
	checkName := func(kind string, name Ident) {
		if c := name.Name[0]; c >= '0' && c <= '9' {
			r.errorf(name.Span, "the name of a %s must not start with a number", kind)
		}
		if strings.IndexByte(name.Name, '-') >= 0 {
			r.errorf(name.Span, "the character `-` is not allowed in %s names", kind)
		}
	}
	// Where each config block was first declared; a position is computed
	// only for a duplicate, since that needs the file's line index.
	type firstConfig struct {
		file *File
		name Span
	}
	configSeen := map[string]firstConfig{}
	for _, f := range r.s.Files {
		r.file = f
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ConfigDecl:
				if prev, ok := configSeen[string(d.Keyword)+" "+d.Name.Name]; ok {
					r.errorf(d.Name.Span, "%s %q is already defined at %s", d.Keyword, d.Name.Name, prev.file.Range(prev.name))
					continue
				}
				configSeen[string(d.Keyword)+" "+d.Name.Name] = firstConfig{f, d.Name.Span}
				if d.Keyword == KeywordDatasource {
					r.s.Datasources = append(r.s.Datasources, r.datasource(d))
				} else {
					r.s.Generators = append(r.s.Generators, r.generator(d))
				}
			case *ModelDecl:
				kind := string(d.Keyword)
				if kind == "type" {
					kind = "composite type"
				}
				checkName(kind, d.Name)
				if !claim(kind, d.Name) {
					continue
				}
				if d.Keyword == KeywordType {
					t := &CompositeType{Name: d.Name.Name, File: f, Decl: d, Documentation: d.Documentation, HasDoc: d.HasDoc}
					r.s.Types = append(r.s.Types, t)
					r.s.names[t.Name] = declared{typ: t}
					continue
				}
				m := r.models.new()
				*m = Model{Name: d.Name.Name, IsView: d.Keyword == KeywordView, File: f, Decl: d,
					Documentation: d.Documentation, HasDoc: d.HasDoc}
				r.s.Models = append(r.s.Models, m)
				r.s.names[m.Name] = declared{model: m}
			case *EnumDecl:
				checkName("enum", d.Name)
				if !claim("enum", d.Name) {
					continue
				}
				e := &Enum{Name: d.Name.Name, File: f, Decl: d, Documentation: d.Documentation, HasDoc: d.HasDoc}
				r.enumValues(e)
				r.s.Enums = append(r.s.Enums, e)
				r.s.names[e.Name] = declared{enum: e}
			}
		}
	}
	if len(r.s.Datasources) > 1 {
		r.file = r.s.Datasources[1].File
		r.errorf(r.s.Datasources[1].Decl.Name.Span, "a schema may have only one datasource; remove %q", r.s.Datasources[1].Name)
	}
	if ds := r.s.Datasource(); ds != nil {
		r.nativePrefix = ds.Name + "."
	}
}

func (r *resolver) datasource(d *ConfigDecl) *Datasource {
	ds := &Datasource{Name: d.Name.Name, Decl: d, File: r.file}
	for _, p := range r.properties(d) {
		switch p.Name.Name {
		case "provider":
			ds.Provider = stringValue(p.Value)
		case "relationMode":
			ds.RelationMode = stringValue(p.Value)
		case "schemas":
			ds.Schemas = stringList(p.Value)
		}
	}
	if findProperty(d, "provider") == nil {
		r.errorf(d.Name.Span, "datasource %q has no provider; add `provider = \"postgresql\"` (or the database you use)", d.Name.Name)
	}
	return ds
}

func (r *resolver) generator(d *ConfigDecl) *Generator {
	g := &Generator{Name: d.Name.Name, Decl: d, File: r.file}
	for _, p := range r.properties(d) {
		switch p.Name.Name {
		case "provider":
			g.Provider = stringValue(p.Value)
		case "previewFeatures":
			g.PreviewFeatures = stringList(p.Value)
		}
	}
	return g
}

// properties returns a config block's properties that have a value and
// reports those that do not.
func (r *resolver) properties(d *ConfigDecl) []*Property {
	var out []*Property
	for _, p := range d.Properties {
		r.checkStrings(p.Value)
		if p.Value == nil {
			r.errorf(p.Name.Span, "property %q in %s %q needs a value", p.Name.Name, d.Keyword, d.Name.Name)
			continue
		}
		out = append(out, p)
	}
	return out
}

// isScalar is ScalarTypes[name] without hashing: most fields are scalars.
func isScalar(name string) bool {
	switch name {
	case "String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes":
		return true
	}
	return false
}

// stringList returns the string literals of an array value.
func stringList(e Expr) []string {
	a, ok := e.(*ArrayExpr)
	if !ok {
		return nil
	}
	var out []string
	for _, x := range a.Elems {
		if s, ok := x.(*StringLit); ok {
			out = append(out, s.Value)
		}
	}
	return out
}

// stringValue returns a string literal's value, or the function call text
// for `env("X")`.
func stringValue(e Expr) string {
	switch e := e.(type) {
	case *StringLit:
		return e.Value
	case *ConstantExpr:
		return e.Value
	case *FuncCall:
		if len(e.Args) == 1 {
			if s, ok := e.Args[0].Value.(*StringLit); ok {
				return e.Name.Name + "(" + strconv.Quote(s.Value) + ")"
			}
		}
	}
	return ""
}

func (r *resolver) enumValues(e *Enum) {
	e.Values = r.valueLists.room(len(e.Decl.Values))
	// Duplicates are found by scanning small enums and hashing large ones,
	// so that a hostile enum of a million values stays linear.
	var seen map[string]bool
	if len(e.Decl.Values) > fieldMapThreshold {
		seen = make(map[string]bool, len(e.Decl.Values))
	}
	for _, v := range e.Decl.Values {
		for _, a := range v.Attributes {
			r.checkAttribute(a)
		}
		dup := seen[v.Name.Name]
		if seen == nil {
			dup = e.Value(v.Name.Name) != nil
		} else {
			seen[v.Name.Name] = true
		}
		if dup {
			r.errorf(v.Name.Span, "value %q is already defined in enum %q", v.Name.Name, e.Name)
			continue
		}
		ev := r.values.new()
		*ev = EnumValue{Enum: e, Name: v.Name.Name, Decl: v, Documentation: v.Documentation, HasDoc: v.HasDoc}
		if a := findAttr(v.Attributes, "map"); a != nil {
			ev.MappedName = r.stringArg(a, "name")
		}
		e.Values = append(e.Values, ev)
	}
	for _, a := range e.Decl.Attributes {
		r.checkAttribute(a)
		switch a.Name {
		case "map":
			e.MappedName = r.stringArg(a, "name")
		case "schema":
			e.SchemaName = r.stringArg(a, "")
		}
	}
}

// stringArg returns the first positional argument, or the named one, as a
// string; it reports an error when it is not a string.
func (r *resolver) stringArg(a *Attribute, name string) string {
	arg := a.Positional(0)
	if arg == nil && name != "" {
		arg = a.Arg(name)
	}
	if arg == nil || arg.Value == nil {
		r.errorf(a.Span, "@%s%s needs a string argument", blockPrefix(a), a.Name)
		return ""
	}
	s, ok := arg.Value.(*StringLit)
	if !ok {
		r.errorf(arg.Span(), "@%s%s expects a string", blockPrefix(a), a.Name)
		return ""
	}
	return s.Value
}

// stringArgValue is stringArg without its diagnostics, for a value read
// again after resolving.
func stringArgValue(a *Attribute, name string) string {
	arg := a.Positional(0)
	if arg == nil && name != "" {
		arg = a.Arg(name)
	}
	if arg == nil {
		return ""
	}
	if s, ok := arg.Value.(*StringLit); ok {
		return s.Value
	}
	return ""
}

// throughColon extends the span of an argument's name through the colon
// after it, for `name:` without a value: only spaces lie between.
func (r *resolver) throughColon(name Span) Span {
	if i := bytes.IndexByte(r.file.Src[name.End:], ':'); i >= 0 {
		name.End += int32(i) + 1
	}
	return name
}

func blockPrefix(a *Attribute) string {
	if a.Block {
		return "@"
	}
	return ""
}

// resolveFields resolves field types and attributes of models, views and
// composite types.
func (r *resolver) resolveFields() {
	for _, t := range r.s.Types {
		r.file = t.File
		seen := map[string]bool{}
		for _, fd := range t.Decl.Fields {
			f := r.field(fd, t.Decl)
			if f == nil || seen[f.Name()] {
				if f != nil {
					r.errorf(fd.NameSpan(), "field %q is already defined in type %q", f.Name(), t.Name)
				}
				continue
			}
			seen[f.Name()] = true
			f.owner, f.inType = unsafe.Pointer(t), true
			t.Fields = append(t.Fields, f)
		}
	}
	// Models resolve independently, and then the `references:` of their
	// relations (which look into the target models), so a large schema is
	// split between two goroutines, each with its own allocation chunks and
	// findings.
	inHalves(r, r.s.Models, fieldsHalf(r.s.Models), (*resolver).resolveModel)
	// Pairing relations needs their names, which are read by now, not their
	// references, so a large schema pairs them on a goroutine of its own
	// while references are read.
	rels := r.relFields
	if len(rels) < relationsPerModel*parallelFrom || !r.split {
		for _, f := range rels {
			r.readReferences(f)
		}
		r.pairRelations(rels)
		return
	}
	pairer := &resolver{s: r.s}
	paired := make(chan struct{})
	go func() {
		defer close(paired)
		pairer.pairRelations(rels)
	}()
	inHalves(r, rels, len(rels)/2, (*resolver).readReferences)
	<-paired
	r.found = append(r.found, pairer.found...)
}

// inHalves runs fn on every item, on two goroutines when there are many,
// the second taking items[half:]; what each resolver collects is merged
// back in declaration order.
func inHalves[T any](r *resolver, items []T, half int, fn func(*resolver, T)) {
	if len(items) < parallelFrom || !r.split {
		for _, it := range items {
			fn(r, it)
		}
		return
	}
	other := &resolver{s: r.s, nativePrefix: r.nativePrefix, head: r.head}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for _, it := range items[half:] {
			fn(other, it)
		}
	}()
	for _, it := range items[:half] {
		fn(r, it)
	}
	wg.Wait()
	r.found = append(r.found, other.found...)
	r.relFields = append(r.relFields, other.relFields...)
	r.copied += other.copied
}

// fieldsHalf is where models split into two halves with as many fields each.
func fieldsHalf(models []*Model) int {
	total := 0
	for _, m := range models {
		total += len(m.Decl.Fields)
	}
	sum := 0
	for i, m := range models {
		if sum >= total/2 {
			return i
		}
		sum += len(m.Decl.Fields)
	}
	return len(models) / 2
}

// parallelFrom is the number of models (or relation fields) from which
// resolving them is split in two.
var parallelFrom = 128

// relationsPerModel scales parallelFrom for relation fields, whose
// references and pairing take about a fifth of a model's resolving: a
// 50-model schema's 130-odd relations took 30 µs, less than the two
// goroutines and the thread woken to run them.
const relationsPerModel = 8

// schemasUnderWay counts the schemas being parsed whole or resolved in the
// process, each keeping a core busy. A base's file parsed as an edit is
// short, and left out: the head is resolved beside it on two goroutines.
var schemasUnderWay atomic.Int32

// splitAlways splits whatever the cores, so that tests reach the split
// on one core too.
var splitAlways = false

func (r *resolver) resolveModel(m *Model) {
	r.file = m.File
	if r.head != nil && r.reused(m) {
		r.copied++
		return
	}
	rels := len(r.relFields)
	m.Fields = r.fieldLists.room(len(m.Decl.Fields))
	for _, fd := range m.Decl.Fields {
		f := r.field(fd, m.Decl)
		if f == nil {
			continue
		}
		if m.Field(f.Name()) != nil {
			r.errorf(fd.NameSpan(), "field %q is already defined in %s %q", f.Name(), m.Decl.Keyword, m.Name)
			continue
		}
		f.owner = unsafe.Pointer(m)
		m.addField(f)
		if f.IsID {
			m.PrimaryKey = r.fieldIndex(m, f, r.attrs.id, IndexID)
		}
		if f.IsUnique {
			r.scratchIx = append(r.scratchIx, r.fieldIndex(m, f, r.attrs.unique, IndexUnique))
		}
		if f.Kind == RelationField {
			rel := r.relations.new()
			rel.Field, rel.Attr = f, r.attrs.relation
			f.Relation = rel
			r.relFields = append(r.relFields, f)
		}
	}
	// Relations are read once every field of m is known, since fields: may
	// name a later one.
	for _, f := range r.relFields[rels:] {
		r.readRelation(m, f)
	}
	r.modelAttributes(m)
}

// field resolves one field declaration; nil when it has no type.
func (r *resolver) field(fd *FieldDecl, owner *ModelDecl) *Field {
	kind := "model"
	switch owner.Keyword {
	case KeywordView:
		kind = "view"
	case KeywordType:
		kind = "composite type"
	}
	if fd.Type() == nil {
		for _, a := range fd.Attributes() {
			r.checkAttribute(a)
		}
		r.syntaxErrorf(fd.Span, "this field declaration is invalid: it is missing a type (in %s %q)", kind, owner.Name.Name)
		return nil
	}
	if colon := fd.LegacyColon(); colon != (Span{}) {
		r.syntaxErrorf(colon, "field declarations don't require a `:`; remove it")
	}
	t := fd.Type()
	switch {
	case t.OptionalList:
		r.syntaxErrorf(t.Span, "optional lists are not supported; use either `Type[]` or `Type?`")
	case t.LegacyRequired:
		r.syntaxErrorf(t.Span, "fields are required by default; remove the `!`")
	case t.LegacyList:
		r.syntaxErrorf(t.Span, "to specify a list, use `Type[]` instead of `[Type]`")
	}
	if c := fd.Name[0]; c >= '0' && c <= '9' {
		r.errorf(fd.NameSpan(), "the name of a field must not start with a number")
	}
	if strings.IndexByte(fd.Name, '-') >= 0 {
		r.errorf(fd.NameSpan(), "the character `-` is not allowed in field names")
	}
	// The chunk is zeroed: setting members one by one writes only these,
	// where assigning a whole Field would copy (and, while the collector
	// runs, barrier) every word.
	f := r.fields.new()
	f.Decl, f.Arity = fd, t.Arity
	switch {
	case t.Unsupported:
		f.Kind = UnsupportedField
	case isScalar(t.Name):
		f.Kind = ScalarField
	default:
		switch d := r.s.names[t.Name]; {
		case d.enum != nil:
			f.Kind, f.to = EnumField, unsafe.Pointer(d.enum)
		case d.model != nil:
			f.Kind, f.to = RelationField, unsafe.Pointer(d.model)
		case d.typ != nil:
			f.Kind, f.to = CompositeField, unsafe.Pointer(d.typ)
		default:
			f.Kind = UnknownField
			r.errorf(t.NameSpan, "type %q is neither a built-in type nor a model, view, enum or composite type defined in the schema", t.Name)
		}
	}
	r.attrs.id, r.attrs.unique, r.attrs.relation = nil, nil, nil
	for i, a := range fd.Attributes() {
		r.checkAttribute(a)
		r.fieldAttribute(f, a, int32(i+1))
	}
	return f
}

// isNative reports whether an attribute's name is a native type's, one
// with nativePrefix. The prefix's last byte, its dot, is compared first:
// every field attribute is asked, and few have a dot there.
func (r *resolver) isNative(name string) bool {
	n := len(r.nativePrefix)
	return n > 0 && len(name) >= n && name[n-1] == r.nativePrefix[n-1] && name[:n] == r.nativePrefix
}

// fieldAttribute reads a, the at-th attribute of f (counting from 1).
func (r *resolver) fieldAttribute(f *Field, a *Attribute, at int32) {
	name := a.Name
	if r.isNative(name) {
		f.nativeAt = at
		return
	}
	switch name {
	case "id":
		f.IsID = true
		r.attrs.id = cmp.Or(r.attrs.id, a)
	case "unique":
		f.IsUnique = true
		r.attrs.unique = cmp.Or(r.attrs.unique, a)
	case "relation":
		r.attrs.relation = cmp.Or(r.attrs.relation, a)
	case "updatedAt":
		f.IsUpdatedAt = true
	case "ignore":
		f.Ignored = true
	case "map":
		r.stringArg(a, "name") // for its diagnostics; MappedName reads it again
	case "default":
		f.defaultAt = 0
		if valued(a) {
			f.defaultAt = at
		}
	}
}

// valued reports whether a, a @default, has a value.
func valued(a *Attribute) bool {
	arg := a.Positional(0)
	if arg == nil {
		arg = a.Arg("value")
	}
	return arg != nil && arg.Value != nil
}

// modelAttributes applies block attributes, after the field-level indexes.
// The field-level unique indexes are already on r.scratchIx.
func (r *resolver) modelAttributes(m *Model) {
	ixs := r.scratchIx
	onFields := len(ixs)
	for _, a := range m.Decl.Attributes {
		r.checkAttribute(a)
		switch a.Name {
		case "map":
			m.MappedName = r.stringArg(a, "name")
		case "schema":
			m.SchemaName = r.stringArg(a, "")
		case "ignore":
			m.Ignored = true
		case "id":
			if ix := r.blockIndex(m, a, IndexID); ix != nil {
				if m.PrimaryKey != nil {
					r.errorf(a.Span, "model %q has more than one primary key; keep either @id or @@id", m.Name)
				}
				m.PrimaryKey = ix
			}
		case "unique":
			if ix := r.blockIndex(m, a, IndexUnique); ix != nil {
				ixs = append(ixs, ix)
			}
		case "index":
			if ix := r.blockIndex(m, a, IndexNormal); ix != nil {
				ixs = append(ixs, ix)
			}
		case "fulltext":
			if ix := r.blockIndex(m, a, IndexFulltext); ix != nil {
				ixs = append(ixs, ix)
			}
		}
	}
	// Prisma lists field-level indexes first, then block indexes by kind:
	// @@index, then @@unique, then @@fulltext, each in declaration order.
	m.Indexes = r.indexLists.room(len(ixs))
	m.Indexes = append(m.Indexes, ixs[:onFields]...)
	for _, kind := range [...]IndexKind{IndexNormal, IndexUnique, IndexFulltext} {
		for _, ix := range ixs[onFields:] {
			if ix.Kind == kind {
				m.Indexes = append(m.Indexes, ix)
			}
		}
	}
	r.scratchIx = ixs[:0]
}

func (r *resolver) fieldIndex(m *Model, f *Field, a *Attribute, kind IndexKind) *Index {
	ix := r.indexes.new()
	*ix = Index{Kind: kind, Model: m, DefinedOnField: true, Attr: a}
	ixf := IndexField{Field: f, Path: f.Name(), Span: f.Decl.NameSpan()}
	if a != nil {
		ixf.setOpts(a.Args())
	}
	fields := r.indexFields.begin()
	fields.add(ixf)
	ix.Fields = fields.done()
	return ix
}

func (r *resolver) blockIndex(m *Model, a *Attribute, kind IndexKind) *Index {
	ix := r.indexes.new()
	*ix = Index{Kind: kind, Model: m, Attr: a}
	fieldsArg := a.Positional(0)
	if fieldsArg == nil {
		fieldsArg = a.Arg("fields")
	}
	if fieldsArg == nil || fieldsArg.Value == nil {
		r.errorf(a.Span, "@@%s needs a list of fields", a.Name)
		return nil
	}
	list, ok := asList(fieldsArg.Value)
	if !ok {
		r.errorf(fieldsArg.Span(), "@@%s expects a list of fields, like [a, b]", a.Name)
		return nil
	}
	fields := r.indexFields.begin()
	for _, e := range list.Elems {
		ixf := IndexField{Span: e.Bounds(), inList: true}
		switch e := e.(type) {
		case *ConstantExpr:
			ixf.Path = e.Value
		case *FuncCall:
			ixf.Path = e.Name.Name
			ixf.setOpts(e.Args)
		default:
			r.errorf(e.Bounds(), "@@%s expects field names", a.Name)
			continue
		}
		head, _, _ := strings.Cut(ixf.Path, ".")
		ixf.Field = m.Field(head)
		if ixf.Field == nil {
			r.errorf(ixf.Span, "@@%s refers to %q, which is not a field of %s %q", a.Name, head, m.Decl.Keyword, m.Name)
			continue
		}
		fields.add(ixf)
	}
	ix.Fields = fields.done()
	return ix
}

// asList reads a list argument; like Prisma it takes a single field name
// without brackets as a list of one (`@@index(userId)`).
func asList(e Expr) (*ArrayExpr, bool) {
	switch e := e.(type) {
	case *ArrayExpr:
		return e, true
	case *ConstantExpr, *FuncCall:
		return &ArrayExpr{Elems: []Expr{e}, Span: e.Bounds()}, true
	}
	return nil, false
}

func constString(a *Argument) string {
	if a == nil {
		return ""
	}
	if s, ok := a.Value.(*StringLit); ok {
		return s.Value
	}
	return ""
}

func constBool(a *Argument) *bool {
	if a == nil {
		return nil
	}
	if c, ok := a.Value.(*ConstantExpr); ok && (c.Value == "true" || c.Value == "false") {
		b := c.Value == "true"
		return &b
	}
	return nil
}

func constInt(a *Argument) *int {
	if a == nil {
		return nil
	}
	if n, ok := a.Value.(*NumberLit); ok {
		if v, err := strconv.Atoi(n.Raw); err == nil {
			return &v
		}
	}
	return nil
}

func sortOrder(a *Argument) string {
	if a == nil {
		return ""
	}
	if c, ok := a.Value.(*ConstantExpr); ok {
		return strings.ToLower(c.Value)
	}
	return ""
}

func opsValue(a *Argument) string {
	if a == nil {
		return ""
	}
	switch v := a.Value.(type) {
	case *ConstantExpr:
		return v.Value
	case *FuncCall:
		if len(v.Args) == 1 {
			if s, ok := v.Args[0].Value.(*StringLit); ok {
				return s.Value
			}
		}
	}
	return ""
}

// readRelation reads the @relation attribute of m's relation field f, all
// but `references:`, which names fields of the target model and is read
// once every model is resolved (readReferences).
func (r *resolver) readRelation(m *Model, f *Field) {
	rel := f.Relation
	if a := rel.Attr; a != nil {
		rel.Explicit = relationName(a) != ""
		rel.setFields(r.relationFields(f, a, "fields", m))
	}
	for _, fk := range rel.Fields() {
		fk.IsReadOnly = true
	}
}

// readReferences reads the `references:` of relation field f.
func (r *resolver) readReferences(f *Field) {
	if a := f.Relation.Attr; a != nil {
		r.file = f.Model().File
		f.Relation.setReferences(r.relationFields(f, a, "references", f.Target()))
	}
}

// pairRelations pairs each relation field with its opposite, the way Prisma
// does: by the pair of models and the relation name.
func (r *resolver) pairRelations(relFields []*Field) {
	type key struct {
		a, b *Model // pointers hash faster than names
		name string
	}
	// The key stays in the index alone: the models of a group are those of
	// its first field.
	type group struct {
		fields [2]*Field
		n      int
	}
	// A relation usually has two sides.
	groups := make([]group, 0, len(relFields)/2+1)
	index := make(map[key]int, len(relFields)/2+1)
	var crowded map[int][]*Field // groups of more than two fields
	for _, f := range relFields {
		a, b := f.Model(), f.Target()
		if b.Name < a.Name {
			a, b = b, a
		}
		// An implicit name is keyed as "", and so is an explicit one that
		// spells it: the two name the same relation.
		k := key{a, b, f.Relation.givenName()}
		if f.Relation.isImplicitName(k.name) {
			k.name = ""
		}
		i, ok := index[k]
		if !ok {
			i = len(groups)
			index[k] = i
			groups = append(groups, group{})
		}
		g := &groups[i]
		if g.n < 2 {
			g.fields[g.n] = f
		} else {
			if crowded == nil {
				crowded = map[int][]*Field{}
			}
			if len(crowded[i]) == 0 {
				crowded[i] = append(crowded[i], g.fields[0], g.fields[1])
			}
			crowded[i] = append(crowded[i], f)
		}
		g.n++
	}
	for i, g := range groups {
		switch g.n {
		case 2:
			g.fields[0].Relation.Opposite, g.fields[1].Relation.Opposite = g.fields[1], g.fields[0]
		case 1:
			f := g.fields[0]
			r.file = f.Model().File
			if !f.Model().Ignored && !f.Target().Ignored {
				r.errorf(f.Decl.Span, "relation field %q on %s %q is missing an opposite relation field on %s %q; add one or run `prisma format`",
					f.Name(), f.Model().Decl.Keyword, f.Model().Name, f.Target().Decl.Keyword, f.Target().Name)
			}
		default:
			a, b := g.fields[0].Relation.pair()
			for _, f := range crowded[i] {
				r.file = f.Model().File
				r.errorf(f.Decl.Span, "ambiguous relation %q between %q and %q: %d fields use it; give each relation a distinct name with @relation(\"…\")",
					f.Relation.Name(), a, b, g.n)
			}
		}
	}
}

func constIdent(a *Argument) string {
	if a == nil {
		return ""
	}
	if c, ok := a.Value.(*ConstantExpr); ok {
		return c.Value
	}
	return ""
}

// relationFields resolves the `fields:` or `references:` list of @relation
// against the model that holds them.
func (r *resolver) relationFields(f *Field, a *Attribute, arg string, in *Model) []*Field {
	x := a.Arg(arg)
	if x == nil || x.Value == nil {
		return nil
	}
	list, ok := asList(x.Value)
	if !ok {
		r.errorf(x.Span(), "`%s` of @relation on %q expects a list of fields, like [authorId]", arg, f.Name())
		return nil
	}
	out := r.keyLists.begin()
	for _, e := range list.Elems {
		c, ok := e.(*ConstantExpr)
		if !ok {
			r.errorf(e.Bounds(), "`%s` of @relation on %q expects field names", arg, f.Name())
			continue
		}
		target := in.Field(c.Value)
		if target == nil {
			r.errorf(c.Span, "@relation on %q refers to %q in `%s`, which is not a field of %s %q", f.Name(), c.Value, arg, in.Decl.Keyword, in.Name)
			continue
		}
		out.add(target)
	}
	return out.done()
}
