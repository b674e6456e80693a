declare const prisma: any;

// A let given the rows of queries, each judged where it is made: the
// proofs that follow the name take it to hold the row of the query bound
// to it, so every query it is given must be awaited and of one model.
//
//	let doc = await prisma.doc.findFirst({ where: { id, organizationId } });
//	if (!doc) doc = await prisma.doc.create({ data: { title, organizationId } });
//	prisma.doc.update({ where: { id: doc.id }, … });
export async function ensure(id: string, title: string, organizationId: string) {
  let doc = await prisma.doc.findFirst({ where: { id, organizationId } });
  if (!doc) doc = await prisma.doc.create({ data: { title, organizationId } });
  await prisma.doc.update({ where: { id: doc.id }, data: { title } });
}

// Leaks: a lookup given unawaited, first or in a branch, leaves a promise
// whose id is undefined, and deleteMany drops the filter; the awaited
// lookup beside it proves nothing of it.
export async function firstUnawaited(id: string, organizationId: string, refresh: boolean) {
  let doc = prisma.doc.findFirst({ where: { id, organizationId } });
  if (refresh) doc = await prisma.doc.findFirst({ where: { id, organizationId } });
  await prisma.doc.deleteMany({ where: { id: doc.id } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter by the tenant"
}

export async function branchUnawaited(id: string, organizationId: string, cached: boolean) {
  let doc = undefined;
  if (cached) doc = prisma.doc.findFirst({ where: { id, organizationId } });
  else doc = await prisma.doc.findFirst({ where: { id, organizationId } });
  await prisma.doc.deleteMany({ where: { id: doc.id } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter by the tenant"
}

// Leaks: a row of another model given to the let, found or made in the
// tenant, whose id may be another tenant's Doc's id.
export async function projectFallback(id: string, projectId: string, organizationId: string) {
  let doc = await prisma.doc.findFirst({ where: { id, organizationId } });
  if (!doc) doc = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
  if (!doc) return;
  await prisma.doc.update({ where: { id: doc.id }, data: { title: "x" } }); // want "update on tenant-scoped \"Doc\" does not filter by the tenant"
}

export async function projectFirst(id: string, projectId: string, organizationId: string) {
  let doc = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
  if (!doc) doc = await prisma.doc.findFirst({ where: { id, organizationId } });
  if (!doc) return;
  await prisma.doc.update({ where: { id: doc.id }, data: { title: "x" } }); // want "update on tenant-scoped \"Doc\" does not filter by the tenant"
}

export async function projectMade(id: string, organizationId: string) {
  let doc = await prisma.doc.findFirst({ where: { id, organizationId } });
  if (!doc) doc = await prisma.project.create({ data: { name: "x", organizationId } });
  await prisma.doc.update({ where: { id: doc.id }, data: { title: "x" } }); // want "update on tenant-scoped \"Doc\" does not filter by the tenant"
}
