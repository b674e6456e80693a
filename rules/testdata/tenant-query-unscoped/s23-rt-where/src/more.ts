import { prisma } from "./lib/db";

export async function more(organizationId: string, id: string, cond: boolean, orgs: string[], form: { fields: { organizationId: string } }) {
  // A column compared with a column is no value: every row of every tenant.
  await prisma.project.findMany({ where: { organizationId: { equals: prisma.project.fields.organizationId } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: prisma.project.fields.organizationId } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: { in: prisma.project.fields.organizationId } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: { equals: organizationId, gt: prisma.project.fields.name } } });
  await prisma.project.findMany({ where: { organizationId: form.fields.organizationId } });
  // A where filled by assignment.
  const where: any = {};
  if (cond) where.organizationId = organizationId;
  await prisma.project.findMany({ where }); // want "on tenant-scoped"
  const w2: any = { id };
  w2.organizationId = organizationId;
  w2.organizationId = undefined;
  await prisma.project.findMany({ where: w2 }); // want "on tenant-scoped"
  const w3: any = { id };
  w3.organizationId = organizationId;
  await prisma.project.findMany({ where: w3 });
  // An OR of scoped branches built apart.
  const branches = [{ organizationId }, { organizationId, id }];
  await prisma.project.findMany({ where: { OR: branches } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: { in: orgs } } });
  // null keeps the rows of no organization, none of another's.
  await prisma.project.findMany({ where: { organizationId: null } });
}
