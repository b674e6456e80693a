import { prisma } from "./db";

// An ordering awaited: 0 for the matching token, so truthy for every
// other one.
export async function localeCompared(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await token.localeCompare(t.tokenHash)) return t;
  }
  return null;
}

export async function bufferCompared(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    const ok = await Buffer.compare(Buffer.from(token), Buffer.from(t.tokenHash));
    if (!ok) continue;
    return t;
  }
  return null;
}

export async function singleOrdered(id: string, token: string) {
  const key = await prisma.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return null;
  if (await token.localeCompare(key.tokenHash)) {
    await prisma.apiToken.update({ where: { id: key.id }, data: { name: "used" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
  return null;
}

// A collator's ordering, awaited.
const collator = new Intl.Collator();
export async function collated(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await collator.compare(token, t.tokenHash)) return t;
  }
  return null;
}

// A check of the application answering an ordering.
async function verifyOrdered(token: string, hash: string): Promise<number> {
  return Buffer.compare(Buffer.from(token), Buffer.from(hash));
}
export async function orderedHelper(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyOrdered(token, t.tokenHash)) return t;
  }
  return null;
}

// Near miss that must stay quiet: a hashing library's compare.
declare const bcrypt: { compare(plain: string, hash: string): Promise<boolean> };
export async function hashingCompare(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (await bcrypt.compare(token, t.tokenHash)) return t;
  }
  return null;
}
