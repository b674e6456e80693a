package prisma

import "maps"

// Subset is the schema of some of s's files, as Resolve would resolve them
// without the others, taken from s instead of resolved again. files must be
// files of s (the same values), in s's order. ok is false when s cannot
// tell: when it has errors, or when the other files could change how these
// resolve (a datasource or generator there, or a field here whose type is
// declared there).
//
// Resolving a declaration reads nothing of the others but the names they
// declare, the datasource's name and the fields of the models its relations
// point to (a relation's opposite side is a field of its target). So when
// no field of files resolves to a declaration outside them, s already holds
// what Resolve(files) would build: the same models, fields, relations and
// indexes, in the same order. The warnings of s in files are kept.
func (s *Schema) Subset(files []*File) (sub *Schema, ok bool) {
	if s.HasErrors() {
		return nil, false
	}
	in := make(map[*File]bool, len(files))
	i := 0
	for _, f := range s.Files {
		switch {
		case i < len(files) && files[i] == f:
			in[f] = true
			i++
		case declaresConfig(f):
			return nil, false
		}
	}
	if i < len(files) {
		return nil, false // not files of s, or not in its order
	}
	// Every datasource and generator is in files.
	sub = &Schema{Files: files, Datasources: s.Datasources, Generators: s.Generators}
	outside := func(fields []*Field) bool {
		for _, f := range fields {
			switch {
			case f.Enum() != nil && !in[f.Enum().File],
				f.Target() != nil && !in[f.Target().File],
				f.Composite() != nil && !in[f.Composite().File]:
				return true
			}
		}
		return false
	}
	for _, m := range s.Models {
		if in[m.File] {
			if outside(m.Fields) {
				return nil, false
			}
			sub.Models = append(sub.Models, m)
		}
	}
	for _, t := range s.Types {
		if in[t.File] {
			if outside(t.Fields) {
				return nil, false
			}
			sub.Types = append(sub.Types, t)
		}
	}
	for _, e := range s.Enums {
		if in[e.File] {
			sub.Enums = append(sub.Enums, e)
		}
	}
	// A schema without errors declares each name once: the subset's names
	// are the schema's less those of the files left out, fewer than those
	// kept (a generated views file beside thousands of models) and cheaper
	// to delete than the kept ones are to insert anew.
	sub.names = maps.Clone(s.names)
	for _, m := range s.Models {
		if !in[m.File] {
			delete(sub.names, m.Name)
		}
	}
	for _, t := range s.Types {
		if !in[t.File] {
			delete(sub.names, t.Name)
		}
	}
	for _, e := range s.Enums {
		if !in[e.File] {
			delete(sub.names, e.Name)
		}
	}
	for _, d := range s.Diagnostics {
		for _, f := range files {
			if d.Range.File == f.Name {
				sub.Diagnostics = append(sub.Diagnostics, d)
				break
			}
		}
	}
	return sub, true
}

// declaresConfig reports whether f has a datasource or generator block.
func declaresConfig(f *File) bool {
	for _, d := range f.Decls {
		if _, ok := d.(*ConfigDecl); ok {
			return true
		}
	}
	return false
}
