declare const prisma: any;

// A row found in the tenant but selected without its key: `h.id` is
// undefined, a filter Prisma drops, and the write reaches every tenant's
// hosts.
export async function dropSelected(id: string, organizationId: string) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, select: { status: true } });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropOmitted(id: string, organizationId: string) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, omit: { id: true } });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropSelectedUnique(id: string, organizationId: string) {
  const h: any = await prisma.host.findUniqueOrThrow({ where: { id, organizationId }, select: { status: true } });
  await prisma.host.updateMany({ where: { id: h.id }, data: { status: "x" } }); // want "updateMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropSelectedFalse(id: string, organizationId: string) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, select: { id: false, status: true } });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

const pick = { status: true };
export async function dropConstSelect(id: string, organizationId: string) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, select: pick });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropDestructured(id: string, organizationId: string) {
  const { id: hostId } = await prisma.host.findFirstOrThrow({ where: { id, organizationId }, select: { status: true } });
  await prisma.host.deleteMany({ where: { id: hostId } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropMapped(organizationId: string) {
  const hosts = await prisma.host.findMany({ where: { organizationId }, select: { status: true } });
  const ids = hosts.map((r: any) => r.id);
  await prisma.host.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropLooped(organizationId: string) {
  const hosts = await prisma.host.findMany({ where: { organizationId }, select: { status: true } });
  for (const r of hosts) {
    await prisma.host.delete({ where: { id: r.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
  }
}

export async function dropElement(organizationId: string) {
  const hosts = await prisma.host.findMany({ where: { organizationId }, select: { status: true } });
  if (hosts.length === 0) return;
  await prisma.host.delete({ where: { id: hosts[0].id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

async function findHost(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId }, select: { status: true } });
  if (!h) throw new Error("not found");
  return h;
}

export async function dropHelped(id: string, organizationId: string) {
  const h: any = await findHost(id, organizationId);
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropProjectHosts(id: string, organizationId: string) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, select: { status: true } });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { projectId: h.projectId } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropRelated(id: string, organizationId: string) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, include: { project: { select: { name: true } } } });
  if (!h) throw new Error("not found");
  await prisma.project.deleteMany({ where: { id: h.project.id } }); // want "deleteMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// The twins: the key is in what the lookup gives back.
export async function keepSelected(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId }, select: { id: true, status: true } });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } });
}

export async function keepWhole(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } });
}

export async function keepOmitOther(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId }, omit: { status: true } });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } });
}

export async function keepIncluded(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId }, include: { project: true } });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } });
}

export async function keepMapped(organizationId: string) {
  const hosts = await prisma.host.findMany({ where: { organizationId }, select: { id: true } });
  const ids = hosts.map((r) => r.id);
  await prisma.host.deleteMany({ where: { id: { in: ids } } });
}

export async function keepLooped(organizationId: string) {
  const hosts = await prisma.host.findMany({ where: { organizationId }, select: { id: true } });
  for (const r of hosts) {
    await prisma.host.delete({ where: { id: r.id } });
  }
}

async function findKeptHost(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId }, select: { id: true } });
  if (!h) throw new Error("not found");
  return h;
}

export async function keepHelped(id: string, organizationId: string) {
  const h = await findKeptHost(id, organizationId);
  await prisma.host.deleteMany({ where: { id: h.id } });
}

export async function keepProjectHosts(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId }, select: { projectId: true } });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { projectId: h.projectId } });
}

export async function keepRelated(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId }, include: { project: true } });
  if (!h) throw new Error("not found");
  await prisma.project.deleteMany({ where: { id: h.project.id } });
}
