declare const prisma: any;

export async function dropFirstOfList(organizationId: string) {
  const [first] = await prisma.host.findMany({ where: { organizationId }, select: { status: true } });
  if (!first) return;
  await prisma.host.delete({ where: { id: first.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropIndexedIds(organizationId: string) {
  const hosts = await prisma.host.findMany({ where: { organizationId }, select: { status: true } });
  const ids = hosts.map((h: any) => h.id);
  await prisma.host.delete({ where: { id: ids[0] } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropIndexedAwait(organizationId: string) {
  const h: any = (await prisma.host.findMany({ where: { organizationId }, select: { status: true } }))[0];
  if (!h) return;
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

const findHostArrow = async (id: string, organizationId: string) => prisma.host.findFirstOrThrow({ where: { id, organizationId }, select: { status: true } });

export async function dropArrowHelped(id: string, organizationId: string) {
  const h: any = await findHostArrow(id, organizationId);
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropMapped2(organizationId: string) {
  const hosts = await prisma.host.findMany({ where: { organizationId }, select: { status: true } });
  const byId = new Map(hosts.map((h: any) => [h.id, h]));
  const ids = [...byId.keys()];
  await prisma.host.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropLinked(id: string, organizationId: string) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, select: { status: true } });
  if (!h) throw new Error("not found");
  await prisma.host.create({ data: { id: "n", organizationId, status: "x", project: { connect: { id: h.projectId } } } }); // want "create on \"Host\" links a \"Project\" by \\{ id \\} alone"
}

export async function dropRelatedSelectTrue(id: string, organizationId: string) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, select: { project: { omit: { id: true } } } });
  if (!h) throw new Error("not found");
  await prisma.project.deleteMany({ where: { id: h.project.id } }); // want "deleteMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function dropRelationNotLoaded(id: string, organizationId: string) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!h) throw new Error("not found");
  await prisma.project.deleteMany({ where: { id: h.project?.id } }); // want "deleteMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function keepRelatedSelectTrue(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId }, select: { project: true } });
  if (!h) throw new Error("not found");
  await prisma.project.deleteMany({ where: { id: h.project.id } });
}
