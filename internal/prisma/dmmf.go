package prisma

import (
	"encoding/json"
	"strconv"
	"strings"
)

// DMMF is the `datamodel` part of Prisma's DMMF, with the same keys and
// values as the official parser's get_dmmf, so that it can be compared with
// it and used by generator authors as a fast DMMF.
type DMMF struct {
	Enums   []DMMFEnum  `json:"enums"`
	Models  []DMMFModel `json:"models"`
	Types   []DMMFModel `json:"types"`
	Indexes []DMMFIndex `json:"indexes"`
}

type DMMFEnum struct {
	Name          string          `json:"name"`
	Values        []DMMFEnumValue `json:"values"`
	DBName        *string         `json:"dbName"`
	Documentation *string         `json:"documentation,omitempty"`
}

type DMMFEnumValue struct {
	Name          string  `json:"name"`
	DBName        *string `json:"dbName"`
	Documentation *string `json:"documentation,omitempty"`
}

type DMMFModel struct {
	Name          string            `json:"name"`
	DBName        *string           `json:"dbName"`
	Schema        *string           `json:"schema"`
	Fields        []DMMFField       `json:"fields"`
	PrimaryKey    *DMMFPrimaryKey   `json:"primaryKey"`
	UniqueFields  [][]string        `json:"uniqueFields"`
	UniqueIndexes []DMMFUniqueIndex `json:"uniqueIndexes"`
	IsGenerated   *bool             `json:"isGenerated,omitempty"`
	Documentation *string           `json:"documentation,omitempty"`
}

type DMMFPrimaryKey struct {
	Name   *string  `json:"name"`
	Fields []string `json:"fields"`
}

type DMMFUniqueIndex struct {
	Name   *string  `json:"name"`
	Fields []string `json:"fields"`
}

type DMMFField struct {
	Name               string          `json:"name"`
	DBName             *string         `json:"dbName,omitempty"`
	Kind               string          `json:"kind"`
	IsList             bool            `json:"isList"`
	IsRequired         bool            `json:"isRequired"`
	IsUnique           bool            `json:"isUnique"`
	IsID               bool            `json:"isId"`
	IsReadOnly         bool            `json:"isReadOnly"`
	HasDefaultValue    bool            `json:"hasDefaultValue"`
	Type               string          `json:"type"`
	NativeType         json.RawMessage `json:"nativeType"`
	Default            json.RawMessage `json:"default,omitempty"`
	RelationName       *string         `json:"relationName,omitempty"`
	RelationFromFields *[]string       `json:"relationFromFields,omitempty"`
	RelationToFields   *[]string       `json:"relationToFields,omitempty"`
	RelationOnDelete   *string         `json:"relationOnDelete,omitempty"`
	RelationOnUpdate   *string         `json:"relationOnUpdate,omitempty"`
	// IsGenerated and IsUpdatedAt are absent on composite type fields.
	IsGenerated   *bool   `json:"isGenerated,omitempty"`
	IsUpdatedAt   *bool   `json:"isUpdatedAt,omitempty"`
	Documentation *string `json:"documentation,omitempty"`
}

type DMMFIndex struct {
	Model            string           `json:"model"`
	Type             string           `json:"type"`
	IsDefinedOnField bool             `json:"isDefinedOnField"`
	Name             *string          `json:"name,omitempty"`
	DBName           *string          `json:"dbName,omitempty"`
	Algorithm        *string          `json:"algorithm,omitempty"`
	Clustered        *bool            `json:"clustered,omitempty"`
	Fields           []DMMFIndexField `json:"fields"`
}

type DMMFIndexField struct {
	Name          string  `json:"name"`
	SortOrder     *string `json:"sortOrder,omitempty"`
	Length        *int    `json:"length,omitempty"`
	OperatorClass *string `json:"operatorClass,omitempty"`
}

func optStr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func docPtr(has bool, s string) *string {
	if !has {
		return nil
	}
	return &s
}

