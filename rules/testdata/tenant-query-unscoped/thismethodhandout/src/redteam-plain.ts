import { PrismaClient } from "@prisma/client";
import { audit } from "./services";

const prisma = new PrismaClient();
function retag(p: { organizationId: number }, orgId: number) {
  p.organizationId = orgId;
}

// A function of the file handed the related row the comparison reads
// through, before it: it sets that row's tenant to the caller's.
export async function renamePlain(id: string, orgId: number, title: string) {
  const task = await prisma.task.findUnique({ where: { id }, include: { project: true } }); // want "findUnique on tenant-scoped \"Task\" does not filter by the tenant"
  if (!task) throw new Error("not found");
  retag(task.project, orgId);
  if (task.project.organizationId !== orgId) throw new Error("not found");
  await prisma.task.update({ where: { id: task.id }, data: { title } }); // want "update on tenant-scoped \"Task\" does not filter by the tenant"
}

// Twin kept quiet: an imported function read to do nothing with it.
export async function renameImported(id: string, orgId: number, title: string) {
  const task = await prisma.task.findUnique({ where: { id }, include: { project: true } });
  if (!task) throw new Error("not found");
  audit(task.project);
  if (task.project.organizationId !== orgId) throw new Error("not found");
  await prisma.task.update({ where: { id: task.id }, data: { title } });
}

// The row itself handed, as before.
export async function renameWhole(id: string, orgId: number, title: string) {
  const task = await prisma.task.findUnique({ where: { id }, include: { project: true } }); // want "findUnique on tenant-scoped \"Task\" does not filter by the tenant"
  if (!task) throw new Error("not found");
  audit(task);
  if (task.project.organizationId !== orgId) throw new Error("not found");
  await prisma.task.update({ where: { id: task.id }, data: { title } }); // want "update on tenant-scoped \"Task\" does not filter by the tenant"
}

// Twin kept quiet: a function of the file that only reads the related row.
function describe(p: { organizationId: number; name: string | null }) {
  return `${p.name} of ${p.organizationId}`;
}

export async function renameDescribed(id: string, orgId: number, title: string) {
  const task = await prisma.task.findUnique({ where: { id }, include: { project: true } });
  if (!task) throw new Error("not found");
  console.log(describe(task.project));
  if (task.project.organizationId !== orgId) throw new Error("not found");
  await prisma.task.update({ where: { id: task.id }, data: { title } });
}

// The related row handed after the comparison: the comparison read it
// as the row held it.
export async function renameRetaggedAfter(id: string, orgId: number, title: string) {
  const task = await prisma.task.findUnique({ where: { id }, include: { project: true } });
  if (!task) throw new Error("not found");
  if (task.project.organizationId !== orgId) throw new Error("not found");
  retag(task.project, orgId);
  await prisma.task.update({ where: { id: task.id }, data: { title } });
}

// Each of two parents compared, one of them retagged before.
export async function renameEitherParent(id: string, orgId: number, title: string) {
  const task = await prisma.task.findUnique({ where: { id }, include: { project: true } }); // want "findUnique on tenant-scoped \"Task\" does not filter by the tenant"
  if (!task) throw new Error("not found");
  retag(task.project, orgId);
  if (task.project.organizationId !== orgId && task.project.organizationId !== orgId + 0) throw new Error("not found");
  await prisma.task.update({ where: { id: task.id }, data: { title } }); // want "update on tenant-scoped \"Task\" does not filter by the tenant"
}

// The related row retagged under another name.
export async function renameAliasedParent(id: string, orgId: number, title: string) {
  const task = await prisma.task.findUnique({ where: { id }, include: { project: true } }); // want "findUnique on tenant-scoped \"Task\" does not filter by the tenant"
  if (!task) throw new Error("not found");
  const project = task.project;
  retag(project, orgId);
  if (task.project.organizationId !== orgId) throw new Error("not found");
  await prisma.task.update({ where: { id: task.id }, data: { title } }); // want "update on tenant-scoped \"Task\" does not filter by the tenant"
}

// The related row written in place.
export async function renameWrittenParent(id: string, orgId: number, title: string) {
  const task = await prisma.task.findUnique({ where: { id }, include: { project: true } }); // want "findUnique on tenant-scoped \"Task\" does not filter by the tenant"
  if (!task) throw new Error("not found");
  Object.assign(task.project, { organizationId: orgId });
  if (task.project.organizationId !== orgId) throw new Error("not found");
  await prisma.task.update({ where: { id: task.id }, data: { title } }); // want "update on tenant-scoped \"Task\" does not filter by the tenant"
}

export async function renameAssignedParent(id: string, orgId: number, title: string) {
  const task = await prisma.task.findUnique({ where: { id }, include: { project: true } }); // want "findUnique on tenant-scoped \"Task\" does not filter by the tenant"
  if (!task) throw new Error("not found");
  task.project.organizationId = orgId;
  if (task.project.organizationId !== orgId) throw new Error("not found");
  await prisma.task.update({ where: { id: task.id }, data: { title } }); // want "update on tenant-scoped \"Task\" does not filter by the tenant"
}
