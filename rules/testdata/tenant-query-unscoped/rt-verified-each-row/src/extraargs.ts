import { prisma } from "./db";

declare function verifyWith(token: string, hash: string, note?: unknown): Promise<boolean>;
declare function leak(x: unknown): string;

// The hash also handed, as a further argument of the check, to a function
// that keeps it: every row's hash reaches it before any is verified.
export async function thirdArgument(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyWith(token, t.tokenHash, leak(t.tokenHash))) return t;
  }
  return null;
}

// The hash logged in the presented argument.
export async function inPresented(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyWith(`${token}${leak(t.tokenHash) && ""}`, t.tokenHash)) return t;
  }
  return null;
}

// The hash given twice, the second time inside an object.
export async function inObject(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyWith(token, t.tokenHash, { h: t.tokenHash })) return t;
  }
  return null;
}

// Near miss that must stay quiet: a further argument of the caller's.
export async function options(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (await verifyWith(token, t.tokenHash, { algorithm: "scrypt" })) return t;
  }
  return null;
}

// The hash wrapped by a declared global that is no conversion.
export async function declaredWrapper(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyWith(token, leak(t.tokenHash))) return t;
  }
  return null;
}
