package lint

import (
	"bytes"
	"path/filepath"

	"github.com/schemalint/schemalint/internal/tsquery"
)

// A package's code can import a schema's package without its package.json
// saying so: yarn and npm workspaces hoist every workspace package to the
// root's node_modules, so cal.com's trpc, lib and features packages import
// "@calcom/prisma" and declare no dependency on it. Judged by package.json
// alone, their code belonged to no schema and was never read. A package
// whose code names a schema's package in a quoted module specifier is taken
// to depend on it, for all of its files: one of them importing the client
// is enough to show the package can use it, and the others receive it as a
// value (a tRPC handler's ctx.prisma).

// noteImports records, for each package folder, the schemas' package names
// that its files name as a module.
func (o *codeOwners) noteImports(files []tsquery.File) {
	if len(o.projects) <= 1 {
		// One schema owns all the code; nothing to tell apart.
		return
	}
	var names []string
	for _, p := range o.projects {
		if own := o.packages[p]; own != nil && own.Name != "" {
			names = append(names, own.Name)
		}
	}
	if len(names) == 0 {
		return
	}
	o.imports = map[string]map[string]bool{}
	for _, f := range files {
		dir := o.nearestPackageDir(filepath.Dir(o.abs(f.Path)))
		if dir == "" {
			continue
		}
		for _, name := range names {
			if o.imports[dir][name] || !namesModule(f.Src, name) {
				continue
			}
			if o.imports[dir] == nil {
				o.imports[dir] = map[string]bool{}
			}
			o.imports[dir][name] = true
		}
	}
}

// namesModule reports whether src holds name as a quoted module specifier,
// whole or with a subpath: "name", 'name', "name/client".
func namesModule(src []byte, name string) bool {
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte(name))
		if j < 0 {
			return false
		}
		at := i + j
		end := at + len(name)
		i = end
		if at == 0 || end >= len(src) {
			continue
		}
		q := src[at-1]
		if q != '"' && q != '\'' && q != '`' {
			continue
		}
		if src[end] == q || src[end] == '/' {
			return true
		}
	}
}

// importsProject reports whether the package holding file names project's
// package as a module (see noteImports).
func (o *codeOwners) importsProject(file, project string) bool {
	own := o.packages[project]
	if own == nil || own.Name == "" || o.imports == nil {
		return false
	}
	return o.imports[o.nearestPackageDir(filepath.Dir(file))][own.Name]
}

// nearestPackageDir is the folder of the nearest package.json at or above
// dir, "" when there is none under the root.
func (o *codeOwners) nearestPackageDir(dir string) string {
	for d := dir; within(d, o.root); d = filepath.Dir(d) {
		if o.packages[d] != nil {
			return d
		}
		if d == o.root || filepath.Dir(d) == d {
			break
		}
	}
	return ""
}
