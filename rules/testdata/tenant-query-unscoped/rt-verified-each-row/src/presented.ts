import { prisma } from "./db";

declare function verifyToken(token: string, hash: string): Promise<boolean>;

// A secret from the server's configuration, not from the caller: the row
// whose secret it is goes to a caller who presented nothing.
export async function envKey(prefix: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: prefix } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyToken(process.env.DEFAULT_TOKEN!, t.tokenHash)) return t;
  }
  return null;
}

// The same through a const of the module, and as a fallback.
const DEFAULT_TOKEN = process.env.DEFAULT_TOKEN ?? "";
export async function envConst(prefix: string, token?: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: prefix } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyToken(token ?? DEFAULT_TOKEN, t.tokenHash)) return t;
  }
  return null;
}

// Guesses from a list of the module, not the caller.
const COMMON = ["password", "123456"];
export async function dictionary(prefix: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: prefix } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const guess of COMMON) {
    for (const t of tokens) {
      if (await verifyToken(guess, t.tokenHash)) return t;
    }
  }
  return null;
}

// The configured secret hashed first.
declare function sha(s: string, salt: string): Promise<string>;
export async function envHashed(prefix: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: prefix } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyToken(await sha(import.meta.env.VITE_TOKEN, "salt"), t.tokenHash)) return t;
  }
  return null;
}

// Guesses written in the loop's head.
export async function inlineGuesses(prefix: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: prefix } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const guess of ["admin", "root"]) {
    for (const t of tokens) {
      if (await verifyToken(guess, t.tokenHash)) return t;
    }
  }
  return null;
}

// A single row found by id, written past a check of the configured
// secret.
export async function singleEnv(id: string) {
  const key = await prisma.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return null;
  if (await verifyToken(process.env.DEFAULT_TOKEN!, key.tokenHash)) {
    await prisma.apiToken.update({ where: { id: key.id }, data: { name: "used" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
  return null;
}

// A constant of the module, already refused.
const MASTER = "letmein";
export async function masterKey(prefix: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: prefix } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyToken(MASTER, t.tokenHash)) return t;
  }
  return null;
}

// Another row's hash read by a helper of the file, already refused.
async function someHash(): Promise<string> {
  const row = await prisma.apiToken.findFirst({ where: { tokenLookup: null } }); // want "findFirst on tenant-scoped"
  return row.tokenHash;
}
export async function helperHash(prefix: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: prefix } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyToken(await someHash(), t.tokenHash)) return t;
  }
  return null;
}

// The row's own hash through a let given it in the loop, already refused.
export async function letHash(token: string) {
  let presented = token;
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    presented = t.tokenHash;
    if (await verifyToken(presented, t.tokenHash)) return t;
  }
  return null;
}

// Near misses that must stay quiet: tokens the caller presents, one by
// one from a list it sent, or beside a configured pepper.
export async function callersTokens(prefix: string, candidates: string[]) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: prefix } });
  for (const candidate of candidates) {
    for (const t of tokens) {
      if (await verifyToken(candidate, t.tokenHash)) return t;
    }
  }
  return null;
}
const PEPPER = process.env.PEPPER ?? "";
export async function peppered(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (await verifyToken(`${token}${PEPPER}`, t.tokenHash)) return t;
    if (await verifyToken(token + process.env.PEPPER, t.tokenHash)) return t;
  }
  return null;
}
export async function headerToken(headers: Record<string, string>) {
  const token = headers["x-api-key"];
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (await verifyToken(token, t.tokenHash)) return t;
  }
  return null;
}
