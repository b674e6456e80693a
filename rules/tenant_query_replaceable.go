package rules

import (
	"bytes"
)

// replaceables is what the code's files say about the ways a method may
// be replaced out of its class's sight (finalMethod): the names an
// extends clause holds, the const aliases of names, the names whose
// prototype is reached, and the member names set on some object. It is
// read from the text of every file in one pass, once per run: a search of
// every file for every method a proof reads cost more than the rest of
// the rule on LangWatch (a regular expression per name and file).
type replaceables struct {
	// extended are the names in an extends clause: `extends Base`,
	// `extends Timestamped(Base)`, a generic's constraint (`T extends
	// Base`), on one line; a comment too. Erring toward an extension only
	// refuses a proof.
	extended map[string]bool
	// aliases are, by name, the consts given it whole: `const Store =
	// Base` (a cast or parentheses around it too; names with a capital),
	// or given a class expression of that name (`const Store = class
	// Base {`), and the names it is imported or exported as: `import {
	// Base as Store }`, `export { Base as Store }`. A default export is
	// an alias "default", whose aliases are every name a default import
	// gives (`export default class Base`, `import Store from …`).
	aliases map[string][]string
	// prototyped are the names whose prototype is named: `Base.prototype`.
	prototyped map[string]bool
	// setMembers are the member names some statement sets on an object:
	// `x.m = …` (`??=`, `||=`, `&&=` too), `Object.defineProperty(x, "m",
	// …)`, `Reflect.set(x, "m", …)`, a key given to `Object.assign(x, {
	// m })` or `Object.defineProperties(x, { m: … })`.
	setMembers map[string]bool
	// getters are the names a getter is declared of, `get postId() {`,
	// or that defineProperty or defineProperties sets (its descriptor may
	// hold a getter): a read of one runs code, and may give another value
	// each time.
	getters map[string]bool
	// defining is set while the defineProperty family is read: the names
	// it sets are getters too (setMember).
	defining bool
}

// setMember records name as set on some object (setMembers), and as a
// getter too while defineProperty or defineProperties is read.
func (r *replaceables) setMember(name string) {
	r.setMembers[name] = true
	if r.defining {
		r.getters[name] = true
	}
}

func readReplaceables(files map[string][]byte) *replaceables {
	r := &replaceables{extended: map[string]bool{}, aliases: map[string][]string{}, prototyped: map[string]bool{}, setMembers: map[string]bool{}, getters: map[string]bool{}}
	for _, src := range files {
		r.readWords(src)
		r.readAssignedMembers(src)
		r.readNamedSets(src, "Reflect.set")
		r.readAssignedKeys(src, "Object.assign")
		r.defining = true
		r.readNamedSets(src, "defineProperty")
		r.readAssignedKeys(src, "Object.defineProperties")
		r.defining = false
	}
	return r
}

// extendedAs reports whether class, or a const alias of it, is in an
// extends clause.
func (r *replaceables) extendedAs(class string, seen map[string]bool) bool {
	if r.extended[class] {
		return true
	}
	seen[class] = true
	for _, a := range r.aliases[class] {
		if !seen[a] && r.extendedAs(a, seen) {
			return true
		}
	}
	return false
}

// identByte reports whether c may be part of an identifier; a byte of a
// multi-byte character is taken to be.
func identByte(c byte) bool { return identBytes[c] }

// identBytes answers identByte by one load: the chain of comparisons it
// stands for was half the time of readWords, a pass over every byte of
// the code.
var identBytes = func() (table [256]bool) {
	for c := range table {
		table[c] = c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
	}
	return table
}()

// eachWord calls at with the offset of every occurrence of word in src
// that is a whole word.
func eachWord(src []byte, word string, at func(i int)) {
	for off := 0; ; {
		i := bytes.Index(src[off:], []byte(word))
		if i < 0 {
			return
		}
		i += off
		off = i + len(word)
		if (i == 0 || !identByte(src[i-1])) && (off == len(src) || !identByte(src[off])) {
			at(i)
		}
	}
}

func skipSpaces(src []byte, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r') {
		i++
	}
	return i
}

func skipSpacesBack(src []byte, i int) int {
	for i >= 0 && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r') {
		i--
	}
	return i
}

