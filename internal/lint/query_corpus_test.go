package lint

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/sharedtest"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
	"github.com/schemalint/schemalint/rules"
)

// tsApps are the real multi-tenant applications of the shared corpus, with
// the tenant fields each declares.
var tsApps = []struct {
	dir, schema string
	fields      []string
}{
	{"mfts__papermark", "prisma/schema", []string{"teamId"}},
	{"formbricks__formbricks", "packages/database/schema", []string{"workspaceId", "organizationId"}},
	{"dubinc__dub", "apps/web/prisma/schema", []string{"projectId", "workspaceId"}},
	{"Shelf-nu__shelf.nu", "packages/database/prisma/schema.prisma", []string{"organizationId"}},
	{"triggerdotdev__trigger.dev", "internal-packages/database/prisma/schema.prisma", []string{"organizationId", "projectId", "runtimeEnvironmentId"}},
}

func runQueryRule(t *testing.T, dir, schema string, fields []string) *Result {
	t.Helper()
	cfg := config.Default()
	cfg.Dir = dir
	cfg.Tenancy.Fields = fields
	cfg.Tenancy.Configured = true
	res, err := runShown(context.Background(), Options{Dir: dir, Config: cfg, Paths: []string{filepath.Join(dir, schema)}, Only: []string{rules.TenantQueryUnscoped.Name}})
	require.NoError(t, err)
	return res
}

// The query rule reads every real application whole, finds its Prisma
// calls, and judges them; the tally is logged for review.
func TestQueryRuleOnRealApplications(t *testing.T) {
	corpus := sharedtest.Dir(t, filepath.Join("corpus", "ts-apps"))
	for _, app := range tsApps {
		t.Run(app.dir, func(t *testing.T) {
			dir := filepath.Join(corpus, app.dir)
			res := runQueryRule(t, dir, app.schema, app.fields)
			schema, err := prisma.Load(os.ReadFile, filepath.Join(dir, app.schema))
			require.NoError(t, err)
			delegates := map[string]bool{}
			for _, m := range schema.Models {
				delegates[string(m.Name[0]|0x20)+m.Name[1:]] = true
			}
			paths, err := tsquery.Discover(dir, tsquery.Scope{Read: os.ReadFile})
			require.NoError(t, err)
			var files []tsquery.File
			for _, p := range paths {
				src, err := os.ReadFile(p)
				require.NoError(t, err)
				if tsquery.MayCall(src) {
					files = append(files, tsquery.File{Path: p, Src: src})
				}
			}
			counts, errs := tsquery.Each(files, func(tree *tsparse.Tree) int {
				return len(tsquery.Calls(tree, func(d string) bool { return delegates[d] }))
			})
			calls := 0
			for i := range counts {
				require.NoError(t, errs[i])
				calls += counts[i]
			}
			bySeverity := map[severity.Severity]int{}
			for _, d := range res.Diagnostics {
				require.Equal(t, rules.TenantQueryUnscoped.Name, d.Rule, "%s:%d: %s", d.Range.File, d.Range.Start.Line, d.Message)
				bySeverity[d.Severity]++
			}
			assert.NotZero(t, calls)
			t.Logf("%s: %d files naming an operation, %d calls, %d errors, %d warnings, %d notices", app.dir, len(files), calls,
				bySeverity[severity.Error], bySeverity[severity.Warning], bySeverity[severity.Notice])
		})
	}
}

