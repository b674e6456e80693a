import { prisma } from "./lib/db";

// A later entry replaces what a spread put there.
export async function spreads(organizationId: string, id: string, cond: boolean) {
  const scoped = { organizationId };
  await prisma.project.findMany({ where: { ...scoped, organizationId: undefined } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { ...{ organizationId }, organizationId: undefined } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { ...{ organizationId }, organizationId: { not: id } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { ...(cond ? { organizationId } : { organizationId, id }), organizationId: undefined } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { ...scoped, get organizationId() { return undefined; } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { ...(cond ? { organizationId } : { organizationId, id }), ...(cond ? { organizationId: undefined } : {}) } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { ...{ ...{ organizationId } }, ...(cond ? { organizationId: undefined } : {}) } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { ...{ ...scoped, organizationId: undefined } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { ...{ ...scoped }, organizationId: undefined } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { ...(cond && scoped), organizationId: undefined } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { ...(cond ? scoped : { organizationId }), organizationId: { not: id } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { ...scoped, id } });
  await prisma.project.findMany({ where: { ...(cond ? { organizationId } : { organizationId, id }), id } });
  await prisma.project.findMany({ where: { ...(cond ? { organizationId } : { organizationId, id }), ...(cond ? { id } : {}) } });
  await prisma.project.findMany({ where: { ...{ ...{ organizationId } }, id } });
  await prisma.project.findMany({ where: { ...{ ...scoped, id } } });
  await prisma.project.findMany({ where: { ...scoped, organizationId } });
  await prisma.project.findMany({ where: { id: undefined, ...scoped } });
}

// A scope helper's object is read; a later entry of one of its keys
// replaces it.
function scopeWhere(organizationId: string) {
  return { organizationId, name: "live" };
}

export async function helperSpreads(organizationId: string, id: string) {
  await prisma.project.findMany({ where: { ...scopeWhere(organizationId), id } });
  await prisma.project.findMany({ where: { ...scopeWhere(organizationId), organizationId: undefined } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { ...scopeWhere(organizationId), organizationId: { not: id } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { ...scopeWhere(organizationId), ...(id ? { id } : {}) } });
  await prisma.project.findMany({ where: { ...scopeWhere(organizationId), ...(id ? { organizationId: undefined } : {}) } }); // want "on tenant-scoped"
}
