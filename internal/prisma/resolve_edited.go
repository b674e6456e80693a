package prisma

import (
	"slices"
	"unsafe"
)

// A base's schema is mostly the working tree's: ParseEdited hands it the
// working tree's own declaration nodes wherever an edit left them alone.
// Resolving such a model gives what resolving it gave in the working tree
// as long as nothing it reads differs, and resolveModel reads, besides the
// declaration, only: the datasource's name (native type attributes), its
// file's flag for bad string escapes, and which kind of declaration each
// field's type names (enum, model or view, composite type). Where the
// working tree resolved without a single diagnostic and those agree, the
// model's fields, relations and indexes are copied from the working
// tree's, their pointers turned to the base's own declarations, instead of
// read again from the attributes. Everything that looks across models is
// still done for the whole base: declaring the names (duplicates),
// `references:` (they name the target's fields) and pairing relations.

// ResolveEdited is Resolve(files, syntax) for the files of a schema that
// share declaration nodes with head's (ParseEdited, File.Renamed): the
// same schema and diagnostics, resolving again only what the edit could
// have changed. Without head, or when head or syntax holds any diagnostic,
// it is Resolve. The result shares with head what holds only syntax
// (defaults, native types), as both share the declaration nodes; it must
// be read, never changed.
func ResolveEdited(files []*File, syntax []Diagnostic, head *Schema) *Schema {
	if head == nil || len(head.Diagnostics) > 0 || len(syntax) > 0 {
		return Resolve(files, syntax)
	}
	return resolve(files, syntax, head)
}

// nativePrefixOf is the prefix of s's native type attributes, as declare
// sets it.
func nativePrefixOf(s *Schema) string {
	if ds := s.Datasource(); ds != nil {
		return ds.Name + "."
	}
	return ""
}

// reused resolves m as r.head resolved the same declaration node, when
// everything resolveModel reads agrees; false, having done nothing, when
// it may not.
func (r *resolver) reused(m *Model) bool {
	hm := r.head.names[m.Name].model
	if hm == nil || hm.Decl != m.Decl || hm.File.badEscapes != m.File.badEscapes {
		return false
	}
	// Without a diagnostic in head, every field declaration gave a field,
	// and every type a kind that is not unknown. A scalar's type names no
	// declaration: only the others are looked up, once.
	targets := r.scratchDecls[:0]
	for _, hf := range hm.Fields {
		var d declared
		switch hf.Kind {
		case EnumField:
			if d = r.s.names[hf.TypeName()]; d.enum == nil {
				return false
			}
		case RelationField:
			if d = r.s.names[hf.TypeName()]; d.model == nil {
				return false
			}
		case CompositeField:
			if d = r.s.names[hf.TypeName()]; d.typ == nil {
				return false
			}
		default:
			continue
		}
		targets = append(targets, d)
	}
	r.scratchDecls = targets
	m.MappedName, m.SchemaName, m.Ignored = hm.MappedName, hm.SchemaName, hm.Ignored
	m.Fields = r.fieldLists.room(len(hm.Fields))
	for _, hf := range hm.Fields {
		f := r.fields.new()
		*f = *hf
		f.owner = unsafe.Pointer(m)
		switch hf.Kind {
		case EnumField:
			f.to, targets = unsafe.Pointer(targets[0].enum), targets[1:]
		case RelationField:
			f.to, targets = unsafe.Pointer(targets[0].model), targets[1:]
		case CompositeField:
			f.to, targets = unsafe.Pointer(targets[0].typ), targets[1:]
		}
		m.addField(f)
	}
	// Relations once every field is there: fields: names any of them.
	for i, hf := range hm.Fields {
		if hf.Relation == nil {
			continue
		}
		f := m.Fields[i]
		rel := r.relations.new()
		*rel = *hf.Relation
		// The opposite and references: are found again for the base.
		rel.Field, rel.Opposite = f, nil
		rel.setReferences(nil)
		if hf.Relation.Fields() != nil {
			keys := r.keyLists.begin()
			for _, k := range hf.Relation.Fields() {
				keys.add(m.Fields[slices.Index(hm.Fields, k)])
			}
			rel.setFields(keys.done())
		}
		f.Relation = rel
		r.relFields = append(r.relFields, f)
	}
	if hm.PrimaryKey != nil {
		m.PrimaryKey = r.reusedIndex(m, hm, hm.PrimaryKey)
	}
	m.Indexes = r.indexLists.room(len(hm.Indexes))
	for _, ix := range hm.Indexes {
		m.Indexes = append(m.Indexes, r.reusedIndex(m, hm, ix))
	}
	return true
}

// reusedIndex is head's index hix of hm, m's declaration as head
// resolved it, for m.
func (r *resolver) reusedIndex(m, hm *Model, hix *Index) *Index {
	ix := r.indexes.new()
	*ix = *hix
	ix.Model = m
	fields := r.indexFields.begin()
	for _, f := range hix.Fields {
		// m's fields are copies of hm's, in order: found by position.
		f.Field = m.Fields[slices.Index(hm.Fields, f.Field)]
		fields.add(f)
	}
	ix.Fields = fields.done()
	return ix
}
