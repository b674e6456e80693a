package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/fix"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/untrusted"
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
	schema, code := loadSchema(e, paths)
	if schema == nil {
		return code
	}
	var schemaPath string
	if len(paths) == 1 {
		schemaPath = paths[0]
	}
	content := starterConfig(schema, schemaPath)
	if err := fix.WriteFile(target, []byte(content)); err != nil {
		e.errorf("schemalint init: %v", err)
		return ExitError
	}
	fmt.Fprintln(e.stdout, untrusted.Escape("wrote "+target))
	return ExitOK
}

// detectTenantField returns the candidate carried by the most models, and
// how many carry it.
func detectTenantField(s *prisma.Schema) (string, int) {
	counts := map[string]int{}
	for _, m := range s.Models {
		for _, c := range tenantCandidates {
			if f := m.Field(c); f != nil && f.Kind == prisma.ScalarField {
				counts[c]++
			}
		}
	}
	best, n := "", 0
	for _, c := range tenantCandidates {
		if counts[c] > n {
			best, n = c, counts[c]
		}
	}
	return best, n
}

func starterConfig(s *prisma.Schema, schemaPath string) string {
	var b strings.Builder
	b.WriteString("# schemalint configuration: https://github.com/schemalint/schemalint\n")
	b.WriteString("# Paths are relative to this file. Every setting is optional.\n\n")
	b.WriteString("# Which findings make `schemalint check` exit 1: \"error\", \"warning\" or \"notice\".\n")
	b.WriteString("fail_on = \"error\"\n\n")
	if schemaPath != "" {
		fmt.Fprintf(&b, "schema {\n  paths = [%q]\n}\n\n", filepath.ToSlash(schemaPath))
	} else {
		b.WriteString("# schema {\n#   paths = [\"prisma/schema\"] # found the way Prisma finds it when unset\n# }\n\n")
	}
	field, n := detectTenantField(s)
	if n > 0 {
		fmt.Fprintf(&b, "# %d of %d models carry %q, so the tenancy rules are on.\n", n, len(s.Models), field)
		b.WriteString("tenancy {\n")
		fmt.Fprintf(&b, "  fields = [%q]\n", field)
		var unscoped []string
		for _, m := range s.Models {
			if !m.IsView && m.Field(field) == nil {
				unscoped = append(unscoped, m.Name)
			}
		}
		sort.Strings(unscoped)
		b.WriteString("  # Models shared by every tenant (permissions, OAuth scopes, signing keys…).\n")
		b.WriteString("  # Models without the tenant field: ")
		if len(unscoped) > 8 {
			unscoped = append(unscoped[:8], "…")
		}
		b.WriteString(strings.Join(unscoped, ", ") + "\n")
		b.WriteString("  global_models = []\n")
		b.WriteString("  # The app's list of auto-filtered models, checked against the schema:\n")
		b.WriteString("  # registry {\n  #   file   = \"src/lib/prisma-org-scope.ts\"\n  #   symbol = \"ORG_SCOPED_MODELS\"\n  # }\n")
		b.WriteString("}\n\n")
	} else {
		b.WriteString("# No model carries a tenant field (organizationId, tenantId, …), so the tenancy\n# rules stay off. Name yours here if it has another name:\n")
		b.WriteString("# tenancy {\n#   fields = [\"workspaceId\"]\n# }\n\n")
	}
	b.WriteString("# Column names no view may expose (case-insensitive, matched word by word).\n")
	b.WriteString("# sensitive {\n#   patterns = [\"password\", \"pin\", \"secret\", \"token\"] # replaces the defaults\n#   allow    = [\"User.passwordChangedAt\"]\n# }\n\n")
	b.WriteString("# Per-rule settings; `schemalint rules` lists the rules.\n")
	b.WriteString("# rule \"tenant-unique-global\" {\n#   severity = \"warning\"\n# }\n")
	return b.String()
}