// Findings read on the real applications and judged: true leaks stay
// reported; lookups whose id the same function checked against the tenant
// first (Shelf's own reasoned exceptions) do not.
func TestQueryRuleJudgedFindings(t *testing.T) {
	corpus := sharedtest.Dir(t, filepath.Join("corpus", "ts-apps"))
	type at struct {
		file string
		line int
	}
	cases := []struct {
		app, schema string
		fields      []string
		reported    []at
		notReported []at
	}{
		{"mfts__papermark", "prisma/schema", []string{"teamId"},
			// Team membership is checked, but the dataroom id from the
			// URL (or the request body) is never tied to that team.
			[]at{{"pages/api/teams/[teamId]/datarooms/[id]/folders/documents/[...name].ts", 58},
				{"pages/api/teams/[teamId]/documents/[id]/add-to-dataroom.ts", 75},
				// Link.uploadFolderId is a plain string, no foreign key: the
				// folder it names is not proven the link's team's.
				{"pages/api/teams/[teamId]/datarooms/[id]/links.ts", 87},
				// A link compared only with a viewer looked up by id alone:
				// the two rows are one team's, not the caller's.
				{"pages/api/file/tus-viewer/[[...file]].ts", 52}, {"pages/api/file/tus-viewer/[[...file]].ts", 118},
				// PATCH checks only team membership: the dataroom id is tied
				// to the team by the GET branch's lookup, which never runs.
				{"pages/api/teams/[teamId]/datarooms/[id]/index.ts", 157},
				// DELETE removes the group's links before the group's own
				// delete with the team: the PATCH branch's check never runs.
				{"pages/api/teams/[teamId]/datarooms/[id]/groups/[groupId]/index.ts", 181},
				// DELETE lists another team's group's links (names in the 400
				// reply): only the GET branch looks the group up with the team.
				{"pages/api/teams/[teamId]/visitor-groups/[groupId]/index.ts", 128},
				// The dataroom is looked up with the team but never tested
				// before its views are counted.
				{"pages/api/teams/[teamId]/datarooms/[id]/views/index.ts", 106},
				// Tag items found by the ids of the links included with the
				// team's document: Link.documentId is optional and a link
				// carries a team of its own, so the schema does not make a
				// listed link the document's team's (its tag items' tenant
				// is their tag's). Quiet until the eleventh round, which
				// proves a listed child only through a required key.
				{"pages/api/teams/[teamId]/documents/[id]/links.ts", 108}},
			// The document id is proven the team's by the team lookup
			// (documents: { some: { id: { equals: docId } } }); link
			// counts are of the documents the team query returned
			// (documentIds = documents.map((d) => d.id)); the domain is
			// the one the route just created.
			[]at{{"pages/api/teams/[teamId]/documents/[id]/add-to-dataroom.ts", 93}, {"pages/api/teams/[teamId]/documents/index.ts", 144},
				{"pages/api/teams/[teamId]/domains/index.ts", 150},
				// The dataroom looked up by dataroomId and compared with the
				// team before its id is the foreign key.
				{"pages/api/teams/[teamId]/datarooms/[id]/apply-permissions.ts", 88},
				// Rows of the team's findMany narrowed with filter, and the
				// versions and links included with the team's document.
				{"pages/api/teams/[teamId]/enable-advanced-mode.ts", 108}, {"pages/api/teams/[teamId]/enable-advanced-mode.ts", 112},
				{"pages/api/teams/[teamId]/enable-advanced-mode.ts", 118}, {"pages/api/teams/[teamId]/documents/[id]/index.ts", 105},
				{"pages/api/teams/[teamId]/documents/[id]/overview.ts", 133},
				// The team loaded with its dataroom of that id, rejected
				// when there is none, before the dataroom id is used.
				{"pages/api/teams/[teamId]/datarooms/[id]/documents/move.ts", 51}, {"pages/api/teams/[teamId]/datarooms/[id]/folders/move.ts", 56},
				// Rows of a group checked with the team, narrowed with filter.
				{"pages/api/teams/[teamId]/datarooms/[id]/permission-groups/[permissionGroupId].ts", 472},
				// The document loaded with its team's users filtered by the
				// user, refused when there is none.
				{"pages/api/teams/[teamId]/documents/[id]/preview-data.ts", 49},
				// The document refused unless its team's users include the
				// user (document.team?.users.some((u) => u.userId === userId)).
				{"lib/team/helper.ts", 94},
				// The dataroom checked with the team under if (dataroomId),
				// its folder looked up under a later if (dataroomId).
				{"pages/api/webhooks/services/[...path]/index.ts", 656},
				// Tags of the team's links, looped over under a let alias
				// (extendedLinks = links as LinkWithViews[]).
				{"pages/api/teams/[teamId]/datarooms/[id]/links.ts", 97},
				// Counts by the ids of the groups read by the dataroom id
				// checked with the team just before.
				{"pages/api/teams/[teamId]/datarooms/[id]/groups/index.ts", 94}, {"pages/api/teams/[teamId]/datarooms/[id]/groups/index.ts", 101},
				// The document id checked with the team inside the dataroom
				// document's lookup (document: { id: documentId, teamId }).
				{"pages/api/teams/[teamId]/datarooms/[id]/documents/[documentId]/stats.ts", 94}}},
		{"dubinc__dub", "apps/web/prisma/schema", []string{"projectId", "workspaceId"},
			// A domain compared with null (orphaned), not with a tenant.
			[]at{{"apps/web/lib/jobs/handlers/domain-deleted-job.ts", 23},
				// Any workspace claims any link whose userId is null by its
				// domain and key, also another workspace's link whose user
				// was deleted (Link.user sets null): a true leak.
				{"apps/web/app/api/links/sync/route.ts", 24}, {"apps/web/app/api/links/sync/route.ts", 53},
				// True as written: the program is the workspace's
				// defaultProgramId, a plain column that no relation ties
				// to Program.workspaceId.
				{"apps/web/app/api/folders/[folderId]/route.ts", 108},
				// An operator script reads the program's workspace's
				// stripeConnectId: a column of the tenant, not its key, so
				// the lookup is no owner lookup (true as written).
				{"apps/web/scripts/programs/4-export-stripe-invoices.ts", 44}},
			// Link.domain references Domain.slug: the links of the slugs
			// of the domains a workspace-filtered query returned.
			[]at{{"apps/web/app/api/domains/route.ts", 51},
				// The link the dashboard deleted with projectId names; the
				// dashboard updated by the id that the file's guard, a const
				// arrow function, looked up with the workspace and threw
				// on when missing (getDashboardOrThrow).
				{"apps/web/app/api/dashboards/[id]/route.ts", 71}, {"apps/web/app/api/dashboards/[id]/route.ts", 41},
				// The integration just created, bound as a destructured rest.
				{"apps/web/app/api/oauth/apps/route.ts", 126},
				// The id of a domain picked from the workspace's domains.
				{"apps/web/lib/api/links/process-link.ts", 263},
				// Ids of commissions a query returned whose where (an OR
				// built with chunk.map) the rule cannot see: a notice.
				{"apps/web/lib/api/fraud/hold-pending-commissions.ts", 73}, {"apps/web/lib/api/fraud/hold-processed-commissions.ts", 90},
				// The invoice the $transaction callback created with the
				// workspace's id, taken from the transaction's result.
				{"apps/web/lib/api/domains/initiate-premium-domain-registration.ts", 146}}},
		{"Shelf-nu__shelf.nu", "packages/database/prisma/schema.prisma", []string{"organizationId"},
			// True as written, each where the check is out of the
			// function's sight: a pg-boss job keyed by its payload; a
			// public route; an id proven by assertLocationBelongsToOrg, a
			// guard in another file; a helper whose caller checks the
			// booking id; the admin's cross-org tool; kits read with a
			// where from getKitsWhereInput.
			[]at{{"apps/webapp/app/modules/audit/worker.server.ts", 21}, {"apps/webapp/app/routes/qr+/_public+/$qrId_.contact-owner.tsx", 92},
				{"apps/webapp/app/modules/kit/service.server.ts", 4044}, {"apps/webapp/app/modules/booking/service.server.ts", 14105},
				{"apps/webapp/app/routes/_layout+/admin-dashboard+/move-location-images.tsx", 327},
				// The same let and const names in the loader's QR branch,
				// where the asset is qr.asset of a row from getQr, a helper:
				// the rows of the other branch prove nothing here.
				{"apps/webapp/app/routes/api+/get-scanned-item.$qrId.ts", 275},
				// A leak: the categories of a new custom field come from the
				// form and are connected with no check of their organization.
				{"apps/webapp/app/modules/custom-field/service.server.ts", 61},
				// The same leak on update, through Object.assign(data, {
				// categories: { set } }) after the data is built.
				{"apps/webapp/app/modules/custom-field/service.server.ts", 306},
				// Asset ids checked only against the assets the org's
				// booking links through BookingAsset, a join model whose
				// rows may link another organization's asset.
				{"apps/webapp/app/modules/booking/service.server.ts", 6141}, {"apps/webapp/app/modules/booking/service.server.ts", 6152},
				{"apps/webapp/app/modules/booking/service.server.ts", 6155}, {"apps/webapp/app/modules/booking/service.server.ts", 6389}},
			// "auditSessionId proven org-owned by the findFirst({ where:
			// { id: auditSessionId, organizationId } }) guard earlier in
			// this fn".
			// The image's ownerOrgId, a foreign key to the tenant under
			// another name, is checked against the caller's organizations.
			[]at{{"apps/webapp/app/modules/audit/service.server.ts", 1598}, {"apps/webapp/app/modules/asset-reminder/service.server.ts", 261},
				{"apps/webapp/app/routes/api+/image.$imageId.ts", 15},
				// ownerOrgId, the foreign key to Organization, in the where.
				{"apps/webapp/app/modules/user/service.server.ts", 1952},
				// Fetch-then-verify of a row bound by const [a, b] = await
				// Promise.all([…]), as Shelf's exception says.
				{"apps/webapp/app/modules/audit/service.server.ts", 1265},
				// Memberships picked with find from the org-filtered
				// findMany ("already org-proven", its exceptions say).
				{"apps/webapp/app/modules/organization/service.server.ts", 901}, {"apps/webapp/app/modules/organization/service.server.ts", 908},
				// Ids of the kits read with a where from getKitsWhereInput,
				// which the rule cannot see: a notice, as scoped as that
				// where (Shelf's comment: from the org-scoped findMany).
				{"apps/webapp/app/modules/kit/service.server.ts", 3066},
				// kit.id of `const kit = { ...kitWithRelations, assets }`,
				// a copy of the kit read with its organization.
				{"apps/webapp/app/modules/kit/service.server.ts", 5170}, {"apps/webapp/app/modules/kit/service.server.ts", 5190},
				{"apps/webapp/app/modules/kit/service.server.ts", 5265}, {"apps/webapp/app/modules/kit/service.server.ts", 5276},
				{"apps/webapp/app/modules/kit/service.server.ts", 5343},
				// const kitCustodyId = kit.custody.id, of that same copy.
				{"apps/webapp/app/modules/kit/service.server.ts", 2512}, {"apps/webapp/app/modules/kit/service.server.ts", 5720},
				{"apps/webapp/app/modules/kit/service.server.ts", 5797}, {"apps/webapp/app/modules/kit/service.server.ts", 5830},
				// The image of the location a tenant-filtered delete returned.
				{"apps/webapp/app/modules/location/service.server.ts", 892},
				// Ids of the locations read with `all ? { organizationId } :
				// { id: { in }, organizationId }` (Shelf's exception says so).
				{"apps/webapp/app/modules/location/service.server.ts", 1211},
				// booking/service.server.ts:4662, 4731, 5981, 6052 (asset ids
				// of the booking's join rows, each asset first locked by the
				// org-scoped raw SELECT … FOR UPDATE of
				// lockAssetForQuantityUpdate, which throws when the org has
				// no asset of that id) are quiet by that proof only when the
				// `~/` import resolves: this copy of the app has no
				// tsconfig.json for it. TestQueryRuleShelfWithItsAlias
				// asserts them with one.
				// let auditAssetId, assigned only the id of the audit asset
				// found with the org's asset, used inside if (auditAssetId).
				{"apps/webapp/app/routes/api+/get-scanned-item.$qrId.ts", 178}, {"apps/webapp/app/routes/api+/get-scanned-item.$qrId.ts", 184},
				// Asset ids after the asset is locked by the org-scoped
				// raw SELECT … FOR UPDATE of lockAssetForQuantityUpdate,
				// which throws when the org has no asset of that id.
				{"apps/webapp/app/modules/kit/service.server.ts", 6629},
				// The custody row picked with get from a Map of the rows the
				// kit's custody holds (kitCustodyId of the org's kit).
				{"apps/webapp/app/modules/kit/service.server.ts", 5739},
				// Image ids of the org's locations, mapped by a block that
				// asserts each (invariant) before returning it.
				{"apps/webapp/app/modules/location/service.server.ts", 1220},
				// Recipients set from the ids of team members read with the
				// organization (validIds.map((id) => ({ id }))).
				{"apps/webapp/app/modules/booking-settings/service.server.ts", 340},
				// Ids of kitsWithAssetsRows.map((kit) => ({ ...kit, … })),
				// copies that keep each kit's id, of kits read with a where
				// the rule cannot see: notices naming those rows.
				{"apps/webapp/app/modules/kit/service.server.ts", 4395}, {"apps/webapp/app/modules/kit/service.server.ts", 4515},
				{"apps/webapp/app/modules/kit/service.server.ts", 3427},
				// Custody of the ids of assetRows.map((asset) => ({ ...asset,
				// … })), the assets read with their organization.
				{"apps/webapp/app/modules/kit/service.server.ts", 6267}}},
		{"formbricks__formbricks", "packages/database/schema", []string{"workspaceId", "organizationId"},
			nil,
			// An API key found by the hash of the key the caller presents.
			[]at{{"apps/web/app/api/v1/management/me/route.ts", 77},
				// A workspace, a tenant under its organization, deleted by
				// its own id: the workspaceId the rule trusts for its rows.
				{"apps/web/modules/workspaces/settings/lib/workspace.ts", 194}}},
		{"triggerdotdev__trigger.dev", "internal-packages/database/prisma/schema.prisma", []string{"organizationId", "projectId", "runtimeEnvironmentId"},
			// True as written: a billing job groups every organization's
			// environments (RuntimeEnvironment, a tenant under its
			// organization, is judged against organizationId).
			[]at{{"apps/webapp/app/v3/services/billingLimit/billingLimitReconciliation.server.ts", 54}},
			// A compound key holding projectId, one of the declared
			// tenant fields.
			// environmentId, the foreign key to RuntimeEnvironment (a
			// tenant model), in the where.
			// promptId_version with the id of the prompt found with its
			// project and environment.
			// The worker group deleted by the id whose row was compared
			// with the project first.
			[]at{{"apps/webapp/app/routes/api.v1.prompts.$slug.ts", 28}, {"apps/webapp/app/routes/api.v1.deployments.$deploymentId.ts", 37},
				{"apps/webapp/app/routes/api.v1.prompts.$slug.promote.ts", 43},
				{"apps/webapp/app/v3/services/worker/workerGroupService.server.ts", 188},
				// The alert channel bound by key ? await findFirst(…) :
				// undefined; the endpoint and schedule picked with find
				// from the environment's rows.
				{"apps/webapp/app/v3/services/alerts/createAlertChannel.server.ts", 78},
				{"apps/webapp/app/v3/services/createBackgroundWorker.server.ts", 768}, {"apps/webapp/app/v3/services/createBackgroundWorker.server.ts", 906},
				// Channels filtered from the project's, deleted in a loop.
				{"apps/webapp/app/routes/_app.orgs.$organizationSlug.projects.$projectParam.env.$envParam.errors/route.tsx", 177},
				// Deployments of the organizations the user is a member of.
				{"apps/webapp/app/routes/deployments.$deploymentParam.ts", 17},
				// The variable loaded with its values in the environment,
				// refused when it has none there.
				{"apps/webapp/app/v3/environmentVariables/environmentVariablesRepository.server.ts", 459},
				// The variable refused unless a value of it is in the given
				// environment (values.find(…environmentId === …)); that value
				// is then deleted by its id.
				{"apps/webapp/app/v3/environmentVariables/environmentVariablesRepository.server.ts", 857},
				{"apps/webapp/app/v3/environmentVariables/environmentVariablesRepository.server.ts", 910},
				// A project, a tenant under its organization, updated by its
				// own id: the projectId the rule trusts for its rows.
				{"apps/webapp/app/services/projectSettings.server.ts", 18},
				// Raw SQL inserting into TaskRunWaitpoint (WITH … INSERT …
				// SELECT FROM unnest): an insert's target is not read.
				{"internal-packages/run-store/src/PostgresRunStore.ts", 2178}, {"internal-packages/run-store/src/PostgresRunStore.ts", 2210}}},
	}
	for _, c := range cases {
		t.Run(c.app, func(t *testing.T) {
			dir := filepath.Join(corpus, c.app)
			res := runQueryRule(t, dir, c.schema, c.fields)
			found := map[at]bool{}
			for _, d := range res.Diagnostics {
				// Warnings too: raw SQL on a tenant table is one.
				if d.Severity == severity.Error || d.Severity == severity.Warning {
					found[at{filepath.ToSlash(d.Range.File), d.Range.Start.Line}] = true
				}
			}
			for _, a := range c.reported {
				assert.True(t, found[a], "%s:%d must be reported", a.file, a.line)
			}
			for _, a := range c.notReported {
				assert.False(t, found[a], "%s:%d must not be reported", a.file, a.line)
			}
		})
	}
}

