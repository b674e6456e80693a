package rules

// Memo holds what the passes of every rule over one schema, with one
// configuration, would each compute alike: computed by the first rule that
// asks, read by the others. The tenancy analysis is a fifth of a check of a
// large schema, and three rules ask for it.
type Memo struct {
	tenancy *tenancy
}

// cached is t, else the analysis an earlier pass kept (nil if none).
func (m *Memo) cached(t *tenancy) *tenancy {
	if t == nil && m != nil {
		return m.tenancy
	}
	return t
}

// keep keeps t for the passes after this one and returns it.
func (m *Memo) keep(t *tenancy) *tenancy {
	if m != nil {
		m.tenancy = t
	}
	return t
}
