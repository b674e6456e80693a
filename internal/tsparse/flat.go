package tsparse

// A parse lists the tree's nodes once, in C, into a table the Go side
// reads without calling back into C. Reading a tree node by node through
// the binding costs a call from Go into C for every step, kind, position
// and field: on a real application that was a third of the query rule's
// time outside the parse itself. The table holds what Node answers; the
// tree itself stays until Close for NamedAt.
//
// The declarations below are the few of tree-sitter's API (api.h of
// go-tree-sitter v0.25.0, whose C library this package links) that the
// table needs.

/*
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct TSLanguage TSLanguage;
typedef struct TSParser TSParser;
typedef struct TSTree TSTree;
typedef uint16_t TSSymbol;
typedef uint16_t TSFieldId;
typedef struct TSNode { uint32_t context[4]; const void *id; const TSTree *tree; } TSNode;
typedef struct TSTreeCursor { const void *tree; const void *id; uint32_t context[3]; } TSTreeCursor;

extern TSParser *ts_parser_new(void);
extern void ts_parser_delete(TSParser *);
extern bool ts_parser_set_language(TSParser *, const TSLanguage *);
extern TSTree *ts_parser_parse_string(TSParser *, const TSTree *, const char *, uint32_t);
extern void ts_tree_delete(TSTree *);
extern TSNode ts_tree_root_node(const TSTree *);
extern TSTreeCursor ts_tree_cursor_new(TSNode);
extern void ts_tree_cursor_delete(TSTreeCursor *);
extern TSNode ts_tree_cursor_current_node(const TSTreeCursor *);
extern TSFieldId ts_tree_cursor_current_field_id(const TSTreeCursor *);
extern bool ts_tree_cursor_goto_first_child(TSTreeCursor *);
extern bool ts_tree_cursor_goto_next_sibling(TSTreeCursor *);
extern bool ts_tree_cursor_goto_parent(TSTreeCursor *);
extern TSSymbol ts_node_symbol(TSNode);
extern uint32_t ts_node_start_byte(TSNode);
extern uint32_t ts_node_end_byte(TSNode);
extern bool ts_node_is_named(TSNode);
extern bool ts_node_is_extra(TSNode);
extern bool ts_node_is_missing(TSNode);
extern bool ts_node_has_error(TSNode);
extern uint32_t ts_node_child_count(TSNode);
extern TSNode ts_node_named_descendant_for_byte_range(TSNode, uint32_t, uint32_t);
extern uint32_t ts_language_symbol_count(const TSLanguage *);
extern const char *ts_language_symbol_name(const TSLanguage *, TSSymbol);
extern uint32_t ts_language_field_count(const TSLanguage *);
extern const char *ts_language_field_name_for_id(const TSLanguage *, TSFieldId);

// ts_builtin_sym_error: what ts_node_is_error compares ts_node_symbol with.
enum { sl_sym_error = (TSSymbol)-1 };

enum { node_named = 1, node_extra = 2, node_error = 4, node_has_error = 8 };

// One node of the table. The table is in preorder: a node's descendants
// are the rows after it, up to its last.
typedef struct {
	uintptr_t id;       // tree-sitter's identity of the node, for NamedAt
	uint32_t start, end; // bytes
	int32_t parent;     // row of the parent, -1 for the root
	int32_t last;       // row after the last descendant
	TSSymbol symbol;
	TSFieldId field;    // field of the node in its parent, 0 for none
	uint8_t flags;
} sl_node;

// sl_parse parses src and lists its nodes. It returns the tree, with the
// table in *nodes (malloc'd, *count rows), or NULL, with *nodes NULL,
// when the parse or an allocation failed.
static TSTree *sl_parse(TSParser *parser, const char *src, uint32_t len, sl_node **nodes, uint32_t *count) {
	*nodes = NULL;
	*count = 0;
	TSTree *tree = ts_parser_parse_string(parser, NULL, src, len);
	if (!tree) return NULL;
	uint32_t cap = 256 + len / 4, n = 0;
	sl_node *out = malloc(cap * sizeof *out);
	if (!out) {
		ts_tree_delete(tree);
		return NULL;
	}
	TSTreeCursor c = ts_tree_cursor_new(ts_tree_root_node(tree));
	int32_t parent = -1;
	for (;;) {
		if (n == cap) {
			cap *= 2;
			sl_node *grown = realloc(out, cap * sizeof *out);
			if (!grown) {
				free(out);
				ts_tree_cursor_delete(&c);
				ts_tree_delete(tree);
				return NULL;
			}
			out = grown;
		}
		TSNode node = ts_tree_cursor_current_node(&c);
		sl_node *e = &out[n];
		e->id = (uintptr_t)node.id;
		e->start = ts_node_start_byte(node);
		e->end = ts_node_end_byte(node);
		e->parent = parent;
		e->last = 0;
		e->symbol = ts_node_symbol(node);
		e->field = ts_tree_cursor_current_field_id(&c);
		e->flags = (ts_node_is_named(node) ? node_named : 0) |
			(ts_node_is_extra(node) ? node_extra : 0);
		// A node's error cost is its own plus its children's, so below a
		// node without an error no node is one, or missing: in a file
		// without errors (most) only the root is asked.
		if (parent < 0 || out[parent].flags & node_has_error) {
			e->flags |= (e->symbol == sl_sym_error || ts_node_is_missing(node) ? node_error : 0) |
				(ts_node_has_error(node) ? node_has_error : 0);
		}
		int32_t self = (int32_t)n++;
		// Asking whether a node has children costs less than trying to
		// step into a leaf's.
		if (ts_node_child_count(node) > 0 && ts_tree_cursor_goto_first_child(&c)) {
			parent = self;
			continue;
		}
		out[self].last = (int32_t)n;
		while (!ts_tree_cursor_goto_next_sibling(&c)) {
			if (!ts_tree_cursor_goto_parent(&c)) {
				ts_tree_cursor_delete(&c);
				*nodes = out;
				*count = n;
				return tree;
			}
			out[parent].last = (int32_t)n;
			parent = out[parent].parent;
		}
	}
}

// sl_named_at is ts_node_named_descendant_for_byte_range from the root:
// the node's identity and start byte, or 0.
static uintptr_t sl_named_at(TSTree *tree, uint32_t start, uint32_t end, uint32_t *at) {
	TSNode n = ts_node_named_descendant_for_byte_range(ts_tree_root_node(tree), start, end);
	*at = n.id ? ts_node_start_byte(n) : 0;
	return (uintptr_t)n.id;
}
*/
import "C"

