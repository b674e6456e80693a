import { timingSafeEqual } from "crypto";
import { db } from "./db";
import { verifySecret } from "./auth";

declare function verifyToken(token: string, hash: string): Promise<boolean>;
declare function hashToken(token: string): Promise<string>;
declare const bcrypt: { compare(plain: string, hash: string): Promise<boolean> };

// bklit's legacy tokens: the candidates a public prefix finds (other
// organizations' among them), each verified against the token presented
// before its row is written. The lookup too is accepted: no candidate is
// used but behind its own check.
export async function migrate(token: string, tokenLookup: string) {
  const tokens = await db.apiToken.findMany({ where: { tokenPrefix: token.slice(0, 8), tokenLookup: null } });
  for (const apiToken of tokens) {
    const isValid = await verifyToken(token, apiToken.tokenHash);
    if (isValid) {
      await db.apiToken.update({ where: { id: apiToken.id }, data: { tokenLookup } });
      break;
    }
  }
}

// A row found by id, used once the secret presented matches its hash,
// as after an equality with it: the lookup too. The test inline, or one
// that leaves.
export async function byId(id: string, secret: string) {
  const key = await db.apiToken.findUnique({ where: { id } });
  if (!key) return null;
  if (!(await bcrypt.compare(secret, key.tokenHash))) throw new Error("unauthorized");
  return db.apiToken.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
}

export async function buffers(id: string, secret: string) {
  const key = await db.apiToken.findUnique({ where: { id } });
  if (key && timingSafeEqual(Buffer.from(await hashToken(secret)), Buffer.from(key.tokenHash))) {
    await db.apiToken.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  }
}

