package cli

import (
	"fmt"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/rules"
)

// ruleSetNote says which rule set a run applied when schemalint.hcl pins
// none: the latest, so a default rule added by a later schemalint fails
// this CI the day it is upgraded. A run without schemalint.hcl gets no
// note: there is no file to write the version in, and `schemalint init`
// writes one that carries it.
func ruleSetNote(e *env, cfg *config.Config) string {
	if cfg.Path == "" || cfg.Version != 0 {
		return ""
	}
	return fmt.Sprintf("%s sets no version, so the latest rule set (%d) applies; add version = %d to pin it",
		displayPath(e.dir, cfg.Path), rules.RuleSetVersion, rules.RuleSetVersion)
}
