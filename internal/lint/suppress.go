package lint

import (
	"fmt"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/rules"
)

// A directive `// schemalint-ignore <rule-id>[,<rule-id>…] <reason>` (or
// `-- …` in SQL) silences findings of those rules on its line, on the next
// line when it stands alone, or in the whole block when it sits on a block's
// opening line or before the block's first field. Like staticcheck, a
// directive must say why, and one that silences nothing is itself reported.

// DirectiveRule is the pseudo-rule that reports broken or unused directives.
var DirectiveRule = rules.IgnoreDirective.Name

type directive struct {
	rules    []string
	reason   string
	rng      prisma.Range
	from, to int // lines covered, inclusive
	used     bool
}

var directiveText = lazyregexp.New(`^(?://+|--+|/\*+)\s*schemalint-ignore\b(.*)$`)

// parseDirective reads a comment's text; ok is false when it is no directive.
func parseDirective(text string) (ids []string, reason string, ok bool) {
	if !holdsDirectiveWord(text) {
		// Most comments are none: a run whose files hold no directive
		// then never compiles directiveText (about 0.1 ms a process).
		return nil, "", false
	}
	text = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text), "*/"))
	m := directiveText.FindStringSubmatch(text)
	if m == nil {
		return nil, "", false
	}
	fields := strings.Fields(m[1])
	if len(fields) == 0 {
		return nil, "", true
	}
	for _, id := range strings.Split(fields[0], ",") {
		if id != "" {
			ids = append(ids, id)
		}
	}
	return ids, strings.Join(fields[1:], " "), true
}

// holdsDirectiveWord is strings.Contains(text, "schemalint-ignore"), found
// from the word's one dash: every comment of a schema is asked, and a
// search for the word's first byte stops at each s of the comment's prose
// (2,000 comments cost 0.5M instructions), where most comments hold no
// dash at all.
func holdsDirectiveWord(text string) bool {
	const word, dash = "schemalint-ignore", len("schemalint")
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '-')
		if j < 0 {
			return false
		}
		j += i
		if j >= dash && strings.HasPrefix(text[j-dash:], word) {
			return true
		}
		i = j + 1
	}
}

// schemaDirectives finds the directives of a parsed schema file.
func schemaDirectives(f *prisma.File) []*directive {
	var out []*directive
	for _, c := range f.Comments {
		ids, reason, ok := parseDirective(c.Text)
		if !ok {
			continue
		}
		rng := f.Range(c.Span)
		d := &directive{rules: ids, reason: reason, rng: rng}
		d.from, d.to = rng.Start.Line, rng.Start.Line
		if block := enclosingBlock(f, c.Span.Start); block != nil && block.headerOrPreamble {
			d.from, d.to = block.from, block.to
		} else if alone(f.Src, int(c.Span.Start)) {
			next := nextCodeLine(f, int(c.Span.End))
			d.from, d.to = next, next
		}
		out = append(out, d)
	}
	return out
}

type blockSpan struct {
	from, to         int
	headerOrPreamble bool
}

// enclosingBlock returns the block containing offset, noting whether the
// offset is on its opening line or before its first field or attribute.
func enclosingBlock(f *prisma.File, offset int32) *blockSpan {
	for _, d := range f.Decls {
		b := d.Bounds()
		if offset < b.Start || offset >= b.End {
			continue
		}
		r := f.Range(b)
		first := b.End
		var name prisma.Span
		switch d := d.(type) {
		case *prisma.ModelDecl:
			name = d.Name.Span
			for _, fd := range d.Fields {
				first = min(first, fd.Span.Start)
			}
			for _, a := range d.Attributes {
				first = min(first, a.Span.Start)
			}
		case *prisma.EnumDecl:
			name = d.Name.Span
			for _, v := range d.Values {
				first = min(first, v.Span.Start)
			}
			for _, a := range d.Attributes {
				first = min(first, a.Span.Start)
			}
		default:
			return &blockSpan{from: r.Start.Line, to: r.End.Line}
		}
		onHeader := f.Range(prisma.Span{Start: offset, End: offset}).Start.Line == f.Range(name).Start.Line
		return &blockSpan{from: r.Start.Line, to: r.End.Line, headerOrPreamble: offset < first || onHeader}
	}
	return nil
}

func lineAt(src []byte, offset int) int {
	return strings.Count(string(src[:offset]), "\n") + 1
}

// alone reports whether only whitespace precedes offset on its line.
func alone(src []byte, offset int) bool {
	for i := offset - 1; i >= 0 && src[i] != '\n'; i-- {
		if src[i] != ' ' && src[i] != '\t' && src[i] != '\r' {
			return false
		}
	}
	return true
}

