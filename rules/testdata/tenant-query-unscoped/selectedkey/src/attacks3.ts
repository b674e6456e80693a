declare const prisma: any;
import { findSlimHost, findFullHost, listSlimHosts } from "./lookups";

export async function dropImported(id: string, organizationId: string) {
  const h: any = await findSlimHost(id, organizationId);
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function keepImported(id: string, organizationId: string) {
  const h = await findFullHost(id, organizationId);
  await prisma.host.deleteMany({ where: { id: h.id } });
}

export async function dropImportedList(organizationId: string) {
  const hosts: any[] = await listSlimHosts(organizationId);
  for (const r of hosts) {
    await prisma.host.delete({ where: { id: r.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
  }
}

async function copyHost(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId }, select: { status: true } });
  if (!h) throw new Error("not found");
  return { ...h, seen: true };
}

export async function dropCopied(id: string, organizationId: string) {
  const h: any = await copyHost(id, organizationId);
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropThen(id: string, organizationId: string) {
  await prisma.host.findFirstOrThrow({ where: { id, organizationId }, select: { status: true } }).then(async (h: any) => {
    await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
  });
}

export async function dropTransaction(id: string, organizationId: string) {
  const [h] = await prisma.$transaction([prisma.host.findFirst({ where: { id, organizationId }, select: { status: true } })]);
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

class HostRepo {
  async find(id: string, organizationId: string) {
    const h = await prisma.host.findFirst({ where: { id, organizationId }, select: { status: true } });
    if (!h) throw new Error("not found");
    return h;
  }
  async drop(id: string, organizationId: string) {
    const h: any = await this.find(id, organizationId);
    await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
  }
}
export const repo = new HostRepo();
