package config

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/gocty"
)

// A rule's options are decoded here rather than with gohcl, which reads
// the same `hcl:"…"` tags: gohcl imports hclwrite, and hclwrite go-cmp,
// whose package initialisation every run of schemalint paid for (about a
// hundred page faults and half a millisecond of a start-up that is a few
// milliseconds in all) for options no rule had. The tags understood are
// gohcl's: `hcl:"name"` (a required attribute), `hcl:"name,optional"`,
// `hcl:"name,block"` (on a struct, a pointer to one or a slice of either)
// and `hcl:"name,label"` inside a block's struct.

type optionTag struct {
	name string
	kind string // "attr", "optional", "block" or "label"
}

func optionTags(t reflect.Type) (map[int]optionTag, error) {
	tags := map[int]optionTag{}
	for i := 0; i < t.NumField(); i++ {
		tag, ok := t.Field(i).Tag.Lookup("hcl")
		if !ok {
			continue
		}
		name, kind, _ := strings.Cut(tag, ",")
		if kind == "" {
			kind = "attr"
		}
		switch kind {
		case "attr", "optional", "block", "label":
		default:
			return nil, fmt.Errorf("option %s.%s: unsupported hcl tag %q", t.Name(), t.Field(i).Name, tag)
		}
		tags[i] = optionTag{name, kind}
	}
	return tags, nil
}

// blockElem is the struct type a block field decodes into.
func blockElem(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// optionSchema is the body schema a struct's tags describe.
func optionSchema(t reflect.Type) (*hcl.BodySchema, error) {
	tags, err := optionTags(t)
	if err != nil {
		return nil, err
	}
	schema := &hcl.BodySchema{}
	for i := 0; i < t.NumField(); i++ {
		tag, ok := tags[i]
		if !ok {
			continue
		}
		switch tag.kind {
		case "attr", "optional":
			schema.Attributes = append(schema.Attributes, hcl.AttributeSchema{Name: tag.name, Required: tag.kind == "attr"})
		case "block":
			elem := blockElem(t.Field(i).Type)
			if elem.Kind() != reflect.Struct {
				return nil, fmt.Errorf("option %s.%s: a block decodes into a struct, not %s", t.Name(), t.Field(i).Name, t.Field(i).Type)
			}
			elemTags, err := optionTags(elem)
			if err != nil {
				return nil, err
			}
			var labels []string
			for j := 0; j < elem.NumField(); j++ {
				if tag, ok := elemTags[j]; ok && tag.kind == "label" {
					labels = append(labels, tag.name)
				}
			}
			schema.Blocks = append(schema.Blocks, hcl.BlockHeaderSchema{Type: tag.name, LabelNames: labels})
		}
	}
	// gohcl's order, which the "did you mean" of an unknown name reads.
	slices.SortFunc(schema.Attributes, func(a, b hcl.AttributeSchema) int { return strings.Compare(a.Name, b.Name) })
	slices.SortFunc(schema.Blocks, func(a, b hcl.BlockHeaderSchema) int { return strings.Compare(a.Type, b.Type) })
	return schema, nil
}

// decodeOptions decodes body into v, a pointer to a tagged struct; an
// attribute or block the struct does not name is an error.
func decodeOptions(body hcl.Body, v any) hcl.Diagnostics {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.Elem().Kind() != reflect.Struct {
		panic(fmt.Sprintf("config: options decode into a pointer to a struct, not %T", v))
	}
	return decodeStruct(body, nil, rv.Elem())
}

func decodeStruct(body hcl.Body, labels []string, sv reflect.Value) hcl.Diagnostics {
	t := sv.Type()
	schema, err := optionSchema(t)
	if err != nil {
		panic("config: " + err.Error())
	}
	tags, _ := optionTags(t)
	content, diags := body.Content(schema)
	nextLabel := 0
	for i := 0; i < t.NumField(); i++ {
		tag, ok := tags[i]
		if !ok {
			continue
		}
		field := sv.Field(i)
		switch tag.kind {
		case "label":
			if nextLabel < len(labels) {
				field.SetString(labels[nextLabel])
				nextLabel++
			}
		case "attr", "optional":
			if a, ok := content.Attributes[tag.name]; ok {
				diags = append(diags, decodeAttribute(a, field.Addr().Interface())...)
			}
		case "block":
			var blocks []*hcl.Block
			for _, b := range content.Blocks {
				if b.Type == tag.name {
					blocks = append(blocks, b)
				}
			}
			diags = append(diags, decodeBlocks(body, tag.name, blocks, field)...)
		}
	}
	return diags
}

func decodeAttribute(a *hcl.Attribute, target any) hcl.Diagnostics {
	val, diags := a.Expr.Value(nil)
	if diags.HasErrors() {
		return diags
	}
	ty, err := gocty.ImpliedType(target)
	if err != nil {
		panic(fmt.Sprintf("config: option %q: %v", a.Name, err))
	}
	if val, err = convert.Convert(val, ty); err == nil {
		err = gocty.FromCtyValue(val, target)
	}
	if err != nil {
		rng := a.Expr.StartRange()
		return append(diags, &hcl.Diagnostic{
			Severity: hcl.DiagError,
			Summary:  "Unsuitable value type",
			Detail:   fmt.Sprintf("Unsuitable value: %s", err.Error()),
			Subject:  &rng,
		})
	}
	return diags
}

// decodeBlocks decodes into what field holds already, as gohcl does, so
// that defaults a rule sets survive in what a block leaves out.
func decodeBlocks(body hcl.Body, name string, blocks []*hcl.Block, field reflect.Value) hcl.Diagnostics {
	t := field.Type()
	isSlice := t.Kind() == reflect.Slice
	elem := t
	if isSlice {
		elem = t.Elem()
	}
	isPtr := elem.Kind() == reflect.Pointer
	switch {
	case len(blocks) > 1 && !isSlice:
		rng := blocks[1].DefRange
		return hcl.Diagnostics{{
			Severity: hcl.DiagError,
			Summary:  fmt.Sprintf("Duplicate %s block", name),
			Detail:   fmt.Sprintf("Only one %s block is allowed. Another was defined at %s.", name, blocks[0].DefRange.String()),
			Subject:  &rng,
		}}
	case len(blocks) == 0:
		if isSlice || isPtr {
			return nil
		}
		rng := body.MissingItemRange()
		return hcl.Diagnostics{{
			Severity: hcl.DiagError,
			Summary:  fmt.Sprintf("Missing %s block", name),
			Detail:   fmt.Sprintf("A %s block is required.", name),
			Subject:  &rng,
		}}
	}
	// into decodes b into v (a struct, or a pointer to one made when nil)
	// and returns v.
	into := func(b *hcl.Block, v reflect.Value, diags *hcl.Diagnostics) reflect.Value {
		if isPtr {
			if v.IsNil() {
				v = reflect.New(elem.Elem())
			}
			*diags = append(*diags, decodeStruct(b.Body, b.Labels, v.Elem())...)
			return v
		}
		*diags = append(*diags, decodeStruct(b.Body, b.Labels, v)...)
		return v
	}
	var diags hcl.Diagnostics
	if !isSlice {
		field.Set(into(blocks[0], field, &diags))
		return diags
	}
	list := field
	if list.IsNil() {
		list = reflect.MakeSlice(t, len(blocks), len(blocks))
	}
	for i, b := range blocks {
		if i >= list.Len() {
			list = reflect.Append(list, reflect.Zero(elem))
		}
		list.Index(i).Set(into(b, list.Index(i), &diags))
	}
	if list.Len() > len(blocks) {
		list.SetLen(len(blocks))
	}
	field.Set(list)
	return diags
}
