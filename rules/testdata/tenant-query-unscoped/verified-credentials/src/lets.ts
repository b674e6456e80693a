import { db } from "./db";

declare function verifyToken(token: string, hash: string): Promise<boolean>;
declare function rename(row: { id: string }): void;

// bklit's token check: the row found by the token's lookup hash, or else
// the legacy candidate whose hash verified.
export async function validate(token: string, tokenLookup: string) {
  let matchedToken = await db.apiToken.findUnique({ where: { tokenLookup } });
  if (!matchedToken) {
    const tokens = await db.apiToken.findMany({ where: { tokenPrefix: token.slice(0, 8), tokenLookup: null } });
    for (const apiToken of tokens) {
      if (await verifyToken(token, apiToken.tokenHash)) {
        matchedToken = apiToken;
        break;
      }
    }
  }
  if (!matchedToken) return null;
  await db.apiToken.update({ where: { id: matchedToken.id }, data: { lastUsedAt: new Date() } });
  return matchedToken.organizationId;
}

// Near misses: one value is a row found by id alone; the candidate taken
// without its check; the row assigned is renamed, or the let handed on,
// before the call.
export async function byIdToo(token: string, tokenLookup: string, id: string) {
  let matched = await db.apiToken.findUnique({ where: { tokenLookup } });
  if (!matched) matched = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!matched) return null;
  await db.apiToken.update({ where: { id: matched.id }, data: { lastUsedAt: new Date() } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

export async function unchecked(token: string, tokenLookup: string) {
  let matched = await db.apiToken.findUnique({ where: { tokenLookup } });
  const tokens = await db.apiToken.findMany({ where: { tokenPrefix: token.slice(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const apiToken of tokens) {
    if (apiToken.label === token) matched = apiToken;
  }
  if (!matched) return null;
  await db.apiToken.update({ where: { id: matched.id }, data: { lastUsedAt: new Date() } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

export async function renamedAfter(token: string, tokenLookup: string, other: string) {
  let matched = await db.apiToken.findUnique({ where: { tokenLookup } });
  // Each candidate is used only once verified: the lookup gives out no
  // other organization's row, whatever the caller then does to its own.
  const tokens = await db.apiToken.findMany({ where: { tokenPrefix: token.slice(0, 8) } });
  for (const apiToken of tokens) {
    if (await verifyToken(token, apiToken.tokenHash)) {
      matched = apiToken;
      apiToken.id = other;
    }
  }
  if (!matched) return null;
  await db.apiToken.update({ where: { id: matched.id }, data: { lastUsedAt: new Date() } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

export async function handedOn(tokenLookup: string) {
  let matched = await db.apiToken.findUnique({ where: { tokenLookup } });
  if (!matched) matched = null;
  if (!matched) return null;
  rename(matched);
  await db.apiToken.update({ where: { id: matched.id }, data: { lastUsedAt: new Date() } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

// A lookup given unawaited leaves a promise in the let, whose id is
// undefined: the deleteMany's filter is dropped. Awaited, it is the row.
export async function unawaited(tokenLookup: string) {
  let matched: any = null;
  matched = db.apiToken.findUnique({ where: { tokenLookup } });
  await db.apiToken.deleteMany({ where: { id: matched.id } }); // want "deleteMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

export async function awaited(tokenLookup: string) {
  let matched: any = null;
  matched = await db.apiToken.findUnique({ where: { tokenLookup } });
  await db.apiToken.deleteMany({ where: { id: matched.id } });
}
