package cli

import (
	"github.com/schemalint/schemalint/internal/prisma"
)

// The json format of `inspect` is schemalint's own view of a schema: what
// rules see, with each element's location, for scripts and debugging.

type jsonSchema struct {
	Provider        string      `json:"provider"`
	Schemas         []string    `json:"schemas,omitempty"`
	PreviewFeatures []string    `json:"previewFeatures,omitempty"`
	Files           []string    `json:"files"`
	Models          []jsonModel `json:"models"`
	Enums           []jsonEnum  `json:"enums"`
	Types           []jsonModel `json:"types"`
	Warnings        []string    `json:"warnings,omitempty"`
}

type jsonModel struct {
	Name     string      `json:"name"`
	Kind     string      `json:"kind"`
	Location string      `json:"location"`
	DBName   string      `json:"dbName,omitempty"`
	Schema   string      `json:"schema,omitempty"`
	Ignored  bool        `json:"ignored,omitempty"`
	Fields   []jsonField `json:"fields"`
	Indexes  []jsonIndex `json:"indexes,omitempty"`
	Doc      string      `json:"documentation,omitempty"`
}

type jsonField struct {
	Name       string        `json:"name"`
	Location   string        `json:"location"`
	Column     string        `json:"column"`
	Kind       string        `json:"kind"`
	Type       string        `json:"type"`
	Arity      string        `json:"arity"`
	Default    string        `json:"default,omitempty"`
	NativeType string        `json:"nativeType,omitempty"`
	ID         bool          `json:"id,omitempty"`
	Unique     bool          `json:"unique,omitempty"`
	ReadOnly   bool          `json:"foreignKey,omitempty"`
	Relation   *jsonRelation `json:"relation,omitempty"`
	Doc        string        `json:"documentation,omitempty"`
}

type jsonRelation struct {
	Name       string   `json:"name"`
	Opposite   string   `json:"opposite,omitempty"`
	Fields     []string `json:"fields,omitempty"`
	References []string `json:"references,omitempty"`
	OnDelete   string   `json:"onDelete,omitempty"`
	OnUpdate   string   `json:"onUpdate,omitempty"`
}

type jsonIndex struct {
	Kind     string   `json:"kind"`
	Location string   `json:"location"`
	Fields   []string `json:"fields"`
	Columns  []string `json:"columns"`
	Name     string   `json:"name,omitempty"`
	Map      string   `json:"map,omitempty"`
}

type jsonEnum struct {
	Name     string   `json:"name"`
	Location string   `json:"location"`
	DBName   string   `json:"dbName"`
	Schema   string   `json:"schema,omitempty"`
	Values   []string `json:"values"`
	DBValues []string `json:"dbValues"`
}

func inspectJSON(s *prisma.Schema) jsonSchema {
	out := jsonSchema{Provider: s.Provider(), PreviewFeatures: s.PreviewFeatures(), Files: []string{}, Models: []jsonModel{}, Enums: []jsonEnum{}, Types: []jsonModel{}}
	if ds := s.Datasource(); ds != nil {
		out.Schemas = ds.Schemas
	}
	for _, f := range s.Files {
		out.Files = append(out.Files, f.Name)
	}
	for _, d := range s.Diagnostics {
		out.Warnings = append(out.Warnings, d.Error())
	}
	for _, m := range s.Models {
		jm := jsonModel{Name: m.Name, Kind: "model", Location: m.NameRange().String(), DBName: m.TableName(),
			Schema: m.SchemaName, Ignored: m.Ignored, Fields: []jsonField{}, Doc: m.Documentation}
		if m.IsView {
			jm.Kind = "view"
		}
		for _, f := range m.Fields {
			jm.Fields = append(jm.Fields, fieldJSON(f))
		}
		for _, ix := range m.AllIndexes() {
			ji := jsonIndex{Kind: ix.Kind.String(), Location: ix.Range().String(), Name: ix.Name(), Map: ix.Map()}
			for _, f := range ix.Fields {
				ji.Fields = append(ji.Fields, f.Path)
				ji.Columns = append(ji.Columns, f.Field.ColumnName())
			}
			jm.Indexes = append(jm.Indexes, ji)
		}
		out.Models = append(out.Models, jm)
	}
	for _, t := range s.Types {
		jt := jsonModel{Name: t.Name, Kind: "type", Location: t.NameRange().String(), Fields: []jsonField{}, Doc: t.Documentation}
		for _, f := range t.Fields {
			jt.Fields = append(jt.Fields, fieldJSON(f))
		}
		out.Types = append(out.Types, jt)
	}
	for _, e := range s.Enums {
		je := jsonEnum{Name: e.Name, Location: e.NameRange().String(), DBName: e.DBName(), Schema: e.SchemaName, Values: []string{}, DBValues: []string{}}
		for _, v := range e.Values {
			je.Values = append(je.Values, v.Name)
			je.DBValues = append(je.DBValues, v.DBName())
		}
		out.Enums = append(out.Enums, je)
	}
	return out
}

func fieldJSON(f *prisma.Field) jsonField {
	jf := jsonField{Name: f.Name(), Location: f.NameRange().String(), Column: f.ColumnName(), Kind: f.Kind.String(),
		Type: f.TypeName(), Arity: [...]string{"required", "optional", "list"}[f.Arity], ID: f.IsID, Unique: f.IsUnique,
		ReadOnly: f.IsReadOnly, Doc: f.Documentation()}
	if d := f.Default(); d != nil {
		jf.Default = exprText(f, d.Value())
	}
	if nt := f.NativeType(); nt != nil {
		jf.NativeType = nt.Attr.Name
	}
	if r := f.Relation; r != nil {
		jr := &jsonRelation{Name: r.Name(), OnDelete: r.OnDelete(), OnUpdate: r.OnUpdate()}
		if r.Opposite != nil {
			jr.Opposite = r.Opposite.Owner() + "." + r.Opposite.Name()
		}
		for _, x := range r.Fields() {
			jr.Fields = append(jr.Fields, x.Name())
		}
		for _, x := range r.References() {
			jr.References = append(jr.References, x.Name())
		}
		jf.Relation = jr
	}
	return jf
}

// exprText is the source text of an expression.
func exprText(f *prisma.Field, e prisma.Expr) string {
	b := e.Bounds()
	return string(f.File().Src[b.Start:b.End])
}
