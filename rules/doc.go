package rules

import (
	"fmt"
	"strings"
)

// Markdown renders a rule's documentation page (docs/rules/<id>.md and
// `schemalint rules <id>`).
func Markdown(r *Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", r.Name)
	fmt.Fprintf(&b, "%s.\n\n", capitalize(r.Summary))
	fmt.Fprintf(&b, "- Category: %s\n- Default severity: %s\n", r.Category, r.Severity)
	if r.NewOptions != nil {
		fmt.Fprintf(&b, "- Options: see below\n")
	}
	fmt.Fprintf(&b, "\n## Why, and how to fix\n\n%s\n", strings.TrimSpace(r.Doc))
	if r.BaseExample != "" {
		fmt.Fprintf(&b, "\n## At the base\n\nThe examples below are compared with this schema at the base (`--base <ref>`, or the pull request's base in GitHub Actions):\n\n```prisma\n%s\n```\n", strings.TrimSpace(r.BaseExample))
	}
	lang := "prisma"
	if r.ExampleSchema != "" {
		lang = "ts"
		fmt.Fprintf(&b, "\n## Schema\n\nThe examples below are application code against this schema:\n\n```prisma\n%s\n```\n", strings.TrimSpace(r.ExampleSchema))
	}
	fmt.Fprintf(&b, "\n## Reported\n\n```%s\n%s\n```\n", lang, strings.TrimSpace(r.Bad))
	fmt.Fprintf(&b, "\n## Not reported\n\n```%s\n%s\n```\n", lang, strings.TrimSpace(r.Good))
	fmt.Fprintf(&b, "\n## Configure or silence\n\n```hcl\nrule %q {\n  severity = \"warning\" # or \"error\", \"notice\"\n  enabled  = false     # switch it off entirely\n}\n```\n\n", r.Name)
	fmt.Fprintf(&b, "On one line or block: `// schemalint-ignore %s <reason>` (the reason is required).\n", r.Name)
	return b.String()
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
