import { prisma } from "./db";
import { verifyAny, verifyRenamed, verifyArrowAny, verifyDefault } from "./lib";
import verifyDefaultDirect from "./lib/impl";
import * as checks from "./lib/impl";

export async function reexported(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyAny(token, t.tokenHash)) return t;
  }
  return null;
}

export async function renamed(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyRenamed(token, t.tokenHash)) return t;
  }
  return null;
}

export async function starExported(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyArrowAny(token, t.tokenHash)) return t;
  }
  return null;
}

export async function defaultReexported(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyDefault(token, t.tokenHash)) return t;
  }
  return null;
}

export async function defaultDirect(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyDefaultDirect(token, t.tokenHash)) return t;
  }
  return null;
}

export async function namespaced(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await checks.verifySame(token, t.tokenHash)) return t;
  }
  return null;
}

// Near misses that must stay quiet: a check of the application read
// through its re-export, and a package's check taken at its name.
import { verifyHashedOk } from "./lib";
import bcrypt from "bcrypt";

export async function readCheck(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (await verifyHashedOk(token, t.tokenHash)) return t;
  }
  return null;
}

export async function packageCheck(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (await bcrypt.compare(token, t.tokenHash)) return t;
  }
  return null;
}
