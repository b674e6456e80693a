package rules

// All returns every rule, in the order they are documented.
func All() []*Rule {
	return []*Rule{
		ViewSensitiveField,
		TenantIndexMissing,
		TenantUnscopedModel,
		TenantUniqueGlobal,
		TenantQueryUnscoped,
		ProviderCapability,
		ViewsOutOfDate,
		ViewColumnRemoved,
		EnumValueOrder,
	}
}

// Lookup returns the rule named name, or nil.
func Lookup(name string) *Rule {
	for _, r := range All() {
		if r.Name == name {
			return r
		}
	}
	return nil
}

// Names lists the ids of every rule.
func Names() []string {
	var out []string
	for _, r := range All() {
		out = append(out, r.Name)
	}
	return out
}
