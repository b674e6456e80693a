package rules

// RuleSetVersion is the newest rule-set version this schemalint knows: a
// rule made default after a team pinned `version = N` does not fail that
// team's CI until they move to its version (as buf's config versions do).
const RuleSetVersion = 1

// DefaultIn reports whether r runs by default under rule-set version v
// (0: the latest).
func (r *Rule) DefaultIn(v int) bool {
	since := max(r.Since, 1)
	return v == 0 || since <= v
}

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
		MigrationHistory,
		MigrationDestructive,
		MigrationSchemaQualified,
		MigrationDrift,
		TenantEnumMismatch,
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