// BenchmarkQueryRule runs the query rule on the largest application:
// discovery, reading, parsing on every core and judging. Bytes are all the
// TypeScript and JavaScript discovered, so MB/s is the speed a user sees.
func BenchmarkQueryRule(b *testing.B) {
	corpus := sharedtest.Dir(b, filepath.Join("corpus", "ts-apps"))
	app := tsApps[len(tsApps)-1]
	dir := filepath.Join(corpus, app.dir)
	paths, err := tsquery.Discover(dir, tsquery.Scope{Read: os.ReadFile})
	require.NoError(b, err)
	var total int64
	for _, p := range paths {
		info, err := os.Stat(p)
		require.NoError(b, err)
		total += info.Size()
	}
	b.SetBytes(total)
	b.ReportMetric(float64(len(paths)), "files/op")
	cfg := config.Default()
	cfg.Dir = dir
	cfg.Tenancy.Fields = app.fields
	cfg.Tenancy.Configured = true
	for b.Loop() {
		_, err := Run(context.Background(), Options{Dir: dir, Config: cfg, Paths: []string{filepath.Join(dir, app.schema)}, Only: []string{rules.TenantQueryUnscoped.Name}})
		require.NoError(b, err)
	}
}

// The corpus copy of Shelf has no tsconfig.json, so its `~/` imports (the
// app's alias for apps/webapp/app) resolve nowhere and a helper they name
// proves nothing. With the alias the app has upstream, the asset ids its
// org-scoped row lock proves are quiet, and the ones only compared with a
// join model's rows stay reported.
func TestQueryRuleShelfWithItsAlias(t *testing.T) {
	src := filepath.Join(sharedtest.Dir(t, filepath.Join("corpus", "ts-apps")), "Shelf-nu__shelf.nu")
	dir := t.TempDir()
	require.NoError(t, os.CopyFS(dir, os.DirFS(src)))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "apps/webapp/tsconfig.json"),
		[]byte(`{"compilerOptions": {"baseUrl": ".", "paths": {"~/*": ["./app/*"]}}}`+"\n"), 0o644))
	res := runQueryRule(t, dir, "packages/database/prisma/schema.prisma", []string{"organizationId"})
	found := map[int]bool{}
	for _, d := range res.Diagnostics {
		if d.Severity == severity.Error && filepath.ToSlash(d.Range.File) == "apps/webapp/app/modules/booking/service.server.ts" {
			found[d.Range.Start.Line] = true
		}
	}
	for _, line := range []int{4662, 4731, 5981, 6052} {
		assert.False(t, found[line], "booking/service.server.ts:%d, locked with the org first, must not be reported", line)
	}
	for _, line := range []int{6141, 6152, 6155, 6389} {
		assert.True(t, found[line], "booking/service.server.ts:%d, compared only with the join rows, must be reported", line)
	}
}
