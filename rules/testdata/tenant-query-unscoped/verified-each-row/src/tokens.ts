import { scrypt } from "node:crypto";
import { promisify } from "node:util";
import { prisma } from "./db";

const scryptAsync = promisify(scrypt);

async function verifyToken(token: string, hash: string): Promise<boolean> {
  const [salt, storedHash] = hash.split(":");
  if (!(salt && storedHash)) {
    return false;
  }
  const derivedHash = await scryptAsync(token, salt, 64);
  return (derivedHash as Buffer).toString("hex") === storedHash;
}

// bklit's legacy API tokens: the rows of every organization sharing the
// presented token's prefix are read, but each is used only once the
// presented token matches its own hash, so the caller gets only the row
// whose secret it holds.
export async function validate(token: string, tokenLookup: string) {
  let matchedToken = await prisma.apiToken.findUnique({ where: { tokenLookup } });
  if (!matchedToken) {
    const tokenPrefix = token.substring(0, 8);
    const tokens = await prisma.apiToken.findMany({
      where: { tokenPrefix, tokenLookup: null },
    });
    for (const apiToken of tokens) {
      const isValid = await verifyToken(token, apiToken.tokenHash);
      if (isValid) {
        matchedToken = apiToken;
        prisma.apiToken
          .update({ where: { id: apiToken.id }, data: { tokenLookup } })
          .catch((err: unknown) => console.error(err));
        break;
      }
    }
  }
  if (!matchedToken) {
    return { valid: false };
  }
  return { valid: true, organizationId: matchedToken.organizationId };
}

// The verification written in the if itself.
export async function inline(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (await verifyToken(token, t.tokenHash)) {
      return t;
    }
  }
  return null;
}

// The element skipped unless verified, then used.
export async function skipped(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  let matched = null;
  for (const t of tokens) {
    const ok = await verifyToken(token, t.tokenHash);
    if (!ok) continue;
    matched = t;
    break;
  }
  return matched;
}

// The websocket server's copy: the list's emptiness is answered first
// and the type of an element read, which runs nothing.
export async function typed(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  let matchedToken: (typeof tokens)[0] | null = null;
  for (const apiToken of tokens) {
    const isValid = await verifyToken(token, apiToken.tokenHash);
    if (isValid) {
      matchedToken = apiToken;
      break;
    }
  }
  return matchedToken;
}

// The check written in the skipping if, and the row used past it.
export async function skippedInline(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (!(await verifyToken(token, t.tokenHash))) {
      continue;
    }
    await prisma.apiToken.update({ where: { id: t.id }, data: { tokenLookup: "x" } });
    return { organizationId: t.organizationId };
  }
  return null;
}
