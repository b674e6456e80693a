// Package synth generates large, realistic and valid Prisma schemas for
// benchmarks and whole-process timings.
//
// The output looks like the schema of a multi-tenant SaaS product: an
// Organization and a User at the root, tenant-scoped models that point to
// earlier models through required and optional relations (every relation is
// paired with its back-relation field, and named where a pair of models is
// joined more than once), composite-id join models, enums with defaults,
// native types, @map/@@map, doc comments and indexes. It is laid out the way
// `prisma format` writes it, and is fully determined by Options.
package synth

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
)

// Options shape the generated schema.
type Options struct {
	Models   int    // number of models (enums are ~Models/10)
	Provider string // "postgresql" (default); "mysql" and "sqlite" are also supported
	Seed     int64  // determinism
}

// Schema returns a complete schema: datasource (with `provider` only, Prisma 7
// style: no url) + generator + enums + models.
//
// It panics on a Provider it does not support.
func Schema(o Options) []byte {
	g := newGen(o)
	g.build()
	return g.render()
}

// dialect holds what differs between the supported providers.
type dialect struct {
	provider  string
	varchar   func(n int) string // native type for a bounded string
	char      func(n int) string
	text      string
	timestamp string
	decimal   string
	uuid      string // native type for a uuid primary/foreign key, "" for none
	lists     bool   // scalar lists (String[])
}

func dialectFor(provider string) dialect {
	switch provider {
	case "", "postgresql":
		return dialect{
			provider:  "postgresql",
			varchar:   func(n int) string { return "@db.VarChar(" + strconv.Itoa(n) + ")" },
			char:      func(n int) string { return "@db.Char(" + strconv.Itoa(n) + ")" },
			text:      "@db.Text",
			timestamp: "@db.Timestamptz(6)",
			decimal:   "@db.Decimal(10, 2)",
			uuid:      "@db.Uuid",
			lists:     true,
		}
	case "mysql":
		return dialect{
			provider:  "mysql",
			varchar:   func(n int) string { return "@db.VarChar(" + strconv.Itoa(n) + ")" },
			char:      func(n int) string { return "@db.Char(" + strconv.Itoa(n) + ")" },
			text:      "@db.Text",
			timestamp: "@db.Timestamp(6)",
			decimal:   "@db.Decimal(10, 2)",
			uuid:      "@db.Char(36)",
		}
	case "sqlite":
		none := func(int) string { return "" }
		return dialect{provider: "sqlite", varchar: none, char: none}
	}
	panic(fmt.Sprintf("synth: unsupported provider %q", provider))
}

type idKind int

const (
	idCUID idKind = iota
	idUUID
	idAutoincrement
)

type field struct {
	doc     string // `///` line before the field
	comment string // `//` line before the field
	name    string
	typ     string
	attrs   []string
	trail   string // trailing `//` comment
}

type model struct {
	name    string
	doc     string
	id      idKind
	join    bool
	fields  []field // own fields, in order
	back    []field // back-relation fields, rendered after a blank line
	block   []string
	names   map[string]bool
	nBack   int
	tenant  bool
	enumUse map[int]bool
}

type enum struct {
	name   string
	doc    string
	values []string
	maps   bool // @map("lower") on values
	table  string
}

type gen struct {
	o      Options
	d      dialect
	r      *rand.Rand
	models []*model
	enums  []*enum
	used   map[string]bool // model and enum names
	combos []string

	snakeCols bool // the model being built maps its columns to snake_case
}

func newGen(o Options) *gen {
	if o.Models < 1 {
		o.Models = 1
	}
	d := dialectFor(o.Provider)
	o.Provider = d.provider
	return &gen{
		o:    o,
		d:    d,
		r:    rand.New(rand.NewPCG(uint64(o.Seed), 0x5eed5c4e3a)),
		used: map[string]bool{},
	}
}

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

// --- names -----------------------------------------------------------------

