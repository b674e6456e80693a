package prisma

import "bytes"

// A base's schema file is mostly the working tree's with one change: the
// declarations after the change are the same text, and a parse that
// stands at the top level on one of them goes on exactly as the working
// tree's parse did from there (a parse from a declaration reads nothing
// before it: the invariant chunks.go checks and relies on). ParseEdited
// parses the edited file only up to the first such declaration and takes
// the rest from the working tree's tree. Those nodes keep their offsets,
// which are the working tree's: the tree's Src is the working tree's text
// followed by the edited one, so that every span reads its own text, and
// File.Range turns a span into the edited file's position.

// editedText is how a tree from ParseEdited locates its spans: a span
// starting at split or after lies in the edited text placed at split; one
// before it is the working tree's, shift bytes from where it now stands.
type editedText struct {
	text  []byte
	split int
	shift int
}

// offsets are a span's offsets in the edited text.
func (e *editedText) offsets(start, end int) (int, int) {
	if start >= e.split {
		return start - e.split, end - e.split
	}
	return start + e.shift, end + e.shift
}

// ParseEdited is Parse(name, src) for src, an edited copy of the text head
// was parsed from, whose diagnostics (by their start offset in head) are
// at. It returns the same declarations, comments and diagnostics, located
// alike by File.Range; the declarations the edit left alone at the end of
// the file are head's own nodes, not parsed again. Only where head has no
// diagnostic from the end of the edit's last declaration on does it reuse
// anything (a diagnostic there would be head's, at head's position). The
// result's Src is not the file's text: read a span of it, never the whole.
func ParseEdited(name string, src []byte, head *File, at []int) (*File, []Diagnostic) {
	k, ok := reusable(src, head, at)
	if !ok {
		return Parse(name, src)
	}
	old := head.Src
	from := int(head.Decls[k].Bounds().Start)
	// The edited file's parse stands where head's did, shift bytes on.
	stop := len(old) + from + len(src) - len(old)
	joined := make([]byte, len(old)+len(src))
	copy(joined, old)
	copy(joined[len(old):], src)
	p := newParser(name, joined, len(old))
	f := p.f
	f.edited = &editedText{text: src, split: len(old), shift: len(src) - len(old)}
	parsing.Add(1)
	defer parsing.Add(-1)
	if p.parseFile([]int{stop}) > 0 {
		// It went past: the whole file is parsed, in the edited text.
		return f, p.diags
	}
	f.Decls = append(f.Decls, head.Decls[k:]...)
	for _, c := range head.Comments {
		if int(c.Span.Start) >= from {
			f.Comments = append(f.Comments, c)
		}
	}
	f.badEscapes = f.badEscapes || head.badEscapes
	return f, p.diags
}

// reusable finds the first of head's declarations that lies in the text
// src and head end with, where head's parse stood at the top level with
// no documentation pending (only blank space since the declaration
// before), and after which head has no diagnostic.
func reusable(src []byte, head *File, at []int) (int, bool) {
	if head == nil || head.edited != nil || len(head.Decls) == 0 || len(head.Src)+len(src) > maxSource {
		return 0, false
	}
	old := head.Src
	// The text both end with: compared a block at a time (memory
	// compares wide), then byte by byte.
	same := 0
	for n := min(len(old), len(src)); same+4096 <= n && bytes.Equal(old[len(old)-same-4096:len(old)-same], src[len(src)-same-4096:len(src)-same]); {
		same += 4096
	}
	for same < len(old) && same < len(src) && old[len(old)-1-same] == src[len(src)-1-same] {
		same++
	}
	if same == len(old) && same == len(src) {
		return 0, false // the same text: nothing to parse
	}
	end := 0
	for k, d := range head.Decls {
		b := d.Bounds()
		start, prev := int(b.Start), end
		end = int(b.End)
		if start < len(old)-same || !blank(old[prev:start]) {
			continue
		}
		for _, o := range at {
			if o >= prev {
				return 0, false
			}
		}
		return k, true
	}
	return 0, false
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
