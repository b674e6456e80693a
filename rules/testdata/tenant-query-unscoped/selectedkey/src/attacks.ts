declare const prisma: any;

export async function dropPushed(organizationId: string) {
  const hosts = await prisma.host.findMany({ where: { organizationId }, select: { status: true } });
  const ids: string[] = [];
  for (const h of hosts) ids.push(h.id);
  await prisma.host.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropConstArgs(id: string, organizationId: string) {
  const args = { where: { id, organizationId }, select: { status: true } };
  const h: any = await prisma.host.findFirst(args);
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropPicked(id: string, organizationId: string) {
  const hosts = await prisma.host.findMany({ where: { organizationId }, select: { status: true } });
  const h: any = hosts.find((x: any) => x.status === id);
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropHeldKey(id: string, organizationId: string) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, select: { status: true } });
  if (!h) throw new Error("not found");
  const hostId = h.id;
  await prisma.host.deleteMany({ where: { id: hostId } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropLet(id: string, organizationId: string) {
  let h: any = await prisma.host.findFirst({ where: { id, organizationId }, select: { status: true } });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropAll(id: string, organizationId: string) {
  const [h] = await Promise.all([prisma.host.findFirst({ where: { id, organizationId }, select: { status: true } })]);
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropUpdated(id: string, organizationId: string) {
  const h: any = await prisma.host.update({ where: { id, organizationId }, data: { status: "y" }, select: { status: true } });
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropSpreadSelect(id: string, organizationId: string, extra: any) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, select: { ...extra, status: true } });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropDestructuredField(id: string, organizationId: string) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, select: { status: true } });
  if (!h) throw new Error("not found");
  const { id: hostId } = h;
  await prisma.host.deleteMany({ where: { id: hostId } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropFiltered(organizationId: string) {
  const hosts = await prisma.host.findMany({ where: { organizationId }, select: { status: true } });
  const live = hosts.filter((h: any) => h.status === "live");
  await prisma.host.deleteMany({ where: { id: { in: live.map((h: any) => h.id) } } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropNestedSelect(id: string, organizationId: string) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, select: { project: { select: { name: true } } } });
  if (!h) throw new Error("not found");
  await prisma.project.deleteMany({ where: { id: h.project.id } }); // want "deleteMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function keepNestedSelect(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId }, select: { project: { select: { id: true } } } });
  if (!h) throw new Error("not found");
  await prisma.project.deleteMany({ where: { id: h.project.id } });
}

export async function keepPushed(organizationId: string) {
  const hosts = await prisma.host.findMany({ where: { organizationId }, select: { id: true } });
  const ids: string[] = [];
  for (const h of hosts) ids.push(h.id);
  await prisma.host.deleteMany({ where: { id: { in: ids } } });
}

export async function dropCaught(id: string, organizationId: string) {
  const h: any = await prisma.host.findFirstOrThrow({ where: { id, organizationId }, select: { status: true } }).catch(() => {
    throw new Error("not found");
  });
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropChosen(id: string | undefined, organizationId: string) {
  const h: any = id ? await prisma.host.findFirst({ where: { id, organizationId }, select: { status: true } }) : null;
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function keepCaught(id: string, organizationId: string) {
  const h = await prisma.host.findFirstOrThrow({ where: { id, organizationId }, select: { id: true } }).catch(() => {
    throw new Error("not found");
  });
  await prisma.host.deleteMany({ where: { id: h.id } });
}

export async function keepAll(id: string, organizationId: string) {
  const [h] = await Promise.all([prisma.host.findFirst({ where: { id, organizationId }, select: { id: true } })]);
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } });
}

export async function dropParamSelect(id: string, organizationId: string, pickFields: any) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, select: pickFields });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropMaybeSelected(id: string, organizationId: string, full: boolean) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, select: { status: true, ...(full && { id: true }) } });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropMaybeOmitted(id: string, organizationId: string, slim: boolean) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, ...(slim ? { select: { status: true } } : {}) });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropArgsSpread(id: string, organizationId: string, extra: any) {
  const h: any = await prisma.host.findFirst({ ...extra, where: { id, organizationId } });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

const hostSelect = { id: true, status: true };

export async function keepConstSelect(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId }, select: hostSelect });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } });
}

export async function keepPaged(organizationId: string, page?: number) {
  const hosts = await prisma.host.findMany({ where: { organizationId }, ...(page && { skip: page * 10, take: 10 }), include: { ...(page ? { project: true } : {}) } });
  const ids = hosts.map((h) => h.id);
  await prisma.host.deleteMany({ where: { id: { in: ids } } });
}

export async function dropPaged(organizationId: string, page?: number) {
  const hosts = await prisma.host.findMany({ where: { organizationId }, ...(page && { skip: page * 10, take: 10 }), select: { status: true } });
  const ids = hosts.map((h: any) => h.id);
  await prisma.host.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

// A module's select the file changes selects what the change leaves.
export const sharedSelect = { id: true, status: true };
export function slimDown() {
  delete (sharedSelect as any).id;
}
export async function dropSharedSelect(id: string, organizationId: string) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, select: sharedSelect });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export const exportedSelect = { id: true, status: true };
export async function keepExportedSelect(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId }, select: exportedSelect });
  if (!h) throw new Error("not found");
  await prisma.host.deleteMany({ where: { id: h.id } });
}
export async function keepExportedSelectAgain(id: string, organizationId: string) {
  const h = await prisma.host.findFirst({ where: { id, organizationId }, select: exportedSelect });
  if (!h) throw new Error("not found");
  await prisma.host.delete({ where: { id: h.id } });
}
