package cli

import (
	"context"
	"flag"
	"fmt"
	"text/tabwriter"

	"github.com/schemalint/schemalint/rules"
)

func runRules(_ context.Context, e *env, args []string) int {
	fl := flag.NewFlagSet("rules", flag.ContinueOnError)
	fl.Usage = func() {
		e.errorln("Usage: schemalint rules [rule-id]")
		e.errorln("Without an id, lists every rule; with one, prints its documentation.")
	}
	ids, code, ok := parseFlags(fl, args, e.stderr)
	if !ok {
		return code
	}
	if len(ids) == 0 {
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "RULE\tSEVERITY\tCATEGORY\tSUMMARY")
		for _, r := range rules.Reported() {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Name, r.Severity, r.Category, r.Summary)
		}
		tw.Flush()
		return ExitOK
	}
	for i, id := range ids {
		r := reported(id)
		if r == nil {
			e.errorf("schemalint rules: unknown rule %q; run `schemalint rules` for the list", id)
			return ExitError
		}
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		fmt.Fprint(e.stdout, rules.Markdown(r))
	}
	return ExitOK
}

// reported is the rule or pseudo-rule named id, or nil.
func reported(id string) *rules.Rule {
	for _, r := range rules.Reported() {
		if r.Name == id {
			return r
		}
	}
	return nil
}
