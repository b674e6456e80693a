package rules

import (
	"bytes"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// rereadConstKey reports whether val, a key read from an object's
// properties (`req.query.postId`, maybe cast), is read again from where a
// const of the function took it (`const postId = req.query.postId as
// string`) and that const was checked with the tenant before the call
// (verifiedKey): charmverse's forum upvote,
//
//	const postId = req.query.postId as string;
//	await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId: { in: req.spaceIdRange } } });
//	… prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } })
//
// Both reads give the same value when nothing in between gives the object
// or any property on the path another value, and no property on the path
// is a getter the file declares (readThroughGetter) or another file may
// (getterElsewhere), which runs on each read: no name of the path is a
// property set anywhere before the call or in a loop with it, nor any
// Object.assign (keyWritten), the object's name is not assigned, and no
// object on the path is taken whole under another name (pathAliased). The
// object's name is a parameter or a declaration of the function or one it
// is nested in (boundInFunctions). The const is the one the call sees,
// declared in its function or one it is nested in, with the same object
// in scope.
func (q *queryCheck) rereadConstKey(target *prisma.Model, idName string, val tsparse.Node) bool {
	v := uncast(val)
	if v.Kind() != "member_expression" || !q.call.Valid() || optionalChain(v) {
		return false
	}
	path := splitRowPath(v.Text())
	fn := enclosingFunction(q.call)
	if len(path) < 2 || !fn.Valid() || fn.Kind() == "program" || !bytes.Contains(fn.Tree().Src[fn.Start():q.call.Start()], []byte(path[len(path)-1])) {
		return false
	}
	value := compact(v.Text())
	if reassigned(q.call, path[0], 0) || objectPassed(q.call, path) || pathAliased(q.call, path) || !boundInFunctions(q.call, path[0]) {
		return false
	}
	for _, seg := range path[1:] {
		if keyWritten(q.call, seg) {
			return false
		}
	}
	if readThroughGetter(q.call, path) || q.getterElsewhere(path) {
		return false
	}
	name := ""
	for scope := fn; scope.Valid() && scope.Kind() != "program" && name == ""; scope = enclosingFunction(scope) {
		for _, n := range scopeBindings(scope) {
			if n.Kind() != "variable_declarator" || n.Start() >= q.call.Start() || n.Field("name").Kind() != "identifier" || compact(uncast(n.Field("value")).Text()) != value {
				continue
			}
			held, ok := constBefore(n.Field("name").Text(), q.call)
			if ok && sameNode(held, n.Field("value")) && sameBinding(n, q.call, path[0]) {
				name = n.Field("name").Text()
				break
			}
		}
	}
	return name != "" && q.verifiedKey(target, idName, name, "", tsparse.Node{})
}

// boundInFunctions reports whether name, the root of a path at reads, is
// `this`, or a parameter or a declaration of the function holding at or
// one it is nested in. A module's object, or a global, may have its
// property set by any function the call awaits, or by another request
// meanwhile, where keyWritten never looks.
func boundInFunctions(at tsparse.Node, name string) bool {
	if name == "this" {
		return true
	}
	for f := enclosingFunction(at); f.Valid() && f.Kind() != "program"; f = enclosingFunction(f) {
		if _, found := bindingIn(f, name, at); found || paramBinds(f, name) {
			return true
		}
	}
	return false
}

// pathAliased reports whether an object on path (`req`, `req.query` of
// `req.query.postId`) is used, before at, other than to read a property
// of it: taken under another name (`const q = req.query`, `const { query }
// = req`, `r = req as Req`, `{ req }`, `arguments`) or handed on.
// Through another name the property may be set where its own name never
// shows (`mutate(q)`, `Reflect.set(q, k, v)`), so a second read may give
// another value. A parameter's own declaration is not a use.
func pathAliased(at tsparse.Node, path []string) bool {
	outer, _ := functionChain(at)
	prefixes := objectsOnPath(path)
	return anyNode(outer, func(n tsparse.Node) bool {
		if n.Kind() == "identifier" && n.Text() == "arguments" {
			return mayRunBefore(n, at, outer)
		}
		if n.Kind() != "identifier" && n.Kind() != "member_expression" && n.Kind() != "shorthand_property_identifier" || !mayRunBefore(n, at, outer) || !prefixes[compact(n.Text())] {
			return false
		}
		use := n
		for p := use.Parent(); p.Valid() && sameNode(uncast(p), n); p = use.Parent() {
			use = p
		}
		p := use.Parent()
		switch {
		case p.Kind() == "member_expression" && sameNode(p.Field("object"), use):
			return false
		case n.Kind() == "identifier" && (p.Kind() == "required_parameter" || p.Kind() == "optional_parameter"):
			return false
		}
		return true
	})
}

// getterElsewhere reports whether the first property of path may be a
// getter another file declares (replaceables.getters): `input: PostInput`
// with PostInput imported. A root that is a const of the function is
// readThroughGetter's to judge.
func (q *queryCheck) getterElsewhere(path []string) bool {
	if _, ok := constBefore(path[0], q.call); ok || q.helpers == nil {
		return false
	}
	return q.helpers.replaceable().getters[path[1]]
}

// readThroughGetter reports whether the first property of path (`input`
// of `input.projectId`) may be a getter the file declares, which runs on
// each read and may give another value the second time: the root is a
// const object literal holding `get projectId()`, or is typed with a class
// of the file that declares it; or, with no type to read, some getter of
// that name is declared in the file.
func readThroughGetter(at tsparse.Node, path []string) bool {
	root := at.Tree().Root()
	if len(path) < 2 || !bytes.Contains(root.Tree().Src, []byte("get")) {
		return false
	}
	getterIn := func(n tsparse.Node) bool {
		return anyNode(n, func(m tsparse.Node) bool {
			return m.Kind() == "method_definition" && keyName(m.Field("name")) == path[1] && strings.Contains(memberFlags(m), "g")
		})
	}
	if v, ok := constBefore(path[0], at); ok {
		v = uncast(v)
		return v.Kind() == "object" && getterIn(v) || v.Kind() == "new_expression" && classGetter(root, compact(v.Field("constructor").Text()), getterIn)
	}
	for fn := enclosingFunction(at); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		typ, found := typeOfName(fn, path[0], at.Start())
		if !found {
			continue
		}
		if !typ.Valid() {
			return getterIn(root)
		}
		return classGetter(root, strings.TrimSpace(strings.TrimPrefix(compact(typ.Text()), ":")), getterIn)
	}
	return false
}

// classGetter reports whether the file under root declares the class
// named class and getterIn holds for it.
func classGetter(root tsparse.Node, class string, getterIn func(tsparse.Node) bool) bool {
	return class != "" && anyNode(root, func(n tsparse.Node) bool {
		return n.Kind() == "class_declaration" && n.Field("name").Text() == class && getterIn(n.Field("body"))
	})
}
