package rules

import (
	"bytes"
	"path/filepath"
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// requiredArgs are the keys of an operation's argument that Prisma
// requires; an operation not listed takes no argument or an optional one
// (findMany(), count(), deleteMany()).
var requiredArgs = map[string][]string{
	"findUnique":          {"where"},
	"findUniqueOrThrow":   {"where"},
	"delete":              {"where"},
	"update":              {"where", "data"},
	"upsert":              {"where", "create", "update"},
	"updateMany":          {"data"},
	"updateManyAndReturn": {"data"},
	"groupBy":             {"by"},
}

// withoutRefused leaves out of calls those no Prisma client accepts: an
// operation whose argument Prisma requires called without one
// (`props.team.delete()`), or with an object literal that lacks a key
// Prisma requires (`props.team.update({ displayName })`). On a Prisma
// client TypeScript refuses such a call and the client throws before any
// SQL is sent, so its receiver is another object with methods of the same
// names (an SDK's Team): its rows are no query's. Only in TypeScript files,
// for a call no directive that silences type errors may cover
// (silencedCall), and only while no code of
// the schema may give a model an operation of its own through a `model`
// extension, or fill in a where through a `query` one (modelsExtended);
// an extension from a package is not seen. A call on a parameter whose
// declared type TypeScript shows to be no model client is left out too
// (declaredObject).
func withoutRefused(tree *tsparse.Tree, calls []tsquery.Call, modelsExtended func() bool) []tsquery.Call {
	switch filepath.Ext(tree.Path) {
	case ".ts", ".tsx", ".mts", ".cts":
	default:
		return calls
	}
	notQuery := func(c tsquery.Call) bool { return (refused(c) || declaredObject(c)) && !silencedCall(tree.Src, c) }
	if !slices.ContainsFunc(calls, notQuery) || modelsExtended() {
		return calls
	}
	return slices.DeleteFunc(calls, notQuery)
}

// refused reports whether c lacks an argument, or a key of its argument,
// that Prisma requires. Only an object literal as written counts: a cast
// (`{ … } as any`), a variable or a spread may hold anything.
func refused(c tsquery.Call) bool {
	keys, ok := requiredArgs[c.Operation]
	if !ok {
		return false
	}
	if len(c.Args) == 0 {
		return true
	}
	arg := c.Args[0]
	for arg.Kind() == "parenthesized_expression" {
		arg = firstNamed(arg)
	}
	if arg.Kind() != "object" {
		return false
	}
	var have []string
	for _, e := range arg.NamedChildren() {
		switch e.Kind() {
		case "comment":
		case "pair":
			k := keyName(e.Field("key"))
			if k == "" {
				return false // a computed key may be any of them
			}
			have = append(have, k)
		case "shorthand_property_identifier":
			have = append(have, e.Text())
		case "method_definition":
			have = append(have, keyName(e.Field("name")))
		default:
			return false // a spread
		}
	}
	for _, k := range keys {
		if !slices.Contains(have, k) {
			return true
		}
	}
	return false
}

// modelsExtended reports whether a file of code both extends a client
// (`$extends`, `defineExtension`) and names a `model` component, which may
// give a model an operation of its own whose arguments are not Prisma's,
// or names a where (`args.where = …`, `where: …`), which a `query`
// component may fill in before the client checks the arguments (a client
// typed `any` lets such a call compile). Read as text, so a `model:` or a
// `.where` that is something else turns the proof off too.
func modelsExtended(code []tsquery.File) bool {
	for _, f := range code {
		if (bytes.Contains(f.Src, []byte("$extends")) || bytes.Contains(f.Src, []byte("defineExtension"))) &&
			(namesKey(f.Src, "model") || namesKey(f.Src, "where") || bytes.Contains(f.Src, []byte(".where"))) {
			return true
		}
	}
	return false
}

// namesKey reports whether src has word as an object key: the word
// (quoted or not) followed by a colon.
func namesKey(src []byte, key string) bool {
	word := []byte(key)
	for i := 0; ; {
		j := bytes.Index(src[i:], word)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(word)
		i = end
		if start > 0 && isIdentByte(src[start-1]) || end < len(src) && isIdentByte(src[end]) {
			continue
		}
		k := end
		if k < len(src) && (src[k] == '"' || src[k] == '\'') {
			k++
		}
		for k < len(src) && (src[k] == ' ' || src[k] == '\t' || src[k] == '\n' || src[k] == '\r') {
			k++
		}
		if k < len(src) && src[k] == ':' {
			return true
		}
	}
}

func isIdentByte(b byte) bool {
	return b == '_' || b == '$' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}
