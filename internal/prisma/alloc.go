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

// list copies items into a shared backing array and returns a slice of
// exactly their length (capped, so appending to it never overwrites a
// neighbour).
type list[T any] struct{ buf []T }

func (l *list[T]) of(items []T) []T {
	if len(items) == 0 {
		return nil
	}
	if cap(l.buf)-len(l.buf) < len(items) {
		l.buf = make([]T, 0, max(nextChunk[T](cap(l.buf)), len(items)))
	}
	start := len(l.buf)
	l.buf = append(l.buf, items...)
	return l.buf[start:len(l.buf):len(l.buf)]
}

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

type nodeAlloc struct {
	fields     slab[FieldDecl]
	attrs      slab[Attribute]
	idents     slab[Ident]
	consts     slab[ConstantExpr]
	calls      slab[FuncCall]
	strs       slab[StringLit]
	nums       slab[NumberLit]
	arrays     slab[ArrayExpr]
	comments   slab[Comment]
	attrLists  list[*Attribute]
	fieldLists list[*FieldDecl]
	argLists   list[Argument]
	exprLists  list[Expr]
}
