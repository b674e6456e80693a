package rules

// Shared holds what the passes of every rule over one schema, with one
// configuration, would each compute alike: computed by the first rule that
// asks, read by the others. The tenancy analysis is a fifth of a check of a
// large schema, and three rules ask for it.
type Shared struct {
	tenancy *tenancy
}
