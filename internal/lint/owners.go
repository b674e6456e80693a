package lint

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/rules"
)

// codeOwners says which schema's Prisma client a code file can import, so
// that in a repository holding several schemas each file is judged against
// its own schema, not against every schema whose delegate names it happens
// to use. A schema serves a project: the folder of the nearest package.json
// at or above it, else the folder holding its prisma folder. A file belongs,
// in this order, to
//   - the only project, when the repository has one schema;
//   - the deepest project whose folder holds it;
//   - the projects whose package its own package (nearest package.json)
//     depends on: apps importing a shared database package; or whose
//     package its package's code imports without declaring it (hoisted
//     workspaces, see noteImports);
//   - no project, when it is in a package that depends on none of them;
//   - every project, when it is in no package: nothing tells which client
//     it imports, so it is judged against each, a finding once.
//
// Of the schemas serving one project, those whose client it imports judge
// it, or all of them when it imports none (see noteClients).
type codeOwners struct {
	root string
	// projects are the project folders of the repository's schemas, and
	// dirs those schemas' folders.
	projects []string
	dirs     []string
	// packages are the readable package.json files, by folder.
	packages map[string]*packageJSON
	// findings are the package.json files that could not be read.
	findings []rules.Diagnostic
	// imports are the schemas' package names each package's code names
	// as a module, by package folder (see noteImports).
	imports map[string]map[string]bool
	// abs is paths.Abs for the files judged.
	abs func(string) string
	// folders are the schema folders of each project served by several,
	// clients where each of those folders' client is generated, and
	// imported the clients each file of theirs imports (see noteClients).
	folders  map[string][]string
	clients  map[string]*schemaClient
	imported map[string]fileClients
}

type packageJSON struct {
	Name                 string            `json:"name"`
	Dependencies         map[string]string `json:"dependencies"`
	DevDependencies      map[string]string `json:"devDependencies"`
	PeerDependencies     map[string]string `json:"peerDependencies"`
	OptionalDependencies map[string]string `json:"optionalDependencies"`
}

func (p *packageJSON) dependsOn(name string) bool {
	for _, deps := range []map[string]string{p.Dependencies, p.DevDependencies, p.PeerDependencies, p.OptionalDependencies} {
		if _, ok := deps[name]; ok {
			return true
		}
	}
	return false
}

// newCodeOwners reads the package.json files met on the walk under root;
// schemaDirs are the folders holding .prisma files.
func newCodeOwners(read func(string) ([]byte, error), root string, schemaDirs, packageFiles []string) *codeOwners {
	o := &codeOwners{root: paths.Abs(root), packages: map[string]*packageJSON{}, abs: paths.Abser()}
	for _, p := range packageFiles {
		src, err := read(p)
		var pkg packageJSON
		if err == nil {
			err = json.Unmarshal(src, &pkg)
		}
		if err != nil {
			o.findings = append(o.findings, rules.Diagnostic{Rule: InputRule, Severity: severity.Warning,
				Range:   prisma.Range{File: p, Start: prisma.Pos{Line: 1, Col: 1}, End: prisma.Pos{Line: 1, Col: 1}},
				Message: fmt.Sprintf("cannot read this package.json (%v), so which schema its code uses is guessed from folders; fix it", err)})
			continue
		}
		o.packages[filepath.Dir(paths.Abs(p))] = &pkg
	}
	for _, d := range schemaDirs {
		o.dirs = append(o.dirs, paths.Abs(d))
		if p := o.project(d); !slices.Contains(o.projects, p) {
			o.projects = append(o.projects, p)
		}
	}
	return o
}

// within reports whether p is dir or lies below it.
func within(p, dir string) bool { return paths.Inside(dir, p) }

// project is the folder whose code a schema in dir serves.
func (o *codeOwners) project(dir string) string {
	dir = paths.Abs(dir)
	for d := dir; within(d, o.root); d = filepath.Dir(d) {
		if o.packages[d] != nil {
			return d
		}
		if d == o.root || filepath.Dir(d) == d {
			break
		}
	}
	// prisma/schema/*.prisma and prisma/schema.prisma serve the folder
	// holding prisma.
	if filepath.Base(dir) == "schema" && filepath.Base(filepath.Dir(dir)) == "prisma" {
		dir = filepath.Dir(dir)
	}
	if filepath.Base(dir) == "prisma" {
		dir = filepath.Dir(dir)
	}
	return dir
}

// ownerIn returns the test of whether the schema in folder dir can be the
// one whose client a file imports, and whether a schema of another project
// can be too; the schema's project is found once for all the files.
func (o *codeOwners) ownerIn(dir string) func(file string) (owns, shared bool) {
	project := ""
	if dir != "" {
		project = o.project(dir)
	}
	projects := o.projects
	if !slices.Contains(projects, project) {
		projects = append(slices.Clip(projects), project)
	}
	absDir := paths.Abs(dir)
	return func(file string) (owns, shared bool) {
		file = o.abs(file)
		owners := o.owners(projects, file)
		owns = slices.Contains(owners, project) && o.ownsByClient(project, absDir, file)
		return owns, len(owners) > 1
	}
}

// owners are the projects whose client file can import.
func (o *codeOwners) owners(projects []string, file string) []string {
	if len(projects) <= 1 {
		return projects
	}
	deepest := ""
	for _, p := range projects {
		if within(file, p) && len(p) > len(deepest) {
			deepest = p
		}
	}
	if deepest != "" {
		return []string{deepest}
	}
	pkg := o.nearestPackage(filepath.Dir(file))
	if pkg == nil {
		return projects
	}
	var out []string
	for _, p := range projects {
		if own := o.packages[p]; own != nil && own.Name != "" && (pkg.dependsOn(own.Name) || o.importsProject(file, p)) {
			out = append(out, p)
		}
	}
	return out
}

func (o *codeOwners) nearestPackage(dir string) *packageJSON {
	for d := dir; within(d, o.root); d = filepath.Dir(d) {
		if pkg := o.packages[d]; pkg != nil {
			return pkg
		}
		if d == o.root || filepath.Dir(d) == d {
			break
		}
	}
	return nil
}

// schemaDir is the folder of schema s's first file.
func schemaDir(s *prisma.Schema) string {
	for _, f := range s.Files {
		if f != nil && f.Name != "" && strings.HasSuffix(f.Name, ".prisma") {
			return filepath.Dir(f.Name)
		}
	}
	return ""
}
