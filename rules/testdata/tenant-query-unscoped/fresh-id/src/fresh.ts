import { randomUUID } from "node:crypto";
import { v4, v4 as uuidv4 } from "uuid";
import * as uuid from "uuid";
import cuid from "cuid";
import { makeId } from "./ids";
import { prisma } from "./db";

// The role is read back by the random id its own create was given, in the
// workspace the create names: no other row can hold that id.
export async function createRole(workspaceId: string, name: string) {
  const roleId = v4();
  await prisma.workspaceRole.create({ data: { id: roleId, name, workspace: { connect: { id: workspaceId } } } });
  return prisma.workspaceRole.findFirst({ where: { id: roleId } });
}

// A new project linked to the workspace's admin role in one transaction,
// by the random id the project's create is given.
export async function forkProject(workspaceId: string) {
  const newProjectId = uuidv4();
  const adminRole = await prisma.workspaceRole.findFirst({ where: { workspaceId, name: "admin" } });
  if (!adminRole) throw new Error("no admin role");
  const create = prisma.project.create({ data: { id: newProjectId, workspaceId } });
  const link = prisma.workspaceRole.update({
    where: { id: adminRole.id },
    data: { projects: { create: { id: randomUUID(), project: { connect: { id: newProjectId } } } } },
  });
  await prisma.$transaction([create, link]);
}

// Node's randomUUID, Web Crypto's, a namespace import of uuid, the cuid
// package's default export.
export async function otherMakers(workspaceId: string) {
  const a = randomUUID();
  const b = crypto.randomUUID();
  const c = uuid.v4();
  const d = cuid();
  await prisma.project.create({ data: { id: a, workspaceId } });
  await prisma.project.create({ data: { id: b, workspaceId } });
  await prisma.project.create({ data: { id: c, workspaceId } });
  await prisma.project.create({ data: { id: d, workspaceId } });
  await prisma.project.delete({ where: { id: a } });
  await prisma.project.delete({ where: { id: b } });
  await prisma.project.delete({ where: { id: c } });
  await prisma.project.delete({ where: { id: d } });
}

// An id from the caller: the create fails when another workspace's row
// holds it, and the lookup finds that row.
export async function createRoleWithId(workspaceId: string, roleId: string, name: string) {
  await prisma.workspaceRole.create({ data: { id: roleId, name, workspaceId } });
  return prisma.workspaceRole.findFirst({ where: { id: roleId } }); // want "findFirst on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
}

// A let may be given another id before the lookup.
export async function createRoleLet(workspaceId: string, name: string, other: string) {
  let roleId = v4();
  await prisma.workspaceRole.create({ data: { id: roleId, name, workspaceId } });
  if (name === "copy") roleId = other;
  return prisma.workspaceRole.findFirst({ where: { id: roleId } }); // want "findFirst on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
}

// The app's own id maker may return anything.
export async function createRoleOwnMaker(workspaceId: string, name: string) {
  const roleId = makeId();
  await prisma.workspaceRole.create({ data: { id: roleId, name, workspaceId } });
  return prisma.workspaceRole.findFirst({ where: { id: roleId } }); // want "findFirst on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
}

// A local v4 hides uuid's.
export async function createRoleLocalMaker(workspaceId: string, name: string, id: string) {
  const v4 = () => id;
  const roleId = v4();
  await prisma.workspaceRole.create({ data: { id: roleId, name, workspaceId } });
  return prisma.workspaceRole.findFirst({ where: { id: roleId } }); // want "findFirst on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
}

// The fresh id went to a create on another model: a role with that id
// does not exist, but the proof is about the project's row.
export async function freshOnOtherModel(workspaceId: string) {
  const id = v4();
  await prisma.project.create({ data: { id, workspaceId } });
  return prisma.workspaceRole.findFirst({ where: { id } }); // want "findFirst on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
}

