package prisma

import "unsafe"

// Nodes are carved out of chunks instead of allocated one by one: a schema
// has tens of thousands of fields, attributes and arguments, and one
// allocation each would make garbage collection dominate parsing.
//
// A chunk stays below Go's 32 KiB small-object limit: larger ones are
// allocated from the shared heap under a lock, which the goroutines parsing
// and resolving one schema would contend for.
const chunkBytes = 16 << 10

// nextChunk is the capacity of the chunk of T that follows one of capacity
// prev. Chunks start small and double up to chunkBytes, so that the many
// node kinds a small schema barely uses cost little.
func nextChunk[T any](prev int) int {
	var zero T
	full := max(16, chunkBytes/int(max(unsafe.Sizeof(zero), 1)))
	return min(max(16, 2*prev), full)
}

type slab[T any] struct{ buf []T }

func (s *slab[T]) new() *T {
	if len(s.buf) == cap(s.buf) {
		s.buf = make([]T, 0, nextChunk[T](cap(s.buf)))
	}
	s.buf = s.buf[:len(s.buf)+1]
	return &s.buf[len(s.buf)-1]
}

// list carves lists whose length is known up front out of a shared
// backing array.
type list[T any] struct{ buf []T }

// room returns an empty slice with room for n items in the shared backing
// array, for a list whose final length is known up front.
func (l *list[T]) room(n int) []T {
	if n == 0 {
		return nil
	}
	if cap(l.buf)-len(l.buf) < n {
		l.buf = make([]T, 0, max(nextChunk[T](cap(l.buf)), n))
	}
	start := len(l.buf)
	l.buf = l.buf[:start+n]
	return l.buf[start : start : start+n]
}

// inPlace builds lists directly in a shared chunk, for lists read item by
// item whose length is not known up front. Copying finished lists out of a
// scratch stack would write every item twice, and items with pointers pay a
// write barrier per copy while the collector runs. Two lists of one
// inPlace must never be under construction at once: argument and array
// lists nest, so the parser keeps one inPlace per nesting depth.
type inPlace[T any] struct{ buf []T }

// building is a list under construction in an inPlace.
type building[T any] struct {
	l     *inPlace[T]
	start int
}

func (l *inPlace[T]) begin() building[T] { return building[T]{l, len(l.buf)} }

func (b *building[T]) add(x T) {
	if len(b.l.buf) == cap(b.l.buf) {
		// Move the list so far to a fresh chunk; its old copy is dropped.
		n := len(b.l.buf) - b.start
		fresh := make([]T, 0, max(nextChunk[T](cap(b.l.buf)), 2*n))
		b.l.buf, b.start = append(fresh, b.l.buf[b.start:]...), 0
	}
	b.l.buf = append(b.l.buf, x)
}

func (b *building[T]) len() int { return len(b.l.buf) - b.start }

// done returns the finished list, capped so that appending to it never
// overwrites the next one; nil when it is empty.
func (b *building[T]) done() []T {
	if b.len() == 0 {
		return nil
	}
	end := len(b.l.buf)
	return b.l.buf[b.start:end:end]
}

// drop abandons the list.
func (b *building[T]) drop() { b.l.buf = b.l.buf[:b.start] }

type nodeAlloc struct {
	// Argument and array lists, one per nesting depth.
	argLevels  [maxDepth + 1]inPlace[Argument]
	exprLevels [maxDepth + 1]inPlace[Expr]
	fields     slab[FieldDecl]
	attrs      slab[Attribute]
	idents     slab[Ident]
	consts     slab[ConstantExpr]
	calls      slab[FuncCall]
	strs       slab[StringLit]
	nums       slab[NumberLit]
	arrays     slab[ArrayExpr]
	comments   slab[Comment]
	// A block's fields and block attributes, and a line's attributes: a
	// block's lists stay open while its lines are read, so each has its own.
	fieldLists inPlace[*FieldDecl]
	blockAttrs inPlace[*Attribute]
	lineAttrs  inPlace[*Attribute]
}
