import { prisma } from "./db";
import { isOrgMemberOrThrow, type RequestUser } from "./identity";

declare function send(row: unknown): void;

// The proof skipped by a continue: the row is sent at the next turn.
export async function proofContinuedInLoop(user: RequestUser, ids: string[], skip: boolean) {
  let prompt;
  for (const id of ids) {
    if (prompt) send(prompt);
    prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
    if (skip) continue;
    const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
    isOrgMemberOrThrow(user, project.organizationId);
  }
}

// The row fetched in a while loop's test, proven after the loop.
export async function rowInWhileTest(user: RequestUser, ids: string[]) {
  let prompt;
  let i = 0;
  while ((prompt = await prisma.prompt.findUnique({ where: { id: ids[i++] } }))) { // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
    send(prompt);
  }
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
}

// Near miss, silent: each turn proves its row before sending it.
export async function provenEachTurnLet(user: RequestUser, ids: string[]) {
  let prompt;
  for (const id of ids) {
    prompt = await prisma.prompt.findUnique({ where: { id } });
    const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
    isOrgMemberOrThrow(user, project.organizationId);
    send(prompt);
  }
}