var areas = []string{
	"Billing", "Catalog", "Support", "Analytics", "Marketing", "Inventory",
	"Shipping", "Identity", "Content", "Compliance", "Payroll", "Recruiting",
	"Scheduling", "Messaging", "Storage", "Integration", "Workflow", "Reporting",
	"Sales", "Procurement", "Finance", "Legal", "Learning", "Community",
	"Security", "Audit", "Forecast", "Pricing", "Partner", "Vendor", "Fleet",
	"Facility", "Research", "Quality", "Survey", "Loyalty", "Subscription",
	"Warehouse", "Notification", "Document",
}

var nouns = []string{
	"Team", "Project", "Workspace", "Invoice", "InvoiceLine", "Payment",
	"Customer", "Contact", "Account", "Product", "Order", "OrderItem", "Ticket",
	"Comment", "Attachment", "Tag", "Label", "Webhook", "ApiKey", "Event",
	"Report", "Dashboard", "Widget", "Campaign", "Segment", "Subscriber",
	"Template", "Folder", "Task", "Milestone", "Sprint", "Release", "Deployment",
	"Environment", "Secret", "Policy", "Rule", "Approval", "Review", "Rating",
	"Note", "Shipment", "Carrier", "Address", "Region", "Location", "Asset",
	"License", "Contract", "Quote", "Lead", "Opportunity", "Pipeline",
	"Schedule", "Shift", "Timesheet", "Expense", "Budget", "Supplier", "Bin",
	"Batch", "Job", "Run", "Metric", "Alert", "Incident", "Runbook", "Question",
	"Answer", "Course", "Lesson", "Enrollment", "Certificate", "Badge",
	"Reward", "Coupon", "Discount", "Refund", "Dispute", "Payout", "Ledger",
	"Entry", "Device", "Credential", "Article", "Category", "Collection",
	"Bookmark", "Reaction", "Mention", "Thread", "Message", "Draft", "Revision",
	"Snapshot", "Checklist", "Goal", "Objective", "Feedback", "Invitation",
	"Plan", "Feature", "Quota", "Usage", "Charge", "Receipt", "Vehicle", "Route",
	"Stop", "Room", "Booking", "Resource", "Experiment", "Variant", "Sample",
	"Inspection", "Defect", "Response", "Member", "Point", "Voucher",
}

