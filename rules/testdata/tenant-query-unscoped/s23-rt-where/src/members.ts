import { prisma } from "./lib/db";

// A where read from an object built in the function.
export async function members(organizationId: string, id: string) {
  const opts: any = { where: { organizationId } };
  opts.where = { id };
  await prisma.project.findMany(opts); // want "on tenant-scoped"
  await prisma.project.findMany({ where: opts.where }); // want "on tenant-scoped"
  const o2: any = { where: { organizationId } };
  o2.where.organizationId = undefined;
  await prisma.project.findMany(o2); // want "on tenant-scoped"
  await prisma.project.findMany({ where: o2.where }); // want "on tenant-scoped"
  const o3 = { where: { organizationId } };
  delete (o3.where as any).organizationId;
  await prisma.project.findMany({ where: o3.where }); // want "on tenant-scoped"
  const o4 = { where: { organizationId } };
  await prisma.project.findMany({ where: o4.where });
  await prisma.project.findMany(o4);
  const o5 = { filter: { organizationId: { equals: organizationId } } };
  o5.filter.organizationId = { not: organizationId } as any;
  await prisma.project.findMany({ where: o5.filter }); // want "on tenant-scoped"
}
