import { prisma } from "./db";

declare function sha(s: string): Promise<string>;

// A checking function held by a let, replaced by one that accepts
// anything.
let verifyLet = async (token: string, hash: string) => (await sha(token)) === hash;
export function loosen() {
  verifyLet = async () => true;
}
export async function letReplaced(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyLet(token, t.tokenHash)) return t;
  }
  return null;
}

// A function declaration replaced by an assignment.
async function verifyDeclared(token: string, hash: string) {
  return (await sha(token)) === hash;
}
export function loosenDeclared() {
  // @ts-ignore
  verifyDeclared = async () => true;
}
export async function declaredReplaced(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyDeclared(token, t.tokenHash)) return t;
  }
  return null;
}
