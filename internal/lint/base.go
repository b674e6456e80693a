package lint

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/base"
	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/sqlview"
)

// The breaking-change rules compare each schema root with the same root at
// a base: --base, else the base setting of schemalint.hcl, else the one
// the environment implies (a pull or merge request's target in a CI that
// names it, HEAD under pre-commit). A base asked for (--base, the setting)
// that cannot be read stops the run: the user asked for the comparison,
// and a run without it would pass changes it exists to catch. Without a
// base, or with an implied one that cannot be read, one note says that
// the rules did not run and how to give them a base; the others run.

// openBase finds the base when a selected rule needs one, or when --base
// names one (which must then be readable, whatever rules run).
func openBase(ctx context.Context, opts Options, selected []selectedRule, res *Result) (*base.Base, error) {
	var needy, uses []string
	for _, sr := range selected {
		switch {
		case sr.rule.TenantOnly && len(opts.Config.TenantSchemas) == 0:
			// Nothing for it to compare: no note about it.
		case sr.rule.NeedsBase:
			needy = append(needy, sr.rule.Name)
		case sr.rule.UsesBase && slices.Contains(opts.Only, sr.rule.Name):
			// Asked for by name, it gets a base of its own; otherwise it
			// uses the one the breaking-change rules open, so that
			// switching those off still means no base is read.
			uses = append(uses, sr.rule.Name)
		}
	}
	if len(needy) == 0 && len(uses) == 0 && opts.BaseRef == "" {
		return nil, nil
	}
	// A rule named by --rule was asked for as surely as a --base: if it
	// cannot run, nothing the user asked for was checked.
	var asked []string
	for _, name := range needy {
		if slices.Contains(opts.Only, name) {
			asked = append(asked, name)
		}
	}
	var (
		b          *base.Base
		origin     base.Origin
		unreadable *base.Unreadable
	)
	if opts.Base != nil {
		// The base setting is what the breaking-change rules compare
		// with; without them, applied migrations use --base or the CI's.
		var setting *config.Base
		if len(needy) > 0 {
			setting = opts.Config.Base
		}
		b, origin, unreadable = opts.Base(ctx, setting)
	}
	switch {
	case b != nil:
		return b, nil
	case unreadable != nil && origin.Asked && origin.At != "--base":
		// The setting is in the file: point at it.
		return nil, fmt.Errorf("%s: %v, or change base.ref", origin.At, unreadable)
	case unreadable != nil && origin.Asked:
		return nil, unreadable
	case len(asked) > 0 && unreadable == nil:
		return nil, fmt.Errorf("--rule %s compares with a base, and none was given; add --base <ref>", strings.Join(asked, ","))
	case len(asked) > 0:
		return nil, fmt.Errorf("--rule %s compares with a base: %v", strings.Join(asked, ","), unreadable)
	case len(needy) == 0 && unreadable == nil:
		res.Notes = append(res.Notes, "applied migrations not compared with a base: no base; pass --base <ref>, or add base { ref = \"origin/main\" } to schemalint.hcl"+tag(uses))
		return nil, nil
	case len(needy) == 0:
		res.Notes = append(res.Notes, "applied migrations not compared with a base: "+unreadable.Error()+tag(uses))
		return nil, nil
	case unreadable == nil:
		res.Notes = append(res.Notes, "breaking-change rules did not run: no base; pass --base <ref>, or add base { ref = \"origin/main\" } to schemalint.hcl"+tag(needy))
		return nil, nil
	}
	res.Notes = append(res.Notes, "breaking-change rules did not run: "+unreadable.Error()+tag(needy))
	return nil, nil
}

// openedBase is the base being found (openBase) while the roots are read.
type openedBase struct {
	ready chan struct{}
	base  *base.Base
	err   error
	notes []string
	// asked is a base named by --base: there will be one, or an error.
	asked bool
}

// startBase starts openBase: on a goroutine of its own for a base named
// by --base, read while the roots are; any other, before it returns.
func startBase(ctx context.Context, opts Options, selected []selectedRule) *openedBase {
	o := &openedBase{ready: make(chan struct{}), asked: opts.BaseRef != "" && opts.Base != nil}
	open := func() {
		defer close(o.ready)
		var res Result
		o.base, o.err = openBase(ctx, opts, selected, &res)
		o.notes = res.Notes
	}
	if !o.asked {
		// Run waits for this one at once (whether there is a base sizes
		// the heap): a goroutine would only hand it to another thread.
		open()
		return o
	}
	go open()
	return o
}

// wait returns what openBase did.
func (o *openedBase) wait() (*base.Base, error) {
	<-o.ready
	return o.base, o.err
}

// known tells, without waiting for a base named by --base, whether the
// run has a base.
func (o *openedBase) known() bool {
	if o.asked {
		return true
	}
	b, _ := o.wait()
	return b != nil
}

