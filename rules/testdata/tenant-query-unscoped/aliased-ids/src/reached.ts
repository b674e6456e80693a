import type { Request } from "express";

declare const prisma: any;

// Ids collected from the organization's projects, then given a foreign id
// in a way no list of changes names: through an array literal, a `||`, a
// ternary, an indexed method, a Map, or a function that does so, hands
// the list on inside an object, or gives it back to be pushed to.
function addAll(options: { list: string[]; id: string }) {
  options.list.push(options.id);
}

function addThroughLiteral(list: string[], req: Request) {
  [list].forEach((l) => l.push(req.body.id));
}

function addThroughOptions(list: string[], req: Request) {
  addAll({ list, id: req.body.id });
}

function addThroughOr(list: string[], req: Request) {
  const l = list || [];
  l.push(req.body.id);
}

function addThroughTernary(list: string[], req: Request) {
  const l = req.body ? list : [];
  l.push(req.body.id);
}

function addThroughIndex(list: string[], req: Request) {
  list["push"](req.body.id);
}

function same(list: string[]) {
  return list;
}

export async function archiveThroughLiteral(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  addThroughLiteral(ids, req);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveThroughOptions(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  addThroughOptions(ids, req);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveThroughOr(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  addThroughOr(ids, req);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveThroughTernary(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  addThroughTernary(ids, req);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveThroughIndex(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  addThroughIndex(ids, req);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveGivenBack(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  same(ids).push(req.body.id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveInLiteral(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  [ids].forEach((l) => l.push(req.body.id));
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveThroughOrHere(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  (ids || []).push(req.body.id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveByIndexedMethod(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  const add = "push";
  ids[add](req.body.id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveLoopedLiteral(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  for (const l of [ids]) l.push(req.body.id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveThroughMap(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  const lists = new Map([["ids", ids]]);
  lists.get("ids")!.push(req.body.id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveThroughHolder(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  const bag = { list: ids };
  bag.list.push(req.body.id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveSortedThenPushed(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  ids.sort().push(req.body.id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// Twins: functions and a caller that only read the list, in the same
// shapes: the list tested, counted, looped over, copied, sorted, given to
// a query directly or through a const where, a `??` of it mapped.
function readOnly(list: string[], orgId: string) {
  if (!list || list.length === 0) return [];
  const fallback = list ?? [];
  const copy = [...list];
  copy.push("another");
  list.sort();
  for (const id of list) console.log(id);
  const where = { organizationId: orgId, projectId: { in: list } };
  where.organizationId = orgId;
  return prisma.task.findMany({ where, take: fallback.map((x) => x).length });
}

export async function archiveReadOnly(orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  await readOnly(ids, orgId);
  const first = ids[0];
  const some = (ids ?? []).filter((id: string) => id !== first);
  const where = { id: { in: ids } };
  console.log(`archiving ${ids}`, some, { ids });
  await prisma.project.updateMany({ where, data: { name: "archived" } });
  return prisma.project.deleteMany({ where: { id: { in: ids } } });
}

// A callback given to an array method receives the array itself when it
// takes a third parameter (a fourth for reduce), however it takes it: by
// a function named rather than written there, by a rest parameter, or
// through `arguments`.
function pushToList(_id: string, _at: number, list: string[]) {
  list.push("foreign");
}

export async function archiveCallbackNamed(orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  ids.forEach(pushToList);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveCallbackRest(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  ids.forEach((...args: any[]) => args[2].push(req.body.id));
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveCallbackArguments(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  ids.some(function () {
    arguments[2].push(req.body.id);
    return true;
  });
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// Twin: callbacks that take the element and its index only, named or
// built in.
function logProject(id: string, at: number) {
  console.log(at, id);
}

export async function archiveCallbacksRead(orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  ids.forEach(logProject);
  const kept = ids.filter(Boolean).map(String);
  return prisma.project.findMany({ where: { id: { in: ids }, name: { in: kept } } });
}

// Array.from copies the elements of what it is given: of a literal that
// holds the list, the list itself.
export async function archiveFromLiteral(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  Array.from([ids])[0].push(req.body.id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// Twin: the list's own elements copied, a literal holding it logged.
export async function archiveFromList(orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  Array.from(ids).push("another");
  console.log(JSON.stringify([ids]));
  return prisma.project.findMany({ where: { id: { in: ids } } });
}

// A function declared after the query is hoisted: called before it, it
// pushes before the query runs.
export async function archiveHoistedPush(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  addRequested();
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"

  function addRequested() {
    ids.push(req.body.id);
  }
}

// Twin: the function declared after the query only reads the list.
export async function archiveHoistedRead(orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  report();
  return prisma.project.findMany({ where: { id: { in: ids } } });

  function report() {
    console.log(ids.length);
  }
}

// A tagged template hands what it substitutes to its tag, a function.
function listTag(_parts: TemplateStringsArray, list: string[]) {
  list.push("foreign");
  return "";
}

export async function archiveTagged(orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  listTag`${ids}`;
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// Twin: the list substituted into a string, and into SQL built by
// Prisma.sql.
declare const Prisma: { sql(parts: TemplateStringsArray, ...values: unknown[]): unknown };

export async function archiveSubstituted(orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  const clause = Prisma.sql`"projectId" = ANY(${ids})`;
  console.log(`${ids}`, clause);
  return prisma.project.findMany({ where: { id: { in: ids } } });
}

// Twin: a const where holding the list spread into a query's where.
export async function archiveSpreadWhere(orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  const where = { organizationId: orgId, projectId: { in: ids } };
  await prisma.task.findMany({ where: { ...where, title: "open" } });
  return prisma.project.findMany({ where: { id: { in: ids } } });
}

// A helper that gives the list to a variable of the module lets it out
// of the helper: any code may push through that name later.
let remembered: string[] = [];
function remember(list: string[]) {
  remembered = list;
}
function addRemembered(id: string) {
  remembered.push(id);
}

export async function archiveRemembered(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  remember(ids);
  addRemembered(req.body.id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// Twin: a helper that gives the list a name of its own, only read.
function countOf(list: string[]) {
  const held = list;
  return held.length;
}

export async function archiveCounted(orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  countOf(ids);
  return prisma.project.findMany({ where: { id: { in: ids } } });
}

// An element set as the target of a destructuring or of a loop.
function setFirstByPattern(list: string[], id: string) {
  [list[0]] = [id];
}
function setFirstByDefault(list: string[], id: string) {
  ({ first: list[0] = id } = {} as { first?: string });
}
function setFirstByLoop(list: string[], id: string) {
  for (list[0] of [id]);
}

export async function archiveFirstByPattern(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  setFirstByPattern(ids, req.body.id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveFirstByDefault(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  setFirstByDefault(ids, req.body.id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveFirstByLoop(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  setFirstByLoop(ids, req.body.id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// Twin: elements read into a destructuring's values and defaults.
function firstTwo(list: string[]) {
  const [a = list[0], b] = [list[1], list[2]];
  const { c = list[0] } = {} as { c?: string };
  return [a, b, c];
}

export async function archiveFirstTwo(orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  firstTwo(ids);
  return prisma.project.findMany({ where: { id: { in: ids } } });
}

// The rows' ids set before they are mapped: the list holds the ids
// written, not the ones found.
export async function archiveRowsAssigned(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  projects.forEach((p: { id: string }) => Object.assign(p, req.body));
  const ids = projects.map((p: { id: string }) => p.id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveRowAssigned(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const first = projects[0];
  Object.assign(first, req.body);
  const ids = projects.map(({ id }: { id: string }) => id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// Twin: another field of the rows set before the ids are mapped.
export async function archiveRowsRenamed(orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  projects.forEach((p: { name: string }) => Object.assign(p, { name: p.name.trim() }));
  const ids = projects.map((p: { id: string }) => p.id);
  return prisma.project.findMany({ where: { id: { in: ids } } });
}

// Twin: a deep copy of the list grown, the list itself left as it is.
export async function archiveClonedCopy(orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  const extended = structuredClone(ids);
  extended.push("another");
  return prisma.project.findMany({ where: { id: { in: ids } } });
}

// A query in a function kept to run later sees what is done to the list
// before it is called.
export async function archiveLater(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  const archive = () => prisma.project.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Project\" does not filter by the tenant"
  addThroughIndex(ids, req);
  await archive();
}

// Twin: the function kept is called before the list is grown.
export async function archiveLaterCalledFirst(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  const archive = () => prisma.project.deleteMany({ where: { id: { in: ids } } });
  await archive();
  addThroughIndex(ids, req);
  return ids;
}

// The same kept in an object, or handed to a call not awaited, which may
// run it later.
declare function enqueue(job: () => Promise<unknown>): Promise<void>;

export async function archiveKeptInObject(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  const jobs = { archive: () => prisma.project.deleteMany({ where: { id: { in: ids } } }) }; // want "deleteMany on tenant-scoped \"Project\" does not filter by the tenant"
  addThroughIndex(ids, req);
  await jobs.archive();
}

export async function archiveQueued(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  const queued = enqueue(() => prisma.project.deleteMany({ where: { id: { in: ids } } })); // want "deleteMany on tenant-scoped \"Project\" does not filter by the tenant"
  addThroughIndex(ids, req);
  await queued;
}

// Twin: the call given the query is awaited before the list is grown.
export async function archiveQueuedFirst(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  await enqueue(() => prisma.project.deleteMany({ where: { id: { in: ids } } }));
  addThroughIndex(ids, req);
}

class Archiver {
  pending?: () => Promise<unknown>;

  async archiveKeptOnThis(req: Request, orgId: string) {
    const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
    const ids = projects.map((p: { id: string }) => p.id);
    this.pending = () => prisma.project.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Project\" does not filter by the tenant"
    addThroughIndex(ids, req);
    await this.pending();
  }
}

// The same copy of a literal when the ids are mapped from the query in
// one statement, a shape whose proof hands no call to handedBefore.
export async function archiveFromLiteralInline(req: Request, orgId: string) {
  const ids = (await prisma.project.findMany({ where: { organizationId: orgId } })).map((p: { id: string }) => p.id);
  Array.from([ids])[0].push(req.body.id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// Twin: a literal holding the list logged, in the same shape.
export async function archiveLoggedInline(orgId: string) {
  const ids = (await prisma.project.findMany({ where: { organizationId: orgId } })).map((p: { id: string }) => p.id);
  console.log(JSON.stringify([ids]), [ids]);
  return prisma.project.findMany({ where: { id: { in: ids } } });
}
