import { prisma } from "./db";
import { fromHex } from "./db";

declare function verifyToken(token: string, hash: string | Buffer): Promise<boolean>;
declare const crypto: { timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean };
declare function sha(s: string): string;

// The hash handed to a wrapper the caller gave, which may keep every
// row's hash before any is verified.
export async function remembered(token: string, remember: (h: string) => string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyToken(token, remember(t.tokenHash))) return t;
  }
  return null;
}

// A wrapper of the file that keeps what it is given.
const kept: string[] = [];
function keep(h: string) {
  kept.push(h);
  return h;
}
export async function keptByFile(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyToken(token, keep(t.tokenHash))) return t;
  }
  return kept;
}

// An imported wrapper, unread.
export async function imported(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (crypto.timingSafeEqual(Buffer.from(sha(token)), fromHex(t.tokenHash))) return t;
  }
  return null;
}

// The single row found by id, written past a check of a kept hash.
export async function singleKept(id: string, token: string) {
  const key = await prisma.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return null;
  if (await verifyToken(token, keep(key.tokenHash))) {
    await prisma.apiToken.update({ where: { id: key.id }, data: { name: "used" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
  return null;
}

// Near misses that must stay quiet: the hash converted by a global.
export async function converted(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (crypto.timingSafeEqual(Buffer.from(sha(token)), Buffer.from(t.tokenHash))) return t;
  }
  return null;
}
export async function stringed(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (await verifyToken(token, String(t.tokenHash))) return t;
  }
  return null;
}
