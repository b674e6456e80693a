package lint

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/sqlview"
)

// The breaking-change rules compare each schema root with the same root at
// a base. Nothing about the base is an input error: a base that cannot be
// read is one note on stderr, its rules are skipped and the others run.

// openBase finds the base when a selected rule needs one.
func openBase(ctx context.Context, opts Options, selected []selectedRule, res *Result) *base.Base {
	var needy []string
	for _, sr := range selected {
		if sr.rule.NeedsBase {
			needy = append(needy, sr.rule.Name)
		}
	}
	if len(needy) == 0 {
		return nil
	}
	if opts.Base != nil {
		return opts.Base
	}
	b, why := base.Open(ctx, base.Env{Dir: opts.Dir, Ref: opts.BaseRef})
	if b == nil && why != "" {
		res.Notes = append(res.Notes, fmt.Sprintf("%s; skipping %s", why, strings.Join(needy, ", ")))
	}
	return b
}

// loadBase reads root's schema and SQL views as they were at the base; nil
// when there is no base or the root cannot be compared (with a note).
func loadBase(ctx context.Context, b *base.Base, cfg *config.Config, root string, res *Result) (*prisma.Schema, []*sqlview.View) {
	if b == nil {
		return nil, nil
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
		return nil, nil
	}
	if err != nil {
		res.Notes = append(res.Notes, fmt.Sprintf("cannot read %s at %s: %v; not comparing it", name, b.Label, err))
		return nil, nil
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
		return nil, nil
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
	return schema, set.list()
}
