package report

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
)

const (
	bold   = "\x1b[1m"
	red    = "\x1b[31m"
	yellow = "\x1b[33m"
	cyan   = "\x1b[36m"
	dim    = "\x1b[2m"
	reset  = "\x1b[0m"
)

// Text writes `file:line:col: severity: message [rule]` with the source
// line and a caret under the range, then a one-line summary.
func Text(w io.Writer, in *Input) error {
	bw := bufio.NewWriter(w)
	paint := func(code, s string) string {
		if !in.Color {
			return s
		}
		return code + s + reset
	}
	for _, d := range in.Diagnostics {
		sev := d.Severity.String()
		switch d.Severity {
		case config.SeverityError:
			sev = paint(bold+red, sev)
		case config.SeverityWarning:
			sev = paint(bold+yellow, sev)
		default:
			sev = paint(bold+cyan, sev)
		}
		fmt.Fprintf(bw, "%s: %s: %s %s\n", paint(bold, d.Range.String()), sev, d.Message, paint(dim, "["+d.Rule+"]"))
		if in.Source != nil {
			excerpt(bw, in.Source(d.Range.File), d.Range, paint)
		}
		for _, r := range d.Related {
			fmt.Fprintf(bw, "    %s%s: %s\n", basePrefix(r), r.Range.String(), r.Message)
		}
	}
	if c := count(in.Diagnostics); len(in.Diagnostics) > 0 {
		fmt.Fprintf(bw, "%s (%s, %s, %s)\n", plural(len(in.Diagnostics), "finding"),
			plural(c.Errors, "error"), plural(c.Warnings, "warning"), plural(c.Notices, "notice"))
	}
	return bw.Flush()
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// excerpt prints the line of a finding with a caret under its range (to the
// end of the line when the range spans lines). The line is found from the
// range's byte offset, so reports stay linear in the number of findings.
func excerpt(w io.Writer, src []byte, r prisma.Range, paint func(string, string) string) {
	off := r.Start.Offset
	if src == nil || off < 0 || off > len(src) {
		return
	}
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	end := len(src)
	if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
		end = off + i
	}
	text := strings.ReplaceAll(strings.TrimRight(string(src[start:end]), "\r"), "\t", " ")
	width := utf8.RuneCountInString(text)
	stop := width + 1
	if r.End.Line == r.Start.Line {
		stop = r.End.Col
	}
	col := r.Start.Col
	n := max(1, stop-col)
	gutter := fmt.Sprintf("%5d | ", r.Start.Line)
	fmt.Fprintf(w, "%s%s\n", paint(dim, gutter), text)
	fmt.Fprintf(w, "%s%s%s\n", paint(dim, strings.Repeat(" ", len(gutter)-2)+"| "), strings.Repeat(" ", max(0, col-1)), paint(bold, strings.Repeat("^", n)))
}
