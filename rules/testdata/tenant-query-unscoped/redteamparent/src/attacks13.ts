import { prisma } from "./db";

// A sibling found by the row's own tenant echoes it back.
export async function siblingEcho(id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const env = await prisma.environment.findFirstOrThrow({ where: { projectId: prompt.projectId } });
  if (prompt.projectId !== env.projectId) throw new Error("forbidden");
  return prompt;
}

// Two levels: the middle compared with the project its own key found.
export async function middleEcho(sha: string) {
  const version = await prisma.promptVersion.findUnique({ where: { sha } }); // want "findUnique on tenant-scoped \"PromptVersion\" does not filter by the tenant"
  const prompt = await prisma.prompt.findUniqueOrThrow({ where: { id: version.promptId } }); // want "findUniqueOrThrow on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUniqueOrThrow({ where: { id: prompt.projectId } }); // want "findUniqueOrThrow on tenant-scoped \"Project\" does not filter by the tenant"
  if (prompt.projectId !== project.id) throw new Error("forbidden");
  return version;
}
