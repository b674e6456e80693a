package prisma

import (
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends the DMMF as compact JSON, the shape json.Marshal gives
// it, several times faster: a 2,000-model DMMF is 10 MB of JSON, and
// `schemalint inspect --format dmmf` is meant as a fast DMMF for generators.
func (d *DMMF) AppendJSON(b []byte) []byte {
	b = append(b, `{"enums":[`...)
	for i := range d.Enums {
		if i > 0 {
			b = append(b, ',')
		}
		b = d.Enums[i].appendJSON(b)
	}
	b = append(b, `],"models":[`...)
	for i := range d.Models {
		if i > 0 {
			b = append(b, ',')
		}
		b = d.Models[i].appendJSON(b)
	}
	b = append(b, `],"types":[`...)
	for i := range d.Types {
		if i > 0 {
			b = append(b, ',')
		}
		b = d.Types[i].appendJSON(b)
	}
	b = append(b, `],"indexes":[`...)
	for i := range d.Indexes {
		if i > 0 {
			b = append(b, ',')
		}
		b = d.Indexes[i].appendJSON(b)
	}
	return append(b, "]}"...)
}

func (e *DMMFEnum) appendJSON(b []byte) []byte {
	b = append(b, `{"name":`...)
	b = appendString(b, e.Name)
	b = append(b, `,"values":[`...)
	for i, v := range e.Values {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"name":`...)
		b = appendString(b, v.Name)
		b = append(b, `,"dbName":`...)
		b = appendOptString(b, v.DBName)
		b = appendDoc(b, v.Documentation)
		b = append(b, '}')
	}
	b = append(b, `],"dbName":`...)
	b = appendOptString(b, e.DBName)
	b = appendDoc(b, e.Documentation)
	return append(b, '}')
}

func (m *DMMFModel) appendJSON(b []byte) []byte {
	b = append(b, `{"name":`...)
	b = appendString(b, m.Name)
	b = append(b, `,"dbName":`...)
	b = appendOptString(b, m.DBName)
	b = append(b, `,"schema":`...)
	b = appendOptString(b, m.Schema)
	b = append(b, `,"fields":[`...)
	for i := range m.Fields {
		if i > 0 {
			b = append(b, ',')
		}
		b = m.Fields[i].appendJSON(b)
	}
	b = append(b, `],"primaryKey":`...)
	if pk := m.PrimaryKey; pk != nil {
		b = append(b, `{"name":`...)
		b = appendOptString(b, pk.Name)
		b = append(b, `,"fields":`...)
		b = appendStrings(b, pk.Fields)
		b = append(b, '}')
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"uniqueFields":[`...)
	for i, u := range m.UniqueFields {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendStrings(b, u)
	}
	b = append(b, `],"uniqueIndexes":[`...)
	for i, u := range m.UniqueIndexes {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"name":`...)
		b = appendOptString(b, u.Name)
		b = append(b, `,"fields":`...)
		b = appendStrings(b, u.Fields)
		b = append(b, '}')
	}
	b = append(b, ']')
	if m.IsGenerated != nil {
		b = append(b, `,"isGenerated":`...)
		b = strconv.AppendBool(b, *m.IsGenerated)
	}
	b = appendDoc(b, m.Documentation)
	return append(b, '}')
}

func (f *DMMFField) appendJSON(b []byte) []byte {
	b = append(b, `{"name":`...)
	b = appendString(b, f.Name)
	if f.DBName != nil {
		b = append(b, `,"dbName":`...)
		b = appendString(b, *f.DBName)
	}
	b = append(b, `,"kind":`...)
	b = appendString(b, f.Kind)
	b = append(b, `,"isList":`...)
	b = strconv.AppendBool(b, f.IsList)
	b = append(b, `,"isRequired":`...)
	b = strconv.AppendBool(b, f.IsRequired)
	b = append(b, `,"isUnique":`...)
	b = strconv.AppendBool(b, f.IsUnique)
	b = append(b, `,"isId":`...)
	b = strconv.AppendBool(b, f.IsID)
	b = append(b, `,"isReadOnly":`...)
	b = strconv.AppendBool(b, f.IsReadOnly)
	b = append(b, `,"hasDefaultValue":`...)
	b = strconv.AppendBool(b, f.HasDefaultValue)
	b = append(b, `,"type":`...)
	b = appendString(b, f.Type)
	b = append(b, `,"nativeType":`...)
	b = append(b, f.NativeType...)
	if f.Default != nil {
		b = append(b, `,"default":`...)
		b = append(b, f.Default...)
	}
	if f.RelationName != nil {
		b = append(b, `,"relationName":`...)
		b = appendString(b, *f.RelationName)
	}
	if f.RelationFromFields != nil {
		b = append(b, `,"relationFromFields":`...)
		b = appendStrings(b, *f.RelationFromFields)
	}
	if f.RelationToFields != nil {
		b = append(b, `,"relationToFields":`...)
		b = appendStrings(b, *f.RelationToFields)
	}
	if f.RelationOnDelete != nil {
		b = append(b, `,"relationOnDelete":`...)
		b = appendString(b, *f.RelationOnDelete)
	}
	if f.RelationOnUpdate != nil {
		b = append(b, `,"relationOnUpdate":`...)
		b = appendString(b, *f.RelationOnUpdate)
	}
	if f.IsGenerated != nil {
		b = append(b, `,"isGenerated":`...)
		b = strconv.AppendBool(b, *f.IsGenerated)
	}
	if f.IsUpdatedAt != nil {
		b = append(b, `,"isUpdatedAt":`...)
		b = strconv.AppendBool(b, *f.IsUpdatedAt)
	}
	b = appendDoc(b, f.Documentation)
	return append(b, '}')
}

func (ix *DMMFIndex) appendJSON(b []byte) []byte {
	b = append(b, `{"model":`...)
	b = appendString(b, ix.Model)
	b = append(b, `,"type":`...)
	b = appendString(b, ix.Type)
	b = append(b, `,"isDefinedOnField":`...)
	b = strconv.AppendBool(b, ix.IsDefinedOnField)
	if ix.Name != nil {
		b = append(b, `,"name":`...)
		b = appendString(b, *ix.Name)
	}
	if ix.DBName != nil {
		b = append(b, `,"dbName":`...)
		b = appendString(b, *ix.DBName)
	}
	if ix.Algorithm != nil {
		b = append(b, `,"algorithm":`...)
		b = appendString(b, *ix.Algorithm)
	}
	if ix.Clustered != nil {
		b = append(b, `,"clustered":`...)
		b = strconv.AppendBool(b, *ix.Clustered)
	}
	b = append(b, `,"fields":[`...)
	for i, f := range ix.Fields {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"name":`...)
		b = appendString(b, f.Name)
		if f.SortOrder != nil {
			b = append(b, `,"sortOrder":`...)
			b = appendString(b, *f.SortOrder)
		}
		if f.Length != nil {
			b = append(b, `,"length":`...)
			b = strconv.AppendInt(b, int64(*f.Length), 10)
		}
		if f.OperatorClass != nil {
			b = append(b, `,"operatorClass":`...)
			b = appendString(b, *f.OperatorClass)
		}
		b = append(b, '}')
	}
	return append(b, "]}"...)
}

func appendDoc(b []byte, doc *string) []byte {
	if doc == nil {
		return b
	}
	b = append(b, `,"documentation":`...)
	return appendString(b, *doc)
}

func appendOptString(b []byte, s *string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	return appendString(b, *s)
}

func appendStrings(b []byte, list []string) []byte {
	b = append(b, '[')
	for i, s := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string, escaped as encoding/json does
// without HTML escaping.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
