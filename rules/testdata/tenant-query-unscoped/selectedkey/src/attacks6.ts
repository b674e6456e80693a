declare const prisma: any;

export async function dropGrouped(organizationId: string) {
  const groups = await prisma.host.groupBy({ by: ["status"], where: { organizationId } });
  for (const g of groups) {
    await prisma.host.deleteMany({ where: { projectId: (g as any).projectId } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
  }
}

export async function dropCreatedSelected(organizationId: string, projectId: string) {
  const project = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
  if (!project) throw new Error("not found");
  const h: any = await prisma.host.create({ data: { organizationId, projectId: project.id, status: "new" }, select: { status: true } });
  await prisma.host.deleteMany({ where: { id: h.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function dropCreatedMany(organizationId: string, projectId: string) {
  const project = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
  if (!project) throw new Error("not found");
  const made = await prisma.host.createManyAndReturn({ data: [{ organizationId, projectId: project.id, status: "new" }], select: { status: true } });
  const ids = made.map((r: any) => r.id);
  await prisma.host.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function keepCreatedSelected(organizationId: string, projectId: string) {
  const project = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
  if (!project) throw new Error("not found");
  const h = await prisma.host.create({ data: { organizationId, projectId: project.id, status: "new" }, select: { id: true } });
  await prisma.host.deleteMany({ where: { id: h.id } });
}

export async function dropOptional(id: string, organizationId: string) {
  const h: any = await prisma.host.findFirst({ where: { id, organizationId }, select: { status: true } });
  await prisma.host.deleteMany({ where: { id: h?.id } }); // want "deleteMany on tenant-scoped \"Host\" does not filter by the tenant"
}
