import { prisma } from "./lib/db";

// A filter built apart from the where is read as written.
export async function built(organizationId: string, id: string, cond: boolean, other: string) {
  const notMine = { not: organizationId };
  await prisma.project.findMany({ where: { organizationId: notMine } }); // want "on tenant-scoped"
  const loose = { equals: organizationId, mode: "insensitive" };
  await prisma.project.findMany({ where: { organizationId: loose } }); // want "on tenant-scoped"
  const mine = { equals: organizationId };
  await prisma.project.findMany({ where: { organizationId: mine } });
  const orgs = { in: [organizationId, other] };
  await prisma.project.findMany({ where: { organizationId: orgs } });
  await prisma.task.findMany({ where: { project: { organizationId: notMine } } }); // want "on tenant-scoped"
  const scoped = { organizationId };
  await prisma.project.findMany({ where: cond ? scoped : undefined }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: cond ? scoped : { id } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: cond ? scoped : { id, organizationId } });
  await prisma.project.findMany({ where: Object.assign({}, scoped, { organizationId: undefined }) }); // want "on tenant-scoped"
  const where: any = { organizationId };
  where.organizationId = undefined;
  await prisma.project.findMany({ where }); // want "on tenant-scoped"
  const where2: any = { organizationId };
  delete where2.organizationId;
  await prisma.project.findMany({ where: where2 }); // want "on tenant-scoped"
  const where3 = { organizationId };
  Object.assign(where3, { organizationId: undefined });
  await prisma.project.findMany({ where: where3 }); // want "on tenant-scoped"
  const where4 = { organizationId };
  where4["organizationId"] = other;
  await prisma.project.findMany({ where: where4 }); // want "on tenant-scoped"
}

export async function builtChanged(organizationId: string) {
  const mine = { equals: organizationId };
  (mine as any).mode = "insensitive";
  await prisma.project.findMany({ where: { organizationId: mine } }); // want "on tenant-scoped"
  const mine2: any = { equals: organizationId };
  mine2.mode = "insensitive";
  await prisma.project.findMany({ where: { organizationId: mine2 } }); // want "on tenant-scoped"
}
