import { prisma } from "./lib/db";

// AND and OR given by a choice.
export async function chosen(organizationId: string, id: string, cond: boolean, maybe?: string) {
  await prisma.project.findMany({ where: { AND: cond ? [{ organizationId }] : [] } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { AND: cond ? { organizationId } : {} } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { AND: cond ? { organizationId } : undefined } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { OR: cond ? [{ organizationId }] : [{ id }] } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { OR: [{ organizationId }, ...(cond ? [{ id }] : [])] } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { AND: cond ? { organizationId } : { organizationId, id } } });
  await prisma.project.findMany({ where: cond ? { organizationId } : { organizationId, id } });
  await prisma.project.findMany({ where: cond ? { organizationId } : {} }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: cond ? organizationId : { not: organizationId } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: cond ? organizationId : { equals: organizationId } } });
  await prisma.project.findMany({ where: { organizationId: maybe ?? { not: organizationId } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: maybe || { gt: "" } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: cond && { not: organizationId } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: maybe ?? organizationId } });
  await prisma.project.findMany({ where: { organizationId: maybe ?? { equals: organizationId } } });
  await prisma.project.findMany({ where: { organizationId: maybe ?? undefined } }); // want "may be undefined"
  await prisma.task.findMany({ where: { project: cond ? { organizationId } : {} } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: cond ? { organizationId } : { isNot: { organizationId } } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: cond ? { organizationId } : { is: { organizationId } } } });
}

export async function chosenConst(organizationId: string, cond: boolean) {
  const v = cond ? organizationId : { not: organizationId };
  await prisma.project.findMany({ where: { organizationId: v } }); // want "on tenant-scoped"
  const w = cond ? organizationId : { equals: organizationId };
  await prisma.project.findMany({ where: { organizationId: w } });
  const x = organizationId;
  await prisma.project.findMany({ where: { organizationId: x } });
}
