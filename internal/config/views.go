package config

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/schemalint/schemalint/internal/lazyregexp"
)

// Views is one `views "<name>" { … }` block: an allowlist of models that
// `schemalint fix` turns into Prisma `view` blocks and the SQL that creates
// them, in a schema other services read.
//
//	views "identity" {
//	  source        = ["prisma/schema"]       # the schema that owns the models
//	  source_schema = "idp"                   # optional: the models' @@schema
//	  target_schema = "idp_views"
//	  prisma_output = "prisma/schema/views.prisma"
//	  sql_output    = "prisma/views.sql"      # optional
//
//	  expose "User" {
//	    view            = "IdpUser"
//	    fields          = ["id", "email", "displayName"]
//	    allow_sensitive = []                  # listed fields that match a sensitive pattern
//	    reason          = "…"                 # required with allow_sensitive
//	    acknowledge     = { mobileNumber = "…" } # columns dropped on purpose
//	  }
//
//	  product "fuel" {                        # a consumer's copy, with its relations
//	    output    = "packages/idp-views/fuel.prisma"
//	    relations = { IdpUser = ["drivers Driver[]"] }
//	  }
//
//	  grant {
//	    roles = ["fuel_app"]                  # USAGE + SELECT on target_schema
//	  }
//	}
//
// Names of models and fields are checked against the schema when the views
// are generated; the positions kept here let those errors point into the
// file too.
type Views struct {
	Name         string
	Source       []Located // files or folders of the source schema
	SourceSchema Located   // "" when each model's @@schema is used
	TargetSchema Located
	PrismaOutput Located
	SQLOutput    Located // "" when no SQL is written
	Expose       []*Expose
	Products     []*Product
	// Roles get USAGE on the target schema and SELECT on its views.
	Roles []Located
	Range hcl.Range // the block's label
}

// Located is a value and where the file gives it.
type Located struct {
	Value string
	Range hcl.Range
}

// Expose is one `expose "<Model>" { … }` entry.
type Expose struct {
	Model          Located
	View           Located
	Fields         []Located
	AllowSensitive []Located
	Reason         string
	// Acknowledge lists the columns the view drops on purpose, each with
	// the reason: a comment in a generated file would not outlive the next
	// fix, so intended breaks are acknowledged here.
	Acknowledge []Acknowledgement
}

// Acknowledgement is one `name = "reason"` entry of acknowledge: Column is
// the removed field's name (or its column's).
type Acknowledgement struct {
	Column Located
	Reason string
}

// Acknowledged returns the acknowledgement of a field or column name.
func (e *Expose) Acknowledged(names ...string) *Acknowledgement {
	for i, a := range e.Acknowledge {
		if slices.Contains(names, a.Column.Value) {
			return &e.Acknowledge[i]
		}
	}
	return nil
}

// Product is one `product "<name>" { … }` entry: a copy of the views file
// with the product's relation fields added to the views.
type Product struct {
	Name      Located
	Output    Located
	Relations []Relation // in file order
}

// Relation is one relation field line a product adds to a view.
type Relation struct {
	View  Located
	Field Located // a field line, like "drivers Driver[]"
}

// Outputs lists the files the block writes, in order: the Prisma file, the
// SQL file, then each product's file.
func (v *Views) Outputs() []Located {
	out := []Located{v.PrismaOutput}
	if v.SQLOutput.Value != "" {
		out = append(out, v.SQLOutput)
	}
	for _, p := range v.Products {
		out = append(out, p.Output)
	}
	return out
}

// Suggest returns the candidate closest to name when it is close enough to
// be what the user meant, or "".
func Suggest(name string, candidates []string) string { return suggest(name, candidates) }

var viewsName = lazyregexp.New(`^[A-Za-z0-9_][A-Za-z0-9_.-]*$`)

