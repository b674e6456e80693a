package rules

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	pgparser "github.com/pganalyze/pg_query_go/v6/parser"

	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/pgtree"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

var TenantQueryUnscoped = &Rule{
	Name:     "tenant-query-unscoped",
	Category: Tenancy,
	Requires: []*Analysis{TenancyAnalysis},
	Severity: severity.Error,
	Summary:  "a Prisma query (or raw SQL) on a tenant-scoped model does not filter by the tenant",
	Doc: `The schema rules make sure every tenant table *has* its tenant field; the
leak happens in a query that forgets to filter on it. This rule reads the
application's TypeScript and JavaScript (every ` + "`.ts .tsx .mts .cts .js .jsx .mjs .cjs`" + `
file, without ` + "`node_modules`" + `, Yarn's own ` + "`.yarn/` and `.pnp.cjs`" + `, ` + "`dist`, `build`, `.next`, `out`" + `, generated Prisma clients,
tests (` + "`*.test.*`, `*.spec.*`, `*.e2e-spec.*`, `*.integration-test.*`, `test/`, `tests/`, `__tests__/`, `e2e/`, `__mocks__/`, `playwright/`, `test-utils/`, `_test-utils/`, `test_utils/`, `testutils/`, `__fixtures__/`" + `), seed files
(` + "`seed.ts`, `seed/`, `seeds/`" + `), data migrations (` + "`migration/`, `migrations/`, `data_migrations/`, `data-migrations/`" + `) and what ` + "`.gitignore`" + ` ignores; such a
folder is read when a glob of ` + "`queries.paths`" + ` names it, as ` + "`src/controllers/migration/**`" + `) and finds every
` + "`<client>.<model>.<operation>(…)`" + ` call of ` + "`findUnique findUniqueOrThrow findFirst\nfindFirstOrThrow findMany count aggregate groupBy update updateMany\nupdateManyAndReturn upsert delete deleteMany`" + `, whatever the client is called
(` + "`prisma`, `ctx.db`, `this.prisma`" + `, the ` + "`tx`" + ` of a ` + "`$transaction`" + `). A create's own tenant is
left to the TypeScript compiler, which refuses a create without a required
tenant field. What the data of a ` + "`create`, `update` or `upsert`" + ` links is judged
(` + "`picture: { connect: { id } }`" + `, ` + "`set`" + `, the ` + "`where`" + ` of ` + "`connectOrCreate`" + `, nested
writes included): Prisma links any row the unique object names, so each is
judged like the ` + "`where`" + ` of a ` + "`findUnique`" + ` on the linked model, with the proofs
below (the entries a spread copies into the data count when the rule reads the
spread: each side of ` + "`...(parentId ? { parentId } : {})`" + `, a ` + "`const`" + ` object), and is also quiet when the written row takes its tenant from the row
it links (` + "`projectId: worker.projectId`" + ` beside ` + "`connect: { id: worker.id }`" + `, also
through the tenant's relation, ` + "`organization: { connect: { id: agent.organizationId } }`" + `
beside ` + "`agent: { connect: { id: agentId } }`" + ` with ` + "`agent`" + ` found by ` + "`agentId`" + `), or
links by a fresh id (` + "`const code = cuid()`" + `) that only the ` + "`connectOrCreate`" + `'s own
create gives, or
links a const row each of whose possible values is a lookup with the tenant,
a create in it, or nothing (` + "`(await findFirst(…)) || (await create(…))`" + `). A
foreign key given as a scalar in the data of a write on a scoped model
(` + "`integrationId: id`" + `, ` + "`createMany`" + ` rows and ` + "`updateMany`" + ` too, rows mapped into a
const of the function, ` + "`const rows = ids.map((id) => ({ id }))`" + `, and a key set on a const
data after it is built, ` + "`data[\"parentId\"] = id`" + `, as well) is judged as the
` + "`connect`" + ` it stands for, except the row's own tenant fields and keys that
hold one; a key of several columns is judged once, and not at all beside a
column that links a judged row alone. It is also quiet when the key is
that of a row created in the tenant before (` + "`const w: W = await create(…)`" + `,
or ` + "`create({ data: { id: key, orgId } })`" + `), or of the row
the written row's tenant is read from (` + "`projectId: dashboard.projectId`" + `
beside the ` + "`dashboardId`" + ` it was found by), of a row a create made in a
` + "`Promise.all`" + `, of a lookup with the tenant under ` + "`if (key)`" + ` (or under ` + "`if (session)`" + `
after the function left on ` + "`!session`" + `, so that the branch always runs), of a lookup found by the key
under another key proven the tenant's (` + "`{ id: folderId, dataroomId }`" + ` after the
dataroom's lookup with the tenant), the function leaving when it found nothing, or when the
key's other column references the linked row's tenant and holds the written
row's own (` + "`channelOrgId: orgId`" + `), or is a const each of whose values is the
key of such a row (` + "`found?.id || (await create(…)).id`" + `), or of a ` + "`let`" + ` only
ever assigned such a create, or copied with its tenant from a stored row of
the written model (` + "`{ projectId: report.projectId, dashboardId: report.dashboardId }`" + `),
or an element of a list counted against the tenant (its length or
` + "`new Set(list).size`" + `), the count run only when the list has elements
(` + "`if (ids?.length > 0)`" + `), or linked from a list (` + "`ids.map((id) => ({ id }))`" + `) whose keys a
findMany searched for another tenant's rows (` + "`where: { id: { in: ids }, OR:\n[…, { orgId: { not: orgId } }] }`" + ` and nothing else), the function leaving when it
found any, or the key each row of a list (or of a ` + "`let`" + ` only ever
given filters of it) holds, when those keys, mapped or deduplicated
(` + "`[...new Set(list.map((x) => x.key))]`" + `), were counted against the tenant, or the
parent key of a child found with that relation filtered by the tenant
(` + "`{ auditSessionId: id, auditSession: { organizationId } }`" + `), or the key a lookup of a scoped
parent named in a ` + "`some`" + ` filter of its children (` + "`links: { some: { id: linkId } }`" + `), that parent's row
the tenant's and the function leaving when it found none. An element of a list found with the tenant
(` + "`rows[0].id`" + `) is its row.
A key kept by a filter to the ids of the linked model's rows found under the
parent the written row is put under (` + "`votes.filter(({ optionId }) => known.has(optionId))`" + `,
` + "`known`" + ` the ids of ` + "`option.findMany({ where: { pollId } })`" + `, beside ` + "`pollId`" + `) links
a row of that parent, as the written row is; so does ` + "`group.id`" + ` beside
` + "`programId: program.id`" + ` in a function of the file, not exported and only ever called,
each of whose calls passes ` + "`{ program, group }`" + ` with ` + "`group = program.groups[0]`" + ` of a
` + "`const`" + ` row a query on the parent returned; and so does the id an earlier create of
the same ` + "`$transaction([…])`" + ` list gave the row it made under the written row's
parent (` + "`{ id: applicationId, programId: program.id }`" + `). A row a query on that parent
included (` + "`organisation.groups.find(…)`" + `, also through a ` + "`.catch`" + ` that throws on every
path) links a row of it from a row created inside the write of one the outer data puts
under it (` + "`organisationId: organisation.id, members: { create: { groupId: group.id } }`" + `).
A foreign key on a global model
(` + "`User.pictureId`" + `) is not read.

A call on a tenant-scoped model (the models the tenancy rules call scoped:
their own tenant field, or a required relation to a scoped parent; and a
view that shows a table's tenant column, or whose rows are each a scoped
table's through a required relation, which the schema rules leave alone) is reported as an error unless its ` + "`where`" + ` constrains the tenant:

- directly: ` + "`organizationId: orgId`" + `, the shorthand ` + "`organizationId`" + `, ` + "`{ equals: orgId }`" + `
  or ` + "`{ in: orgIds }`" + `, inside ` + "`AND`" + `, in a compound unique key
  (` + "`organizationId_slug: { … }`" + `), or under a computed key choosing between tenant
  fields (` + "`[isSpace ? \"spaceId\" : \"baseId\"]: id`" + `);
- through a relation filter to a scoped parent or the tenant model
  (` + "`invoice: { organizationId }`, `invoice: { is: { organizationId } }`" + `,
  ` + "`organization: { id: orgId }`" + `), at any depth, and through the ` + "`some`" + ` of a to-many
  relation (` + "`installations: { some: { projectId } }`" + `; ` + "`every`" + ` and ` + "`none`" + ` hold for rows
  with no related row, so they do not scope; nor does a many-to-many relation, a tag's
  ` + "`links`" + `: a related row says nothing of whose the filtered row is).

With several tenant fields, a tenant model that a higher tenant scopes is
judged against that tenant like any scoped model: Teable's ` + "`Base`" + ` (what
` + "`baseId`" + ` points to) carries ` + "`spaceId`" + `, so ` + "`base.findMany({ where: { deletedTime: null } })`" + `
is reported; so is a tenant without a tenant field of its own whose required
parent is scoped (a ` + "`Workspace`" + ` under its ` + "`team: { organizationId }`" + `). The top
tenant (` + "`Organization`" + `, or one whose own tenant field names its parent of the
same model) is not judged, with one exception: a read of it (` + "`findMany`" + `,
` + "`findFirst`, `findFirstOrThrow`" + `) that its where does not pin to one tenant
and whose include or select reaches a judged model, at any depth or by the
fluent API (` + "`findFirst(…).projects()`" + `), reads every tenant's rows of it with
no tenant filter anywhere, and is an error:
` + "`prisma.group.findMany({ include: { expenses: true } })`" + `, or
` + "`organization.findFirst({ where: { name }, include: { members: true } })`" + `
(any organization by name). The where pins the read as it scopes a tenant
elsewhere: the tenant's id or another unique field of it (` + "`slug`), `{ equals }`" + ` (not
with ` + "`mode: \"insensitive\"`" + `, which finds ` + "`Acme`" + ` and ` + "`acme`" + `, nor a mode it cannot read),
` + "`{ in: ids }`, in `AND` or in every branch of an `OR`" + `, or the tenants of a
member (` + "`members: { some: { userId } }`" + `; a relation filter pins it only through
a relation held by the tenant field, not its children's ` + "`parentId`" + ` or transfers
another group made to it), or the credential the caller
presents (` + "`apiKey`" + `, as for a lookup by it); a ` + "`findUnique`" + ` always does. A value
that may be undefined is a warning; a where the rule cannot read, or an
include it cannot (a spread of what may be anything but object literals, one
that is not an object literal, a const changed after it is built), a notice. The same read that shows no
scoped row (scalars, a global relation, a ` + "`_count`" + `) lists tenants, a policy
matter the rule leaves alone; a scoped client scoping the operation is
trusted as for other reads. Pinned to one tenant, a read (a ` + "`findUnique`" + ` too) or a
create, update, upsert or delete of it is still an error when its include
leaves that tenant, through a global model, a relation to another tenant
(its parent, its children) or one between a scoped row and a tenant by a key
other than the tenant field (a transfer's ` + "`toGroup`" + `), and comes back to scoped rows:
` + "`group.findUnique({ where: { id }, include: { planRow: { include: { groups:\n{ include: { expenses: true } } } } } })`" + ` shows the expenses of every group
on its plan, as does a fluent chain (` + "`findUnique(…).parent().expenses()`" + `, or a link's
own include), or a scoped client's read. So is a scoped model's read or write whose
where is scoped when its include leaves the tenant the same way:
` + "`expense.findMany({ where: { groupId }, include: { paidBy: { include: { paid:\ntrue } } } })`" + ` shows what each payer paid in every group. An include the rule cannot read
on a pinned read is a notice, as on an unpinned one. A relation held by the key of
a model's scoping relation to the tenant stays in it as one held by the tenant field does
(an organization's ` + "`members`" + ` by ` + "`organizationId`" + ` where the tenant field is ` + "`workspaceId`" + `),
and so does an include whose own where constrains the tenant as a query's must
(` + "`user: { include: { teamMembers: { where: { organizationId } } } }`" + `). An ` + "`updateManyAndReturn`" + ` is judged as a ` + "`findMany`" + `. No proof of a fetched row applies: the rows are
read, not keyed. A tenant's own id, or another unique field of it,
still scopes its lookup: ` + "`base.findUnique({ where: { id: baseId } })`" + ` is quiet.
The rule takes a tenant value at its word at every level (` + "`tableMeta.findMany({\nwhere: { baseId } })`" + ` is quiet whatever ` + "`baseId`" + ` is), so the caller holding a
base's id is that base's caller, as the caller holding an organization's id is
for ` + "`organization.findUnique({ where: { id } })`" + `. For the same reason a write
that sets a row's tenant field itself, ` + "`data: { teamId: body.teamId }`" + ` (moving the row
to the tenant whose id the caller gave), is not judged; where the caller may
not name the tenant, check that value by hand. Raw SQL on such a tenant's
table (below) likewise needs a condition on the higher tenant's column or on
its own key.

An ` + "`OR`" + ` constrains the tenant only when every branch does (put the
tenant beside the ` + "`OR`" + `, or in every branch). A spread in an ` + "`OR`" + ` or ` + "`AND`" + `
list is read when what it spreads is in view: an array literal, a choice
of them (` + "`...(c ? [{ createdById }] : [])`" + `, ` + "`...(c && [{ id }])`" + `), or a
const of the function that is only spread into such lists. Each element
of each list it may spread is a branch like a written one; an ` + "`AND`" + `
element scopes only when every list holds it. Any other spread (a
parameter, a call, a list pushed to) leaves the where unseen. A row fetched by
id and then compared with the caller's tenant in the same function
(` + "`if (doc.teamId !== teamId) throw …`" + `) is checked, not reported, when the comparison makes the function leave
(return, a throw no catch keeps, continue or break of a loop holding the
fetch) whenever the row is another tenant's; one that only logs, or goes the
other way (` + "`if (doc.teamId === teamId) return doc;`" + ` and on), checks nothing,
unless the row is read only in the branch that matched (an if's, a ternary's).
The comparison may read the row's tenant relation's key (` + "`doc?.team?.id`" + `), through
a cast, or a credential field of the row (` + "`membership.invitedToken !== token`" + `, or the
` + "`value`" + ` of a model named as a secret, ` + "`secret.value === presented`" + `;
also a verifying function's verdict on the two, awaited, in the if or held in a
const it tests: ` + "`await bcrypt.compare(secret, key.hashedSecretKey)`" + `, ` + "`timingSafeEqual`" + `,
a function named to verify, compare or match, read for its verdict when the
application defines it; a nullable credential compared with a value that may be
null only when an earlier ` + "`||`" + ` term leaves on its absence, ` + "`!job.tokenHash || hash(token) !== job.tokenHash`" + `,
or when the code has left on the value's own absence before the comparison and
not written it since, ` + "`if (!apiKey) throw …`" + `, then ` + "`event.apiKey !== apiKey`" + `);
later calls by the key of a row whose credential such a check accepted (the
element of a findMany's loop too: legacy tokens found by a public prefix, each
verified) are the caller's, and so is that findMany itself when its ` + "`const`" + ` list
is named only as the iterable of a ` + "`for (const row of list)`" + ` and each element only as
the credential handed to the check or where the check's true verdict is needed to
reach (its branch, or past an ` + "`if (!ok) continue`" + `): the other tenants' rows are read
but none goes anywhere, as a lookup by the secret itself would give. A list whose
size is read, or an element used before or without its check, keeps it reported;
a throw to a catch that goes on is a leave when the row is a ` + "`const`" + ` of the try's
body. The key such a check read is the key a later call reads when the
object holding it (` + "`data.datastoreId`" + `) is a ` + "`let`" + ` filled before it is first read
(by ` + "`JSON.parse`" + ` or an object spreading parameters), and an id the request may
name, checked under ` + "`if (data?.id)`" + `, or else fresh, is checked:
` + "`const id = data?.id || cuid()`" + `. An upsert whose create gives the key of a row found
with the tenant or a fresh one, ` + "`existing?.id || cuid()`" + `, reaches no other row.
Mismatches of the row's tenant through several of its parents joined by ` + "`&&`" + `, each against
a value of the caller's tenant (` + "`req.action?.organizationId !== orgId && req.group?.organizationId !== orgId`" + `),
leave unless one of those parents is the tenant's, and check the row as one parent's mismatch
does; a side that tests anything else keeps the row reported. A later call by the compared
row's compound unique key, each part given the value the lookup gave it and unchanged since
(` + "`accessId_groupId: { accessId, groupId }`" + `), reaches that row, as its id does; a key read
through a type assertion (` + "`(row as Row).id`" + `) is read as the chain without it.
A proven row handed to a helper, of the file or imported, whose every return is an update
of it by its own id and that only reads its fields (` + "`host = await checkHost(host)`" + `), is still
that row. The parent key of a row just created (a ` + "`const`" + ` awaited from a create) whose data
links it to a parent proven the tenant's, alone and with no spread after it, is that parent's
key (` + "`transaction.actionId`" + ` after ` + "`action: { connect: { id: action.id } }`" + `). A row chosen by
` + "`await (c ? A : B)`" + ` is proven when each arm is a proven lookup, nothing, or a create on the
same client in the tenant or under a proven parent (then only its own id). A helper returning
a ` + "`let`" + ` each of whose values is a lookup the helper proofs accept, or a create in the tenant
(` + "`let key = await findFirst(…); if (!key) key = await create(…); return key`" + `), returns the
tenant's row. A create connecting the tenant's relation by the key the tenant field references
(` + "`organization: { connect: { id: organizationId } }`" + `) makes its row in the tenant, as the
field would.
A helper that answers whether the row is the tenant's (` + "`return doc !== null`" + `
of a scoped lookup) checks the key when the caller leaves on no.
A helper a proof reads, of the file or imported, proves nothing when it runs code the
rule does not read, which could change or swap the row: a function, constructor or
method of an import at any depth (` + "`new Audit(row)`" + `, ` + "`auditing.deep.record(row)`" + `, also
through an alias, ` + "`require`" + `, ` + "`Reflect`" + `, ` + "`.call`" + `, an optional call or a tagged
template), dynamic ` + "`import()`" + `, ` + "`eval`" + `, ` + "`Function`" + `, the global object, or a function or
` + "`this`" + `/` + "`super`" + ` method of its own file that does; a member of ` + "`this`" + ` the class does not declare (an
injected service, ` + "`this.audit.record(row)`" + `, or an inherited member) is such code. Three calls are allowed: an import
handed only primitives whose value is only the key of a cache wrapper
(` + "`wrapCache(Keys.Customer.id(id), () => …)`" + `), an error an import makes that the helper
throws uncaught, handed only primitives, and a function of the file handed only
fields of a query's row that it only reads.
The same comparison checks a ` + "`const`" + ` row that a function declared in the same
file returned, when each of that function's returns is a single-row query on the
row's model or nothing (` + "`const chat = (await getChat(id)) || (await createChat(…))`" + `),
or that row copied with fields added that are none of its keys (` + "`{ ...row, owner }`" + `).
A ` + "`const`" + ` bound to a function is read as the function declaration would be.
Such a function's query may come back through a cache wrapper of another file
(` + "`wrapRedis(key, () => prisma.contact.findFirst(…))`" + `) when the key names every value the
query reads. A ` + "`let`" + ` row is checked when every value it is given is nothing, a lookup
the rule accepts on its own, a create in the tenant, such a function's row, a row
proven where it is assigned, or the row it held written back by its own key
(` + "`contact = await prisma.contact.update({ where: { id: contact.id } … })`" + `), and nothing
changes it before the call. The row's tenant may also be checked against tenant
values (` + "`orgIds.includes(doc.organizationId)`" + `, ` + "`user.orgMemberships.some((m) =>`" + `
` + "`m.organizationId === doc.organizationId)`" + `), or by a statement handing it to a
guard of the application that, before anything else, throws when that test fails
(` + "`isOrgMemberOrThrow(user, doc.organizationId)`" + `). The list searched must be read from a
parameter, untouched before the test, and the caller's own for a guard; a list made
from the row (` + "`doc.organization.members`" + `, ` + "`[doc.organizationId]`" + `) or added to first proves nothing.
These functions may also be another file's, imported by name from a relative path,
a tsconfig path alias, or a package of the repository's own workspace, found as
TypeScript finds it with the workspace linked (the one package.json declaring the
name; its ` + "`exports`" + ` under bundler resolution, else ` + "`types`" + `/` + "`main`" + `/index; a
build output only through the package's own rootDir and outDir), through up to four
re-exports, named or a barrel's ` + "`export * from`" + ` when exactly one of its modules exports
the name and the barrel does not name it itself (an exported function, a const arrow function, or a static method
of an exported class), when that file is code the rule reads and the function calls
nothing it imports itself; an installed or ambiguous package, a default import and
what a method or a parameter returns prove nothing.
Such a function that itself compares the row's tenant with one of its parameters,
in an if of its own body that leaves on a mismatch, and returns only that row after
it, checks the row for a caller passing its tenant there (` + "`await getDoc(id, teamId)`" + `,
or as a property of one object, ` + "`getProgramOrThrow({ workspaceId, programId })`" + `),
and the rows read through the row's relations (` + "`program.groups[0].id`" + `) when it
returns the row or a copy keeping that relation (` + "`{ ...program, categories }`" + `).
So does one (or a method of the class, ` + "`await this.findOne(teamId, id)`" + `, when
nothing may replace it: no file extends the class, also through a mixin or a const
alias, unless the method is private; no file names the class's prototype; no file
sets a member of that name on an object, ` + "`store.findOne = …`" + `), declared
once, awaited earlier in a block holding the call, whose body, before any return,
looks the row up by the id it is given with a where scoped on its own and throws
when none is found (or catches that and returns fp-ts's ` + "`O.none`" + ` or ` + "`E.left(…)`" + `,
which the caller tests and leaves on): the caller's id, unchanged since, is its
tenant's.
Compared only with another row that a query looked up without the tenant
(` + "`a.teamId !== b.teamId`" + `), it is one team's, not the caller's, and both are
reported. So is an id
(the row's own, or a parent's foreign key) that an earlier query in the same
function, or one it is nested in, looked up together with the tenant:
` + "`findFirst({ where: { id: bookingId, organizationId } })`" + ` before
` + "`update({ where: { id: bookingId } })`" + ` or ` + "`findMany({ where: { bookingId } })`" + `
when the call runs only if that query found its row (it throws without
one, as an OrThrow lookup or a single-row write does, or the function
leaves when its row is missing or its count is zero, also from inside a
` + "`try`" + ` whose ` + "`catch`" + ` leaves), or
` + "`booking.id`" + ` of the row it returned; so are the ids of the rows such a query
returned (` + "`{ in: rows.map((r) => r.id) }`" + `, a loop over ` + "`rows`" + ` or over the awaited query
itself, the ids mapped where it is awaited, ` + "`(await q).map((r) => r.id)`" + `, also in a ` + "`let`" + ` only ever
given such lists, one before the call in a block holding it, or declared ` + "`[]`" + ` and given
such lists anywhere, read only, handed nowhere; copied by ` + "`Array.from(new Set(…))`" + ` or
cut by ` + "`slice`" + ` too), a parent's key read from such a row (` + "`link.groupId`, `link.group.id`" + `; also
mapped from the rows or their relation's rows into a list, a ` + "`Set`" + ` or a spread of them,
while no row's field is written and nothing is added to the list; also when bound by
` + "`const [a, b] = await Promise.all([…])`" + `, also of consts holding the queries'
promises), the row a create returned
(` + "`created.id`" + `, also held in a const; also a ` + "`$transaction`" + `'s result when every return of its callback, the last
statement among them, gives a create; the create must run on the write's own client, the
same path of names bound the same way or a ` + "`tx`" + ` of that client's ` + "`$transaction`" + `, that no
code of the file patches: a row another client made, a fake or another database's,
proves nothing; also an element's row, ` + "`c.email.id`" + ` in a loop over a ` + "`const`" + ` list the
function only reads and pushes such rows onto, ` + "`list.push({ email })`" + `, with no element's field written), each key of a list whose keys one query looked up with the
tenant when the function left unless it found as many rows as the list has
elements (` + "`findMany({ where: { id: { in: ids }, teamId } })`" + `, then
` + "`if (found.length !== ids.length) throw …`" + `, for ` + "`ids`" + `, a list of objects mapped
to their keys, or a filter of either, none of them changed after the lookup; also
a list read from an object, ` + "`input.projectIds`" + `, and the whole list given to a child's
` + "`projectId: { in: ids }`" + `),
and a row that a lookup of the tenant's own row names
(` + "`team.findUnique({ where: { id: teamId, documents: { some: { id: docId } } } })`" + `),
or that another lookup checked with the tenant in a relation filter before
the function left on finding nothing (` + "`document: { id: docId, teamId }`" + `).
So is a key the function checked to be the id of one of the tenant's rows,
leaving when it is not (` + "`if (!group.participants.some((p) => p.id === key)) throw`" + `,
or ` + "`const p = group.participants.find((p) => p.id === key)`" + ` then ` + "`if (!p) throw`" + `).
The same holds for such rows narrowed first (` + "`const ok = rows.filter(…)`" + `, or in one
expression: ` + "`rows.filter(…).map((r) => r.id)`" + `, also into a write's rows:
` + "`.map((r) => ({ assetId: r.id }))`" + `; a filter whose callback assigns, or
uses its element other than by reading its fields, proves nothing), for the ids
pushed in a ` + "`for (const r of rows)`" + ` (or a ` + "`rows.forEach((r) => …)`" + ` that never assigns
` + "`r`" + `) into a ` + "`const`" + ` empty list that is otherwise
only read (` + "`ids.push(r.id)`, `claimed.push({ id: r.id, … })`" + `; also from several
loops, each over such rows, a slice or filter of them, or a list they were
pushed into whole and that is only read, walked again by loops that destructure
the element or only read it), for
the one a reduce without a start value keeps (` + "`rows.reduce((max, r) => (r.v > max.v ? r : max))`" + `), or
held under another name (` + "`let all = rows as Row[]`" + `, replaced only by what the loop
over them returns), for the
children included with such a row, through a required key to it or, for the tenant's own row, through the
child's tenant field (` + "`doc.versions[0].id`, `doc.links.map((l) => l.id)`" + `,
also as objects mapped from them: ` + "`.map((ba) => ({ assetId: ba.assetId }))`" + `, and
looped over: ` + "`for (const l of doc.links)`" + `, also under a name an object literal
gives them, ` + "`{ ...parse(doc), all: doc.links }`" + `), for
a copy of such a row (` + "`const kit = { ...row, assets }`" + ` holds ` + "`row.id`" + ` unless an
entry of its own names it), for a ` + "`const`" + ` naming a part of one
(` + "`const custodyId = kit.custody?.id`" + `, also by a pattern: ` + "`const { envelope } = field`" + `,
` + "`const [next] = pending`" + `; a ` + "`let`" + ` only ever assigned such a part,
inside ` + "`if (custodyId) { … }`" + `), for the row a tenant-filtered ` + "`delete`" + `
returned,
for a parent's id once the function compared the parent's tenant field with
a value (` + "`if (!d || d.teamId !== teamId) return …`" + `), and for a row that the
tenant's own lookup loaded through a relation filtered by its id, when the
function leaves if that relation is empty (` + "`include: { datarooms: { where:\n{ id: dataroomId } } }`, then `if (team.datarooms.length === 0) return …`" + `).
None of these holds once the row's name is given something else before the
call, or anywhere in a loop holding it (` + "`doc = other`, `doc.id = x`" + `; a query's
result given to a ` + "`let`" + ` is judged as that query), or changed by a call
(` + "`Object.assign(doc, input)`, `Reflect.set(doc, \"id\", x)`" + `, a helper that writes a
field of the row it is given, or ` + "`docs.push(other)`" + ` on the rows a loop visits), or given, before its check, to a name the function does not own
(a module's ` + "`let`" + `, a name outside the loop that checks it, also wrapped: ` + "`last = { row }`" + `). A write
by a key a lookup checked needs that lookup to run whenever the write does (not only under
` + "`if (flag)`" + `), and an optional parent compared with a tenant value that may be undefined
(` + "`req.action?.organizationId !== orgId`" + `, ` + "`orgId`" + ` optional) proves nothing.
A lookup proves nothing when its client is visibly no Prisma client of this schema: a name or a
member on its path that the file binds or assigns to an object or array literal, a function, a
literal, an instance of a class of the file that extends no client from elsewhere, a function of
the file returning one of these, or a choice that may give one (also through a ` + "`$transaction`" + `
such a thing begins, a pattern, a default, a callback over a list holding one), or whose
operation or delegate the file replaces. An import, a parameter, ` + "`this.x`" + `, ` + "`ctx.x`" + `, a getter or an
accessor's call is taken as a client, as everywhere else in the rule; a created row, stricter,
proves a key only from the write's own client (above).
A key read from a row proves nothing when the query that gave the row does not return it:
a ` + "`select`" + ` that does not name the field ` + "`true`" + ` (or, for ` + "`row.project.id`" + `, a relation select that
leaves out ` + "`id`" + `), an ` + "`omit`" + ` naming it, or a select or omit the rule cannot read (a const it
cannot follow, a spread of anything but visible objects): ` + "`row.id`" + ` is then undefined, Prisma
drops the filter, and ` + "`deleteMany({ where: { id: row.id } })`" + ` reaches every tenant's rows. The
row is followed to every query its name is bound to (a ` + "`let`" + `, a loop, an element or a find, a
` + "`Promise.all`" + ` or a catch, a helper's or a method's return, a copy ` + "`{ ...row }`" + `, ids mapped from
a list); an ` + "`include`" + ` adds relations and drops no field. A comparison with the tenant reads
only a field the lookup returns.
A list of the tenant's rows or keys proves them only while every use of it,
in the function and in any function it is handed to, is one that reads it
(a reading member such as ` + "`map`" + ` or ` + "`length`" + `, an element read, a spread, a loop,
a test, a Prisma operation's argument); ` + "`[ids].forEach((l) => l.push(x))`" + `,
` + "`(ids || []).push(x)`" + ` or the list held in an object refuse the proof.
A membership filter on the tenant model scopes too: ` + "`organization: { members:\n{ some: { userId } } }`" + ` keeps the rows of the organizations the user belongs to,
when the members are a model holding the tenant's and a user's keys,
unique together (` + "`@@unique([organizationId, userId])`" + `); what a user found by such a filter
holds (` + "`user.invites`" + `) spans every organization it belongs to and proves nothing. A row looked up by id is
checked when it is loaded with a list only the tenant's row has, and the
function leaves if that list is empty: its children filtered by the tenant
(` + "`values: { where: { environmentId } }`" + `), or its tenant's members filtered by
a user (` + "`team: { include: { users: { where: { userId } } } }`, then\n`if (!doc || doc.team.users.length === 0) return …`" + `), also when the function
searches the list itself (` + "`values.find((v) => v.environmentId === envId)`" + `,
` + "`doc.team.users.some((u) => u.userId === userId)`" + `, the element maybe tested for a flag
too: ` + "`m.userId === userId && m.canUpdate`" + `) and leaves when nothing is
found, or when nothing is found and the row's tenant field differs
(` + "`!c.members.some(…) && c.ownerId !== userId`" + `: owner or member); rows read from such a row
after the check are the tenant's too, and so are later calls by its key. Its tenant's
API keys searched for the key the caller presents count the same way
(` + "`!row.organization?.apiKeys.find((k) => k.key === token)`" + `, the key a credential every key
row holds, compared with a value the caller presents, not one read from the row), also through a
tenant relation that may be empty. Before such a check the row may only be tested: a list
it searches that the function first added to, through another name, ` + "`Object.assign`" + ` or a call,
proves nothing.
A foreign key to a tenant model under another name (trigger.dev's
` + "`environmentId`" + ` to ` + "`RuntimeEnvironment`" + `, a tenant through ` + "`runtimeEnvironmentId`" + `)
scopes like the tenant field. An id checked by the caller, in another
function, is not seen: justify such a call with an ignore directive. A read
that selects nothing but the row's tenant (` + "`select: { organizationId: true }`" + `,
also through parents, and of the tenant's own row only its key:
` + "`organization: { select: { id: true } }`" + `, not ` + "`organization: true`" + `; or
` + "`include: { team: true }`" + ` with nothing of the row read but the tenant's key,
` + "`row.team.id`" + `) is the
lookup that finds whose row an id is, for the
caller to check access, and is not reported. Neither is a lookup by a
credential the caller presents, which is how the tenant is found: an
equality on a field named like ` + "`token`, `hashedKey`, `keyHash`, `secret`, `apiKey`" + ` or ` + "`authorizationCode`" + `
(its last word a token, hash or secret, or a hashed or secret key, a token's lookup hash or digest
(` + "`tokenLookup`" + `), or an OAuth authorization code, also an authorization code model's bare ` + "`code`" + `,
or an invitation's code the schema makes secret, ` + "`invitationCode String @unique @default(cuid())`" + `
(unique on its own, its default cuid, uuid, nanoid, ulid or random SQL); not
` + "`tokenCount`, `inputTokens`, `hashtag`" + `, a ` + "`promoCode`" + ` or an invitation code the application chooses), also through a to-one relation (` + "`token: { tokenHash }`" + `),
in a compound unique key (` + "`device_token: { device, token }`" + `), the ` + "`some`" + ` of a
to-many one (` + "`recipients: { some: { token } }`" + `: the envelope a signing
link's token was issued for) or a Json field's path ending in such a name,
compared by ` + "`equals`" + ` alone (` + "`payload: { path: [\"pushToken\"], equals: token }`" + `), always with a value the
caller presents: null or a constant, also through a const or a fallback (` + "`cookie ?? null`" + `, unless the
function left when it was missing), finds the rows of every tenant that lack one or share it; a sign-in is one too: a whole unique key
and, beside it, an equality on the row's password (` + "`{ providerId_providerType: { … }, password: hashPassword(password) }`" + `;
not a password alone, nor one that may be undefined, nor a value that reads no password, like ` + "`hashPassword(login)`" + `); nor are the keys read from the row such a
lookup found (` + "`recipient.id`, `recipient.envelopeId`" + `). Nor is the signed-in
user's own row: a ` + "`findUnique`" + `, ` + "`update`" + `, ` + "`delete`" + ` or ` + "`upsert`" + ` of the ` + "`User`" + ` model by its unique
` + "`email`" + ` or ` + "`id`" + `, given ` + "`session.user.email`" + ` or ` + "`session.user.id`" + ` (directly or through a
const) of a const session from next-auth's ` + "`getServerSession`" + `, given the file's own
options unchanged (not options the handler makes), which the function
only reads and tests; a ` + "`findFirst`" + ` by it is still reported, since Prisma drops the
undefined key of a request without a session. Reads
through a configured scoped client (` + "`tenancy { queries { scoped_clients =\n[\"ctx.orgDb\"] } }`" + `) are safe for the operations it filters
(` + "`scoped_operations`" + `, by default ` + "`findMany findFirst findFirstOrThrow`" + `); its writes
and ` + "`findUnique`" + ` are judged like any other call.
A row found by its id alone is the caller's tenant's when the function then
looks up the caller's membership of the row's tenant, in a model the
configuration names (` + "`tenancy { queries { membership_models = [\"Member\"] } }`" + `:
the schema cannot tell a membership from another model holding a tenant's and
a user's keys), and leaves without one:
` + "`db.member.findFirst({ where: { userId: session.user.id, organizationId: policy.organizationId } })`" + `,
then ` + "`if (!member) return …`" + ` (or an OrThrow lookup, or a count tested for zero), all
before the row is used (` + "`!policy`" + ` aside). The where gives, in entries of its
own, the membership's tenant field the row's (` + "`policy.organizationId`" + `, or a
` + "`const`" + ` holding it; the row selects it, and its lookup omits and spreads nothing) and the membership's user key a value not
read from the row and not maybe undefined (a compound key of the two counts too).
A key inside an ` + "`OR`" + ` or after a spread, a user taken from the row, another row's
tenant, a membership not tested or tested after the row or its tenant was used, or
a model the configuration does not name proves nothing. The same membership
may be read with the row: its tenant's memberships included, filtered by the
user, through the relations that scope the row
(` + "`include: { project: { include: { organization: { include: { members: { where: { userId } } } } } } }`" + `),
and the function leaving when that list is empty (` + "`.length === 0`" + `, or no first
element), before the row is used; a later call by the row's key is proven too,
and so is one by a parent's key read from the row (` + "`version.policyId`" + `), whichever way the
membership was checked.
A relation filter on such a model, ` + "`organization: { members: { some: { userId } } }`" + `,
scopes as one on a membership the schema shows (unique on the pair) does.
A named model that is no
model, carries no tenant field of its own, or has no single required relation to
a model that is not tenant-scoped (its user) is a configuration error.
Some rows are addressed to a person rather than to a tenant: an invitation to the
caller's email, which the invitee reads before belonging to its tenant, or the
caller's own memberships. Which expression holds the signed-in user is the
framework's to say, so the configuration names it
(` + "`tenancy { queries { caller_identity = [\"ctx.session.user\", \"@CurrentUser\"] } }`" + `):
a property path whose first name is a parameter of the function reading it (also
the argument's own property of that name, tRPC's ` + "`async ({ ctx, input }) =>`" + `; not
` + "`{ input: ctx }`" + `, a nested or a list pattern), its ` + "`.id`" + ` the caller's id and its
` + "`.email`" + ` the caller's email, or a parameter decorator (` + "`@CurrentUser() user`" + `: ` + "`user.id`" + `,
` + "`user.email`" + `). The parameter must be the only binding of its name there, required,
without a default, shadowing no outer name, and nothing in the function may assign it or a
property of it (` + "`Object.assign`" + ` included); a local (` + "`const ctx = { session: … }`" + `) is no caller.
An entry may instead name the result of a call with no arguments, or a path from it
(` + "`getCurrentUser()`" + `, ` + "`auth().user`" + `), for route handlers and server actions that read the
session through a helper: a ` + "`const`" + ` of the function reading it, given that call's result, awaited or not
(` + "`const user = await getCurrentUser()`" + `: ` + "`user.id`" + `; ` + "`const session = await auth()`" + `:
` + "`session.user.id`" + `). The call's name must be bound, where it is called, by an import or by a function the
file declares with a body, and nothing may assign it; the const must be the only binding of its name in the
function, bound by a plain name (not a pattern), with nothing writing a property of it. A const of the
module (read once, not for each request), a ` + "`let`" + `, a call given arguments and a parameter of the
call's name are no caller.
Then a read (` + "`findMany findFirst findFirstOrThrow findUnique findUniqueOrThrow count aggregate groupBy`" + `)
whose inline where pins, at its top level (not under an ` + "`OR`" + `, with no spread or computed key, the key
named once), the foreign key of one of the model's required relations to the users' model (one named
` + "`User`" + ` or holding a required unique String ` + "`email`" + `, referenced by its id; a model may have several, an
expense's payer and the member who added it, and a row naming the caller by any of them is addressed to
the caller; an optional one may be empty, and a plan's number is no person's) to the caller's id, or that relation
(` + "`user: { id: ctx.session.user.id }`" + `), or the model's required String field ` + "`email`" + ` to the caller's
email, reads the caller's own rows and is not reported, when its include and select (inline) reach no
scoped model at any depth: a row addressed to the caller is not the caller's tenant's, so the invitation's
` + "`organization: true`" + ` may be shown, not that organization's members. A membership model the configuration
names is the exception: the caller's own membership makes its tenant the caller's, so through the
membership's tenant relation the tenant's direct rows (those whose own tenant key references it:
` + "`group: { include: { groupUsers: true, defaultSplit: true } }`" + `) may be shown, with nothing scoped below them;
a member's user's other memberships, or a row the tenant points to by that row's key, may not. The value may come through a ` + "`const`" + `, and a
` + "`!`" + ` on the way is allowed, but not ` + "`?.`" + `, which may give undefined, for which Prisma drops the
filter. A row found by a lookup and then compared with the caller
(` + "`if (invitation.email !== ctx.session.user.email) throw …`" + `, or ` + "`row.userId !== user.id`" + `), the function
leaving when they differ before the row is used, as for a comparison with the tenant, is the caller's, and so
is a later call on the same model by the key it was found by (` + "`update({ where: { id: input.invitationId } })`" + `);
the field compared must be one the lookup returns and the schema requires, the include held as above, and a
helper of the file taking the identity's parameter is the caller's only when each of its calls there hands it
a parameter that is one in turn (not ` + "`helper({ ...ctx, session: { user: { id: input.userId } } })`" + `). A write keyed by the caller
alone (` + "`deleteMany({ where: { userId: ctx.session.user.id } })`" + `) reaches the caller's rows in every
tenant and stays reported, and a row proven the caller's proves nothing of its tenant: another row compared
with its tenant field, or linked to it, is judged as before. An entry that names nothing in a function that
queries a tenant-scoped model is said, as a notice at its place in the configuration: an entry the code never
writes is a typo; one the code writes only where nothing is queried (a NestJS controller's decorator, its
services taking a plain id) proves no query's caller, and the notice names a file that uses it.

What the rule cannot see it says instead of guessing: a ` + "`where`" + ` built
elsewhere (a parameter, a spread, a function's result) is followed when it
is a ` + "`const`" + ` object literal in the same function (or a choice between such
literals, ` + "`all ? { organizationId } : { id, organizationId }`" + `, judged by its
weakest side; ` + "`undefined`" + ` is no where at all; a relation filter chosen the same way,
` + "`project: isAdmin ? undefined : { organizationId }`" + `, is judged alike; one the
function fills by assignment, ` + "`where.projectId = …`" + `, holds a key when every way to
the call assigns it, with the weakest value assigned anywhere), or when it is
built (or spread from) a scope helper of the file, of the class (` + "`this.…`" + `) or
imported, whose whole body is an object of its parameters and of values
reading none
(` + "`const scopeApp = (where, workspaceId) => ({ ...where, workspaceId })`" + `,
also with the tenant through a relation, ` + "`{ ...where, app: { workspaceId } }`" + `,
or ` + "`{ environmentId, published: true }`" + `), read with the call's arguments in
their place: at most one spread, first, since an entry after it replaces
the same key; a tenant the helper takes from elsewhere is not read. It is
otherwise a notice:
check by hand that it filters by the tenant, or build it where the call is.
A ` + "`const`" + ` object the function changes after building it (` + "`delete where.organizationId`" + `,
` + "`where.organizationId = undefined`, `args.where = …`, `Object.assign(where, input)`" + `, or
handing it to a function that may change it, in a closure, through another name or
by a computed key) is such a where too, and so is a ` + "`let`" + ` changed any of these ways;
adding an entry the literal does not have, or giving a plain field another value,
leaves it as written.
The last entry of a name wins: a tenant entry followed by a spread that may hold
its name counts for what the spread may put there, so
` + "`{ organizationId, ...(all ? { organizationId: undefined } : {}) }`" + ` is a warning;
after a spread the rule cannot read (` + "`{ organizationId, ...filter }`" + `) it is a notice:
put the spread first.
The rows of a nested write given as a name or a parameter (` + "`create: rows`" + `) are
read when the name is a ` + "`const`" + ` mentioned only there (a list built by ` + "`.map`" + `,
whose callback may be a block: each row it returns is read, unless it reads a
name the block binds that the function also names outside it) and in calls of its
` + "`push`" + ` (each row pushed is read, for a write's own data too); otherwise, when those
rows may link a judged row through a relation other than their parent's, it is a
notice. So is the data of the write itself that the rule cannot read (a parameter,
` + "`const { id, ...data } = args`" + ` handed on as ` + "`{ data }`" + `, a call's result), and a spread
in the data it cannot read (` + "`{ ...input, organizationId }`" + `), when the written model
links a judged row: build the data as an object in the function, or ignore the call
with a reason.
A call keyed by the ids of rows such a query returned (` + "`id: { in: rows.map((r) => r.id) }`" + `,
` + "`row.id`" + `, the row of a loop over them) is a notice too: it is as scoped as that where.
So is a call keyed by a value given to the function that built such a where,
when the function leaves if that lookup finds nothing
(` + "`where: canEditProjects(projectId, user)`, then `if (!project) throw …`" + `).
So is any call that the proofs above would accept if such a where filtered
by the tenant: keyed by the children included with such a row, a parent's
key read from it, or an id looked up with it and tested.
So is a model's client handed out as a value, whose calls are not seen:
` + "`updateRow(prisma.workflow, …)`, `const repo = prisma.document`" + `,
` + "`const { document } = prisma`, `prisma[\"document\"].findMany(…)`" + `, or ` + "`prisma[model]`" + `
(naming no model). Only receivers the found calls use as a client count
(` + "`window.document`" + ` is none, nor a parameter typed as a Prisma row,
` + "`prisma: Prisma.TeamMemberGetPayload<…>`" + `, that its function binds no other way), a test that the client exists
(` + "`if (!prisma.document)`" + `) hands nothing out, and only the files read for
their calls are searched: one with no ` + "`<client>.<model>.<operation>(…)`" + ` of a
judged model is not. The top tenant's client counts as a judged model's: the
reads made through it may show its scoped rows.
A tenant value that may be ` + "`undefined`" + ` is a warning: Prisma drops an
` + "`undefined`" + ` filter and the query reaches every tenant. Without a type checker
the rule sees ` + "`undefined`" + ` itself, ` + "`x ?? undefined`" + `, a branch of ` + "`?:`" + ` that is
undefined, an optional chain (` + "`session?.orgId`" + `), an environment variable
(` + "`process.env.TEAM_ID`" + `, ` + "`import.meta.env.TEAM_ID`" + `, ` + "`Bun.env.TEAM_ID`" + `, ` + "`Deno.env.get(\"TEAM_ID\")`" + `,
through a const holding ` + "`process.env`" + `, destructured from it, or handed back by a helper of the file: one not set is undefined whatever its
declared type), and a name or property chain followed to where it is bound in the function, those
it is nested in, or the module (` + "`const TEAM_ID = process.env.TEAM_ID`" + ` at the top of the file): a
` + "`const`" + `, or a ` + "`let`" + `/` + "`var`" + ` no nested function writes, holding one of those, a parameter declared optional (` + "`orgId?: string`" + `)
or typed ` + "`T | undefined`" + `, and a property (destructured, or read as
` + "`input.orgId`, `input.scope.orgId`" + `) that a type written inline, an interface or
type alias of the same file, an intersection of those, or ` + "`Partial<…>`" + `
marks optional; a non-null assertion (` + "`input.orgId!`" + `) of any of those is one too,
telling the compiler only. A value is not reported where a test proves it there: the
query is in the branch the test excludes undefined from (` + "`if (orgId) …`" + `,
` + "`orgId && …`" + `, ` + "`orgId ? … : …`" + `), or after an exit taken when it is missing
(` + "`if (!orgId) throw`" + `, ` + "`if (orgId == null) return`" + `, ` + "`continue`" + ` in a loop,
` + "`invariant(orgId)`" + `, also inside a ` + "`try`" + ` whose ` + "`catch`" + ` leaves, or a call that never returns: ` + "`notFound()`, `redirect(…)`" + `
imported from ` + "`next/navigation`" + `, ` + "`process.exit(…)`" + `); a test with no exit, or an
exit that may not run, does not count. A value assigned or given a default is not reported either.
Types imported from other files or inferred (` + "`z.infer`" + `, return types) are not
read, so such a value is not seen. A key proven the tenant's is judged the same
way (` + "`custodyId: kit.custody?.id`" + `, a ` + "`const`" + ` holding it, ` + "`row?.id!`" + `): it
counts where a test proves it there, or in a unique lookup (` + "`findUnique`" + `,
` + "`update`" + `, ` + "`upsert`" + `, ` + "`delete`" + `) that it alone keys, which Prisma refuses
without it.

Raw SQL on a PostgreSQL schema is read too: the text of ` + "`$queryRaw`" + ` and
` + "`$executeRaw`" + ` tagged templates (each ` + "`${…}`" + ` a bound value and JavaScript's escapes
such as ` + "`\\\"`" + ` read, as Prisma sends it),
also given as ` + "``$queryRaw(Prisma.sql`…`)``" + `, and of the ` + "`Unsafe`" + ` forms given a string is parsed with PostgreSQL's parser. A
SELECT, UPDATE or DELETE on the table of a model that carries its own tenant
field is a warning unless that column (or the column of another tenant field it
carries) is limited to given values (` + "`= ${…}`" + `,
` + "`IN (…)`" + `, ` + "`= ANY(…)`" + `, ` + "`IS NULL`" + `, or ` + "`=`" + ` a column so limited) in the WHERE,
the HAVING or the ON of the join that brings the table in, through AND only
(an OR when every branch does), or its foreign key equals the key of a
parent row so scoped (the SQL form of a relation filter), or, in a statement on
that table alone, its key equals a key the function proved the tenant's as a
where's key (` + "`id = ANY(${ids})`" + ` with the ids of rows found with the tenant): ` + "`<>`" + `, ` + "`NOT`" + `,
` + "`IS NOT NULL`" + ` and ` + "`a.\"teamId\" = b.\"teamId\"`" + ` alone read other tenants' rows.
SQL the rule cannot read or see (a variable, a ` + "`${…}`" + ` standing for a
condition) is a notice: write the tenant condition in the text, and the
` + "`Unsafe`" + ` forms as tagged templates. A ` + "`${…}`" + ` choosing between fragments it reads
(` + "``${c ? Prisma.sql`AND …` : Prisma.empty}``" + `) is judged once for each text the call may
send, up to 16: a warning when one lacks the condition. Tables scoped only through a parent are not
checked in raw SQL. A statement on one table and nothing else whose WHERE holds,
through AND only, an equality of a credential column with a ` + "`${…}`" + `
(` + "`WHERE \"refreshToken\" = ${token}`" + `) is a lookup by credential, as above.

A call no Prisma client accepts is not a query: an operation whose argument
Prisma requires called without one (` + "`props.team.delete()`" + `), or with an object
literal lacking a key Prisma requires (` + "`props.team.update({ displayName })`" + `: no
` + "`where`" + `), is refused by TypeScript and by the client before any SQL, so its
receiver is another object (an SDK's). Only in TypeScript files with no
` + "`@ts-ignore`" + `, ` + "`@ts-expect-error`" + ` or ` + "`@ts-nocheck`" + `, and only while no file
that extends a client (` + "`$extends`" + `, ` + "`defineExtension`" + `) names a ` + "`model`" + `
component, which may define an operation of its own, or a where (` + "`args.where = …`" + `),
which a ` + "`query`" + ` component may fill in first; an extension from a package is not seen.

A file whose calls take more than 10 seconds to judge (a function of very
many lookups, comparisons and writes by the same keys; real files take
milliseconds) is not judged past that: each call still to be proven is an
error saying the rule gave up on it, so a pull request can neither hang the
check nor pass through it. Many such files cannot add up to a hung check
either: the calls of all the files together get one minute of judging
(the largest applications read take a few seconds), past which every call
still to be proven, in every file, is such an error.

Code tree-sitter cannot parse is not judged as written: a part of a file it
gives up on whose text names a judged call (or raw SQL) is a notice at its
first line, beside whatever the parser still made of the call.

The rows a ` + "`$queryRaw`" + ` returned prove their keys as a found row's do (` + "`{ in:\nrows.map((r) => r.id) }`" + `, a key pushed in a loop over them, a foreign key
read from them) when its SQL, read strictly, keeps only the caller's
tenant's rows: one SELECT without UNION or WITH, whose column read (` + "`id`" + `,
` + "`MAX(id) AS id`, `d.parent_id`" + `) is the model's id or a foreign key to it in a table
of its FROM whose tenant column is limited as above, but only by ` + "`= ${v}`" + `,
` + "`IN (${v}, …)`" + ` or ` + "`= ANY(${v})`" + ` where v is the caller's (a parameter of the
function, a property of one, or a const taken from one; also the object's own
tenant field, as below; not a literal, a
row's field, a loop's element or a subquery); each choice of a fragment it
can read (` + "``${since ? Prisma.sql`…` : Prisma.empty}``" + `) must prove, any other
fragment proves nothing, and the rows must be a ` + "`const`" + ` the function otherwise
only reads; an element of them by a literal index (` + "`rows[0].id`" + `, or a ` + "`const`" + `
naming it) is one of them.
A service object that serves one tenant (evolution-api's channel services, one
per WhatsApp instance) keeps it in a field: a row a method of the same class
found with ` + "`instanceId: this.instanceId`" + ` (` + "`const old = await this.get(k)`" + `,
called on ` + "`this`" + `) proves its key for a write in the caller that names no other
tenant, when the field is set once, in the constructor, to a value the where
check accepts as a tenant, before the constructor calls a method or hands
` + "`this`" + ` on; the class extends nothing and nothing extends it or reaches its
prototype; and no code sets a member of that name or copies unnamed members
onto an object (` + "`Object.assign(target, body)`" + `).

Lists put together from such keys prove theirs too: spreads of proven lists
(` + "`[...a, ...b]`" + `), an entry of a ` + "`$transaction`" + `'s result that every return of its
callback gives from one list (` + "`txResult.ids`" + `), a field mapped from objects
pushed into a ` + "`const`" + ` empty list, each with a key proven where it is pushed
(` + "`.map((s) => s.assetId)`" + `), and ids refused unless each is in a Set of proven keys
(` + "`ids.filter((id) => !known.has(id))`" + ` and a leaving ` + "`if`" + `); none may grow or be copied to
another name, and the objects are only read, before the call. So do a filter that keeps
only members of such a list (` + "`ids.filter((id) => valid.has(id))`" + `, ` + "`includes`" + `, from any list),
an array literal of keys each proven where it stands (` + "`[firstAuthor.id]`" + `), an element
of such a list by a literal index in a link or as a unique where's only unique key
(` + "`authorIds[0]`" + `: undefined past the end, which links nothing), a list, or a path of
names, whose every element the function checked to be one of the tenant's keys or
rows' ids, leaving otherwise (` + "`if (!ids.every((id) => valid.has(id))) throw`" + `, or
` + "`input.ids.filter((id) => !org.projects.some((p) => p.id === id))`" + ` then a leaving
` + "`if (bad.length > 0)`" + `), changed nowhere from the check on (also when the check sits
in an ` + "`if (input.ids)`" + ` block and the use in a later sibling block under the same test
of the same unchanged list, which can run only if the first did), and the ids of rows a helper
hands back mapped into plain objects (` + "`rows.map((r) => ({ id: r.id }))`" + ` of its scoped
findMany, the key read judged as the field the object copies).
A row a write returned after setting its tenant to the caller's value (an
` + "`update`" + `'s data or both sides of an ` + "`upsert`" + ` giving ` + "`organizationId: orgId`" + ` or
` + "`organization: { connect: { id: orgId } }`" + ` the last word), bound by a ` + "`const`" + ` or
pushed into a ` + "`const`" + ` list the function only reads, is the tenant's while nothing
between the write and the call (the whole loop when one holds both) may move
it: only reads, deletes and writes of the same model that leave the tenant
alone or set it the same way. The write's own where is judged on its own.
A key picked by ` + "`find`" + ` from a list declared empty (a ` + "`let`" + ` too) and never
assigned, which only gets rows whose keys are proven where they are pushed
(also in a closure) and is otherwise only read, is the tenant's; after ` + "`?.`" + `
only in a unique where or a create's link.
A write by a parent's key alone on its children (` + "`deleteMany({ where: {\nconversationId: id } })`" + `), its result dropped, is undone when a later statement of
the same ` + "`$transaction(async (tx) => …)`" + ` callback's body, with no return between,
deletes or updates that parent by the same key and the tenant, or finds it with
` + "`findUniqueOrThrow`" + `/` + "`findFirstOrThrow`" + `: that throws for another tenant's parent, and
Prisma then rolls the whole transaction back.

Any of these findings means the call can read or write another tenant's
rows. There is no automatic fix: a human chooses the tenant value. Add the tenant
field to the ` + "`where`" + `, go through the scoped client, or justify the call with
` + "`// schemalint-ignore tenant-query-unscoped <reason>`" + ` on or above its line
(a lookup whose caller checked access first). The rule is quiet when the
schema is not judged multi-tenant (see tenant-unscoped-model); which files it
reads is set by ` + "`tenancy { queries { paths = [\"src/**\"], exclude = [\"src/scripts/**\"] } }`" + `.

In a repository with several Prisma schemas (a monorepo), each file is
judged against the schema whose client it can import, not against every
schema whose model names it happens to use. A schema serves its project: the
folder of the nearest ` + "`package.json`" + ` at or above it, else the folder holding its
` + "`prisma`" + ` folder. A file belongs to the deepest project holding it
(` + "`apps/crm/src`" + ` to ` + "`apps/crm/prisma/schema.prisma`" + `); a file outside every
project belongs to the schemas whose package its own package depends on (an
app depending on ` + "`@acme/database`" + ` is judged against
` + "`packages/database/prisma/schema.prisma`" + `, the layout of dub and trigger.dev),
or whose package its package's code imports without declaring it (a hoisted
workspace: cal.com's ` + "`packages/trpc`" + ` imports ` + "`\"@calcom/prisma\"`" + `);
a package that neither depends on nor imports any of them cannot use a client
and is not judged. A file in no package, or one whose package depends on several
schemas, is judged against each, and a call is reported once. Schemas sharing
one project (an nx workspace with one root ` + "`package.json`" + `) are told apart by
the client a file imports: a schema whose generator has an ` + "`output`" + ` judges
the files importing from that folder, the schemas generated to the default
place those importing ` + "`\"@prisma/client\"`" + `, and a file importing neither is
judged against each of them. With one
schema in the repository all code is its own, and
` + "`tenancy { queries { paths } }`" + ` set in the configuration is every schema's code,
as written.`,
	ExampleSchema: `model Organization {
  id        String     @id
  documents Document[]
}

model Document {
  id             String       @id
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id])
}`,
	Bad: `export async function getDocument(id: string) {
  return prisma.document.findUnique({ where: { id } });
}`,
	Good: `export async function getDocument(id: string, organizationId: string) {
  return prisma.document.findFirst({ where: { id, organizationId } });
}`,
	Run: runTenantQueryUnscoped,
}