import (
	"errors"
	"sort"
	"sync"
	"unsafe"

	typescript "github.com/tree-sitter/tree-sitter-typescript/bindings/go"
)

type (
	cTree  = C.TSTree
	cNode  = C.sl_node
	cRow   = C.int32_t   // a row of the table, as a node's parent and last hold it
	cField = C.TSFieldId // a field of the grammar
)

const (
	nodeNamed    = int(C.node_named)
	nodeExtra    = int(C.node_extra)
	nodeError    = int(C.node_error)
	nodeHasError = int(C.node_has_error)
)

// language is one grammar with the names its nodes and fields are read by.
type language struct {
	load   func() unsafe.Pointer
	once   sync.Once
	ptr    *C.TSLanguage
	kinds  []string
	errors map[C.TSSymbol]string // ERROR and its kin, outside the symbol table
	fields map[string]C.TSFieldId
	// fieldNames are the fields by id.
	fieldNames []string
	// fieldSlots holds each field's id at fieldSlot of its name, beside
	// the name: Field is asked for most nodes a reader looks at, and the
	// map's hashing of the name was most of its cost.
	fieldSlots [fieldSlotCount][]fieldSlot
}

type fieldSlot struct {
	name string
	id   C.TSFieldId
}

const fieldSlotCount = 64

// fieldSlot is where in fieldSlots the field named name is kept: from
// its length and its first and last bytes, which tell the grammar's
// fields mostly apart; a slot holds every name that falls there.
func fieldSlotOf(name string) int {
	if name == "" {
		return 0
	}
	return (len(name)*7 + int(name[0])*3 + int(name[len(name)-1])) % fieldSlotCount
}

