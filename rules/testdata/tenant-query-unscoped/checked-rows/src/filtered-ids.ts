declare const prisma: any;

// Ids of the tenant's rows narrowed and mapped in one expression are ids
// of the tenant's rows: inbox-zero's
// `activeTrackers.filter((t) => !t.resolved).map((t) => t.id)`.
export async function resolve(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const ids = docs.filter((d: any) => d.sheet).map((d: any) => d.id);
  await prisma.document.deleteMany({ where: { id: { in: ids } } });
  await prisma.document.updateMany({ where: { id: { in: docs.filter((d: any) => d.sheet).filter((d: any) => d.links).map((d: any) => d.id) } }, data: { sheet: false } });
}

// Rows read without the tenant are anyone's, narrowed or not.
export async function resolveAll() {
  const docs = await prisma.document.findMany({ where: { sheet: true } }); // want "findMany on tenant-scoped \"Document\" does not filter"
  const ids = docs.filter((d: any) => d.sheet).map((d: any) => d.id);
  await prisma.document.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

// A filter whose callback writes to the element may change its id.
export async function resolveRewritten(teamId: string, other: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const ids = docs.filter((d: any) => { d.id = other; return true; }).map((d: any) => d.id);
  await prisma.document.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

// A list the caller gave is not the tenant's.
export async function resolveGiven(given: { id: string; sheet: boolean }[]) {
  const ids = given.filter((d) => d.sheet).map((d) => d.id);
  await prisma.document.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

// Another field than the id is no id of those rows.
export async function resolveByName(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const ids = docs.filter((d: any) => d.sheet).map((d: any) => d.name);
  await prisma.document.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

declare function retry<T>(fn: () => T): T;

// A closure sees the consts of the function it is in: inbox-zero's
// `withPrismaRetry(() => prisma.threadTracker.updateMany(…))`.
export async function resolveRetried(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const ids = docs.filter((d: any) => d.sheet).map((d: any) => d.id);
  await retry(() => prisma.document.deleteMany({ where: { id: { in: ids } } }));
}

// A const of a block that does not hold the closure is another list.
export async function resolveRetriedElsewhere(teamId: string, ids: string[]) {
  if (teamId) {
    const docs = await prisma.document.findMany({ where: { teamId } });
    const ids = docs.filter((d: any) => d.sheet).map((d: any) => d.id);
    await prisma.document.deleteMany({ where: { id: { in: ids } } });
  }
  await retry(() => prisma.document.deleteMany({ where: { id: { in: ids } } })); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

// Rows read without the tenant stay anyone's inside the closure too.
export async function resolveRetriedAll() {
  const docs = await prisma.document.findMany({ where: { sheet: true } }); // want "findMany on tenant-scoped \"Document\" does not filter"
  const ids = docs.filter((d: any) => d.sheet).map((d: any) => d.id);
  await retry(() => prisma.document.deleteMany({ where: { id: { in: ids } } })); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}
