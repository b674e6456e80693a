import { prisma } from "./db";

// F: a helper finds the group with the tenant the caller passes, or
// else makes it there, and returns the let; the caller reads requests
// by its key.

// Twin kept quiet.
async function getGroup(organizationId: string) {
  let group = await prisma.group.findFirst({ where: { organizationId } });
  if (!group) group = await prisma.group.create({ data: { id: "g", organizationId } });
  return group;
}

export async function groupRequests(organizationId: string) {
  const group = await getGroup(organizationId);
  return prisma.req.findMany({ where: { groupId: group.id } });
}

// The create's arguments spread after its data: the caller's data wins.
async function getGroupArgs(organizationId: string, args: { data: { id: string; organizationId: string } }) {
  let group = await prisma.group.findFirst({ where: { organizationId } });
  if (!group) group = await prisma.group.create({ data: { id: "g", organizationId }, ...args }); // want "cannot see what create on \"Group\" links through this spread"
  return group;
}

export async function groupArgsRequests(organizationId: string, args: { data: { id: string; organizationId: string } }) {
  const group = await getGroupArgs(organizationId, args);
  return prisma.req.findMany({ where: { groupId: group.id } }); // want "findMany on tenant-scoped \"Req\" does not filter by the tenant"
}

// The data given twice: the second one is the create's.
async function getGroupDataTwice(organizationId: string, input: { id: string; organizationId: string }) {
  let group = await prisma.group.findFirst({ where: { organizationId } });
  if (!group) group = await prisma.group.create({ data: { id: "g", organizationId }, data: input }); // want "cannot see what create on \"Group\" links"
  return group;
}

export async function groupDataTwiceRequests(organizationId: string, input: { id: string; organizationId: string }) {
  const group = await getGroupDataTwice(organizationId, input);
  return prisma.req.findMany({ where: { groupId: group.id } }); // want "findMany on tenant-scoped \"Req\" does not filter by the tenant"
}

// An upsert found in the tenant, whose update moves it to another.
async function getGroupMoved(organizationId: string, id: string, other: string) {
  let group = await prisma.group.findFirst({ where: { organizationId } });
  if (!group) group = await prisma.group.upsert({ where: { id, organizationId }, create: { id, organizationId }, update: { organizationId: other } });
  return group;
}

export async function groupMovedRequests(organizationId: string, id: string, other: string) {
  const group = await getGroupMoved(organizationId, id, other);
  return prisma.req.findMany({ where: { groupId: group.id } });
}

// The let walked over other rows by a for-of.
async function getGroupLooped(organizationId: string, others: { id: string; organizationId: string }[]) {
  let group = await prisma.group.findFirst({ where: { organizationId } });
  for (group of others) {
    break;
  }
  return group;
}

export async function groupLoopedRequests(organizationId: string, others: { id: string; organizationId: string }[]) {
  const group = await getGroupLooped(organizationId, others);
  return prisma.req.findMany({ where: { groupId: group!.id } }); // want "findMany on tenant-scoped \"Req\" does not filter by the tenant"
}

// The let given another row by a destructuring.
async function getGroupDestructured(organizationId: string, others: { id: string; organizationId: string }[]) {
  let group = await prisma.group.findFirst({ where: { organizationId } });
  if (!group) [group] = others;
  return group;
}

export async function groupDestructuredRequests(organizationId: string, others: { id: string; organizationId: string }[]) {
  const group = await getGroupDestructured(organizationId, others);
  return prisma.req.findMany({ where: { groupId: group!.id } }); // want "findMany on tenant-scoped \"Req\" does not filter by the tenant"
}

// The let given another row by a logical assignment.
async function getGroupOr(organizationId: string, other: { id: string; organizationId: string }) {
  let group = await prisma.group.findFirst({ where: { organizationId } });
  group ||= other;
  return group;
}

export async function groupOrRequests(organizationId: string, other: { id: string; organizationId: string }) {
  const group = await getGroupOr(organizationId, other);
  return prisma.req.findMany({ where: { groupId: group.id } }); // want "findMany on tenant-scoped \"Req\" does not filter by the tenant"
}

// The row's key deleted: the caller's filter is undefined, dropped.
async function getGroupKeyDeleted(organizationId: string) {
  let group = await prisma.group.findFirst({ where: { organizationId } });
  if (!group) group = await prisma.group.create({ data: { id: "g", organizationId } });
  delete (group as any).id;
  return group;
}

