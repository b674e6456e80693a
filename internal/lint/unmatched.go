package lint

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"sort"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/hashicorp/hcl/v2"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
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
		return nil, fmt.Errorf("%s: cannot read: %v, under %s %q; make it readable, or narrow the glob so that it does not cross it", filepath.Join(filepath.FromSlash(base), filepath.FromSlash(pe.Path)), pe.Err, what, pattern)
	}
	if err != nil {
		return nil, fmt.Errorf("%s %q: %v", what, pattern, err)
	}
	return matches, nil
}

// at renders where a setting is, or the file alone when it has no range.
func at(cfg *config.Config, ranges []hcl.Range, i int) string {
	if i < len(ranges) {
		return config.Pos(ranges[i])
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

// schemaNames are what checkTenancyNames reads of one schema: the fields
// its tenant-scoped models carry (rules.TenantFieldNames), its models, and
// why each membership model it has cannot be one (rules.MembershipProblems).
type schemaNames struct {
	fields     map[string]bool
	models     []string
	membership map[string]string
}

func namesOf(s *prisma.Schema, tc config.TenancyConfig) *schemaNames {
	n := &schemaNames{fields: rules.TenantFieldNames(s), membership: rules.MembershipProblems(s, tc)}
	for _, m := range s.Models {
		n.models = append(n.models, m.Name)
	}
	return n
}

// checkTenancyNames reports each tenant field written in the file that no
// model of the checked schemas carries (an error: every tenancy rule would
// judge nothing by it) and each global model that is no model (a warning).
// Schemas given as arguments are a part of the repository, whose other
// schemas may carry the other fields: then only a run where no field at
// all is carried is an error. names are those of the schemas checked but
// the tenant schemas; checked is how many schemas were, these included.
func checkTenancyNames(cfg *config.Config, names []*schemaNames, checked int, explicit bool, res *Result) error {
	tc := cfg.Tenancy
	if !tc.Configured || checked == 0 {
		return nil
	}
	fields := map[string]bool{}
	models := map[string]bool{}
	for _, n := range names {
		for name := range n.fields {
			fields[name] = true
		}
		for _, m := range n.models {
			models[m] = true
		}
	}
	someCarried := false
	if explicit {
		for _, f := range tc.Fields {
			someCarried = someCarried || rules.CarriesTenantField(fields, f)
		}
	}
	errs := &config.Errors{}
	for i, f := range tc.Fields {
		if someCarried || i >= len(tc.FieldRanges) || rules.CarriesTenantField(fields, f) {
			continue // carried, another schema's, or a default not written in the file
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
		if explicit || models[m] {
			continue
		}
		res.Notes = append(res.Notes, at(cfg, tc.GlobalModelRanges, i)+": "+notAModel("global model", m, models))
	}
	checkMembershipModels(cfg, names, models, explicit, errs)
	return errs.Err()
}

// checkMembershipModels reports each membership model that no checked
// schema has as a membership: one that is no model, carries no tenant
// field, or names no user would prove tenants by lookups that prove
// nothing, so it is an error, as a tenant field on no model is. Schemas
// given as arguments are a part of the repository: a name none of them
// has may be another schema's.
func checkMembershipModels(cfg *config.Config, names []*schemaNames, models map[string]bool, explicit bool, errs *config.Errors) {
	q := cfg.Tenancy.Queries
	for i, m := range q.MembershipModels {
		if i >= len(q.MembershipRanges) {
			continue
		}
		problem, found := "", false
		for _, n := range names {
			p, has := n.membership[m]
			if has && p == "" {
				found, problem = true, ""
				break
			}
			if has {
				found, problem = true, p
			}
		}
		switch {
		case found && problem == "":
		case found:
			errs.Add(q.MembershipRanges[i], fmt.Sprintf("membership model %q %s; name the model whose rows hold a tenant's key and a user's, or remove it", m, problem))
		case !explicit:
			errs.Add(q.MembershipRanges[i], notAModel("membership model", m, models))
		}
	}
}

// notAModel says that the setting's name m is not one of models, with the
// nearest model's name if one is near.
func notAModel(setting, m string, models map[string]bool) string {
	msg := fmt.Sprintf("%s %q is not a model of the schema", setting, m)
	if s := config.Suggest(m, sortedKeys(models)); s != "" {
		return msg + fmt.Sprintf("; did you mean %q?", s)
	}
	return msg + "; remove it"
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// matchesSomething reports whether pattern (relative to the configuration)
// matches one of the files read, or else any file on disk: an ignore path
// for a schema this run did not check is not stale.
func matchesSomething(cfg *config.Config, pattern string, read []string) bool {
	for _, name := range read {
		if ok, _ := doublestar.Match(pattern, name); ok {
			return true
		}
	}
	matches, _ := doublestar.FilepathGlob(filepath.Join(cfg.Dir, pattern))
	return len(matches) > 0
}

// warnUnmatched adds a warning for each ignore path and configured SQL
// glob that matches no file.
func warnUnmatched(cfg *config.Config, res *Result) {
	if cfg.Path == "" {
		return
	}
	// The files read, listed when a glob is to be matched: with the
	// application's code that is thousands of paths made relative.
	var read []string
	list := func() []string {
		if read == nil {
			for name := range res.Sources {
				read = append(read, cfg.Rel(name))
			}
			read = append(read, cfg.Rel(cfg.Path))
			sort.Strings(read)
		}
		return read
	}
	for _, ig := range cfg.Ignores {
		for i, p := range ig.Paths {
			if !matchesSomething(cfg, p, list()) {
				res.Notes = append(res.Notes, fmt.Sprintf("%s: ignore path %q matches no file; fix the glob, or remove it", at(cfg, ig.PathRanges, i), p))
			}
		}
	}
	for _, s := range []struct {
		what     string
		patterns []string
		ranges   []hcl.Range
		defaults []string
	}{
		{"sql views", cfg.SQL.Views, cfg.SQL.ViewRanges, config.DefaultViewGlobs},
		{"sql migrations", cfg.SQL.Migrations, cfg.SQL.MigrationRanges, config.DefaultMigrationGlobs},
	} {
		if len(s.ranges) == 0 || slices.Equal(s.patterns, s.defaults) {
			continue // Prisma's convention beside each schema, see sqlGlobs
		}
		for i, p := range s.patterns {
			if !matchesSomething(cfg, p, list()) {
				res.Notes = append(res.Notes, fmt.Sprintf("%s: %s glob %q matches no file; fix the glob, or remove it", at(cfg, s.ranges, i), s.what, p))
			}
		}
	}
}

// exclude drops the roots schema.exclude names. Roots found from the
// configuration or by discovery are all there is to exclude from, so an
// exclude that drops none of them is a warning; roots given as arguments
// are only a part.
func exclude(cfg *config.Config, roots []string, explicit bool) (kept []string, notes []string) {
	used := make([]bool, len(cfg.Schema.Exclude))
	for _, r := range roots {
		rel := cfg.Rel(r)
		drop := false
		for i, pattern := range cfg.Schema.Exclude {
			if ok, _ := doublestar.Match(pattern, rel); ok {
				used[i], drop = true, true
			}
		}
		if !drop {
			kept = append(kept, r)
		}
	}
	if !explicit {
		for i, pattern := range cfg.Schema.Exclude {
			if !used[i] {
				notes = append(notes, fmt.Sprintf("%s: schema exclude %q excludes no schema; fix the glob, or remove it", at(cfg, cfg.Schema.ExcludeRanges, i), pattern))
			}
		}
	}
	return kept, notes
}
