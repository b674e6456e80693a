package prisma

import (
	"strings"
	"unsafe"
)

// The resolved model is what rules, generators and reports work with: names
// resolved to declarations, relations paired, database names and indexes
// normalised. Every element points back at its syntax node for positions.

// Schema is a whole resolved schema, possibly read from several files.
type Schema struct {
	Files       []*File
	Datasources []*Datasource
	Generators  []*Generator
	// Models holds models and views in declaration order (file order, then
	// source order), as Prisma lists them.
	Models      []*Model
	Enums       []*Enum
	Types       []*CompositeType
	Diagnostics []Diagnostic

	// names holds models, views, enums and composite types, which share one
	// namespace: one lookup resolves a field's type whatever it is.
	names map[string]declared
	// copiedModels counts the models copied from a working tree's schema
	// (ResolveEdited).
	copiedModels int
}

// declared is what a top-level name refers to; exactly one member is set.
type declared struct {
	model *Model
	enum  *Enum
	typ   *CompositeType
}

// nameRange is where the declaration's name is written.
func (d declared) nameRange() Range {
	switch {
	case d.model != nil:
		return d.model.NameRange()
	case d.enum != nil:
		return d.enum.NameRange()
	}
	return d.typ.NameRange()
}

// Model returns the model or view named name, or nil.
func (s *Schema) Model(name string) *Model { return s.names[name].model }

// Enum returns the enum named name, or nil.
func (s *Schema) Enum(name string) *Enum { return s.names[name].enum }

// Datasource returns the first datasource, or nil.
func (s *Schema) Datasource() *Datasource {
	if len(s.Datasources) == 0 {
		return nil
	}
	return s.Datasources[0]
}

// Provider is the datasource's provider ("postgresql", "sqlite", …), or "".
func (s *Schema) Provider() string {
	if ds := s.Datasource(); ds != nil {
		return ds.Provider
	}
	return ""
}

// PostgreSQL reports whether the database is PostgreSQL or speaks its
// dialect (CockroachDB): the SQL it runs is PostgreSQL's, and an enum is a
// type of its own, named by @@map.
func (s *Schema) PostgreSQL() bool {
	switch s.Provider() {
	case "postgresql", "postgres", "cockroachdb":
		return true
	}
	return false
}

// PreviewFeatures lists the preview features of every generator.
func (s *Schema) PreviewFeatures() []string {
	var out []string
	for _, g := range s.Generators {
		out = append(out, g.PreviewFeatures...)
	}
	return out
}

