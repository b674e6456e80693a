package prisma

import "fmt"

// Pos is a point in a source file. Offset is a byte offset; Line and Col are
// 1-based, Col counting Unicode code points so that it matches what an editor
// shows.
type Pos struct {
	Offset int
	Line   int
	Col    int
}

// Range is a half-open span [Start, End) of one file.
type Range struct {
	File  string
	Start Pos
	End   Pos
}

func (r Range) String() string {
	return fmt.Sprintf("%s:%d:%d", r.File, r.Start.Line, r.Start.Col)
}

// Contains reports whether the offset lies inside r.
func (r Range) Contains(offset int) bool {
	return offset >= r.Start.Offset && offset < r.End.Offset
}

// Severity of a diagnostic produced while reading a schema.
type Severity int

const (
	SeverityError Severity = iota
	SeverityWarning
)

func (s Severity) String() string {
	if s == SeverityWarning {
		return "warning"
	}
	return "error"
}

// Diagnostic is a located problem in a schema: a syntax error, or a semantic
// error found while resolving (unknown type, duplicate name, …).
type Diagnostic struct {
	Range    Range
	Severity Severity
	Message  string
	// Syntax marks errors where a line does not follow Prisma's grammar, or
	// uses a form the grammar accepts only to reject it (`id: Int`, `Int!`).
	Syntax bool
}

func (d Diagnostic) Error() string {
	return fmt.Sprintf("%s: %s: %s", d.Range, d.Severity, d.Message)
}
