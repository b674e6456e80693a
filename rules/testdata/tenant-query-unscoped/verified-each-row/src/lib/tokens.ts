import { scrypt } from "node:crypto";
import { promisify } from "node:util";

const scryptAsync = promisify(scrypt);

// bklit's verifier, imported from its utils package: it derives the hash
// with a library before it compares, which a verifier may.
export async function verifyToken(token: string, storedHash: string): Promise<boolean> {
  try {
    const [salt, hash] = storedHash.split(":");
    if (!(salt && hash)) {
      return false;
    }
    const derived = (await scryptAsync(token, salt, 64)) as Buffer;
    return derived.toString("hex") === hash;
  } catch {
    return false;
  }
}

// Answers true whatever it is given, after a library call.
export async function verifyAnything(token: string, storedHash: string): Promise<boolean> {
  await scryptAsync(token, storedHash, 64);
  return true;
}