func (d *decoder) views(blk *hclsyntax.Block, c *Config) {
	label, ok := d.label(blk, "a name", "identity")
	if !ok {
		return
	}
	v := &Views{Name: label.Value, Range: label.Range}
	if !viewsName.MatchString(v.Name) {
		d.errs.addf(v.Range, "%q is not a views block name; use letters, digits, _ . or -", v.Name)
		return
	}
	for _, other := range c.Views {
		if other.Name == v.Name {
			d.errs.addf(v.Range, "duplicate views block %q (the first is at %s); give each a different name", v.Name, Pos(other.Range))
			return
		}
	}
	var grant *hclsyntax.Block
	// The first expose block of each view name, for the duplicate check:
	// a views block exposes hundreds of models, and comparing each name
	// with every earlier one was most of the time decoding them.
	viewNames := make(map[string]*Expose, len(blk.Body.Blocks))
	d.body("views", blk.Body, []attrSpec{
		{"source", func(a *hclsyntax.Attribute) {
			list, ranges, ok := d.strings(a)
			if !ok {
				return
			}
			if len(list) == 0 {
				d.errs.addf(a.Expr.Range(), "source is empty; list the schema files or folders that declare the models, like [\"prisma/schema\"]")
				return
			}
			for i, p := range list {
				if d.path(ranges[i], p) {
					v.Source = append(v.Source, Located{p, ranges[i]})
				}
			}
		}},
		{"source_schema", func(a *hclsyntax.Attribute) { d.dbName(a, &v.SourceSchema) }},
		{"target_schema", func(a *hclsyntax.Attribute) { d.dbName(a, &v.TargetSchema) }},
		{"prisma_output", func(a *hclsyntax.Attribute) { d.output(a, ".prisma", &v.PrismaOutput) }},
		{"sql_output", func(a *hclsyntax.Attribute) { d.output(a, ".sql", &v.SQLOutput) }},
	}, []blockSpec{
		{"expose", func(b *hclsyntax.Block) { d.expose(b, v, viewNames) }},
		{"product", func(b *hclsyntax.Block) { d.product(b, v) }},
		{"grant", func(b *hclsyntax.Block) {
			if !d.noLabel(b) {
				return
			}
			if grant != nil {
				d.errs.addf(b.TypeRange, "duplicate grant block (the first is at %s); list every role in one", Pos(grant.TypeRange))
				return
			}
			grant = b
			has := false
			d.body("grant", b.Body, []attrSpec{{"roles", func(a *hclsyntax.Attribute) {
				has = true
				list, ranges, ok := d.strings(a)
				if !ok {
					return
				}
				for i, r := range list {
					if d.nonEmpty(ranges[i], r, "role name") {
						v.Roles = append(v.Roles, Located{r, ranges[i]})
					}
				}
			}}}, nil)
			if !has {
				d.errs.addf(b.TypeRange, "the grant block needs roles = [\"…\"], the database roles that may read the views")
			}
		}},
	})
	var missing []string
	for _, need := range []struct{ name, what string }{
		{"source", `source = ["…"] (the schema files or folders that declare the models)`},
		{"target_schema", `target_schema = "…" (the database schema the views are created in)`},
		{"prisma_output", `prisma_output = "….prisma" (the file the Prisma view blocks are written to)`},
	} {
		if _, ok := blk.Body.Attributes[need.name]; !ok {
			missing = append(missing, need.what)
		}
	}
	if len(missing) > 0 {
		d.errs.addf(blk.TypeRange, "the views block %q needs %s", v.Name, strings.Join(missing, ", "))
	}
	if !slices.ContainsFunc(blk.Body.Blocks, func(b *hclsyntax.Block) bool { return b.Type == "expose" }) {
		d.errs.addf(blk.TypeRange, "the views block %q exposes nothing; add expose \"<Model>\" { view = \"…\", fields = [\"…\"] }", v.Name)
	}
	if v.SourceSchema.Value != "" && v.SourceSchema.Value == v.TargetSchema.Value {
		d.errs.addf(v.TargetSchema.Range, "target_schema is the source schema %q; views go in a schema of their own, like %q", v.SourceSchema.Value, v.SourceSchema.Value+"_views")
	}
	views := map[string]bool{}
	for _, e := range v.Expose {
		views[e.View.Value] = true
	}
	for _, p := range v.Products {
		for _, r := range p.Relations {
			if !views[r.View.Value] {
				d.errs.Add(r.View.Range, unknown("view", r.View.Value, " in views \""+v.Name+"\"", sortedKeys(views)))
			}
		}
	}
	c.Views = append(c.Views, v)
}

