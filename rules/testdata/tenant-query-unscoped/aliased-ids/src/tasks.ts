import type { Request } from "express";

declare const prisma: any;
import { addArchived } from "./archive";

// Ids collected from the organization's projects, then given foreign ids
// through another name for the same array, an object holding it, or a
// function it is handed to: the where's list is no longer the tenant's
// rows.
export async function archiveMapped(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  const ids2 = ids;
  ids2.push(req.body.id);
  await prisma.project.updateMany({ where: { id: { in: ids } }, data: { name: "archived" } }); // want "updateMany on tenant-scoped \"Project\" does not filter by the tenant"
  return prisma.task.deleteMany({ where: { projectId: { in: ids } } }); // want "deleteMany on tenant-scoped \"Task\" does not filter by the tenant"
}

export async function archivePushed(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids: string[] = [];
  for (const p of projects) ids.push(p.id);
  const all = ids;
  all.push(req.body.id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveHeld(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  const bag = { ids };
  bag.ids.push(req.body.id);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveHanded(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  addArchived(ids, req);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// Twins: an alias that is only read, a copy pushed to (the list the
// where names keeps the tenant's ids only), and calls that only read
// their arguments.
export async function archiveRead(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  const ids2 = ids;
  if (ids2.length === 0) return [];
  const copy = [...ids];
  copy.push(req.body.id);
  console.log("archiving", ids);
  await prisma.task.count({ where: { organizationId: orgId, projectId: { in: ids } } });
  return prisma.project.findMany({ where: { id: { in: ids } } });
}

// A function of the file the list is handed to: one that pushes to it
// voids the proof; one that only reads it, or a method of the class that
// only reads it (usertour deletes the rows' links before the rows), does
// not.
function addRequested(list: string[], req: Request) {
  list.push(req.body.id);
}

function unlinkAll(list: string[], orgId: string) {
  return prisma.task.deleteMany({ where: { organizationId: orgId, projectId: { in: list } } });
}

export async function archivePushedLocally(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  addRequested(ids, req);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archiveUnlinked(orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  await unlinkAll(ids, orgId);
  return prisma.project.deleteMany({ where: { id: { in: ids } } });
}

export class Archiver {
  private async unlink(list: string[], orgId: string) {
    await prisma.task.deleteMany({ where: { organizationId: orgId, projectId: { in: list } } });
  }

  async archive(orgId: string) {
    const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
    const ids = projects.map((p: { id: string }) => p.id);
    await this.unlink(ids, orgId);
    return prisma.project.deleteMany({ where: { id: { in: ids } } });
  }
}

// The function the list is handed to hands it on to one that pushes, or
// pushes through another way in: the list is changed all the same.
function addTo(list: string[], id: string) {
  list.push(id);
}

function addRequestedOn(list: string[], req: Request) {
  addTo(list, req.body.id);
}

export async function archivePushedOn(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  addRequestedOn(ids, req);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

function addThroughPrototype(list: string[], req: Request) {
  Array.prototype.push.call(list, req.body.id);
}

export async function archivePushedThroughPrototype(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  addThroughPrototype(ids, req);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

function addThroughArguments(list: string[], req: Request) {
  arguments[0].push(req.body.id);
}

export async function archivePushedThroughArguments(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  addThroughArguments(ids, req);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

function addThroughHolder(list: string[], req: Request) {
  const holder = { list };
  holder.list.push(req.body.id);
}

export async function archivePushedThroughHolder(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  addThroughHolder(ids, req);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// Near miss: handed on to one that only reads it.
function unlinkOn(list: string[], orgId: string) {
  return unlinkAll(list, orgId);
}

export async function archiveUnlinkedOn(orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  await unlinkOn(ids, orgId);
  return prisma.project.deleteMany({ where: { id: { in: ids } } });
}

// The list handed on inside an options object, or an argument array: the
// function it reaches pushes to it all the same.
function addAll(options: { list: string[]; id: string }) {
  options.list.push(options.id);
}

export async function archivePushedThroughOptions(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  addAll({ list: ids, id: req.body.id });
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function archivePushedThroughApply(req: Request, orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  addTo.apply(null, [ids, req.body.id]);
  return prisma.project.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// Twins: the list in a query's where inside a transaction's array, a copy
// spread into an options object, and the list logged.
export async function archiveInTransaction(orgId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId: orgId } });
  const ids = projects.map((p: { id: string }) => p.id);
  await prisma.$transaction([prisma.task.deleteMany({ where: { organizationId: orgId, projectId: { in: ids } } })]);
  addAll({ list: [...ids], id: "copy" });
  console.log({ ids });
  return prisma.project.deleteMany({ where: { id: { in: ids } } });
}
