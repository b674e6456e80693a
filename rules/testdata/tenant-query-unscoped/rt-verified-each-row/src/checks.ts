import { prisma } from "./db";

declare const scryptHex: (token: string, salt: string) => Promise<string>;
declare function sha256(s: string): Promise<string>;
declare const crypto: { timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean };
declare const bcrypt: { compare(plain: string, hash: string): Promise<boolean> };

// A check that compares a value with itself: it accepts any token.
async function verifySelf(token: string, hash: string): Promise<boolean> {
  return token === token;
}

// A check that reads only the stored hash: it accepts any token.
async function verifyShape(token: string, hash: string): Promise<boolean> {
  return hash.length === 64;
}

// A check that compares two constants.
async function verifyConst(token: string, hash: string): Promise<boolean> {
  return 1 == 1;
}

// A library's check handed the stored hash twice.
async function verifyTwice(token: string, hash: string): Promise<boolean> {
  return bcrypt.compare(hash, hash);
}

// The hash's salt and stored part compared with each other: no token.
async function verifySplit(token: string, hash: string): Promise<boolean> {
  const [salt, stored] = hash.split(":");
  return (await scryptHex(stored, salt)) === stored;
}

// A check of sizes: every token of the hash's length matches.
async function verifyLength(token: string, hash: string): Promise<boolean> {
  return token.length === hash.length;
}
export async function lengthsOnly(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyLength(token, t.tokenHash)) return t;
  }
  return null;
}

export async function selfCompared(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifySelf(token, t.tokenHash)) return t;
  }
  return null;
}

export async function shapeOnly(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyShape(token, t.tokenHash)) return t;
  }
  return null;
}

export async function constants(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyConst(token, t.tokenHash)) return t;
  }
  return null;
}

export async function libraryTwice(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyTwice(token, t.tokenHash)) return t;
  }
  return null;
}

export async function splitOnly(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifySplit(token, t.tokenHash)) return t;
  }
  return null;
}

// The single row found by id and written once such a check passed.
export async function singleRow(id: string, token: string) {
  const key = await prisma.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return null;
  if (await verifySelf(token, key.tokenHash)) {
    await prisma.apiToken.update({ where: { id: key.id }, data: { name: "used" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
  return null;
}

// Near misses that must stay quiet: checks that set the presented token
// against the stored hash.
async function verifyHashed(token: string, hash: string): Promise<boolean> {
  return (await sha256(token)) === hash;
}
const verifyArrow = async (token: string, hash: string) => crypto.timingSafeEqual(Buffer.from(await sha256(token)), Buffer.from(hash));
async function verifySalted(token: string, hash: string): Promise<boolean> {
  const [salt, stored] = hash.split(":");
  if (!(salt && stored)) return false;
  const derived = await scryptHex(token, salt);
  return derived === stored;
}
async function verifyLibrary(token: string, hash: string): Promise<boolean> {
  try {
    return await bcrypt.compare(token, hash);
  } catch {
    return false;
  }
}

export async function hashed(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (await verifyHashed(token, t.tokenHash)) return t;
  }
  return null;
}

export async function arrow(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (await verifyArrow(token, t.tokenHash)) return t;
  }
  return null;
}

export async function salted(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    const ok = await verifySalted(token, t.tokenHash);
    if (!ok) continue;
    return t;
  }
  return null;
}

export async function library(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (await verifyLibrary(token, t.tokenHash)) return t;
  }
  return null;
}

export async function singleRowChecked(id: string, token: string) {
  const key = await prisma.apiToken.findUnique({ where: { id } });
  if (!key) return null;
  if (await verifySalted(token, key.tokenHash)) {
    await prisma.apiToken.update({ where: { id: key.id }, data: { name: "used" } });
  }
  return null;
}