// queryCheck is what the rule knows while it reads one file.
type queryCheck struct {
	t         *tenancy
	delegates map[string]*prisma.Model
	// byTenantFieldOnly is set while judging the rows a top tenant's
	// relation filter names: there only a tenant field names their
	// tenant, as the group is theirs by that field alone; another key
	// to a tenant (a transfer's toGroupId) names another group.
	byTenantFieldOnly bool
	// tenantNames are the tenant field names of every model, for the
	// fetch-then-compare check.
	tenantNames []string
	// tenantRelations are the relations through which a row names its
	// tenant, as "relation.referenced" (`organization.id` of
	// `organizationId`), for the same check.
	tenantRelations []string
	scopedClients   []string
	scopedOps       []string
	// membershipModels are the models named as memberships (memberLookup).
	membershipModels []string
	// callerIdentity names where the signed-in user is read (callerRows).
	callerIdentity []string
	// call is the call being judged; verifying is set while judging an
	// earlier call that may have checked an id (no further search then).
	call      tsparse.Node
	verifying bool
	// judgedCall is the call check was asked about, which q.call stands
	// in for while a proof judges a key where it was put (a push, a
	// Map's set): a created row must come from its client (clientCall).
	judgedCall tsparse.Node
	// proofs counts the earlier calls being judged for the rows they
	// return (provenRow), to bound the search.
	proofs int
	// models are the schema's tables, for raw SQL.
	models []*prisma.Model
	// modelColumns is rawColumns of models, built once for the run and
	// shared by every file's copy of the check; nil in a check built
	// without it (tableColumns then builds it).
	modelColumns func() func(table, column string) bool
	// fields are the configured tenant field names: with several levels
	// of tenancy (organizationId, projectId), each one scopes.
	fields []string
	// fileCalls are the calls of the file being read, in source order:
	// the earlier lookups an id may have been checked by.
	fileCalls []tsquery.Call
	// rowsUnseen names the rows whose ids the call uses when the where
	// of the query that returned them is what the rule cannot see.
	rowsUnseen string
	// assumeSeen, when set, takes rows whose query's where the rule
	// cannot see as the tenant's and records their name (throughUnseen).
	assumeSeen *string
	// askedUnseen, when set, is set when seenAs is asked about a query
	// whose where the rule cannot see (see askingUnseen).
	askedUnseen *bool
	// whereChanged is set when the where is a literal the function
	// changes in a way the rule does not read (filledWhere).
	whereChanged bool
	// keyIDRead is set while judging the where of the call being judged
	// when it reads rows (findUnique, findFirst): an API key model's id
	// is the caller's key there only (apiKeyID).
	keyIDRead bool
	// linking is the write whose data's link key is judged: a key that
	// holds nothing links nothing (boolHelperVerified); an invalid node
	// otherwise.
	linking tsparse.Node
	// helpers finds helpers imported from other files; helperTree and
	// helperCalls are the file and calls of the one being read.
	helpers *helperIndex
	// budget stops the proofs once the file's judging runs too long.
	budget      *judgingBudget
	helperTree  *tsparse.Tree
	helperCalls []tsquery.Call
	wrappers    *helperIndex // pass-throughs a helper being read calls
}