// The create's data gives no tenant the rule can read.
export async function createRoleSpread(input: { workspaceId: string; name: string }) {
  const roleId = v4();
  await prisma.workspaceRole.create({ data: { id: roleId, ...input } }); // want "cannot see what create on \"WorkspaceRole\" links through this spread"
  return prisma.workspaceRole.findFirst({ where: { id: roleId } }); // want "findFirst on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
}

// A const of the same name in a block hides the fresh one.
export async function createRoleShadowed(workspaceId: string, name: string, other: string) {
  const roleId = v4();
  await prisma.workspaceRole.create({ data: { id: roleId, name, workspaceId } });
  {
    const roleId = other;
    return prisma.workspaceRole.findFirst({ where: { id: roleId } }); // want "findFirst on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
  }
}

// The link names a project id from the caller, beside a fresh one.
export async function linkOtherProject(workspaceId: string, projectId: string) {
  const newProjectId = v4();
  const adminRole = await prisma.workspaceRole.findFirst({ where: { workspaceId, name: "admin" } });
  if (!adminRole) throw new Error("no admin role");
  await prisma.project.create({ data: { id: newProjectId, workspaceId } });
  await prisma.workspaceRole.update({
    where: { id: adminRole.id },
    data: { projects: { create: { id: v4(), project: { connect: { id: projectId } } } } }, // want "links a \"Project\" by \\{ id \\} alone"
  });
}

// Two creates with the fresh id, one whose tenant the rule cannot read:
// either may write the row.
export async function createRoleTwice(workspaceId: string, name: string, input: { workspaceId: string; name: string }) {
  const roleId = v4();
  if (name) await prisma.workspaceRole.create({ data: { id: roleId, name, workspaceId } });
  else await prisma.workspaceRole.create({ data: { id: roleId, ...input } }); // want "cannot see what create on \"WorkspaceRole\" links through this spread"
  return prisma.workspaceRole.findFirst({ where: { id: roleId } }); // want "findFirst on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
}

// A parameter or a loop variable of the same name is another id.
export async function createRoleThenMap(workspaceId: string, name: string, ids: string[]) {
  const roleId = v4();
  await prisma.workspaceRole.create({ data: { id: roleId, name, workspaceId } });
  await Promise.all(ids.map((roleId) => prisma.workspaceRole.findFirst({ where: { id: roleId } }))); // want "findFirst on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
  for (const roleId of ids) {
    await prisma.workspaceRole.delete({ where: { id: roleId } }); // want "delete on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
  }
}

// An upsert may write the fresh id first, with data that names no
// workspace: the row read back by that id is then not the create's.
export async function upsertedFirst(workspaceId: string, input: { name: string }) {
  const roleId = v4();
  await prisma.workspaceRole.upsert({ where: { id: roleId }, create: { ...input, id: roleId }, update: {} }); // want "upsert on tenant-scoped \"WorkspaceRole\" does not filter by the tenant" "cannot see what upsert on \"WorkspaceRole\" links through this spread"
  await prisma.workspaceRole.create({ data: { id: roleId, name: "x", workspaceId } });
  return prisma.workspaceRole.findFirst({ where: { id: roleId } }); // want "findFirst on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
}

// A spread or a computed key after the workspace may put the new row in
// another workspace.
export async function createRoleSpread(workspaceId: string, name: string, input: { workspaceId?: string }, other: string) {
  const roleId = v4();
  await prisma.workspaceRole.create({ data: { id: roleId, name, workspaceId, ...input } }); // want "cannot see what create on \"WorkspaceRole\" writes to \"workspaceId\": a spread after it may replace it"
  const spread = await prisma.workspaceRole.findFirst({ where: { id: roleId } }); // want "findFirst on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
  const computedId = v4();
  await prisma.workspaceRole.create({ data: { id: computedId, name, workspaceId, ["workspaceId"]: other } });
  return [spread, await prisma.workspaceRole.findFirst({ where: { id: computedId } })]; // want "findFirst on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
}
