import { prisma } from "./db";

// The echo of the row's key through a destructured or copied id.
export async function echoDestructured(id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const { id: pid } = await prisma.project.findUniqueOrThrow({ where: { id: prompt.projectId } }); // want "findUniqueOrThrow on tenant-scoped \"Project\" does not filter by the tenant"
  if (prompt.projectId !== pid) throw new Error("forbidden");
  return prompt;
}

export async function echoCopied(id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUniqueOrThrow({ where: { id: prompt.projectId } }); // want "findUniqueOrThrow on tenant-scoped \"Project\" does not filter by the tenant"
  const pid = project.id;
  if (prompt.projectId !== pid) throw new Error("forbidden");
  return prompt;
}

export async function echoInline(id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  if (prompt.projectId !== (await prisma.project.findUniqueOrThrow({ where: { id: prompt.projectId } })).id) throw new Error("forbidden"); // want "findUniqueOrThrow on tenant-scoped \"Project\" does not filter by the tenant"
  return prompt;
}

export async function echoIncluded(id: string) {
  const prompt = await prisma.promptVersion.findUnique({ where: { sha: id }, include: { prompt: true } }); // want "findUnique on tenant-scoped \"PromptVersion\" does not filter by the tenant"
  if (prompt.promptId !== prompt.prompt.id) throw new Error("forbidden");
  return prompt;
}

// Near miss, silent for the prompt: the project found by the caller's
// projectId, its id copied and compared.
export async function comparedWithCallersCopy(id: string, projectId: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  const project = await prisma.project.findUniqueOrThrow({ where: { id: projectId } }); // want "findUniqueOrThrow on tenant-scoped \"Project\" does not filter by the tenant"
  const pid = project.id;
  if (prompt.projectId !== pid) throw new Error("forbidden");
  return prompt;
}
