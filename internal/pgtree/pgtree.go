// Package pgtree is PostgreSQL's parse tree as Go types, read from
// pg_query_go's parser. The types are pg_query_go's own (generated from the
// descriptor of its package, names unchanged) with one difference: their
// protobuf descriptors, about a thousand messages and enums, are registered
// the first time a tree is used rather than at start-up, which every run
// paid, though few parse SQL. pg_query_go's root package registers the same
// names at init, so a binary must import this package or that one, never
// both; the cgo parser (its parser subpackage) is shared.
package pgtree

//go:generate go run ./gen

import (
	"sync"

	"github.com/pganalyze/pg_query_go/v6/parser"
	"google.golang.org/protobuf/proto"
)

var registerOnce sync.Once

// register builds the descriptors and registers them with protobuf's global
// registry, once. The generated code calls it before reading any message's
// or enum's descriptor.
func register() { registerOnce.Do(file_pg_query_proto_init) }

// Parse parses input into a tree.
func Parse(input string) (*ParseResult, error) {
	b, err := parser.ParseToProtobuf(input)
	if err != nil {
		return nil, err
	}
	tree := &ParseResult{}
	if err := proto.Unmarshal(b, tree); err != nil {
		return nil, err
	}
	return tree, nil
}

// Scan returns the tokens of input.
func Scan(input string) (*ScanResult, error) {
	b, err := parser.ScanToProtobuf(input)
	if err != nil {
		return nil, err
	}
	res := &ScanResult{}
	if err := proto.Unmarshal(b, res); err != nil {
		return nil, err
	}
	return res, nil
}

// Deparse prints tree as SQL.
func Deparse(tree *ParseResult) (string, error) {
	b, err := proto.Marshal(tree)
	if err != nil {
		return "", err
	}
	return parser.DeparseFromProtobuf(b)
}

// ParseToJSON parses input into a tree in JSON; no descriptor is needed.
func ParseToJSON(input string) (string, error) { return parser.ParseToJSON(input) }

// SplitWithParser splits input into statements with the parser.
func SplitWithParser(input string, trimSpace bool) ([]string, error) {
	return parser.SplitWithParser(input, trimSpace)
}

// SplitWithScanner splits input into statements with the scanner only, so
// that a statement that does not parse does not hide the others.
func SplitWithScanner(input string, trimSpace bool) ([]string, error) {
	return parser.SplitWithScanner(input, trimSpace)
}