// isTenantField reports whether key is m's tenant field or another of the
// tenant fields m carries.
func (q *queryCheck) isTenantField(m *prisma.Model, key string) bool {
	if tf := q.t.Field(m); tf != nil && key == tf.Name() {
		return true
	}
	if !slices.Contains(q.fields, key) {
		return false
	}
	f := fieldByName(m, key)
	return f != nil && f.Kind == prisma.ScalarField
}

func runTenantQueryUnscoped(p *Pass) {
	t := p.Tenancy()
	if !t.On() || p.Code == nil {
		return
	}
	q := &queryCheck{t: t, delegates: map[string]*prisma.Model{}, scopedClients: p.Config.Tenancy.Queries.ScopedClients, scopedOps: p.Config.Tenancy.Queries.ScopedOperations, membershipModels: p.Config.Tenancy.Queries.MembershipModels, callerIdentity: p.Config.Tenancy.Queries.CallerIdentity, fields: p.Config.Tenancy.Fields}
	var callers *callerMatches
	if len(q.callerIdentity) > 0 {
		callers = newCallerMatches(q.callerIdentity)
	}
	for _, m := range tenantModels(p.Schema) {
		q.delegates[delegateName(m.Name)] = m
		if t.Field(m) != nil && !t.IsGlobal(m) && (!t.IsRoot(m) || judgedRoot(t, m)) {
			q.models = append(q.models, m)
		}
		if f := t.Field(m); f != nil && !slices.Contains(q.tenantNames, f.Name()) {
			q.tenantNames = append(q.tenantNames, f.Name())
		}
		// A foreign key to the tenant model under another name
		// (Image.ownerOrgId) names the row's tenant too.
		for _, f := range m.Fields {
			if r := f.Relation; r != nil && r.IsForward() && len(r.Fields()) == 1 && f.Target() != nil && t.IsRoot(f.Target()) && !slices.Contains(q.tenantNames, r.Fields()[0].Name()) {
				q.tenantNames = append(q.tenantNames, r.Fields()[0].Name())
			}
		}
	}
	// Views are read as tables are: one that shows a table's tenant
	// column is judged by it.
	var views []*prisma.Model
	q.t, views = t.withViews(p.Schema, q.tenantNames)
	for _, m := range views {
		q.delegates[delegateName(m.Name)] = m
		q.models = append(q.models, m)
	}
	// Every raw query asks for the tables' columns: one map of the whole
	// schema, built for each was most of a raw call's judging (trigger.dev:
	// 3.3 MB allocated, about 1% of the CPU).
	models := q.models
	q.modelColumns = sync.OnceValue(func() func(table, column string) bool { return rawColumns(models) })
	for _, m := range tenantModels(p.Schema) {
		for _, f := range m.Fields {
			r := f.Relation
			if r == nil || !r.IsForward() || len(r.Fields()) != 1 || len(r.References()) != 1 || !slices.Contains(q.tenantNames, r.Fields()[0].Name()) {
				continue
			}
			if tail := f.Name() + "." + r.References()[0].Name(); !slices.Contains(q.tenantRelations, tail) {
				q.tenantRelations = append(q.tenantRelations, tail)
			}
		}
	}
	// Only the files that may hold a finding are parsed (see queryGate);
	// the others are read as bytes only.
	gate := q.gate()
	mentions := gate.mayCall
	code, raw := p.Code(p.Schema), p.Schema.PostgreSQL()
	// Read on every core: the test reads all the application's text
	// before any parse starts.
	wanted, clientsOnly := make([]bool, len(code)), make([]bool, len(code))
	onEveryCore(len(code), func(i int) {
		src := code[i].Src
		wanted[i] = parseEveryFile || gate.mayCall(src) || (raw && tsquery.MayCallRaw(src))
		clientsOnly[i] = !wanted[i] && gate.calls(src)
	})
	var files []tsquery.File
	for i, f := range code {
		if wanted[i] {
			files = append(files, f)
		}
	}
	var handedOut handouts
	extended := sync.OnceValue(func() bool { return modelsExtended(code) })
	q.helpers = newHelperIndex(code, func(tree *tsparse.Tree) []tsquery.Call {
		calls := withoutRefused(tree, tsquery.Calls(tree, func(d string) bool { return q.delegates[d] != nil }), extended)
		return slices.DeleteFunc(calls, func(c tsquery.Call) bool { return slices.Contains(tsquery.Creates, c.Operation) })
	})
	defer q.helpers.Close()
	q.helpers.delegate = func(d string) bool { return q.delegates[d] != nil }
	q.helpers.configs = codeConfigs(p)
	q.helpers.prims = modelPrimitives(p.Schema)
	if p.Unjudged != nil {
		q.helpers.unjudged = func(path string) ([]byte, bool) { return p.Unjudged(p.Schema, path) }
	}
	runDeadline := time.Now().Add(runBudget)
	judgeFile := func(tree *tsparse.Tree) []queryFinding {
		var out []queryFinding
		// The proofs that read this tree alone may search every file.
		tree.Memo(projectFilesKey{}, func() any { return q.helpers })
		fq := *q
		fq.budget = fileDeadline(runDeadline)
		calls := withoutRefused(tree, tsquery.Calls(tree, func(d string) bool { return q.delegates[d] != nil }), extended)
		fq.fileCalls = slices.DeleteFunc(slices.Clone(calls), func(c tsquery.Call) bool { return slices.Contains(tsquery.Creates, c.Operation) })
		out = append(out, judgedSafely(tree.Root(), func() []queryFinding {
			handedOut.read(&fq, tree)
			// An entry counts where a query may be made: read in the files
			// the gate admits for their calls alone, so that which files
			// are parsed for other reasons does not change the answer.
			if mentions(tree.Src) {
				callers.read(tree)
			}
			return nil
		})...)
		for _, c := range calls {
			out = append(out, judgedSafely(c.Node, func() []queryFinding {
				var fs []queryFinding
				if slices.Contains(tsquery.Creates, c.Operation) {
					// No where: only what its data links, and what
					// a top tenant's include shows, is judged.
					if f, ok := fq.checkTopTenantRead(c); ok {
						fs = append(fs, f)
					} else if f, ok := fq.checkScopedInclude(c); ok {
						fs = append(fs, f)
					}
				} else if f, ok := fq.check(c); ok {
					fs = append(fs, f)
				} else if f, ok := fq.checkTopTenantRead(c); ok {
					fs = append(fs, f)
				} else if f, ok := fq.checkScopedInclude(c); ok {
					fs = append(fs, f)
				}
				return append(fs, fq.checkLinks(c)...)
			})...)
		}
		out = append(out, unparsed(tree, func(src []byte) bool { return mentions(src) || raw && tsquery.MayCallRaw(src) })...)
		if p.Schema.PostgreSQL() && tsquery.MayCallRaw(tree.Src) {
			for _, c := range tsquery.RawCalls(tree) {
				out = append(out, judgedSafely(c.Node, func() []queryFinding {
					if f, ok := fq.checkRaw(c); ok {
						return []queryFinding{f}
					}
					return nil
				})...)
			}
		}
		return out
	}
	// Reading a file's calls, not only judging them, must not end the
	// run on a shape it did not foresee: a panic anywhere in the file's
	// work is an error at the file, which fails the check.
	perFile := func(tree *tsparse.Tree) []queryFinding {
		return judgedSafely(tree.Root(), func() []queryFinding { return judgeFile(tree) })
	}
	// A file the parser gives up on holds queries the rule has not read:
	// it is said at the file, never passed as a file without a finding.
	var unreadable []queryFinding
	each := func(files []tsquery.File) [][]queryFinding {
		results, errs := tsquery.Each(files, perFile)
		for i, err := range errs {
			if err != nil {
				unreadable = append(unreadable, unparsedFile(files[i], err))
			}
		}
		return results
	}
	results := each(files)
	// The files whose calls only name clients are read for their
	// receivers, unless their text shows these are known already.
	files = nil
	for i, f := range code {
		if clientsOnly[i] && !gate.knownReceivers(f.Src, handedOut.receivers) {
			wanted[i] = true
			files = append(files, f)
		}
	}
	more := each(files)
	results = append(results, more...)
	// A hand-out is said where its receiver is one the calls use as a
	// client, so the files left are looked at once the receivers are
	// known: those that may hold one of them.
	// They are read on every core too: the parse waits for them.
	handsOut := gate.mayHandOut(handedOut.receivers)
	handing := make([]bool, len(code))
	onEveryCore(len(code), func(i int) { handing[i] = !wanted[i] && handsOut(code[i].Src) })
	files = nil
	for i, f := range code {
		if handing[i] {
			files = append(files, f)
		}
	}
	more = each(files)
	results = append(append(results, more...), unreadable)
	for _, list := range results {
		for _, f := range list {
			if f.severity == 0 {
				p.Report(f.d)
			} else {
				p.ReportAs(f.severity, f.d)
			}
		}
	}
	handedOut.report(p)
	callers.report(p, code)
}

