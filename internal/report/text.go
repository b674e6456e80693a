package report

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/untrusted"
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
		case severity.Error:
			sev = paint(bold+red, sev)
		case severity.Warning:
			sev = paint(bold+yellow, sev)
		default:
			sev = paint(bold+cyan, sev)
		}
		// File names, messages and excerpts quote the repository under
		// review: each is escaped so that it cannot start a line of its own.
		fmt.Fprintf(bw, "%s: %s: %s %s\n", paint(bold, untrusted.Escape(d.Range.String())), sev, untrusted.Escape(d.Message), paint(dim, "["+d.Rule+"]"))
		if in.Source != nil {
			excerpt(bw, in.Source(d.Range.File), d.Range, paint)
		}
		for _, r := range d.Related {
			fmt.Fprintf(bw, "    %s%s: %s\n", basePrefix(r), untrusted.Escape(r.Range.String()), untrusted.Escape(r.Message))
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
// range's byte offset, so reports stay linear in the number of findings;
// lines end at LF, CR or CRLF, as positions count them.
func excerpt(w io.Writer, src []byte, r prisma.Range, paint func(string, string) string) {
	off := r.Start.Offset
	if src == nil || off < 0 || off > len(src) {
		return
	}
	start := bytes.LastIndexAny(src[:off], "\r\n") + 1
	end := len(src)
	if i := bytes.IndexAny(src[off:], "\r\n"); i >= 0 {
		end = off + i
	}
	// Tabs become one space each so that the caret lines up; control
	// characters are shown escaped, and the caret counts their escapes.
	text := []rune(strings.ReplaceAll(string(src[start:end]), "\t", " "))
	col := min(max(r.Start.Col, 1), len(text)+1)
	stop := len(text) + 1
	if r.End.Line == r.Start.Line {
		stop = min(max(r.End.Col, col), stop)
	}
	before := untrusted.Escape(string(text[:col-1]))
	under := untrusted.Escape(string(text[col-1 : stop-1]))
	after := untrusted.Escape(string(text[stop-1:]))
	n := max(1, utf8.RuneCountInString(under))
	gutter := fmt.Sprintf("%5d | ", r.Start.Line)
	fmt.Fprintf(w, "%s%s%s%s\n", paint(dim, gutter), before, under, after)
	fmt.Fprintf(w, "%s%s%s\n", paint(dim, strings.Repeat(" ", len(gutter)-2)+"| "), strings.Repeat(" ", utf8.RuneCountInString(before)), paint(bold, strings.Repeat("^", n)))
}