// HasErrors reports whether any diagnostic is an error.
func (s *Schema) HasErrors() bool {
	for _, d := range s.Diagnostics {
		if d.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Datasource is a resolved `datasource` block.
type Datasource struct {
	Name     string
	Provider string
	// Schemas are the declared database schemas (multiSchema).
	Schemas      []string
	RelationMode string
	Decl         *ConfigDecl
	File         *File
}

// Property returns the property named name, or nil.
func (d *Datasource) Property(name string) *Property { return findProperty(d.Decl, name) }

// Generator is a resolved `generator` block.
type Generator struct {
	Name            string
	Provider        string
	PreviewFeatures []string
	Decl            *ConfigDecl
	File            *File
}

// Property returns the property named name, or nil.
func (g *Generator) Property(name string) *Property { return findProperty(g.Decl, name) }

func findProperty(d *ConfigDecl, name string) *Property {
	for _, p := range d.Properties {
		if p.Name.Name == name {
			return p
		}
	}
	return nil
}

// Model is a resolved model or view.
type Model struct {
	Name   string
	IsView bool
	File   *File
	Decl   *ModelDecl
	// MappedName is the @@map argument, "" when the model is not mapped.
	MappedName string
	// SchemaName is the @@schema argument, "" when absent.
	SchemaName string
	Fields     []*Field
	// PrimaryKey is the @id or @@id, nil when the model has none.
	PrimaryKey *Index
	// Indexes holds @unique, @@unique, @@index and @@fulltext in declaration
	// order (field attributes first, then block attributes).
	Indexes       []*Index
	Ignored       bool
	Documentation string
	HasDoc        bool

	// fields indexes Fields by name for large models; small ones are
	// scanned, which is faster than hashing and keeps resolving lean.
	fields map[string]*Field
}

// TableName is the database name: the @@map name or the model name.
func (m *Model) TableName() string {
	if m.MappedName != "" {
		return m.MappedName
	}
	return m.Name
}

// Field returns the field named name, or nil.
func (m *Model) Field(name string) *Field {
	if m.fields != nil {
		return m.fields[name]
	}
	for _, f := range m.Fields {
		if f.Name() == name {
			return f
		}
	}
	return nil
}

const fieldMapThreshold = 24

func (m *Model) addField(f *Field) {
	m.Fields = append(m.Fields, f)
	if m.fields != nil {
		m.fields[f.Name()] = f
	} else if len(m.Fields) > fieldMapThreshold {
		m.fields = make(map[string]*Field, len(m.Fields)*2)
		for _, x := range m.Fields {
			m.fields[x.Name()] = x
		}
	}
}

// Attribute returns the first block attribute named name (without @@).
func (m *Model) Attribute(name string) *Attribute { return findAttr(m.Decl.Attributes, name) }

// AllIndexes returns the primary key (if any) followed by the other indexes.
func (m *Model) AllIndexes() []*Index {
	if m.PrimaryKey == nil {
		return m.Indexes
	}
	return append([]*Index{m.PrimaryKey}, m.Indexes...)
}

// IndexesLeadingWith returns the primary key and indexes whose first column
// is f.
func (m *Model) IndexesLeadingWith(f *Field) []*Index {
	var out []*Index
	for _, ix := range m.AllIndexes() {
		if len(ix.Fields) > 0 && ix.Fields[0].Field == f {
			out = append(out, ix)
		}
	}
	return out
}

// FieldKind classifies a field by what its type resolved to.
type FieldKind uint8

const (
	ScalarField      FieldKind = iota // String, Int, …
	EnumField                         // an enum
	RelationField                     // a model or view
	CompositeField                    // a composite type
	UnsupportedField                  // Unsupported("…")
	UnknownField                      // a type that does not exist
)

func (k FieldKind) String() string {
	return [...]string{"scalar", "enum", "relation", "composite", "unsupported", "unknown"}[k]
}

// ScalarTypes are Prisma's built-in scalar types.
var ScalarTypes = map[string]bool{
	"String": true, "Boolean": true, "Int": true, "BigInt": true, "Float": true,
	"Decimal": true, "DateTime": true, "Json": true, "Bytes": true,
}

// Field is a resolved field of a model, view or composite type.
type Field struct {
	// owner is the model, view or composite type holding the field, read
	// through Model or Type (by inType): one pointer instead of two, on
	// tens of thousands of fields.
	owner unsafe.Pointer
	Decl  *FieldDecl
	// to is what the type names, read by Kind through Enum, Target and
	// Composite: a field's type names one of them at most, and one
	// pointer instead of three saves two words on tens of thousands of
	// fields.
	to unsafe.Pointer
	// Relation is set on relation fields.
	Relation *Relation

	// The small members come last so that they share one word: a schema
	// has tens of thousands of fields.
	Kind        FieldKind
	Arity       Arity
	IsID        bool // @id on this field
	IsUnique    bool // @unique on this field
	IsUpdatedAt bool
	Ignored     bool
	// IsReadOnly marks scalar fields that hold a relation's foreign key.
	IsReadOnly bool
	inType     bool
	// defaultAt and nativeAt are where the @default (when it has a
	// value) and the native type are in the declaration's attribute
	// list, counting from 1; 0 for none. Two small numbers take the place
	// of two pointers, on tens of thousands of fields.
	defaultAt, nativeAt int32
}

// Model is the owning model or view; nil for a composite type's field.
func (f *Field) Model() *Model {
	if f.inType {
		return nil
	}
	return (*Model)(f.owner)
}

// Type is the owning composite type; nil for a model's field.
func (f *Field) Type() *CompositeType {
	if !f.inType {
		return nil
	}
	return (*CompositeType)(f.owner)
}

// A field's name, type name and documentation are read from its
// declaration rather than copied: a schema has tens of thousands of fields,
// and three strings each are memory the collector would walk.

// Name is the field's name.
func (f *Field) Name() string { return f.Decl.Name }

// TypeName is the declared type: "String", an enum, model or type name, or
// the Unsupported("…") string.
func (f *Field) TypeName() string { return f.Decl.typ.Name }

// Enum is the enum the field's type names, nil for any other kind.
func (f *Field) Enum() *Enum {
	if f.Kind != EnumField {
		return nil
	}
	return (*Enum)(f.to)
}

// Target is the model or view a relation field's type names, nil for
// any other kind.
func (f *Field) Target() *Model {
	if f.Kind != RelationField {
		return nil
	}
	return (*Model)(f.to)
}

// Composite is the composite type the field's type names, nil for any
// other kind.
func (f *Field) Composite() *CompositeType {
	if f.Kind != CompositeField {
		return nil
	}
	return (*CompositeType)(f.to)
}

// Documentation is the field's `///` documentation.
func (f *Field) Documentation() string { return f.Decl.Documentation() }

// HasDoc reports whether the field has documentation (possibly empty).
func (f *Field) HasDoc() bool { return f.Decl.HasDoc() }

// ColumnName is the database name: the @map name or the field name.
func (f *Field) ColumnName() string {
	if name := f.MappedName(); name != "" {
		return name
	}
	return f.Name()
}

// MappedName is the @map argument, "" when the field is not mapped. It is
// read from the attribute, the last one as resolving read it, rather than
// kept: most fields have none, and a schema has tens of thousands.
func (f *Field) MappedName() string {
	name := ""
	for _, a := range f.Decl.Attributes() {
		if a.Name == "map" {
			name = stringArgValue(a, "name")
		}
	}
	return name
}

// IsRequired reports whether the field is neither optional nor a list.
func (f *Field) IsRequired() bool { return f.Arity == Required }

// IsList reports whether the field is a list.
func (f *Field) IsList() bool { return f.Arity == List }

// Attribute returns the field attribute named name (without @), or nil.
func (f *Field) Attribute(name string) *Attribute { return findAttr(f.Decl.Attributes(), name) }

// Owner is the name of the model, view or composite type holding the field.
func (f *Field) Owner() string {
	if f.Model() != nil {
		return f.Model().Name
	}
	return f.Type().Name
}

func findAttr(attrs []*Attribute, name string) *Attribute {
	for _, a := range attrs {
		if a.Name == name {
			return a
		}
	}
	return nil
}

// Relation describes one side of a relation, from its field.
type Relation struct {
	// Explicit marks a name given in @relation. Neither that name nor the
	// implicit one is kept: both are read or built when asked (Name), as a
	// schema has thousands of relations and few rules ask.
	Explicit bool
	Field    *Field
	// Opposite is the back-relation field, nil when it is missing.
	Opposite *Field
	// keys and refs are the lists Fields and References return, kept as
	// a pointer to the first item and a count: a schema has thousands of
	// relations, and a slice header is a word more.
	keys, refs   **Field
	nkeys, nrefs int32
	Attr         *Attribute
}

// Fields are the scalar fields of `fields:`; empty on the side that does
// not hold the foreign key.
func (r *Relation) Fields() []*Field { return unsafe.Slice(r.keys, r.nkeys) }

// References are the fields of `references:` in the target model; empty
// on the side that does not hold the foreign key.
func (r *Relation) References() []*Field { return unsafe.Slice(r.refs, r.nrefs) }

func (r *Relation) setFields(keys []*Field) {
	r.keys, r.nkeys = unsafe.SliceData(keys), int32(len(keys))
}

func (r *Relation) setReferences(refs []*Field) {
	r.refs, r.nrefs = unsafe.SliceData(refs), int32(len(refs))
}

// Name is the relation's name: the one given in @relation, or Prisma's
// implicit name (the two model names sorted and joined with "To").
func (r *Relation) Name() string {
	if r.Explicit {
		return r.givenName()
	}
	a, b := r.pair()
	return a + "To" + b
}

// givenName is the name given in @relation, "" when there is none.
func (r *Relation) givenName() string {
	if !r.Explicit {
		return ""
	}
	return relationName(r.Attr)
}

// relationName is the name argument of @relation a, positional or `name:`;
// "" when absent or not a string.
func relationName(a *Attribute) string {
	nameArg := a.Positional(0)
	if nameArg == nil {
		nameArg = a.Arg("name")
	}
	return constString(nameArg)
}

// pair is the names of the relation's two models, sorted.
func (r *Relation) pair() (a, b string) {
	a, b = r.Field.Model().Name, r.Field.Target().Name
	if b < a {
		a, b = b, a
	}
	return a, b
}

// isImplicitName reports whether s is r's implicit name; "" is not.
func (r *Relation) isImplicitName(s string) bool {
	if s == "" {
		return false
	}
	a, b := r.pair()
	return len(s) == len(a)+len("To")+len(b) && strings.HasPrefix(s, a) &&
		s[len(a):len(a)+len("To")] == "To" && strings.HasSuffix(s, b)
}

// OnDelete is the referential action of `onDelete:` ("Cascade", …), ""
// when absent. It, OnUpdate and Map are read from the attribute when
// asked: a schema has thousands of relations, and few rules ask.
func (r *Relation) OnDelete() string { return r.ident("onDelete") }

// OnUpdate is the referential action of `onUpdate:`, "" when absent.
func (r *Relation) OnUpdate() string { return r.ident("onUpdate") }

// Map is the foreign key's database name (map:), "" when absent.
func (r *Relation) Map() string {
	if r.Attr == nil {
		return ""
	}
	return constString(r.Attr.Arg("map"))
}

func (r *Relation) ident(arg string) string {
	if r.Attr == nil {
		return ""
	}
	return constIdent(r.Attr.Arg(arg))
}

// IsForward reports whether this side holds the foreign key.
func (r *Relation) IsForward() bool { return len(r.Fields()) > 0 }

// Default is a field's @default value. It has the layout of the entry
// of the field's attribute list it is read from, which Field.Default
// hands out as one, so that no node is made for it.
type Default struct {
	Attr *Attribute
}

// Value is the expression as written, read from the attribute.
func (d *Default) Value() Expr {
	arg := d.Attr.Positional(0)
	if arg == nil {
		arg = d.Attr.Arg("value")
	}
	return arg.Value
}

// Default is the field's @default, nil when it has none or it has no
// value.
func (f *Field) Default() *Default {
	if f.defaultAt == 0 {
		return nil
	}
	return (*Default)(unsafe.Pointer(f.attrEntry(f.defaultAt)))
}

// NativeType is the field's `@db.X(args)`, nil when it has none.
func (f *Field) NativeType() *NativeType {
	if f.nativeAt == 0 {
		return nil
	}
	return (*NativeType)(unsafe.Pointer(f.attrEntry(f.nativeAt)))
}

// attrEntry is the entry of the declaration's attribute list at, which
// counts from 1.
func (f *Field) attrEntry(at int32) **Attribute {
	return &f.Decl.Attributes()[at-1]
}

// Func is the function name for `now()`, `uuid(7)`, …; "" for literals.
// It is read from Value rather than kept: a schema has thousands of
// defaults, and few rules ask.
func (d *Default) Func() string {
	if fc, ok := d.Value().(*FuncCall); ok {
		return fc.Name.Name
	}
	return ""
}

// Args are the function's argument values, for a function; nil when it
// has none, or for a literal. Each call builds the list.
func (d *Default) Args() []Expr {
	fc, ok := d.Value().(*FuncCall)
	if !ok {
		return nil
	}
	var args []Expr
	for _, x := range fc.Args {
		if x.Value != nil {
			args = append(args, x.Value)
		}
	}
	return args
}

// NativeType is a field's `@db.X(args)` attribute. Its name and
// arguments are read from the attribute when asked: a schema has
// thousands of native types, and few rules read them. Like Default, it
// has the layout of an entry of the field's attribute list, and is one.
type NativeType struct {
	Attr *Attribute
}

// Name is the type's name without the datasource's prefix: "VarChar" for
// `@db.VarChar(255)`. A datasource's name has no dot.
func (t *NativeType) Name() string {
	_, name, _ := strings.Cut(t.Attr.Name, ".")
	return name
}

// Args are the arguments as written, numbers and names alike: ["10", "2"]
// for `@db.Decimal(10, 2)`; empty, not nil, for none. Each call builds
// the list.
func (t *NativeType) Args() []string {
	args := []string{}
	for _, arg := range t.Attr.Args() {
		switch v := arg.Value.(type) {
		case *NumberLit:
			args = append(args, v.Raw)
		case *StringLit:
			args = append(args, v.Value)
		case *ConstantExpr:
			args = append(args, v.Value)
		}
	}
	return args
}

// IndexKind is the kind of an index.
type IndexKind uint8

const (
	IndexID IndexKind = iota
	IndexUnique
	IndexNormal
	IndexFulltext
)

func (k IndexKind) String() string {
	return [...]string{"id", "unique", "normal", "fulltext"}[k]
}

// Index is a normalised @id, @@id, @unique, @@unique, @@index or @@fulltext.
type Index struct {
	Model *Model
	// Fields are the indexed columns in order.
	Fields         []IndexField
	Attr           *Attribute
	Kind           IndexKind
	DefinedOnField bool
}

// The index's names and options are read from its attribute when asked:
// a schema has thousands of indexes, and few rules ask.

// Name is the client name (`name:` of @@id and @@unique), "" when absent.
func (ix *Index) Name() string {
	if ix.DefinedOnField || ix.Kind == IndexNormal || ix.Attr == nil {
		return ""
	}
	return constString(ix.Attr.Arg("name"))
}

// Map is the database name (`map:`, or `name:` of @@index), "" when absent.
func (ix *Index) Map() string {
	if ix.Attr == nil {
		return ""
	}
	name := constString(ix.Attr.Arg("map"))
	if name == "" && ix.Kind == IndexNormal && !ix.DefinedOnField {
		name = constString(ix.Attr.Arg("name"))
	}
	return name
}

// Algorithm is the `type:` argument (Hash, Gin, …), "" when absent.
func (ix *Index) Algorithm() string {
	if ix.DefinedOnField || ix.Attr == nil {
		return ""
	}
	if t := ix.Attr.Arg("type"); t != nil {
		if c, ok := t.Value.(*ConstantExpr); ok {
			return c.Value
		}
	}
	return ""
}

// Clustered is the `clustered:` argument, nil when absent.
func (ix *Index) Clustered() *bool {
	if ix.Attr == nil {
		return nil
	}
	return constBool(ix.Attr.Arg("clustered"))
}

// IndexField is one column of an index.
type IndexField struct {
	Field *Field
	// Path is the dotted path for composite type members ("address.city"),
	// otherwise the field name.
	Path string
	Span Span
	// opts are the arguments the column's sort, length and operator class
	// are read from when asked: the attribute's for @id and @unique, the
	// call's for `name(sort: Desc)` in a block list; nil when there are none.
	opts  *Argument
	nopts int32
	// inList is set for a column of a block attribute's list, the only
	// place an operator class is read from.
	inList bool
}

func (f *IndexField) setOpts(args []Argument) {
	f.opts, f.nopts = unsafe.SliceData(args), int32(len(args))
}

// SortOrder is "asc", "desc" or "" when not given.
func (f *IndexField) SortOrder() string { return sortOrder(f.opt("sort")) }

// Length is the `length:` argument, nil when absent.
func (f *IndexField) Length() *int { return constInt(f.opt("length")) }

// Ops is the operator class (`ops:`), "" when absent.
func (f *IndexField) Ops() string {
	if !f.inList {
		return ""
	}
	return opsValue(f.opt("ops"))
}

func (f *IndexField) opt(name string) *Argument {
	args := unsafe.Slice(f.opts, f.nopts)
	for i := range args {
		if arg := &args[i]; arg.Name != nil && arg.Name.Name == name {
			return arg
		}
	}
	return nil
}

// Enum is a resolved enum.
type Enum struct {
	Name          string
	File          *File
	Decl          *EnumDecl
	MappedName    string
	SchemaName    string
	Values        []*EnumValue
	Documentation string
	HasDoc        bool
}

// DBName is the database name: the @@map name or the enum name.
func (e *Enum) DBName() string {
	if e.MappedName != "" {
		return e.MappedName
	}
	return e.Name
}

// Attribute returns the first block attribute named name (without @@).
func (e *Enum) Attribute(name string) *Attribute { return findAttr(e.Decl.Attributes, name) }

// Value returns the value named name, or nil.
func (e *Enum) Value(name string) *EnumValue {
	for _, v := range e.Values {
		if v.Name == name {
			return v
		}
	}
	return nil
}

// EnumValue is one value of an enum.
type EnumValue struct {
	Enum          *Enum
	Name          string
	MappedName    string
	Decl          *EnumValueDecl
	Documentation string
	HasDoc        bool
}

// DBName is the database value: the @map name or the value name.
func (v *EnumValue) DBName() string {
	if v.MappedName != "" {
		return v.MappedName
	}
	return v.Name
}

// CompositeType is a MongoDB composite `type` block.
type CompositeType struct {
	Name          string
	File          *File
	Decl          *ModelDecl
	Fields        []*Field
	Documentation string
	HasDoc        bool
}

// Locations of resolved elements. Nodes keep byte spans; these turn them
// into file:line:col ranges for reports.

// NameRange is where the model's name is declared.
func (m *Model) NameRange() Range { return m.File.Range(m.Decl.Name.Span) }

// File is the file that declares the field.
func (f *Field) File() *File {
	if f.Model() != nil {
		return f.Model().File
	}
	return f.Type().File
}

// NameRange is where the field's name is written.
func (f *Field) NameRange() Range { return f.File().Range(f.Decl.NameSpan()) }

// Range is the whole field line.
func (f *Field) Range() Range { return f.File().Range(f.Decl.Span) }

// NameRange is where the enum's name is declared.
func (e *Enum) NameRange() Range { return e.File.Range(e.Decl.Name.Span) }

// NameRange is where the value is declared.
func (v *EnumValue) NameRange() Range { return v.Enum.File.Range(v.Decl.Name.Span) }

// Range is the attribute that declares the index (@id, @@index, …).
func (ix *Index) Range() Range { return ix.Model.File.Range(ix.Attr.Span) }

// NameRange is where the type's name is declared.
func (t *CompositeType) NameRange() Range { return t.File.Range(t.Decl.Name.Span) }

// Range locates a span of the datasource's file.
func (d *Datasource) Range(s Span) Range { return d.File.Range(s) }