// dbName reads a database identifier (a schema name).
func (d *decoder) dbName(a *hclsyntax.Attribute, dst *Located) {
	if s, ok := d.string(a); ok && d.nonEmpty(a.Expr.Range(), s, a.Name) {
		*dst = Located{s, a.Expr.Range()}
	}
}

func (d *decoder) nonEmpty(rng hcl.Range, s, what string) bool {
	switch {
	case strings.TrimSpace(s) == "":
		d.errs.addf(rng, "empty %s", what)
	case strings.ContainsAny(s, "\x00\n\r"):
		d.errs.addf(rng, "%q is not a valid %s", s, what)
	default:
		return true
	}
	return false
}

// output reads the path of a generated file.
func (d *decoder) output(a *hclsyntax.Attribute, ext string, dst *Located) {
	s, ok := d.string(a)
	if !ok {
		return
	}
	rng := a.Expr.Range()
	switch {
	case !d.path(rng, s):
	case strings.ContainsAny(s, "*?[{"):
		d.errs.addf(rng, "%s is one file, not a glob; give its path", a.Name)
	case path.Ext(s) != ext:
		d.errs.addf(rng, "%s must name a %s file", a.Name, ext)
	default:
		*dst = Located{s, rng}
	}
}

func (d *decoder) expose(blk *hclsyntax.Block, v *Views, viewNames map[string]*Expose) {
	model, ok := d.label(blk, "the model name", "User")
	if !ok {
		return
	}
	e := &Expose{Model: model}
	if !identifier.MatchString(e.Model.Value) {
		d.errs.addf(e.Model.Range, "%q is not a model name", e.Model.Value)
		return
	}
	var hasView, hasFields, hasReason bool
	var reasonRange, allowRange hcl.Range
	d.body("expose", blk.Body, []attrSpec{
		{"view", func(a *hclsyntax.Attribute) {
			hasView = true
			s, ok := d.string(a)
			if !ok {
				return
			}
			if !identifier.MatchString(s) {
				d.errs.addf(a.Expr.Range(), "%q is not a view name; use a Prisma identifier, like \"Idp%s\"", s, e.Model.Value)
				return
			}
			e.View = Located{s, a.Expr.Range()}
		}},
		{"fields", func(a *hclsyntax.Attribute) {
			hasFields = true
			list, ranges, ok := d.strings(a)
			if !ok {
				return
			}
			if len(list) == 0 {
				d.errs.addf(a.Expr.Range(), "fields is empty; list the fields the view exposes, like [\"id\"]")
				return
			}
			e.Fields = d.fieldNames(list, ranges)
		}},
		{"allow_sensitive", func(a *hclsyntax.Attribute) {
			allowRange = a.NameRange
			list, ranges, ok := d.strings(a)
			if ok {
				e.AllowSensitive = d.fieldNames(list, ranges)
			}
		}},
		{"acknowledge", func(a *hclsyntax.Attribute) { e.Acknowledge = d.acknowledge(a, false) }},
		{"reason", func(a *hclsyntax.Attribute) {
			hasReason = true
			reasonRange = a.Expr.Range()
			s, ok := d.string(a)
			if ok && strings.TrimSpace(s) == "" {
				d.errs.addf(a.Expr.Range(), "reason is empty; say why the sensitive fields may be exposed")
				return
			}
			e.Reason = s
		}},
	}, nil)
	if !hasView {
		d.errs.addf(blk.TypeRange, "the expose block needs view = \"…\", the name of the view, like \"Idp%s\"", e.Model.Value)
	}
	if !hasFields {
		d.errs.addf(blk.TypeRange, "the expose block needs fields = [\"…\"], the fields the view exposes; nothing is exposed by default")
	}
	listed := map[string]bool{}
	for _, f := range e.Fields {
		listed[f.Value] = true
	}
	for _, a := range e.Acknowledge {
		if listed[a.Column.Value] {
			d.errs.addf(a.Column.Range, "%q is acknowledged as removed but fields still lists it; remove it from fields, or drop the acknowledgement", a.Column.Value)
		}
	}
	for _, s := range e.AllowSensitive {
		if hasFields && !listed[s.Value] {
			d.errs.addf(s.Range, "%q is not in fields; allow_sensitive only justifies fields the view exposes", s.Value)
		}
	}
	switch {
	case len(e.AllowSensitive) > 0 && !hasReason:
		d.errs.addf(allowRange, "allow_sensitive needs reason = \"…\" saying why these fields may be exposed")
	case len(e.AllowSensitive) == 0 && hasReason:
		d.errs.addf(reasonRange, "reason explains allow_sensitive, which lists nothing here; remove it")
	}
	if hasView && e.View.Value != "" {
		if other := viewNames[e.View.Value]; other != nil {
			d.errs.addf(e.View.Range, "duplicate view %q (the first is at %s); give each view its own name", e.View.Value, Pos(other.View.Range))
			return
		}
		viewNames[e.View.Value] = e
	}
	v.Expose = append(v.Expose, e)
}