// Near misses. The check may fail and the call run all the same; the
// result is ignored, or an || lets it through.
export async function logged(token: string) {
  const tokens = await db.apiToken.findMany({ where: { tokenPrefix: token.slice(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const apiToken of tokens) {
    const isValid = await verifyToken(token, apiToken.tokenHash);
    if (!isValid) console.warn("mismatch");
    await db.apiToken.update({ where: { id: apiToken.id }, data: { lastUsedAt: new Date() } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
    if (isValid || apiToken.label) await db.apiToken.delete({ where: { id: apiToken.id } }); // want "delete on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
}

// The value checked is the row's own, a constant, or not a credential;
// the function is not a check.
export async function notPresented(id: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return;
  const copy = String(key.tokenHash);
  if (await verifyToken(copy, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (await verifyToken("default", key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "b" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (await verifyToken(token, key.label)) await db.apiToken.update({ where: { id: key.id }, data: { label: "c" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (await Promise.all([token, key.tokenHash])) await db.apiToken.update({ where: { id: key.id }, data: { label: "d" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

// The stored hash is replaced before the check, or the row is not a
// stored one.
export async function rewritten(id: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return;
  key.tokenHash = await hashToken(token);
  if (await verifyToken(token, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

export async function assigned(id: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return;
  Object.assign(key, { tokenHash: await hashToken(token) });
  if (await verifyToken(token, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

export async function forged(id: string, token: string) {
  const key = { id, tokenHash: await hashToken(token) };
  if (await verifyToken(token, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

// The id is changed after the check (the row read was the caller's).
export async function movedAfter(id: string, token: string, other: string) {
  const key = await db.apiToken.findUnique({ where: { id } });
  if (!key) return;
  if (!(await verifyToken(token, key.tokenHash))) return;
  key.id = other;
  await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

// Langfuse's API keys: the result held in a const that an if leaves on.
export async function heldResult(id: string, secret: string) {
  const key = await db.apiToken.findUnique({ where: { id } });
  if (!key) throw new Error("invalid credentials");
  const isValid = await bcrypt.compare(secret, key.tokenHash);
  if (!isValid) throw new Error("invalid credentials");
  await db.apiToken.update({ where: { id }, data: { lastUsedAt: new Date() } });
  return key.organizationId;
}

// Near misses: the held result only logged, or tested once the row has
// left (returned from a callback run before the test).
export async function heldLogged(id: string, secret: string) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) throw new Error("invalid credentials");
  const isValid = await bcrypt.compare(secret, key.tokenHash);
  if (!isValid) console.warn("invalid credentials");
  await db.apiToken.update({ where: { id }, data: { lastUsedAt: new Date() } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

export async function heldAfterUse(id: string, secret: string, send: (row: unknown) => void) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) throw new Error("invalid credentials");
  const isValid = await bcrypt.compare(secret, key.tokenHash);
  send(key);
  if (!isValid) throw new Error("invalid credentials");
}

// A check not awaited gives a promise, truthy whatever the token; an
// ordering answers 0, falsy, for the one token that matches. A check that
// answers at once (compareSync) needs no await.
declare const bcryptSync: { compareSync(plain: string, hash: string): boolean };
export async function unawaited(id: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return;
  if (verifyToken(token, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (Buffer.compare(Buffer.from(token), Buffer.from(key.tokenHash))) await db.apiToken.update({ where: { id: key.id }, data: { label: "b" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  const ok = bcrypt.compare(token, key.tokenHash);
  if (!ok) return;
  await db.apiToken.update({ where: { id: key.id }, data: { label: "c" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

export async function answeredAtOnce(id: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } });
  if (!key || !bcryptSync.compareSync(token, key.tokenHash)) return;
  await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } });
}

// A name that says the values differ answers true for the wrong token.
declare function hashesNotEqual(a: string, b: string): Promise<boolean>;
declare function doesNotMatch(a: string, b: string): Promise<boolean>;
export async function negated(id: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return;
  if (await hashesNotEqual(token, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (await doesNotMatch(token, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "b" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

declare function hashesEqual(a: string, b: string): Promise<boolean>;
export async function affirmed(id: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } });
  if (!key || !(await hashesEqual(token, key.tokenHash))) return;
  await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } });
}

// The candidates' hashes replaced before the walk that checks them,
// through a name other than the loop's: a callback's, an earlier loop's,
// an element taken out.
export async function replacedBefore(token: string) {
  const tokens = await db.apiToken.findMany({ where: { tokenPrefix: token.slice(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  const tokenHash = await hashToken(token);
  tokens.forEach((t) => Object.assign(t, { tokenHash }));
  for (const apiToken of tokens) {
    if (await verifyToken(token, apiToken.tokenHash)) await db.apiToken.update({ where: { id: apiToken.id }, data: { label: "a" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
  const others = await db.apiToken.findMany({ where: { tokenPrefix: token.slice(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of others) Object.assign(t, { tokenHash });
  for (const apiToken of others) {
    if (await verifyToken(token, apiToken.tokenHash)) await db.apiToken.update({ where: { id: apiToken.id }, data: { label: "b" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
  const more = await db.apiToken.findMany({ where: { tokenPrefix: token.slice(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  const first = more[0];
  Object.assign(first, { tokenHash });
  for (const apiToken of more) {
    if (await verifyToken(token, apiToken.tokenHash)) await db.apiToken.update({ where: { id: apiToken.id }, data: { label: "c" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
}

// Its length read, and a walk by a callback, keep every element.
export async function walkedOnly(token: string) {
  const tokens = await db.apiToken.findMany({ where: { tokenPrefix: token.slice(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (tokens.length === 0) return;
  tokens.forEach(async (apiToken) => {
    if (await verifyToken(token, apiToken.tokenHash)) await db.apiToken.update({ where: { id: apiToken.id }, data: { label: "a" } });
  });
}

export async function walkedOnce(token: string) {
  const tokens = await db.apiToken.findMany({ where: { tokenPrefix: token.slice(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  console.log(tokens.length);
  for (const apiToken of tokens) {
    if (await verifyToken(token, apiToken.tokenHash)) await db.apiToken.update({ where: { id: apiToken.id }, data: { label: "b" } });
  }
}

// The value presented is stored data: the row's hash held in a let, or
// another row's, which matches when the caller names one row twice.
export async function storedPresented(id: string, otherId: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  const other = await db.apiToken.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key || !other) return;
  let presented = token;
  if (!presented) presented = key.tokenHash;
  if (await verifyToken(presented, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (await verifyToken(other.tokenHash, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "b" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  const { tokenHash: held } = other;
  if (await verifyToken(held, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "c" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

export async function storedLookup(id: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return null;
  let presented = token;
  if (!presented) presented = key.tokenHash;
  if (!(await verifyToken(presented, key.tokenHash))) throw new Error("unauthorized");
  return key;
}

// A let given only what the caller sent.
export async function presentedLet(id: string, header: string, cookie: string) {
  const key = await db.apiToken.findUnique({ where: { id } });
  if (!key) return;
  let presented = header;
  if (!presented) presented = cookie;
  if (await verifyToken(presented, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } });
}

// A write where the check held proves nothing for one in the other
// branch, or in the catch that a failed check's throw reaches.
export async function otherBranch(id: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return;
  if (await verifyToken(token, key.tokenHash)) {
    await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } });
  } else {
    await db.apiToken.update({ where: { id: key.id }, data: { label: "b" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
  try {
    if (!(await verifyToken(token, key.tokenHash))) throw new Error("unauthorized");
    await db.apiToken.update({ where: { id: key.id }, data: { label: "c" } });
  } catch {
    await db.apiToken.update({ where: { id: key.id }, data: { label: "d" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
}

// One after it, on the path where the check held, is proven by it.
export async function sameBranch(id: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } });
  if (!key) return;
  if (await verifyToken(token, key.tokenHash)) {
    await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } });
    await db.apiToken.update({ where: { id: key.id }, data: { label: "b" } });
  }
}

// A checking function the file defines is read: one that answers true
// whatever it is given, or nests where it cannot be read, checks nothing.
async function verifyAny(token: string, hash: string) {
  console.log(token, hash);
  return true;
}
const matchesLoosely = async (token: string, hash: string) => token.length > 0 || hash.length > 0;
export async function alwaysTrue(id: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return;
  if (await verifyAny(token, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (await matchesLoosely(token, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "b" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  async function verifyInner(t: string, h: string) {
    return t !== h;
  }
  if (await verifyInner(token, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "c" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (await verifySecret(token, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "d" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

// One that answers with a library's verdict, an equality, or false.
async function verifyHashed(token: string, hash: string) {
  try {
    return await bcrypt.compare(token, hash);
  } catch {
    return false;
  }
}
const hashesMatch = async (token: string, hash: string) => (await hashToken(token)) === hash;
export async function checkedByHelper(id: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } });
  if (!key || !(await verifyHashed(token, key.tokenHash))) return;
  await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } });
  if (await hashesMatch(token, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "b" } });
}

// Equal to another row's hash: one row named twice matches itself.
export async function equalsStored(id: string, otherId: string) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return null;
  const other = await db.apiToken.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!other || other.tokenHash !== key.tokenHash) throw new Error("unauthorized");
  return key;
}

// Equal to what the caller sent, hashed.
export async function equalsPresented(id: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } });
  if (!key) return null;
  const presented = await hashToken(token);
  if (presented !== key.tokenHash) throw new Error("unauthorized");
  return key;
}

// The row's hash put in an object, a list or a map, then read back as
// the value presented.
const seen = new Map<string, string>();
export async function heldStored(id: string) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return;
  const bag: { h?: string } = {};
  bag.h = key.tokenHash;
  if (await verifyToken(bag.h, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  const hashes: string[] = [];
  hashes.push(key.tokenHash);
  if (await verifyToken(hashes[0], key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "b" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  seen.set(id, key.tokenHash);
  if (await verifyToken(seen.get(id)!, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "c" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

// What the caller sent, held in an object.
export async function heldPresented(id: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return;
  const credentials = { token };
  const tried: string[] = [];
  tried.push(token);
  if (await verifyToken(credentials.token, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } });
  if (await verifyToken(tried[0], key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "b" } });
}

// A checking method of an object or a class the file defines is read too.
const lenient = { verifyToken: async (token: string, hash: string) => token !== "" || hash !== "" };
class LenientChecker {
  async compare(token: string, hash: string) {
    return token.length > 0;
  }
  async rotate(id: string, token: string) {
    const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
    if (!key || !(await this.compare(token, key.tokenHash))) return;
    await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
}
const lenientChecker = new LenientChecker();
export async function lenientMethods(id: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return;
  if (await lenient.verifyToken(token, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (await lenientChecker.compare(token, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "b" } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

const strict = { verifyToken: async (token: string, hash: string) => (await hashToken(token)) === hash };
class StrictChecker {
  async compare(token: string, hash: string) {
    return bcrypt.compare(token, hash);
  }
}
const strictChecker = new StrictChecker();
export async function strictMethods(id: string, token: string) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return;
  if (await strict.verifyToken(token, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "a" } });
  if (await strictChecker.compare(token, key.tokenHash)) await db.apiToken.update({ where: { id: key.id }, data: { label: "b" } });
}
