package config

import (
	"reflect"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

type exemptOption struct {
	Model  string `hcl:"model,label"`
	Reason string `hcl:"reason"`
	Until  *int   `hcl:"until,optional"`
}

type testOptions struct {
	Fields  []string          `hcl:"fields,optional"`
	Max     int               `hcl:"max,optional"`
	Mode    string            `hcl:"mode"`
	Exempt  []exemptOption    `hcl:"exempt,block"`
	Others  []*exemptOption   `hcl:"other,block"`
	Default *exemptOption     `hcl:"default,block"`
	Labels  map[string]string `hcl:"labels,optional"`
	Skipped string
}

// Options are decoded exactly as gohcl decodes them (schemalint dropped it
// from the binary for its start-up cost): the same values, and the same
// errors at the same places.
func TestDecodeOptionsAsGohcl(t *testing.T) {
	for _, src := range []string{
		"mode = \"strict\"\n",
		"mode = \"strict\"\nfields = [\"a\", \"b\"]\nmax = 3\nlabels = { a = \"b\" }\n",
		"mode = \"x\"\nexempt \"AuditLog\" {\n  reason = \"append-only\"\n}\nexempt \"Event\" {\n  reason = \"r\"\n  until = 2027\n}\n",
		"mode = \"x\"\nother \"A\" {\n  reason = \"r\"\n}\ndefault \"B\" {\n  reason = \"s\"\n}\n",
		"fields = [\"a\"]\n",                // a required attribute missing
		"mode = \"x\"\nmax = \"many\"\n",    // a value of the wrong type
		"mode = \"x\"\nfields = \"a\"\n",    // a string for a list: converted
		"mode = \"x\"\nmax = [1]\n",         // a list for a number
		"mode = \"x\"\nexempt \"A\" {\n}\n", // a block's required attribute missing
		"mode = \"x\"\ndefault \"A\" {\n  reason = \"r\"\n}\ndefault \"B\" {\n  reason = \"r\"\n}\n", // a second single block
		"mode = \"x\"\nexempt {\n  reason = \"r\"\n}\n",                                              // a block's label missing
		"mode = \"x\"\nunknown = 1\n",                                                                // an attribute not defined
		"mode = var.x\n",                                                                             // a variable where none are
	} {
		f, diags := hclsyntax.ParseConfig([]byte(src), "schemalint.hcl", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatalf("%q: %s", src, diags)
		}
		// Into zero values, and into a rule's defaults, which what the
		// file leaves out keeps.
		for _, defaults := range []func() testOptions{
			func() testOptions { return testOptions{} },
			func() testOptions {
				year := 2030
				return testOptions{
					Fields: []string{"d"}, Max: 7, Mode: "lax",
					Exempt:  []exemptOption{{Reason: "kept", Until: &year}, {Model: "Second"}},
					Others:  []*exemptOption{{Until: &year}},
					Default: &exemptOption{Until: &year},
				}
			},
		} {
			ours, theirs := defaults(), defaults()
			ourErr, theirErr := &Errors{}, &Errors{}
			ourErr.addDiags(decodeOptions(f.Body, &ours))
			theirErr.addDiags(gohcl.DecodeBody(f.Body, nil, &theirs))
			if !reflect.DeepEqual(ours, theirs) {
				t.Errorf("%q: decoded\n%#v\ngohcl decodes\n%#v", src, ours, theirs)
			}
			if got, want := errText(ourErr.Err()), errText(theirErr.Err()); got != want {
				t.Errorf("%q: error\n%s\ngohcl's\n%s", src, got, want)
			}
		}
	}
}

func TestOptionSchemaAsGohcl(t *testing.T) {
	ours, err := optionSchema(reflect.TypeOf(testOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	theirs, _ := gohcl.ImpliedBodySchema(&testOptions{})
	if !reflect.DeepEqual(ours, theirs) {
		t.Errorf("schema\n%+v\ngohcl's\n%+v", ours, theirs)
	}
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}
