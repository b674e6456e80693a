import { prisma } from "./lib/db";

declare function log(message: string): void;

// A tenant value that may be undefined is tested the way the test goes:
// the query must be in the branch where it is there, or after an exit
// taken when it is not.
export async function exitFirst(id: string, organizationId?: string) {
  if (!organizationId) return null;
  return prisma.project.findFirst({ where: { id, organizationId } });
}

export async function loggedOnly(id: string, organizationId?: string) {
  if (!organizationId) log("no organization");
  return prisma.project.findFirst({ where: { id, organizationId } }); // want "findFirst on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

export async function elseBranch(organizationId: string | undefined) {
  if (organizationId !== undefined) {
    return prisma.project.findMany({ where: { organizationId } });
  } else {
    return prisma.project.findMany({ where: { organizationId } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
  }
}

// Inside a callback run later, the test of the function around it counts
// the same way.
export async function inCallback(ids: string[], organizationId?: string) {
  if (organizationId == null) throw new Error("no organization");
  return Promise.all(ids.map((id) => prisma.project.findFirst({ where: { id, organizationId } })));
}

export async function callbackUntested(ids: string[], organizationId?: string) {
  ids.forEach((id) => {
    if (!organizationId) return;
  });
  return Promise.all(ids.map((id) => prisma.project.findFirst({ where: { id, organizationId } }))); // want "findFirst on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

// A test inside a try counts after it when the catch leaves too: the code
// after the try runs only if the body ran to its end.
export async function testedInTry(organizationId?: string) {
  try {
    if (!organizationId) throw new Error("no organization");
  } catch {
    return null;
  }
  return prisma.project.findMany({ where: { organizationId } });
}

export async function testedInTryCarriesOn(organizationId?: string) {
  try {
    if (!organizationId) throw new Error("no organization");
  } catch {
    log("no organization");
  }
  return prisma.project.findMany({ where: { organizationId } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

export async function testedInTryBranch(organizationId: string | undefined, strict: boolean) {
  try {
    if (strict) {
      if (!organizationId) throw new Error("no organization");
    }
  } catch {
    return null;
  }
  return prisma.project.findMany({ where: { organizationId } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}
