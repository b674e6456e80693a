import { prisma } from "./db";

declare function verifyToken(token: string, hash: string): Promise<boolean>;

// The verified element's id replaced before its write.
export async function idReplaced(token: string, otherId: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (!(await verifyToken(token, t.tokenHash))) continue;
    t.id = otherId;
    await prisma.apiToken.update({ where: { id: t.id }, data: { tokenLookup: "x" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
  return null;
}

// The verified element given another row's fields before its write.
export async function assignedOver(token: string, other: { id: string }) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    const ok = await verifyToken(token, t.tokenHash);
    if (!ok) continue;
    Object.assign(t, other);
    await prisma.apiToken.update({ where: { id: t.id }, data: { tokenLookup: "x" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
  return null;
}

// The verified branch writes the element of another loop over the same list.
export async function otherElement(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (!(await verifyToken(token, t.tokenHash))) continue;
    for (const u of tokens) {
      await prisma.apiToken.update({ where: { id: u.id }, data: { tokenLookup: "x" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
    }
  }
  return null;
}

// The skip tests the verdict of one element, the write keys the next one
// through a let.
export async function nextElement(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  let prev: { id: string } | null = null;
  for (const t of tokens) {
    if (prev) await prisma.apiToken.update({ where: { id: prev.id }, data: { tokenLookup: "x" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
    prev = t;
    if (!(await verifyToken(token, t.tokenHash))) continue;
  }
  return null;
}

// The write keyed by the element in a callback that runs later: the rule
// reads no gate across a function, so it stays reported.
export async function laterCallback(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (!(await verifyToken(token, t.tokenHash))) continue;
    setTimeout(() => prisma.apiToken.update({ where: { id: t.id }, data: { tokenLookup: "x" } }), 0); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
  return null;
}

// A delete and an upsert keyed by the verified element: the caller holds
// its secret, quiet as the update.
export async function otherOperations(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (!(await verifyToken(token, t.tokenHash))) continue;
    await prisma.apiToken.delete({ where: { id: t.id } });
  }
  return null;
}