// onEveryCore calls fn with each of 0 … n-1, spread over the cores.
func onEveryCore(n int, fn func(i int)) {
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), max(n, 1))
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// delegateName is the client property of a model: its name with the first
// letter lower-cased, as Prisma generates it.
func delegateName(model string) string {
	r, n := utf8.DecodeRuneInString(model)
	return string(unicode.ToLower(r)) + model[n:]
}

// queryFinding is a finding with its severity: zero for the rule's own.
// judgedSafely runs judge, the judging of the code at n. The proofs read
// whatever code a pull request holds; one that meets a shape it did not
// foresee and panics must not end the run, nor pass the call: the panic
// becomes an error at n, which fails the check and says where to look.
func judgedSafely(n tsparse.Node, judge func() []queryFinding) (out []queryFinding) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case gaveUp:
			out = []queryFinding{{d: Diagnostic{Range: n.Range(), Message: r.message()}, severity: severity.Error}}
		default:
			out = []queryFinding{{d: Diagnostic{Range: n.Range(), Message: "schemalint failed while judging this code (an internal error); check it by hand, and report the code that caused it"}, severity: severity.Error}}
		}
	}()
	return judge()
}

type queryFinding struct {
	d        Diagnostic
	severity severity.Severity
}

// verdict is what a where says about the tenant, from worst to best.
type verdict int

const (
	unconstrained  verdict = iota
	orBranch               // an OR has a branch without the tenant
	unseen                 // built where the rule cannot see
	maybeUndefined         // the tenant value may be undefined
	constrained
)

// better is the verdict of a where holding both a and b side by side: one
// constraint is enough.
func better(a, b verdict) verdict { return max(a, b) }

// judged reports whether calls on m are judged: m is tenant-scoped, not
// global, and not a tenant model unless a higher tenant scopes it (see
// judgedRoot). Calls on other models only prove ids for the judged ones of
// their file.
func (q *queryCheck) judged(m *prisma.Model) bool {
	if q.t.IsRoot(m) {
		return !q.t.IsGlobal(m) && judgedRoot(q.t, m)
	}
	return q.t.Scoped(m) && !q.t.IsGlobal(m)
}

func (q *queryCheck) check(c tsquery.Call) (queryFinding, bool) {
	qc := *q
	qc.call, qc.judgedCall = c.Node, c.Node
	q = &qc
	m := q.delegates[c.Delegate]
	if !q.judged(m) {
		return queryFinding{}, false
	}
	receiver := compact(c.Receiver.Text())
	scopedClient := slices.Contains(q.scopedClients, receiver)
	if scopedClient && slices.Contains(q.scopedOps, c.Operation) {
		return queryFinding{}, false
	}
	fn := c.Node.Field("function")
	at := c.Receiver.Range()
	at.End = fn.Range().End
	what := fmt.Sprintf("%s on tenant-scoped %q", c.Operation, m.Name)
	hint := q.hint(m)
	var v verdict
	var where bool
	unseenAsked := q.askingUnseen(func() { v, where = q.whereOfCall(c) })
	if v < constrained && (q.comparedAfterFetch(c) || q.listChecked(c, m, enclosingFunction(c.Node).End()) || q.everyRowCompared(c, enclosingFunction(c.Node).End()) || q.mapRowsCompared(c) || q.ownerLookup(c, m) || q.tenantOfLookup(c, m) || q.credentialLookup(c, m) || q.verifiedEachRow(c, m) || q.memberLookup(c, m) || q.memberHelper(c, m) || q.memberThrow(c, m) || q.memberInclude(c, m) || q.sessionUserRow(c, m) || q.callerRows(c, m) || q.callerCompared(c, m, enclosingFunction(c.Node).End())) {
		return queryFinding{}, false
	}
	if v < unseen && unseenAsked {
		v = q.throughUnseen(c, v)
	}
	d := Diagnostic{Range: at}
	switch {
	case v == constrained:
		return queryFinding{}, false
	case v == maybeUndefined:
		d.Message = fmt.Sprintf("%s filters by a tenant value that may be undefined; make sure it is set before the query", what)
		return queryFinding{d, severity.Warning}, true
	case v == unseen && q.rowsUnseen != "":
		d.Message = fmt.Sprintf("cannot see whether %q, whose ids %s uses, are the tenant's rows; build the where of their query as a const object", q.rowsUnseen, what)
		return queryFinding{d, severity.Notice}, true
	case v == unseen && q.whereChanged:
		d.Message = fmt.Sprintf("cannot see the where of %s: it is given to a function or changed other than by assigning its keys; check by hand that it keeps the tenant", what)
		return queryFinding{d, severity.Notice}, true
	case v == unseen:
		d.Message, d.Related = q.unseenWhere(c, what)
		return queryFinding{d, severity.Notice}, true
	case scopedClient:
		d.Message = fmt.Sprintf("%s is not filtered by scoped client %q; add %s to its where", what, receiver, hint)
	case !where:
		d.Message = fmt.Sprintf("%s has no where; add where: { %s }", what, hint)
	case v == orBranch:
		d.Message = fmt.Sprintf("%s has an OR branch without the tenant; add %s beside the OR", what, hint)
	case q.sharedTenant(c) != "":
		d.Message = fmt.Sprintf("%s filters by %q, a value every request shares (a module variable, a static field, a singleton service's field) that another request may change while this one awaits; pass the tenant as a parameter or a const of the function", what, q.sharedTenant(c))
	case q.conditionalTenant(c, m) != "":
		d.Message = fmt.Sprintf("%s filters by the tenant only when %s holds; add %s to its where without a condition", what, q.conditionalTenant(c, m), hint)
	default:
		d.Message = fmt.Sprintf("%s does not filter by the tenant; add %s to its where", what, hint)
	}
	return queryFinding{d: d}, true
}

// tableColumns is rawColumns of the schema's tables.
func (q *queryCheck) tableColumns() func(table, column string) bool {
	if q.modelColumns != nil {
		return q.modelColumns()
	}
	return rawColumns(q.models)
}

// hint is the where entry that scopes m: its tenant field, or the relation
// filter through its parents (invoice: { organizationId }).
func (q *queryCheck) hint(m *prisma.Model) string {
	var path []string
	for range 16 {
		if f := q.t.Field(m); f != nil {
			s := f.Name()
			if more, field, ok := q.boundPath(m); ok {
				path, s = append(path, more...), field
			}
			for i := len(path) - 1; i >= 0; i-- {
				s = path[i] + ": { " + s + " }"
			}
			return s
		}
		via := q.t.via[m]
		if via == nil {
			via = rootVia(q.t, m)
		}
		if via == nil {
			via = ownedThrough(q.t, m)
		}
		if via == nil {
			break
		}
		path = append(path, via.Name())
		if q.t.IsRoot(via.Target()) {
			s := "id"
			if fk := foreignKeyHint(via); fk != "" {
				s, path = fk, path[:len(path)-1]
			}
			for i := len(path) - 1; i >= 0; i-- {
				s = path[i] + ": { " + s + " }"
			}
			return s
		}
		m = via.Target()
	}
	return "the tenant field"
}

func compact(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// argsObject is the object literal c is called with, also through a const
// naming it; false when c has no argument or its argument is not one.
func (q *queryCheck) argsObject(c tsquery.Call) (tsparse.Node, bool) {
	if len(c.Args) == 0 {
		return tsparse.Node{}, false
	}
	return q.objectOf(c.Args[0], 0)
}

// whereOfCall judges the where of c's first argument; where reports
// whether it has one at all.
func (q *queryCheck) whereOfCall(c tsquery.Call) (v verdict, where bool) {
	if len(c.Args) == 0 {
		return unconstrained, false
	}
	args, ok := q.objectOf(c.Args[0], 0)
	if !ok {
		return unseen, true
	}
	if v, where, ok := q.argsWhere(args, q.delegates[c.Delegate]); ok {
		return v, where
	}
	for _, pair := range args.NamedChildren() {
		switch pair.Kind() {
		case "pair":
			if keyName(pair.Field("key")) == "where" {
				return q.value(nil, pair.Field("value"), q.delegates[c.Delegate], 0), true
			}
		case "shorthand_property_identifier":
			if pair.Text() == "where" {
				return q.value(nil, pair, q.delegates[c.Delegate], 0), true
			}
		}
	}
	return unconstrained, false
}

// objectOf returns the object literal n stands for: n itself, n without a
// cast, or the const object literal an identifier is bound to in the same
// function.
func (q *queryCheck) objectOf(n tsparse.Node, depth int) (tsparse.Node, bool) {
	for depth < 16 {
		depth++
		switch n.Kind() {
		case "object":
			return n, true
		case "as_expression", "satisfies_expression", "parenthesized_expression", "non_null_expression":
			n = firstNamed(n)
		case "identifier", "shorthand_property_identifier":
			v, ok := q.asWritten(n)
			if !ok {
				return tsparse.Node{}, false
			}
			n = v
		case "member_expression":
			return q.memberObject(n, depth)
		default:
			return tsparse.Node{}, false
		}
	}
	return tsparse.Node{}, false
}

func firstNamed(n tsparse.Node) tsparse.Node {
	for _, c := range n.NamedChildren() {
		if c.Kind() != "comment" {
			return c
		}
	}
	return tsparse.Node{}
}

// functionKinds are the nodes that open a function scope.
// eachReturn calls f with each return statement of the function whose
// body is body (none of a function nested in it) and the value it returns,
// uncast and awaited (no node for a bare `return`), until f says stop.
func eachReturn(body tsparse.Node, f func(ret, value tsparse.Node) (more bool)) {
	more := true
	body.Walk(func(n tsparse.Node) bool {
		if !more || functionKinds[n.Kind()] {
			return false
		}
		if n.Kind() != "return_statement" {
			return true
		}
		var v tsparse.Node
		if vals := namedNoComments(n); len(vals) > 0 {
			v = uncastAwait(vals[0])
		}
		more = f(n, v)
		return false
	})
}

var functionKinds = map[string]bool{
	"function_declaration": true, "function_expression": true, "arrow_function": true,
	"method_definition": true, "generator_function_declaration": true, "generator_function": true,
}

// enclosingFunction is the function n is in, or the program.
func enclosingFunction(n tsparse.Node) tsparse.Node {
	for p := n.Parent(); p.Valid(); p = p.Parent() {
		// The root is the module's scope whatever its kind: in a file
		// tree-sitter cannot read whole (an unclosed brace), the root
		// is an ERROR node, and a call outside any function still has
		// a scope to be judged in.
		if functionKinds[p.Kind()] || p.Kind() == "program" || !p.Parent().Valid() {
			return p
		}
	}
	return tsparse.Node{}
}

// constValue finds the value of `const <name> = …` declared before id in
// the function id is in.
func constValue(id tsparse.Node) (tsparse.Node, bool) {
	name := id.Text()
	scope := enclosingFunction(id)
	var found tsparse.Node
	for _, n := range scopeBindings(scope) {
		if n.Start() >= id.Start() {
			continue
		}
		if rebinds(n, id, name) {
			found = tsparse.Node{}
		}
		if n.Kind() == "variable_declarator" && n.Field("name").Kind() == "identifier" && n.Field("name").Text() == name && boundAt(n, id) {
			if decl := n.Parent(); decl.Kind() == "lexical_declaration" && strings.HasPrefix(decl.Text(), "const") {
				found = n.Field("value")
			} else {
				found = tsparse.Node{}
			}
		}
	}
	return found, found.Valid()
}

// property reads an object literal's entry as its key and value: `k: v`,
// or the shorthand `k`, which is its own value; ok is false for a spread
// or a method.
func property(e tsparse.Node) (key string, val tsparse.Node, ok bool) {
	switch e.Kind() {
	case "pair":
		return keyName(e.Field("key")), e.Field("value"), true
	case "shorthand_property_identifier":
		return unescapeKey(e.Text()), e, true
	}
	return "", tsparse.Node{}, false
}

// eachEntryOnce hands visit the key and value of each entry of obj, an
// object literal, in order, and reports false at a spread, a computed
// key or a key named a second time, any of which may give the entry read
// another value; visit returning false stops the walk with false too.
func eachEntryOnce(obj tsparse.Node, visit func(key string, val tsparse.Node) bool) bool {
	seen := map[string]bool{}
	for _, e := range namedNoComments(obj) {
		key, val, ok := property(e)
		if !ok || key == "" || seen[key] {
			return false
		}
		seen[key] = true
		if !visit(key, val) {
			return false
		}
	}
	return true
}

// keyName is the name an object's key k gives its entry: `"i\u0064"` and
// `i\u0064` name id as `id` does, so a key is read after its escapes
// (a copy adding one must not hide the row's key behind another
// spelling). A key whose escapes do not read is nameless, as a computed
// one is.
func keyName(k tsparse.Node) string {
	switch k.Kind() {
	case "property_identifier", "private_property_identifier":
		return unescapeKey(k.Text())
	case "string":
		return unescapeKey(strings.Trim(k.Text(), `"'`))
	}
	return ""
}

// unescapeKey reads the escapes of a key's text; "" when one does not
// read.
func unescapeKey(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 >= len(s) {
			return ""
		}
		i++
		hex := ""
		switch c := s[i]; c {
		case 'u':
			if end := strings.IndexByte(s[i:], '}'); strings.HasPrefix(s[i:], "u{") && end > 2 {
				hex, i = s[i+2:i+end], i+end
			} else if i+4 < len(s) {
				hex, i = s[i+1:i+5], i+4
			} else {
				return ""
			}
		case 'x':
			if i+2 >= len(s) {
				return ""
			}
			hex, i = s[i+1:i+3], i+2
		case '\n', '\r':
			continue // a line continuation
		case 'n', 'r', 't', 'b', 'f', 'v', '0':
			b.WriteByte(map[byte]byte{'n': '\n', 'r': '\r', 't': '\t', 'b': '\b', 'f': '\f', 'v': '\v', '0': 0}[c])
			continue
		default:
			b.WriteByte(c)
			continue
		}
		r, err := strconv.ParseUint(hex, 16, 32)
		if err != nil || r > utf8.MaxRune {
			return ""
		}
		b.WriteRune(rune(r))
	}
	return b.String()
}

// value judges a where (or a relation filter) on model m. key is the
// entry the value sits under, nil for a whole where.
func (q *queryCheck) value(key *string, n tsparse.Node, m *prisma.Model, depth int) verdict {
	if depth > 16 {
		return unseen
	}
	if v, ok := q.filledWhere(n, m, depth); ok {
		return v
	}
	obj, ok := q.objectOf(n, depth)
	if !ok {
		if v, ok := q.chosenWhere(n, m, depth); ok {
			return v
		}
		if entries, args, ok := q.scopeHelperWhere(n); ok {
			return q.scopeHelperValue(entries, args, m, depth)
		}
		return unseen
	}
	v := unconstrained
	for _, e := range obj.NamedChildren() {
		if v == constrained {
			// Nothing betters it: the other entries need no judging.
			break
		}
		switch e.Kind() {
		case "pair":
			v = better(v, q.unlessReplaced(obj, e, q.pairEntry(e, m, depth), m, depth))
		case "shorthand_property_identifier":
			v = better(v, q.unlessReplaced(obj, e, q.entry(e.Text(), e, m, depth), m, depth))
		case "spread_element":
			v = better(v, q.unlessReplaced(obj, e, q.spread(firstNamed(e), m, depth+1), m, depth))
		}
	}
	return v
}

// spread judges `...x` in a where: an object literal, or one of several
// (`...(cond ? { a } : { b })`, `...(cond && { a })`), counts for what the
// weakest of them says; anything else is unseen.
func (q *queryCheck) spread(n tsparse.Node, m *prisma.Model, depth int) verdict {
	if depth > 16 {
		return unseen
	}
	switch n.Kind() {
	case "parenthesized_expression":
		return q.spread(firstNamed(n), m, depth+1)
	case "ternary_expression":
		return min(q.spread(n.Field("consequence"), m, depth+1), q.spread(n.Field("alternative"), m, depth+1))
	case "binary_expression":
		switch n.Field("operator").Text() {
		case "&&":
			// Spreading false adds nothing.
			return min(unconstrained, q.spread(n.Field("right"), m, depth+1))
		case "||", "??":
			return min(q.spread(n.Field("left"), m, depth+1), q.spread(n.Field("right"), m, depth+1))
		}
		return unseen
	case "object":
		return q.value(nil, n, m, depth+1)
	case "null", "undefined", "false", "true", "string", "number":
		return unconstrained
	case "identifier":
		if n.Text() == "undefined" {
			return unconstrained
		}
		if _, ok := q.objectOf(n, depth); ok {
			return q.value(nil, n, m, depth+1)
		}
	case "call_expression":
		// `...candidateWhere(environmentId)`, a scope helper's object.
		if entries, args, ok := q.scopeHelperWhere(n); ok {
			return q.scopeHelperValue(entries, args, m, depth+1)
		}
	}
	return unseen
}

