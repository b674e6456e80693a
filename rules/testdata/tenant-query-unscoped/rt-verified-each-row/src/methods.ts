import { prisma } from "./db";

declare function sha(s: string): Promise<string>;

// Near miss that must stay quiet: a checker of the file's own that
// nothing replaces, beside writes of other properties and elements.
const hasher = {
  async verifyHashed(token: string, hash: string) {
    return (await sha(token)) === hash;
  },
};
const counts: number[] = [0];
const stats = { calls: 0 };
export async function ownChecker(token: string) {
  counts[0] = 1;
  stats.calls = 2;
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } });
  for (const t of tokens) {
    if (await hasher.verifyHashed(token, t.tokenHash)) return t;
  }
  return null;
}
