declare const prisma: any;

async function hostIdOf(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId }, select: { status: true } });
  if (!h) throw new Error("not found");
  return h.id;
}

export async function dropHelperKey(id: string, organizationId: string) {
  const hostId = await hostIdOf(id, organizationId);
  await prisma.host.deleteMany({ where: { id: hostId } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropMapGet(organizationId: string, key: string) {
  const hosts = await prisma.host.findMany({ where: { organizationId }, select: { status: true } });
  const byStatus = new Map(hosts.map((h: any) => [h.status, h]));
  const h: any = byStatus.get(key);
  if (!h) return;
  await prisma.host.delete({ where: { id: h.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropIncludedKeys(organizationId: string) {
  const org: any = await prisma.organization.findUnique({ where: { id: organizationId }, include: { hosts: { select: { status: true } } } });
  if (!org) return;
  const ids = org.hosts.map((h: any) => h.id);
  await prisma.host.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropIncludedProject(id: string, organizationId: string) {
  const p: any = await prisma.project.findFirst({ where: { id, organizationId }, include: { hosts: { select: { status: true } } } });
  if (!p) return;
  await prisma.host.deleteMany({ where: { id: { in: p.hosts.map((h: any) => h.id) } } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function keepIncludedKeys(organizationId: string) {
  const org = await prisma.organization.findUnique({ where: { id: organizationId }, include: { hosts: { select: { id: true } } } });
  if (!org) return;
  const ids = org.hosts.map((h: any) => h.id);
  await prisma.host.deleteMany({ where: { id: { in: ids } } });
}
