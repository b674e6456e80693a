declare const prisma: any;

// The datastore is the caller's organization's when the key the caller
// presents is one of its organization's API keys: read with the row, the
// function leaving unless one matches (Chaindesk's external upload and its
// Crisp settings, which then link the datastore by the same id).
export async function upload(id: string, token: string) {
  const datastore = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } });
  if (!datastore) throw new Error("not found");
  if (!token || !datastore.organization.apiKeys.find((each) => each.key === token)) throw new Error("unauthorized");
  return datastore;
}

export async function linkDatastore(data: { datastoreId: string; apiKey: string; name: string }) {
  const datastore = await prisma.datastore.findUnique({ where: { id: data.datastoreId }, include: { organization: { include: { apiKeys: true } } } });
  if (!datastore?.organization?.apiKeys?.some((one) => one.key === data.apiKey)) throw new Error("unauthorized");
  return prisma.appDatasource.updateMany({ where: { organizationId: datastore.organizationId, name: data.name }, data: { datastoreId: data.datastoreId } });
}

// An agent without an organization has no keys: the check leaves.
export async function agentConfig(id: string, apiKey: string) {
  const agent = await prisma.agent.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } });
  if (!agent?.organization?.apiKeys?.find((one) => one.key === apiKey)) throw new Error("unauthorized");
  return agent;
}

// Near misses: keys loaded apart (by the request's organization), a miss
// that only logs, a key that may be missing, a field that is no
// credential, a constant, and a check in a branch the link does not
// follow.
export async function keysApart(id: string, token: string, orgId: string) {
  const keys = await prisma.userApiKey.findMany({ where: { organizationId: orgId } });
  const datastore = await prisma.datastore.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  if (!keys.find((each) => each.key === token)) throw new Error("unauthorized");
  return datastore;
}

export async function onlyLogs(id: string, token: string) {
  const datastore = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  if (!datastore?.organization.apiKeys.find((each) => each.key === token)) console.warn("no key");
  return datastore;
}

export async function maybeMissing(id: string, token?: string) {
  const datastore = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { oldKeys: true } } } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  if (!datastore?.organization.oldKeys.find((each) => each.key == token)) throw new Error("unauthorized");
  return datastore;
}

export async function notACredential(id: string, token: string) {
  const datastore = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { labels: true } } } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  if (!datastore?.organization.labels.find((each) => each.name === token)) throw new Error("unauthorized");
  return datastore;
}

export async function constantKey(id: string) {
  const datastore = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  if (!datastore?.organization.apiKeys.find((each) => each.key === "public")) throw new Error("unauthorized");
  return datastore;
}

export async function checkedInBranch(data: { datastoreId: string; apiKey: string; name: string }, strict: boolean) {
  const datastore = await prisma.datastore.findUnique({ where: { id: data.datastoreId }, include: { organization: { include: { apiKeys: true } } } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  if (strict) {
    if (!datastore?.organization?.apiKeys?.some((one) => one.key === data.apiKey)) throw new Error("unauthorized");
  }
  return prisma.appDatasource.updateMany({ where: { organizationId: datastore.organizationId, name: data.name }, data: { datastoreId: data.datastoreId } }); // want "updateMany on \"AppDatasource\" links a \"Datastore\" by \"datastoreId\" alone"
}

// The keys searched are the ones loaded: a key added first, through
// another name, Object.assign or a call, is found by the search.
export async function keyAddedFirst(id: string, token: string, add: (l: unknown[]) => void) {
  const a = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  const keys = a.organization.apiKeys;
  keys.push({ key: token });
  if (!a.organization.apiKeys.find((each) => each.key === token)) throw new Error("unauthorized");
  const b = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  Object.assign(b.organization, { apiKeys: [{ key: token }] });
  if (!b.organization.apiKeys.find((each) => each.key === token)) throw new Error("unauthorized");
  const c = await prisma.datastore.findUnique({ where: { id }, include: { organization: { include: { apiKeys: true } } } }); // want "findUnique on tenant-scoped \"Datastore\" does not filter by the tenant"
  add(c.organization.apiKeys);
  if (!c.organization.apiKeys.find((each) => each.key === token)) throw new Error("unauthorized");
  return [a, b, c];
}
