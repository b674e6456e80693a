package rules

import (
	"fmt"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// unparsed reports the parts of tree that tree-sitter could not parse and
// whose text names a call the rule judges (mentions): what the parser
// could not read as code, the rule cannot judge, and a call there may be
// misread or not found at all. A pull request controls the code, so a
// query written where the grammar gives up must not pass unseen: each
// such part is a notice at its first line.
func unparsed(tree *tsparse.Tree, mentions func([]byte) bool) []queryFinding {
	var out []queryFinding
	for _, n := range tree.ErrorNodes() {
		if !mentions(tree.Src[n.Start():n.End()]) {
			continue
		}
		end := n.End()
		for i := n.Start(); i < end; i++ {
			if tree.Src[i] == '\n' {
				end = i
				break
			}
		}
		d := Diagnostic{Range: tree.Range(n.Start(), end),
			Message: "cannot parse the code here, so a query in it may be misread or missed; fix the syntax, or check it by hand"}
		out = append(out, queryFinding{d, severity.Notice})
	}
	// A call with type arguments after a prefix operator that the parse
	// could not read back as TypeScript reads it (`await x.f<T>(args)`,
	// tree-sitter's call of `await x.f`) is found by no reader of calls.
	for _, n := range tree.UnreadCalls() {
		if !mentions(tree.Src[n.Start():n.End()]) {
			continue
		}
		d := Diagnostic{Range: n.Range(),
			Message: "cannot read this call: the operator before a call with type arguments hides it, so a query in it may be missed; put the call in parentheses, or check it by hand"}
		out = append(out, queryFinding{d, severity.Notice})
	}
	return out
}

// unparsedFile is the warning for f, a file the parser gave up on with
// err: at the file's start. The parser's error names the path, which the
// finding's place already gives; the rest is quoted, as any text of the
// input is, so that no name of a file can start a line of the output.
func unparsedFile(f tsquery.File, err error) queryFinding {
	d := Diagnostic{Range: prisma.NewLineIndex(f.Src).Range(f.Path, 0, 0),
		Message: fmt.Sprintf("cannot parse this file, so its queries are not checked (%q); check it by hand, or leave it out with tenancy { queries { exclude } }", strings.TrimPrefix(err.Error(), f.Path+": "))}
	return queryFinding{d, severity.Warning}
}
