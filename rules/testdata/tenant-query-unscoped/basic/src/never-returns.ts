import { notFound, redirect as goTo } from "next/navigation";
import * as nav from "next/navigation";
import { revalidatePath } from "next/cache";
import { notFound as missing } from "./lib/errors";
import { prisma } from "./lib/db";

// A call that never returns leaves the block as a throw does: Next's
// notFound() and redirect() throw to end the request, process.exit() ends
// the process.
export async function pageNotFound(id: string, organizationId?: string) {
  if (!organizationId) notFound();
  return prisma.project.findFirst({ where: { id, organizationId } });
}

export async function pageRedirected(id: string, organizationId?: string) {
  if (organizationId === undefined) {
    goTo("/login");
  }
  return prisma.project.findFirst({ where: { id, organizationId } });
}

export async function pageThroughNamespace(id: string, organizationId?: string) {
  if (!organizationId) nav.redirect("/login");
  return prisma.project.findFirst({ where: { id, organizationId } });
}

export async function scriptExits(organizationId?: string) {
  if (!organizationId) process.exit(1);
  return prisma.project.findMany({ where: { organizationId } });
}

// Near misses: the app's own notFound may return, a call of next/cache
// returns, a parameter or a local named like the import hides it, and
// process is not Node's once declared.
export async function ownHelper(id: string, organizationId?: string) {
  if (!organizationId) missing();
  return prisma.project.findFirst({ where: { id, organizationId } }); // want "findFirst on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

export async function returnsAfterAll(id: string, organizationId?: string) {
  if (!organizationId) revalidatePath("/");
  return prisma.project.findFirst({ where: { id, organizationId } }); // want "findFirst on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

export async function hiddenByParameter(id: string, notFound: () => void, organizationId?: string) {
  if (!organizationId) notFound();
  return prisma.project.findFirst({ where: { id, organizationId } }); // want "findFirst on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

export async function hiddenByLocal(id: string, organizationId?: string) {
  const goTo = (path: string) => console.log(path);
  if (!organizationId) goTo("/login");
  return prisma.project.findFirst({ where: { id, organizationId } }); // want "findFirst on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

export async function notNodesProcess(organizationId?: string) {
  const process = { exit: (code: number) => console.log(code) };
  if (!organizationId) process.exit(1);
  return prisma.project.findMany({ where: { organizationId } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

// Only where the call runs: inside a branch that may not, it proves nothing.
export async function exitInBranch(id: string, strict: boolean, organizationId?: string) {
  if (!organizationId) {
    if (strict) notFound();
  }
  return prisma.project.findFirst({ where: { id, organizationId } }); // want "findFirst on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}
