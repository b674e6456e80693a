package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// What the files say of replaced methods is read from their text; each
// line below is one file, with what it must and must not yield.
func TestReplaceablesReadFromTheText(t *testing.T) {
	src := map[string][]byte{
		"a.ts": []byte("class Sub extends Timestamped(Base) {}\nclass Other extends Plain<T extends Bound> {\n// nothing extends.\nclass Quiet {}\n" +
			"class Wrapped extends Mixin(\n  Later,\n) {}\nclass Broken\n  extends\n  NextLine\n{}\nclass Long extends Short\nconst NotIt = 1;\n" +
			"class Noted extends /* v1 { */ Commented {}\nclass Lined extends // the old one\n  LineCommented {}\n"),
		"b.ts": []byte("const Store = (Kept as any);\nlet Copy: typeof Kept2 = Kept2\nconst called = Factory();\nconst member = Ns.Kept3;\nconst arrow = (x) => x;\n" +
			"import { Imported as Local, other as lower } from \"./a\";\nexport { Exported as Public };\nconst v = value as Typed;\n"),
		"c.ts": []byte("Patched.prototype.m = f;\n(Cast.prototype as any).n = g;\nconst p = Object.getPrototypeOf(x);\n"),
		"d.ts": []byte("s.assigned = f; s.maybe ??= g; s[\"indexed\"] = h; s['single'] ||= h; s[key] = v;\nif (s.compared == f || s.other === g || s.less <= 2) {}\nconst h = (s) => s.arrowed;\nthis.bound = this.bound.bind(this);\n"),
		"e.ts": []byte("Object.defineProperty(x, \"defined\", {});\nReflect.set(inst, 'reflected', v);\nObject.assign(inst, { shorthand, keyed: f, method() { a(); b(); }, afterBody: 1 });\nconst o = { notAssigned: 1 }\nfoo(1, { notAssignedEither: 2 })\n" +
			"Object.defineProperties(inst, { manyDefined: { value: f } });\n" +
			"const overrides: Partial<S> = {\n  fromVariable: async () => {},\n};\nObject.assign(inst, overrides);\nconst more = { spreadKey() {}, async asyncKey() {} };\nObject.assign(inst, { ...more });\nconst unused = { neverAssigned: 1 };\n" +
			"const hook = \"viaConst\";\n(svc as any)[hook] = f;\nfor (const m of [\"looped\", 'alsoLooped'] as const) svc[m] = f;\nconst prop = `definedByName`;\nObject.defineProperty(svc, prop, {});\nconst label = \"onlyRead\";\nconsole.log(svc[label]);\n"),
		"f.ts": []byte("export const Named = class Impl {};\nconst Anonymous = class extends Base {};\nexport default class Defaulted {}\nimport Imported from \"./a\";\nimport Both, { other } from \"./b\";\nimport type Typed from \"./c\";\nexport default function handler() {}\n" +
			"class G { get postId(): string { return x; } }\nconst o2 = { get  spaced () { return 1; } };\ncache.get(key); get(key);\n"),
	}
	r := readReplaceables(src)

	for _, name := range []string{"Timestamped", "Base", "Plain", "Bound", "Later", "NextLine", "Short", "Commented", "LineCommented"} {
		assert.True(t, r.extended[name], "%s is in an extends clause", name)
	}
	for _, name := range []string{"Sub", "Other", "Quiet", "Wrapped", "Broken", "NotIt", "Noted", "Lined"} {
		assert.False(t, r.extended[name], "%s is not in an extends clause", name)
	}

	assert.Equal(t, []string{"any", "Store"}, r.aliases["Kept"], "a cast is read as a rename, which only refuses a proof")
	assert.Equal(t, []string{"Copy"}, r.aliases["Kept2"])
	assert.Empty(t, r.aliases["Factory"], "a call's result is not an alias")
	assert.Empty(t, r.aliases["Ns"], "a member is not an alias of its object")
	assert.Empty(t, r.aliases["x"])
	assert.Equal(t, []string{"Local"}, r.aliases["Imported"], "an import renames the class")
	assert.Equal(t, []string{"Public"}, r.aliases["Exported"], "an export renames the class")
	assert.Empty(t, r.aliases["other"], "a name without a capital names no class")
	assert.Empty(t, r.aliases["value"])

	assert.True(t, r.prototyped["Patched"])
	assert.True(t, r.prototyped["Cast"])
	assert.False(t, r.prototyped["Object"], "getPrototypeOf names no class's prototype")

	for _, name := range []string{"assigned", "maybe", "indexed", "single", "bound", "defined", "reflected", "shorthand", "keyed", "method", "afterBody"} {
		assert.True(t, r.setMembers[name], "%s is set on an object", name)
	}
	assert.Equal(t, []string{"Named"}, r.aliases["Impl"], "a class expression is named by its const")
	assert.Empty(t, r.aliases["extends"])
	assert.Equal(t, []string{"default"}, r.aliases["Defaulted"], "a default export is the module's default")
	assert.ElementsMatch(t, []string{"Imported", "Both"}, r.aliases["default"], "a default import names any module's default")
	assert.Empty(t, r.aliases["handler"], "a default function is no class")
	assert.True(t, r.setMembers["manyDefined"], "defineProperties sets its keys")
	assert.True(t, r.setMembers["fromVariable"], "an object assigned by name sets its keys")
	assert.True(t, r.setMembers["spreadKey"], "an object spread into the assigned one sets its keys")
	assert.True(t, r.setMembers["asyncKey"], "an async method is set under its name")
	assert.False(t, r.setMembers["neverAssigned"])
	for _, name := range []string{"viaConst", "looped", "alsoLooped", "definedByName"} {
		assert.True(t, r.setMembers[name], "%s is set through a name holding it", name)
	}
	assert.False(t, r.setMembers["onlyRead"], "a member read by a name is not set")
	assert.True(t, r.getters["postId"])
	assert.True(t, r.getters["spaced"])
	assert.False(t, r.getters["key"], "a call of get declares no getter")
	for _, name := range []string{"defined", "manyDefined", "definedByName"} {
		assert.True(t, r.getters[name], "%s is set by defineProperty or defineProperties: its descriptor may hold a getter", name)
	}
	for _, name := range []string{"reflected", "shorthand", "assigned", "viaConst"} {
		assert.False(t, r.getters[name], "%s is set with a value, not a getter", name)
	}

	for _, name := range []string{"compared", "other", "less", "arrowed", "notAssigned", "notAssignedEither", "bind"} {
		assert.False(t, r.setMembers[name], "%s is only read", name)
	}

	r.aliases["Store"] = []string{"Kept"} // a cycle ends
	assert.False(t, r.extendedAs("Kept", map[string]bool{}))
	r.extended["Store"] = true
	assert.True(t, r.extendedAs("Kept", map[string]bool{}), "an alias extended extends the class")
}
