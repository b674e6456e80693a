import { prisma } from "./db";

declare function sha(s: string): Promise<string>;

const checker = {
  async verify(token: string, hash: string) {
    return (await sha(token)) === hash;
  },
};

// The checking method replaced by one that accepts anything.
export async function methodReplaced(token: string) {
  checker.verify = async () => true;
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await checker.verify(token, t.tokenHash)) return t;
  }
  return null;
}

class Checker {
  async verifyToken(token: string, hash: string) {
    return (await sha(token)) === hash;
  }
}
const instance = new Checker();

// The class's method replaced on its prototype.
export async function prototypeReplaced(token: string) {
  Checker.prototype.verifyToken = async () => true;
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await instance.verifyToken(token, t.tokenHash)) return t;
  }
  return null;
}

// The checking method replaced by Object.assign in another function.
export function weaken() {
  Object.assign(checker, { verify: async () => true });
}
export async function replacedElsewhere(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await checker.verify(token, t.tokenHash)) return t;
  }
  return null;
}

// The method written through a string subscript.
export async function subscriptReplaced(token: string) {
  (checker as any)["verify"] = async () => true;
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await checker.verify(token, t.tokenHash)) return t;
  }
  return null;
}
