package tsparse

// go-tree-sitter's package initialisation points tree-sitter's allocator at
// Go functions that call C's malloc, calloc, realloc and free: every
// allocation of the parser then crosses from C into Go and back, which cost
// a sixth of a parse. Its Go allocator only forwards to those same C
// functions, so memory taken by one way and freed by the other comes from
// and goes back to the same C heap: handing tree-sitter its own defaults
// (C's functions, which abort on exhaustion instead of returning NULL) is
// safe at any time, and is done once, before any parse.

/*
#include <stddef.h>
extern void ts_set_allocator(void *(*)(size_t), void *(*)(size_t, size_t), void *(*)(void *, size_t), void (*)(void *));
static void schemalint_ts_c_allocator(void) { ts_set_allocator(NULL, NULL, NULL, NULL); }
*/
import "C"

func init() {
	C.schemalint_ts_c_allocator()
}
