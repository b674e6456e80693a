import { prisma } from "./db";

// The selection's key removed after it was written: the row reads
// undefined and the parent's findFirst drops it.
export async function selectionChanged(organizationId: string, id: string) {
  const select = { id: true, name: true, projectId: true };
  delete (select as any).projectId;
  const prompt = await prisma.prompt.findUnique({ where: { id }, select }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { id: (prompt as any).projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return prompt;
}

export async function selectionSetFalse(organizationId: string, id: string) {
  const select: Record<string, boolean> = { id: true, name: true, projectId: true };
  select.projectId = false;
  const prompt = await prisma.prompt.findUnique({ where: { id }, select }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return prompt;
}

// The arguments held in a const that omits the key.
export async function argsOmit(organizationId: string, id: string) {
  const args = { where: { id }, omit: { projectId: true } };
  const prompt = await prisma.prompt.findUnique(args); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return prompt;
}
