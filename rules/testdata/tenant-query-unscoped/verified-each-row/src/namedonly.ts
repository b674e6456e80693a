import { prisma } from "./db";

// A check in name only: it accepts any token.
async function verifyToken(token: string, hash: string): Promise<boolean> {
  console.log(token, hash);
  return true;
}

// Every element passes a check that accepts anything.
export async function alwaysTrue(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped"
  for (const t of tokens) {
    if (await verifyToken(token, t.tokenHash)) return t;
  }
  return null;
}

// A closure made before the check keeps every element.
export async function closureLater(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped"
  const later: Array<() => unknown> = [];
  for (const t of tokens) {
    later.push(() => t);
    if (await verifyToken(token, t.tokenHash)) return t;
  }
  return later;
}

// The element handed on in the condition, before its check answers.
export async function conditionFirst(token: string, audit: (x: unknown) => boolean) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped"
  for (const t of tokens) {
    if (audit(t) && (await verifyToken(token, t.tokenHash))) return t;
  }
  return null;
}