// acknowledge reads `{ field = "reason", … }`, or with qualified (a
// consume block, which copies several views) `{ "View.field" = … }`.
func (d *decoder) acknowledge(a *hclsyntax.Attribute, qualified bool) []Acknowledgement {
	example, valid := "mobileNumber", identifier
	if qualified {
		example, valid = "\"IdpUser.mobileNumber\"", modelField
	}
	obj, ok := a.Expr.(*hclsyntax.ObjectConsExpr)
	if !ok {
		d.errs.addf(a.Expr.Range(), "acknowledge must be an object of removed fields to reasons, like { %s = \"removed in 2027 after all readers moved\" }", example)
		return nil
	}
	var out []Acknowledgement
	seen := map[string]hcl.Range{}
	for _, item := range obj.Items {
		keyRange := item.KeyExpr.Range()
		key, diags := item.KeyExpr.Value(nil)
		if diags.HasErrors() || key.IsNull() || !key.IsKnown() || key.Type() != cty.String || !valid.MatchString(key.AsString()) {
			what := "the removed field's name"
			if qualified {
				what = "the view and the removed field"
			}
			d.errs.addf(keyRange, "an acknowledge key must be %s, like %s", what, example)
			continue
		}
		name := key.AsString()
		if first, ok := seen[name]; ok {
			d.errs.addf(keyRange, "%s is acknowledged twice (the first is at %s)", name, Pos(first))
			continue
		}
		seen[name] = keyRange
		val, diags := item.ValueExpr.Value(nil)
		if diags.HasErrors() || val.IsNull() || !val.IsKnown() || val.Type() != cty.String || strings.TrimSpace(val.AsString()) == "" {
			d.errs.addf(item.ValueExpr.Range(), "acknowledge %s needs a reason, like \"removed in 2027 after all readers moved\"", name)
			continue
		}
		out = append(out, Acknowledgement{Column: Located{name, keyRange}, Reason: val.AsString()})
	}
	return out
}

// fieldNames checks a list of field names: identifiers, each once.
func (d *decoder) fieldNames(list []string, ranges []hcl.Range) []Located {
	var out []Located
	at := map[string]hcl.Range{}
	for i, s := range list {
		if !identifier.MatchString(s) {
			d.errs.addf(ranges[i], "%q is not a field name", s)
			continue
		}
		if first, ok := at[s]; ok {
			d.errs.addf(ranges[i], "%q is listed twice (the first is at %s)", s, Pos(first))
			continue
		}
		at[s] = ranges[i]
		out = append(out, Located{s, ranges[i]})
	}
	return out
}

