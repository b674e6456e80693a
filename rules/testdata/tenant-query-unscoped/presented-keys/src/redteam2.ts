declare const prisma: any;

const PUBLIC_TOKEN = "pk_public";

// Near misses of a key found among the row's organization's API keys: a
// check skipped without a token or for an admin, a predicate with another
// way to match, the key changed after the check, a key read from the row
// itself or a constant, the keys grown before the search, another row
// checked.

export async function tokenOptional(id: string, token?: string) {
  const datastore = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  if (token && !datastore?.organization.apiKeys.find((each) => each.key === token)) throw new Error("unauthorized");
  return datastore;
}

export async function orAdmin(id: string, token: string, isAdmin: boolean) {
  const datastore = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  if (!datastore?.organization.apiKeys.find((each) => each.key === token) && !isAdmin) throw new Error("unauthorized");
  return datastore;
}

export async function keyOrPublic(id: string, token: string) {
  const datastore = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  if (!datastore?.organization.apiKeys.find((each) => each.key === token || each.id)) throw new Error("unauthorized");
  return datastore;
}

export async function keyChanged(data: { datastoreId: string; apiKey: string; name: string }, other: string) {
  const datastore = await prisma.datastore.findUnique({ where: { id: data.datastoreId }, include: { organization: { include: { apiKeys: true } } } });
  if (!datastore?.organization?.apiKeys?.some((one) => one.key === data.apiKey)) throw new Error("unauthorized");
  data.datastoreId = other;
  return prisma.appDatasource.updateMany({ where: { organizationId: datastore.organizationId, name: data.name }, data: { datastoreId: data.datastoreId } }); // want "updateMany on \"AppDatasource\" links a \"Datastore\" by \"datastoreId\" alone"
}

export async function laterCallByKey(id: string, token: string) {
  const datastore = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } });
  if (!datastore?.organization.apiKeys.find((each) => each.key === token)) throw new Error("unauthorized");
  return prisma.datastore.delete({ where: { id } });
}

export async function laterCallChangedKey(id: string, token: string, other: string) {
  const datastore = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } });
  if (!datastore?.organization.apiKeys.find((each) => each.key === token)) throw new Error("unauthorized");
  id = other;
  return prisma.datastore.delete({ where: { id } }); // want "delete on tenant-scoped \"Datastore\" does not filter by the tenant"
}

export async function keyFromRow(id: string) {
  const datastore = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  const token = datastore?.organization.apiKeys[0]?.key;
  if (!datastore?.organization.apiKeys.find((each) => each.key === token)) throw new Error("unauthorized");
  return datastore;
}

export async function keysFiltered(id: string, token: string) {
  const datastore = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  datastore.organization.apiKeys.push({ key: token });
  if (!datastore?.organization.apiKeys.find((each) => each.key === token)) throw new Error("unauthorized");
  return datastore;
}

export async function otherRowChecked(id: string, otherId: string, token: string) {
  const datastore = await prisma.datastore.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  const other = await prisma.datastore.findUnique({ where: { id: otherId }, include: { organization: { include: { apiKeys: true } } } });
  if (!other?.organization.apiKeys.find((each) => each.key === token)) throw new Error("unauthorized");
  return prisma.datastore.delete({ where: { id } }); // want "delete on tenant-scoped \"Datastore\" does not filter by the tenant"
}

export async function agentOptionalMembers(id: string, token: string) {
  const agent = await prisma.agent.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } }); // want "findUnique on tenant-scoped \"Agent\" does not filter by the tenant"
  if (agent?.organization && !agent.organization.apiKeys.find((one) => one.key === token)) throw new Error("unauthorized");
  return agent;
}

export async function constantToken(id: string) {
  const datastore = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  if (!datastore?.organization.apiKeys.find((each) => each.key === PUBLIC_TOKEN)) throw new Error("unauthorized");
  return datastore;
}

export async function tokenFallsBackToRow(id: string, header?: string) {
  const datastore = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  const token = header ?? datastore?.organization.apiKeys[0]?.key;
  if (!datastore?.organization.apiKeys.find((each) => each.key === token)) throw new Error("unauthorized");
  return datastore;
}
