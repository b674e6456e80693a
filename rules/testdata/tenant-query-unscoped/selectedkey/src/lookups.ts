declare const prisma: any;

export async function findSlimHost(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId }, select: { status: true } });
  if (!h) throw new Error("not found");
  return h;
}

export async function findFullHost(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!h) throw new Error("not found");
  return h;
}

export async function listSlimHosts(organizationId: string) {
  return prisma.host.findMany({ where: { organizationId }, select: { status: true } });
}