// entry judges one `key: value` of a where on model m.
func (q *queryCheck) entry(key string, val tsparse.Node, m *prisma.Model, depth int) verdict {
	if q.isTenantField(m, key) || tenantForeignKey(q.t, m, key) && !(q.topTenant(m) && selfForeignKey(m, key)) && !q.byTenantFieldOnly && !q.otherTenantForeignKey(m, key) {
		if !q.isTenantField(m, key) && nullFilter(val) {
			// The tenant field null is a row of no tenant; another key to
			// a tenant model null (a class that is no organization's
			// flagship) leaves the row's tenant whatever it is.
			return unconstrained
		}
		return q.uniqueTenantKey(key, val, m, depth, q.tenantValue(val))
	}
	if q.t.IsRoot(m) && isUniqueField(m, key) {
		return q.tenantValue(val)
	}
	switch key {
	case "AND":
		if val.Kind() != "array" {
			return q.value(nil, val, m, depth+1)
		}
		// With spreads the list may be any of several (filterLists): an
		// element scopes the AND only when it is in each of them.
		v := constrained
		for _, list := range q.filterLists(val, depth) {
			l := unconstrained
			for _, el := range list {
				l = better(l, q.value(nil, el, m, depth+1))
			}
			v = min(v, l)
		}
		return v
	case "OR":
		if val.Kind() != "array" {
			return q.value(nil, val, m, depth+1)
		}
		v := constrained
		for _, list := range q.filterLists(val, depth) {
			v = min(v, q.orList(list, m, depth))
		}
		return v
	case "NOT":
		return unconstrained
	}
	if target, ref := q.idTarget(m, key); target != nil {
		if q.verifiedEarlier(target, ref, key, val) {
			return q.provenKey(key, val, m, depth)
		}
		if rows := q.unseenRows(target, ref, key, val); rows != "" {
			q.rowsUnseen = rows
			return unseen
		}
	}
	if parts := strings.Split(key, "_"); strings.Contains(key, "_") && fieldByName(m, key) == nil && slices.ContainsFunc(parts, func(part string) bool {
		return q.isTenantField(m, part) || tenantForeignKey(q.t, m, part) && !q.otherTenantForeignKey(m, part)
	}) && !q.compoundMayBeAbsent(val, depth) {
		// A compound unique key (organizationId_slug) cannot be given
		// without each of its fields. A field of that name
		// (organizationId_legacy) is a column like any other.
		if q.compoundPartHidden(val, parts, depth) {
			return unseen
		}
		return constrained
	}
	if q.namedCompoundTenant(m, key) && !q.compoundMayBeAbsent(val, depth) {
		if q.compoundPartHidden(val, compoundFieldNames(m, key), depth) {
			return unseen
		}
		return constrained
	}
	if q.comparedCompound(m, key, val, depth) {
		return constrained
	}
	if v, ok := q.provenCompoundParent(m, key, val, depth); ok {
		return v
	}
	if v, ok := q.memberFilter(m, key, val, depth); ok {
		return v
	}
	for _, f := range m.Fields {
		if f.Name() != key || f.Relation == nil || f.Target() == nil {
			continue
		}
		if (q.topTenant(m) || q.byTenantFieldOnly) && !q.byTenantKey(m, f) {
			// A top tenant related to one tenant's rows by another key
			// than the tenant field is any tenant: the groups a group
			// sent transfers to (incoming: { some: { groupId } }), a
			// group's children (parent: { id }).
			return unconstrained
		}
		if q.topTenant(m) && !q.byTenantFieldOnly {
			qc := *q
			qc.byTenantFieldOnly = true
			q = &qc
		}
		if f.IsList() {
			// `installations: { some: { project: { slug } } }` keeps the
			// rows related to a row of the tenant; every and none do not
			// (they hold for rows with no related row at all).
			if manyToMany(f) {
				return unconstrained
			}
			return q.some(val, f.Target(), depth)
		}
		if !q.t.Scoped(f.Target()) && !q.t.IsRoot(f.Target()) || q.otherTenantKey(m, f) {
			return unconstrained
		}
		if fk, null, ok := q.nullTenantRelation(m, f, val); ok {
			return q.entry(fk, null, m, depth)
		}
		obj, ok := q.objectOf(val, depth)
		if !ok {
			return q.chosenRelation(key, val, m, depth)
		}
		// `is: {…}` wraps the filter of an optional relation; isNot
		// excludes instead. The last is given counts; one a spread or a
		// key the rule cannot read may replace is not seen.
		is, isGiven, isRead := q.givenEntry(obj, "is")
		_, notGiven, _ := q.givenEntry(obj, "isNot")
		switch {
		case isRead:
			return q.value(nil, is, f.Target(), depth+1)
		case isGiven:
			return unseen
		case notGiven:
			return unconstrained
		}
		return q.value(nil, obj, f.Target(), depth+1)
	}
	return unconstrained
}

// orList judges an OR whose branches are list. An OR scopes only when
// each branch does. One that scopes in some branches and not in others
// is reported as such; one that scopes in none adds nothing.
func (q *queryCheck) orList(list []tsparse.Node, m *prisma.Model, depth int) verdict {
	v, some := constrained, false
	for _, el := range list {
		b := q.value(nil, el, m, depth+1)
		some = some || b > unconstrained
		v = min(v, b)
	}
	switch {
	case len(list) == 0 || !some:
		return unconstrained
	case v == unconstrained:
		return orBranch
	}
	return v
}

// nullFilter reports whether val asks for null: `null`, or `{ equals:
// null }`.
func nullFilter(val tsparse.Node) bool {
	val = uncast(val)
	if val.Kind() == "object" {
		entries := namedNoComments(val)
		if len(entries) != 1 || entries[0].Kind() != "pair" || keyName(entries[0].Field("key")) != "equals" {
			return false
		}
		val = uncast(entries[0].Field("value"))
	}
	return val.Kind() == "null"
}

// nullTenantRelation reads a filter of f, a relation of m, that asks for
// no related row: `organization: null`, or `organization: { is: null }`.
// On the relation m holds by its own tenant field Prisma reads it as that
// field being null, rows of no tenant, as `orgId: null` is: it returns
// the field and the null, for entry to judge as the field's own filter.
// `isNot: null` asks for a related row of any tenant; another relation
// to the tenant model (a flagship's) being null leaves the row's tenant
// whatever it is; and a back relation's null (no row pointing here) says
// nothing of m's own field.
func (q *queryCheck) nullTenantRelation(m *prisma.Model, f *prisma.Field, val tsparse.Node) (string, tsparse.Node, bool) {
	r := f.Relation
	if r == nil || !r.IsForward() || len(r.Fields()) != 1 {
		return "", tsparse.Node{}, false
	}
	fk := r.Fields()[0].Name()
	if !q.isTenantField(m, fk) {
		return "", tsparse.Node{}, false
	}
	null := uncast(val)
	if null.Kind() == "object" {
		entries := namedNoComments(null)
		if len(entries) != 1 || entries[0].Kind() != "pair" || keyName(entries[0].Field("key")) != "is" {
			return "", tsparse.Node{}, false
		}
		null = uncast(entries[0].Field("value"))
	}
	if null.Kind() != "null" {
		return "", tsparse.Node{}, false
	}
	return fk, null, true
}

// tenantForeignKey reports whether key is the foreign key of a relation of
// m to a tenant model under another name than the tenant field
// (WorkerDeployment.environmentId to RuntimeEnvironment, Image.ownerOrgId
// to Organization): it names the row's tenant as well.
func tenantForeignKey(t *tenancy, m *prisma.Model, key string) bool {
	for _, f := range m.Fields {
		r := f.Relation
		if r == nil || !r.IsForward() || len(r.Fields()) != 1 || len(r.References()) != 1 || f.Target() == nil || !t.IsRoot(f.Target()) {
			continue
		}
		if r.Fields()[0].Name() == key && isPrimaryKey(f.Target(), r.References()[0]) {
			return true
		}
	}
	return false
}

// selfForeignKey reports whether key is the foreign key of a relation of
// m to m itself: on the top tenant, parentId names another tenant, so
// group.findMany({ where: { parentId } }) lists that group's children,
// not one group.
func selfForeignKey(m *prisma.Model, key string) bool {
	for _, f := range m.Fields {
		if r := f.Relation; r != nil && f.Target() == m && slices.ContainsFunc(r.Fields(), func(k *prisma.Field) bool { return k.Name() == key }) {
			return true
		}
	}
	return false
}

// isUniqueField reports whether key names a field that alone identifies a
// row of m: on the tenant model, that row is the tenant.
func isUniqueField(m *prisma.Model, key string) bool {
	for _, f := range m.Fields {
		if f.Name() == key && (isPrimaryKey(m, f) || f.Attribute("unique") != nil) {
			return true
		}
	}
	return soleUniqueConstraint(m, key)
}

// tenantValue judges the value given to the tenant field; depth counts the
// bindings followed to get to it.
func tenantValue(n tsparse.Node, depth int) verdict {
	switch n.Kind() {
	case "non_null_expression", "satisfies_expression", "parenthesized_expression":
		// `slug!` and `slug satisfies string` only tell the compiler,
		// and `(slug)` is slug: a slug that is undefined still reaches
		// Prisma, which drops it.
		return tenantValue(firstNamed(n), depth)
	case "as_expression":
		// `x as string` is the author's word that x is set, taken as
		// given where x is a value the author may know more of than its
		// type says (`(host?.orgId ?? http?.orgId) as string` after a
		// throw when both are missing); no word makes undefined set,
		// nor a filter of other tenants (`{ not: orgId } as any`) a
		// value.
		if inner := uncast(n); inner.Kind() == "undefined" || inner.Kind() == "unary_expression" && inner.Field("operator").Text() == "void" {
			return maybeUndefined
		}
		if v := tenantValue(firstNamed(n), depth); v == unconstrained {
			return v
		}
	case "undefined":
		return maybeUndefined
	case "sequence_expression", "assignment_expression":
		// `(log(), orgId)` and `(last = orgId)` are their last value.
		if vals := namedNoComments(n); len(vals) > 0 {
			return tenantValue(vals[len(vals)-1], depth)
		}
	case "unary_expression":
		if n.Field("operator").Text() == "void" {
			// `void 0` is undefined by another spelling.
			return maybeUndefined
		}
	case "identifier", "shorthand_property_identifier":
		if n.Text() == "undefined" || nameMayBeUndefined(n, depth) || zodNameMayBeUndefined(n) {
			return maybeUndefined
		}
		if sharedAfterAwait(n) {
			return unconstrained
		}
		return constrained
	case "binary_expression":
		// Each side the expression may give is judged as a value: `orgId
		// ?? { not: x }` is the filter when orgId is missing.
		left, right := n.Field("left"), n.Field("right")
		switch n.Field("operator").Text() {
		case "??", "||":
			l := tenantValue(left, depth)
			if l == maybeUndefined && mayBeUndefined(left, depth) {
				// The right side stands in for a missing left.
				l = constrained
			}
			if v := min(l, tenantValue(right, depth)); v < constrained || right.Text() == "undefined" {
				return min(v, maybeUndefined)
			}
		case "&&":
			// `input.orgId && orgId` is the left side when it is
			// falsy: undefined when it may be.
			if mayBeUndefined(left, depth) {
				return maybeUndefined
			}
			if v := tenantValue(right, depth); v < constrained {
				return v
			}
		}
	case "ternary_expression":
		if v := min(tenantValue(n.Field("consequence"), depth), tenantValue(n.Field("alternative"), depth)); v < constrained {
			return v
		}
	case "member_expression", "subscript_expression", "call_expression":
		if optionalChain(n) || envMayBeUndefined(n) || n.Kind() == "member_expression" && (memberMayBeUndefined(n) || prismaSkip(n) || zodMemberMayBeUndefined(n)) {
			return maybeUndefined
		}
		if fieldReference(n) {
			// `{ equals: prisma.project.fields.organizationId }`
			// compares a column with a column of the same row: no
			// value, every tenant's rows.
			return unconstrained
		}
	case "object":
		if insensitiveMode(n) {
			// `{ equals: slug, mode: "insensitive" }` finds Acme and
			// acme: more than the one row the value names.
			return unconstrained
		}
		// The last entry of a name wins: `{ equals: orgId, equals:
		// undefined }` filters by nothing, so a filter whose entries
		// the rule cannot each read once (a spread, a computed key, a
		// name given twice) names no tenant.
		v := unconstrained
		if !eachEntryOnce(n, func(key string, val tsparse.Node) bool {
			switch key {
			case "equals", "in":
				// { in: ids } with ids undefined is dropped like the value.
				if v == unconstrained {
					v = tenantValue(val, depth)
				}
			}
			return true
		}) {
			return unconstrained
		}
		return v
	}
	if sharedRead(n, nil) != "" {
		return unconstrained
	}
	return constrained
}

// fieldReference reports whether n reads a field reference,
// `client.model.fields.name`, which Prisma compares with the row's own
// column instead of a value.
func fieldReference(n tsparse.Node) bool {
	obj := n.Field("object")
	return n.Kind() == "member_expression" && obj.Kind() == "member_expression" && obj.Field("property").Text() == "fields" && obj.Field("object").Kind() == "member_expression"
}

// insensitiveMode reports whether filter, a field's filter object, has a
// mode other than the literal "default": a case-insensitive comparison,
// or a mode the rule cannot read, which may be one.
func insensitiveMode(filter tsparse.Node) bool {
	for _, e := range namedNoComments(filter) {
		k, v, ok := property(e)
		if !ok || k == "" {
			// A spread or a computed key may give a mode.
			return true
		}
		if k == "mode" {
			if s := uncast(v); s.Kind() != "string" || strings.Trim(s.Text(), "'\"`") != "default" {
				return true
			}
		}
	}
	return false
}

func mayBeUndefined(n tsparse.Node, depth int) bool {
	return n.Text() == "undefined" || tenantValue(n, depth) == maybeUndefined
}

// optionalChain reports whether a member chain holds `?.`, which yields
// undefined when a link is missing.
func optionalChain(n tsparse.Node) bool {
	for n.Kind() == "member_expression" || n.Kind() == "subscript_expression" || n.Kind() == "call_expression" || n.Kind() == "non_null_expression" {
		for _, c := range n.Children() {
			if c.Kind() == "optional_chain" || c.Kind() == "?." {
				return true
			}
		}
		switch n.Kind() {
		case "call_expression":
			n = n.Field("function")
		case "non_null_expression":
			n = firstNamed(n)
		default:
			n = n.Field("object")
		}
	}
	return false
}

// comparedPartHanded reports whether the side of the comparison b that
// field reads from the row (`task.project.organizationId`) goes through
// a related row handed, between fetch and b, to a call that may write it
// (`retag(task.project, orgId)`, `this.audit.record(task.project)`): the
// comparison then reads what that call left, not what the row holds.
// The row itself handed is judged on the key it gives (changedBetween),
// as before.
func (q *queryCheck) comparedPartHanded(fetch, b tsparse.Node, field func(string) bool) bool {
	for _, side := range []tsparse.Node{b.Field("left"), b.Field("right")} {
		s := comparedChain(side)
		path := splitRowPath(s)
		if !field(s) || len(path) < 3 {
			continue
		}
		readOnly := q.keepsReadOnly(path)
		// Only a related row along the path, not the row itself.
		keeps := func(call, n tsparse.Node) bool {
			return len(splitRowPath(n.Text())) < 2 || readOnly(call, n)
		}
		if anyNode(enclosingFunction(fetch), func(n tsparse.Node) bool {
			return (n.Kind() == "call_expression" || n.Kind() == "new_expression") && n.Start() >= fetch.End() && n.Start() < b.Start() && handsHolder(n, b, path, keeps)
		}) {
			return true
		}
	}
	return false
}

// comparedAfterFetch reports whether c's result, bound to a name, has its
// tenant field compared with something later in the same function:
// `if (doc.teamId !== teamId) throw …`.
func (q *queryCheck) comparedAfterFetch(c tsquery.Call) bool {
	return q.comparedBefore(c, enclosingFunction(c.Node).End())
}

// comparedBefore is comparedAfterFetch for a comparison that ends before
// the offset end.
func (q *queryCheck) comparedBefore(c tsquery.Call, end int) bool {
	switch c.Operation {
	case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
	default:
		return false
	}
	name := boundName(c)
	if name == "" {
		return false
	}
	if block := bindingBlock(c); block.Valid() {
		// Past its block, the name is another row's.
		end = min(end, block.End())
	}
	// The compared field must be one the lookup gives back: `h.organizationId
	// && h.organizationId !== orgId` of a row selected without it never
	// throws.
	if test, ok := q.comparedFromAt(c.Node, name, end); ok && !(test.Valid() && q.readsUnreturned(c, name, test)) {
		return true
	}
	return q.parentKeyCompared(c, name, end) || q.parentFoundChecked(c, name, end)
}

// comparedFrom is comparedBefore for the row named name, the value of
// fetch, compared after fetch and before the offset end in fetch's
// function.
func (q *queryCheck) comparedFrom(fetch tsparse.Node, name string, end int) bool {
	_, ok := q.comparedFromAt(fetch, name, end)
	return ok
}

// comparedFromAt is comparedFrom, with the test that proves the row (a
// comparison, or a call that checks the row's tenant); an invalid node
// when the proof is an if's arms, each with a test of its own.
func (q *queryCheck) comparedFromAt(fetch tsparse.Node, name string, end int) (tsparse.Node, bool) {
	end = min(end, enclosingFunction(fetch).End())
	if end <= fetch.End() {
		return tsparse.Node{}, false
	}
	// The comparison names the row's variable and a tenant field after
	// the call; most functions that use the row name no tenant field.
	after := fetch.Tree().Src[fetch.End():end]
	relationNamed := func(tail string) bool { return bytes.Contains(after, []byte(tail[:strings.IndexByte(tail, '.')])) }
	m := q.modelOfCall(fetch)
	if !bytes.Contains(after, []byte(name)) || !slices.ContainsFunc(q.tenantNames, func(t string) bool { return bytes.Contains(after, []byte(t)) }) && !slices.ContainsFunc(q.tenantRelations, relationNamed) && !credentialRead(after, name, m) {
		return tsparse.Node{}, false
	}
	// The row's tenant field, or the key of its tenant relation
	// (`doc?.organization?.id`, with the relation included: without it
	// the read gives undefined, which no tenant equals).
	expr := `^` + regexp.QuoteMeta(name) + `(?:(\??\.[A-Za-z_$][\w$]*)*\??\.(` + strings.Join(metaQuoted(q.tenantNames), "|") + `)`
	for _, tail := range q.tenantRelations {
		rel, ref, _ := strings.Cut(tail, ".")
		expr += `|\??\.` + regexp.QuoteMeta(rel) + `\??\.` + regexp.QuoteMeta(ref)
	}
	expr += `)$`
	field := func(s string) bool {
		// Compiled for a text that starts with the name, as it must.
		return strings.HasPrefix(s, name) && (compiled(expr).MatchString(s) || credentialOf(s, name, m))
	}
	// tenantCompared reports whether b, an equality, compares the row's
	// tenant field with a value of the caller's tenant.
	tenantCompared := func(b tsparse.Node) bool {
		// Against a literal (projectId !== null: the row is
		// orphaned) it checks no tenant.
		l, r := b.Field("left"), b.Field("right")
		// A credential the column may lack (Secret.value String?)
		// is matched by a missing one: `null == undefined`, and
		// `null === null` for a value typed to allow null.
		nullMatch := func(side, other tsparse.Node) bool {
			s := comparedChain(side)
			if compiled(expr).MatchString(s) || !nullableCredential(s, name, m) || storedSet(b, s) {
				return false
			}
			// A value the code has left on when it was missing is
			// present at the comparison (presentAtCompare): loosely,
			// it must be neither null nor undefined.
			if op := b.Field("operator").Text(); op != "===" && op != "!==" {
				return !presentAtCompare(other, notNullish)
			}
			// Strictly, a stored null is matched only by null, and
			// a missing field (one the query leaves out) by
			// undefined too.
			if field := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(s, name), "?"), "."); q.fetchHolds(fetch, field) {
				return mayBeNullStrictly(other, 0) && !presentAtCompare(other, notNull)
			}
			return mayBeNull(other) && !presentAtCompare(other, notNullish)
		}
		// A credential matched by stored data is not presented:
		// another row's hash equals the row's when the caller
		// names one row twice. Nor is one matched by a constant,
		// or by what a function makes of constants
		// (`sha256("public")`): anyone presents that.
		stored := func(side, other tsparse.Node) bool {
			s := comparedChain(side)
			return !compiled(expr).MatchString(s) && (q.mentionsStored(other, name, 0) || fixedValue(other, 0))
		}
		// A caller's value that may be undefined equals the row's when
		// an optional link past the row gives undefined for it: a
		// parent the row lacks (`req.action?.organizationId` of a
		// request with no action). The row's own link (`doc?.teamId`)
		// gives undefined only when there is no row, and then nothing
		// of another tenant's is there.
		missing := func(side, other tsparse.Node) bool {
			past := strings.TrimLeft(strings.TrimPrefix(comparedChain(side), name), "!?")
			return strings.Contains(past, "?.") && mayBeUndefined(uncast(other), 0)
		}
		// A left side misread around a join (misnestedJoin) is read
		// only as the row's field: as the caller's value, the
		// checks below would read the join's text.
		// A tenant name given another value in the function holds
		// what it was given (`guildId = other`), not the caller's
		// tenant; a credential's let is judged by what it may hold.
		rebound := func(side, other tsparse.Node) bool {
			return compiled(expr).MatchString(comparedChain(side)) && tenantNameReassigned(other)
		}
		return field(comparedChain(l)) && !q.provesNothing(r) && !rebound(l, r) && !missing(l, r) && !readsRow(r, name) && !q.foundByRow(r, fetch, name) && !nullMatch(l, r) && !stored(l, r) || !misnestedSide(l).Valid() && field(comparedChain(r)) && !q.provesNothing(l) && !rebound(r, l) && !missing(r, l) && !readsRow(l, name) && !q.foundByRow(l, fetch, name) && !nullMatch(r, l) && !stored(r, l)
	}
	return q.rowTestLeavesAt(fetch, name, end, func(b tsparse.Node, row func(tsparse.Node) bool, exits func(tsparse.Node, bool) bool) (found bool) {
		switch b.Kind() {
		case "member_expression":
			if op, ok := q.nonNullCompared(b, field); ok && row(b) {
				found = exits(b, strings.HasPrefix(op, "!"))
			}
		case "binary_expression":
			switch b.Field("operator").Text() {
			case "===", "!==", "==", "!=":
				if tenantCompared(b) && row(b) && !q.comparedPartHanded(fetch, b, field) {
					found = exits(b, strings.HasPrefix(b.Field("operator").Text(), "!"))
				}
			case "&&":
				// Each side a mismatch of the row's tenant through one of
				// its parents (`req.action?.organizationId !== orgId &&
				// req.group?.organizationId !== orgId`): true only when
				// none of them is the tenant's, so leaving on it keeps a
				// row one of whose parents is, as leaving on one
				// parent's mismatch keeps a row whose parent is.
				var everySideMismatch func(n tsparse.Node) bool
				everySideMismatch = func(n tsparse.Node) bool {
					for n.Kind() == "parenthesized_expression" {
						n = firstNamed(n)
					}
					if n.Kind() != "binary_expression" {
						return false
					}
					switch n.Field("operator").Text() {
					case "&&":
						return everySideMismatch(n.Field("left")) && everySideMismatch(n.Field("right"))
					case "!==", "!=":
						// A tenant field, not a credential: a row kept
						// because it or its secret matched is left to
						// the proofs of each.
						tenantSide := func(side tsparse.Node) bool {
							s := uncastChain(side)
							return strings.HasPrefix(s, name) && compiled(expr).MatchString(s)
						}
						// A side misread around a join of its own
						// (misnestedJoin) is not read here.
						return (tenantSide(n.Field("left")) || tenantSide(n.Field("right"))) && !misnestedJoin(n).Valid() && tenantCompared(n) && row(n) && !q.comparedPartHanded(fetch, n, field)
					}
					return false
				}
				if everySideMismatch(b) {
					found = exits(b, true)
				}
			}
		case "call_expression":
			// A stored credential checked by a verifying function, as an
			// equality checks it: `await bcrypt.compare(secret, key.hash)`.
			if q.verifiedCredential(b, name, m) != "" && row(b) {
				checked := b
				for p := checked.Parent(); p.Kind() == "await_expression"; p = checked.Parent() {
					checked = p
				}
				found = exits(checked, false) || heldResultExits(checked, fetch, name)
			}
			// orgIds.includes(doc.organizationId), allowed.has(…)
			if fn := b.Field("function"); !found && fn.Kind() == "member_expression" {
				switch fn.Field("property").Text() {
				case "includes", "has":
					for _, a := range b.Field("arguments").NamedChildren() {
						if field(compact(a.Text())) && !listFromRow(fn.Field("object"), name) && !searchedListTouched(fn.Field("object"), b) && row(b) {
							found = exits(b, false)
						}
					}
				case "some", "find":
					// user.orgMemberships.some((m) => m.organizationId ===
					// doc.organizationId): the row's tenant among tenant
					// values, as includes reads it.
					// The list must be the caller's as handed in, not one
					// made from the row or added to (callerList).
					list, first, listOK := callerList(fn.Field("object"))
					if args := namedNoComments(b.Field("arguments")); len(args) == 1 && listOK && untouchedParamList(enclosingFunction(b), list, first, b, nil) && q.matchesTenantOf(args[0], func(s string) bool { return compiled(expr).MatchString(s) }) && row(b) {
						found = exits(b, false)
					}
				}
			}
			// isOrgMemberOrThrow(user, doc.organizationId): a guard that
			// throws unless the row's tenant is among tenant values.
			if !found && q.tenantGuard(b, func(s string) bool { return compiled(expr).MatchString(s) }) && row(b) {
				// The call is a statement of its own, not one an if or a
				// loop holds.
				if st, ok := statementOf(b); ok && st.Kind() == "expression_statement" && sameNode(uncastAwait(firstNamed(st)), b) && checksFetch(st, fetch, b, name) {
					found = true
				}
			}
		}
		return found
	})
}

