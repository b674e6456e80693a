// Checks in name only, in a file of the application.
export async function verifyAny(token: string, hash: string): Promise<boolean> {
  return token.length > 0 || hash.length > 0;
}
export async function verifySame(token: string, hash: string): Promise<boolean> {
  return token === token;
}
export default async function verifyDefault(token: string, hash: string): Promise<boolean> {
  return true;
}
export const verifyArrowAny = async (token: string, hash: string) => true;

declare function sha(s: string): Promise<string>;

// A check that sets the token against the hash.
export async function verifyHashedOk(token: string, hash: string): Promise<boolean> {
  return (await sha(token)) === hash;
}
