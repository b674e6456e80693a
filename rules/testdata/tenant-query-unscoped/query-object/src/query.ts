import { prisma } from "./db";

// The whole argument built as one const: an entry added to its where one
// level down, the query logged, its where handed to a count.
export async function roles(workspaceId: string, search: string, source?: string) {
  const query = {
    where: {
      workspaceId,
      name: { contains: search },
    },
    take: 10,
  };
  if (source) {
    query.where["source"] = source;
    query.where.kind = source;
  }
  console.log(`roles with ${JSON.stringify(query)}`);
  const items = await prisma.workspaceRole.findMany(query);
  const total = await prisma.workspaceRole.count({ where: query.where });
  return { items, total };
}

// The where read through the const is judged as written: no tenant.
export async function rolesUnscoped(search: string) {
  const query = { where: { name: { contains: search } } };
  return prisma.workspaceRole.count({ where: query.where }); // want "count on tenant-scoped \"WorkspaceRole\" does not filter by the tenant"
}

// The tenant entry given another value one level down.
export async function tenantChanged(workspaceId: string, all: boolean) {
  const query = { where: { workspaceId } };
  if (all) query.where["workspaceId"] = undefined;
  return prisma.workspaceRole.findMany(query); // want "cannot see the where of findMany on tenant-scoped \"WorkspaceRole\": \"query\" may change after it is built"
}

// A new entry that names a row: proofs read such entries.
export async function idAdded(workspaceId: string, id: string) {
  const query = { where: { workspaceId } };
  query.where.id = id;
  return prisma.workspaceRole.findMany(query); // want "cannot see the where of findMany on tenant-scoped \"WorkspaceRole\": \"query\" may change after it is built"
}

// A key the rule cannot name.
export async function computedKey(workspaceId: string, key: string, value: string) {
  const query = { where: { workspaceId } };
  query.where[key] = value;
  return prisma.workspaceRole.findMany(query); // want "cannot see the where of findMany on tenant-scoped \"WorkspaceRole\": \"query\" may change after it is built"
}

// A replacer function may change what it is handed.
export async function replacer(workspaceId: string) {
  const query = { where: { workspaceId } };
  console.log(JSON.stringify(query, (k, v) => v));
  return prisma.workspaceRole.findMany(query); // want "cannot see the where of findMany on tenant-scoped \"WorkspaceRole\": \"query\" may change after it is built"
}

// The where of an argument the rule cannot see.
export async function fromCaller(query: { where: { workspaceId?: string } }) {
  return prisma.workspaceRole.count({ where: query.where }); // want "cannot see the where of count on tenant-scoped \"WorkspaceRole\""
}
