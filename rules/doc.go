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
	lang, what := "prisma", "this schema"
	if r.SQLExamples {
		lang, what = "sql", "these tenant migrations"
		fmt.Fprintf(&b, "\nThe examples are the files of a `tenant_schema`, each after its name: its migrations (`V…sql`), its schema (`tenant.prisma`) and a shared schema beside it (`shared.prisma`):\n\n```hcl\nschema {\n  paths = [\"shared.prisma\"]\n}\n\ntenant_schema \"clinic\" {\n  schema     = \"tenant.prisma\"\n  migrations = \"tenant-migrations\"\n}\n```\n")
	}
	if r == InputError {
		lang = "sql"
	}
	if r.ExampleSchema != "" {
		lang = "ts"
		fmt.Fprintf(&b, "\n## Schema\n\nThe examples below are application code against this schema:\n\n```prisma\n%s\n```\n", strings.TrimSpace(r.ExampleSchema))
	}
	if r.BaseExample != "" {
		fmt.Fprintf(&b, "\n## At the base\n\nThe examples below are compared with %s at the base (`--base <ref>`, or the pull request's base in GitHub Actions):\n\n```%s\n%s\n```\n", what, lang, strings.TrimSpace(r.BaseExample))
	}
	fmt.Fprintf(&b, "\n## Reported\n\n```%s\n%s\n```\n", lang, strings.TrimSpace(r.Bad))
	fmt.Fprintf(&b, "\n## Not reported\n\n```%s\n%s\n```\n", lang, strings.TrimSpace(r.Good))
	if r.Pseudo {
		fmt.Fprintf(&b, "\n## Configure or silence\n\nReported by the run itself, not by a rule: it cannot be switched off.\n")
		return b.String()
	}
	fmt.Fprintf(&b, "\n## Configure or silence\n\n```hcl\nrule %q {\n  severity = \"warning\" # or \"error\", \"notice\"\n  enabled  = false     # switch it off entirely\n}\n```\n\n", r.Name)
	if r.SQLExamples {
		fmt.Fprintf(&b, "On one line or block: `// schemalint-ignore %s <reason>` in a schema, `-- schemalint-ignore %s <reason>` in SQL (the reason is required).\n", r.Name, r.Name)
	} else {
		fmt.Fprintf(&b, "On one line or block: `// schemalint-ignore %s <reason>` (the reason is required).\n", r.Name)
	}
	return b.String()
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