// rowTestLeaves walks fetch's function from fetch to the offset end for a
// test of the row named name that makes the function leave whenever the
// row is not the caller's: test judges each node b, reporting whether b
// is such a test. It is handed row, whether b reads the row fetch gave
// (the same binding, not given anything since), and exits, whether a
// comparison cmp leaves when it takes the value mismatch (an if whose
// mismatch leaves only in an arm of its own is kept for armsProve). Every
// proof by a comparison of a fetched row shares this walk, so each is held
// to the same exits.
func (q *queryCheck) rowTestLeaves(fetch tsparse.Node, name string, end int, test func(b tsparse.Node, row func(tsparse.Node) bool, exits func(cmp tsparse.Node, mismatch bool) bool) bool) bool {
	_, ok := q.rowTestLeavesAt(fetch, name, end, test)
	return ok
}

// rowTestLeavesAt is rowTestLeaves, with the test that proves the row; an
// invalid node when the proof is an if's arms, each with a test of its
// own.
func (q *queryCheck) rowTestLeavesAt(fetch tsparse.Node, name string, end int, test func(b tsparse.Node, row func(tsparse.Node) bool, exits func(cmp tsparse.Node, mismatch bool) bool) bool) (tsparse.Node, bool) {
	scope := enclosingFunction(fetch)
	end = min(end, scope.End())
	if end <= fetch.End() || capturedRow(fetch, name) {
		return tsparse.Node{}, false
	}
	// A const of the name in a block (or a function) within the scope
	// of the row is another value, and so is what the name is given
	// after c: its comparison says nothing of c's row.
	row := func(b tsparse.Node) bool {
		// A comparison misread around a join (misnestedJoin) reads the
		// row after the join's left side, which may give the name
		// another row: `!(doc = other) || doc!.teamId !== teamId`.
		read := b
		if join := misnestedJoin(b); join.Valid() {
			read = join.Field("right")
		}
		return sameBinding(b, fetch, name) && !rowAssignedBetween(fetch, read, name)
	}
	// A comparison under an if of its own proves the row on the paths
	// through that if's arm only: kept for armsProve.
	var armed []tsparse.Node
	exits := func(cmp tsparse.Node, mismatch bool) bool {
		if comparisonExitsFor(cmp, mismatch, fetch, name, q.call) || q.throwHelperExits(cmp, mismatch, fetch, name) {
			return true
		}
		var ifs tsparse.Node
		if comparisonExitsIn(cmp, mismatch, fetch, name, q.call, &ifs) {
			armed = append(armed, ifs)
		}
		return false
	}
	found := false
	var at tsparse.Node
	scope.Walk(func(b tsparse.Node) bool {
		if found || b.End() <= fetch.End() {
			return !found && b.End() > fetch.Start()
		}
		switch {
		case b.Start() >= end:
			return false
		case b.End() > end:
			// It holds the call: look inside it only.
			return true
		}
		if found = test(b, row, exits); found {
			at = b
		}
		return !found
	})
	if found {
		return at, !jumpOutlivedBy(fetch, provedBy(at))
	}
	if len(armed) == 0 {
		return tsparse.Node{}, false
	}
	o := armsProve(armed, fetch, name, q.call, end)
	return tsparse.Node{}, o.Valid() && !jumpOutlivedBy(fetch, o.End())
}

// matchesTenantOf reports whether cb, a some or find callback, is true
// only for an element whose tenant-named field equals a path the row's
// tenant test accepts: `(m) => m.organizationId === doc.organizationId`,
// either way round.
func (q *queryCheck) matchesTenantOf(cb tsparse.Node, rowTenant func(string) bool) bool {
	param, n := firstParam(cb)
	body := uncast(cb.Field("body"))
	if cb.Kind() != "arrow_function" || n != 1 || param.Kind() != "identifier" || body.Kind() != "binary_expression" || body.Field("operator").Text() != "===" {
		return false
	}
	elementTenant := func(side tsparse.Node) bool {
		side = uncast(side)
		return side.Kind() == "member_expression" && uncast(side.Field("object")).Kind() == "identifier" && uncast(side.Field("object")).Text() == param.Text() && slices.Contains(q.tenantNames, side.Field("property").Text()) && !optionalChain(side)
	}
	// The other side names the row, not the element under the row's name
	// (`(doc) => doc.organizationId === doc.organizationId` holds for
	// any element).
	other := func(side tsparse.Node) bool {
		s := uncastChain(side)
		return rowTenant(s) && !wordRegexp(param.Text()).MatchString(s)
	}
	l, r := body.Field("left"), body.Field("right")
	return elementTenant(l) && other(r) || elementTenant(r) && other(l)
}

// tenantGuard reports whether call hands a path rowTenant accepts (the
// row's tenant) to a function of the application that throws unless it
// is among tenant values: before anything but const declarations, an if
// of its body throws when `!list.some((m) => m.<tenant> === param)` (or
// find, or a const holding such a find) holds (pezzo's
// isOrgMemberOrThrow). An async one must be awaited, or its throw stops
// nothing. The list must be read from another parameter of the guard,
// given a parameter of the caller's, both untouched until the test
// (untouchedParamList): a list made from the row, or with its tenant
// added, holds it whatever the row is.
func (q *queryCheck) tenantGuard(call tsparse.Node, rowTenant func(string) bool) bool {
	args := namedNoComments(call.Field("arguments"))
	at := slices.IndexFunc(args, func(a tsparse.Node) bool { return rowTenant(uncastChain(a)) })
	if at < 0 {
		return false
	}
	if slices.ContainsFunc(args, func(a tsparse.Node) bool { return a.Kind() == "spread_element" }) {
		// The arguments after it land anywhere.
		return false
	}
	awaited := call.Parent().Kind() == "await_expression"
	return q.viaHelper(call, func(fn tsparse.Node, hq *queryCheck) bool {
		params := namedNoComments(fn.Field("parameters"))
		body := fn.Field("body")
		if at >= len(params) || params[at].Kind() != "required_parameter" || params[at].Field("pattern").Kind() != "identifier" || body.Kind() != "statement_block" || strings.HasPrefix(fn.Text(), "async") && !awaited {
			return false
		}
		param := params[at].Field("pattern").Text()
		if reassigned(body, param, body.Start()) {
			return false
		}
		// The membership finds held in consts, by name; the list each
		// searches must be the caller's (callerList), as handed to the
		// guard and as the caller was handed it.
		held := map[string]tsparse.Node{}
		var searches []tsparse.Node
		callersList := func(search, test tsparse.Node) bool {
			root, first, ok := callerList(search.Field("function").Field("object"))
			if !ok {
				return false
			}
			li := slices.IndexFunc(params, func(p tsparse.Node) bool {
				return p.Field("pattern").Kind() == "identifier" && p.Field("pattern").Text() == root.Text()
			})
			if li < 0 || li == at || li >= len(args) || !untouchedParamList(fn, root, first, test, searches) {
				return false
			}
			given, givenFirst, ok := callerList(args[li])
			if !ok {
				return false
			}
			if givenFirst == "" {
				givenFirst = first
			}
			return untouchedParamList(enclosingFunction(call), given, givenFirst, call, nil)
		}
		var test tsparse.Node
		refused := func(cond tsparse.Node) bool {
			cond = uncast(cond)
			arg := uncast(cond.Field("argument"))
			if cond.Kind() != "unary_expression" || cond.Field("operator").Text() != "!" {
				return false
			}
			if arg.Kind() == "identifier" {
				if search, ok := held[arg.Text()]; ok {
					return callersList(search, test)
				}
			}
			return hq.membershipOf(arg, param) && callersList(arg, test)
		}
		for _, st := range namedNoComments(body) {
			switch {
			case st.Kind() == "lexical_declaration" && constDeclaration(st):
				for _, d := range namedNoComments(st) {
					if v := uncast(d.Field("value")); d.Field("name").Kind() == "identifier" && hq.membershipOf(v, param) {
						held[d.Field("name").Text()] = v
						searches = append(searches, v)
					}
				}
			case st.Kind() == "if_statement":
				test = st
				return anyOrTerm(st.Field("condition"), refused) && throwsAlways(st.Field("consequence"))
			default:
				return false
			}
		}
		return false
	})
}

// throwsAlways reports whether a statement always throws: itself, or the
// last statement of its block. A guard's return ends the guard only; its
// caller, which drops the result, goes on to the query.
func throwsAlways(st tsparse.Node) bool {
	for st.Kind() == "statement_block" {
		children := namedNoComments(st)
		if len(children) == 0 {
			return false
		}
		st = children[len(children)-1]
	}
	return st.Kind() == "throw_statement" || neverReturns(st)
}

// membershipOf reports whether e is `list.some((m) => m.<tenant> ===
// param)` or the find of it, param a plain name.
func (q *queryCheck) membershipOf(e tsparse.Node, param string) bool {
	fn := e.Field("function")
	args := namedNoComments(e.Field("arguments"))
	if e.Kind() != "call_expression" || fn.Kind() != "member_expression" || len(args) != 1 || optionalChain(fn) {
		return false
	}
	if m := fn.Field("property").Text(); m != "some" && m != "find" {
		return false
	}
	return q.matchesTenantOf(args[0], func(s string) bool { return s == param })
}

// storedSet reports whether the comparison cmp runs only when the stored
// value s (a path's text) is set: an earlier || term of its condition
// leaves on a missing one (`!job.tokenHash || hash(token) !==
// job.tokenHash`, marble's export downloads), so a presented value that
// may be null matches nothing stored.
func storedSet(cmp tsparse.Node, s string) bool {
	n := cmp
	for n.Parent().Kind() == "parenthesized_expression" {
		n = n.Parent()
	}
	p := n.Parent()
	if p.Kind() != "binary_expression" || p.Field("operator").Text() != "||" || !sameNode(p.Field("right"), n) {
		return false
	}
	var missing func(e tsparse.Node) bool
	missing = func(e tsparse.Node) bool {
		e = uncast(e)
		if e.Kind() == "binary_expression" && e.Field("operator").Text() == "||" {
			return missing(e.Field("left")) || missing(e.Field("right"))
		}
		return e.Kind() == "unary_expression" && e.Field("operator").Text() == "!" && uncastChain(e.Field("argument")) == s
	}
	return missing(p.Field("left"))
}

// credentialOf reports whether s reads a credential of the row name
// itself (`membership?.invitedToken`, credentialField): a row found by id
// and used only once the caller's token equals it is found by the token,
// as a lookup by the id and the token would be (Chaindesk's invitations).
func credentialOf(s, name string, m *prisma.Model) bool {
	rest := strings.TrimPrefix(strings.TrimPrefix(s, name), "?")
	field, ok := strings.CutPrefix(rest, ".")
	return ok && isPlainName(field) && credentialColumn(m, field)
}

// fetchHolds reports whether the query at fetch returns its row with the
// field as stored (rowHolds).
func (q *queryCheck) fetchHolds(fetch tsparse.Node, field string) bool {
	c, ok := q.callAt(fetch)
	return ok && q.rowHolds(c, field)
}

// nonNullStrings are the calls that return a string, never null.
var nonNullStrings = []string{"decodeURIComponent", "encodeURIComponent", "String", "atob", "btoa"}

// nonNullStringMethods are the methods of a string that return one.
var nonNullStringMethods = []string{"toString", "trim", "toLowerCase", "toUpperCase", "slice", "substring", "replace", "replaceAll", "padStart", "padEnd"}

// mayBeNullStrictly is mayBeNull for a strict comparison with a field the
// row holds, where undefined matches nothing stored: only a value that may
// be null matters. A string, a call known to return one
// (`decodeURIComponent(…)`, `s.trim()` of such a string), an element
// destructured from a `split` (a string or undefined), a const holding one
// of those, or a parameter whose type admits neither null, any nor unknown
// is not (Chaindesk's invitation token, Dittofeed's write key).
func mayBeNullStrictly(n tsparse.Node, depth int) bool {
	n = uncast(n)
	switch n.Kind() {
	case "string", "template_string":
		return false
	case "call_expression":
		fn := n.Field("function")
		if fn.Kind() == "identifier" && slices.Contains(nonNullStrings, fn.Text()) && !declaredAround(fn, fn.Text()) {
			return false
		}
		if fn.Kind() == "member_expression" && !optionalChain(fn) && slices.Contains(nonNullStringMethods, fn.Field("property").Text()) {
			// A method of that name on something not a string may
			// return anything: only one of a string known not null.
			return depth > 2 || mayBeNullStrictly(fn.Field("object"), depth+1)
		}
		return true
	case "identifier":
		if depth > 2 {
			return true
		}
		if splitElement(n) {
			return false
		}
		if v, ok := constBefore(n.Text(), n); ok {
			return mayBeNullStrictly(v, depth+1)
		}
		if p, ok := parameterNamed(n); ok {
			return !p.Field("type").Valid() || typeAdmitsNullStrictly(p.Field("type"))
		}
	}
	return true
}

// parameterNamed is the parameter of a function around n that n's name
// names.
func parameterNamed(n tsparse.Node) (tsparse.Node, bool) {
	for fn := enclosingFunction(n); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		for _, p := range fn.Field("parameters").NamedChildren() {
			if pat := p.Field("pattern"); pat.Kind() == "identifier" && pat.Text() == n.Text() {
				return p, true
			}
		}
	}
	return tsparse.Node{}, false
}

// splitElement reports whether the name n is bound by a const array
// pattern destructuring a `…split(…)` call: `const [id, secret] =
// key.split(":")`.
func splitElement(n tsparse.Node) bool {
	name := n.Text()
	found := false
	for fn := enclosingFunction(n); fn.Valid() && fn.Kind() != "program" && !found; fn = enclosingFunction(fn) {
		found = anyNode(fn, func(d tsparse.Node) bool {
			pattern, decl := d.Field("name"), d.Parent()
			if d.Kind() != "variable_declarator" || pattern.Kind() != "array_pattern" || d.End() > n.Start() || decl.Kind() != "lexical_declaration" || !constDeclaration(decl) || !spans(decl.Parent(), n) {
				return false
			}
			bound := false
			for _, e := range namedNoComments(pattern) {
				bound = bound || e.Kind() == "identifier" && e.Text() == name && sameBinding(e, n, name)
			}
			v := uncast(d.Field("value"))
			call := v.Field("function")
			return bound && v.Kind() == "call_expression" && call.Kind() == "member_expression" && !optionalChain(call) && call.Field("property").Text() == "split"
		})
	}
	return found
}

// typeAdmitsNullStrictly is typeAdmitsNull without undefined, which a
// strict comparison with a stored field never matches.
func typeAdmitsNullStrictly(typ tsparse.Node) bool {
	return typeAdmits(typ, "null", "any", "unknown")
}

// nullableCredential reports whether s reads a credential column of the
// row name (credentialOf) that the schema lets be null.
func nullableCredential(s, name string, m *prisma.Model) bool {
	if m == nil || !credentialOf(s, name, m) {
		return false
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(s, name), "?")
	f := fieldByName(m, strings.TrimPrefix(rest, "."))
	return f != nil && !f.IsRequired()
}

// mayBeNull reports whether n, the value a nullable credential is
// compared with, may be null or undefined: an optional parameter or one
// whose type admits null, undefined, any or unknown, an optional chain,
// or anything other than a parameter or a string (whose type is not
// read).
func mayBeNull(n tsparse.Node) bool {
	n = uncast(n)
	if n.Kind() == "string" || n.Kind() == "template_string" {
		return false
	}
	if n.Kind() != "identifier" {
		return true
	}
	if p, ok := parameterNamed(n); ok {
		return p.Kind() == "optional_parameter" || !p.Field("type").Valid() || typeAdmitsNull(p.Field("type"))
	}
	return true
}

// typeAdmitsNull reports whether typ names null, undefined, any or
// unknown, alone or in a union.
func typeAdmitsNull(typ tsparse.Node) bool {
	return typeAdmits(typ, "null", "undefined", "any", "unknown")
}

// typeAdmits reports whether typ names one of the types names, alone or
// in a union.
func typeAdmits(typ tsparse.Node, names ...string) bool {
	if typ.Kind() == "type_annotation" {
		typ = firstNamed(typ)
	}
	switch typ.Kind() {
	case "union_type", "parenthesized_type":
		return slices.ContainsFunc(typ.NamedChildren(), func(t tsparse.Node) bool { return typeAdmits(t, names...) })
	case "literal_type", "predefined_type":
		return slices.Contains(names, typ.Text())
	}
	return false
}

// modelOfCall is the model of the file's query whose node is n, or nil.
func (q *queryCheck) modelOfCall(n tsparse.Node) *prisma.Model {
	if c, ok := q.callAt(n); ok {
		return q.delegates[c.Delegate]
	}
	return nil
}

// credentialRead reports whether text reads a credential of the row name
// (`name.token`, `name?.invitedToken`): the cheap test before credentialOf.
func credentialRead(text []byte, name string, m *prisma.Model) bool {
	found := false
	eachWord(text, name, func(i int) {
		j := i + len(name)
		if j < len(text) && text[j] == '?' {
			j++
		}
		if !found && j < len(text) && text[j] == '.' {
			found = credentialColumn(m, identAt(text, j+1))
		}
	})
	return found
}

// uncastChain is the text of a member chain without the casts and
// parentheses on the way (`(existing as any)?.organizationId` reads
// `existing?.organizationId`), compacted; any other node's compacted
// text.
func uncastChain(n tsparse.Node) string {
	n = uncast(n)
	if n.Kind() != "member_expression" || n.Field("property").Kind() != "property_identifier" {
		return compact(n.Text())
	}
	dot := "."
	if hasChild(n, "optional_chain") || hasChild(n, "?.") {
		dot = "?."
	}
	return uncastChain(n.Field("object")) + dot + n.Field("property").Text()
}

// literal reports whether n is a constant: null, undefined, a string
// without substitutions, a number or a boolean.
func literal(n tsparse.Node) bool {
	switch n.Kind() {
	case "null", "undefined", "number", "true", "false", "string":
		return true
	case "template_string":
		return !slices.ContainsFunc(n.NamedChildren(), func(c tsparse.Node) bool { return c.Kind() == "template_substitution" })
	case "identifier":
		return n.Text() == "undefined"
	}
	return false
}

func metaQuoted(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = regexp.QuoteMeta(n)
	}
	return out
}

