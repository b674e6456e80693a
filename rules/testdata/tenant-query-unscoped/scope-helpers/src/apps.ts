import { prisma } from "./db";
import { byTitle, scopeAppByWorkspace, scopeChatByWorkspace, scopeDefault, scopeFirst, withStatus } from "./lib/scopes";

function scopeInFile(where: { id?: string }, workspaceId: string) {
  return { ...where, workspaceId };
}

// A guard whose where a scope helper builds proves the id it was given,
// for the writes by that id and for the children found by it.
export async function renameApp(workspaceId: string, appId: string, title: string) {
  await prisma.app.findFirstOrThrow({ where: scopeAppByWorkspace({ id: appId }, workspaceId) });
  await prisma.chat.updateMany({ where: { appId }, data: { title } });
  return prisma.app.update({ where: { id: appId }, data: { title } });
}

export async function deleteChat(workspaceId: string, id: string) {
  await prisma.chat.findFirstOrThrow({ where: scopeChatByWorkspace({ id }, workspaceId) });
  return prisma.chat.delete({ where: { id } });
}

export async function inFile(workspaceId: string, appId: string) {
  const app = await prisma.app.findFirstOrThrow({ where: scopeInFile({ id: appId }, workspaceId) });
  return prisma.app.update({ where: { id: app.id }, data: { title: "" } });
}

// Near misses: a tenant that may be missing, a helper whose where is not
// read (and so proves nothing for the update by the id), one that scopes
// nothing.
export async function missingTenant(input: { workspaceId?: string }, appId: string) {
  await prisma.app.findFirstOrThrow({ where: scopeAppByWorkspace({ id: appId }, input.workspaceId) }); // want "findFirstOrThrow on tenant-scoped \"App\" filters by a tenant value that may be undefined"
  await prisma.app.findFirstOrThrow({ where: scopeAppByWorkspace({ id: appId }, undefined) }); // want "findFirstOrThrow on tenant-scoped \"App\" filters by a tenant value that may be undefined"
}

export async function notRead(workspaceId: string, appId: string) {
  await prisma.app.findFirstOrThrow({ where: scopeFirst({ id: appId }, workspaceId) }); // want "cannot see the where of findFirstOrThrow on tenant-scoped \"App\""
  await prisma.app.findFirstOrThrow({ where: scopeDefault({ id: appId }, workspaceId) }); // want "cannot see the where of findFirstOrThrow on tenant-scoped \"App\""
  return prisma.app.update({ where: { id: appId }, data: { title: "" } }); // want "update on tenant-scoped \"App\" does not filter by the tenant"
}

export async function scopesNothing(workspaceId: string, appId: string, title: string) {
  await prisma.app.findFirstOrThrow({ where: byTitle({ id: appId }, title) }); // want "findFirstOrThrow on tenant-scoped \"App\" does not filter by the tenant"
  await prisma.app.findFirstOrThrow({ where: withStatus({ id: appId }) }); // want "findFirstOrThrow on tenant-scoped \"App\" does not filter by the tenant"
}
