import type { Request, Response } from "express";

declare const prisma: any;

// A create whose data spreads the request body after the tenant key: the
// last entry of a name wins, so a body holding organizationId files the
// project under any organization.
export async function createProject(req: Request, res: Response) {
  const orgId = req.session.organizationId;
  const project = await prisma.project.create({ data: { organizationId: orgId, ...req.body } }); // want "cannot see what create on \"Project\" writes to \"organizationId\": a spread after it may replace it; put the spread before \"organizationId\""
  res.json(project);
}

export async function createFromInput(orgId: string, input: Record<string, unknown>) {
  return prisma.project.create({ data: { organizationId: orgId, ...input } }); // want "cannot see what create on \"Project\" writes to \"organizationId\""
}

// A computed key may be the tenant field too.
export async function createComputed(orgId: string, field: string, value: string) {
  return prisma.project.create({ data: { organizationId: orgId, name: "x", [field]: value } }); // want "cannot see what create on \"Project\" writes to \"organizationId\": a computed key after it may be \"organizationId\" too"
}

// An upsert's create and an update's data move the row just as well.
export async function upsertProject(orgId: string, id: string, input: Record<string, unknown>) {
  return prisma.project.upsert({
    where: { id_organizationId: { id, organizationId: orgId } },
    create: { organizationId: orgId, ...input }, // want "cannot see what upsert on \"Project\" writes to \"organizationId\""
    update: { ...input }, // want "cannot see what upsert on \"Project\" links through this spread"
  });
}

export async function renameProject(orgId: string, id: string, input: Record<string, unknown>) {
  return prisma.project.update({ where: { id, organizationId: orgId }, data: { organizationId: orgId, ...input } }); // want "cannot see what update on \"Project\" writes to \"organizationId\""
}

// The where: a later spread or computed key can replace the tenant filter.
export async function findByFilter(orgId: string, filter: Record<string, unknown>) {
  return prisma.project.findMany({ where: { organizationId: orgId, ...filter } }); // want "cannot see the where of findMany on tenant-scoped \"Project\": a spread after \"organizationId\" may replace it"
}

export async function findByField(orgId: string, field: string, value: string) {
  return prisma.project.findMany({ where: { organizationId: orgId, [field]: value } }); // want "cannot see the where of findMany on tenant-scoped \"Project\": a computed key after \"organizationId\" may be \"organizationId\" too"
}

export async function updateByField(orgId: string, field: string, value: string) {
  return prisma.project.updateMany({ where: { organizationId: orgId, [field]: value }, data: { name: "x" } }); // want "cannot see the where of updateMany on tenant-scoped \"Project\": a computed key after"
}

// A link whose key is proven the tenant's, then replaced by the input: the
// task is moved under any project.
export async function moveTask(orgId: string, taskId: string, projectId: string, input: Record<string, unknown>) {
  const project = await prisma.project.findFirst({ where: { id: projectId, organizationId: orgId } });
  if (!project) throw new Error("not found");
  return prisma.task.update({ where: { id: taskId, organizationId: orgId }, data: { projectId: project.id, ...input } }); // want "cannot see what update on \"Task\" writes to \"projectId\": a spread after it may replace it"
}

// Twins: the keys the code sets after the spread win, a spread or computed
// key the rule reads holds no tenant key, and a const object spread whole.
export async function createProjectSafe(orgId: string, input: Record<string, unknown>, taskId: string, rules: string[]) {
  await prisma.project.create({ data: { ...input, organizationId: orgId } }); // want "cannot see what create on \"Project\" links through this spread"
  await prisma.project.create({ data: { organizationId: orgId, ...{ name: "x" } } });
  await prisma.project.create({ data: { organizationId: orgId, ["name"]: "x" } });
  await prisma.project.findMany({ where: { ...input, organizationId: orgId } });
  await prisma.project.findMany({ where: { organizationId: orgId, ["name"]: "x" } });
  const project = await prisma.project.findFirst({ where: { id: "p", organizationId: orgId } });
  if (!project) throw new Error("not found");
  const extra = { title: rules.join(",") };
  await prisma.task.create({ data: { organizationId: orgId, projectId: project.id, ...extra } });
  await prisma.task.update({ where: { id: taskId, organizationId: orgId }, data: { ...input, projectId: project.id } }); // want "cannot see what update on \"Task\" links through this spread"
}
