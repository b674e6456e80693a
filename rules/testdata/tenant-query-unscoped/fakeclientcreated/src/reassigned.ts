import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string };

// The row the client made, then replaced by any tenant's row looked up
// by the caller's id: the let no longer holds the row the create made.
export async function reassignedLookup(input: Input) {
  let p = await prisma.project.create({ data: { organizationId: input.orgId } });
  p = (await prisma.project.findUnique({ where: { id: input.projectId } }))!; // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// The same with the rest of a destructured row.
export async function reassignedRest(input: Input) {
  let { name, ...rest } = await prisma.project.create({ data: { organizationId: input.orgId } });
  rest = (await prisma.project.findUnique({ where: { id: input.projectId } }))!; // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  await prisma.project.update({ where: { id: rest.id }, data: { name: name ?? input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// Near misses, silent: a let row never given another, and one whose
// other fields are read.
export async function keptLet(input: Input) {
  let p = await prisma.project.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
  let { name, ...rest } = await prisma.project.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id: rest.id }, data: { name: name ?? input.title } });
}
