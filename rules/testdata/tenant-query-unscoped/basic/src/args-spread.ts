declare const prisma: any;
declare function pagination(): any;

// The arguments are an object literal: the last where wins. A spread of
// the arguments the rule reads (a const object, a choice of literals) is
// judged entry by entry; one it cannot read may carry a where.

// Quiet: the where comes whole from a const object of this function, or
// a spread that holds no where.
export async function dashboard(organizationId: string, cursor?: string) {
  const query = { where: { organizationId } };
  const projects = await prisma.project.count({ ...query });
  const page = await prisma.project.findMany({ where: { organizationId }, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) });
  const first = await prisma.project.findMany({ ...pagination(), where: { organizationId } });
  return { projects, page, first };
}

// Near misses: a const whose where lacks the tenant, a spread that
// replaces a scoped where, a choice whose one side has no where, a spread
// with no where at all (a paged export of every tenant).
export async function leaks(organizationId: string, id: string, all: boolean, cursor?: string) {
  const byId = { where: { id } };
  await prisma.project.count({ ...byId }); // want "count on tenant-scoped \"Project\" does not filter by the tenant"
  const other = { where: { id } };
  await prisma.project.findMany({ where: { organizationId }, ...other }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
  await prisma.project.findMany({ where: { organizationId }, ...(all ? { where: {} } : {}) }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
  await prisma.project.findMany({ ...(all ? {} : { where: { organizationId } }) }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
  await prisma.project.findMany({ take: 100, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) }); // want "findMany on tenant-scoped \"Project\" has no where"
}

// A spread the rule cannot read after a scoped where may replace it: a
// notice that says to put it first. Before the where, or after a where
// the rule cannot see anyway, it says what it said before.
export async function unseen(organizationId: string, options: any, where: any) {
  await prisma.project.findMany({ where: { organizationId }, ...options }); // want "cannot see the where of findMany on tenant-scoped \"Project\": a spread after it may replace it; put the spread before where"
  await prisma.project.findMany({ ...options, where: { organizationId } });
  await prisma.project.findMany({ where, ...options }); // want "cannot see the where of findMany on tenant-scoped \"Project\"; build it as a const object in this function"
  await prisma.project.findMany({ ...options }); // want "cannot see the where of findMany on tenant-scoped \"Project\"; build it as a const object in this function"
}

// A lookup's where proves the id it names only when no later spread of
// its arguments may replace it: the row compared or found may be
// another's. A spread the rule cannot read proves nothing either, so the
// write by id alone is the error it is without the lookup.
export async function renameChecked(organizationId: string, id: string) {
  const doc = await prisma.project.findUnique({ where: { id }, ...(false && { take: 1 }) });
  if (!doc || doc.organizationId !== organizationId) throw new Error("not found");
  return prisma.project.update({ where: { id }, data: { name: "x" } });
}

export async function renameReplaced(organizationId: string, id: string, otherId: string) {
  const other = { where: { id: otherId } };
  const doc = await prisma.project.findUnique({ where: { id }, ...other });
  if (!doc || doc.organizationId !== organizationId) throw new Error("not found");
  return prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function renameOptions(organizationId: string, id: string, options: any) {
  const doc = await prisma.project.findUnique({ where: { id }, ...options });
  if (!doc || doc.organizationId !== organizationId) throw new Error("not found");
  return prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function renameFound(organizationId: string, id: string, options: any) {
  const doc = await prisma.project.findFirst({ where: { id, organizationId }, ...options }); // want "a spread after it may replace it"
  if (!doc) throw new Error("not found");
  return prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function renameFoundFirst(organizationId: string, id: string, options: any) {
  const doc = await prisma.project.findFirst({ ...options, where: { id, organizationId } });
  if (!doc) throw new Error("not found");
  return prisma.project.update({ where: { id }, data: { name: "x" } });
}