export async function groupKeyDeletedRequests(organizationId: string) {
  const group = await getGroupKeyDeleted(organizationId);
  return prisma.req.findMany({ where: { groupId: group.id } }); // want "findMany on tenant-scoped \"Req\" does not filter by the tenant"
}

// The name declared again in an inner block, with another row.
async function getGroupVar(organizationId: string, other: { id: string; organizationId: string }) {
  let group = await prisma.group.findFirst({ where: { organizationId } });
  {
    let group = other;
    void group;
  }
  return group;
}

export async function groupVarRequests(organizationId: string, other: { id: string; organizationId: string }) {
  const group = await getGroupVar(organizationId, other);
  return prisma.req.findMany({ where: { groupId: group!.id } }); // want "findMany on tenant-scoped \"Req\" does not filter by the tenant"
}

// The created fallback's tenant given by another parameter than the
// lookup's.
async function getGroupTwoTenants(organizationId: string, other: string) {
  let group = await prisma.group.findFirst({ where: { organizationId } });
  if (!group) group = await prisma.group.create({ data: { id: "g", organizationId: other } });
  return group;
}

export async function groupTwoTenantsRequests(organizationId: string, other: string) {
  const group = await getGroupTwoTenants(organizationId, other);
  return prisma.req.findMany({ where: { groupId: group.id } });
}

// Assigned inside a then callback.
async function getGroupThen(organizationId: string, other: { id: string; organizationId: string }) {
  let group = await prisma.group.findFirst({ where: { organizationId } });
  await Promise.resolve().then(() => (group = other as any));
  return group;
}

export async function groupThenRequests(organizationId: string, other: { id: string; organizationId: string }) {
  const group = await getGroupThen(organizationId, other);
  return prisma.req.findMany({ where: { groupId: group!.id } }); // want "findMany on tenant-scoped \"Req\" does not filter by the tenant"
}

// The tenant parameter given another value by a destructuring, or in a
// closure run before the create.
async function getGroupDestructuredTenant(organizationId: string, other: string) {
  let group = await prisma.group.findFirst({ where: { organizationId } });
  [organizationId] = [other];
  if (!group) group = await prisma.group.create({ data: { id: "g", organizationId } });
  return group;
}

export async function groupDestructuredTenantRequests(organizationId: string, other: string) {
  const group = await getGroupDestructuredTenant(organizationId, other);
  return prisma.req.findMany({ where: { groupId: group.id } }); // want "findMany on tenant-scoped \"Req\" does not filter by the tenant"
}

async function getGroupClosureTenant(organizationId: string, other: string) {
  const move = () => {
    organizationId = other;
  };
  let group = await prisma.group.findFirst({ where: { organizationId } });
  move();
  if (!group) group = await prisma.group.create({ data: { id: "g", organizationId } });
  return group;
}

export async function groupClosureTenantRequests(organizationId: string, other: string) {
  const group = await getGroupClosureTenant(organizationId, other);
  return prisma.req.findMany({ where: { groupId: group.id } }); // want "findMany on tenant-scoped \"Req\" does not filter by the tenant"
}

// The create's data a const of the helper whose tenant is changed.
async function getGroupDataConst(organizationId: string, other: string) {
  let group = await prisma.group.findFirst({ where: { organizationId } });
  const data = { id: "g", organizationId };
  data.organizationId = other;
  if (!group) group = await prisma.group.create({ data });
  return group;
}

export async function groupDataConstRequests(organizationId: string, other: string) {
  const group = await getGroupDataConst(organizationId, other);
  return prisma.req.findMany({ where: { groupId: group.id } }); // want "findMany on tenant-scoped \"Req\" does not filter by the tenant"
}

// The caller passes the helper a tenant it read from a row looked up by
// id alone.
export async function groupOfOtherRequests(keyId: string) {
  const key = await prisma.environment.findFirst({ where: { id: keyId } }); // want "findFirst on tenant-scoped \"Environment\" does not filter by the tenant"
  if (!key) throw new Error("no environment");
  const group = await getGroup(key.organizationId);
  return prisma.req.findMany({ where: { groupId: group.id } }); // want "findMany on tenant-scoped \"Req\" does not filter by the tenant"
}
