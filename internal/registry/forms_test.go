package registry

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestResolvesEveryStaticForm(t *testing.T) {
	cases := []struct {
		name, file, src string
		want            []string
	}{
		{"exported array", "scope.ts", `export const S = ["Invoice", "Quote"];`, []string{"Invoice", "Quote"}},
		{"typed array", "scope.ts", `export const S: Prisma.ModelName[] = ["Invoice", "Quote"];`, []string{"Invoice", "Quote"}},
		{"typed set", "scope.ts", `const S = new Set<Prisma.ModelName>(["Invoice", "Quote"]);`, []string{"Invoice", "Quote"}},
		{"readonly set annotation", "scope.ts", `export const S: ReadonlySet<string> = new Set(["Invoice"]);`, []string{"Invoice"}},
		{"template literals", "scope.ts", "const S = [`Invoice`, `Quote`];", []string{"Invoice", "Quote"}},
		{"escapes", "scope.ts", `const S = ["In\u0076oice", 'Qu\x6fte', "Cr\u{6D}Deal"];`, []string{"Invoice", "Quote", "CrmDeal"}},
		{"as const", "scope.ts", `const S = ["Invoice", "Quote",] as const;`, []string{"Invoice", "Quote"}},
		{"satisfies", "scope.ts", `const S = ["Invoice"] as const satisfies readonly Prisma.ModelName[];`, []string{"Invoice"}},
		{"element casts", "scope.ts", `const S = ["Invoice" as const, "Quote" as Prisma.ModelName, ("Team")];`, []string{"Invoice", "Quote", "Team"}},
		{"angle cast", "scope.ts", `const S = <Prisma.ModelName[]>["Invoice"];`, []string{"Invoice"}},
		{"non-null", "scope.ts", `const S = ["Invoice"]!;`, []string{"Invoice"}},
		{"spread of a constant", "scope.ts", "const CORE_MODELS = [\"User\", \"Team\"];\nexport const S = [...CORE_MODELS, \"Invoice\"];", []string{"User", "Team", "Invoice"}},
		{"spread declared below", "scope.ts", "export const S = [\"Invoice\", ...CORE];\nconst CORE = [\"User\"] as const;", []string{"Invoice", "User"}},
		{"spread chain", "scope.ts", "const A = [\"A\"];\nconst B = [...A, \"B\"];\nconst C = [...B, \"C\"];\nconst S = [...C, ...(A), \"S\"];", []string{"A", "B", "C", "A", "S"}},
		{"spread of a set", "scope.ts", "const CORE = new Set([\"User\"]);\nconst S = new Set([...CORE, \"Invoice\"]);", []string{"User", "Invoice"}},
		{"set of a constant", "scope.ts", "const LIST = [\"User\"] as const;\nconst S = new Set(LIST);", []string{"User"}},
		{"model name enum", "scope.ts", `const S = [Prisma.ModelName.Invoice, Prisma.ModelName["Quote"], ModelName.Team];`, []string{"Invoice", "Quote", "Team"}},
		{"name constant", "scope.ts", "const INVOICE = \"Invoice\";\nconst S = [INVOICE];", []string{"Invoice"}},
		{"frozen", "scope.ts", `export const S = Object.freeze(["Invoice", "Quote"]);`, []string{"Invoice", "Quote"}},
		{"frozen set", "scope.ts", `export const S = Object.freeze(new Set<Prisma.ModelName>(["Invoice"] as const));`, []string{"Invoice"}},
		{"array from", "scope.ts", `export const S = Array.from(new Set(["Invoice"]));`, []string{"Invoice"}},
		{"empty set", "scope.ts", `export const S = new Set<string>();`, nil},
		{"let and var", "scope.ts", "let S = [\"Invoice\"];\nvar T = [\"Quote\"];", []string{"Invoice"}},
		{"several declarators", "scope.ts", `const X = 1, S = ["Invoice"], Y = 2;`, []string{"Invoice"}},
		{"javascript", "scope.js", "const S = [\"Invoice\"];\nmodule.exports = { S };", []string{"Invoice"}},
		{"module javascript", "scope.mjs", `export const S = ["Invoice"];`, []string{"Invoice"}},
		{"tsx", "scope.tsx", "export const S = new Set([\"Invoice\"]);\nexport const View = () => <div>{[...S].join(\",\")}</div>;", []string{"Invoice"}},
		{"comments inside", "scope.ts", "const S = [\n  // \"Old\",\n  \"Invoice\", /* \"Draft\", */\n  ...CORE, // more\n];\nconst CORE = [/* none */ \"Team\"];", []string{"Invoice", "Team"}},
		{"unrelated syntax error", "scope.ts", "const S = [\"Invoice\"];\nfunction broken( {\n", []string{"Invoice"}},
		{"reading is not a change", "scope.ts", "const S = [\"Invoice\"];\nexport const has = (m: string) => S.includes(m) || [...S].map((x) => x).length > 0;", []string{"Invoice"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := Parse(c.file, []byte(c.src), "S")
			require.NoError(t, err)
			assert.Equal(t, c.want, names(r))
		})
	}
}

