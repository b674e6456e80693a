import { prisma } from "./db";

declare function verifyToken(token: string, hash: string): Promise<boolean>;
declare const presented: string;

// The list of a module, exported: other files read every row.
export const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: presented.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
for (const t of tokens) {
  if (await verifyToken(presented, t.tokenHash)) console.log(t.id);
}

// Exported by a list of names at the end.
const moduleTokens = await prisma.apiToken.findMany({ where: { tokenPrefix: presented.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
for (const t of moduleTokens) {
  if (await verifyToken(presented, t.tokenHash)) console.log(t.id);
}
export { moduleTokens };
