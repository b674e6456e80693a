package config

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Consume is one `consume "<name>" { … }` block: a product's copy of views
// another repository generates (a views package pulled as a git submodule),
// with the product's relation fields added.
//
//	consume "idp" {
//	  from      = "idp-views/idp-views.prisma"      # the owner's generated file
//	  output    = "prisma/schema/idp-views.prisma"  # the product's copy
//	  relations = { IdpUser = ["drivers Driver[]"] }
//	  acknowledge = { "IdpUser.mobileNumber" = "…" } # removals the product accepts
//	}
//
// The views and relations are checked against the owner's file and the
// product's schema when the copy is generated.
type Consume struct {
	Name      Located
	From      Located
	Output    Located
	Relations []Relation
	// Acknowledge lists columns of the copied views the owner removed and
	// the product no longer reads, as "View.field", with the reason.
	Acknowledge []Acknowledgement
	Range       hcl.Range // the block's label
}

// Acknowledged returns the acknowledgement of a view's removed field or
// column.
func (c *Consume) Acknowledged(view string, names ...string) *Acknowledgement {
	for i, a := range c.Acknowledge {
		for _, n := range names {
			if a.Column.Value == view+"."+n {
				return &c.Acknowledge[i]
			}
		}
	}
	return nil
}

// String renders a consume block's name for messages: consume "idp".
func (c *Consume) String() string { return fmt.Sprintf("consume %q", c.Name.Value) }

func (d *decoder) consume(blk *hclsyntax.Block, c *Config) {
	label, ok := d.label(blk, "a name", "idp")
	if !ok {
		return
	}
	cs := &Consume{Name: label, Range: label.Range}
	if !viewsName.MatchString(cs.Name.Value) {
		d.errs.addf(cs.Range, "%q is not a consume block name; use letters, digits, _ . or -", cs.Name.Value)
		return
	}
	for _, other := range c.Consume {
		if other.Name.Value == cs.Name.Value {
			d.errs.addf(cs.Range, "duplicate consume block %q (the first is at %s); give each a different name", cs.Name.Value, Pos(other.Range))
			return
		}
	}
	d.body("consume", blk.Body, []attrSpec{
		{"from", func(a *hclsyntax.Attribute) { d.output(a, ".prisma", &cs.From) }},
		{"output", func(a *hclsyntax.Attribute) { d.output(a, ".prisma", &cs.Output) }},
		{"relations", func(a *hclsyntax.Attribute) { cs.Relations = d.relations(a) }},
		{"acknowledge", func(a *hclsyntax.Attribute) { cs.Acknowledge = d.acknowledge(a, true) }},
	}, nil)
	var missing []string
	for _, need := range []struct{ name, what string }{
		{"from", `from = "….prisma" (the views file the owner generates, as the submodule holds it)`},
		{"output", `output = "….prisma" (the product's copy, in its schema folder)`},
	} {
		if _, ok := blk.Body.Attributes[need.name]; !ok {
			missing = append(missing, need.what)
		}
	}
	if len(missing) > 0 {
		d.errs.addf(blk.TypeRange, "the consume block %q needs %s", cs.Name.Value, strings.Join(missing, ", "))
	}
	if cs.From.Value != "" && cs.From.Value == cs.Output.Value {
		d.errs.addf(cs.Output.Range, "output is the from file; the product's copy needs its own path, in its schema folder")
	}
	c.Consume = append(c.Consume, cs)
}
