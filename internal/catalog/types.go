package catalog

import (
	"fmt"
	"strings"

	"github.com/schemalint/schemalint/internal/pgtree"
)

// builtin maps PostgreSQL's internal type names to what format_type
// prints.
var builtin = map[string]string{
	"int2": "smallint", "int4": "integer", "int8": "bigint",
	"float4": "real", "float8": "double precision",
	"bool": "boolean", "varchar": "character varying", "bpchar": "character",
	"numeric": "numeric", "timestamp": "timestamp without time zone", "timestamptz": "timestamp with time zone",
	"time": "time without time zone", "timetz": "time with time zone", "interval": "interval",
	"text": "text", "uuid": "uuid", "json": "json", "jsonb": "jsonb", "bytea": "bytea", "date": "date",
	"inet": "inet", "cidr": "cidr", "macaddr": "macaddr", "xml": "xml", "money": "money",
	"bit": "bit", "varbit": "bit varying", "oid": "oid", "tsvector": "tsvector",
}

// serials are the pseudo-types that make an integer column with a
// sequence behind it.
var serials = map[string]string{
	"serial": "integer", "serial4": "integer", "bigserial": "bigint", "serial8": "bigint",
	"smallserial": "smallint", "serial2": "smallint",
}

// typeName renders a type as format_type prints it; ok is false for a
// modifier it does not understand.
func typeName(tn *pgtree.TypeName) (typ string, serial, ok bool) {
	if tn == nil || tn.PctType {
		return "", false, false
	}
	names := strs(tn.Names)
	if len(names) == 0 {
		return "", false, false
	}
	name := names[len(names)-1]
	qualified := len(names) > 1 && names[0] == "pg_catalog"
	var mods []int64
	for _, m := range tn.Typmods {
		c := m.GetAConst()
		if c == nil || c.GetIval() == nil {
			return "", false, false
		}
		mods = append(mods, int64(c.GetIval().Ival))
	}
	array := ""
	if len(tn.ArrayBounds) > 0 {
		array = "[]"
	}
	if base, ok := serials[name]; ok && len(names) == 1 && len(mods) == 0 && array == "" {
		return base, true, true
	}
	pretty, known := builtin[name]
	if !known || (len(names) > 1 && !qualified) {
		// A user type (an enum), named as it was created.
		if len(mods) > 0 {
			return "", false, false
		}
		return name + array, false, true
	}
	switch name {
	case "varchar", "bpchar", "bit", "varbit":
		switch {
		case len(mods) == 1:
			pretty = fmt.Sprintf("%s(%d)", pretty, mods[0])
		case len(mods) > 1:
			return "", false, false
		}
	case "numeric":
		switch len(mods) {
		case 0:
		case 1:
			pretty = fmt.Sprintf("numeric(%d,0)", mods[0])
		case 2:
			pretty = fmt.Sprintf("numeric(%d,%d)", mods[0], mods[1])
		default:
			return "", false, false
		}
	case "timestamp", "timestamptz", "time", "timetz":
		switch len(mods) {
		case 0:
		case 1:
			head, tail, _ := strings.Cut(pretty, " ")
			pretty = fmt.Sprintf("%s(%d) %s", head, mods[0], tail)
		default:
			return "", false, false
		}
	default:
		if len(mods) > 0 {
			return "", false, false
		}
	}
	return pretty + array, false, true
}
