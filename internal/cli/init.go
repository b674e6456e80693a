package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/fix"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/untrusted"
	"github.com/schemalint/schemalint/rules"
)

// tenantCandidates are field names teams use for row-scoped tenancy, in
// order of preference when counts tie.
var tenantCandidates = []string{"organizationId", "organisationId", "tenantId", "workspaceId", "accountId", "teamId", "orgId", "companyId", "projectId", "spaceId"}

func runInit(_ context.Context, e *env, args []string) int {
	fl := flag.NewFlagSet("init", flag.ContinueOnError)
	force := fl.Bool("force", false, "overwrite an existing schemalint.hcl")
	fl.Usage = func() {
		e.errorln("Usage: schemalint init [--force] [schema file or folder]")
		e.errorln("Writes a commented schemalint.hcl for the schema found (or given), detecting its tenant field.")
		fl.PrintDefaults()
	}
	paths, code, ok := parseFlags(fl, args, e.stderr)
	if !ok {
		return code
	}
	target := filepath.Join(e.dir, config.FileName)
	if _, err := os.Stat(target); err == nil && !*force {
		e.errorf("%s already exists; pass --force to overwrite it", target)
		return ExitError
	}
	// A schema-per-tenant layout has two schemas where Prisma finds none:
	// the shared one is checked as usual, the tenant one with its
	// migrations.
	var layout *tenantLayout
	if len(paths) == 0 {
		if layout = detectTenantLayout(e.dir); layout != nil {
			paths = layout.shared
		}
	}
	// No configuration yet: the schema is the one given, or the one
	// Prisma would find, as check finds it without a schemalint.hcl.
	cfg := config.Default()
	cfg.Dir = e.dir
	schemas, code := readSchemas(e, cfg, paths, true)
	if schemas == nil {
		return code
	}
	schema := schemas[0]
	var schemaPaths []string
	if len(paths) == 1 || layout != nil {
		schemaPaths = paths
	}
	content := starterConfig(schema, schemaPaths)
	if layout != nil {
		content += "\n" + layout.block()
	}
	if err := fix.WriteFile(target, []byte(content)); err != nil {
		e.errorf("schemalint init: %v", err)
		return ExitError
	}
	fmt.Fprintln(e.stdout, untrusted.Escape("wrote "+target))
	return ExitOK
}

func starterConfig(s *prisma.Schema, schemaPaths []string) string {
	var b strings.Builder
	b.WriteString("# schemalint configuration: https://github.com/schemalint/schemalint\n")
	b.WriteString("# Paths are relative to this file. Every setting is optional.\n\n")
	b.WriteString("# The rule set: rules a later schemalint makes default stay off until you raise it.\n")
	fmt.Fprintf(&b, "version = %d\n\n", rules.RuleSetVersion)
	b.WriteString("# Which findings make `schemalint check` exit 1: \"error\", \"warning\" or \"notice\".\n")
	b.WriteString("fail_on = \"error\"\n\n")
	if len(schemaPaths) > 0 {
		quoted := make([]string, len(schemaPaths))
		for i, p := range schemaPaths {
			quoted[i] = fmt.Sprintf("%q", filepath.ToSlash(p))
		}
		fmt.Fprintf(&b, "schema {\n  paths = [%s]\n}\n\n", strings.Join(quoted, ", "))
	} else {
		b.WriteString("# schema {\n#   paths = [\"prisma/schema\"] # found the way Prisma finds it when unset\n# }\n\n")
	}
	// The same test as the tenancy rules' own guess, over more names: a
	// name alone (accountId on a few models) does not switch tenancy on.
	g := rules.GuessTenancy(s, tenantCandidates, nil)
	switch {
	case g.On:
		fmt.Fprintf(&b, "# %d of %d models carry %q, a foreign key to %q on %d of them; %d are scoped\n", g.Named, g.Models, g.Field, g.Root, g.Carriers, g.Covered)
		b.WriteString("# by it (or through a parent) or are the tenant, so the tenancy rules are on.\n")
		b.WriteString("tenancy {\n")
		fmt.Fprintf(&b, "  fields = [%q]\n", g.Field)
		unscoped := g.Unscoped
		b.WriteString("  # Models shared by every tenant (permissions, OAuth scopes, signing keys…).\n")
		if len(unscoped) > 8 {
			unscoped = append(unscoped[:8:8], "…")
		}
		if len(unscoped) > 0 {
			b.WriteString("  # Models neither scoped nor the tenant: " + strings.Join(unscoped, ", ") + "\n")
		}
		b.WriteString("  global_models = []\n")
		b.WriteString("  # The app's list of auto-filtered models, checked against the schema:\n")
		b.WriteString("  # registry {\n  #   file   = \"src/lib/prisma-org-scope.ts\"\n  #   symbol = \"ORG_SCOPED_MODELS\"\n  # }\n")
		b.WriteString("}\n\n")
	case g.Field != "":
		fmt.Fprintf(&b, "# %d of %d models carry %q, but it does not look like a tenant field:\n# %s.\n", g.Named, g.Models, g.Field, notTenancy(g))
		b.WriteString("# The tenancy rules stay off; if it is yours, declare it:\n")
		fmt.Fprintf(&b, "# tenancy {\n#   fields = [%q]\n# }\n\n", g.Field)
	default:
		b.WriteString("# No model carries a tenant field (organizationId, tenantId, …), so the tenancy\n# rules stay off. Name yours here if it has another name:\n")
		b.WriteString("# tenancy {\n#   fields = [\"workspaceId\"]\n# }\n\n")
	}
	b.WriteString("# Column names no view may expose (case-insensitive, matched word by word).\n")
	b.WriteString("# sensitive {\n#   patterns = [\"password\", \"pin\", \"secret\", \"token\"] # replaces the defaults\n#   allow    = [\"User.failedLoginCount\"]\n# }\n\n")
	b.WriteString("# What the breaking-change rules compare with where no known CI names a base\n")
	b.WriteString("# (GitHub, GitLab, Bitbucket, Azure Pipelines and Buildkite pull requests do).\n")
	b.WriteString("# base {\n#   ref = \"origin/main\"\n# }\n\n")
	b.WriteString("# Per-rule settings; `schemalint rules` lists the rules.\n")
	b.WriteString("# rule \"tenant-unique-global\" {\n#   severity = \"warning\"\n# }\n")
	return b.String()
}

// notTenancy says why a guessed field does not make the schema
// multi-tenant.
func notTenancy(g rules.TenancyGuess) string {
	switch {
	case g.Carriers == 0:
		return "it is a foreign key on none of them"
	case g.Carriers*2 < g.Named:
		return fmt.Sprintf("it is a foreign key to %q on only %d of them", g.Root, g.Carriers)
	case g.Carriers*4 < g.Scoped:
		return fmt.Sprintf("only %d of the %d models scoped through it carry it themselves", g.Carriers, g.Scoped)
	}
	return fmt.Sprintf("only %d of the %d are scoped by it (or through a parent) or are the tenant", g.Covered, g.Models)
}