// DMMF shapes the schema like Prisma's DMMF datamodel.
func (s *Schema) DMMF() *DMMF {
	b := &dmmfBuilder{}
	d := &DMMF{Enums: []DMMFEnum{}, Models: []DMMFModel{}, Types: []DMMFModel{}, Indexes: []DMMFIndex{}}
	for _, e := range s.Enums {
		de := DMMFEnum{Name: e.Name, Values: []DMMFEnumValue{}, DBName: optStr(e.MappedName), Documentation: docPtr(e.HasDoc, e.Documentation)}
		for _, v := range e.Values {
			de.Values = append(de.Values, DMMFEnumValue{Name: v.Name, DBName: optStr(v.MappedName), Documentation: docPtr(v.HasDoc, v.Documentation)})
		}
		d.Enums = append(d.Enums, de)
	}
	// Models come first, then views, and indexes follow that order.
	var views []DMMFModel
	var viewIndexes []DMMFIndex
	for _, m := range s.Models {
		if m.Ignored {
			continue
		}
		no := false
		dm := DMMFModel{
			Name: m.Name, DBName: optStr(m.MappedName), Schema: optStr(m.SchemaName),
			Fields: []DMMFField{}, UniqueFields: [][]string{}, UniqueIndexes: []DMMFUniqueIndex{},
			IsGenerated: &no, Documentation: docPtr(m.HasDoc, m.Documentation),
		}
		for _, f := range m.Fields {
			if df, ok := b.field(f); ok {
				dm.Fields = append(dm.Fields, df)
			}
		}
		if pk := m.PrimaryKey; pk != nil && !pk.DefinedOnField {
			dm.PrimaryKey = &DMMFPrimaryKey{Name: optStr(pk.Name()), Fields: indexFieldNames(pk)}
		}
		for _, ix := range m.Indexes {
			if ix.Kind == IndexUnique && !ix.DefinedOnField {
				dm.UniqueFields = append(dm.UniqueFields, indexFieldNames(ix))
				dm.UniqueIndexes = append(dm.UniqueIndexes, DMMFUniqueIndex{Name: optStr(ix.Name()), Fields: indexFieldNames(ix)})
			}
		}
		if m.IsView {
			views = append(views, dm)
			for _, ix := range m.AllIndexes() {
				viewIndexes = append(viewIndexes, dmmfIndex(ix))
			}
			continue
		}
		d.Models = append(d.Models, dm)
		for _, ix := range m.AllIndexes() {
			d.Indexes = append(d.Indexes, dmmfIndex(ix))
		}
	}
	d.Models = append(d.Models, views...)
	d.Indexes = append(d.Indexes, viewIndexes...)
	for _, t := range s.Types {
		dt := DMMFModel{Name: t.Name, Fields: []DMMFField{}, UniqueFields: [][]string{}, UniqueIndexes: []DMMFUniqueIndex{},
			Documentation: docPtr(t.HasDoc, t.Documentation)}
		for _, f := range t.Fields {
			if df, ok := b.field(f); ok {
				dt.Fields = append(dt.Fields, df)
			}
		}
		d.Types = append(d.Types, dt)
	}
	return d
}

func indexFieldNames(ix *Index) []string {
	out := make([]string, len(ix.Fields))
	for i, f := range ix.Fields {
		out[i] = f.Path
	}
	return out
}

func dmmfIndex(ix *Index) DMMFIndex {
	di := DMMFIndex{
		Model: ix.Model.Name, Type: ix.Kind.String(), IsDefinedOnField: ix.DefinedOnField,
		Name: optStr(ix.Name()), DBName: optStr(ix.Map()), Algorithm: optStr(ix.Algorithm()), Clustered: ix.Clustered(),
		Fields: []DMMFIndexField{},
	}
	for _, f := range ix.Fields {
		di.Fields = append(di.Fields, DMMFIndexField{Name: f.Path, SortOrder: optStr(f.SortOrder()), Length: f.Length(), OperatorClass: optStr(f.Ops())})
	}
	return di
}

var jsonNull = json.RawMessage("null")

// Shared read-only values the DMMF points at, so that shaping 24,000 fields
// does not allocate a bool per flag.
var (
	valueFalse = false
	valueTrue  = true
)

// dmmfBuilder carves JSON fragments and name lists out of shared chunks.
type dmmfBuilder struct {
	raw   []byte
	names list[string]
}

// rawJSON returns the bytes appended by fn as a RawMessage of its own.
func (b *dmmfBuilder) rawJSON(fn func([]byte) []byte) json.RawMessage {
	if cap(b.raw)-len(b.raw) < 256 {
		b.raw = make([]byte, 0, 64<<10)
	}
	start := len(b.raw)
	b.raw = fn(b.raw)
	return json.RawMessage(b.raw[start:len(b.raw):len(b.raw)])
}

func (b *dmmfBuilder) field(f *Field) (DMMFField, bool) {
	var kind string
	switch f.Kind {
	case ScalarField:
		kind = "scalar"
	case EnumField:
		kind = "enum"
	case RelationField:
		if f.Target().Ignored {
			return DMMFField{}, false
		}
		kind = "object"
	case CompositeField:
		kind = "object"
	default:
		return DMMFField{}, false
	}
	if f.Ignored {
		return DMMFField{}, false
	}
	df := DMMFField{
		Name: f.Name(), Kind: kind,
		IsList: f.Arity == List, IsRequired: f.Arity != Optional,
		IsUnique: f.isSingleUnique() && !f.isSinglePK(), IsID: f.isSinglePK(), IsReadOnly: f.IsReadOnly,
		HasDefaultValue: f.Default() != nil, Type: f.TypeName(), NativeType: jsonNull,
	}
	if name := f.MappedName(); name != "" {
		df.DBName = &name
	}
	if f.HasDoc() {
		doc := f.Decl.Documentation()
		df.Documentation = &doc
	}
	if f.Model() != nil {
		df.IsGenerated, df.IsUpdatedAt = &valueFalse, &valueFalse
		if f.IsUpdatedAt {
			df.IsUpdatedAt = &valueTrue
		}
	}
	if nt := f.NativeType(); nt != nil {
		df.NativeType = b.rawJSON(func(out []byte) []byte {
			out = append(out, '[')
			out = appendString(out, nt.Name())
			out = append(out, ',')
			out = appendStrings(out, nt.Args())
			return append(out, ']')
		})
	}
	if f.Default() != nil {
		df.Default = b.rawJSON(func(out []byte) []byte { return appendDefault(out, f, f.Default().Value()) })
	}
	if rel := f.Relation; rel != nil {
		name := rel.Name()
		df.RelationName = &name
		from, to := b.fieldNames(rel.Fields()), b.fieldNames(rel.References())
		df.RelationFromFields, df.RelationToFields = &from, &to
		if action := rel.OnDelete(); action != "" {
			df.RelationOnDelete = &action
		}
		if action := rel.OnUpdate(); action != "" {
			df.RelationOnUpdate = &action
		}
	}
	return df, true
}

