package lint

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// Schemas can share a project: an nx monorepo has one package.json at its
// root, so amplication's server, gpt-gateway, catalog and plugin-api
// schemas all served the root, and each judged the others' code. Their
// code is told apart by the client it imports: a schema whose client
// generator has an `output` owns the files importing a module inside that
// folder, and the schemas of the project generating to the default place
// own the files importing "@prisma/client". A file importing no client of
// the project (a local prisma.service, a re-export, a path alias) is
// judged against every schema of the project, as before.

// schemaClient is where one schema folder's Prisma client is generated.
type schemaClient struct {
	// outputs are the absolute folders of its client generators' outputs.
	outputs []string
	// byDefault is set when "@prisma/client" is its client: a client
	// generator without output, or no client generator at all.
	byDefault bool
	// unknown is set when an output could not be read (env("…"), a
	// schema that cannot be read): its code cannot be told apart, so it
	// judges every file of its project.
	unknown bool
}

// fileClients are the clients of shared projects a file imports.
type fileClients struct {
	// dirs are the schema folders whose output the file imports from.
	dirs []string
	// byDefault is set when it imports "@prisma/client".
	byDefault bool
}

// noteClients reads, for each project served by two or more schema
// folders, where each folder's client is generated, and which of those
// clients each code file imports. schemaFiles are the .prisma files met on
// the walk.
func (o *codeOwners) noteClients(read func(string) ([]byte, error), schemaFiles []string, files []tsquery.File) {
	byDir := map[string][]string{}
	var dirs []string
	for _, f := range schemaFiles {
		d := filepath.Dir(o.abs(f))
		if byDir[d] == nil {
			dirs = append(dirs, d)
		}
		byDir[d] = append(byDir[d], f)
	}
	byProject := map[string][]string{}
	for _, d := range dirs {
		p := o.project(d)
		byProject[p] = append(byProject[p], d)
	}
	o.clients = map[string]*schemaClient{}
	o.folders = map[string][]string{}
	for p, ds := range byProject {
		if len(ds) < 2 {
			continue
		}
		o.folders[p] = ds
		for _, d := range ds {
			c := readClient(read, byDir[d])
			for i, out := range c.outputs {
				c.outputs[i] = o.abs(out)
			}
			o.clients[d] = c
		}
	}
	if len(o.clients) == 0 {
		return
	}
	// Only the files naming a client can import one: the others are not
	// parsed again.
	needles := [][]byte{[]byte("@prisma/client"), []byte(".prisma/client")}
	for _, c := range o.clients {
		for _, out := range c.outputs {
			needles = append(needles, []byte(filepath.Base(out)))
		}
	}
	var named []tsquery.File
	for _, f := range files {
		for _, n := range needles {
			if bytes.Contains(f.Src, n) {
				named = append(named, f)
				break
			}
		}
	}
	// A file tree-sitter cannot parse imports no client known here, so
	// every schema of its project judges it.
	specs, _ := tsquery.Each(named, moduleSpecifiers)
	o.imported = map[string]fileClients{}
	for i, f := range named {
		file := o.abs(f.Path)
		var fc fileClients
		for _, spec := range specs[i] {
			if isDefaultClient(spec) {
				fc.byDefault = true
				continue
			}
			if !strings.HasPrefix(spec, "./") && !strings.HasPrefix(spec, "../") {
				continue
			}
			target := trimExtension(filepath.Join(filepath.Dir(file), filepath.FromSlash(spec)))
			for d, c := range o.clients {
				if !slices.Contains(fc.dirs, d) && slices.ContainsFunc(c.outputs, func(out string) bool { return within(target, out) }) {
					fc.dirs = append(fc.dirs, d)
				}
			}
		}
		if fc.byDefault || len(fc.dirs) > 0 {
			o.imported[file] = fc
		}
	}
}

// readClient reads where the schema made of files generates its client.
func readClient(read func(string) ([]byte, error), files []string) *schemaClient {
	var srcs []prisma.Source
	for _, f := range files {
		src, err := read(f)
		if err != nil {
			return &schemaClient{unknown: true}
		}
		srcs = append(srcs, prisma.Source{Name: f, Src: src})
	}
	c := &schemaClient{}
	clients := 0
	for _, g := range prisma.ParseSources(srcs).Generators {
		switch g.Provider {
		case "prisma-client-js", "prisma-client":
		case "":
			c.unknown = true // env("…"): it may be a client
			continue
		default:
			continue
		}
		clients++
		p := g.Property("output")
		if p == nil {
			c.byDefault = true
			continue
		}
		lit, ok := p.Value.(*prisma.StringLit)
		if !ok || lit.Value == "" || g.File == nil {
			c.unknown = true
			continue
		}
		dir := lit.Value
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(filepath.Dir(g.File.Name), dir)
		}
		c.outputs = append(c.outputs, dir)
	}
	if clients == 0 {
		c.byDefault = true
	}
	return c
}

// ownsByClient reports whether the schema in folder dir, sharing project
// with other schemas, can be the one whose client file imports: file
// imports its client, or no client of the project's schemas.
func (o *codeOwners) ownsByClient(project, dir, file string) bool {
	folders := o.folders[project]
	c := o.clients[dir]
	if c == nil || c.unknown || !slices.Contains(folders, dir) {
		return true
	}
	fc, ok := o.imported[file]
	if !ok {
		return true
	}
	imports := func(d string) bool {
		return slices.Contains(fc.dirs, d) || fc.byDefault && o.clients[d].byDefault
	}
	if !slices.ContainsFunc(folders, imports) {
		return true
	}
	return imports(dir)
}

// isDefaultClient reports whether spec is the client generated to the
// default place. Its runtime and extension helpers are not: every client,
// wherever generated, shares them ("@prisma/client/runtime/library" for
// an error class).
func isDefaultClient(spec string) bool {
	for _, m := range []string{"@prisma/client", ".prisma/client"} {
		if spec == m {
			return true
		}
		if sub, ok := strings.CutPrefix(spec, m+"/"); ok {
			top, _, _ := strings.Cut(sub, "/")
			return !sharedRuntime[top]
		}
	}
	return false
}

var sharedRuntime = map[string]bool{"runtime": true, "extension": true, "scripts": true, "generator-build": true}

// trimExtension drops a script extension: "./client.js" names ./client.
func trimExtension(p string) string {
	for _, ext := range []string{".d.ts", ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"} {
		if strings.HasSuffix(p, ext) {
			return strings.TrimSuffix(p, ext)
		}
	}
	return p
}

// moduleSpecifiers are the modules a file imports, re-exports, requires
// or imports dynamically, types included: a type import shows which
// schema's client the file speaks of.
func moduleSpecifiers(tree *tsparse.Tree) []string {
	var out []string
	add := func(n tsparse.Node) {
		if n.Valid() && n.Kind() == "string" {
			out = append(out, tsparse.Unescape(strings.Trim(n.Text(), "\"'")))
		}
	}
	tree.Walk(func(n tsparse.Node) bool {
		switch n.Kind() {
		case "import_statement", "export_statement", "import_require_clause":
			add(n.Field("source"))
		case "call_expression":
			fn := n.Field("function")
			if fn.Kind() == "import" || fn.Kind() == "identifier" && fn.Text() == "require" {
				if args := n.Field("arguments").NamedChildren(); len(args) > 0 {
					add(args[0])
				}
			}
		}
		return true
	})
	return out
}
