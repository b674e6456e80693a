import { prisma } from "./db";

// A secret found by the id the caller presents, used only once the value
// presented with it matches (Dittofeed's write keys): the lookup is by
// the credential, as one by id and value would be.
export async function validateWriteKey(secretId: string, presented: string) {
  const secret = await prisma.secret.findUnique({ where: { id: secretId } });
  if (!secret) return null;
  return secret.value === presented ? secret.organizationId : null;
}

// Near misses: a secret's name is no secret, nor is a setting's value;
// a row read before its value is matched.
export async function secretByName(secretId: string, name: string) {
  const secret = await prisma.secret.findUnique({ where: { id: secretId } }); // want "findUnique on tenant-scoped \"Secret\" does not filter by the tenant"
  if (!secret) return null;
  return secret.name === name ? secret.organizationId : null;
}

export async function settingByValue(settingId: string, value: string) {
  const setting = await prisma.setting.findUnique({ where: { id: settingId } }); // want "findUnique on tenant-scoped \"Setting\" does not filter by the tenant"
  if (!setting) return null;
  return setting.value === value ? setting.organizationId : null;
}

export async function readFirst(secretId: string, presented: string) {
  const secret = await prisma.secret.findUnique({ where: { id: secretId } }); // want "findUnique on tenant-scoped \"Secret\" does not filter by the tenant"
  if (!secret) return null;
  const name = secret.name;
  return secret.value === presented ? name : null;
}

// Near misses: the secret's value may be null, which a missing presented
// value matches: loosely (`null == undefined`), or strictly when its type
// admits null.
export async function looseMatch(secretId: string, presented?: string) {
  const secret = await prisma.secret.findUnique({ where: { id: secretId } }); // want "findUnique on tenant-scoped \"Secret\" does not filter by the tenant"
  if (!secret) return null;
  return secret.value == presented ? secret.organizationId : null;
}

export async function nullPresented(secretId: string, presented: string | null) {
  const secret = await prisma.secret.findUnique({ where: { id: secretId } }); // want "findUnique on tenant-scoped \"Secret\" does not filter by the tenant"
  if (!secret) return null;
  return secret.value === presented ? secret.organizationId : null;
}

// Strictly compared, a stored null is matched by null alone: a value
// known never to be null proves the lookup (Dittofeed's write key from
// `split`, Chaindesk's invitation token from `decodeURIComponent`), and
// so does an optional parameter, undefined matching no stored value.
export async function splitKey(header: string) {
  const [secretId, presented] = header.split(":");
  const secret = await prisma.secret.findUnique({ where: { id: secretId } });
  if (!secret) return null;
  return secret.value === presented ? secret.organizationId : null;
}

export async function decodedToken(query: { id: string; token: string }) {
  const token = decodeURIComponent(query.token);
  const secret = await prisma.secret.findUnique({ where: { id: query.id } });
  if (secret?.value !== token) throw new Error("forbidden");
  return secret;
}

export async function optionalPresented(secretId: string, presented?: string) {
  const secret = await prisma.secret.findUnique({ where: { id: secretId } });
  if (!secret) return null;
  return secret.value === presented ? secret.organizationId : null;
}

// Near misses: a value parsed from JSON may be null; a row selected
// without its value holds undefined there, which a missing key matches.
export async function parsedPresented(secretId: string, body: string) {
  const presented = JSON.parse(body);
  const secret = await prisma.secret.findUnique({ where: { id: secretId } }); // want "findUnique on tenant-scoped \"Secret\" does not filter by the tenant"
  if (!secret) return null;
  return secret.value === presented ? secret.organizationId : null;
}

export async function valueLeftOut(header: string) {
  const [secretId, presented] = header.split(":");
  const secret = await prisma.secret.findUnique({ where: { id: secretId }, select: { organizationId: true, name: true } }); // want "findUnique on tenant-scoped \"Secret\" does not filter by the tenant"
  if (!secret) return null;
  return (secret as any).value === presented ? secret.organizationId : null;
}