// identAt is the identifier starting at i, or "".
func identAt(src []byte, i int) string {
	j := i
	for j < len(src) && identByte(src[j]) {
		j++
	}
	if j == i || src[i] >= '0' && src[i] <= '9' {
		return ""
	}
	return string(src[i:j])
}

// readWords reads src's names once, and at each word a reader below
// looks for (`extends`, `as`, `default`, `import`, `get`, `prototype`)
// reads what that reader reads there. A whole word is a name standing
// alone, as eachWord finds it. Searching the text once per word, most of
// the reading of every file went to stops at the words' first letters
// inside other names: with one pass, reading trigger.dev's files takes a
// third fewer instructions. The readers only add to r's sets, so meeting
// their words in one pass, in the order of the text, reads what reading
// them one word after another does.
func (r *replaceables) readWords(src []byte) {
	for i := 0; i < len(src); {
		if !identByte(src[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(src) && identByte(src[j]) {
			j++
		}
		switch string(src[i:j]) {
		case "extends":
			r.readExtendsAt(src, i)
		case "as":
			r.readRenameAt(src, i)
		case "default":
			r.readDefaultAt(src, i)
		case "import":
			r.readImportAt(src, i)
		case "get":
			r.readGetterAt(src, i)
		case "prototype":
			r.readPrototypeAt(src, i)
		}
		i = j
	}
}

// readExtendsAt reads the names of the extends clause: up to its `{` or
// `;`, or the end of its line, unless the line ends inside parentheses or
// angle brackets (`extends Mixin(` then `Base,` on the next) or before any
// name (`extends` then `Base` on the next). A comment in the clause is
// passed over (`extends /* v1 */ Base`); its words are read as names
// too, which only refuses a proof.
func (r *replaceables) readExtendsAt(src []byte, i int) {
	const longest = 1000
	end, depth, named := i+len("extends"), 0, false
clause:
	for ; end < len(src) && end < i+longest; end++ {
		if src[end] == '/' && end+1 < len(src) && (src[end+1] == '*' || src[end+1] == '/') {
			close, skip := []byte("*/"), 1
			if src[end+1] == '/' {
				close, skip = []byte("\n"), -1 // the line's end still ends the clause
			}
			k := bytes.Index(src[end+2:], close)
			if k < 0 {
				break
			}
			end += 2 + k + skip
			continue
		}
		switch c := src[end]; {
		case c == '{' && depth <= 0, c == ';':
			break clause
		case c == '(' || c == '<':
			depth++
		case c == ')' || c == '>':
			depth--
		case c == '\n' && depth <= 0 && named:
			break clause
		case c == '\n':
		case identByte(c):
			named = true
		case c != ' ' && c != '\t' && c != '\r' && !named && depth <= 0:
			break clause // not a clause: "nothing extends." in a comment
		}
	}
	for j := i + len("extends"); j < end; {
		if !identByte(src[j]) {
			j++
			continue
		}
		name := identAt(src, j)
		if name != "" {
			r.extended[name] = true
		}
		for j < end && identByte(src[j]) {
			j++
		}
	}
}

// readAlias reads `const A = B;` (let, var, export; a type annotation,
// a cast or parentheses around B) whose = is at i, B a bare name that
// starts with a capital, as a class's does, the statement ending after it
// on that line. It runs at every = readAssignedMembers passes, so the
// right side is tested first: most fail at once.
func (r *replaceables) readAlias(src []byte, i int) {
	j := i + 1
	for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '(') {
		j++
	}
	if identAt(src, j) == "class" {
		if k := skipSpaces(src, j+len("class")); k > j+len("class") {
			if name := identAt(src, k); name != "" && name != "extends" && name != "implements" {
				r.readDeclared(src, i, name)
			}
		}
		return
	}
	if j == len(src) || src[j] < 'A' || src[j] > 'Z' {
		return
	}
	name := identAt(src, j)
	j += len(name)
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if j+2 < len(src) && string(src[j:j+2]) == "as" && !identByte(src[j+2]) {
		for j < len(src) && src[j] != ';' && src[j] != '\n' && src[j] != ',' && src[j] != ')' {
			j++
		}
	}
	for j < len(src) && (src[j] == ')' || src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if j < len(src) && src[j] != ';' && src[j] != ',' && src[j] != '\n' && src[j] != '\r' {
		return
	}
	r.readDeclared(src, i, name)
}

// readDeclared reads the name a `const`, `let` or `var` (maybe exported)
// declares whose = is at i as an alias of name.
func (r *replaceables) readDeclared(src []byte, i int, name string) {
	line := src[bytes.LastIndexByte(src[:i], '\n')+1 : i]
	line = bytes.TrimLeft(line, " \t")
	line = bytes.TrimPrefix(line, []byte("export "))
	for _, kw := range [...]string{"const ", "let ", "var "} {
		if rest, ok := bytes.CutPrefix(line, []byte(kw)); ok {
			if alias := identAt(rest, len(rest)-len(bytes.TrimLeft(rest, " \t"))); alias != "" {
				r.aliases[name] = append(r.aliases[name], alias)
			}
			return
		}
	}
}

// readRenameAt reads `Base as Store` of an import or export clause,
// whose `as` is at i, Base a name with a capital, as a class's is:
// another file extends the class as Store. A cast of such a name (`Base
// as Other`) is read too, which only refuses a proof.
func (r *replaceables) readRenameAt(src []byte, i int) {
	j := skipSpacesBack(src, i-1)
	if j < 0 || j == i-1 || !identByte(src[j]) {
		return
	}
	k := j
	for k >= 0 && identByte(src[k]) {
		k--
	}
	if src[k+1] < 'A' || src[k+1] > 'Z' {
		return
	}
	next := skipSpaces(src, i+len("as"))
	if next == i+len("as") {
		return
	}
	if alias := identAt(src, next); alias != "" {
		name := string(src[k+1 : j+1])
		r.aliases[name] = append(r.aliases[name], alias)
	}
}

// readDefaultAt reads a default export whose `default` is at i, `export
// default class Base` or `export default Base;`, as an alias "default" of
// Base: any file may extend a default export under whatever name it
// imports it as (readImportAt).
func (r *replaceables) readDefaultAt(src []byte, i int) {
	if j := skipSpacesBack(src, i-1); j < len("export")-1 || string(src[j-len("export")+1:j+1]) != "export" {
		return
	}
	j := skipSpaces(src, i+len("default"))
	if word := identAt(src, j); word == "abstract" || word == "class" {
		if word == "abstract" {
			j = skipSpaces(src, j+len(word))
		}
		j = skipSpaces(src, j+len("class"))
	}
	if name := identAt(src, j); name != "" && name != "extends" && name != "function" && name != "async" {
		r.aliases[name] = append(r.aliases[name], "default")
	}
}

// readImportAt reads a default import whose `import` is at i, `import
// Store from …` or `import Store, { … } from …`, as an alias Store of
// "default".
func (r *replaceables) readImportAt(src []byte, i int) {
	j := skipSpaces(src, i+len("import"))
	name := identAt(src, j)
	if name == "" || name == "type" {
		return
	}
	k := skipSpaces(src, j+len(name))
	if k < len(src) && src[k] == ',' || identAt(src, k) == "from" {
		r.aliases["default"] = append(r.aliases["default"], name)
	}
}

// readGetterAt reads `get name(` whose `get` is at i, a getter's
// declaration in a class or an object literal.
func (r *replaceables) readGetterAt(src []byte, i int) {
	j := skipSpaces(src, i+len("get"))
	if j == i+len("get") {
		return
	}
	name := identAt(src, j)
	if k := skipSpaces(src, j+len(name)); name != "" && k < len(src) && src[k] == '(' {
		r.getters[name] = true
	}
}

// readPrototypeAt reads `Base.prototype` whose `prototype` is at i.
func (r *replaceables) readPrototypeAt(src []byte, i int) {
	j := skipSpacesBack(src, i-1)
	if j < 0 || src[j] != '.' {
		return
	}
	j = skipSpacesBack(src, j-1)
	if j >= 0 && identByte(src[j]) {
		k := j
		for k >= 0 && identByte(src[k]) {
			k--
		}
		r.prototyped[string(src[k+1:j+1])] = true
	}
}

// readAssignedMembers reads `x.m = …` and `x["m"] = …`: at each `=` that
// is not part of `==`, `=>`, `<=` and the like, the name before it after
// a dot.
func (r *replaceables) readAssignedMembers(src []byte) {
	for off := 0; ; {
		i := bytes.IndexByte(src[off:], '=')
		if i < 0 {
			return
		}
		i += off
		off = i + 1
		if i+1 < len(src) && (src[i+1] == '=' || src[i+1] == '>') || i == 0 {
			continue
		}
		if bytes.IndexByte([]byte("=!<>+-*/%^|&?"), src[i-1]) < 0 {
			r.readAlias(src, i) // a plain =, not <= or ??=
		}
		j := i - 1
		if j >= 1 && (string(src[j-1:j+1]) == "??" || string(src[j-1:j+1]) == "||" || string(src[j-1:j+1]) == "&&") {
			j -= 2
		} else if bytes.IndexByte([]byte("=!<>+-*/%^|&?"), src[j]) >= 0 {
			continue
		}
		j = skipSpacesBack(src, j)
		if name, ok := quotedIndexEndingAt(src, j); ok {
			r.setMembers[name] = true // x["m"] = …
			continue
		}
		if key := namedIndexEndingAt(src, j); key != "" {
			r.readStringsNamed(src, key) // x[method] = …
			continue
		}
		if j < 0 || !identByte(src[j]) {
			continue
		}
		k := j
		for k >= 0 && identByte(src[k]) {
			k--
		}
		if d := skipSpacesBack(src, k); d >= 0 && src[d] == '.' {
			r.setMembers[string(src[k+1:j+1])] = true
		}
	}
}

// quotedIndexEndingAt is m of `["m"]` whose `]` is at i, or "".
func quotedIndexEndingAt(src []byte, i int) (string, bool) {
	if i < 3 || src[i] != ']' {
		return "", false
	}
	q := src[i-1]
	if q != '"' && q != '\'' && q != '`' {
		return "", false
	}
	open := bytes.LastIndexByte(src[:i-1], q)
	if open < 1 || src[open-1] != '[' {
		return "", false
	}
	return string(src[open+1 : i-1]), true
}

// namedIndexEndingAt is k of `[k]` whose `]` is at i, k a name, or "".
func namedIndexEndingAt(src []byte, i int) string {
	if i < 2 || src[i] != ']' {
		return ""
	}
	j := skipSpacesBack(src, i-1)
	k := j
	for k >= 0 && identByte(src[k]) {
		k--
	}
	if k == j || src[skipSpacesBack(src, k)] != '[' {
		return ""
	}
	return identAt(src, k+1)
}

// readStringsNamed reads into setMembers the strings the file gives the
// name key, a member's name set through it: `const method =
// "ensureOwn"`, `for (const method of ["ensureOwn", "requireOwn"])`.
func (r *replaceables) readStringsNamed(src []byte, key string) {
	eachWord(src, key, func(i int) {
		j := i + len(key)
		for j < len(src) && src[j] != '=' && src[j] != '\n' && src[j] != ';' && src[j] != ')' && identAt(src, j) != "of" {
			j++
		}
		if j+1 >= len(src) || src[j] == '\n' || src[j] == ';' || src[j] == ')' || src[j] == '=' && (src[j+1] == '=' || src[j+1] == '>') {
			return
		}
		if src[j] == '=' {
			j = skipSpaces(src, j+1)
			if q := src[j]; q == '"' || q == '\'' || q == '`' {
				if end := bytes.IndexByte(src[j+1:], q); end >= 0 {
					r.setMember(string(src[j+1 : j+1+end]))
				}
			}
			return
		}
		j = skipSpaces(src, j+len("of"))
		if j >= len(src) || src[j] != '[' {
			return
		}
		end := bytes.IndexByte(src[j:], ']')
		if end < 0 {
			return
		}
		list := src[j : j+end]
		for k := 0; k < len(list); k++ {
			if q := list[k]; q == '"' || q == '\'' || q == '`' {
				close := bytes.IndexByte(list[k+1:], q)
				if close < 0 {
					return
				}
				r.setMember(string(list[k+1 : k+1+close]))
				k += close + 1
			}
		}
	})
}

// readNamedSets reads `<call>(x, "m", …)`: the quoted second argument,
// or the strings the file gives a name there (readStringsNamed).
func (r *replaceables) readNamedSets(src []byte, call string) {
	eachWord(src, call, func(i int) {
		j := skipSpaces(src, i+len(call))
		if j >= len(src) || src[j] != '(' {
			return
		}
		for j < len(src) && src[j] != ',' && src[j] != ';' {
			j++
		}
		if j >= len(src) || src[j] != ',' {
			return
		}
		j = skipSpaces(src, j+1)
		if name := identAt(src, j); name != "" {
			r.readStringsNamed(src, name) // defineProperty(x, method, …)
			return
		}
		if j >= len(src) || src[j] != '"' && src[j] != '\'' && src[j] != '`' {
			return
		}
		if end := bytes.IndexByte(src[j+1:], src[j]); end >= 0 {
			r.setMember(string(src[j+1 : j+1+end]))
		}
	})
}

// readAssignedKeys reads `Object.assign(x, { m, n: … })` (call, or
// `Object.defineProperties(x, { m: { value } })`): every name right after
// a `{` or `,` and before a `:`, `,`, `}` or `(`, up to the call's
// closing parenthesis, past the bodies of methods it is given. Keys of
// nested objects are taken too. An object given by name,
// `Object.assign(x, overrides)` or `{ ...overrides }`, is read where the
// file gives that name an object literal (`const overrides = { m }`).
func (r *replaceables) readAssignedKeys(src []byte, call string) {
	eachWord(src, call, func(i int) {
		from := i + len(call)
		for _, name := range r.readKeys(src, from, closingEnd(src, from, '(', ')')) {
			r.readNamedObjectKeys(src, name)
		}
	})
}

// closingEnd is the offset of the close that matches the first open at or
// after from (`(` … `)` of a call, `{` … `}` of an object), past the
// bodies of the methods inside; a `;` before the first open ends it (not
// a call, not an object), as does the end of src.
func closingEnd(src []byte, from int, open, close byte) int {
	depth := 0
	for j := from; j < len(src); j++ {
		switch src[j] {
		case open:
			depth++
		case close:
			if depth--; depth <= 0 {
				return j
			}
		case ';':
			if depth <= 0 {
				return j
			}
		}
	}
	return len(src)
}

// readKeys reads the keys between from and end into setMembers, and gives
// the names of the objects passed whole or spread (`, overrides)`, `{
// ...overrides }`).
func (r *replaceables) readKeys(src []byte, from, end int) (named []string) {
	for j := from; j < end; j++ {
		if src[j] != '{' && src[j] != ',' {
			continue
		}
		k := skipSpaces(src, j+1)
		spread := k+3 <= len(src) && string(src[k:k+3]) == "..."
		if spread {
			k = skipSpaces(src, k+3)
		}
		name := identAt(src, k)
		if name == "async" || name == "get" || name == "set" {
			if m := skipSpaces(src, k+len(name)); m > k+len(name) && identAt(src, m) != "" {
				k, name = m, identAt(src, m) // `async m() {}`
			}
		}
		if name == "" {
			continue
		}
		n := skipSpaces(src, k+len(name))
		switch {
		case n >= len(src):
		case spread || src[n] == ')':
			named = append(named, name)
		case bytes.IndexByte([]byte(":,}("), src[n]) >= 0:
			r.setMember(name)
		}
	}
	return named
}

// readNamedObjectKeys reads the keys of every object literal the file
// gives name: `const overrides = {`, `overrides: Partial<T> = {` on one
// line.
func (r *replaceables) readNamedObjectKeys(src []byte, name string) {
	eachWord(src, name, func(i int) {
		eq := i + len(name)
		for eq < len(src) && src[eq] != '=' && src[eq] != '\n' && src[eq] != ';' {
			eq++
		}
		if eq+1 >= len(src) || src[eq] != '=' || src[eq+1] == '=' || src[eq+1] == '>' {
			return
		}
		if k := skipSpaces(src, eq+1); k < len(src) && src[k] == '{' {
			r.readKeys(src, k, closingEnd(src, k, '{', '}'))
		}
	})
}
