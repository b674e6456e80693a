package report

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	githubactions "github.com/sethvargo/go-githubactions"

	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/untrusted"
	"github.com/schemalint/schemalint/rules"
)

// AnnotationsPerSeverity is how many error, warning and notice annotations
// GitHub shows for one step (workflow commands beyond it are dropped);
// AnnotationsPerJob is the cap for a whole job.
const (
	AnnotationsPerSeverity = 10
	AnnotationsPerJob      = 50
)

// MaxSummaryBytes is the size GitHub accepts for one step's job summary.
const MaxSummaryBytes = 1 << 20

// GitHub writes findings as workflow-command annotations, most severe
// first, within what GitHub shows for one step; a final notice says how
// many were left out and points to the job summary.
func GitHub(w io.Writer, in *Input) error {
	return Annotate(w, in, "")
}

// Annotate is GitHub with a note for the final notice (e.g. why the Checks
// API could not be used); the note alone still yields that one notice.
func Annotate(w io.Writer, in *Input, note string) error {
	bw := bufio.NewWriter(w)
	for _, n := range in.Notifications {
		name := "warning"
		if n.Error {
			name = "error"
		}
		props := githubactions.CommandProperties{"title": "schemalint"}
		if n.Range.File != "" && n.Range.Start.Line > 0 {
			p, _ := in.repoPath(n.Range.File)
			props["file"] = untrusted.Escape(p)
			props["line"] = fmt.Sprint(n.Range.Start.Line)
			props["col"] = fmt.Sprint(n.Range.Start.Col)
		}
		issue(bw, name, props, untrusted.Escape(n.Message))
	}

	ds := bySeverity(in.Diagnostics)
	c := count(ds)
	shown := Counts{
		Errors:   min(c.Errors, AnnotationsPerSeverity),
		Warnings: min(c.Warnings, AnnotationsPerSeverity),
		Notices:  min(c.Notices, AnnotationsPerSeverity),
	}
	final := shown.Errors < c.Errors || shown.Warnings < c.Warnings || shown.Notices < c.Notices || note != ""
	if final {
		// The closing notice is itself a notice and counts against the ten.
		shown.Notices = min(c.Notices, AnnotationsPerSeverity-1)
	}
	var left Counts
	for _, d := range ds {
		switch {
		case d.Severity == severity.Error && left.Errors < shown.Errors:
			left.Errors++
		case d.Severity == severity.Warning && left.Warnings < shown.Warnings:
			left.Warnings++
		case d.Severity <= severity.Notice && left.Notices < shown.Notices:
			left.Notices++
		default:
			continue
		}
		issue(bw, d.Severity.AnnotationName(), in.annotationProps(d), annotationMessage(in, d))
	}
	if final {
		var parts []string
		if note != "" {
			parts = append(parts, note)
		}
		if omitted := len(ds) - left.Errors - left.Warnings - left.Notices; omitted > 0 {
			parts = append(parts, fmt.Sprintf("%s of %d not shown as annotations (GitHub shows %d errors, %d warnings and %d notices per step); the job summary lists every finding",
				plural(omitted, "finding"), len(ds), AnnotationsPerSeverity, AnnotationsPerSeverity, AnnotationsPerSeverity))
		}
		issue(bw, "notice", githubactions.CommandProperties{"title": "schemalint"}, strings.Join(parts, "; "))
	}
	return bw.Flush()
}

func issue(w io.Writer, name string, props githubactions.CommandProperties, msg string) {
	cmd := githubactions.Command{Name: name, Properties: props, Message: msg}
	fmt.Fprint(w, cmd.String()+githubactions.EOF)
}

func (in *Input) annotationProps(d rules.Diagnostic) githubactions.CommandProperties {
	p, _ := in.repoPath(d.Range.File)
	props := githubactions.CommandProperties{"file": untrusted.Escape(p), "title": d.Rule}
	if r := d.Range; r.Start.Line > 0 {
		props["line"] = fmt.Sprint(r.Start.Line)
		props["endLine"] = fmt.Sprint(max(r.End.Line, r.Start.Line))
		// GitHub reads columns only within one line.
		if r.End.Line == r.Start.Line && r.Start.Col > 0 {
			props["col"] = fmt.Sprint(r.Start.Col)
			props["endColumn"] = fmt.Sprint(max(r.End.Col, r.Start.Col))
		}
	}
	return props
}

// annotationMessage is the finding's message with its related locations
// on the following lines. Each part is escaped: the line breaks are only
// the ones put here.
func annotationMessage(in *Input, d rules.Diagnostic) string {
	var b strings.Builder
	b.WriteString(untrusted.Escape(d.Message))
	for _, r := range d.Related {
		p, _ := in.repoPath(r.Range.File)
		fmt.Fprintf(&b, "\n%s%s:%d:%d: %s", basePrefix(r), untrusted.Escape(p), r.Range.Start.Line, r.Range.Start.Col, untrusted.Escape(r.Message))
	}
	return b.String()
}

