package tsparse

// tree-sitter's TypeScript grammar (0.23.2) binds a prefix operator tighter
// than a call with type arguments: it reads `await db.user.update<T>(args)`
// as a call of `await db.user.update`, `!x.f<T>()`, `void`, `typeof`, `-`,
// `delete` and a prefix `++` alike, and whatever chain goes on after the
// call (`.then(...)`, `!`, `[0]`) hangs on that call. TypeScript reads the
// operator last: `await (db.user.update<T>(args))`. A reader of calls that
// asks for `<receiver>.<delegate>.<operation>` under the call's function
// finds an await instead and sees no call at all. The table is put right
// once, after the parse, so that every reader of the tree reads the call
// as the call it is: the operator node takes the place of the chain it
// heads, and the chain, begun at the operator's operand, becomes its
// operand. The rows are only reordered, never added: the operator and its
// tokens move before the chain's rows, and the rows below keep their
// places.

// prefixOperators are the kinds of node that put an operator before their
// operand, last child of the node; an update_expression only when its
// operator is written first (`++x`).
var prefixOperators = map[string]bool{"await_expression": true, "unary_expression": true, "update_expression": true}

// chainLinks are the kinds of node through which a chain goes on from its
// head, with the field the head stands in ("" for the only named child).
var chainLinks = map[string]string{
	"call_expression":      "function",
	"member_expression":    "object",
	"subscript_expression": "object",
	"non_null_expression":  "",
}

// liftPrefixOperators reorders the table where a prefix operator heads a
// call with type arguments. It lists in t.unreadCalls the calls it found so read but could not put
// right (a syntax error among the nodes that would move).
func (t *Tree) liftPrefixOperators() {
	for i := int32(0); i < int32(len(t.nodes)); i++ {
		for t.lang.kind(t.nodes[i].symbol) == "call_expression" {
			call := Node{t: t, i: i}
			fn := call.Field("function")
			if !t.isPrefixOperator(fn) || !call.Field("type_arguments").Valid() {
				break
			}
			moved, ok := t.liftAt(i, fn.i)
			if !ok {
				t.unreadCalls = append(t.unreadCalls, i)
				break
			}
			i = moved // the call's row now; its function may be another operator
		}
	}
}

// isPrefixOperator reports whether n is an operator written before its
// operand, the operand its last child.
func (t *Tree) isPrefixOperator(n Node) bool {
	if !prefixOperators[n.Kind()] {
		return false
	}
	if n.Kind() == "update_expression" {
		kids := n.Children()
		return len(kids) == 2 && !kids[0].Named()
	}
	return true
}

// liftAt puts right the call at row callRow whose function, at row opRow,
// is a prefix operator: it returns the row the call has moved to, or false
// when the rows are not as the grammar lays them out (a syntax error),
// leaving the table as it was.
//
// The rows, in preorder, go from
//
//	C_k … C_1  P  tokens  O …  (rest of C_1) … (rest of C_k)
//
// (C_1 the call, C_k the top of the chain it heads, P the operator, O its
// operand) to
//
//	P  tokens  C_k … C_1  O …  (rest of C_1) … (rest of C_k)
//
// so only the rows of the chain and the operator move, and the rows from
// O on keep their places.
func (t *Tree) liftAt(callRow, opRow int32) (int32, bool) {
	nodes := t.nodes
	// The chain: the call, and above it every node it heads.
	top := callRow
	for {
		p := int32(nodes[top].parent)
		if p < 0 {
			break
		}
		field, ok := chainLinks[t.lang.kind(nodes[p].symbol)]
		if !ok || p+1 != top || nodes[p].start != nodes[top].start {
			break
		}
		if field != "" && t.lang.fieldName(nodes[top].field) != field {
			break
		}
		top = p
	}
	k := callRow - top + 1 // rows of the chain
	if opRow != callRow+1 {
		return 0, false
	}
	// A syntax error below the call (in its arguments) moves with the
	// rows it belongs to; one among the rows that move would be misplaced.
	for r := top; r <= opRow; r++ {
		if (Node{t: t, i: r}).IsError() {
			return 0, false
		}
	}
	// The operator's tokens, then its operand, the last child.
	opEnd := int32(nodes[opRow].last)
	operand := int32(-1)
	for c := opRow + 1; c < opEnd; c = int32(nodes[c].last) {
		if int32(nodes[c].last) == opEnd {
			operand = c
		} else if int32(nodes[c].last) != c+1 || (Node{t: t, i: c}).IsError() {
			return 0, false // a token with children, or an error: not the grammar's layout
		}
	}
	if operand < 0 || nodes[operand].end != nodes[opRow].end || (Node{t: t, i: operand}).IsError() {
		return 0, false
	}
	tokens := operand - opRow - 1
	shift := tokens + 1
	// Copy the rows that move: the chain (top..callRow) and the operator
	// with its tokens (opRow..operand-1).
	chain := make([]cNode, k)
	copy(chain, nodes[top:callRow+1])
	op := make([]cNode, shift)
	copy(op, nodes[opRow:operand])
	operandStart, operandField := nodes[operand].start, nodes[operand].field
	// The operator spans the whole chain, in the chain's place.
	o := op[0]
	o.start, o.end = chain[0].start, chain[0].end
	o.parent, o.last, o.field = chain[0].parent, chain[0].last, chain[0].field
	nodes[top] = o
	for j := int32(1); j < shift; j++ {
		tok := op[j]
		tok.parent = cRow(top)
		tok.last = cRow(top + j + 1)
		nodes[top+j] = tok
	}
	// The chain follows, begun at the operand.
	for j := int32(0); j < k; j++ {
		c := chain[j]
		c.start = operandStart
		if j == 0 {
			c.parent, c.field = cRow(top), operandField
		} else {
			c.parent = cRow(top + shift + j - 1)
		}
		nodes[top+shift+j] = c
	}
	newCall := top + shift + k - 1
	// The operand hangs on the call, in the field the operator stood in.
	nodes[operand].parent = cRow(newCall)
	nodes[operand].field = op[0].field
	// The rest of each chain node's children follow their node.
	for r := operand; r < int32(nodes[top].last); r++ {
		if p := int32(nodes[r].parent); r != operand && p >= top && p < top+k {
			nodes[r].parent = cRow(p + shift)
		}
	}
	t.rewritten = true
	return newCall, true
}

// fieldName is the name of the field id, "" for none.
func (l *language) fieldName(id cField) string {
	if int(id) < len(l.fieldNames) {
		return l.fieldNames[id]
	}
	return ""
}

// namedAtInTable is NamedAt read from the table, for a tree whose table
// was reordered and no longer answers as tree-sitter's own tree: it walks
// down as ts_node_named_descendant_for_byte_range does.
func (t *Tree) namedAtInTable(start, end int) (int32, bool) {
	if len(t.nodes) == 0 {
		return 0, false
	}
	nodes := t.nodes
	node, visible := int32(0), int32(0)
	for descended := true; descended; {
		descended = false
		for c, last := node+1, nodes[node].last; c < int32(last); c = int32(nodes[c].last) {
			cs, ce := int(nodes[c].start), int(nodes[c].end)
			if ce < end {
				continue
			}
			if cs == ce && ce < start || cs != ce && ce <= start {
				continue
			}
			if start < cs {
				break
			}
			node = c
			if int(nodes[c].flags)&nodeNamed != 0 {
				visible = c
			}
			descended = true
			break
		}
	}
	return visible, true
}
