package lint

import (
	"errors"
	"fmt"
	"slices"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/tsquery"
	"github.com/schemalint/schemalint/rules"
)

// The rules stage: which rules run, with which severity and options, and
// running them on one schema root.

type selectedRule struct {
	rule     *rules.Rule
	options  any
	severity severity.Severity
}

// selectRules applies the configuration (enabled, severity, options) and
// --rule to the registry.
func selectRules(cfg *config.Config, only []string) ([]selectedRule, error) {
	for _, id := range only {
		if rules.Lookup(id) == nil {
			return nil, &InputError{Err: fmt.Errorf("unknown rule %q; run `schemalint rules` for the list", id)}
		}
	}
	if cfg.Version > rules.RuleSetVersion {
		return nil, &InputError{Err: &config.Error{Range: cfg.VersionRange,
			Message: fmt.Sprintf("version %d is newer than this schemalint knows (%d); upgrade schemalint, or write version = %d", cfg.Version, rules.RuleSetVersion, rules.RuleSetVersion)}}
	}
	var out []selectedRule
	for _, r := range rules.All() {
		if len(only) > 0 && !slices.Contains(only, r.Name) {
			continue
		}
		sr := selectedRule{rule: r, severity: r.Severity}
		rc := cfg.Rules[r.Name]
		enabled := rc != nil && rc.Enabled != nil && *rc.Enabled
		if len(only) == 0 && !enabled && !r.DefaultIn(cfg.Version) {
			continue // newer than the rule set the configuration pins
		}
		if rc != nil {
			if rc.Enabled != nil && !*rc.Enabled && len(only) == 0 {
				continue
			}
			if rc.Severity != nil {
				sr.severity = *rc.Severity
			}
		}
		opts, err := rules.DecodeOptions(r, rc)
		if err != nil {
			return nil, &InputError{Err: err}
		}
		sr.options = opts
		out = append(out, sr)
	}
	return out, nil
}

// checkRuleOptions decodes the options of every rule block, not only of
// the rules that run: a misspelt option of a rule left out by --rule or
// enabled = false is still a mistake in the file, and would go unnoticed
// until the day the rule runs.
func checkRuleOptions(cfg *config.Config) error {
	all := &config.Errors{}
	for _, r := range rules.All() {
		rc := cfg.Rules[r.Name]
		if rc == nil {
			continue
		}
		_, err := rules.DecodeOptions(r, rc)
		var many *config.Errors
		var one *config.Error
		switch {
		case err == nil:
		case errors.As(err, &many):
			all.List = append(all.List, many.List...)
		case errors.As(err, &one):
			all.List = append(all.List, one)
		default:
			return err
		}
	}
	return all.Err()
}

// rules runs the selected rules on one root, after its analysis: first
// those that do not read the base, while the base is still read and
// parsed beside them, then, once it is there, those that do.
func (run *rootRun) rules(c *checkedRoot, shared []*prisma.Schema) {
	run.code.checks(c.target.Schema)
	f := run.analyse(c, shared)
	run.judge(c, f, false)
	run.waitBase(c)
	if c.err != nil {
		return
	}
	run.analyseBase(c, f)
	run.judge(c, f, true)
}

// judge runs the selected rules that read the base (base), or the others.
func (run *rootRun) judge(c *checkedRoot, f *facts, base bool) {
	for _, sr := range run.selected {
		if readsBase(sr.rule) != base || !c.runs(sr) {
			continue
		}
		markRan(c.ran, c.files, sr.rule.Name)
		pass := rules.NewPass(sr.rule, c.target.Schema, run.cfg, sr.options, sr.severity, func(d rules.Diagnostic) {
			c.diags = append(c.diags, d)
		})
		pass.ResultOf = f.resultOf
		pass.Views = c.target.Views
		pass.Generated = c.generated
		pass.Registry = run.registry
		pass.Tenant = c.tenant
		pass.Shared = f.shared
		if c.wantsPrismaMigrations(sr) {
			pass.PrismaMigrations = f.prismaMigrations
		}
		if c.wantsPrismaHistory(sr) {
			pass.PrismaHistory = f.prismaHistory
		}
		rule := sr.rule.Name
		pass.Code = func(s *prisma.Schema) []tsquery.File {
			files, err := run.code.files(s)
			if err != nil && c.codeErr == nil {
				c.codeErr = err
			}
			for _, f := range files {
				markRan(c.ran, []string{f.Path}, rule)
			}
			return files
		}
		pass.Packages = run.code.packageFiles
		pass.Unjudged = run.code.unjudgedFile
		if sr.rule.NeedsBase {
			pass.Base, pass.BaseViews = c.baseSchema, c.baseViews
			pass.Migrations = f.changeMigrations
		}
		sr.rule.Run(pass)
	}
}
