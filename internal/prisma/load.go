package prisma

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Source is one schema file's name and content.
type Source struct {
	Name string
	Src  []byte
}

// ParseSources parses files that form one schema and resolves them
// together, as Prisma does for a multi-file schema folder.
func ParseSources(srcs []Source) *Schema {
	return Resolve(parseSources(srcs))
}

// parseSources parses each file, as ParseSources does before resolving.
func parseSources(srcs []Source) (files []*File, diags []Diagnostic) {
	for _, s := range srcs {
		if d, ok := notText(s); !ok {
			// Binary or mis-encoded input: one clear error instead of one per
			// line of junk.
			diags = append(diags, d)
			files = append(files, &File{Name: s.Name, Src: s.Src})
			continue
		}
		f, ds := Parse(s.Name, s.Src)
		files = append(files, f)
		diags = append(diags, ds...)
	}
	return files, diags
}

func notText(s Source) (Diagnostic, bool) {
	bad := -1
	what := ""
	if i := bytes.IndexByte(s.Src, 0); i >= 0 {
		bad, what = i, "a NUL byte: this looks like a binary file, not a Prisma schema"
	}
	if !utf8.Valid(s.Src) {
		for i := 0; i < len(s.Src); {
			r, n := utf8.DecodeRune(s.Src[i:])
			if r == utf8.RuneError && n <= 1 {
				if bad < 0 || i < bad {
					bad, what = i, "invalid UTF-8: a Prisma schema must be UTF-8 text"
				}
				break
			}
			i += n
		}
	}
	if bad < 0 {
		return Diagnostic{}, true
	}
	idx := newLineIndex(s.Src[:bad])
	p := idx.pos(bad)
	return Diagnostic{Range: Range{File: s.Name, Start: p, End: p}, Severity: SeverityError, Message: "file contains " + what}, false
}

// ReadFunc reads one file. Schemas under review are read through one that
// refuses special files, links out of the repository and oversized files
// (package repofs); os.ReadFile serves trusted input.
type ReadFunc func(name string) ([]byte, error)

// Load reads the schema at the given paths: each is a .prisma file or a
// folder searched recursively for .prisma files (Prisma's multi-file
// schemas). Everything found forms one schema. The error is for paths that
// cannot be read; problems in the schema itself are its Diagnostics.
func Load(read ReadFunc, paths ...string) (*Schema, error) {
	return LoadParsed(read, nil, paths...)
}

// LoadParsed is Load, handing the files to parsed (when not nil) once
// they are parsed, before they are resolved, with their syntax
// diagnostics: another version of them parsed as an edit of these
// (ParseEdited) can start while they are resolved. The files must only
// be read.
func LoadParsed(read ReadFunc, parsed func(files []*File, syntax []Diagnostic), paths ...string) (*Schema, error) {
	names, err := SchemaFiles(paths...)
	if err != nil {
		return nil, err
	}
	srcs := make([]Source, 0, len(names))
	for _, name := range names {
		b, err := read(name)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, Source{Name: name, Src: b})
	}
	files, diags := parseSources(srcs)
	if parsed != nil {
		// A copy: resolving sorts its diagnostics in place.
		parsed(files, slices.Clone(diags))
	}
	return Resolve(files, diags), nil
}

// SchemaFiles expands paths into the .prisma files they name, folders
// searched recursively and sorted, each file once.
func SchemaFiles(paths ...string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && path != p && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) {
				return filepath.SkipDir
			}
			// A link that leads nowhere (dangling, or a loop) could have
			// been a folder of schema files: it is an error, not nothing.
			if d.Type()&fs.ModeSymlink != 0 {
				if _, err := os.Stat(path); err != nil {
					return err
				}
			}
			if !d.IsDir() && strings.HasSuffix(d.Name(), ".prisma") {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: no .prisma files in this folder", p)
		}
		sort.Strings(found)
		for _, f := range found {
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return out, nil
}
