declare const prisma: any;

// A let given by `??=`, or under a name in parentheses, cast or escaped,
// is given a query's row as plainly as by `doc = …`: the queries are
// still judged together, all awaited and of one model.
//
//	let doc = await prisma.doc.findFirst({ where: { id, organizationId } });
//	doc ??= await prisma.doc.create({ data: { title, organizationId } });
//	prisma.doc.update({ where: { id: doc.id }, … });
export async function ensureNullish(id: string, title: string, organizationId: string) {
  let doc = await prisma.doc.findFirst({ where: { id, organizationId } });
  doc ??= await prisma.doc.create({ data: { title, organizationId } });
  await prisma.doc.update({ where: { id: doc.id }, data: { title } });
}

// RT2: another model's row given under the name in parentheses, cast or
// escaped, each JavaScript's plain `doc = …`.
export async function parenthesized(id: string, projectId: string, organizationId: string) {
  let doc = await prisma.doc.findFirst({ where: { id, organizationId } });
  if (!doc) (doc) = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
  if (!doc) return;
  await prisma.doc.update({ where: { id: doc.id }, data: { title: "x" } }); // want "update on tenant-scoped \"Doc\" does not filter by the tenant"
}

export async function cast(id: string, projectId: string, organizationId: string) {
  let doc = await prisma.doc.findFirst({ where: { id, organizationId } });
  if (!doc) (doc as any) = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
  if (!doc) return;
  await prisma.doc.update({ where: { id: doc.id }, data: { title: "x" } }); // want "update on tenant-scoped \"Doc\" does not filter by the tenant"
}

export async function escaped(id: string, projectId: string, organizationId: string) {
  let doc = await prisma.doc.findFirst({ where: { id, organizationId } });
  if (!doc) d\u006fc = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
  if (!doc) return;
  await prisma.doc.update({ where: { id: doc.id }, data: { title: "x" } }); // want "update on tenant-scoped \"Doc\" does not filter by the tenant"
}

// RT2: `??=` and `||=` give the name what their right gives: another
// model's row, or a promise whose id is undefined.
export async function nullishOther(id: string, projectId: string, organizationId: string) {
  let doc = await prisma.doc.findFirst({ where: { id, organizationId } });
  doc ??= await prisma.project.findFirst({ where: { id: projectId, organizationId } });
  if (!doc) return;
  await prisma.doc.update({ where: { id: doc.id }, data: { title: "x" } }); // want "update on tenant-scoped \"Doc\" does not filter by the tenant"
}

export async function orUnawaited(id: string, organizationId: string) {
  let doc = await prisma.doc.findFirst({ where: { id, organizationId } });
  doc ||= prisma.doc.findFirst({ where: { id, organizationId } });
  await prisma.doc.deleteMany({ where: { id: doc.id } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter by the tenant"
}
