declare const prisma: any;

export async function dropChildren(organizationId: string) {
  const org: any = await prisma.organization.findUnique({ where: { id: organizationId }, include: { hosts: { select: { status: true } } } });
  if (!org) return;
  for (const h of org.hosts) {
    await prisma.host.delete({ where: { id: h.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
  }
}

export async function keepChildren(organizationId: string) {
  const org = await prisma.organization.findUnique({ where: { id: organizationId }, include: { hosts: true } });
  if (!org) return;
  for (const h of org.hosts) {
    await prisma.host.delete({ where: { id: h.id } });
  }
}

export async function dropInlineFound(organizationId: string) {
  await prisma.host.deleteMany({ where: { id: { in: (await prisma.host.findMany({ where: { organizationId }, select: { status: true } })).map((h: any) => h.id) } } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function keepInlineFound(organizationId: string) {
  await prisma.host.deleteMany({ where: { id: { in: (await prisma.host.findMany({ where: { organizationId }, select: { id: true } })).map((h: any) => h.id) } } });
}

export async function dropSetIds(organizationId: string) {
  const hosts = await prisma.host.findMany({ where: { organizationId }, select: { status: true } });
  const ids = new Set(hosts.map((h: any) => h.id));
  await prisma.host.deleteMany({ where: { id: { in: [...ids] } } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropArrayIds(id: string, organizationId: string) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, select: { status: true } });
  if (!h) throw new Error("not found");
  const ids = [h.id];
  await prisma.host.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropUpdateWriteBack(id: string, organizationId: string) {
  const h: any = await prisma.host.update({ where: { id, organizationId }, data: { status: "x" }, select: { status: true } });
  await prisma.host.update({ where: { id: h.id }, data: { status: "seen" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropFoundConst(organizationId: string) {
  const ids = (await prisma.host.findMany({ where: { organizationId }, select: { status: true } })).map((h: any) => h.id);
  await prisma.host.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function keepFoundConst(organizationId: string) {
  const ids = (await prisma.host.findMany({ where: { organizationId }, select: { id: true } })).map((h: any) => h.id);
  await prisma.host.deleteMany({ where: { id: { in: ids } } });
}