var enumSuffixes = []struct {
	name   string
	values []string
}{
	{"Status", []string{"DRAFT", "ACTIVE", "PAUSED", "ARCHIVED", "DELETED"}},
	{"Kind", []string{"STANDARD", "PREMIUM", "INTERNAL", "EXTERNAL", "SYSTEM"}},
	{"Priority", []string{"LOW", "MEDIUM", "HIGH", "URGENT"}},
	{"Visibility", []string{"PRIVATE", "TEAM", "ORGANIZATION", "PUBLIC"}},
	{"Tier", []string{"FREE", "STARTER", "PRO", "ENTERPRISE"}},
	{"Channel", []string{"EMAIL", "SMS", "PUSH", "WEBHOOK", "IN_APP"}},
	{"Stage", []string{"NEW", "QUALIFIED", "IN_PROGRESS", "BLOCKED", "DONE"}},
	{"Level", []string{"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}},
	{"Mode", []string{"MANUAL", "AUTOMATIC", "SCHEDULED"}},
	{"Source", []string{"WEB", "MOBILE", "API", "IMPORT", "INTEGRATION"}},
	{"Role", []string{"OWNER", "ADMIN", "MEMBER", "VIEWER", "GUEST"}},
	{"Frequency", []string{"DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "YEARLY"}},
}

var modelDocs = []string{
	"Tenant-scoped record; every query must filter by organizationId.",
	"Soft-deleted rows keep their history for auditing.",
	"Written by background jobs, read by the dashboard.",
	"One row per external object synced from the integration.",
	"Immutable once published; edits create a new revision.",
	"Aggregated nightly; do not write from request handlers.",
	"Holds user-facing configuration for the workspace.",
	"Mirrors the billing provider's object of the same name.",
}

var fieldDocs = []string{
	"Shown in the UI; trimmed on write.",
	"Null until the first sync completes.",
	"Stored in minor units of the currency.",
	"Free-form metadata from the integration.",
	"Set by the scheduler, never by users.",
	"ISO 4217 currency code.",
	"Human-readable identifier, unique per organization.",
	"Denormalized for fast listing.",
}

var trailing = []string{
	"// deprecated: use status",
	"// denormalized for reporting",
	"// set by webhook",
	"// TODO: backfill",
	"// cents",
}

var sectionComments = []string{
	"// Relations",
	"// Content",
	"// Bookkeeping",
	"// Lifecycle",
}

func lowerFirst(s string) string {
	// "ApiKey" -> "apiKey"
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

func snake(s string) string {
	var b strings.Builder
	for i, c := range s {
		if unicode.IsUpper(c) {
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(unicode.ToLower(c))
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func plural(s string) string {
	switch {
	case strings.HasSuffix(s, "y") && !strings.HasSuffix(s, "ey") && !strings.HasSuffix(s, "ay"):
		return s[:len(s)-1] + "ies"
	case strings.HasSuffix(s, "s"), strings.HasSuffix(s, "x"), strings.HasSuffix(s, "ch"), strings.HasSuffix(s, "sh"):
		return s + "es"
	}
	return s + "s"
}

// nextModelName returns the name for the i-th model (i >= 2).
func (g *gen) nextModelName(i int) string {
	for {
		var name string
		switch {
		case i-2 < len(nouns):
			name = nouns[i-2]
		default:
			if g.combos == nil {
				for _, a := range areas {
					for _, n := range nouns {
						if a != n {
							g.combos = append(g.combos, a+n)
						}
					}
				}
				g.r.Shuffle(len(g.combos), func(a, b int) { g.combos[a], g.combos[b] = g.combos[b], g.combos[a] })
			}
			k := i - 2 - len(nouns)
			name = g.combos[k%len(g.combos)]
			if round := k / len(g.combos); round > 0 {
				name += "V" + strconv.Itoa(round+1)
			}
		}
		if !g.used[name] {
			g.used[name] = true
			return name
		}
		i++
	}
}

// --- building ----------------------------------------------------------------

func (g *gen) build() {
	// Enums first so that models can use them.
	ne := max(1, g.o.Models/10)
	for i := range ne {
		g.enums = append(g.enums, g.newEnum(i))
	}
	g.models = append(g.models, g.organization())
	for i := 1; i < g.o.Models; i++ {
		var m *model
		switch {
		case i == 1:
			m = g.user()
		case i == 2:
			m = g.membership()
		case i >= 6 && i%9 == 0:
			m = g.joinModel(i)
		default:
			m = g.regular(i)
		}
		g.models = append(g.models, m)
	}
}

func (g *gen) newEnum(i int) *enum {
	s := enumSuffixes[i%len(enumSuffixes)]
	var name string
	if i == 0 {
		name = "PlanTier"
		s = enumSuffixes[4]
	} else {
		for round := 0; ; round++ {
			name = areas[(i/len(enumSuffixes)+round*7)%len(areas)] + s.name
			if round >= len(areas) {
				name += "V" + strconv.Itoa(round)
			}
			if !g.used[name] {
				break
			}
		}
	}
	g.used[name] = true
	e := &enum{name: name, values: append([]string(nil), s.values...)}
	if g.chance(0.3) {
		e.doc = "Values are stored as strings; append new values at the end."
	}
	e.maps = g.chance(0.2)
	if g.chance(0.4) {
		e.table = snake(name)
	}
	return e
}

func (g *gen) newModel(name string) *model {
	g.snakeCols = g.chance(0.65)
	return &model{name: name, names: map[string]bool{}, enumUse: map[int]bool{}}
}

func (m *model) add(f field) {
	if m.names[f.name] {
		panic("synth: duplicate field " + m.name + "." + f.name)
	}
	m.names[f.name] = true
	m.fields = append(m.fields, f)
}

// free returns name, or name with a numeric suffix, so that it is unused in m.
func (m *model) free(name string) string {
	n := name
	for k := 2; m.names[n]; k++ {
		n = name + strconv.Itoa(k)
	}
	return n
}

// mapped returns @map("snake") for a multi-word field name when the model
// being built maps its columns to snake_case (a few columns stay unmapped, and
// a few are mapped in unmapped models, as in schemas that grew over time).
func (g *gen) mapped(name string) []string {
	s := snake(name)
	if s == name {
		return nil
	}
	p := 0.03
	if g.snakeCols {
		p = 0.97
	}
	if g.chance(p) {
		return []string{`@map("` + s + `")`}
	}
	return nil
}

func (g *gen) ts(attrs ...string) []string {
	if g.d.timestamp != "" {
		attrs = append(attrs, g.d.timestamp)
	}
	return attrs
}

func nonEmpty(xs ...string) []string {
	var out []string
	for _, x := range xs {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}

func (g *gen) idField(m *model) {
	switch {
	case m.id == idAutoincrement:
		m.add(field{name: "id", typ: "Int", attrs: []string{"@id", "@default(autoincrement())"}})
	case m.id == idUUID:
		m.add(field{name: "id", typ: "String", attrs: nonEmpty("@id", "@default(uuid(7))", g.d.uuid)})
	default:
		m.add(field{name: "id", typ: "String", attrs: []string{"@id", "@default(cuid())"}})
	}
}

// fkType returns the scalar type and native-type attribute of a foreign key
// pointing at p's id.
func (g *gen) fkType(p *model) (string, string) {
	switch p.id {
	case idAutoincrement:
		return "Int", ""
	case idUUID:
		return "String", g.d.uuid
	}
	return "String", ""
}

func (g *gen) timestamps(m *model) {
	m.add(field{name: "createdAt", typ: "DateTime", attrs: g.ts(append([]string{"@default(now())"}, g.mapped("createdAt")...)...)})
	m.add(field{name: "updatedAt", typ: "DateTime", attrs: g.ts(append([]string{"@updatedAt"}, g.mapped("updatedAt")...)...)})
}

func (g *gen) tableMap(m *model) {
	if g.snakeCols && g.chance(0.95) || !g.snakeCols && g.chance(0.1) {
		m.block = append(m.block, `@@map("`+snake(plural(m.name))+`")`)
	}
}

func (g *gen) organization() *model {
	m := g.newModel("Organization")
	g.snakeCols = true
	g.used[m.name] = true
	m.doc = "A tenant. Every other tenant-scoped model points here through organizationId."
	g.idField(m)
	m.add(field{name: "name", typ: "String", attrs: nonEmpty(g.d.varchar(255))})
	m.add(field{doc: fieldDocs[6], name: "slug", typ: "String", attrs: nonEmpty("@unique", g.d.varchar(64))})
	m.add(field{name: "plan", typ: "PlanTier", attrs: []string{"@default(FREE)"}})
	m.enumUse[0] = true
	m.add(field{name: "billingEmail", typ: "String?", attrs: append(g.mapped("billingEmail"), nonEmpty(g.d.varchar(320))...)})
	m.add(field{name: "settings", typ: "Json?"})
	g.timestamps(m)
	m.block = append(m.block, `@@map("organizations")`)
	return m
}

func (g *gen) tenant(m *model, relation bool) {
	m.tenant = true
	m.add(field{name: "organizationId", typ: "String", attrs: g.mapped("organizationId")})
	if relation {
		g.relate(m, g.models[0], relOpts{name: "organization", fk: "organizationId", required: true, existingFK: true})
	}
}

func (g *gen) user() *model {
	m := g.newModel("User")
	g.snakeCols = true
	g.used[m.name] = true
	m.id = idUUID
	m.doc = "A person who can sign in. Belongs to one home organization."
	g.idField(m)
	g.tenant(m, true)
	m.add(field{name: "email", typ: "String", attrs: nonEmpty("@unique", g.d.varchar(320))})
	m.add(field{name: "name", typ: "String?", attrs: nonEmpty(g.d.varchar(255))})
	m.add(field{name: "avatarUrl", typ: "String?", attrs: g.mapped("avatarUrl")})
	m.add(field{name: "lastSeenAt", typ: "DateTime?", attrs: g.ts(g.mapped("lastSeenAt")...)})
	g.timestamps(m)
	m.block = append(m.block, "@@index([organizationId])", `@@map("users")`)
	return m
}

func (g *gen) membership() *model {
	m := g.newModel("Membership")
	g.snakeCols = true
	g.used[m.name] = true
	m.join = true
	m.doc = "Joins users to organizations with a role."
	m.add(field{name: "organizationId", typ: "String", attrs: g.mapped("organizationId")})
	m.add(field{name: "userId", typ: "String", attrs: nonEmpty(append(g.mapped("userId"), g.d.uuid)...)})
	g.relate(m, g.models[0], relOpts{name: "organization", fk: "organizationId", required: true, existingFK: true})
	g.relate(m, g.models[1], relOpts{name: "user", fk: "userId", required: true, existingFK: true})
	m.add(field{name: "role", typ: "String", attrs: nonEmpty(`@default("member")`, g.d.varchar(32))})
	m.add(field{name: "joinedAt", typ: "DateTime", attrs: g.ts(append([]string{"@default(now())"}, g.mapped("joinedAt")...)...)})
	m.block = append(m.block, "@@id([organizationId, userId])", "@@index([userId])", `@@map("memberships")`)
	return m
}

type relOpts struct {
	name       string // relation field name in the child
	fk         string // foreign key field name in the child
	required   bool
	unique     bool   // one-to-one
	relName    string // @relation("...") name, "" for none
	backName   string // back-relation field name in the parent, "" to derive
	existingFK bool   // fk field already added
}

// relate adds a relation from child c to parent p, with its back-relation
// field on p.
func (g *gen) relate(c, p *model, ro relOpts) {
	if !ro.existingFK {
		typ, native := g.fkType(p)
		if !ro.required {
			typ += "?"
		}
		attrs := nonEmpty(append(g.mapped(ro.fk), native)...)
		if ro.unique {
			attrs = append([]string{"@unique"}, attrs...)
		}
		c.add(field{name: ro.fk, typ: typ, attrs: attrs})
	}
	var args []string
	if ro.relName != "" {
		args = append(args, strconv.Quote(ro.relName))
	}
	args = append(args, "fields: ["+ro.fk+"]", "references: [id]")
	typ := p.name
	if ro.required {
		args = append(args, "onDelete: Cascade")
	} else {
		typ += "?"
		args = append(args, "onDelete: SetNull")
	}
	c.add(field{name: ro.name, typ: typ, attrs: []string{"@relation(" + strings.Join(args, ", ") + ")"}})

	back := ro.backName
	btyp := c.name + "[]"
	if ro.unique {
		btyp = c.name + "?"
		if back == "" {
			back = lowerFirst(c.name)
		}
	} else if back == "" {
		back = lowerFirst(plural(c.name))
	}
	var battrs []string
	if ro.relName != "" {
		battrs = []string{"@relation(" + strconv.Quote(ro.relName) + ")"}
	}
	if c == p {
		back = c.free(back)
		c.names[back] = true
		c.back = append(c.back, field{name: back, typ: btyp, attrs: battrs})
	} else {
		back = p.free(back)
		p.names[back] = true
		p.back = append(p.back, field{name: back, typ: btyp, attrs: battrs})
	}
	p.nBack++
}

// relField names the relation field in c that points at p: by p's noun
// ("invoice" for BillingInvoice) as people usually do, or by p's full name
// when the noun is taken.
func relField(c, p *model) string {
	short := noun(p.name)
	for _, n := range []string{lowerFirst(short), lowerFirst(p.name)} {
		if !c.names[n] && !c.names[n+"Id"] {
			return n
		}
	}
	n := lowerFirst(p.name)
	for k := 2; ; k++ {
		if x := n + strconv.Itoa(k); !c.names[x] && !c.names[x+"Id"] {
			return x
		}
	}
}

// noun strips the area prefix from a model name: BillingInvoice -> Invoice.
func noun(name string) string {
	for _, a := range areas {
		if rest, ok := strings.CutPrefix(name, a); ok && rest != "" && unicode.IsUpper(rune(rest[0])) {
			return rest
		}
	}
	return name
}

// maxBack caps back-relation fields per parent so no model grows huge.
func maxBack(i int) int {
	if i < 2 {
		return 40
	}
	return 12
}

// parent picks an earlier model (index < upto) that still has room for a
// back-relation and is not in avoid.
func (g *gen) parent(upto int, avoid map[*model]bool) *model {
	for try := 0; try < 40; try++ {
		var k int
		switch {
		case upto > 12 && g.chance(0.25):
			k = 1 + g.r.IntN(11) // core models
		default:
			lo := max(1, upto-60) // recent models: locality like real domains
			if lo >= upto {
				lo = 0
			}
			k = lo + g.r.IntN(upto-lo)
		}
		p := g.models[k]
		if k == 0 || p.join || avoid[p] || p.nBack >= maxBack(k) {
			continue
		}
		return p
	}
	return nil
}

func (g *gen) idKind() idKind {
	switch x := g.r.Float64(); {
	case x < 0.55:
		return idCUID
	case x < 0.85:
		return idUUID
	}
	return idAutoincrement
}

func (g *gen) joinModel(i int) *model {
	a := g.parent(i, nil)
	var b *model
	if a != nil {
		b = g.parent(i, map[*model]bool{a: true})
	}
	if a == nil || b == nil {
		return g.regular(i)
	}
	// Join models are named after what they join, as in ProjectTag.
	name := a.name + noun(b.name)
	if g.used[name] || len(name) > 32 {
		name = g.nextModelName(i)
	}
	g.used[name] = true
	m := g.newModel(name)
	m.join = true
	if g.chance(0.4) {
		m.doc = "Many-to-many link between " + a.name + " and " + b.name + "."
	}
	g.tenant(m, false)
	na := relField(m, a)
	g.relate(m, a, relOpts{name: na, fk: na + "Id", required: true})
	nb := relField(m, b)
	g.relate(m, b, relOpts{name: nb, fk: nb + "Id", required: true})
	fa, fb := na+"Id", nb+"Id"
	if g.chance(0.5) {
		g.enumField(m)
	}
	m.add(field{name: "createdAt", typ: "DateTime", attrs: g.ts(append([]string{"@default(now())"}, g.mapped("createdAt")...)...)})
	m.block = append(m.block, "@@id(["+fa+", "+fb+"])", "@@index(["+fb+"])")
	if g.chance(0.7) {
		m.block = append(m.block, "@@index([organizationId])")
	}
	g.tableMap(m)
	return m
}

func (g *gen) enumField(m *model) {
	k := g.r.IntN(len(g.enums))
	if m.enumUse[k] {
		return
	}
	e := g.enums[k]
	m.enumUse[k] = true
	name := lowerFirst(e.name)
	for _, s := range enumSuffixes {
		if strings.HasSuffix(e.name, s.name) && !m.names[lowerFirst(s.name)] {
			name = lowerFirst(s.name)
		}
	}
	name = m.free(name)
	typ := e.name
	if g.chance(0.15) {
		m.add(field{name: name, typ: typ + "?"})
		return
	}
	m.add(field{name: name, typ: typ, attrs: []string{"@default(" + e.values[g.r.IntN(2)] + ")"}})
}

// content adds one realistic scalar field.
func (g *gen) content(m *model) {
	d := g.d
	var f field
	switch g.r.IntN(22) {
	case 0, 1:
		f = field{name: "title", typ: "String", attrs: nonEmpty(d.varchar(255))}
	case 2:
		f = field{name: "description", typ: "String?", attrs: nonEmpty(d.text)}
	case 3:
		f = field{doc: fieldDocs[2], name: "amount", typ: "Decimal", attrs: nonEmpty("@default(0)", d.decimal)}
	case 4:
		f = field{doc: fieldDocs[3], name: "metadata", typ: "Json?"}
	case 5:
		if d.lists {
			f = field{name: "tags", typ: "String[]"}
		} else {
			f = field{name: "tagList", typ: "String?", attrs: append(g.mapped("tagList"), nonEmpty(d.text)...)}
		}
	case 6, 7:
		g.enumField(m)
		return
	case 8:
		f = field{name: "isArchived", typ: "Boolean", attrs: append([]string{"@default(false)"}, g.mapped("isArchived")...)}
	case 9:
		f = field{name: "position", typ: "Int", attrs: []string{"@default(0)"}}
	case 10:
		f = field{name: "publishedAt", typ: "DateTime?", attrs: g.ts(g.mapped("publishedAt")...)}
	case 11:
		f = field{doc: fieldDocs[1], name: "externalId", typ: "String?", attrs: append([]string{"@unique"}, append(g.mapped("externalId"), nonEmpty(d.varchar(128))...)...)}
	case 12:
		f = field{name: "email", typ: "String?", attrs: nonEmpty(d.varchar(320))}
	case 13:
		f = field{name: "score", typ: "Float?"}
	case 14:
		f = field{name: "sizeBytes", typ: "BigInt", attrs: append([]string{"@default(0)"}, g.mapped("sizeBytes")...)}
	case 15:
		f = field{name: "checksum", typ: "Bytes?"}
	case 16:
		f = field{doc: fieldDocs[5], name: "currency", typ: "String", attrs: nonEmpty(`@default("USD")`, d.char(3))}
	case 17:
		f = field{name: "dueAt", typ: "DateTime?", attrs: g.ts(g.mapped("dueAt")...)}
	case 18:
		f = field{name: "url", typ: "String?", attrs: nonEmpty(d.varchar(2048))}
	case 19:
		f = field{name: "quantity", typ: "Int", attrs: []string{"@default(1)"}}
	case 20:
		f = field{doc: fieldDocs[0], name: "displayName", typ: "String", attrs: append(g.mapped("displayName"), nonEmpty(d.varchar(120))...)}
	case 21:
		f = field{doc: fieldDocs[4], name: "lastRunAt", typ: "DateTime?", attrs: g.ts(g.mapped("lastRunAt")...)}
	}
	if m.names[f.name] {
		return
	}
	if f.doc != "" && !g.chance(0.35) {
		f.doc = ""
	}
	if g.chance(0.04) {
		f.trail = g.pick(trailing)
	}
	m.add(f)
}

func (g *gen) regular(i int) *model {
	m := g.newModel(g.nextModelName(i))
	m.id = g.idKind()
	if g.chance(0.35) {
		m.doc = g.pick(modelDocs)
	}
	g.idField(m)
	if g.chance(0.9) {
		g.tenant(m, g.chance(0.06))
	}

	// Relations to earlier models.
	nrel := 0
	switch x := g.r.Float64(); {
	case x < 0.25:
	case x < 0.7:
		nrel = 1
	case x < 0.92:
		nrel = 2
	default:
		nrel = 3
	}
	if i < 4 {
		nrel = 1
	}
	seen := map[*model]bool{}
	var firstRel string
	firstRelAt := len(m.fields)
	for r := 0; r < nrel; r++ {
		p := g.parent(i, seen)
		if p == nil {
			break
		}
		seen[p] = true
		name := relField(m, p)
		required := g.chance(0.6)
		ro := relOpts{name: name, fk: name + "Id", required: required, unique: !required && g.chance(0.08)}
		g.relate(m, p, ro)
		if firstRel == "" {
			firstRel = ro.fk
		}
	}
	// Two named relations to User (creator and assignee) on some models.
	if i > 2 && g.chance(0.12) && g.models[1].nBack+2 <= maxBack(1) && !seen[g.models[1]] {
		u := g.models[1]
		rn := func(role string) string { return m.name + strings.ToUpper(role[:1]) + role[1:] }
		g.relate(m, u, relOpts{name: "createdBy", fk: "createdById", required: true, relName: rn("createdBy"),
			backName: "created" + plural(m.name)})
		g.relate(m, u, relOpts{name: "assignee", fk: "assigneeId", relName: rn("assignee"),
			backName: "assigned" + plural(m.name)})
	}
	// Self relation (trees).
	if g.chance(0.05) {
		g.relate(m, m, relOpts{name: "parent", fk: "parentId", relName: m.name + "Tree", backName: "children"})
	}

	// Content fields.
	contentAt := len(m.fields)
	hasSlug := false
	if g.chance(0.2) {
		m.add(field{name: "slug", typ: "String", attrs: nonEmpty(g.d.varchar(64))})
		hasSlug = true
	}
	nc := 2 + g.r.IntN(4)
	for range nc {
		g.content(m)
	}
	if firstRel != "" && g.chance(0.25) {
		m.fields[firstRelAt].comment = "// Relations"
	}
	if g.chance(0.15) && contentAt < len(m.fields) && m.fields[contentAt].doc == "" {
		m.fields[contentAt].comment = g.pick(sectionComments[1:])
	}
	g.timestamps(m)

	// Block attributes.
	if hasSlug && m.tenant {
		m.block = append(m.block, "@@unique([organizationId, slug])")
	}
	if m.tenant && g.chance(0.85) {
		m.block = append(m.block, "@@index([organizationId])")
	}
	if m.tenant && g.chance(0.3) {
		m.block = append(m.block, "@@index([organizationId, createdAt(sort: Desc)])")
	}
	if firstRel != "" && g.chance(0.4) {
		m.block = append(m.block, "@@index(["+firstRel+"])")
	}
	g.tableMap(m)
	return m
}

// --- rendering ---------------------------------------------------------------

func (g *gen) render() []byte {
	var b bytes.Buffer
	b.Grow(g.o.Models * 800)
	fmt.Fprintf(&b, "// Synthetic multi-tenant SaaS schema: %d models, %d enums (seed %d).\n", len(g.models), len(g.enums), g.o.Seed)
	b.WriteString("// Generated by internal/synth for benchmarks; do not edit.\n\n")
	fmt.Fprintf(&b, "datasource db {\n  provider = %q\n}\n\n", g.d.provider)
	b.WriteString("generator client {\n  provider = \"prisma-client\"\n  output   = \"../generated/prisma\"\n}\n")
	for _, e := range g.enums {
		b.WriteByte('\n')
		if e.doc != "" {
			b.WriteString("/// " + e.doc + "\n")
		}
		b.WriteString("enum " + e.name + " {\n")
		w := 0
		if e.maps {
			for _, v := range e.values {
				w = max(w, len(v))
			}
		}
		for _, v := range e.values {
			if e.maps {
				fmt.Fprintf(&b, "  %-*s @map(%q)\n", w, v, strings.ToLower(v))
			} else {
				b.WriteString("  " + v + "\n")
			}
		}
		if e.table != "" {
			fmt.Fprintf(&b, "\n  @@map(%q)\n", e.table)
		}
		b.WriteString("}\n")
	}
	for _, m := range g.models {
		b.WriteByte('\n')
		if m.doc != "" {
			b.WriteString("/// " + m.doc + "\n")
		}
		b.WriteString("model " + m.name + " {\n")
		writeFields(&b, m.fields)
		if len(m.back) > 0 {
			b.WriteByte('\n')
			writeFields(&b, m.back)
		}
		if len(m.block) > 0 {
			b.WriteByte('\n')
			for _, a := range sortBlock(m.block) {
				b.WriteString("  " + a + "\n")
			}
		}
		b.WriteString("}\n")
	}
	return b.Bytes()
}

// sortBlock orders block attributes as prisma format does: @@id, @@unique,
// @@index, then @@map (stable within each kind).
func sortBlock(xs []string) []string {
	rank := func(s string) int {
		switch {
		case strings.HasPrefix(s, "@@id"):
			return 0
		case strings.HasPrefix(s, "@@unique"):
			return 1
		case strings.HasPrefix(s, "@@index"):
			return 2
		}
		return 3
	}
	out := make([]string, 0, len(xs))
	for r := range 4 {
		for _, x := range xs {
			if rank(x) == r {
				out = append(out, x)
			}
		}
	}
	return out
}

// writeFields writes one aligned group of fields, as prisma format does.
func writeFields(b *bytes.Buffer, fs []field) {
	wn, wt := 0, 0
	for _, f := range fs {
		wn = max(wn, len(f.name))
		wt = max(wt, len(f.typ))
	}
	for _, f := range fs {
		if f.comment != "" {
			b.WriteString("  " + f.comment + "\n")
		}
		if f.doc != "" {
			b.WriteString("  /// " + f.doc + "\n")
		}
		line := "  " + pad(f.name, wn) + " " + pad(f.typ, wt) + " " + strings.Join(f.attrs, " ")
		line = strings.TrimRight(line, " ")
		if f.trail != "" {
			line += " " + f.trail
		}
		b.WriteString(line + "\n")
	}
}

func pad(s string, w int) string {
	if len(s) >= w {
		return s
	}
	return s + strings.Repeat(" ", w-len(s))
}