// fieldID is the id of the field named name, and whether the grammar has
// one.
func (l *language) fieldID(name string) (C.TSFieldId, bool) {
	for _, f := range l.fieldSlots[fieldSlotOf(name)] {
		if f.name == name {
			return f.id, true
		}
	}
	return 0, false
}

var (
	tsLanguage  = &language{load: typescript.LanguageTypescript}
	tsxLanguage = &language{load: typescript.LanguageTSX}
)

// names reads the grammar's node kinds and field names, once.
func (l *language) init() *language {
	l.once.Do(func() {
		l.ptr = (*C.TSLanguage)(l.load())
		n := C.ts_language_symbol_count(l.ptr)
		l.kinds = make([]string, n)
		for i := range l.kinds {
			l.kinds[i] = C.GoString(C.ts_language_symbol_name(l.ptr, C.TSSymbol(i)))
		}
		l.errors = map[C.TSSymbol]string{}
		for _, s := range []C.TSSymbol{0xFFFF, 0xFFFE} {
			l.errors[s] = C.GoString(C.ts_language_symbol_name(l.ptr, s))
		}
		l.fields = map[string]C.TSFieldId{}
		l.fieldNames = make([]string, C.ts_language_field_count(l.ptr)+1)
		for i := 1; i < len(l.fieldNames); i++ {
			if name := C.ts_language_field_name_for_id(l.ptr, C.TSFieldId(i)); name != nil {
				l.fieldNames[i] = C.GoString(name)
				l.fields[l.fieldNames[i]] = C.TSFieldId(i)
				slot := fieldSlotOf(l.fieldNames[i])
				l.fieldSlots[slot] = append(l.fieldSlots[slot], fieldSlot{l.fieldNames[i], C.TSFieldId(i)})
			}
		}
	})
	return l
}

func (l *language) kind(s C.TSSymbol) string {
	if int(s) < len(l.kinds) {
		return l.kinds[s]
	}
	return l.errors[s]
}

// cParser is tree-sitter's parser.
type cParser struct {
	p    *C.TSParser
	lang *language
}

func newCParser() *cParser { return &cParser{p: C.ts_parser_new()} }

func (p *cParser) close() {
	if p.p != nil {
		C.ts_parser_delete(p.p)
		p.p = nil
	}
}

var errParse = errors.New("the TypeScript parser gave up on this file")

// parse parses src with lang into t's tree and table.
func (p *cParser) parse(lang *language, src []byte, t *Tree) error {
	if lang != p.lang {
		if !C.ts_parser_set_language(p.p, lang.init().ptr) {
			return errors.New("the TypeScript grammar does not fit this tree-sitter")
		}
		p.lang = lang
	}
	if uint64(len(src)) > 1<<31 {
		return errors.New("the file is larger than 2 GiB")
	}
	var text *C.char
	if len(src) > 0 {
		text = (*C.char)(unsafe.Pointer(unsafe.SliceData(src)))
	} else {
		text = (*C.char)(unsafe.Pointer(&empty[0]))
	}
	var nodes *C.sl_node
	var count C.uint32_t
	tree := C.sl_parse(p.p, text, C.uint32_t(len(src)), &nodes, &count)
	if tree == nil {
		return errParse
	}
	t.tree, t.lang = tree, lang
	t.nodes = unsafe.Slice(nodes, int(count))
	return nil
}

var empty = [1]byte{}

// free releases t's tree and table.
func (t *Tree) free() {
	if t.tree != nil {
		C.ts_tree_delete(t.tree)
		C.free(unsafe.Pointer(unsafe.SliceData(t.nodes)))
		t.tree, t.nodes = nil, nil
	}
}

// namedAt finds tree-sitter's named descendant for the byte range in the
// table: the row of that start byte with its identity.
func (t *Tree) namedAt(start, end int) (int32, bool) {
	var at C.uint32_t
	id := C.sl_named_at(t.tree, C.uint32_t(start), C.uint32_t(end), &at)
	if id == 0 {
		return 0, false
	}
	i := sort.Search(len(t.nodes), func(i int) bool { return t.nodes[i].start >= at })
	for ; i < len(t.nodes) && t.nodes[i].start == at; i++ {
		if t.nodes[i].id == id {
			return int32(i), true
		}
	}
	return 0, false
}
