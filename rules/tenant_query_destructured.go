package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// Rows taken apart by destructuring: `const { envelope } = field` names
// field.envelope, and `const [next] = pending` names an element of the
// list pending, as `const envelope = field.envelope` and `const next =
// pending[0]` would.

// destructuredBinding finds the const declaration before at, in a block
// holding it, within the functions at is in, whose pattern binds name, with
// a value that is a plain property chain: the chain's names, the key name
// is read from (an object pattern) or "" for an element (an array
// pattern), and whether one was found.
func destructuredBinding(name string, at tsparse.Node) (value []string, key string, ok bool) {
	for fn := enclosingFunction(at); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		if !strings.Contains(string(at.Tree().Src[fn.Start():at.Start()]), name) {
			continue
		}
		declared := false
		for _, n := range scopeBindings(fn) {
			if n.Start() >= at.Start() || n.Kind() != "variable_declarator" || !spans(n.Parent().Parent(), at) {
				continue
			}
			pat := n.Field("name")
			if !bindsName(pat, name) {
				continue
			}
			// The last declaration of name in a block holding at binds it.
			declared, value, key, ok = true, nil, "", false
			if n.Parent().Kind() != "lexical_declaration" || !strings.HasPrefix(n.Parent().Text(), "const") {
				continue
			}
			chain := splitRowPath(n.Field("value").Text())
			if chain == nil {
				continue
			}
			switch pat.Kind() {
			case "object_pattern":
				for _, e := range pat.NamedChildren() {
					switch {
					case e.Kind() == "shorthand_property_identifier_pattern" && e.Text() == name:
						value, key, ok = chain, name, true
					case e.Kind() == "pair_pattern" && e.Field("value").Kind() == "identifier" && e.Field("value").Text() == name:
						value, key, ok = chain, keyName(e.Field("key")), true
					}
				}
			case "array_pattern":
				for _, e := range pat.NamedChildren() {
					if e.Kind() == "identifier" && e.Text() == name {
						value, ok = chain, true
					}
				}
			}
		}
		if declared {
			return value, key, ok
		}
	}
	return nil, "", false
}

// destructuredPath is the row path name stands for when a const object
// pattern took it from a row (`const { envelope } = field`: field,
// envelope), or nil.
func destructuredPath(name string, at tsparse.Node) []string {
	value, key, ok := destructuredBinding(name, at)
	if !ok || key == "" || len(value) == 0 || !sourceHeld(at, name, value[0]) {
		// Read at at, the row destructured may be another binding.
		return nil
	}
	return append(value, key)
}

// destructuredElement is the list name is an element of when a const
// array pattern took it (`const [next] = pending`: pending), or "".
func destructuredElement(name string, at tsparse.Node) string {
	value, key, ok := destructuredBinding(name, at)
	if !ok || key != "" {
		return ""
	}
	return strings.Join(value, ".")
}
