import { prisma } from "./db";
import { isOrgMemberOrThrow, type RequestUser } from "./identity";

declare function send(row: unknown): void;

// The parent's lookup not awaited: the promise is always truthy, so the
// test of it never leaves.
export async function parentUnawaited(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = prisma.project.findFirst({ where: { id: prompt.projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return prompt;
}

// The row not awaited: its key reads undefined, the where drops it and
// finds any of the organization's projects.
export async function rowUnawaited(organizationId: string, id: string) {
  const prompt: any = prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return prompt;
}

// The row's key changed in place before the parent's lookup.
export async function keyAssigned(organizationId: string, id: string, patch: { projectId: string }) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  Object.assign(prompt, patch);
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return prompt;
}

export async function keySet(organizationId: string, id: string, projectId: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  prompt.projectId = projectId;
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return prompt;
}

// The row selected without its key by omit: it reads undefined.
export async function keyOmitted(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id }, omit: { projectId: true } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return prompt;
}

// The selection a variable or a spread: it may leave the key out.
export async function selectVariable(organizationId: string, id: string, select: any) {
  const prompt = await prisma.prompt.findUnique({ where: { id }, select }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return prompt;
}

export async function selectSpread(organizationId: string, id: string, fields: any) {
  const prompt = await prisma.prompt.findUnique({ where: { id }, select: { ...fields } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return prompt;
}

// The parent's where overridden by a spread after the key.
export async function parentWhereSpread(organizationId: string, id: string, filter: any) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { organizationId, id: prompt.projectId, ...filter } }); // want "cannot see the where of findFirst on tenant-scoped \"Project\": a spread after \"organizationId\" may replace it"
  if (!project) throw new Error("forbidden");
  return prompt;
}

// The parent found by the key or another: OR at the top.
export async function parentWhereOr(organizationId: string, id: string, otherId: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { organizationId, OR: [{ id: prompt.projectId }, { id: otherId }] } });
  if (!project) throw new Error("forbidden");
  return prompt;
}

// Written by another key once the parent is proven.
export async function writeOtherKey(user: RequestUser, id: string, otherId: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  if (!prompt) throw new Error("not found");
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prisma.prompt.delete({ where: { id: otherId } }); // want "delete on tenant-scoped \"Prompt\" does not filter by the tenant"
}

// The key parameter reassigned after the proof, then written.
export async function writeKeyReassigned(user: RequestUser, id: string, otherId: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  if (!prompt) throw new Error("not found");
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  id = otherId;
  return prisma.prompt.delete({ where: { id } }); // want "delete on tenant-scoped \"Prompt\" does not filter by the tenant"
}

// The row fetched in a loop, the parent checked after it: only the last
// row is proven, earlier ones were sent at the loop's head.
export async function rowInLoop(user: RequestUser, ids: string[]) {
  let prompt;
  for (const id of ids) {
    if (prompt) send(prompt);
    prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  }
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

// The row fetched in a loop, the proof in the loop after it, the row
// sent at the next turn's head before its proof... of the new row.
export async function rowInLoopSentAfter(user: RequestUser, ids: string[]) {
  let prompt;
  for (const id of ids) {
    prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
    const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
    if (!ids.length) isOrgMemberOrThrow(user, project.organizationId);
  }
  return prompt;
}

// The proof under an if of its own.
export async function proofGuarded(user: RequestUser, id: string, strict: boolean) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (strict) isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

// The parent compared with the row's own key, or with itself.
export async function comparedWithRow(id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project || project.id !== prompt.projectId) throw new Error("forbidden");
  return prompt;
}

export async function comparedWithItself(id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project || project.organizationId !== project.organizationId) throw new Error("forbidden");
  return prompt;
}

// The parent destructured: its org compared.
export async function parentDestructured(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const { organizationId: org } = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (org !== organizationId) throw new Error("forbidden");
  return prompt;
}

// A let row reassigned by another id after the proof.
export async function rowReassigned(user: RequestUser, id: string, otherId: string) {
  let prompt = await prisma.prompt.findUnique({ where: { id } });
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  prompt = await prisma.prompt.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  return prompt;
}

// The proof in a callback run later, or never.
export async function proofInCallback(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  [project].forEach((p) => isOrgMemberOrThrow(user, p.organizationId));
  setTimeout(() => isOrgMemberOrThrow(user, project.organizationId));
  return prompt;
}

// The parent found by a lookup with the tenant, but a catch that goes on.
export async function parentOrThrowCaught(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  try {
    await prisma.project.findFirstOrThrow({ where: { id: prompt.projectId, organizationId } });
  } catch (e) {
    console.warn(e);
  }
  return prompt;
}

// The parent looked up with .then: the check runs after the return.
export async function parentThen(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  prisma.project.findUniqueOrThrow({ where: { id: prompt.projectId } }).then((p) => isOrgMemberOrThrow(user, p.organizationId)); // want "findUniqueOrThrow on tenant-scoped \"Project\" does not filter by the tenant"
  return prompt;
}

// Optional chaining on the row: a missing row finds any project.
export async function rowOptional(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  const project = await prisma.project.findFirst({ where: { id: prompt?.projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return prisma.prompt.update({ where: { id }, data: { name: "x" } });
}
