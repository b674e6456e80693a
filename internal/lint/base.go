package lint

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/sqlview"
)

// The breaking-change rules compare each schema root with the same root at
// a base. A base asked for with --base that cannot be read stops the run:
// the user asked for the comparison, and a run without it would pass
// changes it exists to catch. A base only implied by the environment (a
// pull request's, in GitHub Actions) that cannot be read is one note on
// stderr; its rules are skipped and the others run.

// openBase finds the base when a selected rule needs one, or when --base
// names one (which must then be readable, whatever rules run).
func openBase(ctx context.Context, opts Options, selected []selectedRule, res *Result) (*base.Base, error) {
	var needy []string
	for _, sr := range selected {
		if sr.rule.NeedsBase {
			needy = append(needy, sr.rule.Name)
		}
	}
	if len(needy) == 0 && opts.BaseRef == "" {
		return nil, nil
	}
	if opts.Base != nil {
		return opts.Base, nil
	}
	// A rule named by --rule was asked for as surely as a --base: if it
	// cannot run, nothing the user asked for was checked.
	var asked []string
	for _, name := range needy {
		if slices.Contains(opts.Only, name) {
			asked = append(asked, name)
		}
	}
	b, why := base.Open(ctx, base.Env{Dir: opts.Dir, Ref: opts.BaseRef})
	switch {
	case b != nil:
		return b, nil
	case opts.BaseRef != "":
		return nil, errors.New(why)
	case len(asked) > 0 && why == "":
		return nil, fmt.Errorf("--rule %s compares with a base, and none was given; add --base <ref>", strings.Join(asked, ","))
	case len(asked) > 0:
		return nil, fmt.Errorf("--rule %s compares with a base: %s", strings.Join(asked, ","), why)
	case why == "":
		return nil, nil
	}
	res.Notes = append(res.Notes, fmt.Sprintf("%s; skipping %s", why, strings.Join(needy, ", ")))
	return nil, nil
}

// loadBase reads root's schema and SQL views as they were at the base; nil
// when there is no base or the root cannot be compared (with a note). A
// base asked for with --base whose files cannot be read is an error, as
// one that cannot be opened is.
func loadBase(ctx context.Context, b *base.Base, explicit bool, cfg *config.Config, root string, res *Result) (*prisma.Schema, []*sqlview.View, error) {
	if b == nil {
		return nil, nil, nil
	}
	name := root
	if r, err := filepath.Rel(b.Dir, root); err == nil && !strings.HasPrefix(r, "..") {
		name = filepath.ToSlash(r)
	}
	r, err := b.Load(ctx, root,
		sqlGlobs(cfg, root, cfg.SQL.Views, viewConvention),
		append(sqlGlobs(cfg, root, cfg.SQL.Migrations, migrationConvention), generatedSQL(cfg, root)...))
	if errors.Is(err, base.ErrNotAtBase) {
		res.Notes = append(res.Notes, fmt.Sprintf("%s did not exist at %s: nothing to compare it with", name, b.Label))
		return nil, nil, nil
	}
	if err != nil && explicit {
		return nil, nil, fmt.Errorf("cannot read %s at base %s: %v; repair the checkout (git fsck), or drop --base", name, b.Label, err)
	}
	if err != nil {
		res.Notes = append(res.Notes, fmt.Sprintf("cannot read %s at %s: %v; not comparing it", name, b.Label, err))
		return nil, nil, nil
	}
	schema := prisma.ParseSources(r.Schema)
	if schema.HasErrors() {
		first := schema.Diagnostics[0]
		for _, d := range schema.Diagnostics {
			if d.Severity == prisma.SeverityError {
				first = d
				break
			}
		}
		res.Notes = append(res.Notes, fmt.Sprintf("%s at %s does not parse (%s): not comparing it", name, b.Label, first.Message))
		return nil, nil, nil
	}
	// SQL the base could not parse is the base's problem, not this change's:
	// its views are simply unknown.
	set := newViewSet()
	for _, s := range r.Migrations {
		f, _ := sqlview.ParseFile(s.Name, s.Src, nil)
		set.apply(f)
	}
	for _, s := range r.Views {
		f, _ := sqlview.ParseFile(s.Name, s.Src, sqlview.BareSelectName)
		set.apply(f)
	}
	return schema, set.list(), nil
}
