import { prisma } from "./db";

declare const scryptHex: (token: string, salt: string) => Promise<string>;

// Checks that keep the hashes they are given: the walk hands them every
// organization's hash of the prefix before any is verified.
const seen: string[] = [];
async function verifyPushed(token: string, hash: string): Promise<boolean> {
  seen.push(hash);
  const [salt, stored] = hash.split(":");
  return (await scryptHex(token, salt)) === stored;
}
let last = "";
async function verifyAssigned(token: string, hash: string): Promise<boolean> {
  last = hash;
  return (await scryptHex(token, "s")) === hash;
}
const cache = new Map<string, string>();
const verifyCached = async (token: string, hash: string) => {
  cache.set(token, hash);
  return (await scryptHex(token, "s")) === hash;
};
function remember(h: string) {
  return h;
}
async function verifyRemembered(token: string, hash: string): Promise<boolean> {
  remember(hash);
  return (await scryptHex(token, "s")) === hash;
}
const box = { h: "" };
async function verifyBoxed(token: string, hash: string): Promise<boolean> {
  Object.assign(box, { h: hash });
  return (await scryptHex(token, "s")) === hash;
}

export async function pushed(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyPushed(token, t.tokenHash)) return t;
  }
  return seen;
}

export async function assigned(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyAssigned(token, t.tokenHash)) return t;
  }
  return last;
}

export async function cached(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyCached(token, t.tokenHash)) return t;
  }
  return cache;
}

export async function remembered(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyRemembered(token, t.tokenHash)) return t;
  }
  return null;
}

export async function boxed(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyBoxed(token, t.tokenHash)) return t;
  }
  return box;
}

// Near miss that must stay quiet: a check whose names are all its own.
async function verifyOwn(token: string, hash: string): Promise<boolean> {
  const parts: string[] = [];
  parts.push(...hash.split(":"));
  const [salt] = parts;
  return (await scryptHex(token, salt)) === hash.split(":")[1];
}
export async function own(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (await verifyOwn(token, t.tokenHash)) return t;
  }
  return null;
}

// Checks that keep, or compare, what they are given through arguments.
const held: unknown[] = [];
async function verifyArguments(token: string, hash: string): Promise<boolean> {
  held.push(arguments[1]);
  return (await scryptHex(token, "s")) === hash;
}
async function verifyArgumentsSelf(token: string, hash: string): Promise<boolean> {
  return arguments[0] === arguments[0];
}
export async function viaArguments(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyArguments(token, t.tokenHash)) return t;
  }
  return held;
}
export async function argumentsSelf(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyArgumentsSelf(token, t.tokenHash)) return t;
  }
  return null;
}