// idTarget is the scoped model whose row key identifies in a where on m,
// with the field of that model key holds: m itself for its primary key,
// the parent for the foreign key of a relation to a scoped parent, to its
// id or to another unique field of it (Link.domain references
// Domain.slug); nil otherwise.
func (q *queryCheck) idTarget(m *prisma.Model, key string) (*prisma.Model, string) {
	if q.verifying || !q.call.Valid() {
		return nil, ""
	}
	if pk := m.PrimaryKey; pk != nil && len(pk.Fields) == 1 && pk.Fields[0].Field.Name() == key || ownUniqueKey(m, key) {
		return m, key
	}
	for _, f := range m.Fields {
		r := f.Relation
		if r == nil || !r.IsForward() || f.Target() == nil || !q.t.Scoped(f.Target()) || q.t.IsRoot(f.Target()) {
			continue
		}
		// A foreign key of one column, or the column of a composite key
		// (workflowId, workspaceId) that references the parent's id.
		for i, ff := range r.Fields() {
			if ff.Name() == key && i < len(r.References()) && isPrimaryKey(f.Target(), r.References()[i]) {
				return f.Target(), r.References()[i].Name()
			}
		}
		if len(r.Fields()) == 1 && len(r.References()) == 1 && r.Fields()[0].Name() == key && r.References()[0].Attribute("unique") != nil {
			return f.Target(), r.References()[0].Name()
		}
	}
	return nil, ""
}

// keyedBy reads what a where's entry gives key: value, the expression of
// one id (a shorthand entry's own name, `id: row.id`), or rows, for `{ in:
// rows.map((r) => r.id) }`, the name of the rows an earlier query returned.
// ok is false for anything else.
func (q *queryCheck) keyedBy(idName, key string, val tsparse.Node) (value, rows string, ok bool) {
	if k := val.Kind(); k == "as_expression" || k == "satisfies_expression" {
		// `req.query.id as string` is the value read.
		val = uncast(val)
	}
	switch val.Kind() {
	case "shorthand_property_identifier":
		return key, "", true
	case "identifier", "member_expression", "non_null_expression":
		if path := castFreePath(val); path != "" {
			return path, "", true
		}
		return compact(val.Text()), "", true
	case "object":
		rows = q.idsOf(val, idName)
		return "", rows, rows != ""
	}
	return "", "", false
}

// castFreePath is the text of a chain of names and properties with the
// type assertions inside it removed: `(action as NonNullable<typeof
// action>).id` reads action.id, since an assertion only retypes the
// value it wraps. Non-null marks and optional links stay as written. ""
// when the chain holds anything else (a call, an index, a choice
// between rows, an angle-bracket assertion): its text is then read as it
// stands, which names no proven row.
func castFreePath(n tsparse.Node) string {
	switch n.Kind() {
	case "identifier":
		return n.Text()
	case "as_expression", "satisfies_expression", "parenthesized_expression":
		return castFreePath(firstNamed(n))
	case "non_null_expression":
		if head := castFreePath(firstNamed(n)); head != "" {
			return head + "!"
		}
	case "member_expression":
		obj, prop := n.Field("object"), n.Field("property")
		link := compact(string(n.Tree().Src[obj.End():prop.Start()]))
		if prop.Kind() != "property_identifier" || link != "." && link != "?." {
			return ""
		}
		if head := castFreePath(obj); head != "" {
			return head + link + prop.Text()
		}
	}
	return ""
}

// verifiedEarlier reports whether the value given to key, which holds
// the field idName of target (its id, or a unique field), was checked
// against the tenant before the call, in the same function or one it is
// nested in: an earlier call on target whose where filters by the tenant
// and by that same value (`findFirst({ where: { id: bookingId,
// organizationId } })` before `where: { bookingId }`), or whose result the
// value is read from (`booking.id`, `domain.slug`).
func (q *queryCheck) verifiedEarlier(target *prisma.Model, idName, key string, val tsparse.Node) bool {
	if calledBeforeDeclared(q.call) {
		return false
	}
	if q.rereadConstKey(target, idName, val) || q.trimmedUUIDKey(target, idName, key, val) || q.keyElement(target, idName, key, val) {
		return true
	}
	value, rows, ok := q.keyedBy(idName, key, val)
	if !ok {
		return val.Kind() == "object" && (q.mappedKeys(val, target, idName) || q.pushedKeys(val, target, idName) || q.keyLists(val, target, idName) ||
			q.inlineFoundIDs(inList(val), target, idName))
	}
	return q.verifiedKey(target, idName, value, rows, val)
}

// verifiedKey is verifiedEarlier for a key read: one id's expression
// (value) or the name of rows whose ids are given; val is the where's
// value for the key, if there is one.
func (q *queryCheck) verifiedKey(target *prisma.Model, idName, value, rows string, val tsparse.Node) bool {
	q.budget.spend()
	if calledBeforeDeclared(q.call) || q.shadowedKey(value, rows) || q.shadowedAtValue(value, rows, val) {
		return false // for the links, which come here directly
	}
	if q.keyNotReturned(value, rows, idName) {
		return false // a field the row's query does not give back is undefined
	}
	delegate := delegateName(target.Name)
	if grownList(q.call, value, rows, val) || rows != "" && changedByCall(q.call, rows) || q.replacedByUnchecked(value, rows) {
		return false
	}
	outer, chain := functionChain(q.call)
	if field := keyFieldOf(value, rows, idName); keyFieldSet(q.call, field) || computedKeySet(q.call, value, rows, field) {
		// A field of the key's name is written where the call may see
		// it: only a lookup that read the key after every such write.
		return rows == "" && !q.rebound(value, target, idName) && q.earlierLookup(target, idName, value, rows, val, outer, chain, true)
	}
	if rows == "" {
		written := overwritten(q.call, value)
		if rebound := !written && q.rebound(value, target, idName); written || rebound {
			// Given another value: only a let whose every value is
			// proven, or, when the row was only written into, a lookup
			// that read the key after every such write.
			return q.letRowKey(value, target, idName) || q.letParentKey(value, target, idName) || !rebound && !q.rebound(value, target, idName) && q.earlierLookup(target, idName, value, rows, val, outer, chain, true)
		}
	}
	if rows == "" && q.indexedElementKey(target, idName, value, val) {
		return true
	}
	if rows == "" && (q.createdEarlier(value, delegate, idName) || q.letCreatedKey(value, target, idName) || q.movedEarlier(value, target, idName) || q.freshCreatedRows(value, target, idName) || q.helperRowCompared(value, target, idName) || q.helperKeyCompared(value, target, idName) || q.credentialVerified(value, target, idName) || q.letRowKey(value, target, idName)) {
		return true
	}
	if rows == "" && (q.helperVerified(value, target, idName) || q.helperFoundRow(value, target, idName) || q.thisMethodRow(value, target, idName) || q.privateParamKey(value, target, idName) || q.testedHelperVerified(value, target, idName) || q.comparedHelperVerified(value, target, idName) || q.rawLockVerified(value, target, idName) || q.boolHelperVerified(value, target, idName)) {
		return true
	}
	if rows == "" && (q.pushedCreatedRow(value, target, idName) || q.pickedPushedRow(value, target, idName) || q.rowMapKey(value, target, idName) || q.choiceRow(value, target, idName) || q.testedLookup(value, target, idName) || q.carriedRow(value, target, idName) || q.newTenantRow(value, target, idName) || q.createdParentKey(value, target, idName) || q.letParentKey(value, target, idName)) {
		return true
	}
	if rows == "" && (q.parentOfEarlierRow(value, target, idName, outer, chain) || q.assignedRow(value, target, idName, outer, chain) || q.spreadPickedRow(value, target, idName, outer, chain) || q.everyCheckedKey(value, val, target, idName, outer, chain) || q.someCheckedKey(value, val, target, idName, outer, chain) || q.nestedChildRow(value, target, idName, outer, chain) || q.fallbackKey(value, target, idName, outer, chain) || q.checkedOrFresh(value, target, idName)) {
		return true
	}
	if rows == "" && (q.loopedQueryRow(value, target, idName, chain) || transactionReturnsCreate(q.call, q.clientCall(), value, delegate, idName) || q.rolledBackUnlessFound(value, target, idName) || transactionArrayCreate(q.call, q.clientCall(), value, delegate, idName) || q.createdAlias(value, delegate, idName)) {
		return true
	}
	if rows == "" && (q.comparedParent(value, delegate, idName, outer, chain) || q.loadedNotEmpty(value, target, idName, outer, chain) || q.nestedChecked(value, target, idName, outer, chain) || q.setChecked(value, target, idName, outer, chain) || q.countChecked(value, target, idName, outer, chain) || q.memberChecked(value, val, target, idName, outer, chain) || q.successElement(value, val, target, idName) || q.successRow(value, target, idName)) {
		return true
	}
	if rows != "" && (q.narrowedRows(rows, target, idName, outer, chain) || q.rawRowsKey(rows, idName, target, idName, chain) || q.pushedKeys(val, target, idName) || q.helperListRows(rows, []string{"", idName}, target, idName) || q.mappedHelperRows(rows, []string{"", idName}, target, idName) || q.newTenantRows(rows, target, idName)) {
		return true
	}
	return q.earlierLookup(target, idName, value, rows, val, outer, chain, false)
}

// earlierLookup reports whether an earlier call of the function (or one
// it is nested in) on the model, or on the tenant's own model, proves the
// key: it filtered by the tenant and by the key, was compared with the
// tenant, or returned the row the key is read from. With sinceWrites, the
// key's field or its row is written somewhere in the function, and only
// a lookup after which none of those writes may run proves it: a write
// before it, into an object the run made, the lookup read already
// (writtenBeforeLookup).
func (q *queryCheck) earlierLookup(target *prisma.Model, idName, value, rows string, val, outer tsparse.Node, chain map[[2]int]bool, sinceWrites bool) bool {
	delegate := delegateName(target.Name)
	for _, c := range q.lookups() {
		// The file's calls before this one, in the outermost function.
		m := q.delegates[c.Delegate]
		if m == nil || c.Delegate != delegate && !q.t.IsRoot(m) || c.Node.Start() < outer.Start() || c.Node.End() > outer.End() || c.Node.End() > q.call.Start() {
			continue
		}
		q.budget.spend()
		if fn := enclosingFunction(c.Node); !chain[[2]int{fn.Start(), fn.End()}] || q.changedBetween(c.Node, q.call, value) {
			continue
		}
		if sinceWrites && keyWrittenSince(c.Node, q.call, value, rows, idName) {
			continue
		}
		sub := *q
		sub.call, sub.verifying = c.Node, true
		if v, _ := sub.whereOfCall(c); v != constrained && !q.seenAs(c, v) && !q.credentialRow(c) && !q.sharedBranchLeft(c, v) {
			// A row fetched by the same key and compared with the
			// tenant before this call (workerGroup.projectId !==
			// projectId, then delete where id: workerGroupId).
			if c.Delegate == delegate && rows == "" && visibleAt(c, q.call) && (q.comparedBefore(c, q.call.Start()) || q.comparedGuard(c) || q.memberGuards(c, m) || q.listChecked(c, m, q.call.Start())) {
				// The key the lookup was given, only if it ran
				// (lookupRunsWith).
				if name := boundName(c); name != "" && (value == name+"."+idName || value == name+"?."+idName || value == name+"!."+idName) || sub.whereHasID(c, idName, value, q.call) && lookupRunsWith(c.Node, q.call) {
					return true
				}
			}
			// The caller's own row (an invitation to the caller's email,
			// compared before), found by the key this call on it reads.
			if c.Delegate == delegate && rows == "" && visibleAt(c, q.call) && q.callerKeyed(c, target, val) {
				if name := boundName(c); name != "" && (value == name+"."+idName || value == name+"?."+idName || value == name+"!."+idName) || sub.whereHasID(c, idName, value, q.call) && lookupRunsWith(c.Node, q.call) {
					return true
				}
			}
			if !sinceWrites && (c.Delegate == delegate && q.rowsOfProvenCall(c, rows, value, idName) || q.shadowedRowKey(c, &sub, delegate, rows, value, idName)) {
				return true
			}
			if c.Delegate == delegate && rows != "" && rows == boundName(c) && visibleAt(c, q.call) && q.everyRowCompared(c, q.call.Start()) {
				return true
			}
			// A lookup by the key and a parent's key proven before it
			// (bklit's funnel found by { id: funnelId, projectId } after
			// the project's lookup with the tenant), the function leaving
			// when it found nothing: the second hop the judging above
			// does not take, judged last as it is the costly part.
			if c.Delegate == delegate && rows == "" && sub.whereHasID(c, idName, value, q.call) && q.foundBefore(c, outer) && q.provenRow(c) {
				return true
			}
			continue
		}
		if c.Delegate != delegate {
			// The tenant's own row, looked up together with the rows it
			// holds: team.findUnique({ where: { id: teamId, documents:
			// { some: { id: docId } } } }).
			if sub.tenantHolds(c, m, target, idName, value, q.call) && q.foundBefore(c, outer) {
				return true
			}
			continue
		}
		if name := boundName(c); name != "" && visibleAt(c, q.call) && (rows == name || value == name+"."+idName || value == name+"?."+idName || value == name+"!."+idName) {
			return true
		}
		if rows != "" {
			continue
		}
		if sub.whereHasID(c, idName, value, q.call) && q.foundBefore(c, outer) {
			return true
		}
	}
	return false
}

// parentOfEarlierRow reports whether value reads, from a row an earlier
// call in the function (or one it is nested in) returned, the key of
// target: `link.groupId` or `link.group.id` after `const link = await
// prisma.link.findFirst({ where: { id, teamId } })`. That parent belongs
// to the row's tenant when the row's lookup filtered by the tenant.
func (q *queryCheck) parentOfEarlierRow(value string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	path := q.rowPath(value)
	if len(path) < 2 {
		return q.pickedKey(value, target, idName, outer, chain)
	}
	// A loop over the rows of a list: for (const row of rows),
	// rows.map((row) => …).
	rows := loopSource(q.call, path[0])
	if rows == "" {
		rows = pickedFrom(q.call, path[0], "find|findLast")
	}
	if rows == "" {
		rows = elementOf(q.call, path[0])
	}
	if rows == "" {
		rows = destructuredElement(path[0], q.call)
	}
	if rows == "" && (!strings.Contains(value, "?.") || uniqueWhere(q.call)) {
		// byKey.get(k)?.id may be undefined, which only a unique where
		// refuses.
		rows = q.mapGetSource(q.call, path[0])
	}
	if rows != "" && (!sourceHeld(q.call, path[0], rows) || q.elementChanged(path) || q.listChanged(rows, idName)) {
		return false
	}
	if rows == "" {
		if rows = q.indexedRows(value, path); rows != "" && (q.elementChanged(path) || q.listChanged(rows, idName)) {
			return false
		}
	}
	// A list filtered or sliced from the rows is some of those rows:
	// channelsToDelete = existingChannels.filter(…), batch = rows.slice(i, j).
	for i := 0; rows != "" && i < 4; i++ {
		if q.listElementHanded(rows, path) {
			return false
		}
		src := pickedFrom(q.call, rows, "filter|slice")
		if src == "" || filterChanges(q.call, rows) {
			break
		}
		if !sourceHeld(q.call, rows, src) {
			return false
		}
		rows = src
	}
	if rows != "" {
		rows, path = q.listRows(rows, path)
	}
	return q.earlierRow(path, rows, target, idName, outer, chain)
}

// earlierRow is parentOfEarlierRow on a path: path[0] a row, or, with
// rows set, an element of the list rows.
func (q *queryCheck) earlierRow(path []string, rows string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	for _, c := range q.lookups() {
		if c.Node.Start() < outer.Start() || c.Node.End() > outer.End() || c.Node.End() > q.call.Start() {
			continue
		}
		switch name := boundName(c); {
		case name == "":
			continue
		case name == path[0]:
			// A delete returns the row it removed: the one its where
			// matched.
			switch c.Operation {
			case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "update", "upsert", "delete":
			default:
				continue
			}
		case name == rows:
			if c.Operation != "findMany" {
				continue
			}
		default:
			continue
		}
		if fn := enclosingFunction(c.Node); !chain[[2]int{fn.Start(), fn.End()}] || !visibleAt(c, q.call) || boundName(c) == path[0] && q.rowChangedBetween(c.Node, path) {
			continue
		}
		m := q.delegates[c.Delegate]
		if !q.tenantRow(m) || q.callDrops(c, rowFields(path)) {
			// A field the query does not give back is undefined.
			continue
		}
		// The row's own lookup is judged last: it is the costly part.
		if (q.pathLeads(m, path, target, idName) || q.filteredIncludeLeads(c, m, path, target, idName)) && (q.scopedRow(c) || q.provenRow(c) || q.checkedBefore(c, m, q.call.Start()) || q.memberGuards(c, m)) {
			return true
		}
	}
	return len(path) == 2 && q.rawRowsKey(rows, path[1], target, idName, chain) || rows == "" && q.helperRowPath(path, target, idName) || rows != "" && (q.helperListRows(rows, path, target, idName) || q.mappedHelperRows(rows, path, target, idName))
}

// pathLeads reports whether path, read from a row of m (path[0]) through
// its relations, ends at target's idName: the row's own key, or a foreign
// key to target.
func (q *queryCheck) pathLeads(m *prisma.Model, path []string, target *prisma.Model, idName string) bool {
	if pastOwnedRow(m, path[1:], target, idName) {
		return false
	}
	for _, seg := range path[1 : len(path)-1] {
		// seg[] is an element of a to-many relation the row was
		// read with (doc.versions[0]): a child of the row, when the
		// child holds a required key to it (a many-to-many list, or
		// an optional key, may link another tenant's rows), or, read
		// from the tenant's own row, its tenant field.
		seg, elem := strings.CutSuffix(seg, "[]")
		f := fieldByName(m, seg)
		if m == nil || f == nil || f.Relation == nil || f.IsList() != elem || elem && !ownedChildren(m, seg) && !q.tenantChildren(m, seg) {
			return false
		}
		m = f.Target()
	}
	if m == nil {
		return false
	}
	last := path[len(path)-1]
	leads := m == target && last == idName
	for _, f := range m.Fields {
		if r := f.Relation; r != nil && r.IsForward() && f.Target() == target && len(r.Fields()) == 1 && r.Fields()[0].Name() == last && len(r.References()) == 1 && r.References()[0].Name() == idName {
			leads = true
		}
	}
	return leads
}

// pickedFrom is the list name was picked from, earlier in a function n
// is in, by `const name = rows.find(…)` (methods: an alternation of
// array methods, find|findLast), or "".
func pickedFrom(n tsparse.Node, name, methods string) string {
	// `\b(?:const|let)\s+<name>…`, tried where name is declared.
	picked := `^(?:const|let)\s+` + regexp.QuoteMeta(name) + `\s*=\s*([\w$]+(?:\s*[?!]?\.\s*[\w$]+)*)\s*\??\.\s*(?:` + methods + `)\s*\(`
	for fn := enclosingFunction(n); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		// The last pick whose block holds n: one in a sibling block
		// binds another row.
		var m []int
		text := fn.Tree().Src[fn.Start():n.Start()]
		for _, at := range findAllAt(picked, text, declarationsAt(text, []string{"const", "let"}, name, followedBy('='))) {
			if declarationHolds(fn.Tree(), fn.Start()+at[0], fn.Start()+at[1], n) {
				m = at
			}
		}
		if m != nil {
			// The pick must be the whole value: rows.filter(…).map(…)
			// holds other rows.
			if wholePick(fn, fn.Start()+m[0], name) {
				return compact(string(fn.Tree().Src[fn.Start()+m[2] : fn.Start()+m[3]]))
			}
			return ""
		}
	}
	return ""
}

// firstParam is the first parameter of a function (`x => …`, `(x, i) =>
// …`) and how many it has.
func firstParam(fn tsparse.Node) (tsparse.Node, int) {
	if p := fn.Field("parameter"); p.Valid() {
		return p, 1
	}
	params := namedNoComments(fn.Field("parameters"))
	if len(params) == 0 {
		return tsparse.Node{}, 0
	}
	return params[0].Field("pattern"), len(params)
}

// loopSource is the list whose elements name stands for where n is: the
// rows of `for (const name of rows)` or of `rows.map((name) => …)` (and
// forEach, filter, flatMap, some, every, find, or a function of the file
// handing its callback only elements of the list, elementHelperList), or
// "".
func loopSource(n tsparse.Node, name string) string {
	return loopSourceWith(n, name, false)
}

// loopSourceWith is loopSource, also for a list named by identifiers and
// dots when paths is set (`for (const id of input.ids)`,
// `input.ids.map((id) => …)`): for the proofs that follow a path.
func loopSourceWith(n tsparse.Node, name string, paths bool) string {
	named := func(list tsparse.Node) string {
		if list.Kind() == "identifier" {
			return list.Text()
		}
		if paths {
			return namePath(list)
		}
		return ""
	}
	// The loop found must bind the name n reads: a block or a catch
	// within it may bind it again (`for (const id of ids) { const id =
	// extra; … }`), and that id is no element of the list.
	nearest, _ := bindingScope(n, name, -1)
	for p := n.Parent(); p.Valid() && p.Kind() != "program"; p = p.Parent() {
		switch p.Kind() {
		case "for_in_statement":
			if left := p.Field("left"); left.Kind() == "identifier" && left.Text() == name {
				if !sameNode(p, nearest) {
					return ""
				}
				of := slices.ContainsFunc(p.Children(), func(c tsparse.Node) bool { return c.Kind() == "of" })
				if of {
					return named(p.Field("right"))
				}
				return ""
			}
		case "arrow_function", "function_expression":
			if param, n := firstParam(p); n == 0 || param.Kind() != "identifier" || param.Text() != name {
				continue
			}
			if !sameNode(p, nearest) {
				return ""
			}
			call := p.Parent().Parent()
			if p.Parent().Kind() != "arguments" || call.Kind() != "call_expression" {
				return ""
			}
			fn := call.Field("function")
			switch fn.Field("property").Text() {
			case "map", "forEach", "filter", "flatMap", "some", "every", "find":
				if list := named(fn.Field("object")); fn.Kind() == "member_expression" && list != "" {
					return list
				}
			}
			return elementHelperList(call, p)
		}
	}
	return ""
}

