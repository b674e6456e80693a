package lint

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/hashicorp/hcl/v2"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/rules"
)

// Nothing the configuration names passes silently: a glob that matches no
// file, or a name that is on no model, is said out loud. A setting whose
// mistake leaves a rule judging nothing (a tenant field no model carries)
// is an error at its place in the file; one whose mistake only leaves
// something unused (an ignore path, an exclude, an SQL glob, a global
// model) is a warning line naming its place.

// glob expands an absolute doublestar pattern, failing on a folder it
// cannot read rather than skipping it as if it held nothing. what names
// the setting in the error ("the SQL glob").
func glob(pattern, what string) ([]string, error) {
	matches, err := doublestar.FilepathGlob(pattern, doublestar.WithFailOnIOErrors())
	var pe *fs.PathError
	if errors.As(err, &pe) {
		// The path is relative to the pattern's fixed prefix.
		base, _ := doublestar.SplitPattern(filepath.ToSlash(filepath.Clean(pattern)))
		return nil, fmt.Errorf("%s: cannot read: %v, under %s %q; make it readable or remove it", filepath.Join(filepath.FromSlash(base), filepath.FromSlash(pe.Path)), pe.Err, what, pattern)
	}
	if err != nil {
		return nil, fmt.Errorf("%s %q: %v", what, pattern, err)
	}
	return matches, nil
}

// at renders where a setting is, or the file alone when it has no range.
func at(cfg *config.Config, ranges []hcl.Range, i int) string {
	if i < len(ranges) {
		r := ranges[i]
		return fmt.Sprintf("%s:%d:%d", r.Filename, r.Start.Line, r.Start.Column)
	}
	return cfg.Path
}

// settingError is an error at a setting, located when the file says where.
func settingError(cfg *config.Config, ranges []hcl.Range, i int, msg string) error {
	if i < len(ranges) {
		return &config.Error{Range: ranges[i], Message: msg}
	}
	return fmt.Errorf("%s: %s", cfg.Path, msg)
}

// checkTenancyNames reports each tenant field written in the file that no
// model of the checked schemas carries (an error: every tenancy rule would
// judge nothing by it) and each global model that is no model (a warning).
func checkTenancyNames(cfg *config.Config, targets []*Target, res *Result) error {
	tc := cfg.Tenancy
	if !tc.Configured || len(targets) == 0 {
		return nil
	}
	fields := map[string]bool{}
	models := map[string]bool{}
	for _, t := range targets {
		for name := range rules.TenantFieldNames(t.Schema) {
			fields[name] = true
		}
		for _, m := range t.Schema.Models {
			models[m.Name] = true
		}
	}
	errs := &config.Errors{}
	for i, f := range tc.Fields {
		if i >= len(tc.FieldRanges) || rules.CarriesTenantField(fields, f) {
			continue // a default, not written in the file
		}
		msg := fmt.Sprintf("tenant field %q is on no model", f)
		if s := config.Suggest(f, sortedKeys(fields)); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		} else {
			msg += "; list the field your tenant-scoped models carry, or remove it"
		}
		errs.Add(tc.FieldRanges[i], msg)
	}
	for i, m := range tc.GlobalModels {
		if models[m] {
			continue
		}
		msg := fmt.Sprintf("global model %q is not a model of the schema", m)
		if s := config.Suggest(m, sortedKeys(models)); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		} else {
			msg += "; remove it"
		}
		res.Notes = append(res.Notes, at(cfg, tc.GlobalModelRanges, i)+": "+msg)
	}
	return errs.Err()
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
