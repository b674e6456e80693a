package rules

import (
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
)

// NewPass prepares a run of r on schema; report receives its findings.
func NewPass(r *Rule, schema *prisma.Schema, cfg *config.Config, options any, severity severity.Severity, report func(Diagnostic)) *Pass {
	return &Pass{Rule: r, Schema: schema, Config: cfg, Options: options, severity: severity, report: report}
}

// DecodeOptions reads a rule's options from its `rule "<id>" { … }` block;
// anything the rule does not define is an error at its position.
func DecodeOptions(r *Rule, rc *config.RuleConfig) (any, error) {
	var opts any = &struct{}{}
	if r.NewOptions != nil {
		opts = r.NewOptions()
	}
	if err := rc.DecodeOptions(opts); err != nil {
		return nil, err
	}
	return opts, nil
}