// tag names the rules a note is about, as a finding names its rule.
func tag(rules []string) string { return " [" + strings.Join(rules, ", ") + "]" }

// prepareBase starts reading root at the base, to go on while the working
// tree is parsed; nil without a base.
func prepareBase(ctx context.Context, opened *openedBase, cfg *config.Config, root string) *base.Pending {
	select {
	case <-opened.ready:
		if opened.base == nil {
			return nil
		}
	default:
	}
	b := func() *base.Base {
		b, _ := opened.wait()
		return b
	}
	return base.Prepare(ctx, b, root,
		sqlGlobs(cfg, root, cfg.SQL.Views, viewConvention),
		append(sqlGlobs(cfg, root, cfg.SQL.Migrations, migrationConvention), generatedSQL(cfg, root)...),
		cfg.MaxFileSize, cfg.Files().ReadFile)
}

// loadBase reads root's schema and SQL views as they were at the base
// (pending, from prepareBase); nil when there is no base or the root
// cannot be compared (with a note). A base asked for with --base whose
// files cannot be read is an error, as one that cannot be opened is.
func loadBase(b *base.Base, pending *base.Pending, explicit bool, root string, head *prisma.Schema, c *checkedRoot) (*prisma.Schema, []*sqlview.View, error) {
	if b == nil {
		return nil, nil, nil
	}
	name := root
	if r, ok := paths.Rel(b.Dir, root); ok {
		name = filepath.ToSlash(r)
	}
	r, err := pending.Wait()
	if errors.Is(err, base.ErrNotAtBase) {
		c.note(fmt.Sprintf("%s did not exist at %s: nothing to compare it with", name, b.Label))
		return nil, nil, nil
	}
	explicit = explicit || b.Origin.Asked
	if err != nil && explicit {
		undo := "drop --base"
		if at := b.Origin.At; at != "" && at != "--base" {
			undo = "change base.ref at " + at
		}
		return nil, nil, fmt.Errorf("cannot read %s at base %s: %v; repair the checkout (git fsck), or %s", name, b.Label, err, undo)
	}
	if err != nil {
		c.note(fmt.Sprintf("cannot read %s at %s: %v; not comparing it", name, b.Label, err))
		return nil, nil, nil
	}
	// Most changes leave the schema alone: then the base's parse would be
	// the head's, which is read-only from here on, so it is reused; else
	// so is the head's parse of each file the change left alone.
	schema := head
	if !sameFiles(head, r.Schema) {
		schema = r.Resolve(head)
	}
	if schema.HasErrors() {
		first := schema.Diagnostics[0]
		for _, d := range schema.Diagnostics {
			if d.Severity == prisma.SeverityError {
				first = d
				break
			}
		}
		c.note(fmt.Sprintf("%s at %s does not parse (%s): not comparing it", name, b.Label, first.Message))
		return nil, nil, nil
	}
	// SQL the base could not parse is the base's problem, not this change's:
	// its views are simply unknown. A file the change left alone gives
	// what it gave the head (a generated views file of 500 views took
	// PostgreSQL's parser 13 ms again).
	set := sqlview.NewSet()
	for _, s := range r.Migrations {
		set.Apply(c.baseSQL(s, false))
	}
	for _, s := range r.Views {
		set.Apply(c.baseSQL(s, true))
	}
	return schema, set.List(), nil
}

// baseSQL is what the base's copy of an SQL file defines: what the head's
// gave when it is the same file with the same bytes, read the same way
// (bare, a view file), and named the same; a current generated file named
// otherwise (the base names files absolutely) is read again from its
// generation under the base's name; any other is parsed.
func (c *checkedRoot) baseSQL(s prisma.Source, bare bool) *sqlview.File {
	if h, ok := c.sqlRead[paths.Abs(s.Name)]; ok && h.bare == bare && bytes.Equal(h.src, s.Src) {
		if h.file.Path == s.Name {
			return h.file
		}
		if h.gen != nil {
			if f, ok := h.gen.SQLViews(s.Name); ok {
				return f
			}
		}
	}
	var name func(string) (string, string)
	if bare {
		name = sqlview.BareSelectName
	}
	f, _ := sqlview.ParseFile(s.Name, s.Src, name)
	return f
}

// sameFiles reports whether srcs (absolute paths, as the base names them)
// are exactly the files of schema: the same paths with the same bytes.
func sameFiles(schema *prisma.Schema, srcs []prisma.Source) bool {
	if len(schema.Files) != len(srcs) {
		return false
	}
	byName := make(map[string][]byte, len(srcs))
	for _, s := range srcs {
		byName[filepath.Clean(s.Name)] = s.Src
	}
	for _, f := range schema.Files {
		// The base resolves the root the same way (base.Base.Load).
		name, err := paths.Absolute(f.Name)
		if err != nil {
			return false
		}
		src, ok := byName[name]
		if !ok || !bytes.Equal(src, f.Src) {
			return false
		}
	}
	return true
}
