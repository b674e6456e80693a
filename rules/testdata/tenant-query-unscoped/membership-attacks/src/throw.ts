import { prisma } from "./db";
import {
  requireOrgMember,
  requireOrgMemberChecked,
  requireOrgMemberFinally,
  requireOrgMemberImpersonated,
  requireOrgMemberJoining,
  requireOrgMemberOrGuest,
  requireOrgMemberWhenStrict,
  type Context,
} from "./access";

// Twin: the proof's own shape.
export async function renameProject(ctx: Context, id: string) {
  const project = await prisma.project.findUnique({ where: { id } });
  if (!project) return null;
  await requireOrgMember(project.organizationId, ctx);
  await prisma.project.update({ where: { id }, data: { name: "x" } });
  return project.name;
}

export async function checkedFirst(ctx: Context, id: string) {
  const project = await prisma.project.findUnique({ where: { id } });
  if (!project) return null;
  await requireOrgMemberChecked(project.organizationId, ctx);
  await prisma.project.update({ where: { id }, data: { name: "x" } });
  return project.name;
}

// The helper hands the context to a call before reading its user.
export async function impersonated(ctx: Context, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  await requireOrgMemberImpersonated(project.organizationId, ctx);
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function whenStrict(ctx: Context, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  await requireOrgMemberWhenStrict(project.organizationId, ctx);
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function orGuest(ctx: Context, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  await requireOrgMemberOrGuest(project.organizationId, ctx);
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function joining(ctx: Context, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  await requireOrgMemberJoining(project.organizationId, ctx);
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function finallyReturns(ctx: Context, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  await requireOrgMemberFinally(project.organizationId, ctx);
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// The check in a loop that may not run.
export async function inLoop(ctx: Context, id: string, orgs: string[]) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  for (const _ of orgs) {
    await requireOrgMember(project.organizationId, ctx);
  }
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// The write by the id after the check, but the id changed between.
export async function idChanged(ctx: Context, input: { id: string; otherId: string }) {
  const project = await prisma.project.findUnique({ where: { id: input.id } });
  if (!project) return null;
  await requireOrgMember(project.organizationId, ctx);
  input.id = input.otherId;
  await prisma.project.update({ where: { id: input.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// The row found again into its name after the check: the first row,
// used only by the check, is proven; the second is not.
export async function refetched(ctx: Context, id: string, otherId: string) {
  let project = await prisma.project.findUnique({ where: { id } });
  if (!project) return null;
  await requireOrgMember(project.organizationId, ctx);
  project = await prisma.project.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  return project?.name;
}

// The check given a context the caller builds from its own.
export async function spreadContext(ctx: Context, id: string, userId: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  await requireOrgMember(project.organizationId, { ...ctx, session: { user: { id: userId } } });
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

declare function impersonateNext(ctx: Context, userId: string): void;

// In a loop, the context handed on after the helper, before its next turn.
export async function contextChangedInLoop(ctx: Context, ids: string[], as: string[]) {
  for (let i = 0; i < ids.length; i++) {
    const project = await prisma.project.findUnique({ where: { id: ids[i] } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
    if (!project) continue;
    await requireOrgMember(project.organizationId, ctx);
    await prisma.project.update({ where: { id: ids[i] }, data: { name: project.name } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
    impersonateNext(ctx, as[i]);
  }
}

// Twin: the helper checks each row of a loop, the context used by it only.
export async function checkedInLoop(ctx: Context, ids: string[]) {
  const names: string[] = [];
  for (const id of ids) {
    const project = await prisma.project.findUnique({ where: { id } });
    if (!project) continue;
    await requireOrgMember(project.organizationId, ctx);
    names.push(project.name);
  }
  return names;
}