func TestStringsAndCommentsAreNotDeclarations(t *testing.T) {
	src := "// export const S = [\"Commented\"];\n" +
		"/* const S = [\"Block\"]; */\n" +
		"const doc = \"const S = ['InString']\";\n" +
		"const tpl = `\n  export const S = [\"InTemplate\"];\n`;\n" +
		"const re = /const S = \\[\"InRegexp\"\\]/;\n" +
		"const obj = { S: [\"Property\"] };\n" +
		"obj.S = [\"Member\"];\n" +
		"type S = \"TypeAlias\";\n" +
		"export const S = [\"Invoice\"];\n"
	r, err := Parse("scope.ts", []byte(src), "S")
	require.NoError(t, err)
	assert.Equal(t, []string{"Invoice"}, names(r))
	assert.Equal(t, "scope.ts:11:14", r.Range.String())

	_, err = Parse("scope.ts", []byte("// const S = [\"A\"];\nconst s = \"const S = ['B']\";\n"), "S")
	assert.EqualError(t, err, `scope.ts: no declaration of "S"; did you mean "s"?`)
}

func TestSpreadEntriesPointAtTheirLiteral(t *testing.T) {
	src := "const CORE = [\n  \"User\",\n];\nexport const S = [...CORE, Prisma.ModelName.Invoice];\n"
	r, err := Parse("scope.ts", []byte(src), "S")
	require.NoError(t, err)
	require.Len(t, r.Entries, 2)
	assert.Equal(t, "scope.ts:2:3", r.Entries[0].Range.String())
	assert.Equal(t, "scope.ts:4:28", r.Entries[1].Range.String())
	assert.Equal(t, "scope.ts:4:14", r.Range.String())
}