// scopedRow reports whether c, an earlier call, returns only rows of the
// tenant: its where filters by the tenant, or it reads through a scoped
// client.
func (q *queryCheck) scopedRow(c tsquery.Call) bool {
	if slices.Contains(q.scopedClients, compact(c.Receiver.Text())) && slices.Contains(q.scopedOps, c.Operation) {
		return true
	}
	sub := *q
	sub.call, sub.verifying = c.Node, true
	v, _ := sub.whereOfCall(c)
	return v == constrained || q.seenAs(c, v) || q.credentialRow(c) || q.sharedBranchLeft(c, v)
}

// credentialLookup reports whether c finds rows by a credential that the
// caller presents (an API key's hash, an invitation token), directly or
// through a to-one relation (token: { tokenHash }): whoever holds the
// credential is who the row's tenant let in, and the lookup is how the
// tenant is found.
func (q *queryCheck) credentialLookup(c tsquery.Call, m *prisma.Model) bool {
	where, ok := q.whereObject(c)
	sub := *q
	switch c.Operation {
	case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
		// A read of the key by what the caller presents, not an earlier
		// lookup whose row a write then names.
		sub.keyIDRead = sameNode(c.Node, q.call)
	}
	q = &sub
	return ok && (q.hasCredential(where, m, 0) || q.compoundCredential(where, m) || q.passwordBesideKey(where, m))
}

func (q *queryCheck) hasCredential(where tsparse.Node, m *prisma.Model, depth int) bool {
	for _, e := range where.NamedChildren() {
		key, val, ok := property(e)
		if !ok {
			continue
		}
		f := fieldByName(m, key)
		if f == nil {
			continue
		}
		switch {
		case f.Kind == prisma.ScalarField && (credentialField(key) || apiKeyColumn(m, key) || q.keyIDRead && apiKeyID(m, key) || authorizationCodeColumn(m, key) || invitationCodeColumn(m, key)) && !undefinedCredential(key, val, m, depth):
			// An equality, not a list or a range, with a value the
			// caller presents: `token: null` or a constant finds rows
			// of every tenant.
			compared := val
			if obj, ok := q.objectOf(val, 0); ok {
				if len(obj.NamedChildren()) != 1 || keyName(obj.NamedChildren()[0].Field("key")) != "equals" {
					continue
				}
				compared = obj.NamedChildren()[0].Field("value")
			}
			if !unpresented(compared) {
				return true
			}
		case q.jsonCredential(f, val):
			return true
		case f.Relation != nil && !f.IsList() && f.Target() != nil && depth == 0:
			if obj, ok := q.objectOf(val, 0); ok && q.hasCredential(obj, f.Target(), depth+1) {
				return true
			}
		case f.Relation != nil && f.IsList() && f.Target() != nil && depth <= 1:
			if q.someHasCredential(val, f.Target(), depth) {
				return true
			}
		}
	}
	return false
}

// mapIDs reads `rows.map((r) => r.id)` and its spellings.
var mapIDs = lazyregexp.New(`^([A-Za-z_$][\w$]*(?:[?!]?\.[A-Za-z_$][\w$]*)*)\??\.map\(\(?([A-Za-z_$][\w$]*)(?::[\w$]+)?\)?=>([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)\)$`)

// idsOf reads a filter `{ in: … }` whose list is the ids of rows held in a
// variable, directly or through a const of the same function: the name of
// that variable, or "".
func (q *queryCheck) idsOf(filter tsparse.Node, idName string) string {
	var list tsparse.Node
	for _, e := range filter.NamedChildren() {
		switch {
		case e.Kind() == "comment":
		case e.Kind() == "pair" && keyName(e.Field("key")) == "in":
			list = e.Field("value")
		default:
			return ""
		}
	}
	return q.idList(list, idName)
}

// idList reads a list of ids as idsOf does: the name of the rows it holds
// the ids of, or "".
func (q *queryCheck) idList(list tsparse.Node, idName string) string {
	rows, made := q.idListAt(list, idName)
	// The rows are read where the list was made, and looked up by their
	// name's text at list: a const of it between them is other rows.
	if root := splitRowPath(rows); rows != "" && (len(root) == 0 || !sameBinding(made, list, root[0]) || reassigned(list, root[0], made.Start())) {
		return ""
	}
	return rows
}

// idListAt is idList without the check that its rows are the same binding
// where the list was made and at list.
func (q *queryCheck) idListAt(list tsparse.Node, idName string) (string, tsparse.Node) {
	for range 4 {
		if list.Kind() != "identifier" {
			break
		}
		if rows, f := pushedFrom(list, list.Text(), ""); rows != "" && f == idName {
			return rows, list
		}
		v, ok := constValue(list)
		if !ok {
			// A closure (`withPrismaRetry(() => …)`) sees its outer
			// functions' consts.
			v, ok = constBefore(list.Text(), list)
		}
		if !ok {
			return "", list
		}
		list = v
	}
	m := mapIDs.FindStringSubmatch(compact(list.Text()))
	if m == nil || m[2] != m[3] || m[4] != idName {
		return q.otherIDs(list, idName), list
	}
	return m[1], list
}

// createdEarlier reports whether value is `row.id` of a row that a create
// on delegate, earlier in a function the call is in, returned: a create
// cannot leave out a required tenant field.
func (q *queryCheck) createdEarlier(value, delegate, idName string) bool {
	if createdDestructured(q.call, q.clientCall(), value, delegate, idName) || transactionCreated(q.call, q.clientCall(), value, delegate, idName) || promiseAllCreated(q.call, q.clientCall(), value, delegate, idName) || q.createdDestructuredRow(value, delegate, idName) || q.wrapperCreated(value, delegate, idName) {
		return true
	}
	name, ok := strings.CutSuffix(value, "."+idName)
	if !ok || name == "" {
		return false
	}
	name = strings.TrimRight(name, "?!")
	// `\b(?:const|let)\s+<name>…`, tried where name is declared.
	created := `^(?:const|let)\s+` + regexp.QuoteMeta(name) + `\s*=\s*` + createdValue(delegate)
	for fn := enclosingFunction(q.call); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		text := fn.Tree().Src[fn.Start():q.call.Start()]
		if !mayCreate(text, delegate) {
			continue
		}
		for _, at := range findAllAt(created, text, declarationsAt(text, []string{"const", "let"}, name, followedBy('='))) {
			// The row, once made, handed to no call that may write its
			// key (a helper of the file setting row.id); a let not
			// given another row since (`row = await findUnique(…)`).
			if !reassigned(q.call, name, fn.Start()+at[0]) && declarationHolds(fn.Tree(), fn.Start()+at[0], fn.Start()+at[1], q.call) && createdByClientOf(fn.Tree(), fn.Start()+at[0], fn.Start()+at[1], q.clientCall()) && !q.rowChangedBetween(fn.Tree().NamedAt(fn.Start()+at[0], fn.Start()+at[1]), []string{name, idName}) {
				return true
			}
		}
	}
	return false
}

// tenantHolds reports whether c, a call on the tenant model root, filters
// on a to-many relation to target having a row whose idName is value, the
// binding its name is at at.
func (q *queryCheck) tenantHolds(c tsquery.Call, root, target *prisma.Model, idName, value string, at tsparse.Node) bool {
	where, ok := q.whereObject(c)
	if !ok {
		return false
	}
	for _, e := range where.NamedChildren() {
		if e.Kind() != "pair" {
			continue
		}
		f := fieldByName(root, keyName(e.Field("key")))
		if f == nil || f.Relation == nil || !f.IsList() || f.Target() != target {
			continue
		}
		rel, ok := q.objectOf(e.Field("value"), 0)
		if !ok {
			continue
		}
		for _, r := range rel.NamedChildren() {
			if r.Kind() != "pair" || keyName(r.Field("key")) != "some" {
				continue
			}
			some, ok := q.objectOf(r.Field("value"), 0)
			if !ok {
				continue
			}
			for _, x := range some.NamedChildren() {
				switch {
				case x.Kind() == "shorthand_property_identifier" && x.Text() == idName && value == idName:
					return sameBinding(x, at, value)
				case x.Kind() == "pair" && keyName(x.Field("key")) == idName:
					v := x.Field("value")
					if obj, ok := q.objectOf(v, 0); ok {
						for _, eq := range obj.NamedChildren() {
							if eq.Kind() == "pair" && keyName(eq.Field("key")) == "equals" {
								v = eq.Field("value")
							}
						}
					}
					if compact(v.Text()) == value {
						return sameBinding(v, at, value)
					}
				}
			}
		}
	}
	return false
}

// whereObject is the object literal of c's where: the last one given, as
// JavaScript keeps the last of two entries of one name.
func (q *queryCheck) whereObject(c tsquery.Call) (tsparse.Node, bool) {
	args, ok := q.argsObject(c)
	if !ok || q.spreadAfterWhere(args) {
		return tsparse.Node{}, false
	}
	var where tsparse.Node
	for _, e := range args.NamedChildren() {
		if e.Kind() == "pair" && keyName(e.Field("key")) == "where" {
			where = e.Field("value")
		}
	}
	if !where.Valid() {
		return tsparse.Node{}, false
	}
	return q.objectOf(where, 0)
}

// createData is the object literal of create c's data: the last value
// given it, with nothing after it that may give another (givenPast: a
// spread of the caller's arguments, `{ data, ...args }`, may).
func (q *queryCheck) createData(c tsquery.Call) (tsparse.Node, bool) {
	args, ok := q.argsObject(c)
	if !ok {
		return tsparse.Node{}, false
	}
	return q.objectOf(q.givenPast(args, "data"), 0)
}

// whereHasID reports whether c's where gives idName the value value, as
// read at at.
func (q *queryCheck) whereHasID(c tsquery.Call, idName, value string, at tsparse.Node) bool {
	args, ok := q.argsObject(c)
	if !ok || q.spreadAfterWhere(args) {
		return false
	}
	var where tsparse.Node
	for _, e := range args.NamedChildren() {
		if e.Kind() == "pair" && keyName(e.Field("key")) == "where" {
			where = e.Field("value")
		}
	}
	if entries, args, ok := q.scopeHelperWhere(where); ok {
		return q.scopeHelperHasID(entries, args, idName, value, at)
	}
	obj, ok := q.objectOf(where, 0)
	return ok && hasID(obj, idName, value, at)
}

// boundName is the variable c's result is assigned to, or "". The query
// must be awaited on the way: a name holding its promise holds no row
// (`if (!doc) throw` never throws).
func boundName(c tsquery.Call) string {
	n := c.Node.Parent()
	// After `await` the grammar puts the await of a raw call with type
	// arguments inside the call (`await prisma.$queryRaw<Row[]>`…“).
	awaited := awaitedInside(c.Node)
	// keyAnd is the `key && await lookup` the row came through, if any.
	var keyAnd tsparse.Node
	prev := c.Node
	for {
		switch {
		case n.Kind() == "await_expression" || n.Kind() == "parenthesized_expression" || n.Kind() == "as_expression" || n.Kind() == "satisfies_expression":
			// (await db.doc.findUnique(…)) as Doc is still the row.
			awaited = awaited || n.Kind() == "await_expression"
			prev, n = n, n.Parent()
			continue
		case n.Kind() == "binary_expression" && n.Field("operator").Text() == "&&" && !keyAnd.Valid() && sameNode(n.Field("right"), prev) && uncast(prev).Kind() == "await_expression":
			// key && await db.tag.findUnique(…) is the row or the falsy
			// key, taken where keyGatedLookup shows the key never
			// reaches a proof.
			keyAnd = n
			prev, n = n, n.Parent()
			continue
		case n.Kind() == "member_expression" && (n.Field("property").Text() == "catch" && catchKeepsRows(c.Operation, n.Parent()) || n.Field("property").Text() == "finally") && n.Parent().Kind() == "call_expression":
			// db.image.findFirstOrThrow(…).catch(…) is still the row, when
			// the catch gives nothing else (catchKeepsRows).
			n = n.Parent().Parent()
			continue
		case n.Kind() == "ternary_expression" && n.Field("condition").End() <= c.Node.Start():
			// key ? await db.channel.findFirst(…) : undefined is the row
			// or nothing.
			other := n.Field("alternative")
			if other.Start() <= c.Node.Start() {
				other = n.Field("consequence")
			}
			// An empty list ([]) holds no row either.
			if k := other.Kind(); k == "null" || k == "undefined" || k == "identifier" && other.Text() == "undefined" || k == "array" && len(namedNoComments(other)) == 0 || resolvesNothing(other) {
				n = n.Parent()
				continue
			}
		}
		break
	}
	if keyAnd.Valid() {
		if n.Kind() == "variable_declarator" && n.Field("name").Kind() == "identifier" && keyGatedLookup(keyAnd, n, n.Field("name").Text()) {
			return n.Field("name").Text()
		}
		return ""
	}
	switch n.Kind() {
	case "variable_declarator":
		if all := promisedName(n, c.Node); all != "" {
			return all
		}
		if n.Field("name").Kind() == "identifier" && awaited {
			return n.Field("name").Text()
		}
	case "assignment_expression":
		if n.Field("left").Kind() == "identifier" && awaited {
			return n.Field("left").Text()
		}
	case "array":
		return promiseAllName(n, c.Node)
	}
	return ""
}

// awaitedInside reports whether the grammar put the await of the raw call
// n at the start of its callee: through the call, the instantiation of
// its type arguments, and the comparisons nested ones are misread as.
func awaitedInside(n tsparse.Node) bool {
	for n.Kind() == "call_expression" || n.Kind() == "instantiation_expression" || n.Kind() == "binary_expression" || n.Kind() == "non_null_expression" {
		n = firstNamed(n)
	}
	return n.Kind() == "await_expression"
}

// promiseAllName is the name call gets in `const [a, b] = await
// Promise.all([…, call, …])`: the pattern's element at its index.
func promiseAllName(list, call tsparse.Node) string {
	index := -1
	for i, e := range namedNoComments(list) {
		if e.Start() <= call.Start() && call.End() <= e.End() {
			index = i
		}
	}
	args := list.Parent()
	fn := args.Parent()
	if index < 0 || args.Kind() != "arguments" || fn.Kind() != "call_expression" || compact(fn.Field("function").Text()) != "Promise.all" {
		return ""
	}
	n := fn.Parent()
	for n.Kind() == "await_expression" || n.Kind() == "parenthesized_expression" {
		n = n.Parent()
	}
	if n.Kind() != "variable_declarator" || n.Field("name").Kind() != "array_pattern" {
		return ""
	}
	// Holes (`[, b]`) are not named children: count commas instead.
	pattern := n.Field("name")
	i := 0
	for _, e := range pattern.Children() {
		switch {
		case e.Kind() == ",":
			i++
		case i == index && e.Kind() == "identifier":
			return e.Text()
		}
	}
	return ""
}

func namedNoComments(n tsparse.Node) []tsparse.Node {
	var out []tsparse.Node
	for _, c := range n.NamedChildren() {
		if c.Kind() != "comment" {
			out = append(out, c)
		}
	}
	return out
}

// ownerLookup reports whether c is a read that selects nothing but the
// row's tenant (`select: { workspaceId: true }`, or through parents:
// `select: { environment: { select: { workspaceId: true } } }`): the
// lookup that finds whose row an id is, for the caller to check access.
func (q *queryCheck) ownerLookup(c tsquery.Call, m *prisma.Model) bool {
	switch c.Operation {
	case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany":
	default:
		return false
	}
	args, ok := q.argsObject(c)
	if !ok {
		return false
	}
	for _, e := range args.NamedChildren() {
		if e.Kind() == "pair" && keyName(e.Field("key")) == "select" {
			return q.selectsTenantOnly(e.Field("value"), m, 0)
		}
	}
	return false
}

func (q *queryCheck) selectsTenantOnly(n tsparse.Node, m *prisma.Model, depth int) bool {
	obj, ok := q.objectOf(n, depth)
	if !ok || depth > 8 {
		return false
	}
	tenant := false
	for _, e := range obj.NamedChildren() {
		if e.Kind() == "comment" {
			continue
		}
		if e.Kind() != "pair" {
			return false
		}
		key := keyName(e.Field("key"))
		if tf := q.t.Field(m); tf != nil && key == tf.Name() {
			tenant = true
			continue
		}
		if pk := m.PrimaryKey; pk != nil && len(pk.Fields) == 1 && pk.Fields[0].Field.Name() == key {
			continue
		}
		f := fieldByName(m, key)
		if f == nil || f.Relation == nil || f.IsList() || f.Target() == nil {
			return false
		}
		if q.t.IsRoot(f.Target()) && q.rootKeyOnly(e.Field("value"), f.Target(), depth) {
			tenant = true
			continue
		}
		sub, ok := q.objectOf(e.Field("value"), depth)
		if !ok {
			return false
		}
		inner := tsparse.Node{}
		for _, se := range sub.NamedChildren() {
			if se.Kind() == "pair" && keyName(se.Field("key")) == "select" {
				inner = se.Field("value")
			}
		}
		if !inner.Valid() || !q.selectsTenantOnly(inner, f.Target(), depth+1) {
			return false
		}
		tenant = true
	}
	return tenant
}

func fieldByName(m *prisma.Model, name string) *prisma.Field {
	for _, f := range m.Fields {
		if f.Name() == name {
			return f
		}
	}
	return nil
}

// some judges the filter on a to-many relation: its some: part scopes as
// a where on the related model does.
func (q *queryCheck) some(val tsparse.Node, target *prisma.Model, depth int) verdict {
	if !q.t.Scoped(target) && !q.t.IsRoot(target) {
		return unconstrained
	}
	obj, ok := q.objectOf(val, depth)
	if !ok {
		return unseen
	}
	// The last some given counts; one a spread or a key the rule
	// cannot read may replace is not seen.
	switch some, given, read := q.givenEntry(obj, "some"); {
	case read:
		return q.value(nil, some, target, depth+1)
	case given:
		return unseen
	}
	return unconstrained
}

// checkRaw judges a raw SQL call: a statement that reads or writes a table
// of a model carrying its own tenant field must limit the tenant column
// (see rawTables).
func (q *queryCheck) checkRaw(c tsquery.RawCall) (queryFinding, bool) {
	at := c.Node.Range()
	at.End = at.Start
	if c.Callee.Valid() {
		at = c.Callee.Range()
	}
	if c.Unseen {
		return queryFinding{Diagnostic{Range: at, Message: fmt.Sprintf("cannot see the SQL of %s; write it as a tagged template here", c.Method)}, severity.Notice}, true
	}
	if choices, ok := rawChoices(c); ok {
		return q.checkRawChoices(choices)
	}
	js, err := pgtree.ParseToJSON(c.SQL)
	if err != nil {
		if !strings.HasSuffix(c.Method, "Unsafe") && failsAtPlaceholder(c.SQL, err) {
			return queryFinding{Diagnostic{Range: at, Message: fmt.Sprintf("cannot read the SQL of %s: a ${…} stands for SQL text (a Prisma.sql fragment), not a value; check by hand that it filters by the tenant, or write that part in the template", c.Method)}, severity.Notice}, true
		}
		return queryFinding{Diagnostic{Range: at, Message: fmt.Sprintf("cannot read the SQL of %s: %v; write it so PostgreSQL's parser reads it", c.Method, err)}, severity.Notice}, true
	}
	var tree struct {
		Stmts []struct {
			Stmt map[string]any `json:"stmt"`
		} `json:"stmts"`
	}
	if err := json.Unmarshal([]byte(js), &tree); err != nil {
		// PostgreSQL's parser wrote a tree this reader does not know: say
		// so rather than pass the SQL as judged.
		return queryFinding{Diagnostic{Range: at, Message: fmt.Sprintf("cannot read the SQL of %s: %v; check by hand that it filters by the tenant", c.Method, err)}, severity.Notice}, true
	}
	has := q.tableColumns()
	for _, st := range tree.Stmts {
		for kind, body := range st.Stmt {
			verb := map[string]string{"SelectStmt": "reads", "UpdateStmt": "writes", "DeleteStmt": "deletes from"}[kind]
			if verb == "" {
				continue
			}
			for _, use := range rawTables(kind, body, has) {
				for _, m := range q.models {
					tf := q.t.Field(m)
					if tf == nil || m.TableName() != use.table || q.rawScoped(use, m, 0) || rawCredential(kind, body, m) || q.rawProvenKey(kind, body, m, c) {
						continue
					}
					if predicatePlaceholder.MatchString(c.SQL) {
						return queryFinding{Diagnostic{Range: at, Message: fmt.Sprintf("cannot see all of the SQL of %s on tenant-scoped %q; write its %q condition in the text, not in a ${…}", c.Method, m.Name, tf.ColumnName())}, severity.Notice}, true
					}
					return queryFinding{Diagnostic{Range: at, Message: fmt.Sprintf("%s %s table %q without a condition on %q; add %q = ${…} to its WHERE", c.Method, verb, m.TableName(), tf.ColumnName(), tf.ColumnName())}, severity.Warning}, true
				}
			}
		}
	}
	return queryFinding{}, false
}

// failsAtPlaceholder reports whether PostgreSQL's parser stopped at a $n
// of sql: in a tagged template that is a ${…} where SQL text goes
// (`FROM "Email" ${orderBy}`), valid once Prisma splices the fragment in,
// so "syntax error at or near $1" would blame SQL that runs.
func failsAtPlaceholder(sql string, err error) bool {
	var pe *pgparser.Error
	if !errors.As(err, &pe) || pe.Cursorpos < 1 {
		return false
	}
	// The position counts characters, from 1.
	n := 0
	for i := range sql {
		if n++; n == pe.Cursorpos {
			return strings.HasPrefix(sql[i:], "$") && i+1 < len(sql) && sql[i+1] >= '0' && sql[i+1] <= '9'
		}
	}
	return false
}

// predicatePlaceholder spots a ${…} standing where a condition goes
// (`WHERE ${filter}`): a Prisma.sql fragment, not a value.
var predicatePlaceholder = lazyregexp.New(`(?i)\b(where|and|or|on|not)\s+\$\d+\s*(\)|$|;|\b(and|or|group|order|limit|offset|returning|having|union)\b)`)