func (b *dmmfBuilder) fieldNames(fs []*Field) []string {
	if len(fs) == 0 {
		return []string{}
	}
	names := b.names.room(len(fs))
	for _, f := range fs {
		names = append(names, f.Name())
	}
	return names
}

// appendDefault renders a default value as the DMMF does: functions as
// {name, args}, literals converted to the field's type.
func appendDefault(b []byte, f *Field, e Expr) []byte {
	switch e := e.(type) {
	case *FuncCall:
		b = append(b, `{"name":`...)
		b = appendString(b, e.Name.Name)
		b = append(b, `,"args":[`...)
		n := 0
		for _, a := range e.Args {
			if a.Value == nil {
				continue
			}
			if n > 0 {
				b = append(b, ',')
			}
			b = appendFuncArg(b, a.Value)
			n++
		}
		// Prisma fills in the default version of versioned generators.
		if n == 0 {
			switch e.Name.Name {
			case "cuid":
				b = append(b, '1')
			case "uuid":
				b = append(b, '4')
			}
		}
		return append(b, "]}"...)
	case *ArrayExpr:
		b = append(b, '[')
		for i, x := range e.Elems {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendDefault(b, f, x)
		}
		return append(b, ']')
	case *StringLit:
		return appendString(b, e.Value)
	case *NumberLit:
		switch f.TypeName() {
		case "BigInt":
			return appendString(b, normalizeNumber(e.Raw))
		case "String", "DateTime", "Json", "Bytes":
			return appendString(b, e.Raw)
		}
		return append(b, normalizeNumber(e.Raw)...)
	case *ConstantExpr:
		if f.Kind == ScalarField && f.TypeName() == "Boolean" && (e.Value == "true" || e.Value == "false") {
			return append(b, e.Value...)
		}
		return appendString(b, e.Value)
	}
	return append(b, "null"...)
}

func appendFuncArg(b []byte, e Expr) []byte {
	switch e := e.(type) {
	case *StringLit:
		return appendString(b, e.Value)
	case *NumberLit:
		return append(b, normalizeNumber(e.Raw)...)
	case *ConstantExpr:
		return appendString(b, e.Value)
	case *ArrayExpr:
		b = append(b, '[')
		for i, x := range e.Elems {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendFuncArg(b, x)
		}
		return append(b, ']')
	}
	return append(b, "null"...)
}

// normalizeNumber writes a numeric literal as a valid JSON number the way
// Prisma prints values: a fraction loses its trailing zeros ("1.50" → "1.5",
// "2.0" → "2") and an integer its leading zeros ("0007" → "7"), whatever its
// size.
func normalizeNumber(raw string) string {
	if strings.Contains(raw, ".") {
		if f, err := strconv.ParseFloat(raw, 64); err == nil {
			return strconv.FormatFloat(f, 'f', -1, 64)
		}
		return raw
	}
	sign, digits := "", raw
	if strings.HasPrefix(digits, "-") {
		sign, digits = "-", digits[1:]
	}
	digits = strings.TrimLeft(digits, "0")
	if digits == "" {
		return "0"
	}
	return sign + digits
}

// isSinglePK reports whether the field alone is its model's primary key,
// through @id or a one-field @@id.
func (f *Field) isSinglePK() bool {
	if f.Model() == nil {
		return f.IsID
	}
	pk := f.Model().PrimaryKey
	return pk != nil && len(pk.Fields) == 1 && pk.Fields[0].Field == f && pk.Fields[0].Path == f.Name()
}

// isSingleUnique reports whether the field alone is unique, through @unique
// or a one-field @@unique.
func (f *Field) isSingleUnique() bool {
	if f.IsUnique || f.Model() == nil {
		return f.IsUnique
	}
	for _, ix := range f.Model().Indexes {
		if ix.Kind == IndexUnique && len(ix.Fields) == 1 && ix.Fields[0].Field == f && ix.Fields[0].Path == f.Name() {
			return true
		}
	}
	return false
}
