package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
)

// TenantFieldNames lists the names by which the tenancy rules would
// recognise a tenant field in s: every scalar field of the models they
// judge, by field name, column name and column name in snake case.
// A configured tenant field missing from it is carried by no model.
func TenantFieldNames(s *prisma.Schema) map[string]bool {
	names := map[string]bool{}
	for _, m := range tenantModels(s) {
		for _, f := range m.Fields {
			if f.Kind == prisma.ScalarField {
				names[f.Name()] = true
				names[f.ColumnName()] = true
			}
		}
	}
	return names
}

// CarriesTenantField reports whether name, as configured in tenancy.fields,
// names a field in names (from TenantFieldNames), the way analyzeTenancy
// matches it: by itself or in snake case.
func CarriesTenantField(names map[string]bool, name string) bool {
	return names[name] || names[snakeCase(name)]
}
