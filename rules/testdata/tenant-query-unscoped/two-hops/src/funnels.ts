declare const prisma: any;

type Input = { organizationId: string; projectId: string; funnelId: string };

// The project found with the organization, then the funnel found by its
// id and that project, the function leaving when either is missing: the
// funnel is the organization's, and so are its writes by its id and its
// steps' by theirs (bklit's funnel router).
export async function updateFunnel(input: Input) {
  const project = await prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.organizationId } });
  if (!project) throw new Error("FORBIDDEN");
  const funnel = await prisma.funnel.findFirst({ where: { id: input.funnelId, projectId: input.projectId } });
  if (!funnel) throw new Error("NOT_FOUND");
  await prisma.$transaction(async (tx: any) => {
    await tx.funnelStep.deleteMany({ where: { funnelId: input.funnelId } });
  });
  return prisma.funnel.update({ where: { id: input.funnelId }, data: { name: "x" } });
}

// Near misses: the funnel found by another project, or without the exit,
// the project checked after the funnel's lookup, or not checked at all.
export async function otherProject(input: Input, projectId: string) {
  const project = await prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.organizationId } });
  if (!project) throw new Error("FORBIDDEN");
  const funnel = await prisma.funnel.findFirst({ where: { id: input.funnelId, projectId } }); // want "findFirst on tenant-scoped \"Funnel\" does not filter by the tenant"
  if (!funnel) throw new Error("NOT_FOUND");
  return prisma.funnel.update({ where: { id: input.funnelId }, data: { name: "x" } }); // want "update on tenant-scoped \"Funnel\" does not filter by the tenant"
}

export async function notLeft(input: Input) {
  const project = await prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.organizationId } });
  if (!project) throw new Error("FORBIDDEN");
  const funnel = await prisma.funnel.findFirst({ where: { id: input.funnelId, projectId: input.projectId } });
  if (!funnel) console.warn("NOT_FOUND");
  await prisma.funnelStep.deleteMany({ where: { funnelId: input.funnelId } }); // want "deleteMany on tenant-scoped \"FunnelStep\" does not filter by the tenant"
  return prisma.funnel.update({ where: { id: input.funnelId }, data: { name: "x" } }); // want "update on tenant-scoped \"Funnel\" does not filter by the tenant"
}

export async function projectAfter(input: Input) {
  const funnel = await prisma.funnel.findFirst({ where: { id: input.funnelId, projectId: input.projectId } }); // want "findFirst on tenant-scoped \"Funnel\" does not filter by the tenant"
  if (!funnel) throw new Error("NOT_FOUND");
  const project = await prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.organizationId } });
  if (!project) throw new Error("FORBIDDEN");
  return prisma.funnel.update({ where: { id: input.funnelId }, data: { name: "x" } }); // want "update on tenant-scoped \"Funnel\" does not filter by the tenant"
}

export async function projectUnchecked(input: Input) {
  await prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.organizationId } });
  const funnel = await prisma.funnel.findFirst({ where: { id: input.funnelId, projectId: input.projectId } }); // want "findFirst on tenant-scoped \"Funnel\" does not filter by the tenant"
  if (!funnel) throw new Error("NOT_FOUND");
  return prisma.funnel.update({ where: { id: input.funnelId }, data: { name: "x" } }); // want "update on tenant-scoped \"Funnel\" does not filter by the tenant"
}

export async function keyChanged(input: Input, other: string) {
  const project = await prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.organizationId } });
  if (!project) throw new Error("FORBIDDEN");
  let funnelId = input.funnelId;
  const funnel = await prisma.funnel.findFirst({ where: { id: funnelId, projectId: input.projectId } });
  if (!funnel) throw new Error("NOT_FOUND");
  funnelId = other;
  return prisma.funnel.update({ where: { id: funnelId }, data: { name: "x" } }); // want "update on tenant-scoped \"Funnel\" does not filter by the tenant"
}