func TestUnreadableFormsAreLocatedErrors(t *testing.T) {
	cases := []struct {
		name, file, src, want string
	}{
		{"conditional spread", "scope.ts", `const S = ["A", ...(flag ? ["B"] : [])];`,
			`scope.ts:1:21: cannot tell statically which branch of this condition applies; list the models without a condition`},
		{"conditional value", "scope.ts", `const S = flag ? ["A"] : ["B"];`,
			`scope.ts:1:11: cannot tell statically which branch of this condition applies; list the models without a condition`},
		{"conditional element", "scope.ts", `const S = ["A", flag ? "B" : "C"];`,
			`scope.ts:1:17: cannot tell statically which branch of this condition applies; list the models without a condition`},
		{"template substitution", "scope.ts", "const S = [\"A\",\n  `${prefix}Invoice`];",
			`scope.ts:2:4: cannot tell statically what this template substitution holds; write the model name as a plain string`},
		{"call element", "scope.ts", `const S = ["A", modelName("b")];`,
			`scope.ts:1:17: cannot tell statically which model this call expression names; write the model name as a string literal`},
		{"call value", "scope.ts", `const S = Object.values(Prisma.ModelName).filter(Boolean);`,
			"scope.ts:1:11: cannot tell statically what `Object.values(Prisma.ModelName).filter(...)` returns; write the model names as string literals"},
		{"map", "scope.ts", `const S = new Map([["A", 1]]);`,
			"scope.ts:1:11: cannot tell statically what `new Map(...)` holds; use an array or `new Set([...])`"},
		{"nested array", "scope.ts", `const S = ["A", ["B"]];`,
			`scope.ts:1:17: cannot tell statically which model this array names; write the model name as a string literal`},
		{"number", "scope.ts", `const S = ["A", 42];`,
			`scope.ts:1:17: cannot tell statically which model this number names; write the model name as a string literal`},
		{"object", "scope.ts", `const S = { Invoice: true };`,
			"scope.ts:1:11: an object is not a list of model names; use an array or `new Set([...])`"},
		{"single string", "scope.ts", `const S = "Invoice";`,
			`scope.ts:1:11: a single string is not a list of model names; write ["Invoice"]`},
		{"other enum member", "scope.ts", `const S = [Prisma.Role.ADMIN];`,
			`scope.ts:1:12: cannot tell statically which model this member expression names; write the model name as a string literal`},
		{"two arguments", "scope.ts", `const S = Object.freeze(["A"], ["B"]);`,
			"scope.ts:1:32: `Object.freeze` reads one list, not 2 arguments; pass one array of model names"},
		{"spread argument", "scope.ts", `const S = new Set(...LISTS);`,
			`scope.ts:1:19: cannot tell statically which argument a spread fills; pass the array of model names`},
		{"missing spread", "scope.ts", "const CORE_MODELS = [\"A\"];\nconst S = [...CORE_MODEL, \"B\"];",
			`scope.ts:2:15: "CORE_MODEL" is not declared in this file; did you mean "CORE_MODELS"?`},
		{"suggestions are top-level constants", "scope.ts", "function f() {\n  const BILLING_MODELS = [\"A\"];\n}\nexport const S = [...BILLING_MODEL];",
			`scope.ts:4:22: "BILLING_MODEL" is not declared in this file; declare it in this file or correct the name`},
		{"missing symbol", "scope.ts", "const ORG_SCOPED_MODEL = [\"A\"];\nfunction ORG_SCOPED_MODELZ() {}",
			`scope.ts: no declaration of "S"; declare it as ` + "`export const S = [...]`" + ` or correct the symbol`},
		{"imported spread", "scope.ts", "import { CORE } from \"./core\";\nconst S = [...CORE];",
			`scope.ts:1:10: "CORE" is imported; only constants declared in the registry file are read; point the registry at the file that declares it, or declare the list here`},
		{"imported symbol", "scope.ts", `import S from "./scope-list";`,
			`scope.ts:1:8: "S" is imported; only constants declared in the registry file are read; point the registry at the file that declares it, or declare the list here`},
		{"declared twice", "scope.ts", "export const S = [\"A\"];\nfunction f() {\n  const S = [\"B\"];\n}",
			`scope.ts:3:9: "S" is declared twice (first at scope.ts:1:14), so the list it holds cannot be told statically; keep one declaration`},
		{"spread declared twice", "scope.ts", "var CORE = [\"A\"];\nvar CORE = [\"B\"];\nconst S = [...CORE];",
			`scope.ts:2:5: "CORE" is declared twice (first at scope.ts:1:5), so the list it holds cannot be told statically; keep one declaration`},
		{"cycle", "scope.ts", "const S = [\"A\", ...B];\nconst B = [...C];\nconst C = [...S];",
			`scope.ts:1:7: "S" is spread into itself (S → B → C → S), so the list has no end; remove the cycle`},
		{"self spread", "scope.ts", `const S = [...S];`,
			`scope.ts:1:7: "S" is spread into itself (S → S), so the list has no end; remove the cycle`},
		{"destructuring", "scope.ts", `const { S } = lists;`,
			`scope.ts:1:9: "S" is bound by destructuring, so its value cannot be told statically; declare it as an array of model names`},
		{"function", "scope.ts", `export function S() { return ["A"]; }`,
			`scope.ts:1:17: "S" is not bound to an array or a Set of strings`},
		{"no value", "scope.ts", `declare const S: Prisma.ModelName[];`,
			`scope.ts:1:15: "S" is declared without a value; assign it an array of model names`},
		{"pushed", "scope.ts", "export const S = [\"A\"];\nif (process.env.BILLING) S.push(\"Invoice\");",
			`scope.ts:2:26: "S" is changed by push() here, so its list cannot be told statically; list every model in its declaration`},
		{"spread source added to", "scope.ts", "const CORE = new Set([\"A\"]);\nCORE.add(\"B\");\nexport const S = [...CORE];",
			`scope.ts:2:1: "CORE" is changed by add() here, so its list cannot be told statically; list every model in its declaration`},
		{"reassigned", "scope.ts", "export let S = [\"A\"];\nS = [...S, \"B\"];",
			`scope.ts:2:1: "S" is assigned again here, so its list cannot be told statically; declare it once with const`},
		{"unclosed", "scope.ts", `const S = ["A",`,
			`scope.ts:1:11: the list bound to "S" is not closed`},
		{"unclosed before more code", "scope.ts", "const S = [\"A\", \"B\"\nconst Y = 1;\n",
			`scope.ts:1:11: the list bound to "S" is not closed`},
		{"syntax error inside", "scope.ts", `const S = ["A", "B" "C"];`,
			`scope.ts:1:17: the declaration of "S" does not parse here; fix the syntax error`},
		{"syntax error naming the symbol", "scope.ts", "const S = [\"A\"];\n#! S = [\"B\"];\n",
			`scope.ts:2:1: the file does not parse here, and this text mentions "S"; fix the syntax error`},
		{"missing symbol beside a grammar gap", "scope.ts", "const rows = await prisma.$queryRaw<Row[]>`SELECT 1`;\nexport const ORG_MODELS = [\"A\"];",
			`scope.ts: no declaration of "S"; declare it as ` + "`export const S = [...]`" + ` or correct the symbol`},
		{"symbol in text that does not parse", "scope.ts", "export const ORG_MODELS = [\"A\"];\n#! const S = [\"B\"];",
			`scope.ts:2:1: the file does not parse here, and no declaration of "S" was found; fix the syntax error`},
		{"declaration that does not parse", "scope.ts", "export const ORG_MODELS = [\"A\"];\nexport const S: = [\"B\"];",
			`scope.ts:2:15: the declaration of "S" does not parse here; fix the syntax error`},
		{"unsupported file", "scope.py", `S = ["A"]`,
			`scope.py: not a TypeScript or JavaScript file; expected one of .ts .mts .cts .tsx .jsx .js .mjs .cjs`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(c.file, []byte(c.src), "S")
			assert.EqualError(t, err, c.want)
		})
	}
}

