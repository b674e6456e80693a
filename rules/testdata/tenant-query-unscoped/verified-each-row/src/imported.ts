import { prisma } from "./db";
import { verifyAnything, verifyToken } from "./lib/tokens";

// The verifier imported from another file of the application, calling a
// library on its way: read for its verdict, as one of the file is.
export async function validateImported(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.slice(0, 8) } });
  for (const t of tokens) {
    if (await verifyToken(token, t.tokenHash)) {
      await prisma.apiToken.update({ where: { id: t.id }, data: { lastUsedAt: new Date() } });
      return t;
    }
  }
  return null;
}

// An imported verifier that checks nothing proves nothing.
export async function validateAnything(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.slice(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyAnything(token, t.tokenHash)) {
      await prisma.apiToken.update({ where: { id: t.id }, data: { lastUsedAt: new Date() } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
      return t;
    }
  }
  return null;
}
