package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// createdDestructured reports whether value is the key idName of a row that
// a create on delegate, earlier in a function the call is in, returned and
// that was bound by destructuring: `const { oAuthApp, ...app } = await
// prisma.integration.create(…)` makes `app.id` the new row's (the rest holds
// every field the pattern does not name), and `const { id: appId } = …`
// or `const { id } = …` make `appId` or `id` its key. A create cannot leave
// out a required tenant field.
//
// The create must run on the client of judged, the Prisma call the row's
// key is judged for (createdOnClientOf).
func createdDestructured(call, judged tsparse.Node, value, delegate, idName string) bool {
	// `\b(?:const|let)\s*\{…`, tried where such a declaration starts.
	created := `^(?:const|let)\s*\{([^{}=]*)\}\s*=\s*` + createdValue(delegate)
	for fn := enclosingFunction(call); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		src := fn.Tree().Src[fn.Start():call.Start()]
		if !mayCreate(src, delegate) {
			continue
		}
		for _, m := range findAllAt(created, src, keywordsAt(src, []string{"const", "let"}, followedBy('{'))) {
			// A let's name given another value since holds no key
			// of the row.
			if patternBindsKey(string(src[m[2]:m[3]]), value, idName) && !reassigned(call, splitRowPath(value)[0], fn.Start()+m[0]) && declarationHolds(fn.Tree(), fn.Start()+m[0], fn.Start()+m[1], call) && createdByClientOf(fn.Tree(), fn.Start()+m[0], fn.Start()+m[1], judged) {
				return true
			}
		}
	}
	return false
}

// patternBindsKey reads the entries of an object pattern (without its
// braces) for one that binds the row's idName to value.
func patternBindsKey(pattern, value, idName string) bool {
	rest, named := "", false
	for _, e := range strings.Split(pattern, ",") {
		e = strings.TrimSpace(e)
		key, name, renamed := strings.Cut(e, ":")
		key, name = strings.TrimSpace(key), strings.TrimSpace(name)
		switch {
		case strings.HasPrefix(e, "..."):
			rest = strings.TrimSpace(e[3:])
		case key == idName && !renamed:
			named = true
			if value == idName {
				return true
			}
		case key == idName:
			named = true
			if value == name {
				return true
			}
		}
	}
	if rest == "" || named {
		return false
	}
	v := strings.NewReplacer("?.", ".", "!.", ".").Replace(value)
	return v == rest+"."+idName
}
