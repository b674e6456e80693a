import { prisma } from "./db";

// A row checked with the tenant proves its name only where the name still
// holds it: a callback's parameter, a loop variable or a catch parameter of
// the same name is another value.
export async function rowThenCallback(workspaceId: string, id: string, rows: { id: string }[]) {
  const role = await prisma.workspaceRole.findFirst({ where: { id, workspaceId } });
  if (!role) throw new Error("not found");
  await prisma.workspaceRole.update({ where: { id: role.id }, data: { name: "checked" } });
  await Promise.all(rows.map((role) => prisma.workspaceRole.delete({ where: { id: role.id } }))); // want "delete on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
  for (const role of rows) {
    await prisma.workspaceRole.delete({ where: { id: role.id } }); // want "delete on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
  }
  try {
    await prisma.workspaceRole.delete({ where: { id: role.id } });
  } catch (role: any) {
    await prisma.workspaceRole.delete({ where: { id: role.id } }); // want "delete on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
  }
}

// The same for an id checked with the tenant, and for a list of ids.
export async function idThenCallback(workspaceId: string, id: string, ids: string[], lists: string[][]) {
  const role = await prisma.workspaceRole.findFirst({ where: { id, workspaceId } });
  if (!role) throw new Error("not found");
  await prisma.workspaceRole.delete({ where: { id } });
  await Promise.all(ids.map((id) => prisma.workspaceRole.delete({ where: { id } }))); // want "delete on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
  for (const id of ids) await prisma.workspaceRole.delete({ where: { id } }); // want "delete on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
  const roles = await prisma.workspaceRole.findMany({ where: { workspaceId } });
  const roleIds = roles.map((r) => r.id);
  await prisma.workspaceRole.deleteMany({ where: { id: { in: roleIds } } });
  await Promise.all(lists.map((roleIds) => prisma.workspaceRole.deleteMany({ where: { id: { in: roleIds } } }))); // want "deleteMany on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
}

// A const of the same name that its own create proves, in a block inside
// the function, is that row.
export async function createdInBlock(workspaceId: string, name: string) {
  const role = await prisma.workspaceRole.findFirst({ where: { workspaceId, name } });
  if (!role) {
    const role = await prisma.workspaceRole.create({ data: { id: name, name, workspaceId } });
    await prisma.workspaceRole.update({ where: { id: role.id }, data: { name } });
  }
}

// A destructured parameter and a function expression's parameter hide
// the checked id as well.
export async function otherShapes(workspaceId: string, id: string, rows: { id: string }[]) {
  const role = await prisma.workspaceRole.findFirst({ where: { id, workspaceId } });
  if (!role) throw new Error("not found");
  await Promise.all(rows.map(({ id }) => prisma.workspaceRole.delete({ where: { id } }))); // want "delete on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
  rows.forEach(function (role) {
    void prisma.workspaceRole.delete({ where: { id: role.id } }); // want "delete on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
  });
}

// A const in a block holding its own lookup with the tenant is that row.
export async function lookedUpInBlock(workspaceId: string, id: string, other: string) {
  const role = await prisma.workspaceRole.findFirst({ where: { id, workspaceId } });
  if (!role) throw new Error("not found");
  for (let i = 0; i < 2; i++) {
    const role = await prisma.workspaceRole.findFirst({ where: { id: other, workspaceId } });
    if (!role) continue;
    await prisma.workspaceRole.delete({ where: { id: role.id } });
  }
}

// A const of the same name in a loop's block given another value.
export async function constInLoop(workspaceId: string, id: string, ids: string[]) {
  const role = await prisma.workspaceRole.findFirst({ where: { id, workspaceId } });
  if (!role) throw new Error("not found");
  await prisma.workspaceRole.delete({ where: { id } });
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    await prisma.workspaceRole.delete({ where: { id } }); // want "delete on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
  }
}
