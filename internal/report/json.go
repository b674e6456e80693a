package report

import (
	"encoding/json"
	"io"

	"github.com/schemalint/schemalint/internal/prisma"
)

func location(r prisma.Range) jsonLocation {
	return jsonLocation{File: r.File, Line: r.Start.Line, Column: r.Start.Col, EndLine: r.End.Line, EndColumn: r.End.Col,
		Offset: r.Start.Offset, EndOffset: r.End.Offset}
}

type jsonReport struct {
	Version  int           `json:"version"`
	Findings []jsonFinding `json:"findings"`
	Summary  jsonSummary   `json:"summary"`
}

type jsonSummary struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Notices  int `json:"notices"`
}

type jsonLocation struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"endLine"`
	EndColumn int    `json:"endColumn"`
	Offset    int    `json:"offset"`
	EndOffset int    `json:"endOffset"`
}

type jsonFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	jsonLocation
	Related []jsonRelated `json:"related,omitempty"`
	Fix     *jsonFix      `json:"fix,omitempty"`
}

type jsonRelated struct {
	Message string `json:"message"`
	jsonLocation
	// Base marks a location in the base revision (see rules.Related).
	Base bool `json:"base,omitempty"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	File    string `json:"file"`
	Offset  int    `json:"offset"`
	End     int    `json:"endOffset"`
	NewText string `json:"newText"`
}

// JSON writes the findings as one JSON document on stdout (never stderr),
// stable for scripts: version, findings with exact ranges and fixes, and a
// summary.
func JSON(w io.Writer, in *Input) error {
	out := jsonReport{Version: 1, Findings: []jsonFinding{}}
	for _, d := range in.Diagnostics {
		f := jsonFinding{Rule: d.Rule, Severity: d.Severity.String(), Message: d.Message, jsonLocation: location(d.Range)}
		for _, r := range d.Related {
			f.Related = append(f.Related, jsonRelated{Message: r.Message, jsonLocation: location(r.Range), Base: r.AtBase})
		}
		if d.Fix != nil {
			jf := &jsonFix{Message: d.Fix.Message}
			for _, e := range d.Fix.Edits {
				jf.Edits = append(jf.Edits, jsonEdit{File: e.File, Offset: e.Start, End: e.End, NewText: e.NewText})
			}
			f.Fix = jf
		}
		out.Findings = append(out.Findings, f)
	}
	out.Summary = jsonSummary(count(in.Diagnostics))
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
