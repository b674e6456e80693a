import { db } from "./db";

// The key a caller presents, read by it: a credential lookup.
export async function keyById(value: string) {
  return db.apiKey.findUnique({ where: { id: value } });
}

export async function keyByIdFirst(value: string) {
  return db.apiKey.findFirst({ where: { id: value }, include: { organization: true } });
}

export async function projectKeyById(value: string) {
  return db.projectApiKey.findUniqueOrThrow({ where: { id: value } });
}

// The id also names the key in the console's routes: a write by it
// reaches another organization's key.
export async function revokeKey(id: string) {
  return db.apiKey.delete({ where: { id } }); // want "delete on tenant-scoped \"ApiKey\" does not filter by the tenant"
}

export async function renameKey(id: string, name: string) {
  return db.apiKey.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"ApiKey\" does not filter by the tenant"
}

export async function upsertKey(id: string, organizationId: string) {
  return db.apiKey.upsert({ where: { id }, create: { id, organizationId }, update: { name: "Default" } }); // want "upsert on tenant-scoped \"ApiKey\" does not filter by the tenant"
}

export async function revokeKeys(id: string) {
  return db.apiKey.deleteMany({ where: { id } }); // want "deleteMany on tenant-scoped \"ApiKey\" does not filter by the tenant"
}

// The key's row read by the id, then written by the row's id.
export async function readThenRevoke(id: string) {
  const key = await db.apiKey.findUnique({ where: { id } });
  if (!key) throw new Error("not found");
  return db.apiKey.delete({ where: { id: key.id } }); // want "delete on tenant-scoped \"ApiKey\" does not filter by the tenant"
}

// The key's usages removed through the key's id.
export async function clearUsages(id: string) {
  return db.apiKeyUsage.deleteMany({ where: { apiKey: { id } } }); // want "deleteMany on tenant-scoped \"ApiKeyUsage\" does not filter by the tenant"
}

export async function usageById(id: string) {
  return db.apiKeyUsage.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiKeyUsage\" does not filter by the tenant"
}

export async function namedKey(name: string) {
  return db.namedApiKey.findUnique({ where: { name } }); // want "findUnique on tenant-scoped \"NamedApiKey\" does not filter by the tenant"
}

export async function bytesKeyById(id: string) {
  return db.bytesApiKey.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"BytesApiKey\" does not filter by the tenant"
}

export async function pairedKeyById(id: string) {
  return db.pairedApiKey.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"PairedApiKey\" does not filter by the tenant"
}

export async function compoundKeyById(id: string) {
  return db.compoundApiKey.findFirst({ where: { id } }); // want "findFirst on tenant-scoped \"CompoundApiKey\" does not filter by the tenant"
}

// Found by its name, then its id compared with what the caller sent: the
// id is no secret to the console that lists it.
export async function renameChecked(name: string, id: string) {
  const key = await db.apiKey.findFirst({ where: { name } }); // want "findFirst on tenant-scoped \"ApiKey\" does not filter by the tenant"
  if (!key || key.id !== id) throw new Error("not found");
  return db.apiKey.update({ where: { id: key.id }, data: { name: "x" } }); // want "update on tenant-scoped \"ApiKey\" does not filter by the tenant"
}

export async function serialKeyById(id: string) {
  return db.serialApiKey.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"SerialApiKey\" does not filter by the tenant"
}

export async function labelledKeyById(id: string) {
  return db.labelledApiKey.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"LabelledApiKey\" does not filter by the tenant"
}

// Reads other than finding the one key: every key's row, or its count.
export async function keysById(id: string) {
  return db.apiKey.findMany({ where: { id } }); // want "findMany on tenant-scoped \"ApiKey\" does not filter by the tenant"
}

export async function usagesOfKey(id: string) {
  return db.apiKeyUsage.findMany({ where: { apiKey: { id } } }); // want "findMany on tenant-scoped \"ApiKeyUsage\" does not filter by the tenant"
}

// A write whose where is a const object built from the id.
export async function revokeByWhere(id: string) {
  const where = { id };
  return db.apiKey.delete({ where }); // want "delete on tenant-scoped \"ApiKey\" does not filter by the tenant"
}

// A read of the key by a value the caller does not present.
export async function defaultKey() {
  return db.apiKey.findUnique({ where: { id: "default" } }); // want "findUnique on tenant-scoped \"ApiKey\" does not filter by the tenant"
}

// Twin that stays silent: the key read by its id with the filter spelt
// out.
export async function keyByEquals(value: string) {
  return db.apiKey.findFirst({ where: { id: { equals: value } } });
}

// A usage linked to a key by the key's id: another organization's key,
// connected to the caller's usage.
export async function recordUsage(organizationId: string, id: string) {
  return db.apiKeyUsage.create({
    data: { organizationId, apiKey: { connect: { id } } }, // want "create on \"ApiKeyUsage\" links a \"ApiKey\" by . id . alone"
  });
}

export async function fingerprintKeyById(id: string) {
  return db.fingerprintApiKey.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"FingerprintApiKey\" does not filter by the tenant"
}

export async function describedKeyById(value: string) {
  return db.describedApiKey.findUnique({ where: { id: value } });
}

// A read by the key or by a name anyone can guess.
export async function keyByIdOrName(value: string) {
  return db.apiKey.findFirst({ where: { OR: [{ id: value }, { name: value }] } }); // want "findFirst on tenant-scoped \"ApiKey\" does not filter by the tenant"
}

// A read by a key that is not the one given: any key but it.
export async function anotherKey(value: string) {
  return db.apiKey.findFirst({ where: { id: { not: value } } }); // want "findFirst on tenant-scoped \"ApiKey\" does not filter by the tenant"
}
