package rules

import (
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
)

// Memo holds what the passes of every rule over one schema, with one
// configuration, would each compute alike: computed by the first rule that
// asks, read by the others. The tenancy analysis is a fifth of a check of a
// large schema, and three rules ask for it.
type Memo struct {
	tenancy *tenancy
}

// analyzeTenancy is analyzeTenancy, once per memo; a nil memo computes it
// every time.
func (m *Memo) analyzeTenancy(s *prisma.Schema, tc config.TenancyConfig) *tenancy {
	if m == nil {
		return analyzeTenancy(s, tc.Fields, tc.GlobalModels, tc.Configured)
	}
	if m.tenancy == nil {
		m.tenancy = analyzeTenancy(s, tc.Fields, tc.GlobalModels, tc.Configured)
	}
	return m.tenancy
}
