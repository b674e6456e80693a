import { prisma } from "./db";
import { isOrgMemberLogged, isOrgMemberOrThrow, type RequestUser } from "./identity";

declare function send(row: unknown): void;

// The project of another prompt: that prompt is proven, not the one
// returned.
export async function otherRowsKey(user: RequestUser, id: string, otherId: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const other = await prisma.prompt.findUnique({ where: { id: otherId } });
  const project = await prisma.project.findUnique({ where: { id: other.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

// The prompt of an optional link, not the one scoping the version.
export async function optionalLink(projectId: string, sha: string) {
  const version = await prisma.promptVersion.findUnique({ where: { sha } }); // want "findUnique on tenant-scoped \"PromptVersion\" does not filter by the tenant"
  const prompt = await prisma.prompt.findUnique({ where: { id: version.reviewedPromptId } });
  if (!prompt || prompt.projectId !== projectId) throw new Error("forbidden");
  return version;
}

// The environment scopes no prompt environment: its prompt does.
export async function otherRelation(projectId: string, id: string) {
  const published = await prisma.promptEnvironment.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"PromptEnvironment\" does not filter by the tenant"
  const environment = await prisma.environment.findUnique({ where: { id: published.environmentId } });
  if (!environment || environment.projectId !== projectId) throw new Error("forbidden");
  return published;
}

// A model the tenant field is not named after.
export async function otherModel(projectId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const environment = await prisma.environment.findFirst({ where: { id: prompt.projectId } });
  if (!environment || environment.projectId !== projectId) throw new Error("forbidden");
  return prompt;
}

// Checks that do not leave.
export async function logged(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  isOrgMemberLogged(user, project.organizationId);
  return prompt;
}

export async function warned(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (project.organizationId !== organizationId) console.warn("another organization's prompt");
  return prompt;
}

// A parent found with the tenant, or compared only when found: without
// a parent the function goes on.
export async function parentNotRequired(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId } });
  send(project);
  return prompt;
}

export async function comparedWhenFound(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  if (project && project.organizationId !== organizationId) throw new Error("forbidden");
  return prompt;
}

// The row used before its parent is checked.
export async function usedFirst(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  send(prompt);
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

export async function usedBetween(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  send(prompt);
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

export async function writtenFirst(user: RequestUser, id: string, name: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  await prisma.prompt.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

// The key, or the row, given another value before the parent's lookup.
export async function keyReassigned(user: RequestUser, id: string, projectId: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  prompt.projectId = projectId;
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

export async function rowReassigned(user: RequestUser, id: string, mine: { projectId: string }) {
  let prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const found = prompt;
  prompt = mine as any;
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return found;
}

// The parent's lookup, or its check, runs on one branch only.
export async function checkedOnBranch(user: RequestUser, id: string, strict: boolean) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  if (strict) {
    const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
    isOrgMemberOrThrow(user, project.organizationId);
  }
  return prompt;
}

export async function parentOnBranch(user: RequestUser, id: string, strict: boolean) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  let project = await prisma.project.findFirst({ where: { organizationId: user.orgMemberships[0].organizationId } });
  if (strict) project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

// The parent compared with the row's own tenant: nothing of the caller.
export async function comparedWithRow(id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project || project.organizationId !== (prompt as any).organizationId) throw new Error("forbidden");
  return prompt;
}

// A parent key given twice: the last wins.
export async function keyGivenTwice(user: RequestUser, id: string, projectId: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId, ...{ id: projectId } } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

// Written by the same id after a check that does not leave.
export async function deleteLogged(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  isOrgMemberLogged(user, project.organizationId);
  return prisma.prompt.delete({ where: { id } }); // want "delete on tenant-scoped \"Prompt\" does not filter by the tenant"
}

// Returned on a path before the parent's check.
export async function returnedFirst(user: RequestUser, id: string, raw: boolean) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  if (raw) return prompt;
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

// A catch that goes on past the check, the row declared outside the try.
export async function mismatchCaught(organizationId: string, id: string) {
  let prompt;
  try {
    prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
    const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
    if (!project || project.organizationId !== organizationId) throw new Error("forbidden");
  } catch (error) {
    console.warn(error);
  }
  return prompt;
}

export async function missingCaught(user: RequestUser, id: string) {
  let prompt;
  try {
    prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
    const project = await prisma.project.findFirstOrThrow({ where: { id: prompt.projectId, organizationId: user.orgMemberships[0].organizationId } });
    send(project.id);
  } catch (error) {
    console.warn(error);
  }
  return prompt;
}

// Two levels, the upper through a link that does not scope the version.
export async function twoLevelsOptional(user: RequestUser, sha: string) {
  const version = await prisma.promptVersion.findUnique({ where: { sha } }); // want "findUnique on tenant-scoped \"PromptVersion\" does not filter by the tenant"
  const prompt = await prisma.prompt.findUnique({ where: { id: version.reviewedPromptId } });
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return version;
}

// Two levels, the middle parent optional-chained: a missing prompt
// looks up no project, and the guard is never reached with one.
export async function twoLevelsMiddleSkipped(organizationId: string, sha: string) {
  const version = await prisma.promptVersion.findUnique({ where: { sha } }); // want "findUnique on tenant-scoped \"PromptVersion\" does not filter by the tenant"
  const prompt = await prisma.prompt.findUnique({ where: { id: version.promptId } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = prompt && (await prisma.project.findUnique({ where: { id: prompt.projectId } })); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (project && project.organizationId !== organizationId) throw new Error("forbidden");
  return version;
}

// The mismatch's branch hands the row out, or the check is handed it.
export async function returnedInMismatch(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  if (!project || project.organizationId !== organizationId) return prompt;
  return null;
}

export async function thrownInMismatch(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const alias = prompt;
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  if (!project || project.organizationId !== organizationId) throw alias;
  return 1;
}

export async function handedToCheck(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId, send(prompt) as any);
  return 1;
}

// A loop that goes on past a mismatch, the row declared outside it.
export async function loopContinue(organizationId: string, ids: string[]) {
  let prompt;
  for (const id of ids) {
    prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
    const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
    if (!project || project.organizationId !== organizationId) continue;
  }
  return prompt;
}

// The row selected without its key: the parent's findFirst is given
// undefined and finds any project.
export async function keyNotSelected(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id }, select: { id: true, name: true } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return prompt;
}

// A match that only guards a use of the parent: the prompt goes on
// whatever its project is.
export async function matchedOnlyParent(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  if (project.organizationId === organizationId) {
    send(project);
  }
  return prompt;
}

export async function matchedOnlyTwoLevels(organizationId: string, sha: string) {
  const version = await prisma.promptVersion.findUnique({ where: { sha } }); // want "findUnique on tenant-scoped \"PromptVersion\" does not filter by the tenant"
  const prompt = await prisma.prompt.findUnique({ where: { id: version.promptId } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  if (project.organizationId === organizationId) {
    send(project);
  }
  return version;
}

// The parent's lookup reads more of the row than its key.
export async function readByLookup(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId }, select: send(prompt) as any });
  isOrgMemberOrThrow(user, project.organizationId);
  return 1;
}

// The row named outside the callback that fetches it: the callback's
// return leaves the callback only.
export async function capturedByCallback(organizationId: string, ids: string[]) {
  let prompt;
  await Promise.all(
    ids.map(async (id) => {
      prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
      const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
      if (!project || project.organizationId !== organizationId) return;
    }),
  );
  send(prompt);
}