func TestHostileInputIsRefusedNotFatal(t *testing.T) {
	const n = 20_000
	cases := map[string]struct{ src, want string }{
		"deep parentheses": {"const S = " + strings.Repeat("(", n) + `["A"]` + strings.Repeat(")", n) + ";",
			"the list is nested more than 256 levels deep here; write it flatter"},
		"deep spreads": {"const S = " + strings.Repeat("[...", n) + `["A"]` + strings.Repeat("]", n) + ";",
			"the list is nested more than 256 levels deep here; write it flatter"},
		"deep casts": {"const S = [\"A\"]" + strings.Repeat(" as const", n) + ";",
			"the list is nested more than 256 levels deep here; write it flatter"},
	}
	var chain strings.Builder
	chain.WriteString("const L0 = [\"A\", \"B\"];\n")
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&chain, "const L%d = [...L%d, ...L%d];\n", i, i-1, i-1)
	}
	chain.WriteString("const S = [...L40];\n")
	cases["doubling spreads"] = struct{ src, want string }{chain.String(), "the list grows past 100000 entries here; list each model once"}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Parse("scope.ts", []byte(c.src), "S")
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

func TestLongSpreadChainsResolve(t *testing.T) {
	var b strings.Builder
	b.WriteString("const L0 = [\"M0\"];\n")
	for i := 1; i <= 50; i++ {
		fmt.Fprintf(&b, "const L%d = [...L%d, \"M%d\"];\n", i, i-1, i)
	}
	b.WriteString("export const S = new Set(L50);\n")
	r, err := Parse("scope.ts", []byte(b.String()), "S")
	require.NoError(t, err)
	assert.Len(t, r.Entries, 51)
	assert.True(t, r.Has("M50"))
}
