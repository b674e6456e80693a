declare const prisma: any;

export async function keepComparedParam(id: string, orgId: string) {
  const h = await prisma.host.findUnique({ where: { id }, select: { organizationId: true } });
  if (!h || h.organizationId !== orgId) throw new Error("not found");
  await prisma.host.delete({ where: { id } });
}

export async function dropComparedRowKey(id: string, orgId: string) {
  const h: any = await prisma.host.findUnique({ where: { id }, select: { organizationId: true } });
  if (!h || h.organizationId !== orgId) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropGuardedCompare(id: string, orgId: string) {
  const h: any = await prisma.host.findUnique({ where: { id }, select: { status: true } }); // want "findUnique on tenant-scoped \"Host\" does not filter by the tenant"
  if (!h) throw new Error("not found");
  if (h.organizationId && h.organizationId !== orgId) throw new Error("not yours");
  await prisma.host.delete({ where: { id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropUnselectedCompare(id: string, orgId: string) {
  const h: any = await prisma.host.findUnique({ where: { id }, select: { status: true } }); // want "findUnique on tenant-scoped \"Host\" does not filter by the tenant"
  if (h?.organizationId != null && h.organizationId !== orgId) throw new Error("not yours");
  await prisma.host.delete({ where: { id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function keepGuardedCompare(id: string, orgId: string) {
  const h = await prisma.host.findUnique({ where: { id }, select: { organizationId: true } });
  if (!h) throw new Error("not found");
  if (h.organizationId && h.organizationId !== orgId) throw new Error("not yours");
  await prisma.host.delete({ where: { id } });
}