func (d *decoder) product(blk *hclsyntax.Block, v *Views) {
	name, ok := d.label(blk, "the product's name", "fuel")
	if !ok {
		return
	}
	p := &Product{Name: name}
	for _, other := range v.Products {
		if other.Name.Value == p.Name.Value {
			d.errs.addf(p.Name.Range, "duplicate product %q (the first is at %s); merge the two blocks", p.Name.Value, Pos(other.Name.Range))
			return
		}
	}
	d.body("product", blk.Body, []attrSpec{
		{"output", func(a *hclsyntax.Attribute) { d.output(a, ".prisma", &p.Output) }},
		{"relations", func(a *hclsyntax.Attribute) { p.Relations = d.relations(a) }},
	}, nil)
	if _, ok := blk.Body.Attributes["output"]; !ok {
		d.errs.addf(blk.TypeRange, "the product block needs output = \"….prisma\", the file the product's copy of the views is written to")
	}
	v.Products = append(v.Products, p)
}

// relations reads `{ View = ["field line", …], … }`.
func (d *decoder) relations(a *hclsyntax.Attribute) []Relation {
	obj, ok := a.Expr.(*hclsyntax.ObjectConsExpr)
	if !ok {
		d.errs.addf(a.Expr.Range(), "relations must be an object of view names to relation fields, like { IdpUser = [\"drivers Driver[]\"] }")
		return nil
	}
	var out []Relation
	seen := map[string]hcl.Range{}
	for _, item := range obj.Items {
		keyRange := item.KeyExpr.Range()
		key, diags := item.KeyExpr.Value(nil)
		if diags.HasErrors() || key.IsNull() || !key.IsKnown() || key.Type() != cty.String {
			d.errs.addf(keyRange, "a relations key must be a view name, like IdpUser")
			continue
		}
		view := key.AsString()
		if !identifier.MatchString(view) {
			d.errs.addf(keyRange, "%q is not a view name", view)
			continue
		}
		if first, ok := seen[view]; ok {
			d.errs.addf(keyRange, "%s is listed twice (the first is at %s); merge its relation fields into one list", view, Pos(first))
			continue
		}
		seen[view] = keyRange
		lines, ranges, ok := d.strings(&hclsyntax.Attribute{Name: view, Expr: item.ValueExpr, NameRange: keyRange, SrcRange: item.ValueExpr.Range()})
		if !ok {
			continue
		}
		for i, line := range lines {
			if strings.TrimSpace(line) == "" || strings.ContainsAny(line, "\n\r") {
				d.errs.addf(ranges[i], "%q is not a field line; write one relation field, like \"drivers Driver[]\"", line)
				continue
			}
			out = append(out, Relation{View: Located{view, keyRange}, Field: Located{line, ranges[i]}})
		}
	}
	return out
}

// checkViews runs the checks that span blocks: every output is written by
// one block only, and justified sensitive fields are allowed for the rules
// that read views.
func (d *decoder) checkViews(c *Config) {
	written := map[string]hcl.Range{}
	for _, v := range c.Views {
		for _, o := range v.Outputs() {
			d.claimOutput(o, written)
		}
		for _, e := range v.Expose {
			// allow_sensitive with its reason is the justification
			// view-sensitive-field asks for: the model's field and the
			// view's may both be exposed.
			for _, s := range e.AllowSensitive {
				for _, name := range []string{e.Model.Value + "." + s.Value, e.View.Value + "." + s.Value} {
					if !slices.Contains(c.Sensitive.Allow, name) {
						c.Sensitive.Allow = append(c.Sensitive.Allow, name)
					}
				}
			}
		}
	}
	d.checkConsumeOutputs(c, written)
}

func (d *decoder) checkConsumeOutputs(c *Config, written map[string]hcl.Range) {
	for _, cs := range c.Consume {
		d.claimOutput(cs.Output, written)
	}
}

// claimOutput records o as a generated file's path in written, the paths
// claimed so far; a path claimed twice is an error at the second claim.
func (d *decoder) claimOutput(o Located, written map[string]hcl.Range) {
	if o.Value == "" {
		return
	}
	key := path.Clean(o.Value)
	if first, ok := written[key]; ok {
		d.errs.addf(o.Range, "%q is already an output (at %s); every generated file needs its own path", o.Value, Pos(first))
		return
	}
	written[key] = o.Range
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// String renders a views block's name for messages: views "identity".
func (v *Views) String() string { return fmt.Sprintf("views %q", v.Name) }
