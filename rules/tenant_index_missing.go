package rules

import (
	"fmt"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
)

var TenantIndexMissing = &Rule{
	Name:     "tenant-index-missing",
	Category: Tenancy,
	Requires: []*Analysis{TenancyAnalysis},
	Severity: severity.Error,
	Summary:  "a tenant-scoped model has no index whose leading column is the tenant field",
	Doc: `Row-scoped multi-tenancy filters every query by the tenant field
(` + "`WHERE \"organizationId\" = $1`" + `). Without an index that starts with that column,
a query that filters by the tenant alone (a tenant's list pages, its
exports, the cascade when a tenant is deleted) scans the whole table, and
the cost grows with every tenant you add.

Any ` + "`@id`, `@@id`, `@unique`, `@@unique` or `@@index`" + ` whose first column is the
tenant field counts, so ` + "`@@id([organizationId, id])`" + ` and
` + "`@@unique([organizationId, slug])`" + ` are enough. An index that holds the tenant
field in second place (` + "`@@index([workflowRunId, tenantId])`" + `) serves the queries
that also fix its first column, not those by tenant alone; the message names
that index. If the application never reads or deletes by tenant alone
(every query goes through a run that belongs to one tenant), say so with
` + "`// schemalint-ignore tenant-index-missing <reason>`" + `. A model declared in
` + "`tenancy { global_models = [...] }`" + ` holds every tenant's rows and is not
judged, even when it carries a column of the tenant field's name.

Fix: add ` + "`@@index([organizationId])`" + ` (` + "`schemalint fix`" + ` inserts it).`,
	Bad: `model Organization {
  id       String    @id
  invoices Invoice[]
}

model Invoice {
  id             String       @id
  organizationId String
  number         Int
  organization   Organization @relation(fields: [organizationId], references: [id])

  @@index([number, organizationId])
}`,
	Good: `model Organization {
  id       String    @id
  invoices Invoice[]
}

model Invoice {
  id             String       @id
  organizationId String
  number         Int
  organization   Organization @relation(fields: [organizationId], references: [id])

  @@index([organizationId, number])
}`,
	Run: runTenantIndexMissing,
}

func runTenantIndexMissing(p *Pass) {
	t := p.Tenancy()
	if !t.On() {
		return
	}
	for _, m := range tenantModels(p.Schema) {
		f := t.Field(m)
		// A model declared global holds every tenant's rows: its field is
		// no tenant's key, whatever its name (the query rule judges it
		// as global too).
		if f == nil || t.IsGlobal(m) || len(m.IndexesLeadingWith(f)) > 0 {
			continue
		}
		where := ""
		related := []Related{{Range: f.Range(), Message: "the tenant field"}}
		if ix, pos := indexHolding(m, f); ix != nil {
			// Queries that also fix the leading columns use that index;
			// listing or deleting a tenant's rows cannot.
			where = fmt.Sprintf(" (%s has it %s)", indexText(ix), ordinal(pos))
			related = append(related, Related{Range: ix.Range(), Message: "an index that does not lead with it"})
		}
		p.Report(Diagnostic{
			Range: m.NameRange(),
			Message: fmt.Sprintf("model %q has no index leading with its tenant field %q%s; add @@index([%s])",
				m.Name, f.Name(), where, f.Name()),
			Related: related,
			Fix:     insertBlockAttribute(m, fmt.Sprintf("@@index([%s])", f.Name())),
		})
	}
}

// indexHolding returns the index of m that holds f nearest its front, and
// f's position in it (0 is first), or nil.
func indexHolding(m *prisma.Model, f *prisma.Field) (*prisma.Index, int) {
	var best *prisma.Index
	at := 0
	for _, ix := range m.AllIndexes() {
		for i, c := range ix.Fields {
			if c.Field == f && (best == nil || i < at) {
				best, at = ix, i
			}
		}
	}
	return best, at
}

// indexText writes an index the way a block attribute declares it,
// without its arguments: @@index([workflowRunId, tenantId]).
func indexText(ix *prisma.Index) string {
	paths := make([]string, len(ix.Fields))
	for i, c := range ix.Fields {
		paths[i] = c.Path
	}
	kind := map[prisma.IndexKind]string{prisma.IndexID: "id", prisma.IndexUnique: "unique", prisma.IndexNormal: "index", prisma.IndexFulltext: "fulltext"}[ix.Kind]
	return fmt.Sprintf("@@%s([%s])", kind, strings.Join(paths, ", "))
}

// ordinal names a position in an index: "second", …, "in position 7".
func ordinal(pos int) string {
	if names := []string{"first", "second", "third", "fourth", "fifth"}; pos < len(names) {
		return names[pos]
	}
	return fmt.Sprintf("in position %d", pos+1)
}

// insertBlockAttribute returns a fix adding attr as the last line of m's
// block, indented like its fields, after a blank line when the block has no
// block attribute yet (as prisma format lays it out).
func insertBlockAttribute(m *prisma.Model, attr string) *Fix {
	src := m.File.Src
	closing := int(m.Decl.Span.End) - 1 // the '}'
	lineStart := closing
	for lineStart > 0 && src[lineStart-1] != '\n' && src[lineStart-1] != '\r' {
		lineStart--
	}
	sharesLine := strings.TrimSpace(string(src[lineStart:closing])) != ""
	if sharesLine {
		// `}` ends a line with content: put the attribute on a line before it.
		lineStart = closing
	}
	indent := "  "
	if len(m.Decl.Fields) > 0 {
		start := m.Decl.Fields[0].Span.Start
		ls := start
		for ls > 0 && (src[ls-1] == ' ' || src[ls-1] == '\t') {
			ls--
		}
		indent = string(src[ls:start])
	}
	// Keep the block's line endings (a CRLF checkout stays CRLF), read where
	// its opening line ends rather than by searching the whole file once per
	// finding.
	nl := "\n"
	if b := int(m.Decl.Body.Start); b >= 2 && src[b-2] == '\r' && src[b-1] == '\n' {
		nl = "\r\n"
	}
	text := indent + attr + nl
	if len(m.Decl.Attributes) == 0 {
		text = nl + text
	}
	if sharesLine {
		text = nl + text
	}
	return &Fix{
		Message: "add " + attr + " to model " + m.Name,
		Edits:   []Edit{{File: m.File.Name, Start: lineStart, End: lineStart, NewText: text}},
	}
}
