package rules

import (
	"fmt"
	"strings"

	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/prisma"
)

// Prisma's PostgreSQL mapping: the column type Prisma Migrate creates for
// a field, as PostgreSQL's format_type prints it.

// scalarDefaults are the types of fields without @db.
var scalarDefaults = map[string]string{
	"String": "text", "Boolean": "boolean", "Int": "integer", "BigInt": "bigint",
	"Float": "double precision", "Decimal": "numeric(65,30)", "DateTime": "timestamp(3) without time zone",
	"Json": "jsonb", "Bytes": "bytea",
}

// nativeTypes are the @db types without arguments, and the printed form
// of those with (%s is the argument list).
var nativeTypes = map[string]struct{ bare, args string }{
	"Text": {"text", ""}, "Char": {"character(1)", "character(%s)"}, "VarChar": {"character varying", "character varying(%s)"},
	"Bit": {"bit(1)", "bit(%s)"}, "VarBit": {"bit varying", "bit varying(%s)"}, "Uuid": {"uuid", ""}, "Xml": {"xml", ""},
	"Inet": {"inet", ""}, "Citext": {"citext", ""}, "Boolean": {"boolean", ""}, "Integer": {"integer", ""},
	"SmallInt": {"smallint", ""}, "Oid": {"oid", ""}, "BigInt": {"bigint", ""}, "DoublePrecision": {"double precision", ""},
	"Real": {"real", ""}, "Decimal": {"numeric", "numeric(%s)"}, "Money": {"money", ""},
	"Timestamp":   {"timestamp without time zone", "timestamp(%s) without time zone"},
	"Timestamptz": {"timestamp with time zone", "timestamp(%s) with time zone"},
	"Time":        {"time without time zone", "time(%s) without time zone"}, "Timetz": {"time with time zone", "time(%s) with time zone"},
	"Date": {"date", ""}, "Json": {"json", ""}, "JsonB": {"jsonb", ""}, "ByteA": {"bytea", ""},
}

// columnType is the column type Prisma expects for f; ok is false when
// it cannot say (an Unsupported type, a native type it does not map).
func columnType(f *prisma.Field) (string, bool) {
	var t string
	switch {
	case f.Kind == prisma.EnumField && f.Enum() != nil:
		t = f.Enum().DBName()
	case f.Kind != prisma.ScalarField:
		return "", false
	case f.NativeType() != nil:
		nt, known := nativeTypes[strings.TrimPrefix(f.NativeType().Name(), "db.")]
		args := f.NativeType().Args()
		switch {
		case !known:
			return "", false
		case len(args) == 0:
			t = nt.bare
		case nt.args == "":
			return "", false
		default:
			t = fmt.Sprintf(nt.args, strings.Join(args, ","))
		}
	default:
		var known bool
		if t, known = scalarDefaults[f.TypeName()]; !known {
			return "", false
		}
	}
	if f.IsList() {
		t += "[]"
	}
	return t, true
}

// defaultPrecision is the precision PostgreSQL gives a timestamp or time
// written without one: (6) and none are the same type, printed apart.
var defaultPrecision = lazyregexp.New(`^(timestamp|time)\(6\)`)

// sameType compares two printed types.
func sameType(a, b string) bool {
	norm := func(s string) string { return defaultPrecision.ReplaceAllString(s, "$1") }
	return norm(a) == norm(b)
}
