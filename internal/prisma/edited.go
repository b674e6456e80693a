package prisma

import (
	"bytes"
	"slices"
)

// A base's schema file is mostly the working tree's with one change: the
// declarations before and after the change are the same text. A parse that
// stands at the top level on one of those after it goes on exactly as the
// working tree's parse did from there (a parse from a declaration reads
// nothing before it: the invariant chunks.go checks and relies on); and the
// declarations before it read as the working tree's did, as long as that
// parse met no problem there (a parse that succeeds reads nothing past what
// it parsed: a block ends at its own brace, a comment at its own end).
// ParseEdited parses the edited file only from the last such declaration
// before the change up to the first one after it, and takes the others
// from the working tree's tree. Those nodes keep their offsets, which are
// the working tree's: the tree's Src is the working tree's text followed by
// the edited one, so that every span reads its own text, and File.Range
// turns a span into the edited file's position.

// editedText is how a tree from ParseEdited locates its spans: a span
// starting at split or after lies in the edited text placed at split; one
// before kept is the working tree's, where the edited text has it too; any
// other is the working tree's, shift bytes from where it now stands.
type editedText struct {
	text  []byte
	kept  int
	split int
	shift int
}

// offsets are a span's offsets in the edited text.
func (e *editedText) offsets(start, end int) (int, int) {
	switch {
	case start >= e.split:
		return start - e.split, end - e.split
	case start < e.kept:
		return start, end
	}
	return start + e.shift, end + e.shift
}

// ParseEdited is Parse(name, src) for src, an edited copy of the text head
// was parsed from, whose parse diagnostics (by their start offset in head)
// are at. It returns the same declarations, comments and diagnostics,
// located alike by File.Range; the declarations the edit left alone at the
// start and at the end of the file are head's own nodes, not parsed again.
// Only where head has no diagnostic before the first declaration parsed
// again, or none from the end of the edit's last declaration on, does it
// reuse what lies there (a diagnostic there would be head's, at head's
// position). The result's Src is not the file's text: read a span of it,
// never the whole.
func ParseEdited(name string, src []byte, head *File, at []int) (*File, []Diagnostic) {
	r, ok := reusable(src, head, at)
	if !ok {
		return Parse(name, src)
	}
	old := head.Src
	joined := make([]byte, len(old)+len(src))
	copy(joined, old)
	copy(joined[len(old):], src)
	// The edited file's parse starts where head's stood before the first
	// declaration parsed again, which the edit left where it was.
	p := newParser(name, joined, len(old)+r.from)
	f := p.f
	f.edited = &editedText{text: src, kept: r.from, split: len(old), shift: len(src) - len(old)}
	f.Decls = slices.Clone(head.Decls[:r.first])
	for _, c := range head.Comments {
		if int(c.Span.Start) < r.from {
			f.Comments = append(f.Comments, c)
		}
	}
	f.badEscapes = head.badEscapes
	parsing.Add(1)
	defer parsing.Add(-1)
	var stops []int
	if r.last < len(head.Decls) {
		// It stands where head's did, shift bytes on.
		stops = []int{len(old) + int(head.Decls[r.last].Bounds().Start) + len(src) - len(old)}
	}
	if p.parseFile(stops) == len(stops) {
		// It went past, or had nowhere to stop: the rest of the file is
		// parsed, in the edited text.
		return f, p.diags
	}
	from := int(head.Decls[r.last].Bounds().Start)
	f.Decls = append(f.Decls, head.Decls[r.last:]...)
	for _, c := range head.Comments {
		if int(c.Span.Start) >= from {
			f.Comments = append(f.Comments, c)
		}
	}
	return f, p.diags
}

// reuse is what of head a parse of an edited copy takes: the declarations
// before first, where the parse starts at from (0 and 0 for none), and
// those from last on (len(head.Decls) for none).
type reuse struct {
	first, from int
	last        int
}

// reusable finds what of head's tree an edit left alone: the declarations
// in the text src and head begin with, up to the last one that starts a
// line after only blank space since the declaration before (where head's
// parse stood at the top level with no documentation pending) with no
// diagnostic of head before it; and from the first of head's declarations
// that lies in the text they end with (short of the text they begin with),
// where head's parse stood at the top level with no documentation pending
// (only blank space since the declaration before), and after which head
// has no diagnostic. ok is false when it finds neither, or the texts are
// the same.
func reusable(src []byte, head *File, at []int) (r reuse, ok bool) {
	if head == nil || head.edited != nil || len(head.Decls) == 0 || len(head.Src)+len(src) > maxSource {
		return reuse{}, false
	}
	old := head.Src
	if bytes.Equal(old, src) {
		return reuse{}, false // the same text: nothing to parse
	}
	// The text both begin with, then the text they end with after it:
	// compared a block at a time (memory compares wide), then byte by
	// byte.
	begin := 0
	for n := min(len(old), len(src)); begin+4096 <= n && bytes.Equal(old[begin:begin+4096], src[begin:begin+4096]); {
		begin += 4096
	}
	for begin < len(old) && begin < len(src) && old[begin] == src[begin] {
		begin++
	}
	same := 0
	for n := min(len(old), len(src)) - begin; same+4096 <= n && bytes.Equal(old[len(old)-same-4096:len(old)-same], src[len(src)-same-4096:len(src)-same]); {
		same += 4096
	}
	for begin+same < len(old) && begin+same < len(src) && old[len(old)-1-same] == src[len(src)-1-same] {
		same++
	}
	firstDiag := len(old) + 1
	for _, o := range at {
		firstDiag = min(firstDiag, o)
	}
	cut := func(at, prev int) bool {
		return at <= begin && at < firstDiag && (at == 0 || old[at-1] == '\n') && blank(old[prev:at])
	}
	r.last = len(head.Decls)
	end := 0
	for k, d := range head.Decls {
		b := d.Bounds()
		start, prev := int(b.Start), end
		end = int(b.End)
		if k > 0 && cut(start, prev) {
			r.first, r.from = k, start
		}
		if start < len(old)-same || !blank(old[prev:start]) {
			continue
		}
		if !slices.ContainsFunc(at, func(o int) bool { return o >= prev }) {
			r.last = k
		}
		break
	}
	// A file that only grew at its end is parsed from where head's ended.
	if r.last == len(head.Decls) && begin == len(old) && cut(len(old), end) {
		r.first, r.from = len(head.Decls), len(old)
	}
	return r, r.first > 0 || r.last < len(head.Decls)
}

// blank reports whether text holds only spaces, tabs and line breaks.
func blank(text []byte) bool {
	for _, c := range text {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}