// Summary renders the markdown job summary: the counts, a table per rule
// with links to the rule docs, and every finding with a link to its line,
// in at most limit bytes (rows that do not fit are counted in a closing
// note instead).
func Summary(in *Input, limit int) string {
	var head strings.Builder
	ds := in.Diagnostics
	c := count(ds)
	switch {
	case hasError(in.Notifications):
		head.WriteString("## schemalint could not check the schema\n\n")
	case len(ds) == 0:
		head.WriteString("## schemalint: no findings\n\n")
	default:
		fmt.Fprintf(&head, "## schemalint: %s\n\n%s, %s, %s", plural(len(ds), "finding"),
			plural(c.Errors, "error"), plural(c.Warnings, "warning"), plural(c.Notices, "notice"))
		if in.FailOn != 0 {
			failing := 0
			for _, d := range ds {
				if d.Severity.AtLeast(in.FailOn) {
					failing++
				}
			}
			fmt.Fprintf(&head, "; %d at or above the fail level (%s)", failing, in.FailOn)
		}
		head.WriteString(".\n\n")
	}
	for _, n := range in.Notifications {
		where := ""
		if n.Range.File != "" {
			p, _ := in.repoPath(n.Range.File)
			where = in.link(fmt.Sprintf("%s:%d", p, n.Range.Start.Line), p, n.Range.Start.Line, n.Range.Start.Line) + ": "
		}
		fmt.Fprintf(&head, "- %s%s\n", where, cell(untrusted.Escape(n.Message)))
	}
	for _, n := range in.Notes {
		fmt.Fprintf(&head, "- %s\n", cell(untrusted.Escape(n)))
	}
	if len(in.Notifications)+len(in.Notes) > 0 {
		head.WriteString("\n")
	}
	if len(ds) > 0 {
		head.WriteString("| rule | errors | warnings | notices |\n|---|---:|---:|---:|\n")
		for _, rc := range perRule(ds) {
			fmt.Fprintf(&head, "| [%s](%s) | %d | %d | %d |\n", rc.rule, RuleDocURL(rc.rule), rc.Errors, rc.Warnings, rc.Notices)
		}
		head.WriteString("\n### Findings\n\n| severity | location | rule | message |\n|---|---|---|---|\n")
	}

	var b strings.Builder
	b.WriteString(head.String())
	for i, d := range ds {
		p, _ := in.repoPath(d.Range.File)
		loc := fmt.Sprintf("%s:%d:%d", p, d.Range.Start.Line, d.Range.Start.Col)
		row := fmt.Sprintf("| %s | %s | [%s](%s) | %s |\n", d.Severity, in.link(loc, p, d.Range.Start.Line, d.Range.End.Line),
			d.Rule, RuleDocURL(d.Rule), cell(annotationMessage(in, d)))
		rest := len(ds) - i
		closing := fmt.Sprintf("\n_%s not shown: the summary is limited to %d bytes; the log and the SARIF file have every finding._\n", plural(rest, "more finding"), limit)
		if b.Len()+len(row)+len(closing) > limit {
			b.WriteString(closing)
			return b.String()
		}
		b.WriteString(row)
	}
	return b.String()
}

func hasError(ns []Notification) bool {
	for _, n := range ns {
		if n.Error {
			return true
		}
	}
	return false
}

type ruleCounts struct {
	rule string
	Counts
}

func perRule(ds []rules.Diagnostic) []ruleCounts {
	by := map[string]*ruleCounts{}
	var out []*ruleCounts
	for _, d := range ds {
		rc := by[d.Rule]
		if rc == nil {
			rc = &ruleCounts{rule: d.Rule}
			by[d.Rule] = rc
			out = append(out, rc)
		}
		switch d.Severity {
		case severity.Error:
			rc.Errors++
		case severity.Warning:
			rc.Warnings++
		default:
			rc.Notices++
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].rule < out[j].rule })
	res := make([]ruleCounts, len(out))
	for i, rc := range out {
		res[i] = *rc
	}
	return res
}

// link shows text as a link to the lines when the files are browsable.
func (in *Input) link(text, path string, line, endLine int) string {
	text = cell(untrusted.Escape(text))
	if in.BlobURL == "" || line <= 0 {
		return text
	}
	anchor := fmt.Sprintf("#L%d", line)
	if endLine > line {
		anchor += fmt.Sprintf("-L%d", endLine)
	}
	return fmt.Sprintf("[%s](%s/%s%s)", text, strings.TrimSuffix(in.BlobURL, "/"), escapePath(path), anchor)
}

func escapePath(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		parts[i] = strings.ReplaceAll(strings.ReplaceAll(s, "%", "%25"), " ", "%20")
		parts[i] = strings.NewReplacer("(", "%28", ")", "%29", "#", "%23", "?", "%3F").Replace(parts[i])
		parts[i] = escapeControls(parts[i])
	}
	return strings.Join(parts, "/")
}

// escapeControls percent-encodes the bytes of a URL path that would end a
// markdown row or a log line.
func escapeControls(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// cellEscaper keeps a message literal inside a markdown table cell: HTML
// is entity-escaped (a "<reason>" would vanish as a tag), markdown
// punctuation backslash-escaped (a pattern like *secret* would turn
// italic), pipes would end the cell and newlines the row.
var cellEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;",
	`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "~", `\~`,
	"\r\n", "<br>", "\n", "<br>", "\r", "<br>",
)

func cell(s string) string { return cellEscaper.Replace(s) }
