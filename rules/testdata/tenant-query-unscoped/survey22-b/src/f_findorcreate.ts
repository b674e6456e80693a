import { prisma } from "./db";

// F: a helper of the file finds the row with the tenant the caller
// passes, or else makes it in that tenant, and returns the let.
async function getDevKey(organizationId: string) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) {
    key = await prisma.apiKey.create({ data: { id: "k", organizationId, environmentId: "e" } }); // want "create on \"ApiKey\" links a \"Environment\" by \"environmentId\" alone"
  }
  return key;
}

export async function devHosts(organizationId: string) {
  const devKey = await getDevKey(organizationId);
  return prisma.host.findMany({ where: { status: "ONLINE", apiKeyId: devKey.id } });
}

// Twins. The fallback looks up any tenant's key.
async function getAnyKey(organizationId: string, id: string) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) {
    // An API key found by its key alone is a credential the caller
    // presents, quiet here; it is not found with the tenant.
    key = await prisma.apiKey.findUnique({ where: { id } });
  }
  return key;
}

export async function anyKeyHosts(organizationId: string, id: string) {
  const key = await getAnyKey(organizationId, id);
  return prisma.host.findMany({ where: { apiKeyId: key!.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

// The let is given a row the helper was handed.
async function getHandedKey(organizationId: string, handed: { id: string }) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) key = handed as any;
  return key;
}

export async function handedKeyHosts(organizationId: string, handed: { id: string }) {
  const key = await getHandedKey(organizationId, handed);
  return prisma.host.findMany({ where: { apiKeyId: key!.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

// The fallback is made from whatever the caller hands.
async function getKeyMadeFromInput(organizationId: string, input: { id: string; organizationId: string; environmentId: string }) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) key = await prisma.apiKey.create({ data: input }); // want "cannot see what create on \"ApiKey\" links"
  return key;
}

export async function inputKeyHosts(organizationId: string, input: { id: string; organizationId: string; environmentId: string }) {
  const key = await getKeyMadeFromInput(organizationId, input);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

// The row's id is written before the return.
async function getRekeyedKey(organizationId: string, to: string) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) key = await prisma.apiKey.create({ data: { id: "k", organizationId, environmentId: "e" } }); // want "create on \"ApiKey\" links a \"Environment\" by \"environmentId\" alone"
  Object.assign(key, { id: to });
  return key;
}

export async function rekeyedKeyHosts(organizationId: string, to: string) {
  const key = await getRekeyedKey(organizationId, to);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

// Unawaited, the let may hold a promise.
async function getPromisedKey(organizationId: string) {
  let key: any = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) key = prisma.apiKey.create({ data: { id: "k", organizationId, environmentId: "e" } }); // want "create on \"ApiKey\" links a \"Environment\" by \"environmentId\" alone"
  return key;
}

export async function promisedKeyHosts(organizationId: string) {
  const key = await getPromisedKey(organizationId);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

// The tenant parameter is given another value before the fallback.
async function getKeyRebound(organizationId: string, other: string) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) {
    organizationId = other;
    key = await prisma.apiKey.create({ data: { id: "k", organizationId, environmentId: "e" } }); // want "create on \"ApiKey\" links a \"Environment\" by \"environmentId\" alone"
  }
  return key;
}

export async function reboundKeyHosts(organizationId: string, other: string) {
  const key = await getKeyRebound(organizationId, other);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

// A callback gives the let another row.
async function getKeyLater(organizationId: string, other: { id: string }) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) key = await prisma.apiKey.create({ data: { id: "k", organizationId, environmentId: "e" } }); // want "create on \"ApiKey\" links a \"Environment\" by \"environmentId\" alone"
  [1].forEach(() => {
    key = other as any;
  });
  return key;
}

export async function laterKeyHosts(organizationId: string, other: { id: string }) {
  const key = await getKeyLater(organizationId, other);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

// Read through optional chaining, a missing key is undefined, a filter
// Prisma drops.
export async function devHostsOptional(organizationId: string) {
  const devKey = await getDevKey(organizationId);
  return prisma.host.findMany({ where: { status: "ONLINE", apiKeyId: devKey?.id } }); // want "findMany on tenant-scoped \"Host\""
}
