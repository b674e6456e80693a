import { prisma } from "./lib/db";

// The last entry of a name wins in an object literal.
export async function keys(organizationId: string, id: string, field: string, where: any) {
  await prisma.project.findMany({ where: { organizationId, organizationId: undefined } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: organizationId, "organizationId": undefined } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId, ["organizationId"]: undefined } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId, organizationId: { not: organizationId } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId, get organizationId() { return undefined; } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { get organizationId() { return organizationId; } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId, [field]: undefined } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId, ...where } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId, ...{ organizationId: undefined } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { __proto__: { organizationId } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { [`organizationId`]: organizationId } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationI\u0064: undefined, organizationId } });
  await prisma.project.findMany({ where: { organizationId: undefined, organizationId } });
  await prisma.project.findMany({ where: { ...where, organizationId } });
  await prisma.project.findMany({ where: { [field]: id, organizationId } });
  await prisma.project.findMany({ where: { ["organizationId"]: organizationId } });
  await prisma.project.findMany({ where: { "organizationId": organizationId } });
  await prisma.project.update({ where: { id, organizationId }, data: {}, where: { id } }); // want "on tenant-scoped"
}

// AND, OR and NOT.
export async function logic(organizationId: string, id: string, conds: any[]) {
  await prisma.project.findMany({ where: { NOT: { organizationId } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { NOT: [{ organizationId }] } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { NOT: { NOT: { organizationId } } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { OR: [{ organizationId }, { id }] } }); // want "OR branch"
  await prisma.project.findMany({ where: { OR: [{ organizationId }, {}] } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { OR: [{ organizationId }, { AND: [] }] } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { OR: [{ organizationId }, ...conds] } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { OR: [{ AND: [{ organizationId }, { id }] }, { AND: [{ id }] }] } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { OR: [{ AND: [{ organizationId }, { id }] }, { organizationId, id: "x" }] } });
  await prisma.project.findMany({ where: { OR: { organizationId } } });
  await prisma.project.findMany({ where: { OR: [] } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { AND: [{ id }, ...conds] } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { AND: [...conds, { organizationId }] } });
  await prisma.project.findMany({ where: { AND: { organizationId, OR: [{ id }] } } });
  await prisma.project.findMany({ where: { AND: [{ OR: [{ organizationId }, { id }] }] } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { AND: [{ NOT: { id } }, { organizationId }] } });
  await prisma.project.findMany({ where: { AND: [{ organizationId: undefined }] } }); // want "may be undefined"
  await prisma.project.findMany({ where: { AND: [{ organizationId }, { organizationId: undefined }] } });
  await prisma.project.findMany({ where: { AND: [undefined, { id }] } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { AND: [{ organizationId }, undefined] } });
}
