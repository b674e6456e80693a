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
