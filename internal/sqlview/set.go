package sqlview

// Set keeps the latest definition of each view, in first-seen order:
// files apply in the order given (migrations in folder order, then the
// views/ files, which win).
type Set struct {
	byName map[string]*View
	order  []string
	seen   map[string]bool // in order: a dropped view keeps its place
}

// NewSet returns an empty set.
func NewSet() *Set {
	return &Set{byName: map[string]*View{}, seen: map[string]bool{}}
}

// Apply applies the CREATE VIEW and DROP VIEW statements of f.
func (s *Set) Apply(f *File) {
	if f == nil {
		return
	}
	// Statements apply in file order: DROP VIEW then CREATE VIEW in one
	// migration leaves the view defined.
	views, drops := f.Views, f.Drops
	for len(views) > 0 || len(drops) > 0 {
		if len(drops) == 0 || (len(views) > 0 && views[0].Range.Start.Offset < drops[0].Range.Start.Offset) {
			v := views[0]
			views = views[1:]
			key := Key(v.Schema, v.Name)
			if !s.seen[key] {
				s.seen[key] = true
				s.order = append(s.order, key)
			}
			s.byName[key] = v
			continue
		}
		delete(s.byName, Key(drops[0].Schema, drops[0].Name))
		drops = drops[1:]
	}
}

// List is the views defined, in first-seen order.
func (s *Set) List() []*View {
	var views []*View
	for _, k := range s.order {
		if v := s.byName[k]; v != nil {
			views = append(views, v)
		}
	}
	return views
}

// Key names a view for precedence. An unqualified name is the one in
// "public", where Prisma's migrations and views/ files put it unless the
// connection says otherwise: CREATE VIEW "V" and CREATE OR REPLACE VIEW
// public."V" define one view.
func Key(schema, name string) string {
	if schema == "" {
		schema = "public"
	}
	return schema + "." + name
}