// nextCodeLine is the first line after offset holding something other than
// blanks and comments.
func nextCodeLine(f *prisma.File, offset int) int {
	src := f.Src
	line := lineAt(src, offset)
	i := offset
	for i < len(src) {
		// Move to the next line.
		for i < len(src) && src[i] != '\n' {
			i++
		}
		if i >= len(src) {
			break
		}
		i++
		line++
		j := i
		for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '\r') {
			j++
		}
		if j < len(src) && src[j] != '\n' && !strings.HasPrefix(string(src[j:min(len(src), j+2)]), "//") {
			return line
		}
	}
	return line
}

// sqlDirectives finds `-- schemalint-ignore` comments in an SQL file: a
// trailing one covers its line, one alone covers the next statement line.
func sqlDirectives(file string, src []byte) []*directive {
	var out []*directive
	lines := strings.Split(string(src), "\n")
	idx := prisma.NewLineIndex(src)
	offset := 0
	for i, l := range lines {
		if k := strings.Index(l, "--"); k >= 0 {
			if ids, reason, ok := parseDirective(l[k:]); ok {
				d := &directive{rules: ids, reason: reason, rng: idx.Range(file, offset+k, offset+len(strings.TrimRight(l, "\r")))}
				d.from, d.to = i+1, i+1
				if strings.TrimSpace(l[:k]) == "" {
					for j := i + 1; j < len(lines); j++ {
						t := strings.TrimSpace(lines[j])
						if t != "" && !strings.HasPrefix(t, "--") {
							d.from, d.to = j+1, j+1
							break
						}
					}
				}
				out = append(out, d)
			}
		}
		offset += len(l) + 1
	}
	return out
}

// suppress drops the findings directives cover and reports directives that
// are malformed or cover nothing. A directive covers nothing only when
// every rule it names ran on its file (ran): a rule left out by --rule or
// the configuration, or one that needs a base when there is none, might
// have had a finding there.
func suppress(diags []rules.Diagnostic, dirs map[string][]*directive, known func(string) bool, ran map[string]map[string]bool) []rules.Diagnostic {
	var out []rules.Diagnostic
	for _, d := range diags {
		if !covered(d, dirs[d.Range.File]) {
			out = append(out, d)
		}
	}
	for file, list := range dirs {
		for _, dir := range list {
			switch {
			case len(dir.rules) == 0:
				out = append(out, directiveFinding(dir, "schemalint-ignore needs a rule id and a reason: // schemalint-ignore <rule-id> <reason>"))
			case dir.reason == "":
				out = append(out, directiveFinding(dir, fmt.Sprintf("schemalint-ignore %s needs a reason: say why the finding is acceptable after the rule id", strings.Join(dir.rules, ","))))
			default:
				for _, id := range dir.rules {
					if !known(id) {
						out = append(out, directiveFinding(dir, fmt.Sprintf("schemalint-ignore names unknown rule %q; run `schemalint rules` for the list", id)))
					}
				}
				if !dir.used && allRan(dir.rules, ran[file]) {
					out = append(out, directiveFinding(dir, fmt.Sprintf("this schemalint-ignore %s directive suppresses nothing; remove it", strings.Join(dir.rules, ","))))
				}
			}
		}
	}
	return out
}

func allRan(ids []string, ran map[string]bool) bool {
	for _, id := range ids {
		if !ran[id] {
			return false
		}
	}
	return true
}

func covered(d rules.Diagnostic, dirs []*directive) bool {
	line := d.Range.Start.Line
	hit := false
	for _, dir := range dirs {
		if dir.reason == "" || line < dir.from || line > dir.to {
			continue
		}
		for _, id := range dir.rules {
			if id == d.Rule {
				dir.used = true
				hit = true
			}
		}
	}
	return hit
}

func directiveFinding(dir *directive, msg string) rules.Diagnostic {
	return rules.Diagnostic{Rule: DirectiveRule, Severity: severity.Warning, Range: dir.rng, Message: msg}
}

func markRan(ran map[string]map[string]bool, files []string, rule string) {
	for _, f := range files {
		if ran[f] == nil {
			ran[f] = map[string]bool{}
		}
		ran[f][rule] = true
	}
}

// applyConfigIgnores drops findings silenced by `ignore` blocks.
func applyConfigIgnores(cfg *config.Config, diags []rules.Diagnostic) []rules.Diagnostic {
	if len(cfg.Ignores) == 0 {
		return diags
	}
	var out []rules.Diagnostic
	for _, d := range diags {
		rel := cfg.Rel(d.Range.File)
		ignored := false
		for _, ig := range cfg.Ignores {
			if ig.Rule != d.Rule {
				continue
			}
			for _, p := range ig.Paths {
				if ok, _ := doublestar.Match(p, rel); ok {
					ignored = true
				}
			}
		}
		if !ignored {
			out = append(out, d)
		}
	}
	return out
}
